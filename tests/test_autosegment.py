"""The layout-agnostic segmenter (cleaner/autosegment.py): recovery on generated layouts,
single articles kept whole, Hypothesis properties, and the switches that turn it off.

Pages come from tools/layouts.py (real dev articles bundled in tests/data/articles.jsonl)
and from Hypothesis: articles of generated sentences, each about its own topic, laid out
in one of several item shapes.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
import textwrap
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner import Cleaner, autosegment, replay
from cleaner.autosegment import find_starts, reads_as_prose
from cleaner.cli import app
from cleaner.compiled import running_compiled
from cleaner.config import AutoSettings
from cleaner.evaluation import ArticleText, match_articles
from cleaner.ruleset.compiler import RuleSet
from cleaner.types import Kind

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import layouts  # noqa: E402
import layouts_holdout  # noqa: E402
import layouts_holdout2  # noqa: E402
import layouts_holdout3  # noqa: E402
import layouts_holdout4  # noqa: E402
import layouts_holdout5  # noqa: E402
import layouts_holdout6  # noqa: E402
import layouts_holdout7  # noqa: E402
import layouts_holdout8  # noqa: E402
import layouts_holdout9  # noqa: E402

#: A test that patches one of the segmenter's functions sees its patch only where the module runs
#: from source: compiled (cleaner.compiled), the module calls its own functions directly. CI runs
#: the suite again with CLEANER_CORE=off, from source.
patches_the_segmenter = pytest.mark.skipif(
    running_compiled(autosegment), reason="the compiled segmenter calls its functions directly: run from source"
)

CLEANER = Cleaner.from_rules()
RELATED = CLEANER.with_config(keep_related=True)
SINGLE = sorted((PROJECT / "tests" / "data" / "single").glob("*.txt"))
ARTICLES = layouts.load_articles(PROJECT / "tests" / "data" / "articles.jsonl")

# Recovered share (F1 >= 0.9, one to one) on 12 pages per generated layout from the bundled
# articles, seed 7: a floor a little under the figure measured at commit time (newsletter 0.765,
# wire 0.981, rss 0.778, archive 0.881, cards 0.841, press 0.632; a session before: 0.765, 0.981,
# 0.778, 0.833, 0.841, 0.544; when the segmenter landed: 0.706, 0.963, 0.778, 0.524, 0.614, 0.404).
# The weights were chosen on newsletter, wire and rss; archive, cards and press were looked at to
# find what fails. Raise a floor when the segmenter gets better.
FLOORS = {"newsletter": 0.75, "wire": 0.95, "rss": 0.75, "archive": 0.85, "cards": 0.8, "press": 0.6}


def _recovered(pages: list[layouts.GeneratedPage]) -> float:
    true = recovered = 0
    for page in pages:
        predicted = [ArticleText(a.title, a.text) for a in RELATED.clean(page.text, source_id=page.id)]
        truth = [ArticleText(a["title"], a["text"]) for a in page.articles]
        match = match_articles(predicted, truth)
        true += match.true_count
        recovered += match.recovered
    return recovered / true


@pytest.mark.parametrize("layout", sorted(FLOORS))
def test_generated_layout_recovery_stays_above_its_floor(layout: str) -> None:
    pages = layouts.generate(ARTICLES, [layout], 12, seed=7)
    assert _recovered(pages) >= FLOORS[layout]


def test_generated_pages_really_are_split() -> None:
    """Without the segmenter the same pages come out far worse: the floors measure it, not the rules."""
    pages = layouts.generate(ARTICLES, ["newsletter", "wire"], 8, seed=7)
    ruled = RELATED.with_config(segment="rules")
    off = [len(ruled.clean(p.text, source_id=p.id)) for p in pages]
    on = [len(RELATED.clean(p.text, source_id=p.id)) for p in pages]
    assert sum(on) > sum(off) + len(pages)


@pytest.mark.parametrize(
    "generator",
    [
        layouts_holdout,
        layouts_holdout2,
        layouts_holdout3,
        layouts_holdout4,
        layouts_holdout5,
        layouts_holdout6,
        layouts_holdout7,
        layouts_holdout8,
        layouts_holdout9,
    ],
    ids=lambda module: module.__name__,
)
def test_held_out_generators_make_deterministic_pages_whose_truth_is_on_the_page(generator: Any) -> None:
    """The held-out layouts score the segmenter only if their pages hold their truth, in order."""
    assert generator.self_check(ARTICLES, 3, seed=2) == []


REFUSALS = {"auto.short-story", "auto.unmarked", "auto.second-top", "auto.stacked"}


def test_every_start_refused_at_or_over_the_threshold_says_why() -> None:
    """`cleaner explain` must show why a start whose cues reach the threshold was not taken: a
    start dropped in an early round of the story weighing (the weaker of two headers a line apart)
    keeps the cue that dropped it, and so does a second header at the top."""
    pages = layouts.generate(ARTICLES, sorted(FLOORS), 6, seed=7)
    refused = [
        (page.id, decision.title, {cue.name for cue in decision.cues})
        for page in pages
        for decision in RELATED.clean_document(page.text, source_id=page.id).splits
        if decision.score >= decision.threshold and not decision.accepted
    ]
    assert refused, "no start over the threshold was refused: the test would check nothing"
    unexplained = [(page, title) for page, title, names in refused if not REFUSALS & names]
    assert unexplained == []


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: p.stem)
def test_single_article_pages_stay_whole(path: Path) -> None:
    """Sub-headings, Q&A, numbered lists, a live blog, an essay in parts: one article each."""
    articles = CLEANER.clean(path.read_text(encoding="utf-8"), source_id=path.stem)
    assert len(articles) == 1, [a.title for a in articles]


def test_enough_single_pages_are_bundled() -> None:
    assert len(SINGLE) >= 16


# --- Hypothesis -----------------------------------------------------------------------------

TOPICS = [
    ["harbour", "ferry", "captain", "tide", "vessel", "crossing", "pier", "cargo", "dock", "sailors"],
    ["orchestra", "violin", "concert", "symphony", "conductor", "rehearsal", "audience", "melody"],
    ["vaccine", "clinic", "patients", "nurses", "infection", "doctors", "hospital", "treatment"],
    ["election", "ballot", "voters", "campaign", "candidate", "polling", "senate", "district"],
    ["football", "striker", "goalkeeper", "league", "stadium", "penalty", "season", "coach"],
    ["volcano", "eruption", "lava", "geologists", "crater", "ashfall", "magma", "villagers"],
    ["bakery", "flour", "ovens", "pastry", "bread", "bakers", "dough", "croissants"],
    ["satellite", "rocket", "orbit", "launch", "astronauts", "spacecraft", "mission", "engineers"],
]
COMMON = ["the", "a", "of", "in", "on", "and", "to", "for", "with", "after", "before", "said", "local", "new"]


def _sentence(rng: random.Random, topic: list[str]) -> str:
    words = [rng.choice(topic if rng.random() < 0.5 else COMMON) for _ in range(rng.randint(8, 16))]
    return " ".join([words[0].capitalize(), *words[1:]]) + "."


def _article(rng: random.Random, topic: list[str]) -> tuple[str, list[str]]:
    """A headline and 3-5 paragraphs about `topic`, at least 400 characters in all (shorter stories
    are not split off: AutoSettings.min_story_chars)."""
    title = " ".join(w.capitalize() for w in rng.sample(topic, rng.randint(3, 5)))
    paragraphs = [" ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(3, 5))]
    while sum(map(len, paragraphs)) < 400:
        paragraphs[-1] += " " + _sentence(rng, topic)
    return title, paragraphs


def _markdown(title: str, paragraphs: list[str], rng: random.Random) -> str:
    source = rng.choice(["Reuters", "AP", "Le Monde", "Die Zeit"])
    body = "\n\n".join(paragraphs)
    return f"## {title}\n*{source} · {rng.randint(1, 9)} min read*\n\n{body}\n\n[Read more](https://x.example/a)\n\n---\n\n"


def _bylined(title: str, paragraphs: list[str], rng: random.Random) -> str:
    name = rng.choice(["Jane Doe", "Anna Schmidt", "Ravi Patel"])
    day = rng.randint(1, 28)
    body = "\n\n".join(paragraphs)
    return (
        f"{title}\n\nBy {name} | Published: {day} Mar 2024\n\n{body}\n\nTopics: {rng.choice(['Science', 'World'])}\n\n"
    )


def _feed(title: str, paragraphs: list[str], rng: random.Random) -> str:
    body = "\n".join(paragraphs)
    link = f"https://feed.example/{rng.randint(1, 999)}"
    return f"Title: {title}\nLink: {link}\nPublished: 2024-03-0{rng.randint(1, 9)}T10:00:00Z\n{body}\n\n----\n"


SHAPES = {"markdown": _markdown, "bylined": _bylined, "feed": _feed}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=2, max_value=5), st.sampled_from(sorted(SHAPES)), st.randoms(use_true_random=False))
def test_n_generated_articles_in_a_generated_layout_split_back_into_n(
    count: int, shape: str, rng: random.Random
) -> None:
    topics = rng.sample(TOPICS, count)
    items = [_article(rng, topic) for topic in topics]
    page = "".join(SHAPES[shape](title, paragraphs, rng) for title, paragraphs in items)
    articles = CLEANER.clean(page)
    assert [a.title for a in articles] == [title for title, _ in items]
    assert [a.text.split() for a in articles] == [" ".join(p).split() for _, p in items]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["plain", "markdown", "caps", "numbered"]), st.randoms(use_true_random=False))
def test_a_single_article_with_inserted_sub_headings_stays_one(style: str, rng: random.Random) -> None:
    topic = rng.choice(TOPICS)
    title, _ = _article(rng, topic)
    paragraphs = [" ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(6, 10))]
    lines = [title]
    for number, paragraph in enumerate(paragraphs, 1):
        if number > 1 and rng.random() < 0.4:
            heading = " ".join(w.capitalize() for w in rng.sample(topic, rng.randint(2, 4)))
            lines.append(
                {
                    "plain": heading,
                    "markdown": f"## {heading}",
                    "caps": heading.upper(),
                    "numbered": f"{number}. {heading}",
                }[style]
            )
        lines.append(paragraph)
    articles = CLEANER.clean("\n".join(lines))
    assert len(articles) == 1, [a.title for a in articles]


# --- switches and explain ---------------------------------------------------------------------

DIGEST = "".join(
    _markdown(t, p, random.Random(3)) for t, p in [_article(random.Random(i), TOPICS[i]) for i in (0, 1, 2)]
)


def test_segment_rules_and_off_leave_a_digest_whole() -> None:
    assert len(CLEANER.clean(DIGEST)) == 3
    assert len(CLEANER.with_config(segment="rules").clean(DIGEST)) == 1
    assert len(CLEANER.with_config(segment="off").clean(DIGEST)) == 1


def test_header_lines_become_metadata_and_leave_the_text() -> None:
    first = CLEANER.clean(DIGEST)[0]
    assert first.meta["source"] in {"Reuters", "AP", "Le Monde", "Die Zeit"}
    assert "min read" not in first.text and "Read more" not in first.text and "---" not in first.text


def _teaser_box(rng: random.Random, topics: list[list[str]]) -> str:
    """A "more stories" box: headlines over excerpts cut short with an ellipsis."""
    items = []
    for topic in topics:
        title, paragraphs = _article(rng, topic)
        items.append(f"{title}\n{paragraphs[0][: rng.randint(60, 90)].rstrip()}...")
    return "\n".join(items)


def test_a_teaser_box_split_off_a_story_is_related_and_a_page_of_teasers_is_not() -> None:
    rng = random.Random(5)
    title, paragraphs = _article(rng, TOPICS[0])
    box = "## More stories\n*Site · 1 min read*\n\n" + _teaser_box(rng, TOPICS[1:6])
    page = _markdown(title, paragraphs, rng) + box
    roles = [a.meta["role"] for a in RELATED.clean(page)]
    assert roles == ["main", "related"], roles
    assert [a.title for a in CLEANER.clean(page)] == [title]
    boxes = "".join(
        f"## Stories {i}\n*Site · 1 min read*\n\n{_teaser_box(rng, TOPICS[i : i + 4])}\n\n---\n\n" for i in (0, 4)
    )
    assert [a.meta["role"] for a in CLEANER.clean(boxes)] == ["main", "main"]


def test_a_contents_list_announcing_the_headlines_helps_find_the_stories() -> None:
    """Magazine and mail-digest pages list their stories first; a start whose headline a short line
    above lists gets `auto.announced` (measured on these 16 pages: 37 of 59 with it, 32 without when
    it came; 43 and 40 since headers of labelled fields are read)."""
    pages = [
        *layouts_holdout2.generate(ARTICLES, ["magazine"], 8, seed=3),
        *layouts_holdout.generate(ARTICLES, ["email"], 8, seed=3),
    ]
    without = RELATED.with_config(auto=AutoSettings(announced=0.0))

    def recovered(cleaner: Cleaner) -> int:
        total = 0
        for page in pages:
            predicted = [ArticleText(a.title, a.text) for a in cleaner.clean(page.text, source_id=page.id)]
            total += match_articles(predicted, [ArticleText(a["title"], a["text"]) for a in page.articles]).recovered
        return total

    assert recovered(RELATED) >= recovered(without) + 2


def test_a_headline_is_announced_by_a_listing_above_not_by_a_line_right_over_it() -> None:
    rng = random.Random(11)
    (first, first_text), (second, second_text) = (_article(rng, TOPICS[i]) for i in (0, 2))
    story = "\n\n".join(first_text)
    rest = "\n\n".join(second_text)
    listed = f"Contents\n{first}\n{second}\n\n\n{first}\n\n{story}\n\n\n{second}\n\n{rest}"
    video = f"{first}\n\n{story}\n\n03:32 | {second}\n{second}\n\n{rest}"  # a video's title over it

    def announced(page: str, boilerplate: frozenset[int]) -> bool:
        active = CLEANER.rules.active_for(page, None)
        _, decisions = find_starts(page, active.cues, boilerplate, active.scan(page), AutoSettings())
        decision = [d for d in decisions if d.title == second][-1]  # the headline over its story, the last
        return any(cue.name == "auto.announced" for cue in decision.cues)

    assert announced(listed, frozenset())
    assert not announced(video, frozenset({video.split("\n").index(f"03:32 | {second}")}))


def test_items_closed_by_their_own_copyright_line_are_not_eaten_as_a_footer() -> None:
    """A press review closes every item with "© Source 2024": the copyright-tail block rule would take
    the last items as the page's footer; the segmenter cuts the page first, and each piece keeps its story."""
    rng = random.Random(0)
    items = []
    for number, topic in enumerate((0, 2, 5)):
        title, paragraphs = _article(rng, TOPICS[topic])
        body = "\n".join(paragraphs[:2])
        items.append(f"\n{title}\nSource: Daily Post | Date: 2024-03-0{number + 1}\n{body}\n© Daily Post 2024\n")
    page = "Press review, 7 March 2024\n" + "\n".join(items)
    assert len(RELATED.clean(page)) == 3


