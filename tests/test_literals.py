"""The literal prefilter never hides a match: wherever a rule can fire, one of its literals is found.

The engine skips a rule on a line (or a text) that holds none of the rule's
required literals. That is only safe if `required_literals` is sound, if
`fold` keeps case-insensitive matches findable, and if the scanner finds
every occurrence; each is checked here, on the shipped rules and on
generated patterns and texts.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.engine.apply import run_stage
from cleaner.engine.kinds import RULE_KINDS, drop_lines
from cleaner.memo import LineMemo
from cleaner.ruleset.lint import PATTERN_KEYS
from cleaner.ruleset.literals import LiteralScanner, analyse, fold, required_literals
from cleaner.types import Kind, Scope

ROOT = Path(__file__).resolve().parent.parent
CLEANER = Cleaner.from_rules()
ACTIVE = CLEANER.rules.active_for("", None)


def _texts() -> list[str]:
    """The sample pages, the golden cases and every rule example: text on which rules fire."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "cases").glob("*.txt"))]
    texts += [example.text_in for rule in CLEANER.rules.rules for example in rule.rule.examples if example.text_in]
    return texts


TEXTS = _texts()
LINES = sorted({line.strip() for text in TEXTS for line in text.split("\n") if line.strip()})


def _patterns() -> list[tuple[str, str, object]]:
    out = []
    for rule in CLEANER.rules.rules:
        for key in PATTERN_KEYS:
            pattern = getattr(rule, key)
            if pattern is not None and hasattr(pattern, "search"):
                out.append((rule.id, key, pattern))
    return out


