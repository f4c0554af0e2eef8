"""The compiled core (cleaner.core, the `cleaner_core` extension) against the Python engine it
stands in for: the same folds, the same literals found, the same articles. Skipped where the
extension is not built (CI builds it: `make venv` does, where cargo is)."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.core import CORE as ENGINE_CORE
from cleaner.core import load_core
from cleaner.engine.kinds import drop_lines
from cleaner.ruleset import literals
from cleaner.ruleset.compiler import RuleSet, fold_line
from cleaner.ruleset.literals import LiteralScanner
from cleaner.types import Scope

CORE = load_core("on")
pytestmark = pytest.mark.skipif(CORE is None, reason="the compiled core is not built (pip install ./core)")
PROJECT = Path(__file__).resolve().parent.parent


def python_fold(text: str) -> str:
    return literals.NONZERO_DIGIT.sub("0", text.casefold().replace("ı", "i"))


def test_fold_agrees_on_every_code_point() -> None:
    assert CORE is not None and unicodedata.unidata_version == CORE.UNICODE_VERSION
    points = [chr(p) for p in range(sys.maxunicode + 1) if not 0xD800 <= p <= 0xDFFF]
    for start in range(0, len(points), 4096):
        chunk = "".join(points[start : start + 4096])
        assert CORE.fold(chunk) == python_fold(chunk), f"code points from U+{ord(chunk[0]):04X}"


@given(st.text())
def test_fold_agrees_on_any_text(text: str) -> None:
    assert CORE is not None
    assert CORE.fold(text) == python_fold(text)


def _python_scan(scanner: LiteralScanner, text: str) -> literals.Found:
    """The Python engine's scan, whatever engine this process runs."""
    core, scanner._core = scanner._core, None
    try:
        return scanner.scan(text)
    finally:
        scanner._core = core


WORDS = st.lists(st.text("abcİıß\n-0 ", min_size=1, max_size=4), max_size=8)


@given(WORDS, st.lists(st.text("abcdİıßSS\n-19 ", max_size=30), max_size=6))
def test_the_scanner_finds_what_the_python_scanner_finds(words: list[str], texts: list[str]) -> None:
    scanner = LiteralScanner(words)
    for text in [*texts, *texts]:  # the second time from the core's memo
        if scanner._core is not None:
            assert scanner.scan(text) == _python_scan(scanner, text)


