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