@pytest.mark.parametrize(("rule_id", "key", "pattern"), _patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_shipped_patterns_never_match_without_a_required_literal(rule_id: str, key: str, pattern: object) -> None:
    needs = required_literals(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    if needs is None:
        pytest.skip("no required literal: the rule runs everywhere")
    for text in [*TEXTS, *LINES]:
        if pattern.search(text):  # type: ignore[attr-defined]
            folded = fold(text)
            assert any(word in folded for word in needs), (rule_id, key, text[:200])


def test_the_prefilter_finds_literals_for_most_shipped_rules() -> None:
    """The point of the prefilter: most line rules are only tried where their words occur."""
    matcher = ACTIVE.line_matchers[Scope.ARTICLE]
    assert len(matcher.unfiltered) <= len(matcher.patterns) // 3, [matcher.patterns[i].id for i in matcher.unfiltered]


def test_case_insensitive_matches_keep_their_literal_after_folding() -> None:
    """Every character `regex` matches case-insensitively to a literal character folds to contain its fold."""
    chars = sorted(
        {
            char
            for rule in CLEANER.rules.rules
            if rule.pattern is not None and hasattr(rule.pattern, "flags") and rule.pattern.flags & regex.IGNORECASE
            for word in (rule.needs or ())
            for char in word
        }
        | set("iIkKsS")
    )
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for char in chars:
        for other in set(regex.findall(regex.escape(char), everything, flags=regex.IGNORECASE)):
            assert fold(char) in fold(other), (char, other)


def test_dotless_and_dotted_i_fold_to_i() -> None:
    assert "ads" in fold("ADS") and "i" in fold("ı") and "i" in fold("İ")


# --- generated patterns ------------------------------------------------------------------------

ATOMS = st.sampled_from(
    [
        "ad",
        "vert",
        "Cookie",
        "©",
        "by ",
        "[-–]",
        "[ \t]",
        r"\d",
        ".",
        r"\s",
        "x",
        "(?i:ok)",
        "ß",
        "ı",
        "K",
        r"\n",
        "a\nb",
        "[,.]",
        "[ab]",
        r"\w",
        ":",
        "7",
        "[0-9]",
        "[5-7]",
    ]
)


@st.composite
def patterns(draw: st.DrawFn, depth: int = 2) -> str:
    """Small patterns over a few atoms: sequences, alternations, optional and repeated parts, lookarounds."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        atom = draw(patterns(depth - 1)) if depth > 0 and draw(st.booleans()) else draw(ATOMS)
        shape = draw(
            st.sampled_from(["{}", "(?:{})?", "(?:{})+", "(?:{})*", "(?:{}|ok)", "(?={})", "(?<={})", "(?:{}){{1,3}}"])
        )
        parts.append(shape.format(atom))
    return "".join(parts)


TEXT = st.text(alphabet=st.sampled_from(list("adverotkiCKSsßıİ©-– \t\n.,bxyzOK0:7٣")), max_size=40)


@settings(max_examples=400, deadline=None)
@given(source=patterns(), text=TEXT, ignorecase=st.booleans())
def test_generated_patterns_never_match_without_a_required_literal(source: str, text: str, ignorecase: bool) -> None:
    flags = regex.IGNORECASE if ignorecase else 0
    needs = required_literals(source, flags)
    if needs is None:
        return
    assert "" not in needs
    assert not any("\n" in word for word in needs), "the scanner works line by line"
    if regex.search(source, text, flags):
        assert any(word in fold(text) for word in needs), (source, text, needs)


@settings(max_examples=400, deadline=None)
@given(source=patterns(), text=TEXT, ignorecase=st.booleans())
def test_generated_patterns_never_match_without_a_whole_text_literal(source: str, text: str, ignorecase: bool) -> None:
    """The same for literals that may start or end with a line break, found by the padded line scan."""
    flags = regex.IGNORECASE if ignorecase else 0
    needs, _ = analyse(source, flags, newlines=True)
    if needs is None:
        return
    assert "" not in needs
    if regex.search(source, text, flags):
        assert not LiteralScanner(needs).scan(text).present.isdisjoint(needs), (source, text, needs)


@settings(max_examples=400, deadline=None)
@given(source=patterns(), text=TEXT, ignorecase=st.booleans())
def test_generated_patterns_match_only_within_their_width(source: str, text: str, ignorecase: bool) -> None:
    """The engine skips a line outside a pattern's width: no full match may fall outside it."""
    flags = regex.IGNORECASE if ignorecase else 0
    _, width = analyse(source, flags)
    if width is None:
        return
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            if regex.fullmatch(source, text[start:end], flags):
                assert width[0] <= end - start <= width[1], (source, text[start:end], width)


@pytest.mark.parametrize(("rule_id", "key", "pattern"), _patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_shipped_patterns_match_lines_only_within_their_width(rule_id: str, key: str, pattern: object) -> None:
    _, width = analyse(pattern.pattern, pattern.flags)  # type: ignore[attr-defined]
    assert width is not None, "every shipped pattern can be read"
    for line in LINES:
        if pattern.fullmatch(line):  # type: ignore[attr-defined]
            assert width[0] <= len(line) <= width[1], (rule_id, key, line)
        m = pattern.search(line)  # type: ignore[attr-defined]
        if m is not None:
            assert m.end() - m.start() >= width[0], (rule_id, key, line)


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.text(alphabet="abc ©", min_size=1, max_size=4), min_size=1, max_size=6), text=TEXT)
def test_the_scanner_finds_every_literal_on_its_line(words: list[str], text: str) -> None:
    found = LiteralScanner(words).scan(text)
    for index, line in enumerate(text.split("\n")):
        expected = {w for w in words if w in fold(line)}
        assert set(found.line(index)) == expected
    assert set(found.present) == {w for w in words if any(w in fold(line) for line in text.split("\n"))}


@settings(max_examples=100, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abc ©", min_size=1, max_size=4), min_size=1, max_size=6),
    texts=st.lists(TEXT, min_size=1, max_size=5),
)
def test_a_scanner_asked_text_after_text_answers_each_as_a_new_one_would(words: list[str], texts: list[str]) -> None:
    # (The scanner answers the same text twice in a row from its last scan: never another text's answer.)
    scanner = LiteralScanner(words)
    for text in [*texts, *texts, texts[0], texts[0]]:
        assert scanner.scan(text) == LiteralScanner(words).scan(text)


def test_the_same_text_twice_in_a_row_is_answered_from_the_last_scan() -> None:
    scanner = LiteralScanner(["ad", "vert"])
    first = scanner.scan("an ad\nan advert")
    assert scanner.scan("an ad\nan advert") is first
    other = scanner.scan("an ad\nan adverb")  # the same length, another text
    assert other is not first and other.line(1) == frozenset({"ad"})


@pytest.mark.parametrize("text", TEXTS[:200])
def test_line_drop_gives_the_same_edits_with_and_without_the_prefilter(text: str) -> None:
    matcher = ACTIVE.line_matchers[Scope.ARTICLE]
    fresh = type(matcher)(**{f: getattr(matcher, f) for f in ("literal", "patterns", "contextual")})
    assert drop_lines(matcher, text, ACTIVE.scan(text)) == drop_lines(fresh, text)


def test_rules_do_not_run_where_their_literals_are_absent(monkeypatch: pytest.MonkeyPatch) -> None:
    ran: list[str] = []
    original = RULE_KINDS[Kind.SPAN_DROP]
    monkeypatch.setitem(RULE_KINDS, Kind.SPAN_DROP, lambda rule, text: ran.append(rule.id) or original(rule, text))
    run_stage(ACTIVE, Scope.ARTICLE, "Plain words only, said the council.\n")
    filtered = {r.id for r in ACTIVE.stage(Scope.ARTICLE, Kind.SPAN_DROP) if r.needs}
    assert filtered and ran, "some span rules are filtered and the unfiltered ones still run"
    assert not set(ran) & filtered


def test_adjacent_pieces_combine_into_longer_literals() -> None:
    """A run's last characters and a lookahead's first ones make a rarer literal than either alone."""
    assert required_literals(r"[ \t]+(?=[,.](?:\s|$))", 0) == {" ,", " .", "\t,", "\t."}
    assert required_literals(r"(?<=\w)[ \t]+(?=['’]s\b)", 0) == {" 's", " ’s", "\t's", "\t’s"}
    assert required_literals(r"(?<=[.!?])[ \t]+(?:Advertisement)", 0) == {"advertisement"}


_ACTIVE = Cleaner.from_rules().rules.active_for("", None)
_STAGE_LITERALS = sorted({w for stage in _ACTIVE.by_stage.values() for r in stage for w in r.needs or ()})


@settings(max_examples=300, deadline=None)
@given(present=st.sets(st.sampled_from(_STAGE_LITERALS), max_size=len(_STAGE_LITERALS)))
def test_a_stage_runs_the_rules_whose_literals_the_text_holds(present: set[str]) -> None:
    """`ActiveRules.candidates`: in file order, every rule with no required literal or with one in `present`."""
    assert len(_STAGE_LITERALS) > 50
    for (scope, kind), stage in _ACTIVE.by_stage.items():
        expected = [i for i, r in enumerate(stage) if r.needs is None or not r.needs.isdisjoint(present)]
        assert list(_ACTIVE.candidates(scope, kind, frozenset(present))) == expected, (scope, kind)


@pytest.mark.parametrize(("rule_id", "key", "pattern"), _patterns(), ids=lambda v: v if isinstance(v, str) else "")
def test_whole_text_literals_are_found_wherever_a_pattern_matches(rule_id: str, key: str, pattern: object) -> None:
    """Literals that may hold a line break (`analyse(..., newlines=True)`, for patterns run on whole texts):
    wherever the pattern matches, the scanner finds one of them in the text (lookarounds may hold it)."""
    needs, _ = analyse(pattern.pattern, pattern.flags, newlines=True)  # type: ignore[attr-defined]
    if needs is None:
        pytest.skip("no required literal")
    scanner = LiteralScanner(needs)
    for text in [*TEXTS, *LINES]:
        if pattern.search(text):  # type: ignore[attr-defined]
            assert not scanner.scan(text).present.isdisjoint(needs), (rule_id, key, text[:200])


def test_a_line_break_literal_opens_a_line() -> None:
    needs, _ = analyse(
        r"^(?P<source>[^\n]{2,60})\n[^\n]+\n(?:- (?P<s>[^\n]{1,40})\n)?- (?P=source)$", regex.MULTILINE, True
    )
    assert needs == frozenset({"\n-"})
    scanner = LiteralScanner(needs)
    assert scanner.scan("Reuters\n2024\n- Reuters").present == needs
    assert not scanner.scan("Reuters\n2024 - Reuters").present
    assert analyse(r"a\nb", 0, newlines=True)[0] is None, "a break inside a literal: no line scan finds it"
    assert analyse(r"\n\nx", 0, newlines=True)[0] is None


def test_every_decimal_digit_folds_to_zero() -> None:
    """`\\d` matches any decimal digit; the literal scan reads them all as 0."""
    import sys

    digits = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isdecimal()]
    assert len(digits) > 600
    assert fold("".join(digits)) == "0" * len(digits)
    assert fold("Formula 1 at 12:45") == "formula 0 at 00:00"
    assert sorted(required_literals(r"\d{1,2}:\d{2}", 0) or ()) == ["0:"]
    assert regex.search(r"\d:\d\d", "٣:٤٥") and "0:" in fold("٣:٤٥")