@pytest.mark.parametrize(("separator", "seed"), [("\n", 1), ("\n", 2), ("\n\n", 1), ("\n\n", 2)])
def test_long_stories_dumped_with_nothing_between_them_split_where_several_starts_agree(
    separator: str, seed: int
) -> None:
    """Three long articles, headline then paragraphs, with no mark of the layout between them (no
    blank run longer than between paragraphs, no header): the unmarked starts carry them, between
    long stories of different topics; with `unmarked_starts` out of reach they stay one."""
    long_articles = [a for a in ARTICLES if sum(map(len, a.paragraphs)) > 1700]
    chosen = random.Random(seed).sample(long_articles, 3)
    page = separator.join(f"{a.title}{separator}" + separator.join(a.paragraphs) for a in chosen)
    assert [a.title for a in CLEANER.clean(page)] == [a.title for a in chosen]
    strict = CLEANER.with_config(auto=AutoSettings(unmarked_starts=99))
    assert len(strict.clean(page)) == 1


MIDSIZE = [a for a in ARTICLES if 600 < sum(map(len, a.paragraphs)) < 2500]


def test_a_byline_shaped_like_a_headline_does_not_take_the_start_of_the_headline_over_it() -> None:
    """Kicker, headline, time, then a byline with no "By" ("Lucas Moreau et Sofía Ramírez"): both the
    headline and the byline look like starts, with nothing between them. The weaker is the other's
    furniture (auto.stacked); before, the lower always won and the byline became the title."""
    bylines = ["Lucas Moreau et Sofía Ramírez", "Tom Becker et Julien Fabre", "Hannah Weiß et Grace O'Neill"]
    right = 0
    for seed in range(12):
        items = random.Random(seed).sample(MIDSIZE, 3)
        page = "".join(
            f"{kicker}\n{item.title}\nIl y a {hours} heures\n{byline}\n"
            + "\n".join(item.paragraphs)
            + "\nPartager\nCommentaires (12)\n"
            for kicker, item, hours, byline in zip(
                ["POLITIQUE", "SPORT", "MONDE"], items, [3, 5, 9], bylines, strict=True
            )
        )
        right += [a.title for a in RELATED.clean(page)] == [item.title for item in items]
    assert right >= 6  # 7 of 12 when written; 1 of 12 before auto.stacked


