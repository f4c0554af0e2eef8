"""The segmenter's shortcuts give what the plain reading gives: `_decided` keeps every field of a
decision, `_Words`' windows skip only lines without words, and `_weigh_stories`, which weighs
again only the starts next to one that fell, decides as weighing every start each round did."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, autosegment
from cleaner.autosegment import Line, _decided, _Words
from cleaner.compiled import running_compiled
from cleaner.types import CueScore, SplitDecision

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import layouts  # noqa: E402

#: A test that patches one of the segmenter's functions sees its patch only where the module runs
#: from source: compiled (cleaner.compiled), the module calls its own functions directly. CI runs
#: the suite again with CLEANER_CORE=off, from source.
patches_the_segmenter = pytest.mark.skipif(
    running_compiled(autosegment), reason="the compiled segmenter calls its functions directly: run from source"
)

CLEANER = Cleaner.from_rules()
ARTICLES = layouts.load_articles(PROJECT / "tests" / "data" / "articles.jsonl")


def test_decided_keeps_every_field_it_is_not_told_to_change() -> None:
    values = {
        "offset": 7,
        "title": "A title",
        "score": 1.25,
        "threshold": 1.0,
        "cues": (CueScore("x", 0.5, "line"),),
        "accepted": True,
        "top": True,
        "tail": True,
    }
    assert {f.name for f in dataclasses.fields(SplitDecision)} == set(values), "a new field: teach _decided it"
    decision = SplitDecision(**values)
    assert _decided(decision, True) == decision
    cues = (*decision.cues, CueScore("y", 0.0, ""))
    assert _decided(decision, False, cues, 0.5) == replace(decision, accepted=False, cues=cues, score=0.5)


# -- _Words: the windows before and after a line -------------------------------------------------

LINE_TEXTS = st.sampled_from(
    [
        "",
        "Menu",
        "Council approves the budget for bridges",
        "Trains ran again after the strike ended.",
        "価格が上がった。",
    ]
)


def _plain_up_to(words: _Words, index: int, size: int) -> set[str]:
    out: set[str] = set()
    while index >= 0 and size > 0:
        found = words.on_line(index)
        out.update(found[-size:])
        size -= min(size, len(found))
        index -= 1
    return out


def _plain_from_line(words: _Words, index: int, size: int, count: int) -> set[str]:
    out: set[str] = set()
    while index < count and size > 0:
        found = words.on_line(index)
        out.update(found[:size])
        size -= min(size, len(found))
        index += 1
    return out


@given(st.lists(st.tuples(LINE_TEXTS, st.booleans()), max_size=30), st.integers(0, 12))
def test_word_windows_read_as_walking_every_line(rows: list[tuple[str, bool]], size: int) -> None:
    lines = [Line(0, 0, text, False, sentence=prose) for text, prose in rows]
    words, plain = _Words(lines, {}), _Words(lines, {})
    for index in range(-1, len(lines)):
        assert words.up_to(index, size) == _plain_up_to(plain, index, size)
        if index >= 0:
            assert words.from_line(index, size) == _plain_from_line(plain, index, size, len(lines))


# -- _weigh_stories: the plain reading, every start weighed each round -----------------------------


def _plain_weigh_stories(candidates: Any, decisions: Any, lines: Any, settings: Any, before: Any, *rest: Any) -> Any:
    """`_weigh_stories` as it read before its verdicts were kept between rounds: every start
    still standing weighed again each round, until none falls."""
    headed = any(d.top and d.accepted for d in decisions)
    top_body = max((candidates[i].body for i, d in enumerate(decisions) if d.top and d.accepted), default=0)
    story = autosegment._StoryContext(candidates, decisions, lines, settings, before, headed, top_body, *rest)
    live = {i for i, d in enumerate(decisions) if not d.top and d.score + settings.long_stories >= d.threshold}
    final: dict[int, SplitDecision] = {}
    while True:
        order = sorted(live, key=lambda i: candidates[i].headline)
        verdicts = {i: autosegment._story_verdict(story, order, rank) for rank, i in enumerate(order)}
        failing = [i for i in order if not verdicts[i].accepted]
        if not failing:
            final.update(verdicts)
            break
        weakest = min(failing, key=lambda i: (not candidates[i].unmarked, verdicts[i].score, i))
        final[weakest] = verdicts[weakest]
        live.discard(weakest)
    return [d if d.top else final.get(i, replace(d, accepted=False)) for i, d in enumerate(decisions)]


def _both_weighings(cleaner: Cleaner, texts: Sequence[tuple[str, str]]) -> list[tuple[list[SplitDecision], ...]]:
    """Each weighing the segmenter made of the pages (id, text): its decisions, and the plain reading's."""
    weighed: list[tuple[list[SplitDecision], ...]] = []
    shortcut = autosegment._weigh_stories

    def both(*args: Any, **kwargs: Any) -> list[SplitDecision]:
        kept = shortcut(*args, **kwargs)
        weighed.append((list(kept), _plain_weigh_stories(*args, **kwargs)))  # (`_chosen` edits the list it gets)
        return kept

    with mock.patch.object(autosegment, "_weigh_stories", both):
        for page_id, text in texts:
            cleaner.clean_document(text, page_id)
    return weighed


@patches_the_segmenter
@settings(max_examples=30, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(sorted(layouts.LAYOUTS)))
def test_weighing_stories_decides_as_weighing_every_start_each_round(seed: int, layout: str) -> None:
    page = layouts.generate(ARTICLES, [layout], 1, seed=seed)[0]
    for kept, plain in _both_weighings(CLEANER, [(page.id, page.text)]):
        assert kept == plain


BUNDLED = sorted(
    [*PROJECT.glob("seeds/*.txt"), *PROJECT.glob("tests/cases/*.txt"), *PROJECT.glob("tests/data/single/*.txt")]
)


@patches_the_segmenter
def test_weighing_stories_decides_as_before_on_every_bundled_page() -> None:
    pages = [(path.stem, path.read_text(encoding="utf-8").split("\n=== output ===\n")[0]) for path in BUNDLED]
    weighed = _both_weighings(CLEANER, pages)
    assert len(weighed) >= 10
    assert sum(len(kept) for kept, _ in weighed) >= 50
    for kept, plain in weighed:
        assert kept == plain


def test_no_character_below_u1100_is_of_an_unspaced_script() -> None:
    """`unspaced` answers a pure-ASCII text without a search: sound only while no character of the
    scripts `UNSPACED` names is ASCII (none is below U+1100, Hangul's first)."""
    import regex

    pattern = regex.compile(autosegment.UNSPACED.python.pattern)
    assert [hex(code) for code in range(0x1100) if pattern.search(chr(code))] == []
    assert pattern.search(chr(0x1100)) and autosegment.unspaced("Seoul " + chr(0xAC00))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", ".", "“", "é", "価", "が", "カ", "한", "\u1100"]), max_size=20))
def test_unspaced_says_what_a_search_says(text: str) -> None:
    assert autosegment.unspaced(text) == (autosegment.UNSPACED.python.search(text) is not None)


def test_content_words_of_a_text_with_a_lone_surrogate_are_pythons() -> None:
    text = "Trains ran again \ud800 through Tokyo"
    assert autosegment._content_words(text) == autosegment._python_content_words(text) == ("trains", "tokyo")
