"""Hard-wrapped text joined back into paragraphs (cleaner.unwrap), alone and in the pipeline."""

from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.config import CleanConfig
from cleaner.engine.edits import replay
from cleaner.evaluation import ArticleText, match_articles
from cleaner.unwrap import RULE_ID, unwrap, wrap_width

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import layouts  # noqa: E402

ARTICLES = layouts.load_articles(PROJECT / "tests" / "data" / "articles.jsonl")
CLEANER = Cleaner.from_rules()


def wrapped(text: str, width: int = 72) -> str:
    """`text` with every paragraph line (over 100 characters: headlines stay whole) wrapped at `width`."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(
            textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) if len(line) > 100 else [line]
        )
    return "\n".join(out)


def test_a_wrapped_story_comes_back_as_its_paragraphs_and_each_join_is_a_hit() -> None:
    story = random.Random(3).choice([a for a in ARTICLES if len(a.paragraphs) >= 4])
    text = story.title + "\n\n" + "\n\n".join(story.paragraphs) + "\n"
    for width in (60, 72, 78):
        joined, hits = unwrap(wrapped(text, width))
        assert joined.split() == text.split()  # the same words
        assert [line for line in joined.split("\n") if line] == [story.title, *story.paragraphs]
        assert hits and {hit.rule_id for hit in hits} == {RULE_ID}
        assert replay(wrapped(text, width), hits) == joined


def test_trailing_spaces_of_a_flowed_mail_go_with_the_break() -> None:
    text = wrapped("\n\n".join(a.paragraphs[0] for a in ARTICLES[:12] if len(a.paragraphs[0]) > 160))
    flowed = text.replace("\n", " \n")
    joined, _ = unwrap(flowed)
    assert "  " not in joined and joined.replace(" \n", "\n") == unwrap(text)[0]


def test_lines_the_writer_broke_stay_broken() -> None:
    """A menu, a list of headlines, bullets and a table, all at one width: their lines start new items
    (in capitals, or behind a marker), so nothing there reads as a paragraph wrapped mid-sentence."""
    headlines = [a.title for a in ARTICLES if 50 <= len(a.title) <= 72][:14]
    assert len(headlines) >= 12 and unwrap("\n".join(headlines))[1] == []
    bullets = "\n".join(f"- {line[0].lower()}{line[1:]}" for line in headlines)
    assert unwrap(bullets)[1] == []


def test_a_headline_over_its_storys_first_line_is_not_joined_to_it() -> None:
    """A title-cased headline long enough that the next word would not have fitted after it, over a
    wire story's first line: two lines the writer made, not a sentence broken for want of room."""
    story = "WASHINGTON (AP) - " + "the council met on Tuesday to weigh the plan for a new bridge, which the mayor " * 9
    body = "\n".join(textwrap.wrap(story.strip(), 64))
    headline = "Unpredictable Sondland Faces Questions About Trump, Ukraine"
    text = f"{headline}\n{body}\n"
    joined, hits = unwrap(text)
    assert joined.startswith(headline + "\nWASHINGTON")
    assert hits, "the story's own lines are still joined"
    # The same line in sentence case reads as a sentence broken for room: it is joined.
    lowered = headline[0] + headline[1:].lower()
    assert unwrap(text.replace(headline, lowered))[0].startswith(lowered + " WASHINGTON")


def test_a_page_of_long_lines_has_no_wrap_width() -> None:
    page = "\n\n".join(p for a in ARTICLES[:5] for p in a.paragraphs)
    assert wrap_width(page.split("\n")) is None
    assert unwrap(page) == (page, [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab cD.\n-", min_size=0, max_size=90), min_size=0, max_size=40))
def test_unwrap_keeps_every_word_and_replays(lines: list[str]) -> None:
    text = "\n".join(lines)
    joined, hits = unwrap(text)
    assert joined.split() == text.split()
    assert replay(text, hits) == joined


def test_wrapped_multi_article_pages_split_as_the_unwrapped_ones_do() -> None:
    """Generated multi-article pages, their paragraphs hard-wrapped at 72 columns: with the wrapper's
    breaks joined, the segmenter finds far more of their articles (measured at commit time on these
    24 pages: 83 unwrapped, 76 wrapped and joined, 37 wrapped with unwrap off)."""
    pages = layouts.generate(ARTICLES, ["newsletter", "wire", "rss", "archive"], 6, seed=11)
    related = CLEANER.with_config(keep_related=True)
    kept = related.with_config(unwrap=False)

    def recovered(cleaner: Cleaner, wrap: bool) -> int:
        total = 0
        for page in pages:
            text = wrapped(page.text) if wrap else page.text
            found = [ArticleText(a.title, a.text) for a in cleaner.clean(text, source_id=page.id)]
            total += match_articles(found, [ArticleText(a["title"], a["text"]) for a in page.articles]).recovered
        return total

    plain, joined, broken = recovered(related, False), recovered(related, True), recovered(kept, True)
    assert joined >= plain - 10 and joined >= broken + 30, (plain, joined, broken)


def test_the_config_can_turn_it_off() -> None:
    text = wrapped("\n\n".join(ARTICLES[0].paragraphs * 3))
    document = CLEANER.with_config(unwrap=False).clean_document(text)
    assert not any(hit.rule_id == RULE_ID for hit in document.page_hits)
    assert CleanConfig().unwrap