@pytest.mark.parametrize("seed", [26, 59])
def test_a_page_that_has_shown_one_start_needs_less_evidence_for_the_others(seed: int) -> None:
    """Three stories, only the second with a byline: once its start stands, the page is a multi-article
    page and the third story's start (headline, blank lines, new topic) is enough with auto.multi-page."""
    first, second, third = random.Random(seed).sample(MIDSIZE, 3)
    page = (
        f"{first.title}\n\n" + "\n\n".join(first.paragraphs) + "\n\n\n"
        f"{second.title}\nBy Jane Doe | Published: 3 Mar 2024\n\n" + "\n\n".join(second.paragraphs) + "\n\n\n"
        f"{third.title}\n\n" + "\n\n".join(third.paragraphs) + "\n"
    )
    assert [a.title for a in CLEANER.clean(page)] == [first.title, second.title, third.title]
    # (With new_names at 0.3: at its default the third story's new names alone carry seed 59's start.)
    without = CLEANER.with_config(auto=AutoSettings(multi_page=0.0, new_names=0.3))
    assert len(without.clean(page)) == 2

    def credited(whole_page: bool) -> bool:
        active = CLEANER.rules.active_for(page, None)
        _, decisions = find_starts(
            page, active.cues, frozenset(), active.scan(page), AutoSettings(), whole_page=whole_page
        )
        return any(cue.name == "auto.multi-page" for d in decisions for cue in d.cues)

    # An extractor's text from HTML is one page's main content: no credit there (a reference list
    # under a research summary was split off).
    assert credited(True) and not credited(False)


@pytest.mark.parametrize("seed", [5, 6, 10])
def test_stories_closed_by_a_run_of_furniture_lines_split_without_other_marks(seed: int) -> None:
    """Events listed one after another, each story closed by its ticket and booking lines, the next
    headline after one blank line (no longer gap, no header): the two furniture lines mark the start.
    With `furniture_lines` out of reach the headlines are unmarked and need long stories."""
    items = random.Random(seed).sample(MIDSIZE, 3)
    page = "\n".join(
        f"{item.title}\n\n"
        + "\n\n".join(item.paragraphs)
        + f"\n\nTickets £{12 + k} / £{8 + k}\nBook now | Add to calendar\n"
        for k, item in enumerate(items)
    )
    assert [a.title for a in CLEANER.clean(page)] == [item.title for item in items]
    unmarked = CLEANER.with_config(auto=AutoSettings(furniture_lines=99))
    assert len(unmarked.clean(page)) < 3


def _sentence_titled(item: layouts.Article) -> str:
    """The item's title ended like a sentence ("... They just might be.")."""
    return item.title.rstrip(".!?") + "."


#: The segmenter with its multi-article gate open: the cues it weighs only on a page that has shown
#: itself a multi-article page (AutoSettings.multi_article_starts) are weighed on every page.
UNGATED = AutoSettings(multi_article_starts=0)


def _bylined(item: layouts.Article, name: str) -> str:
    return f"Advertisement\n{item.title}\nBy {name}\n" + "\n".join(item.paragraphs) + "\nComments\n"


def _loose(item: layouts.Article) -> str:
    body = "\n".join(item.paragraphs)
    return f"Advertisement\n{_sentence_titled(item)}\n{body}\nComments\nNo comments yet...\n"


