"""CleanConfig: the few switches a run takes, frozen and passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class AutoSettings:
    """The segmenter's thresholds and built-in cue weights (cue rules carry their own weights).

    Tuned on the shared dev layouts tagfeed, related, concat, byline and markdown, and
    confirmed on the generated layouts of tools/layouts.py and the single-article pages
    (see `make eval`).

    threshold: the evidence a line needs to start an article.
    header_lines: at most this many cue lines above and below a headline belong to its header.
    min_story_chars: a start that leaves less text than this on either side of it (up to the
        next start; boilerplate and cue lines not counted) is no start: page chrome holds little.
    sure_margin, sure_story_chars: a start scoring `sure_margin` over the threshold, whose header
        shape recurs on the page, needs only `sure_story_chars` on either side (a ticker's short items).
    long_story_chars, long_stories: a start with at least `long_story_chars` on both sides gets
        `long_stories` (two whole stories glued together).
    max_cue_chars: longer lines are prose, never cue lines.
    topic_words: content words on each side of a start compared for a change of topic.
    topic_shift: added when the two sides share no content word; it falls to 0 at `topic_same`.
    topic_same: overlap (binary cosine of their content words) at which the two sides read as one topic.
    cohesion: subtracted when the sides share twice `topic_same` or more (less, linearly, in between).
    new_names: added when nine in ten of the names (capitalised words inside sentences) in the
        story's first lines are new to the page, subtracted when three in ten or fewer are.
    anchor: times the share of the headline's content words found in the first `anchor_words`
        content words of the story under it (shrunk for a headline of under four): a headline names
        its own story. Off (0.0) by default: at 0.3 it found more starts on unseen multi-article
        layouts but cost whole single-article pages precision (CleanPortalEval as visible text).
    anchor_words: content words of the story read for `anchor` (as many as `topic_words`: the same lines, read once).
    list_item: subtracted from a numbered headline next in a run of numbered headlines ("2." after
        "1.") that has no header or furniture line of its own: the item of a list in one article.
    boilerplate_line: added per boilerplate line (a line the line-drop rules remove) before a start.
    boilerplate_max: at most this much for boilerplate lines.
    blank_run: added when more blank lines precede a start than usually separate paragraphs on the page.
    setext: added for a headline underlined with = or - (setext heading).
    repetition: added when the start's shape (two or more cue types) recurs at another start on the page.
    announced: added when a short line above the start lists its headline (a contents list).
    furniture_lines: a headline with this many short lines (neither blank nor prose) between it and
        the story above is marked by the layout (the item before closes with a price, a venue, a
        booking line); one such line is often a sub-heading's neighbour in running text.
    unmarked_starts: a headline the layout does not mark at all starts an article only with
        `long_story_chars` on both sides, and only where this many such starts are accepted.
    unmarked_shown_chars: on a page where `multi_article_starts` starts stood already (a digest
        dumped with no blank line, whose headlines nothing marks), an unmarked start with a clear
        change of topic needs only this much story on both sides, not `long_story_chars`.
    inner_extra: a segment a segment-boundary rule produced splits only with this much more evidence.
    furniture_items, furniture_chars: a line of at most `furniture_chars` that is no prose and recurs
        (numbers aside) in this many of a page's articles or more, and in half of them, is furniture
        the layout repeats per item ("Share", "Comments (12)"): it leaves every article's text.
    multi_article_starts: the segment-cue rules marked `multi_article_only` (cues that would find
        starts in a single article's chrome too), and `anchor`, are weighed only on a page where this
        many starts (besides a header at the top) stood without them; there, a story needs only
        `multi_story_chars` (a digest's short items), not `min_story_chars`.
    preamble_chars: what precedes the first start is the page's preamble (its title, date line or
        greeting, cut with the first header) when its few lines hold less text than this, on either
        reading (a shown page's `multi_story_chars` is for its stories, not its preamble).
    gated_repeats: a page where one of those rules marks this many header lines, each right under a
        headline and right over prose (the same "date · author" line under every post), shows itself
        a multi-article page without any start standing first (0: off).
    item_end, item_end_starts: a line that is no prose and ends the item above `item_end_starts` or
        more starts that stood (numbers aside: "Expand | Share", "Match report →", "Photo 3 of 8") is
        the page's own way to close an item, learnt from the page: a refused start after a line of
        that shape gets `item_end`, and is marked (and may be as short as a repeated shape's, see
        `sure_story_chars`). A page needs two starts standing before it learns anything, so no
        single article is split by it.
    retitle_share, retitle_kept, retitle_lines: a start whose title does not name its story (fewer
        than `retitle_kept` of its content words among the story's first `anchor_words`) takes for
        title a headline among the story's first `retitle_lines` lines that does (`retitle_share`
        of its words in the story under it): the line on top was furniture shaped like a headline
        (a name, a menu, a running head). 0 turns it off.
    multi_page: added to every start of a piece where another start stands already: a page that has
        shown itself a multi-article page needs less evidence for its other stories (a single
        article's sub-headings rarely get there, as it has no first start to show).
    """

    threshold: float = 1.0
    header_lines: int = 6
    min_story_chars: int = 300
    sure_margin: float = 0.4
    sure_story_chars: int = 100
    long_story_chars: int = 1500
    long_stories: float = 0.3
    max_cue_chars: int = 300
    topic_words: int = 120
    topic_shift: float = 0.5
    topic_same: float = 0.06
    cohesion: float = 0.6
    new_names: float = 0.4
    anchor: float = 0.0
    anchor_words: int = 120
    list_item: float = 0.6
    boilerplate_line: float = 0.25
    boilerplate_max: float = 0.5
    blank_run: float = 0.25
    setext: float = 0.3
    repetition: float = 0.3
    announced: float = 0.5
    unmarked_starts: int = 2
    unmarked_shown_chars: int = 300
    furniture_lines: int = 2
    inner_extra: float = 0.3
    multi_page: float = 0.2
    multi_article_starts: int = 2
    gated_repeats: int = 3
    multi_story_chars: int = 100
    preamble_chars: int = 300
    furniture_items: int = 3
    furniture_chars: int = 80
    item_end: float = 0.5
    item_end_starts: int = 2
    retitle_share: float = 0.2
    retitle_kept: float = 0.2
    retitle_lines: int = 3


SEGMENT_MODES = ("auto", "rules", "off")
HTML_MODES = ("default", "fast")
COMMENT_MODES = ("auto", "never")


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Options of one clean.

    keep_related: also emit spillover articles (related tails, teasers of other
        stories) as extra articles with `meta.role = "related"`.
    repair_encoding: run ftfy on lines that show signs of damage.
    unwrap: join the lines of hard-wrapped paragraphs (a text most of whose lines end close
        under one width: a plain-text e-mail, a dump at 72 columns; see cleaner.unwrap).
    min_article_chars: articles shorter than this after cleaning are dropped
        (an empty preamble before the first header, a widget-only remainder).
    favor_precision: HTML is extracted with trafilatura's precision setting
        (the better one on the dev pages, before and after our rules).
    html: "default" (trafilatura, and readability-lxml for a page whose extraction falls well
        short of its paragraphs) or "fast" (trafilatura alone without its fallback extractors,
        and on the extracted text the segment-boundary rules only: about trafilatura's own cost).
    comments: "auto" (an HTML page that declares no article, such as a forum thread, keeps its
        comments, which are its text there; an article's comments go) or "never" (they go on
        every page: trafilatura reads no comments, and `articles_only` html-drop rules run on
        every page).
    guard: what to do with a page the rules would empty or one rule would gut
        (see cleaner.guard): "keep" it unchanged, "flag" it, or "off".
    guard_min_kept, guard_max_rule_share, guard_min_chars: the guard's thresholds.
    segment: how pages are split into articles: "auto" (segment-boundary rules, then the
        layout-agnostic segmenter of cleaner.autosegment), "rules" (the rules only), "off".
    auto: the layout-agnostic segmenter's thresholds and weights.
    """

    keep_related: bool = False
    repair_encoding: bool = True
    unwrap: bool = True
    min_article_chars: int = 1
    favor_precision: bool = True
    html: str = "default"
    comments: str = "auto"
    guard: str = "keep"
    guard_min_kept: float = 0.05
    guard_max_rule_share: float = 0.75
    guard_min_chars: int = 200
    segment: str = "auto"
    auto: AutoSettings = field(default_factory=AutoSettings)