def test_the_bundled_scanner_agrees_on_every_bundled_page() -> None:
    scanner = Cleaner.from_rules().rules.active_for("", None).scanner
    pages = [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("seeds/*.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("tests/cases/*.txt"))]
    for page in pages:
        assert scanner.scan(page) == _python_scan(scanner, page)


def _articles(engine: str, pages: Path) -> str:
    code = (
        "import json, sys\n"
        "from cleaner import Cleaner\n"
        "from cleaner.core import engine_name\n"
        "c = Cleaner.from_rules().with_config(keep_related=True)\n"
        "print(engine_name())\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    r = json.loads(line)\n"
        "    d = c.clean_document(r['text'], r['id'])\n"
        "    print(json.dumps([a.to_record() for a in c.articles(d)], ensure_ascii=False))\n"
        "    print(json.dumps([[h.rule_id, h.start, h.end] for h in d.all_hits()]))\n"
    )
    env = {**os.environ, "CLEANER_CORE": engine}
    result = subprocess.run([sys.executable, "-c", code, str(pages)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_both_engines_give_the_same_articles_and_hits(tmp_path: Path) -> None:
    pages = tmp_path / "pages.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("tests/cases/*.txt"))]
    pages.write_text("".join(json.dumps({"id": f"p{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    rust, python = _articles("on", pages), _articles("off", pages)
    assert rust.split("\n", 1)[0] == "rust" and python.split("\n", 1)[0] == "python"
    assert rust.split("\n", 1)[1] == python.split("\n", 1)[1]


# -- line-drop rules in the core (LineRules) ----------------------------------------------------


SPACES = "".join(chr(p) for p in range(sys.maxunicode + 1) if chr(p).isspace())


def test_fold_line_agrees_on_every_code_point() -> None:
    assert CORE is not None
    points = [chr(p) for p in range(sys.maxunicode + 1) if not 0xD800 <= p <= 0xDFFF]
    for start in range(0, len(points), 4096):
        chunk = " ".join(points[start : start + 4096])
        assert CORE.fold_line(chunk) == fold_line(chunk), f"code points from U+{ord(chunk[0]):04X}"


@given(st.text(alphabet=st.sampled_from(list("aBı İß‘’“”\u00a0\u2003\x1c\t" + SPACES[:12])) | st.characters()))
def test_fold_line_agrees_on_any_text(text: str) -> None:
    assert CORE is not None
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        return
    assert CORE.fold_line(text) == fold_line(text)


@functools.cache
def _bundled_rules() -> RuleSet:
    return Cleaner.from_rules().rules


def _both(text: str, scope: Scope = Scope.ARTICLE) -> tuple[list[object], list[object]]:
    """The line-drop edits of the bundled rules on `text`: the core's, and the Python engine's."""
    active = _bundled_rules().active_for(text, None)
    matcher = active.line_matchers[scope]
    assert matcher.core is not None or matcher.empty
    python = replace(matcher, core=None)
    return drop_lines(matcher, text), drop_lines(python, text, _python_scan(active.scanner, text))


def _bundled_texts() -> list[str]:
    pages = sorted([*PROJECT.glob("seeds/*.txt"), *PROJECT.glob("tests/cases/*.txt")])
    return [p.read_text(encoding="utf-8") for p in pages]


#: The line tests compare the engine's own matchers: they need the core this process runs.
needs_engine_core = pytest.mark.skipif(ENGINE_CORE is None, reason="CLEANER_CORE=off: the engine runs without it")


@needs_engine_core
def test_the_core_drops_the_lines_python_drops_on_every_bundled_page() -> None:
    for text in _bundled_texts():
        for scope in (Scope.ARTICLE, Scope.PAGE):
            core, python = _both(text, scope)
            assert core == python


def _boilerplate_lines() -> list[str]:
    """Lines the bundled rules' examples hold (what they drop and what they must keep)."""
    from cleaner.ruleset.loader import load_rules

    lines = set()
    for rule in load_rules():
        for example in rule.examples:
            lines.update(line for line in example.text_in.split("\n") if line.strip())
    return sorted(lines)


BOILERPLATE = _boilerplate_lines() if CORE is not None else [""]


@needs_engine_core
@given(
    st.lists(
        st.sampled_from(BOILERPLATE)
        | st.sampled_from(["", " ", "\t", "\u00a0", "\x1c"])
        | st.text(st.sampled_from(list("ab .:|-\u0558\u212a" + SPACES[:6])), max_size=12),
        max_size=25,
    ),
    st.booleans(),
)
def test_the_core_drops_the_lines_python_drops_on_generated_pages(lines: list[str], final_break: bool) -> None:
    text = "\n".join(lines) + ("\n" if final_break else "")
    core, python = _both(text)
    assert core == python


def test_the_scanner_starts_again_past_its_budget_and_still_agrees() -> None:
    """On text whose lines are all new (prose), the core's memo of lines and of numbered literal
    sets starts again once it holds MEMO_BUDGET characters (memory stays flat); the sets are
    numbered anew, and the Python side, told so, finds the same literals as before."""
    words = ["ad", "advert", "share", "cookie", "photo", "reuters", "subscribe", "newsletter"]
    scanner = LiteralScanner(words)
    if scanner._core is None:
        pytest.skip("CLEANER_CORE=off")
    texts = [
        "\n".join(f"line {page}-{n}: {words[n % 8]} {words[(n * 3 + page) % 8]} " + "x" * 80 for n in range(500))
        for page in range(60)
    ]  # 60 pages of 500 new lines: about 2.9 million characters
    generations = set()
    for text in texts:
        assert scanner.scan(text) == _python_scan(scanner, text)
        generations.add(scanner._generation)
    assert len(generations) >= 2, "the memo started again at least once"
    assert len(scanner._sets) < 60 * 40, "the numbered sets were forgotten with the lines"


@pytest.mark.parametrize(
    ("source", "text", "matches"),
    [
        # A Unicode word boundary beside a non-ASCII character: the lazy DFA gives up, the PikeVM answers.
        (r"\A(?:\b\w+\b)\z", "déjà", True),
        (r"\A(?:\b\w+\b)\z", "déjà vu", False),
        (r"\A(?:\w+\b.)\z", "ça!", True),
        # A pattern whose automaton needs more than the usual lazy DFA cache.
        (r"\A(?:(?:\w{1,3}\s){40}\w)\z", "ab " * 40 + "c", True),
        (r"\A(?:(?:\w{1,3}\s){40}\w)\z", "ab " * 39 + "c", False),
        (r"\A(?:(?:\pL|\pN){200})\z", "é" * 200, True),
        (r"\A(?:(?:\pL|\pN){200})\z", "é" * 199, False),
    ],
)
def test_a_whole_text_match_is_answered_where_the_lazy_dfa_gives_up(source: str, text: str, matches: bool) -> None:
    assert CORE is not None
    assert CORE.Pattern(source, [], False).fullmatch(text) is matches
    if matches:  # (the set loosens long counted repeats: it may say "maybe" where there is no match)
        assert CORE.FullmatchSet([([0], source)], [], []).candidates(text) == [0]


@pytest.mark.parametrize("fancy", [False, True])
def test_a_checked_pattern_is_not_parsed_on_creation_and_asks_regex_if_it_fails(fancy: bool) -> None:
    """`checked=True` (a translation this build compiled, from the store) skips the parse at creation;
    a source that fails to build after all leaves every answer to `regex` (None), never a wrong one."""
    assert CORE is not None
    broken = "(?P<open>unclosed"
    with pytest.raises(ValueError):
        CORE.Pattern(broken, [], fancy)
    pattern = CORE.Pattern(broken, [], fancy, True)
    assert pattern.fullmatch("unclosed") is None and pattern.search("unclosed") is None
    assert CORE.Pattern("Advert", [], fancy, True).search("An Advert") == (3, 9)


@given(st.text(alphabet=st.sampled_from(["a", " ", "é", "’", "ß", "\u00b5", "€"]), max_size=40))
def test_a_text_holding_a_guarded_character_is_left_to_regex(text: str) -> None:
    """A pattern's guard (the code points its classes and `regex`'s disagree on) is found wherever it
    sits in the text: before, inside and after the runs of ASCII the core skips eight bytes at a time."""
    assert CORE is not None
    pattern = CORE.Pattern("a", [(0xB5, 0xB5), (0xDF, 0xDF)], False)  # µ and ß guarded
    guarded = "\u00b5" in text or "ß" in text
    assert (pattern.search(text) is None) is guarded
    if not guarded:
        assert pattern.search(text) == ((text.index("a"), text.index("a") + 1) if "a" in text else (-1, -1))


FIXER_SAMPLE = ["a", " ", "\n", "&", "\r", "\x07", "\x85", "é", "’", "\u2028", "\ufeff", "€"]


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from(FIXER_SAMPLE)))
def test_the_lines_holding_a_fixer_character_are_those_re_finds(text: str) -> None:
    """cleaner.encoding asks the core which lines hold a character some ftfy fixer acts on: the
    lines the standard library's search finds, line by line."""
    from cleaner.encoding import FIXER_CHARS, FIXER_CORE_RANGES

    assert CORE is not None
    expected = [i for i, line in enumerate(text.split("\n")) if FIXER_CHARS.search(line)]
    assert CORE.lines_holding(text, FIXER_CORE_RANGES) == expected
    assert CORE.lines_holding(text, [(0x26, 0x26)]) == [i for i, line in enumerate(text.split("\n")) if "&" in line]
    assert CORE.lines_holding(text, [(0xE9, 0xE9)]) == [i for i, line in enumerate(text.split("\n")) if "é" in line]


WORD_SAMPLE = ["Trains", " ", "ran", "again", "about", "2024", "1234a", "ÉTÉ", "Straße", "İstanbul", "²³⁴⁵", "٣٤٥٦"]
WORD_SAMPLE += ["東京", "_x_y", "naïve", "ǅemal", "\u0345", "\n", ",", "ﬁnal"]


@settings(deadline=None)  # (the first example builds the reader: patterns translated and compiled)
@given(st.lists(st.sampled_from(WORD_SAMPLE), max_size=12).map("".join))
def test_the_core_reads_the_content_words_python_reads(text: str) -> None:
    """The segmenter's content words (casefolded words of 4+ word characters, less stop words and
    numbers) from the core, where it answers, are Python's; it leaves to Python what it cannot say."""
    from cleaner import autosegment

    if ENGINE_CORE is None:
        pytest.skip("the engine runs without the core (CLEANER_CORE=off)")
    reader = autosegment._core_content_words()
    assert reader is not None, "the core runs: so should its reader of content words"
    found = reader.of(text)
    if found is not None:
        assert tuple(found) == autosegment._python_content_words(text)
    assert autosegment._content_words(text) == autosegment._python_content_words(text)


def test_the_core_leaves_unspaced_scripts_and_foreign_digits_to_python() -> None:
    from cleaner import autosegment

    if ENGINE_CORE is None:
        pytest.skip("the engine runs without the core (CLEANER_CORE=off)")
    reader = autosegment._core_content_words()
    assert reader.of("Trains ran again in Tokyo") == ["trains", "tokyo"]  # ("again": a stop word)
    assert reader.of("Trains in 東京 today") is None  # 2-grams of an unspaced script: Python's
    assert reader.of("Page ٣٤٥٦ of the report") is None  # digits outside ASCII: str.isdigit decides
    assert reader.of("Page 3456 of the Straße") == ["page", "strasse"]