@pytest.mark.parametrize("seed", [3, 4, 8])
def test_a_headline_ending_like_a_sentence_starts_a_story_on_a_multi_article_page(seed: int) -> None:
    """Stories glued with only boilerplate lines between them, two of them headed by a line ending with
    a period (cues.loose-headline): where the page has shown itself a multi-article page (stories
    under bylined headlines stand without the rule), the lines the rules remove above a short line
    with prose under it mark it as a headline."""
    titled = [a for a in MIDSIZE if 3 <= len(a.title.split()) <= 15 and len(a.title) < 90]
    items = random.Random(seed).sample(titled, 5)
    names = ["Zac Hall", "Maria Schmidt", "Julien Fabre"]
    page = "".join(_bylined(item, name) for item, name in zip(items, names, strict=False))
    page += "".join(_loose(item) for item in items[3:])
    articles = CLEANER.clean(page)
    assert [a.title for a in articles] == [i.title for i in items[:3]] + [_sentence_titled(i) for i in items[3:]]
    without = Cleaner(RuleSet(tuple(r for r in CLEANER.rules.rules if r.rule.cue != "loose-headline")))
    assert len(without.clean(page)) == 3


@pytest.mark.parametrize("seed", [3, 4, 8])
def test_loose_headlines_alone_never_split_a_page(seed: int) -> None:
    """The same stories, all headed by lines ending with a period: nothing shows the page a multi-article
    one without the loose headlines, so they are not weighed (a single article's sentence under a
    share bar reads the same). With the gate open they are, and the stories come apart."""
    titled = [a for a in MIDSIZE if 3 <= len(a.title.split()) <= 15 and len(a.title) < 90]
    items = random.Random(seed).sample(titled, 3)
    page = "".join(_loose(item) for item in items)
    assert len(CLEANER.clean(page)) == 1
    articles = CLEANER.with_config(auto=UNGATED).clean(page)
    # The first headline has nothing above it to set it apart: it stays the first line of its text.
    assert [a.title for a in articles[1:]] == [_sentence_titled(item) for item in items[1:]]
    assert len(articles) == 3 and articles[0].text.startswith(_sentence_titled(items[0]))


@pytest.mark.parametrize("seed", [2, 7, 11])
def test_a_name_line_between_a_headline_and_its_date_line_is_header_not_headline(seed: int) -> None:
    """Headline, an author's name with no "By" (no rule names it), then a line with a date among other
    fields (cues.dated-meta): the name sits between the headline and a header
    line, so it belongs to the header; the headline stays the title and the name and date leave the text."""
    items = random.Random(seed).sample(MIDSIZE, 3)
    names = ["Zac Hall", "Maria Schmidt", "Julien Fabre"]
    dated = ["The Herald · 18 Nov 2019 · 4 min", "Le Figaro, 18 janvier 2025", "Reuters | 27 de noviembre de 2024"]
    page = "\n\n".join(
        f"{item.title}\n{name}\n{line}\n\n" + "\n\n".join(item.paragraphs)
        for item, name, line in zip(items, names, dated, strict=True)
    )
    articles = CLEANER.with_config(auto=UNGATED).clean(page)
    assert [a.title for a in articles] == [item.title for item in items]
    for article, name, line in zip(articles, names, dated, strict=True):
        assert name not in article.text.split("\n") and line not in article.text
        assert article.meta.get("date")


def test_a_headline_whose_words_come_back_in_the_story_under_it_is_anchored() -> None:
    """auto.anchor: the share of the headline's content words found in the story under it (a
    headline of four words or more counts whole), times `anchor`; a label over another story's
    text ("Latest videos") gets nothing."""
    rail = "Trains ran again on Monday after the union and the operator agreed on pay for two years. " * 4
    fair = "Farmers sold out of apples by noon as visitors queued for cider in the village square. " * 4
    page = f"Rail strike ends after pay deal\n\n{rail}\n\n\nLatest videos from around\n\n{fair}\n"
    active = CLEANER.rules.active_for(page, None)
    anchored = AutoSettings(anchor=0.3, multi_article_starts=0)  # off by default (see AutoSettings.anchor)
    _, decisions = find_starts(page, active.cues, frozenset(), active.scan(page), anchored)
    weights = {d.title: {c.name: c.weight for c in d.cues} for d in decisions}
    assert weights["Latest videos from around"].get("auto.anchor", 0.0) == 0.0
    harvest = f"Apples and cider at the village fair\n\n{fair}\n"
    page = f"Rail strike ends after pay deal\n\n{rail}\n\n\n{harvest}"
    _, decisions = find_starts(page, active.cues, frozenset(), active.scan(page), anchored)
    cues = {c.name: c.weight for d in decisions if d.title and d.title.startswith("Apples") for c in d.cues}
    # "apples", "cider", "village" come back under it ("fair" is no content word of the story): 3 of 4
    assert cues["auto.anchor"] == pytest.approx(0.3 * 3 / 4)


@pytest.mark.parametrize("seed", [3, 6])
def test_furniture_every_item_repeats_leaves_every_article_and_each_removal_is_a_hit(seed: int) -> None:
    """Four stories, each closed by the same share line and a comment count (numbers differ): no rule
    names them, but recurring in every article of the page they are the layout's furniture. Each
    removal is a segment.repeated-line hit, and the hits still replay each segment's raw text to its
    clean. One story with such lines is no multi-article page: they stay."""
    items = random.Random(seed).sample(MIDSIZE, 4)
    page = "".join(
        f"## {item.title}\n\n" + "\n\n".join(item.paragraphs) + f"\n\nÉcouter cet article · {k + 3} min\n"
        f"Enregistrer\nCommentaires ({7 * k + 2})\n\n"
        for k, item in enumerate(items)
    )
    document = RELATED.clean_document(page)
    articles = RELATED.articles(document)
    assert len(articles) == 4 and [a.title for a in articles[1:]] == [item.title for item in items[1:]]
    for article in articles:
        assert "Enregistrer" not in article.text and "Commentaires (" not in article.text
    assert sum(h.rule_id == "segment.repeated-line" for s in document.segments for h in s.hits) == 12
    for segment in document.segments:
        assert replay(segment.raw, segment.hits) == segment.text
    single = f"{items[0].title}\n\n" + "\n\n".join(p + "\n\nEnregistrer" for p in items[0].paragraphs)
    assert "Enregistrer" in CLEANER.clean(single)[0].text


def test_a_masthead_and_its_menus_over_the_first_story_leave_with_its_header() -> None:
    """Short lines with no prose among them (a site's name, its menus, a date) over the first of
    several stories are the page's preamble: cut with the first header, not an article of their own
    nor the head of the first story's text."""
    items = random.Random(12).sample(MIDSIZE, 3)
    menus = (
        "The Riverside Post\nCity edition · Tuesday\nPolitics · Economy · Culture · Science\n"
        "Local news you can trust\nWeather: 14°C, light rain\n\n"
    )
    page = menus + "".join(
        f"{item.title}\nBy Jane Doe | Published: 3 Mar 2024\n\n" + "\n\n".join(item.paragraphs) + "\n\n\n"
        for item in items
    )
    articles = CLEANER.clean(page)
    assert [a.title for a in articles] == [item.title for item in items]
    assert "Local news you can trust" not in articles[0].text


def _first_sentence(paragraph: str) -> str:
    return regex.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]


def _with_short_lede(paragraph: str) -> bool:
    first = _first_sentence(paragraph)
    shaped = 12 <= len(first) < 99 and first.endswith(".") and len(first.split()) >= 3
    return shaped and len(paragraph) > len(first) + 40


