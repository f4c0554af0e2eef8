"""Line memos stay within their character budget and never change what cleaning gives.

Found on a corpus of new prose (make bench, section 7): memos bounded by
entries held 60 MB each, and memory grew with the corpus.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, memo
from cleaner.memo import LineMemo
from cleaner.types import Scope


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(st.text(max_size=30), max_size=60), budget=st.integers(1, 100))
def test_a_memo_holds_at_most_its_budget(lines: list[str], budget: int) -> None:
    remembered = LineMemo[str, int](budget=budget, max_line=20)
    for number, line in enumerate(lines):
        if line not in remembered:
            remembered.remember(line, number, len(line))
        assert remembered.chars <= budget
        assert remembered.chars == sum(len(key) for key in remembered)
        assert all(len(key) <= 20 for key in remembered)
        if len(line) <= min(20, budget):
            assert remembered.get(line) is not None, "the line just remembered is there"


def _pages(count: int) -> list[str]:
    rng = random.Random(3)
    words = ("the", "council", "said", "on", "monday", "that", "its", "budget", "would", "rise", "by", "four")
    pages = []
    for number in range(count):
        body = [" ".join(rng.choice(words) for _ in range(18)).capitalize() + "." for _ in range(12)]
        pages.append("\n".join(["Advertisement", *body[:6], "Share this article", *body[6:], f"Page {number}"]))
    return pages


def test_small_memos_give_the_same_output_and_stay_small(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = _pages(60)
    default = Cleaner.from_rules()
    expected = [[a.render() for a in default.clean(p, source_id="p")] for p in pages]
    monkeypatch.setattr(memo, "MEMO_BUDGET", 2_000)
    small = Cleaner.from_rules()
    assert [[a.render() for a in small.clean(p, source_id="p")] for p in pages] == expected
    active = small.rules.active_for("", None)
    matcher = active.line_matchers[Scope.ARTICLE]
    for held in (matcher.memo, matcher.context_memo, active.scanner._memo):
        assert held.budget == 2_000 and held.chars <= 2_000
    assert sum(len(p) for p in pages) > 10 * 2_000, "the pages overflow the budget several times"
