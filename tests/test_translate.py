"""Rule patterns carried to the compiled core (cleaner.ruleset.translate, cleaner.core.CorePattern).

The translation's own parts are tested without the core; where the core is built, every shipped
pattern it runs must give what `regex` gives (matches, spans, groups, templates) on the rules'
examples, the bundled pages' lines and generated text, including text the core must leave to
`regex` (surrogates, characters whose word-ness the engines disagree on).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.core import CORE, CorePattern, expand_template
from cleaner.ruleset.compiler import compile_rules
from cleaner.ruleset.loader import load_rules, optional_rule_files
from cleaner.ruleset.translate import Use, caseless_literal, difference, exact_set, translate

needs_core = pytest.mark.skipif(CORE is None, reason="the compiled core is not built, or CLEANER_CORE=off")
PROJECT = Path(__file__).resolve().parent.parent


# -- the translation, without the core ---------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "use", "reason"),
    [
        (r"(?<=\. )Ad", Use.TEXT, "lookaround"),
        (r"Ad(?!s)", Use.LINE, "lookaround"),
        (r"(\w)\1", Use.LINE, "back-reference or octal escape"),
        (r"(?P<a>x)(?P=a)", Use.LINE, "back-reference"),
        (r"(?i)(?P<a>x)(?P=a)", Use.LINE, "back-reference, recursion, branch reset or conditional"),
        (r"(?|a|b)", Use.LINE, "back-reference, recursion, branch reset or conditional"),
        (r"(?>ab|a)c", Use.LINE, "atomic group"),
        (r"a++", Use.LINE, "possessive repeat"),
        (r"Ad$", Use.TEXT, "$ without MULTILINE on a whole text (end, or before a final line break)"),
        (r"\bAd", Use.LINE, "word boundary"),
        (r"a*", Use.LINE, "may match the empty string"),
        (r"(?r)Ad", Use.TEXT, "matches right to left (?r)"),
    ],
)
def test_what_stays_with_regex_says_why(source: str, use: Use, reason: str) -> None:
    translation = translate(source, use)
    assert translation.rust is None and translation.reason == reason


@pytest.mark.parametrize(
    ("source", "use", "rust"),
    [
        (r"(?<=\. )Ad(?!s)", Use.TEXT, r"(?<=\x{2E}\x{20})\x{41}\x{64}(?!\x{73})"),
        (r"(?P<a>x)(?P=a)", Use.LINE, r"(?P<a>\x{78})\k<a>"),
        (r"(x)\1", Use.LINE, r"(\x{78})\1"),
        (r"(?>ab|a)c", Use.LINE, r"(?>\x{61}\x{62}|\x{61})\x{63}"),
        (r"a++b", Use.LINE, r"(?:\x{61}){1,}+\x{62}"),
        (r"Ad$", Use.TEXT, r"\x{41}\x{64}(?=\n?\z)"),  # regex's $: the end, or before a final line break
    ],
)
def test_the_backtracking_engine_takes_what_the_plain_one_cannot(source: str, use: Use, rust: str) -> None:
    translation = translate(source, use, fancy=True)
    assert (translation.rust, translation.fancy) == (rust, True)
    assert not translate("(?i)Ad", use, fancy=True).fancy


def test_anchors_follow_the_use() -> None:
    assert translate(r"Ad$", Use.LINE).rust == r"\x{41}\x{64}\z"
    assert translate(r"(?m)^Ad$", Use.TEXT).rust == r"(?m:^)\x{41}\x{64}(?m:$)"
    assert translate(r"(?r)Ad", Use.LINE).rust == r"\x{41}\x{64}"  # a whole line matches or not either way


def test_repeats_groups_and_verbose() -> None:
    assert translate(r"a{2,3}?b", Use.LINE).rust == r"(?:\x{61}){2,3}?\x{62}"
    assert translate(r"(?P<n>x)|y{,2}z", Use.LINE).rust == r"(?P<n>\x{78})|(?:\x{79}){0,2}\x{7A}"
    assert translate("a{x}", Use.LINE).rust == r"\x{61}\x{7B}\x{78}\x{7D}"  # a brace that is no repeat
    assert translate("(?x) a b  # a comment\n c", Use.LINE).rust == r"\x{61}\x{62}\x{63}"


def test_a_set_is_read_off_regex_point_for_point() -> None:
    text = "".join(chr(p) for p in range(0x3000) if not 0xD800 <= p <= 0xDFFF)
    for atom, flags in ((r"\w", 0), (r"[^\s\d]", 0), (r"\p{Lu}", regex.I), (".", regex.S), ("[a-f]", regex.I)):
        members = {p for low, high in exact_set(atom, flags) for p in range(low, high + 1) if p < 0x3000}
        assert members == {ord(c) for c in regex.findall(atom, text, flags)}, atom


def test_caseless_literals_and_differences() -> None:
    assert caseless_literal(ord("k"), regex.I) == ((75, 75), (107, 107), (0x212A, 0x212A))
    assert caseless_literal(ord("k"), regex.I | regex.A) == ((75, 75), (107, 107))
    assert difference(((1, 5), (9, 9)), ((3, 9),)) == ((1, 2), (6, 8))
    assert difference(((1, 5),), ((1, 5),)) == ()


def test_expand_fills_a_regex_template() -> None:
    source, template = r"(?P<word>\w+) (\d+)", r"\2:\g<word>\n\g<1>\x"
    python = regex.search(source, "see 42 now")
    assert python is not None
    spans = [python.span(i) for i in range(3)]
    from cleaner.core import CoreMatch

    assert (
        expand_template(template, CoreMatch("see 42 now", spans, {"word": 1})) == python.expand(template[:-2]) + "\\x"
    )


# -- the core against regex --------------------------------------------------------------------


def _shipped_patterns() -> list[tuple[str, str, CorePattern]]:
    rules = compile_rules(load_rules(PROJECT / "rules", optional_rule_files(PROJECT / "rules"), every_file=True))
    found = []
    for rule in rules.rules:
        for key in ("pattern", "prev", "next", "until", "inline"):
            pattern = getattr(rule, key)
            if isinstance(pattern, CorePattern):
                found.append((rule.id, key, pattern))
    return found


def _same(pattern: CorePattern, text: str) -> None:
    python = pattern.python
    assert bool(pattern.fullmatch(text)) == bool(python.fullmatch(text))
    core_first, python_first = pattern.search(text), python.search(text)
    assert (core_first and core_first.span()) == (python_first and python_first.span())
    core_all = [[m.span(i) for i in range(python.groups + 1)] for m in pattern.finditer(text)]
    python_all = [[m.span(i) for i in range(python.groups + 1)] for m in python.finditer(text)]
    assert core_all == python_all


def _example_texts() -> list[str]:
    texts = []
    for rule in load_rules(PROJECT / "rules", optional_rule_files(PROJECT / "rules"), every_file=True):
        for example in rule.examples:
            texts.append(example.text_in)
            texts.extend(line.strip() for line in example.text_in.split("\n"))
    for page in sorted([*PROJECT.glob("seeds/*.txt"), *PROJECT.glob("tests/cases/*.txt")]):
        text = page.read_text(encoding="utf-8")
        texts.append(text)
        texts.extend(line.strip() for line in text.split("\n"))
    return texts


@needs_core
def test_most_shipped_line_and_text_patterns_run_in_the_core() -> None:
    assert len(_shipped_patterns()) >= 60


def _check_on_every_text(patterns: list[tuple[str, str, Any]], check: Any) -> None:
    """`check(pattern, text)` for each pattern on every rule example and bundled page and line."""
    texts = _example_texts()
    for rule_id, key, pattern in patterns:
        for text in texts:
            try:
                check(pattern, text)
            except AssertionError as exc:
                raise AssertionError(f"{rule_id} ({key}) on {text[:120]!r}") from exc


@needs_core
def test_the_core_matches_as_regex_on_every_example_and_bundled_line() -> None:
    _check_on_every_text(_shipped_patterns(), _same)


@needs_core
def test_repair_templates_come_out_as_regex_writes_them() -> None:
    rules = compile_rules(load_rules(PROJECT / "rules"))
    texts = _example_texts()
    for rule in rules.rules:
        if rule.kind.value == "repair" and isinstance(rule.pattern, CorePattern):
            for text in texts:
                core = [m.expand(rule.rule.replace) for m in rule.pattern.finditer(text)]
                assert core == [m.expand(rule.rule.replace) for m in rule.pattern.python.finditer(text)], rule.id


#: Characters patterns are made of, and some they must not trip on: a word character the engines'
#: Unicode tables disagree on, a lone surrogate, the Kelvin sign, a dotted capital I.
ODD = "\u0558\ud800\u212a\u0130\u017f"


def _alphabet(patterns: list[tuple[str, str, CorePattern]]) -> str:
    letters = {c for _, _, p in patterns for c in p.pattern if c.isprintable()}
    return "".join(sorted(letters)) + " \t\n.,:;!?'\"()-–—|·0123456789" + ODD


@needs_core
@settings(max_examples=150, deadline=None)
@given(st.data())
def test_the_core_matches_as_regex_on_generated_text(data: st.DataObject) -> None:
    patterns = _shipped_patterns_cached()
    rule_id, key, pattern = data.draw(st.sampled_from(patterns))
    text = data.draw(st.text(_alphabet(patterns), max_size=80))
    try:
        _same(pattern, text)
    except AssertionError as exc:
        raise AssertionError(f"{rule_id} ({key}) on {text!r}") from exc


_CACHED: list[tuple[str, str, CorePattern]] = []


def _shipped_patterns_cached() -> list[tuple[str, str, CorePattern]]:
    if not _CACHED:
        _CACHED.extend(_shipped_patterns())
    return _CACHED


@needs_core
def test_a_text_the_tables_disagree_on_is_left_to_regex() -> None:
    from cleaner.core import core_pattern

    pattern = core_pattern(regex.compile(r"\bab\b"), Use.TEXT)
    assert isinstance(pattern, CorePattern)
    assert pattern.core.search("x ab y") == (2, 4)
    assert pattern.core.search("\u0558ab") is None  # the core cannot say: regex answers
    assert [m.span() for m in pattern.finditer("\u0558ab ab")] == [(4, 6)]
    assert pattern.search("a\ud800 ab").span() == (3, 5)  # a lone surrogate: regex answers


@needs_core
@pytest.mark.parametrize(
    "source",
    [
        r"(?<=\. )Ad(?!s)",
        r"(\w+) \1",
        r"(?>ab|a)c",
        r"a++b",
        r"Ad$",
        r"(?<![^\s])\d+(?= \p{Lu})",
        r"(?=[^\n]{3,8}$)\w+",
    ],
)
def test_the_backtracking_engine_matches_as_regex(source: str) -> None:
    from cleaner.core import core_pattern

    pattern = core_pattern(regex.compile(source), Use.TEXT, fancy=True)
    assert isinstance(pattern, CorePattern)
    for text in [
        "Ad",
        "Ad\n",
        "x. Ad",
        "x. Ads",
        "ab ab",
        "aab",
        "abc",
        "ac",
        "aaab",
        "a 12 Bc",
        "a12 Bc",
        "12 b",
        "abc\ndefgh",
        "Ad\n\n",
        "tick tick tock",
        "\u212a. Ad",
    ]:
        _same(pattern, text)


@needs_core
def test_a_lookbehind_of_varying_width_stays_with_regex() -> None:
    from cleaner.core import core_pattern

    python = regex.compile(r"(?<=a+)b")
    kept = core_pattern(python, Use.TEXT, fancy=True)
    assert not isinstance(kept, CorePattern) and kept.python is python  # regex runs it (the core prefilters)
    assert kept.search("xb") is None and kept.search("aab").span() == (2, 3)


@needs_core
def test_unicode_versions_agree_where_the_core_runs() -> None:
    assert CORE is not None
    assert sys.maxunicode == 0x10FFFF


# -- looser patterns: the core says where a pattern it cannot run cannot match ---------------------


@pytest.mark.parametrize(
    ("source", "loose"),
    [
        (r"(?<=a)b(?=c)", "(?:a)b(?:c)"),  # lookarounds at the match's edges become part of it
        (r"b(?=c)(?<=b)", "b(?:c)"),  # a lookahead with only lookarounds after it
        (r"(?!x)(?<=a)b", "(?:a)b"),  # a lookbehind with only lookarounds before it
        (r"a(?=b)c", "ac"),  # in the middle: dropped
        (r"(?:a(?=b))c", "(?:a)c"),  # inside a group: dropped
        (r"(?=b)?a", "a"),  # a lookaround made optional asserts nothing
        (r"a(?!b)", "a"),  # a negative one only narrows: dropped
        (r"(?>ab|a)c", "(?:ab|a)c"),  # an atomic group may backtrack here
        (r"a++b", "(?:a){1,}b"),  # so may a possessive repeat
        (r"(a)\1", "(a)(?s:.*)"),  # a back-reference: whatever the group held
    ],
)
def test_a_looser_pattern_drops_or_absorbs_what_the_core_cannot_run(source: str, loose: str) -> None:
    rust = translate(source, Use.TEXT, superset=True).rust
    assert rust is not None
    assert regex.sub(r"\\x\{([0-9A-F]+)\}", lambda m: chr(int(m.group(1), 16)), rust) == loose


def test_a_looser_pattern_of_a_whole_text_end_is_any_line_end() -> None:
    assert translate(r"a$", Use.TEXT).rust is None
    loose = translate(r"(?r)a$", Use.TEXT, superset=True).rust
    assert loose is not None and loose.endswith("(?m:$)")


def test_a_looser_pattern_that_matches_everywhere_is_refused() -> None:
    assert translate(r"(?=ab)", Use.TEXT, superset=True).rust is not None  # absorbed: "ab"
    assert translate(r"(?!ab)x?", Use.TEXT, superset=True).reason == "may match the empty string"


def _prefiltered_patterns() -> list[tuple[str, str, Any]]:
    from cleaner.core import PrefilteredPattern

    rules = compile_rules(load_rules(PROJECT / "rules", optional_rule_files(PROJECT / "rules"), every_file=True))
    return [
        (rule.id, key, getattr(rule, key))
        for rule in rules.rules
        for key in ("pattern", "prev", "next", "until", "inline")
        if isinstance(getattr(rule, key), PrefilteredPattern)
    ]


def _answers_as_regex(pattern: Any, text: str) -> None:
    python = pattern.python
    for method in ("fullmatch", "match", "search"):
        found, expected = getattr(pattern, method)(text), getattr(python, method)(text)
        assert (found and found.regs) == (expected and expected.regs), method
    assert [m.regs for m in pattern.finditer(text)] == [m.regs for m in python.finditer(text)]
    assert pattern.findall(text) == python.findall(text)


@needs_core
def test_patterns_on_whole_texts_the_core_cannot_run_are_prefiltered_there() -> None:
    assert len(_prefiltered_patterns()) >= 15


@needs_core
def test_prefiltered_patterns_answer_as_regex_on_every_example_and_bundled_line() -> None:
    _check_on_every_text(_prefiltered_patterns(), _answers_as_regex)


_PREFILTERED: list[tuple[str, str, Any]] = []


@needs_core
@settings(max_examples=300, deadline=None)
@given(st.data())
def test_where_regex_finds_a_match_the_looser_pattern_finds_one(data: st.DataObject) -> None:
    if not _PREFILTERED:
        _PREFILTERED.extend(_prefiltered_patterns())
    rule_id, key, pattern = data.draw(st.sampled_from(_PREFILTERED))
    letters = "".join(sorted({c for _, _, p in _PREFILTERED for c in p.pattern if c.isprintable()}))
    text = data.draw(st.text(letters + " \t\n.,:;!?'\"()-–—|·0123456789aAzZ" + ODD, max_size=120))
    if pattern.python.search(text) is not None:  # then the core must not say there is no match
        assert not pattern._none(text), f"{rule_id} ({key}) on {text!r}"
    _answers_as_regex(pattern, text)
