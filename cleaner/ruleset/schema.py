"""The rule model: what a rule file may say, as plain frozen data.

The loader turns YAML into these types and rejects anything outside them;
the compiler turns them into compiled patterns. Keys allowed per kind are
listed here once, so the loader's error messages and the docs agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cleaner.types import Kind, Role, Scope

COMMON_KEYS = ("id", "kind", "description", "scope", "flags", "examples", "todo", "protect", "learned", "support")

#: The keys each kind adds to COMMON_KEYS, and which of them are required
#: (a tuple inside means "one of these").
KIND_KEYS: dict[Kind, tuple[str, ...]] = {
    Kind.EDGE_TRIM: ("prose", "min_run", "keep_before"),
    Kind.LINE_DROP: ("match", "phrases", "prev", "next", "isolated", "from_end"),
    Kind.SPAN_DROP: ("match", "from_end"),
    Kind.BLOCK_UNTIL: ("start", "until", "max_lines", "max_chars"),
    Kind.FOOTER_CUT: ("match", "max_chars"),
    Kind.REPAIR: ("match", "replace"),
    Kind.VIDEO_EMBED: ("timestamp", "max_title_words"),
    Kind.TITLE_LINE: ("match", "next"),
    Kind.SEGMENT_BOUNDARY: ("header", "role", "split", "not_first", "date_order"),
    Kind.HTML_DROP: ("select", "xpath", "max_share", "max_text", "articles_only"),
    Kind.SEGMENT_CUE: ("match", "cue", "weight", "date_order", "multi_article_only"),
    Kind.LINE_MODEL: ("model", "threshold", "max_share", "min_lines"),
}
REQUIRED_KEYS: dict[Kind, tuple[str | tuple[str, ...], ...]] = {
    Kind.EDGE_TRIM: ("prose",),
    Kind.LINE_DROP: (("match", "phrases"),),
    Kind.SPAN_DROP: ("match",),
    Kind.BLOCK_UNTIL: ("start",),
    Kind.FOOTER_CUT: ("match",),
    Kind.REPAIR: ("match", "replace"),
    Kind.VIDEO_EMBED: (),
    Kind.TITLE_LINE: ("match",),
    Kind.SEGMENT_BOUNDARY: ("header",),
    Kind.HTML_DROP: (("select", "xpath"),),
    Kind.SEGMENT_CUE: ("match", "cue"),
    Kind.LINE_MODEL: ("model",),
}
EXAMPLE_KEYS = ("in", "out", "title", "segments", "cue", "note")
#: What a segment-cue line is to the article it belongs to (see cleaner.autosegment):
#: the headline itself; header lines around it; or furniture ending the item before.
CUE_TYPES = (
    "headline",
    "heading",
    "loose-headline",
    "kicker",
    "byline",
    "dateline",
    "time",
    "source",
    "separator",
    "read-more",
    "trailer",
)
FLAG_NAMES = ("ignorecase", "multiline", "dotall", "verbose")
FILE_KEYS = ("rules", "site", "description")
SITE_KEYS = ("domains", "detect", "field", "all")
SPLIT_MODES = ("none", "lines")
DATE_ORDERS = ("dmy", "mdy", "ymd")

#: Kinds that only make sense on the whole page or on one article.
DEFAULT_SCOPE: dict[Kind, Scope] = {k: Scope.ARTICLE for k in Kind}
DEFAULT_SCOPE[Kind.SEGMENT_BOUNDARY] = Scope.PAGE
DEFAULT_SCOPE[Kind.HTML_DROP] = Scope.PAGE
DEFAULT_SCOPE[Kind.SEGMENT_CUE] = Scope.PAGE


@dataclass(frozen=True, slots=True)
class Example:
    """Text a rule must change (`out` given) or leave alone (`out` absent).

    For `title-line` rules `title` is the headline the rule must find; for
    `segment-boundary` rules `segments` lists the articles expected, each a
    mapping with optional `title`, `meta`, `role` and `text`; for `segment-cue`
    rules `cue` is what the line must yield (its named groups, e.g. author and
    date) when the rule must recognise it.
    """

    text_in: str
    text_out: str | None
    line: int
    title: str | None = None
    segments: tuple[Mapping[str, Any], ...] | None = None
    cue: Mapping[str, Any] | None = None

    @property
    def must_change(self) -> bool:
        return any(x is not None for x in (self.text_out, self.segments, self.title, self.cue))


@dataclass(frozen=True, slots=True)
class SiteScope:
    """When a site file's rules apply: the page's domain, a telltale in its text, a field of its
    record (`field: {source: "AP"}`: the record's `source`, top level or in its `meta`, is "AP"),
    or every page (`all: true`: rules `cleaner learn --whole-corpus` learned from a whole corpus)."""

    domains: tuple[str, ...] = ()
    detect: str | None = None
    fields: tuple[tuple[str, str], ...] = ()
    every_page: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule as written in a file, validated but not compiled."""

    id: str
    kind: Kind
    description: str
    file: str
    line: int
    scope: Scope
    flags: tuple[str, ...] = ()
    match: str | None = None
    phrases: tuple[str, ...] = ()
    prev: str | None = None
    next: str | None = None
    isolated: bool = False
    from_end: bool = False
    prose: str | None = None
    min_run: int = 8
    keep_before: int = 1
    start: str | None = None
    until: str = "end"
    max_lines: int = 40
    max_chars: int = 1500
    replace: str = ""
    timestamp: str = r"\d{1,2}:\d{2}(?::\d{2})?"
    max_title_words: int = 25
    header: str | None = None
    role: Role | None = None
    split: str = "none"
    not_first: int = 0
    date_order: str = "dmy"
    select: str | None = None
    xpath: str | None = None
    max_share: float = 0.4
    max_text: int = 0
    #: html-drop: taken only on a page that declares an article (`cleaner.html.declares_an_article`);
    #: on other pages (a forum thread, a guestbook) such elements are the page's own text.
    articles_only: bool = False
    cue: str = ""
    weight: float = 0.5
    #: segment-cue: weighed only on a page that has shown itself a multi-article page, where
    #: `AutoSettings.multi_article_starts` starts stood without any such rule (see cleaner.autosegment).
    multi_article_only: bool = False
    #: line-model: the model file (relative to the rule file), the score under which a line is
    #: furniture (None: the one the model file gives), and the least number of different lines
    #: it must find on a text to remove any.
    model: str | None = None
    threshold: float | None = None
    min_lines: int = 2
    examples: tuple[Example, ...] = ()
    todo: tuple[Example, ...] = ()
    #: Patterns this rule must never cut through: a removal that contains a match is not made.
    protect: tuple[str, ...] = ()
    site: SiteScope | None = None
    key_lines: Mapping[str, int] = field(default_factory=dict)
    #: Written by `cleaner learn` (not by hand), with the page counts it was learned from.
    learned: bool = False
    support: Mapping[str, int] = field(default_factory=dict)

    def where(self, key: str | None = None) -> int:
        """The line of `key` in the rule file, or of the rule itself."""
        return self.key_lines.get(key, self.line) if key else self.line
