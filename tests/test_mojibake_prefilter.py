"""The mojibake prefilter is sound: ftfy's `is_bad` never holds on a line without one of MOJIBAKE_CHARS."""

from __future__ import annotations

import pytest
from ftfy.badness import BADNESS_RE, is_bad
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.encoding import MOJIBAKE_CHARS, repair_encoding

# Every character ftfy's pattern names, plus ASCII: the alphabet in which mojibake can be spelled.
PATTERN_CHARS = sorted({c for c in BADNESS_RE.pattern if not c.isascii()} | set("abcXYZ Ã©\n"))


def test_the_prefilter_is_built() -> None:
    assert MOJIBAKE_CHARS is not None
    assert MOJIBAKE_CHARS.search("plain text with — dashes and é accents") is None, "the point: clean lines skip is_bad"
    assert MOJIBAKE_CHARS.search("cafÃ©") is not None


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(PATTERN_CHARS), max_size=12))
def test_is_bad_implies_a_prefilter_character(text: str) -> None:
    if is_bad(text):
        assert MOJIBAKE_CHARS is not None and MOJIBAKE_CHARS.search(text), text


def test_known_mojibake_is_still_repaired() -> None:
    for broken, fixed in [("cafÃ©", "café"), ("Itâ€™s", "It’s"), ("Ð¿Ñ€Ð¸Ð²ÐµÑ‚", "привет")]:
        assert repair_encoding(broken)[0] == fixed


def test_remembered_repairs_are_the_repairs(monkeypatch: pytest.MonkeyPatch) -> None:
    """ftfy's repairs are remembered per line: a second look gives the same text and the same hits as
    a fresh ftfy call, and does not call ftfy again."""
    import ftfy

    from cleaner import encoding

    page = "Headline\nItâ€™s a cafÃ© &amp; bar.\nPlain line.\nÐ¿Ñ€Ð¸Ð²ÐµÑ‚\n"
    encoding.FIXES.clear()
    first = repair_encoding(page)
    calls: list[str] = []
    original = ftfy.fix_and_explain
    monkeypatch.setattr(ftfy, "fix_and_explain", lambda text, **kw: calls.append(text) or original(text, **kw))
    assert repair_encoding(page) == first
    assert calls == []
    encoding.FIXES.clear()
    assert repair_encoding(page) == first and len(calls) == 2  # the two damaged lines


@settings(max_examples=5000, deadline=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from(PATTERN_CHARS), max_size=12))
def test_the_neighbour_check_gives_ftfys_verdict(text: str) -> None:
    """`is_bad` runs only where a rare character has a branch's neighbours beside it: the verdict is ftfy's."""
    from cleaner.encoding import _prefiltered_is_bad

    assert _prefiltered_is_bad(text) == is_bad(text), text


def test_accented_prose_skips_ftfy_and_mojibake_does_not(monkeypatch: pytest.MonkeyPatch) -> None:
    from cleaner import encoding

    calls: list[str] = []
    monkeypatch.setattr(encoding, "is_bad", lambda text: calls.append(text) or is_bad(text))
    prose = "Le ministère a annoncé à Montréal que l’été serait « chaud » — señor, São Paulo, Zürich."
    assert not encoding._prefiltered_is_bad(prose) and calls == [], "clean accented prose: no ftfy call"
    assert encoding._prefiltered_is_bad("Le ministÃ¨re a annoncÃ© Ã  MontrÃ©al") and calls


def _ftfy_everywhere(text: str) -> str:
    """The slow reference: newlines normalised, ftfy on every line's content, NFC on every line."""
    import unicodedata

    import ftfy
    import regex

    from cleaner.encoding import FTFY_CONFIG

    config = FTFY_CONFIG._replace(explain=False)
    out = []
    for line in regex.sub(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]", "\n", text).split("\n"):
        content = line.strip()
        lead = len(line) - len(line.lstrip())
        line = line[:lead] + ftfy.fix_text(content, config=config) + line[lead + len(content) :]
        out.append(unicodedata.normalize("NFC", line))
    return "\n".join(out)


# Mojibake, entities, every separator the newline step replaces, and a decomposed accent (NFC).
PAGE_CHARS = [*PATTERN_CHARS, "&amp;", "\r", "\r\n", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "e\u0301", "é", "\xa0"]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PAGE_CHARS), max_size=30).map("".join))
def test_repair_gives_what_ftfy_on_every_line_gives(text: str) -> None:
    """The shortcuts (ftfy only on suspect lines, whole-text checks for separators and NFC) change nothing."""
    assert repair_encoding(text)[0] == _ftfy_everywhere(text)


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from([*PAGE_CHARS, "\n", "\n", "plain words "]), max_size=30).map("".join))
def test_the_lines_to_repair_are_those_needs_repair_picks_one_by_one(text: str) -> None:
    """The whole-text searches pick the lines a check of every line (with its line break) picks."""
    from cleaner.encoding import lines_to_repair, needs_repair
    from cleaner.engine.edits import line_spans

    spans = line_spans(text)
    assert lines_to_repair(text, spans) == [i for i, (start, end) in enumerate(spans) if needs_repair(text[start:end])]


def test_a_text_with_a_lone_surrogate_is_searched_without_the_core() -> None:
    """The core cannot hold a lone surrogate: the lines of such a text are found by `re` (a
    surrogate is itself a character ftfy's fixers act on)."""
    from cleaner.encoding import lines_to_repair
    from cleaner.engine.edits import line_spans

    text = "plain\nhalf \ud800 a pair\na &amp; b\ncafé"
    assert lines_to_repair(text, line_spans(text)) == [1, 2]