SHORT_LEDES = [a for a in ARTICLES if sum(_with_short_lede(p) for p in a.paragraphs[1:]) >= 2]


@pytest.mark.parametrize("seed", [3, 4, 8, 9])
def test_a_short_sentence_under_an_ad_line_inside_one_story_is_no_headline(seed: int) -> None:
    """One story with "Advertisement" lines between its paragraphs, each followed by a paragraph's first
    sentence on a line of its own: not weighed, as the page shows no other start; with the gate open,
    loose headlines weighed, but same topic and same names keep them under the threshold."""
    item = random.Random(seed).choice(SHORT_LEDES)
    paragraphs: list[str] = [item.paragraphs[0]]
    for paragraph in item.paragraphs[1:]:
        if _with_short_lede(paragraph):
            first = _first_sentence(paragraph)
            paragraphs += ["Advertisement", first, paragraph[len(first) :].strip()]
        else:
            paragraphs.append(paragraph)
    page = f"{item.title}\n" + "\n".join(paragraphs)
    ungated = CLEANER.with_config(auto=UNGATED)
    document = ungated.clean_document(page)
    weighed = [d for d in document.splits if any(c.name == "cues.loose-headline" for c in d.cues)]
    assert weighed and not any(d.accepted for d in weighed)
    assert len(ungated.articles(document)) == 1
    assert not any(c.name == "cues.loose-headline" for d in CLEANER.clean_document(page).splits for c in d.cues)


def test_a_long_link_is_not_prose() -> None:
    """A shared link repeats the headline in its slug: read as prose, it put the next story's words
    on the story above (the topic test then found one topic where there were two)."""
    assert not reads_as_prose(
        "https://www.example.com/news/esper-accuses-china-of-intimidating-smaller-asian-nations-5772"
    )
    assert reads_as_prose("The promise of Google Stadia: high quality visuals and rock-solid performance streamed.")
    assert reads_as_prose("価格が上がったと、政府は月曜日に発表した。専門家は懸念を示した。")


def test_a_dateline_opening_one_story_does_not_change_its_items_shape() -> None:
    """Three items under one header shape (headline, source line); one story opens "PARIS (AFP) —".
    The dateline is the story's, not the layout's: all three items recur (auto.repetition)."""
    rng = random.Random(4)
    items = []
    for number, topic in enumerate((0, 2, 4)):
        title, paragraphs = _article(rng, TOPICS[topic])
        body = ("PARIS (AFP) — " if number == 1 else "") + "\n".join(paragraphs[:2])
        items.append(f"{title}\nSource: Daily Post – Date: 0{number + 1}/03/2024\n{body}\n")
    page = "Press review\n\n" + "\n".join(items)
    active = CLEANER.rules.active_for(page, None)
    _, decisions = find_starts(page, active.cues, frozenset(), active.scan(page), AutoSettings())
    assert len(decisions) == 3
    assert all(any(cue.name == "auto.repetition" for cue in d.cues) for d in decisions)


def test_a_blogs_name_over_the_first_posts_header_is_not_the_first_posts_title() -> None:
    """A blog archive: the blog's name, then per post a category, a byline and an underlined
    headline. The name and the first post's header make one header: the first post keeps its
    headline as title, and the headers cut out tile the page (they used to overlap)."""
    rng = random.Random(2)
    items = [_article(rng, TOPICS[topic]) for topic in (0, 2, 5)]
    page = "Small Hours\n" + "".join(
        f"Category: Politics\n\nBy Maria Schmidt on {day} Mar 2025\n{title}\n{'-' * len(title)}\n\n"
        + "\n\n".join(paragraphs)
        + "\n\n\n"
        for day, (title, paragraphs) in enumerate(items, 4)
    )
    document = CLEANER.clean_document(page)
    assert [a.title for a in CLEANER.articles(document)] == [title for title, _ in items]
    headers = sorted((hit.start, hit.end) for hit in document.boundary_hits)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(headers))


@pytest.mark.parametrize("seed", [1, 2, 4, 5])
def test_a_section_label_over_a_headline_is_not_the_title(seed: int) -> None:
    """A bulletin: a numbered section label ("II. Events"), a blank line, the item's headline. The two
    starts stack with nothing between them; the label (three words or fewer) gives way to the
    headline as the title (it used to be the title, the headline left in the text)."""
    items = random.Random(seed).sample(MIDSIZE, 3)
    page = "Staff bulletin\nWeekly News Digest\n\n" + "".join(
        f"{number}. {section}\n\n{item.title}\n\n" + "\n\n".join(item.paragraphs) + "\n\n\n"
        for number, section, item in zip(["I", "II", "III"], ["Campus", "Events", "People"], items, strict=True)
    )
    assert [a.title for a in RELATED.clean(page)] == [item.title for item in items]


def test_explain_shows_each_start_with_its_cues(tmp_path: Path) -> None:
    page = tmp_path / "digest.txt"
    page.write_text(DIGEST, encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(page)])
    assert result.exit_code == 0, result.output
    assert "split:" in result.output
    assert "cues.read-more" in result.output and "cues.source-reading-time" in result.output
    assert "auto.topic-shift" in result.output or "auto.same-topic" in result.output
    higher = CliRunner().invoke(app, ["explain", str(page), "--segment-threshold", "4"])
    assert "kept together" in higher.output
    assert "3 articles written" in result.output and "1 articles written" in higher.output


def test_an_unknown_segment_mode_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text("Text.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["explain", str(page), "--segment", "sometimes"])
    assert result.exit_code != 0
    assert "--segment must be one of auto, rules, off" in result.output


# --- golden pages: one page of every layout, with its true headlines --------------------------

GOLDEN = PROJECT / "tests" / "data" / "golden_segments"
#: Layouts whose golden page the segmenter does not get right yet (strict: a fix must move it out).
KNOWN_MISSES: dict[str, str] = {
    "archive": "the second post's header evidence stays under the threshold",
    "cards": "the second card is not split off",
    "email": "the first message's start is lost behind the digest's list of topics",
    "liveupdates": "items marked by a time line alone stay under the threshold",
    "press": "releases behind an embargo line and an 'About' paragraph are not found",
    "print": "a story of short lines (a list, no prose line) is not split off; a deck taken as headline",
    # The layouts of tools/layouts_holdout2-4.py (looked at), added with the figures of their first run:
    "magazine": "the stories behind their 'Story NAME | Pictures NAME' credit lines stay glued to the first",
    "social": "the posts stay glued; a post's meta line ('3d • Edited') is taken as a title",
    "bulletin": "the items under the bulletin's section headings stay glued, titled by the headings",
    "transcript": "the first two stories stay together; the titles keep the 'ON SCREEN:' label",
    "wiki": "the page's articles stay one, titled by a navigation line",
    "plaintext_dump": "the third story stays glued to the second",
    "reviews": "the second review stays glued to the first, whose title keeps the reviewer's name",
    "newswire_table": "two records of five are split off; the table's header row is taken as a title",
    "translated_digest": "both items stay one, titled by a translated headline",
    "chat_export": "messages' log lines are taken as titles and three shared articles stay glued",
}


def _golden(name: str) -> Any:
    marks = [pytest.mark.xfail(reason=KNOWN_MISSES[name], strict=True)] if name in KNOWN_MISSES else []
    return pytest.param(name, marks=marks, id=name)


@pytest.mark.parametrize("name", [_golden(p.stem) for p in sorted(GOLDEN.glob("*.txt"))])
def test_golden_page_splits_into_its_true_articles(name: str) -> None:
    """The page comes out as its true articles: the same headlines in the same order (--keep-related).

    Each `.json` beside the page names where it came from and its true headlines (the truth of
    the generator or of the shared dev page; reviewed, never regenerated from the output).
    """
    page = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    truth = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))["titles"]
    assert [a.title for a in RELATED.clean(page, source_id=name)] == truth


