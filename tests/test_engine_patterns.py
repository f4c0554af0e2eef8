"""The engine's own patterns (cleaner.core.EnginePattern: words, scripts, unbreakable runs that
the segmenter and unwrap count on every line) give what `regex` gives, with the compiled core
and without; and `ends_sentence` reads what its pattern says."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cleaner import autosegment, unwrap
from cleaner.autosegment import SENTENCE_END, ends_sentence
from cleaner.core import CORE, EnginePattern

PATTERNS = [autosegment.WORD, autosegment.LONG_WORD, autosegment.UNSPACED, unwrap.UNBREAKABLE]
#: Characters where engines part ways: a guarded word character, spaces regex does not count,
#: the Kelvin sign, dotted I, a combining mark, CJK, a lone surrogate.
ODD = list("aZ_ 9\t\n\x1c\x1f\u00a0\u2003\u212a\u0130\u0301\u4e2d\u3042\u30a2\uac00\u1100\ud800.!?”’)]\"'…。")
TEXT = st.text(alphabet=st.sampled_from(ODD) | st.characters(), max_size=80)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.python.pattern)
def test_every_code_point_finds_what_regex_finds(pattern: EnginePattern) -> None:
    points = [chr(p) for p in range(sys.maxunicode + 1) if not 0xD800 <= p <= 0xDFFF]
    for start in range(0, len(points), 2048):
        # Runs of each code point, between spaces: long enough for a 26-character run.
        chunk = " ".join(c * 27 for c in points[start : start + 2048])
        assert pattern.findall(chunk) == pattern.python.findall(chunk), f"from U+{ord(points[start]):04X}"
        span = pattern.search(chunk)
        expected = pattern.python.search(chunk)
        assert (span and span.span()) == (expected and expected.span())


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: p.python.pattern)
@given(text=TEXT)
def test_any_text_finds_what_regex_finds(pattern: EnginePattern, text: str) -> None:
    assert pattern.findall(text) == pattern.python.findall(text)
    found, expected = pattern.search(text), pattern.python.search(text)
    assert (found and found.span()) == (expected and expected.span())


def test_the_core_runs_them_where_it_is_built() -> None:
    for pattern in PATTERNS:
        pattern.search("x")  # built on first use
        owner = getattr(pattern.search, "__self__", None)
        assert (type(owner).__name__ == "CorePattern") == (CORE is not None), pattern.python.pattern


@given(text=st.text(alphabet=st.sampled_from(list(".!?。！？…'\"”’)] a\n")) | st.characters(), max_size=12))
def test_ends_sentence_reads_what_its_pattern_says(text: str) -> None:
    assert ends_sentence(text) == bool(SENTENCE_END.search(text))


@pytest.mark.parametrize(
    "text, ends",
    [
        ("It rained.", True),
        ("It rained.\n", True),
        ("It rained.\n\n", False),
        ('"Go!"', True),
        ("Rain", False),
        ("", False),
        (".)", True),
        (")", False),
        ("a.)x", False),
        ("終わり。」", False),
        ("終わり。", True),
    ],
)
def test_ends_sentence_on_examples(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends is bool(SENTENCE_END.search(text))