def test_the_cache_version_follows_the_analysis_code() -> None:
    import hashlib

    from cleaner.compiled import source_of
    from cleaner.ruleset import cache, literals

    source = source_of(literals.__name__)  # (its source, also where it runs compiled)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    assert digest in cache._version(), "an edit to the analysis makes stored analyses stale"


def test_a_remembered_line_verdict_still_checks_the_neighbours_each_time() -> None:
    # "I Accept" goes only after a cookie notice: its own verdict (remembered per line) must not
    # carry one page's neighbours over to the next page.
    matcher = dataclasses.replace(ACTIVE.line_matchers[Scope.ARTICLE], memo=LineMemo(), context_memo=LineMemo())
    notice = "We use cookies to improve your experience. By using our site you agree.\nI Accept\nTrade grew.\n"
    prose = "Trade grew, the minister said.\nI Accept\nWages did not.\n"
    dropped = [[(e.start, e.rule_id) for e in drop_lines(matcher, t, ACTIVE.scan(t))] for t in (notice, prose, notice)]
    on_notice = [(0, "cookies.notice-line"), (72, "cookies.button-after-notice")]
    assert dropped == [on_notice, [], on_notice]
    holding = matcher.line_verdict("I Accept")
    assert isinstance(holding, tuple)
    assert "cookies.button-after-notice" in [matcher.contextual[p].id for p in holding]