def _front_matter(item: layouts.Article, k: int) -> str:
    return (
        f'---\ntitle: "{item.title}"\nurl: https://notes.example/{k}\nsaved: 2024-11-0{k + 1}\n'
        f"tags:\n  - reading\n  - later\nhighlights: {k}\n---\n\n" + "\n\n".join(item.paragraphs) + "\n\n"
    )


def _field_list(item: layouts.Article, k: int) -> str:
    return (
        f"- **Title:** {item.title}\n- **URL:** https://notes.example/{k}\n- **Folder:** Reading list\n"
        f"- **Highlights:** {k + 2}\n\n" + "\n\n".join(item.paragraphs) + "\n\n"
    )


@pytest.mark.parametrize("seed", [1, 5, 9])
@pytest.mark.parametrize("shape", [_front_matter, _field_list], ids=["front-matter", "field-list"])
def test_a_record_of_labelled_fields_heads_each_item_of_an_export(seed: int, shape: Any) -> None:
    """Saved articles exported one after another, each under a record of labelled fields (YAML front
    matter; a Markdown list of bold labels). The title field heads the item; the other fields, named
    by no rule ("saved", "highlights") or not, the items of a field's list and the closing fence are
    the record's lines: none stays in an article's text."""
    items = random.Random(seed).sample(MIDSIZE, 3)
    page = "".join(shape(item, k) for k, item in enumerate(items))
    articles = CLEANER.clean(page)
    assert [a.title for a in articles] == [item.title for item in items]
    for article in articles:
        starts = ("- ", "---", "saved", "highlights", "url")
        assert not any(line.startswith(starts) for line in article.text.split("\n"))
        assert "notes.example" not in article.text


@pytest.mark.parametrize("seed", [1, 5])
def test_labelled_lines_under_an_ordinary_headline_are_no_record(seed: int) -> None:
    """A fact box in one article ("Born: 1950", "Party: Labour") under a sub-heading: the headline is no
    field, so its label lines are not taken as a record's header, and the article stays one."""
    item = random.Random(seed).choice(MIDSIZE)
    box = "At a glance\nBorn: 12 March 1950\nParty: Labour\nOffice: Mayor since 2016\n\n"
    page = f"{item.title}\n\n" + "\n\n".join(item.paragraphs[:2]) + "\n\n" + box + "\n\n".join(item.paragraphs[2:])
    assert len(CLEANER.clean(page)) == 1


def _double_spaced(text: str) -> str:
    return "\n\n".join(line for line in text.split("\n") if line.strip())


@patches_the_segmenter
def test_double_spaced_pages_split_as_their_single_spaced_originals() -> None:
    """Generated pages with a blank line after every line (headlines, header lines and paragraphs
    alike, as scrapes of HTML blocks give): read with one blank line of each run left out, a header's
    lines stand together again (measured at commit time on these 24 pages: 75 recovered single-spaced,
    73 double-spaced, 68 double-spaced read as they are)."""
    pages = layouts.generate(ARTICLES, ["archive", "cards", "press"], 8, seed=21)

    def recovered(double: bool) -> int:
        total = 0
        for page in pages:
            text = _double_spaced(page.text) if double else page.text
            found = [ArticleText(a.title, a.text) for a in RELATED.clean(text, source_id=page.id)]
            total += match_articles(found, [ArticleText(a["title"], a["text"]) for a in page.articles]).recovered
        return total

    single, double = recovered(False), recovered(True)
    with mock.patch.object(autosegment, "_single_spaced", lambda lines: lines):
        as_they_are = recovered(True)
    assert double >= as_they_are + 4 and double >= single - 6, (single, double, as_they_are)


def test_paragraphs_parted_by_blank_lines_are_not_double_spaced() -> None:
    """A story whose paragraphs are parted by blank lines under a headline right over its first one:
    a blank line between paragraphs says something there, and stays."""
    item = random.Random(4).choice([a for a in ARTICLES if len(a.paragraphs) >= 6])
    page = f"{item.title}\n" + "\n\n".join(item.paragraphs * 3)
    lines = autosegment.classify(page, [], frozenset(), None, AutoSettings())
    assert len(lines) == page.count("\n") + 1
    double = _double_spaced(page)
    assert len(autosegment.classify(double, [], frozenset(), None, AutoSettings())) < double.count("\n")


@pytest.mark.parametrize("seed", range(1, 13))
def test_short_items_split_once_the_page_shows_itself_a_multi_article_page(seed: int) -> None:
    """A digest whose middle items hold a sentence or two each (120 to 190 characters): under
    `min_story_chars` (300), but where two starts stood on the stricter reading, a story needs only
    `multi_story_chars` (100). With it at 200 (and no item end learnt from the "Comments" line
    that closes every item, which would split them another way) they stay glued to the story above."""
    rng = random.Random(seed)
    items = rng.sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 5)
    names = ["Zac Hall", "Maria Schmidt", "", "", "Julien Fabre"]
    page = ""
    for item, name in zip(items, names, strict=True):
        if name:
            page += f"Advertisement\n{item.title}\nBy {name}\n" + "\n".join(item.paragraphs) + "\nComments\n"
        else:  # no byline: its header shape does not recur (see `sure_story_chars`)
            page += f"Advertisement\n{item.title}\n{_short_body(item, 120, 190)}\nComments\n"
    assert [a.title for a in CLEANER.clean(page)] == [item.title for item in items]
    strict = CLEANER.with_config(auto=AutoSettings(multi_story_chars=200, item_end=0.0))
    assert len(strict.clean(page)) < 5


def _short_body(item: layouts.Article, low: int, high: int) -> str:
    """The item's first sentences, between `low` and `high` characters long."""
    words = " ".join(item.paragraphs).split()
    text = ""
    for word in words:
        if len(text) + len(word) + 1 > high:
            break
        text = f"{text} {word}".strip()
    assert len(text) >= low
    return text + "."


