"""Plain data types that flow through the pipeline: hits, segments, articles.

Every stage returns new values and never mutates its input. All types are
frozen dataclasses so they can be shared between workers and compared in tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a rule does; one function per kind lives in `cleaner.engine.kinds`."""

    EDGE_TRIM = "edge-trim"
    LINE_DROP = "line-drop"
    SPAN_DROP = "span-drop"
    BLOCK_UNTIL = "block-until"
    FOOTER_CUT = "footer-cut"
    REPAIR = "repair"
    VIDEO_EMBED = "video-embed"
    TITLE_LINE = "title-line"
    SEGMENT_BOUNDARY = "segment-boundary"
    SEGMENT_CUE = "segment-cue"
    HTML_DROP = "html-drop"
    LINE_MODEL = "line-model"
    ENCODING = "encoding"


class Scope(StrEnum):
    """Where a text rule runs: on the whole page before segmentation, or per article."""

    PAGE = "page"
    ARTICLE = "article"


class Role(StrEnum):
    """An article is the page's own (`main`) or spillover from elsewhere (`related`)."""

    MAIN = "main"
    RELATED = "related"


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One change made to a text, attributable to a rule.

    Offsets are *sequential*: `start`/`end` index the text as it was just before
    this hit was applied, so replaying the hits in order with `replay` rebuilds
    the output exactly (see `cleaner.engine.edits.replay`).
    """

    rule_id: str
    kind: Kind
    start: int
    end: int
    removed: str
    inserted: str = ""
    #: Why, where the rule's pattern does not say it (a line model's score and its top features).
    note: str = ""

    @property
    def chars_removed(self) -> int:
        """Characters the hit took out, net of what it put in (0 for a repair that lengthens)."""
        return max(0, len(self.removed) - len(self.inserted))


@dataclass(frozen=True, slots=True)
class CueScore:
    """One piece of evidence for an article start: the cue (rule id or `auto.*`), its weight, the line."""

    name: str
    weight: float
    line: str


@dataclass(frozen=True, slots=True)
class SplitDecision:
    """The layout-agnostic segmenter's verdict on one candidate headline (see cleaner.autosegment).

    `offset` indexes the text the segmenter saw (the page, or the segment a rule cut);
    `top` is a headline at the very top, whose header is taken but which cuts nothing.
    """

    offset: int
    title: str | None
    score: float
    threshold: float
    cues: tuple[CueScore, ...]
    accepted: bool
    top: bool = False
    #: Not a start: the furniture after the last story ("Read more", a separator), cut like a header.
    tail: bool = False


@dataclass(frozen=True, slots=True)
class Segment:
    """One article found on a page, after the rules ran on it.

    `raw` is the article's text as the segmenter cut it from the page; `hits`
    turn `raw` into `text` when replayed.
    """

    position: int
    raw: str
    text: str
    title: str | None
    meta: Mapping[str, str]
    role: Role
    hits: tuple[RuleHit, ...] = ()


@dataclass(frozen=True, slots=True)
class Document:
    """One input page and what cleaning made of it.

    `html_hits` are the elements html-drop rules removed before extraction (an
    HTML page's `original` is the extracted text); `page_hits` turn `original`
    into `page_text` (encoding repair, page-scope rules); `boundary_hits` are the segment headers cut out of `page_text`
    (offsets into `page_text`); `segments` are the articles in page order.
    """

    id: str
    original: str
    page_text: str
    meta: Mapping[str, Any]
    page_hits: tuple[RuleHit, ...] = ()
    boundary_hits: tuple[RuleHit, ...] = ()
    segments: tuple[Segment, ...] = ()
    html_hits: tuple[RuleHit, ...] = ()
    #: Set when the over-deletion guard stepped in: {"reason": ..., "rules": [...]}.
    guard: Mapping[str, Any] | None = None
    #: Rules whose pattern ran out of time on this page (the page was cleaned without them).
    timeouts: tuple[str, ...] = ()
    #: Every candidate article start the layout-agnostic segmenter weighed, accepted or not.
    splits: tuple[SplitDecision, ...] = ()

    def all_hits(self) -> tuple[RuleHit, ...]:
        """Every hit on the page: HTML elements, page stage, headers, then per article."""
        article_hits = tuple(h for s in self.segments for h in s.hits)
        return self.html_hits + self.page_hits + self.boundary_hits + article_hits


@dataclass(frozen=True, slots=True)
class Article:
    """One output record: a clean, standalone article with its provenance."""

    source_id: str
    segment: int
    title: str | None
    text: str
    meta: Mapping[str, Any] = field(default_factory=dict)
    hits: tuple[RuleHit, ...] = ()

    @property
    def id(self) -> str:
        return f"{self.source_id}#{self.segment}"

    @property
    def role(self) -> str:
        return str(self.meta.get("role", Role.MAIN.value))

    def to_record(self, with_text: bool = True) -> dict[str, Any]:
        """The JSON record written for this article (`text` left out for manifests)."""
        record: dict[str, Any] = {
            "id": self.id,
            "source_id": self.source_id,
            "segment": self.segment,
            "title": self.title,
        }
        if with_text:
            record["text"] = self.text
        record["meta"] = dict(self.meta)
        return record

    def render(self) -> str:
        """The article as a standalone text: headline, blank line, body."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text