@pytest.mark.parametrize("seed", [2, 4, 6, 8])
def test_items_closed_like_the_items_over_starts_that_stood_split_there_too(seed: int) -> None:
    """A gallery closing every item with the same line no rule knows ("Zoom  Save image 2/5"): the
    two items with a byline stand on their own evidence, and the line closing the item above each
    of them is learnt as the page's item end (`item_end`), which splits the bare items after it
    too. With `item_end` at 0 (and `unmarked_shown_chars` out of reach) the bare items stay glued to
    the item above. (Of seeds 1 to 12, 1, 3, 5 and 7 fail: the bundled articles hold two stories of
    the feather-duvet case, and a bare item right under its twin reads as the same story.)"""
    rng = random.Random(seed)
    items = rng.sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 5)
    names = ["", "Zac Hall", "Maria Schmidt", "", ""]
    page = ""
    for k, (item, name) in enumerate(zip(items, names, strict=True)):
        byline = f"By {name}\n" if name else ""
        page += f"{item.title}\n{byline}\n" + "\n\n".join(item.paragraphs) + f"\n\nZoom  Save image {k + 1}/5\n\n"
    assert [a.title for a in CLEANER.clean(page)] == [item.title for item in items]
    held = AutoSettings().long_story_chars  # (unmarked starts held to long stories, as without a page's evidence)
    unlearnt = CLEANER.with_config(auto=AutoSettings(item_end=0.0, unmarked_shown_chars=held))
    assert len(unlearnt.clean(page)) < 5


@pytest.mark.parametrize("seed", [2, 3, 9])
def test_unmarked_headlines_split_a_page_that_has_shown_itself_a_multi_article_page(seed: int) -> None:
    """A digest dumped with no blank line (as WET files give a page): two items carry a byline and
    stand on it; the others' headlines sit between prose lines with nothing to mark them. On a page
    shown multi-article, such a start needs a change of topic and `unmarked_shown_chars` of story on
    both sides, not `long_story_chars`; with the old rule the short items stay glued together. (Of
    seeds 1 to 12 only these three split into all five: elsewhere one of the two unmarked starts
    falls short, on a few shared words or few new names, and the other may not stand alone, see
    `unmarked_starts`; letting it stand lost more articles on the held-out layouts than it won.)"""
    rng = random.Random(seed)
    items = rng.sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 5)
    names = ["", "Zac Hall", "", "Maria Schmidt", ""]
    page = "\n".join(
        f"{item.title}\n" + (f"By {name}\n" if name else "") + "\n".join(item.paragraphs)
        for item, name in zip(items, names, strict=True)
    )
    assert "\n\n" not in page
    assert [a.title for a in CLEANER.clean(page)] == [item.title for item in items]
    strict = CLEANER.with_config(auto=AutoSettings(unmarked_shown_chars=AutoSettings().long_story_chars))
    assert len(strict.clean(page)) < 5


def _text_browser_dump(page: layouts.GeneratedPage) -> str:
    """`page` as a text-mode browser dumps it (lynx -dump): every headline a link, "[n]" before its
    text, the other lines indented three columns and wrapped at 76, a short line now and then a link
    too (a menu entry, a "Read more")."""
    titles = {a["title"] for a in page.articles if a.get("title")}
    rng = random.Random(page.id)
    count = itertools.count(1)
    out: list[str] = []
    for line in page.text.split("\n"):
        text = line.strip()
        if text in titles or (text and len(text) <= 40 and rng.random() < 0.5):
            out.append(("" if text in titles else "   ") + f"[{next(count)}]{text}")
        elif len(line) > 76:
            out.extend(textwrap.wrap(line, 76, initial_indent="   ", subsequent_indent="   "))
        else:
            out.append("   " + line if text else line)
    return "\n".join(out)


def test_a_text_browser_dump_splits_as_the_page_does() -> None:
    """Generated pages dumped as lynx does: with the link numbers taken out before the page is
    split (repairs.link-reference-markers) and the wrapped lines joined, the segmenter finds most of
    the articles it finds on the pages themselves; with the numbers left in, a headline no longer
    reads as one. (At commit time on these 24 pages: 83 as generated, 76 dumped, 34 dumped with
    the numbers left in.)"""
    pages = layouts.generate(ARTICLES, ["newsletter", "wire", "rss", "archive"], 6, seed=11)
    related = RELATED
    kept = Cleaner(RuleSet(tuple(r for r in related.rules.rules if r.id != "repairs.link-reference-markers")))
    kept = kept.with_config(keep_related=True)

    def recovered(cleaner: Cleaner, dump: bool) -> int:
        total = 0
        for page in pages:
            text = _text_browser_dump(page) if dump else page.text
            found = [ArticleText(a.title, a.text) for a in cleaner.clean(text, source_id=page.id)]
            total += match_articles(found, [ArticleText(a["title"], a["text"]) for a in page.articles]).recovered
        return total

    plain, dumped, numbered = recovered(related, False), recovered(related, True), recovered(kept, True)
    assert dumped >= plain - 15 and dumped >= numbered + 25, (plain, dumped, numbered)


def _names_its_story(item: layouts.Article) -> bool:
    """Whether half of the headline's content words come back in the story's first 120."""
    head = set(autosegment._content_words(item.title))
    story = set(autosegment._content_words(" ".join(item.paragraphs))[:120])
    return len(head) >= 2 and len(head & story) >= len(head) / 2


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_headline_under_furniture_shaped_like_one_is_the_title(seed: int) -> None:
    """Each item opens with a column's running head shaped like a headline and a byline, then the
    item's own headline over its story: the running head names nothing in the story, the headline
    does (`retitle_share`), so the headline is the title and leaves the text. With it off, the
    running head is every item's title and the headline stays in the text. (Items whose headline
    names its story: "The man whose duvet nearly killed him" shares one word with its first 120,
    and cannot be told from furniture this way.)"""
    rng = random.Random(seed)
    named = [a for a in MIDSIZE if " ".join(a.paragraphs).isascii() and _names_its_story(a)]
    items = rng.sample(named, 4)
    names = ["Zac Hall", "Maria Schmidt", "Julien Fabre", "Tom Becker"]
    page = "\n\n".join(
        f"Weekend Reading Club\nBy {name}\n\n{item.title}\n" + "\n".join(item.paragraphs)
        for item, name in zip(items, names, strict=True)
    )
    articles = CLEANER.clean(page)
    assert [a.title for a in articles] == [item.title for item in items]
    assert all(not a.text.startswith(item.title) for a, item in zip(articles, items, strict=True))
    plain = [a.title for a in CLEANER.with_config(auto=AutoSettings(retitle_share=0.0)).clean(page)]
    assert plain[1:] == ["Weekend Reading Club"] * 3  # (the first item's header on top is read apart)


@pytest.mark.parametrize("label", ["Thread: ", "LOWER THIRD: ", "1.{k} ", "20:3{k} MEZ "])
def test_a_label_every_headline_of_a_page_opens_with_leaves_the_titles(label: str) -> None:
    """Headlines the page opens with its own label ("Thread: ", a section number, a time): shared
    by two titles or more, the label is the page's, and leaves every title; the headline's own
    words stay."""
    items = random.Random(4).sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 3)
    names = ["Zac Hall", "Maria Schmidt", "Julien Fabre"]
    page = "\n\n".join(
        f"{label.format(k=k + 1)}{item.title}\nBy {name}\n\n" + "\n".join(item.paragraphs)
        for k, (item, name) in enumerate(zip(items, names, strict=True))
    )
    assert [a.title for a in CLEANER.clean(page)] == [item.title for item in items]


@pytest.mark.parametrize("seed", [1, 3, 5, 7])
def test_a_header_reaching_on_in_a_block_of_bare_metadata_lines_still_heads_its_story(seed: int) -> None:
    """A press database's export: under each headline its word count, its date, then lines no rule
    names (the source, its code, the language) and a copyright line, and no blank line before the
    story. The dated header reaches on through that block to the first prose line: each document
    is an article, titled by its headline, and the block leaves the text. (Headlines that name
    their story: the word count under a headline is taken into its header only then.)"""
    rng = random.Random(seed)
    named = [a for a in MIDSIZE if " ".join(a.paragraphs).isascii() and _names_its_story(a)]
    items = rng.sample(named, 4)
    sources = [
        ("Financial Times", "FTFTA"),
        ("The Guardian", "GRDN"),
        ("The Irish Times", "IRTI"),
        ("Le Monde", "LEMOND"),
    ]
    page = ""
    for k, (item, (source, code)) in enumerate(zip(items, sources, strict=True)):
        words = len(" ".join(item.paragraphs).split())
        page += (
            f"{item.title}\n{words} words\n{3 + k} April 2024\n{source}\n{code}\nEnglish\n"
            f"(c) 2024 {source}. All rights reserved.\n"
            + "\n".join(item.paragraphs)
            + f"\n\nDocument {code}0000020240403efmw000{k}\n\n\n\n"
        )
    articles = RELATED.clean(page)
    assert [a.title for a in articles] == [item.title for item in items]
    assert not any(
        code in a.text.split("\n") or "English" in a.text.split("\n") for a in articles for _, code in sources
    )


def _names_its_story(item: layouts.Article) -> bool:
    text = " ".join(item.paragraphs).casefold()
    return any(word in text for word in item.title.casefold().split() if len(word) >= 5)


CUES = [rule for rule in CLEANER.rules.rules if rule.rule.kind is Kind.SEGMENT_CUE]
GATED = {rule.id for rule in CUES if rule.rule.multi_article_only}


def _front_page(items: list[layouts.Article], names: list[str]) -> str:
    """A blog's front page as a text browser shows it: each post's headline, a "date · author"
    line, its story and a "Read more" link (which takes the next headline for a related link)."""
    page = "The Quiet Reader\nJust another blog\n\n"
    for k, (item, name) in enumerate(zip(items, names, strict=True)):
        page += f"{item.title}\n\n{14 - k} Aug 2023 · {name}\n\n" + "\n\n".join(item.paragraphs) + "\n\nRead more\n\n\n"
    return page


@pytest.mark.parametrize("seed", [2, 4, 6])
def test_a_gated_header_under_every_headline_and_over_its_story_shows_a_multi_article_page(seed: int) -> None:
    """Every post's headline over a "date · author" line (a cue weighed only on multi-article pages)
    and its story, and no other mark: the header recurring, story after story, shows the page a
    multi-article page (`gated_repeats`); with it off, no start stands and the posts stay one."""
    rng = random.Random(seed)
    items = rng.sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 4)
    page = _front_page(items, ["Hannah Weiss", "Oliver Grant", "Priya Nair", "Tom Becker"])
    classified = autosegment.classify(page, CUES, frozenset(), None, AutoSettings())
    assert autosegment._gated_repeats(classified, GATED, AutoSettings())
    assert [a.title for a in RELATED.clean(page)] == [item.title for item in items]
    off = RELATED.with_config(keep_related=True, auto=AutoSettings(gated_repeats=0))
    assert len(off.clean(page)) < 4


def test_a_sidebar_of_headlines_and_dates_does_not_show_a_multi_article_page() -> None:
    """One story, then a box of related links (headline, date, headline, date): no story under each
    header line, so the box does not show a multi-article page."""
    item = MIDSIZE[3]
    page = f"{item.title}\n\n" + "\n\n".join(item.paragraphs) + "\n\nRelated stories\n\n"
    page += "".join(f"{other.title}\n{10 + k} Aug 2023 · News\n" for k, other in enumerate(MIDSIZE[4:9]))
    classified = autosegment.classify(page, CUES, frozenset(), None, AutoSettings())
    assert sum(line.cue is not None and line.cue.id in GATED for line in classified) >= 3  # the cue is there
    assert not autosegment._gated_repeats(classified, GATED, AutoSettings())
    assert len(CLEANER.clean(page)) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_headline_the_rules_drop_heads_an_item_with_its_byline_over_it(seed: int) -> None:
    """A results page: each item's "author · date" line over its numbered headline, its text, then
    "Read more" (which takes the next byline and headline for a box of related links). A headline
    the rules drop stands with a header of its own, over it as well as under it."""
    rng = random.Random(seed)
    items = rng.sample([a for a in MIDSIZE if " ".join(a.paragraphs).isascii()], 4)
    names = ["Lucas Moreau", "Laura Bianchi", "Mateo Silva", "Emily Chen"]
    page = "The Evening Ledger\n\nResults: engagement\n2,138 results\n\n"
    for k, (item, name) in enumerate(zip(items, names, strict=True)):
        page += f"{name} · Sep {10 + k}, 2023\n{k + 1}. {item.title}\n" + "\n".join(item.paragraphs) + "\nRead more\n\n"
    assert [a.title for a in RELATED.clean(page)] == [item.title for item in items]


def _wikiextractor(items: list[layouts.Article]) -> str:
    return "".join(
        f'<doc id="{100 + k}" url="https://en.example.org/wiki?curid={100 + k}" title="{item.title}">\n'
        f"{item.title}\n\n" + "\n".join(item.paragraphs) + "\n</doc>\n"
        for k, item in enumerate(items)
    )


def _trec(items: list[layouts.Article]) -> str:
    return "".join(
        f"<DOC>\n<DOCNO> AP2024-{k:04d} </DOCNO>\n<HEADLINE>\n{item.title}\n</HEADLINE>\n"
        f"<DATE>2024-12-0{k + 1}</DATE>\n<TEXT>\n"
        + "\n".join(f"<P>\n{paragraph}\n</P>" for paragraph in item.paragraphs)
        + "\n</TEXT>\n</DOC>\n"
        for k, item in enumerate(items)
    )


@pytest.mark.parametrize("container", [_wikiextractor, _trec], ids=["wikiextractor", "trec"])
@pytest.mark.parametrize("seed", [3, 8])
def test_a_corpus_file_of_tagged_documents_comes_out_as_its_documents(container: Any, seed: int) -> None:
    """A corpus file: WikiExtractor's <doc …> … </doc> records, or TREC's <DOC> with its
    <HEADLINE>, <DATE> and <TEXT> of <P> paragraphs. Each document is an article titled by its
    headline, no tag line stays in the text, and TREC's date becomes the article's date."""
    items = random.Random(seed).sample(MIDSIZE, 4)
    articles = RELATED.clean(container(items))
    assert [a.title for a in articles] == [item.title for item in items]
    assert not any(line.startswith("<") for a in articles for line in a.text.split("\n"))
    if container is _trec:
        assert [a.meta.get("date") for a in articles] == [f"2024-12-0{k + 1}" for k in range(4)]
