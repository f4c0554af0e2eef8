"""Find where articles start on a page that no segment-boundary rule describes.

Digests, newsletters, archives, feeds and aggregator pages put stories one after
another in layouts nobody wrote a rule for. Every story start leaves evidence:
a headline-shaped line with prose under it, a byline, dateline or source line
under the headline, a kicker over it, a separator, a "Read more" link or a run
of boilerplate lines before it, a change of topic across it, and the same item
shape recurring down the page. `find_starts` weighs that evidence for every
headline-shaped line and cuts where the weights reach `AutoSettings.threshold`.
Each cue alone stays below it, so one weak cue (a sub-heading, a numbered list
item, an ad label) never splits an article; the topic test pulls the other
way, so a sub-heading inside one story needs more evidence than a headline
between two.

What a byline, a separator or a "Read more" line looks like is data: the
`segment-cue` rules (rules/cues.yaml), each with its `cue` type and `weight`.
What is measured here (topic, boilerplate runs, blank runs, setext underlines,
repetition) has its weight in `AutoSettings`.

>>> from cleaner import Cleaner
>>> rail = "Trains ran again on Monday after the union and the operator agreed on pay for two years. " * 4
>>> fair = "Farmers sold out of apples by noon as visitors queued for cider in the village square. " * 4
>>> page = (f"## Rail strike ends\\n*Reuters · 2 min read*\\n\\n{rail}\\n\\n[Read more](https://example.com/a)\\n\\n"
...         f"---\\n\\n## Harvest festival draws record crowds\\n*AP · 1 min read*\\n\\n{fair}\\n")
>>> [(a.title, a.meta["source"]) for a in Cleaner.from_rules().clean(page)]
[('Rail strike ends', 'Reuters'), ('Harvest festival draws record crowds', 'AP')]
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

import regex

from cleaner.config import AutoSettings
from cleaner.core import CORE, EnginePattern
from cleaner.memo import LineMemo
from cleaner.ruleset.compiler import CompiledRule, CueCandidates
from cleaner.ruleset.literals import Found
from cleaner.segment import RawSegment, named_groups, parse_date
from cleaner.types import CueScore, Kind, RuleHit, Segment, SplitDecision

#: The rule id of the headers the segmenter cuts out (its evidence is in `Document.splits`).
AUTO_RULE = "segment.auto"

#: Cue types that sit around a headline and belong to its header.
HEADER_CUES = frozenset({"kicker", "byline", "dateline", "time", "source"})
#: Cue types that close the item before a headline (the furniture between items).
GAP_CUES = frozenset({"separator", "read-more", "trailer"})
#: A text is double-spaced (see `_single_spaced`) when it has this many filled lines, and at most
#: this share of them run straight on into another.
DOUBLE_SPACED_LINES = 12
DOUBLE_SPACED_SHARE = 0.02
#: A labelled field on a line of its own: "URL: https://…", "- **Saved:** 2024-11-08", "tags:".
FIELD = regex.compile(
    r"(?:[-*•][ \t]+)?(?:\*\*)?\p{L}[\p{L}\p{M}. _-]{0,24}(?:\*\*)?[ \t]*:(?:\*\*)?(?:[ \t]+\S[^\n]{0,200})?"
)
#: An item of a field's list in a record: "- politics", "  * data".
LIST_ITEM = regex.compile(r"[-*•][ \t]+[^\n]{1,60}")
#: Cue types that are the headline line itself.
HEADLINE_CUES = frozenset({"headline", "heading", "loose-headline"})
#: A headline that ends like a sentence ("They just might be."): a candidate only where the
#: layout marks it with furniture or boilerplate above it, or header lines around it.
LOOSE = "loose-headline"
#: Named groups a cue may carry into the article's meta.
META_KEYS = ("source", "date", "author", "section", "url")


# Counted on every line: run by the compiled core where it is built (see EnginePattern).
WORD = EnginePattern(r"\w+")
LONG_WORD = EnginePattern(r"\w{4,}")
UNSPACED = EnginePattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")  # (none below U+1100: see `unspaced`)
#: A sentence's end, as `ends_sentence` reads it (the pattern is its specification, in the tests).
SENTENCE_END = regex.compile(r"[.!?。！？…]['\"”’)\]]*$")
#: What `ends_sentence` reads: a sentence's last mark, and what may close it after.
SENTENCE_MARKS = frozenset(".!?。！？…")
SENTENCE_CLOSERS = "'\"”’)]"
UNDERLINE = regex.compile(r"^(?:=+|-+)$")
NUMBERED = regex.compile(r"(\d{1,3})[.)][ \t]")

# Function words of four letters or more (shorter words are never counted) in English, German,
# French and Spanish: sharing them says nothing about sharing a topic.
STOP_WORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "also",
        "although",
        "among",
        "another",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "could",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "just",
        "last",
        "like",
        "made",
        "make",
        "many",
        "more",
        "most",
        "much",
        "must",
        "never",
        "only",
        "other",
        "over",
        "said",
        "same",
        "says",
        "should",
        "since",
        "some",
        "still",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "upon",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "would",
        "your",
        "year",
        "years",
        "told",
        "according",
        "people",
        "time",
        "aber",
        "alle",
        "allem",
        "also",
        "auch",
        "beim",
        "bereits",
        "dann",
        "dass",
        "denn",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "doch",
        "durch",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "gegen",
        "habe",
        "haben",
        "hatte",
        "hier",
        "ihre",
        "immer",
        "jetzt",
        "kann",
        "keine",
        "mehr",
        "muss",
        "nach",
        "noch",
        "nicht",
        "oder",
        "ohne",
        "schon",
        "sein",
        "sich",
        "sind",
        "soll",
        "sowie",
        "über",
        "unter",
        "viel",
        "vom",
        "wann",
        "warum",
        "weil",
        "wenn",
        "werden",
        "wird",
        "wurde",
        "wurden",
        "zwischen",
        "aussi",
        "avec",
        "avoir",
        "cette",
        "comme",
        "dans",
        "depuis",
        "elle",
        "elles",
        "encore",
        "entre",
        "était",
        "être",
        "leur",
        "leurs",
        "mais",
        "même",
        "notre",
        "nous",
        "pour",
        "plus",
        "sans",
        "selon",
        "sont",
        "sous",
        "tous",
        "tout",
        "très",
        "votre",
        "vous",
        "ahora",
        "algo",
        "ante",
        "antes",
        "cada",
        "como",
        "con",
        "contra",
        "cual",
        "cuando",
        "desde",
        "donde",
        "durante",
        "ella",
        "ellos",
        "entre",
        "esta",
        "este",
        "esto",
        "estos",
        "había",
        "hace",
        "hasta",
        "para",
        "pero",
        "poco",
        "porque",
        "puede",
        "sido",
        "sobre",
        "solo",
        "también",
        "tiene",
        "todo",
        "todos",
        "tras",
        "una",
        "unas",
        "unos",
    ]
)


class Line:
    """One line of the segment and what it is. Read-only by convention: `changed` gives a copy.

    A plain class rather than a frozen dataclass: `classify` makes one for every line of every
    page it reads, and where the module runs compiled (cleaner.compiled) this `__init__` is
    compiled with it, where a dataclass's generated one is not (0.05 microseconds a line against
    2.4; from source, 1 against 2.8).
    """

    __slots__ = (  # noqa: RUF023 (in the order of __init__'s arguments, which __repr__ shows)
        "start",
        "end",
        "text",
        "junk",
        "cue",
        "groups",
        "headline",
        "headline_groups",
        "sentence",
        "underlined",
        "underline",
    )

    def __init__(
        self,
        start: int,
        end: int,  # past the line's newline
        text: str,  # stripped
        junk: bool,
        cue: CompiledRule | None = None,
        groups: Mapping[str, str] | None = None,
        headline: CompiledRule | None = None,  # the headline, heading or loose-headline cue the line matches
        headline_groups: Mapping[str, str] | None = None,
        sentence: bool = False,  # shaped like body text (see `_reads_as_prose`)
        underlined: bool = False,  # the next line underlines it (setext heading)
        underline: bool = False,  # this line underlines the one before
    ) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.junk = junk
        self.cue = cue
        self.groups: Mapping[str, str] = {} if groups is None else groups
        self.headline = headline
        self.headline_groups: Mapping[str, str] = {} if headline_groups is None else headline_groups
        self.sentence = sentence
        self.underlined = underlined
        self.underline = underline

    def changed(self, **fields: Any) -> Line:
        """A copy of the line with `fields` set (as `dataclasses.replace` would make)."""
        copy = Line(
            self.start,
            self.end,
            self.text,
            self.junk,
            self.cue,
            self.groups,
            self.headline,
            self.headline_groups,
            self.sentence,
            self.underlined,
            self.underline,
        )
        for name, value in fields.items():
            setattr(copy, name, value)
        return copy

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Line({fields})"

    @property
    def blank(self) -> bool:
        return not self.text

    @property
    def cue_type(self) -> str | None:
        return self.cue.rule.cue if self.cue is not None else None

    @property
    def prose(self) -> bool:
        """Body text: a long line or a sentence, that is neither boilerplate nor a cue."""
        return self.sentence and not (self.junk or self.cue is not None or self.underline)


@dataclass(frozen=True, slots=True)
class Start:
    """An article start found on a segment: its header span, what it says, and the evidence."""

    cut: int  # where the previous article ends (its trailing furniture goes with the header)
    end: int  # where this article's body begins
    title: str | None
    meta: Mapping[str, str]
    decision: SplitDecision
    #: The layout marks it with a line of its own (a header, heading, underline, dateline or
    #: furniture line), not only with boilerplate and the statistical cues.
    marked: bool = True


SLUG_SPLIT = regex.compile(r"[^\p{L}\p{N}]+")
#: URL words that name no story: file types, site sections, routing.
URL_NOISE = frozenset(
    [
        "html",
        "htm",
        "php",
        "asp",
        "aspx",
        "amp",
        "www",
        "com",
        "org",
        "net",
        "index",
        "article",
        "articles",
        "story",
        "stories",
        "news",
        "post",
        "posts",
        "blog",
        "page",
        "view",
        "item",
        "content",
        "index_html",
    ]
)


def page_names(meta: Mapping[str, object]) -> frozenset[str]:
    """The words the page uses to name its own story: its URL's last path segment with words (the
    slug) and its title, when it has them.

    >>> sorted(page_names({"url": "https://x.example/2019/11/plague-in-china-the-third-case.html"}))
    ['case', 'china', 'plague', 'third']
    """
    names: set[str] = set()
    url = meta.get("url")
    if isinstance(url, str):
        path = url.split("?", 1)[0].split("#", 1)[0].rstrip("/")
        for segment in reversed(path.split("/")[3:] if "//" in path else path.split("/")):
            words = [w for w in SLUG_SPLIT.split(segment.casefold()) if len(w) >= 4 and not w.isdigit()]
            words = [w for w in words if w not in URL_NOISE and w not in STOP_WORDS]
            if len(words) >= 3:
                names.update(words)
                break
    title = meta.get("title")
    if isinstance(title, str):
        names.update(w for w in _content_words(title) if w not in URL_NOISE)
    return frozenset(names)


#: How much of a piece's start (its headline and first lines) is searched for the page's name.
NAMED_WINDOW = 2000


#: A line cut short with an ellipsis: the excerpt of a teaser ("... Realtek Bluetooth...").
TRUNCATED = regex.compile(r"(?:\.\.\.|…)\s*[\]\)»”\"']?$")


def teaser_list(text: str) -> bool:
    """Whether `text` reads as a list of teasers rather than a story: at least two of its lines,
    and a third of them, are excerpts cut short with an ellipsis.

    (On the dev sets no true article, of 947, reads so; the "more stories" box closing a page does.)

    >>> teaser_list("Windows 10 Update\\nMicrosoft removes the hold for...\\nAirPods Pro\\nThe AirPods Pro feat...")
    True
    >>> teaser_list("He paused... and went on.\\nThe rest of the story is told here in full.\\nIt ends.")
    False
    """
    lines = [line for line in text.split("\n") if line.strip()]
    cut = sum(1 for line in lines if TRUNCATED.search(line.strip()))
    return cut >= 2 and 3 * cut >= len(lines)


def named_story(
    names: frozenset[str], pieces: Sequence[str], strong: float = 0.5, weak: float = 0.3, margin: float = 0.25
) -> int | None:
    """The piece the page's own name points to, or None.

    A piece is named when its headline and first lines (`NAMED_WINDOW` characters) hold `strong`
    of the name words. The
    page's story is the named piece with the most text, if it is the longest piece and
    every other piece is unnamed (under `weak`), named less by `margin`, or under a third
    of its length (a comment section or a teaser that repeats the headline). None when
    the name has under 3 words or singles out no piece: then no piece is set aside.

    A single-article page often carries other stories' teasers, a bio, a promo or comments
    after the story; the segmenter may cut them apart, and the one the page names is its
    article.

    >>> names = frozenset({"plague", "china", "third"})
    >>> named_story(names, ["Third plague case in China. Officials said... " * 9, "About the author"])
    0
    """
    if len(names) < 3:
        return None
    shares = []
    for text in pieces:
        head = text[:NAMED_WINDOW]
        words = set(_content_words(head)) | {w.casefold() for w in WORD.findall(head)}
        shares.append(len(names & words) / len(names))
    named = [i for i, share in enumerate(shares) if share >= strong]
    if not named:
        return None
    own = max(named, key=lambda i: (len(pieces[i]), -i))
    if any(len(piece) > len(pieces[own]) for piece in pieces):
        return None  # a longer piece the page does not name: no telling which is the page's story
    for i, share in enumerate(shares):
        if i == own or not pieces[i].strip() or 3 * len(pieces[i]) < len(pieces[own]):
            continue  # a much shorter piece: a teaser or comments that repeat the headline
        if share >= weak and share > shares[own] - margin:
            return None
    return own


def removed_lines(text: str, hits: Sequence[RuleHit]) -> frozenset[int]:
    """The indexes of the lines of `text` (split at "\\n") that `hits` remove whole, headline takes aside.

    Hits are sequential (each indexes the text as the one before left it): they are replayed on
    a piece table of the original's spans, and a line is removed when none of its visible
    characters is in a span that is left.

    >>> hits = [RuleHit("ads", Kind.LINE_DROP, 4, 18, "Advertisement\\n")]
    >>> sorted(removed_lines("One\\nAdvertisement\\nTwo", hits))
    [1]
    """
    if not hits:
        return frozenset()
    # The current text as pieces: (original start, original end), or (-1, length) for inserted text.
    pieces: list[tuple[int, int]] = [(0, len(text))]
    kept: list[tuple[int, int]] = []  # spans of a headline taken aside: not boilerplate
    for hit in hits:
        pieces, cut = _cut(pieces, hit.start, hit.end, len(hit.inserted))
        if hit.kind is Kind.TITLE_LINE:
            kept.extend(cut)
    alive = sorted([p for p in pieces if p[0] >= 0] + kept)
    removed = set()
    start, span = 0, 0
    for index, line in enumerate(text.split("\n")):
        end = start + len(line)
        if line.strip():
            while span < len(alive) and alive[span][1] <= start:
                span += 1
            visible = False
            probe = span
            while probe < len(alive) and alive[probe][0] < end:
                a, b = max(alive[probe][0], start), min(alive[probe][1], end)
                if a < b and text[a:b].strip():
                    visible = True
                    break
                probe += 1
            if not visible:
                removed.add(index)
        start = end + 1
    return frozenset(removed)


def _cut(
    pieces: list[tuple[int, int]], start: int, end: int, inserted: int
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The piece table with [start, end) of the current text replaced by `inserted` new characters,
    and the original spans that were cut out."""
    out: list[tuple[int, int]] = []
    cut: list[tuple[int, int]] = []
    position = 0
    placed = False
    for origin, other in pieces:
        length = other - origin if origin >= 0 else other
        piece_start, piece_end = position, position + length
        position = piece_end
        if piece_end <= start or piece_start >= end:
            if piece_start >= end and not placed:
                if inserted:
                    out.append((-1, inserted))
                placed = True
            out.append((origin, other))
            continue
        # The piece overlaps [start, end): keep its parts outside.
        if piece_start < start:
            out.append((origin, origin + start - piece_start) if origin >= 0 else (-1, start - piece_start))
        if not placed:
            if inserted:
                out.append((-1, inserted))
            placed = True
        a, b = max(start, piece_start), min(end, piece_end)
        if origin >= 0 and a < b:
            cut.append((origin + a - piece_start, origin + b - piece_start))
        if piece_end > end:
            out.append((origin + end - piece_start, other) if origin >= 0 else (-1, piece_end - end))
    if not placed and inserted:
        out.append((-1, inserted))
    return out, cut


#: What the cue rules say of one stripped line: (cue, its groups, headline cue, its groups, reads as prose).
LineCues = tuple[CompiledRule | None, Mapping[str, str], CompiledRule | None, Mapping[str, str], bool]
NO_CUES: Mapping[str, str] = {}
#: A pattern not yet asked of a line (see `_line_cues`).
NOT_ASKED = object()
#: Lines this far from a headline are not tested against the cue rules other than headlines.
CUE_REACH = 16


def classify(
    text: str,
    cues: Sequence[CompiledRule],
    junk: Collection[int],
    found: Found | None,
    settings: AutoSettings,
    memo: LineMemo[str, LineCues] | None = None,
    candidates: CueCandidates | None = None,
) -> list[Line]:
    """Every line of `text` (split at "\\n"; on a double-spaced text, less one blank line of each
    run, see `_single_spaced`) with its cue (the first matching rule in file order, the
    rules weighed only on multi-article pages after the others) and whether it is boilerplate (its
    index is in `junk`: the article rules remove it whole).

    Cue lines only matter near a headline: the headline rules run on every line, the others
    only within `CUE_REACH` lines of a headline and at the end of the text (a cue line elsewhere
    is left unmarked). `found` gives each line's rule literals, to skip rules whose literals a
    line lacks (None: try them all). `memo` remembers what the rules say of a line's text (the
    same rule set must use the same memo): corpora repeat their furniture lines on every page.
    `candidates` (built for these `cues`) says which rules may match a line at all, so that only
    those are asked.
    """
    raw_lines = text.split("\n")
    ask = _CueAsker(cues, candidates)
    cues, headline_rules, other_rules = ask.ordered, ask.headline_rules, ask.other_rules
    stripped_lines = [raw.strip() for raw in raw_lines]
    said: list[LineCues | None] = [None] * len(raw_lines)
    near: set[int] = set(range(max(0, len(raw_lines) - CUE_REACH), len(raw_lines)))
    for index, stripped in enumerate(stripped_lines):
        if not stripped:
            continue
        known = memo.get(stripped) if memo is not None else None
        if known is None:
            if (stripped[-1] in ".,;:" or stripped.count(" ") > 40) and stripped[0] != "#" and ":" not in stripped[:16]:
                continue  # ends like a sentence, or too long: no headline (other cues: tried if one is near)
            present = found.line(index) if found is not None else None
            known = _line_cues(stripped, headline_rules, present, settings, ask=ask)
        said[index] = known  # a full verdict from the memo, or the headline rules' alone
        if known[2] is not None:
            near.update(range(max(0, index - CUE_REACH), min(len(raw_lines), index + CUE_REACH)))
    lines: list[Line] = []
    position = 0
    for index, (raw, stripped) in enumerate(zip(raw_lines, stripped_lines, strict=True)):
        start = position
        position += len(raw) + (1 if index < len(raw_lines) - 1 else 0)
        if not stripped:
            lines.append(Line(start, position, stripped, False))
            continue
        verdict = memo.get(stripped) if memo is not None else None
        if verdict is None and index in near:
            present = found.line(index) if found is not None else None
            prior = said[index]
            verdict = _line_cues(stripped, cues if prior is None else other_rules, present, settings, prior, ask)
            if memo is not None:
                memo.remember(stripped, verdict, len(stripped))
        if verdict is None:
            verdict = said[index] or (None, NO_CUES, None, NO_CUES, reads_as_prose(stripped))
        cue, groups, headline, headline_groups, sentence = verdict
        lines.append(Line(start, position, stripped, index in junk, cue, groups, headline, headline_groups, sentence))
    return _mark_underlines(_single_spaced(lines))


#: The cue rules in the order `classify` asks them, its headline rules, the others, and per rule
#: (of those given) its (rank in that order, whether it is a headline rule), or None.
_CueOrder = tuple[list[CompiledRule], list[CompiledRule], list[CompiledRule], list[tuple[int, bool] | None]]


class _CueAsker:
    """The cue rules `classify` asks of a line, in its order (`ordered`: the headline rules weigh
    loose headlines by context, and the rules weighed only on multi-article pages come last), and
    with `CueCandidates` built for the same rules, only those that may match the line at all. What
    a line may match is kept for its next question (headline rules first, the others later)."""

    def __init__(self, cues: Sequence[CompiledRule], candidates: CueCandidates | None) -> None:
        self.candidates = candidates if candidates is not None and candidates.rules is cues else None
        known: _CueOrder | None = self.candidates.derived.get("classify") if self.candidates is not None else None
        if known is None:
            known = self._order(cues)
            if self.candidates is not None:
                self.candidates.derived["classify"] = known
        self.ordered, self.headline_rules, self.other_rules, self.placed = known
        self.said: dict[str, Any] = {}

    @staticmethod
    def _order(cues: Sequence[CompiledRule]) -> _CueOrder:
        """The rules in the order they are asked, its headline rules and the others, and per rule
        of `cues` its (rank in that order, whether it is a headline rule), or None (a loose one)."""
        ordered = [rule for rule in cues if rule.rule.cue != LOOSE]  # weighed by context: see `_mark_loose`
        # A line that a rule weighed everywhere marks keeps that rule's cue (see `find_starts`).
        ordered.sort(key=lambda rule: rule.rule.multi_article_only)
        headline_rules = [rule for rule in ordered if rule.rule.cue in HEADLINE_CUES]
        other_rules = [rule for rule in ordered if rule.rule.cue not in HEADLINE_CUES]
        rank = {id(rule): position for position, rule in enumerate(ordered)}
        placed = [(rank[id(rule)], rule.rule.cue in HEADLINE_CUES) if id(rule) in rank else None for rule in cues]
        return ordered, headline_rules, other_rules, placed

    def among(self, line: str, present: frozenset[str] | None, rules: Sequence[CompiledRule]) -> Sequence[CompiledRule]:
        """Those of `rules` (`ordered`, its headline rules or the others) that may match all of
        `line`, which holds the rule literals `present`."""
        if self.candidates is None or present is None:
            return rules
        positions = self.said.get(line, NOT_ASKED)
        if positions is NOT_ASKED:
            positions = self.said[line] = self.candidates.of(line, present)
        if positions is None:
            return rules
        headline = None if rules is self.ordered else rules is self.headline_rules
        ranks = sorted(
            placed[0]
            for placed in map(self.placed.__getitem__, positions)
            if placed is not None and (headline is None or placed[1] is headline)
        )
        return [self.ordered[rank] for rank in ranks]


def _line_cues(
    stripped: str,
    cues: Sequence[CompiledRule],
    present: frozenset[str] | None,
    settings: AutoSettings,
    headlines: LineCues | None = None,
    ask: _CueAsker | None = None,
) -> LineCues:
    """The cue rules' verdict on one line (`present`: the rule literals it holds, to skip the others;
    `headlines`: the verdict of the headline rules, already asked, which `cues` then leaves out;
    `ask`: which of `cues`, the rules it orders or a part of them, may match the line at all).
    Equal patterns (one object: see `PatternCache`) are asked once."""
    reads = reads_as_prose(stripped) if headlines is None else headlines[4]
    if len(stripped) > settings.max_cue_chars or (len(stripped) >= 100 and ends_sentence(stripped)):
        return None, NO_CUES, None, NO_CUES, reads  # a long sentence is neither a headline nor a cue line
    if ask is not None:
        cues = ask.among(stripped, present, cues)
    cue, groups, headline, headline_groups = None, NO_CUES, None, NO_CUES
    if headlines is not None:
        headline, headline_groups = headlines[2], headlines[3]
    asked: dict[int, Any] = {}
    for rule in cues:
        if present is not None and rule.needs is not None and rule.needs.isdisjoint(present):
            continue
        is_headline = rule.rule.cue in HEADLINE_CUES
        if (headline if is_headline else cue) is not None:
            continue
        m = asked.get(id(rule.pattern), NOT_ASKED)
        if m is NOT_ASKED:
            m = asked[id(rule.pattern)] = rule.pattern.fullmatch(stripped)
        if m is None:
            continue
        named = named_groups(m)
        if is_headline:
            headline, headline_groups = rule, named
        else:
            cue, groups = rule, named
    return cue, groups, headline, headline_groups, reads


def ends_sentence(text: str) -> bool:
    """Whether `text` ends like a sentence: `SENTENCE_END.search(text)`, read without a regex (the
    marks and closers are disjoint sets, and `$` also matches before a final line break).

    >>> ends_sentence("It rained."), ends_sentence('He said "no."\\n'), ends_sentence("Rain")
    (True, True, False)
    """
    body = text[:-1] if text.endswith("\n") else text
    return body.rstrip(SENTENCE_CLOSERS)[-1:] in SENTENCE_MARKS


def unspaced(text: str) -> bool:
    """Whether `text` holds a character of a script written without spaces (`UNSPACED`). None of
    them is ASCII, and str.isascii costs nothing: a pure-ASCII text is answered without a search.

    >>> unspaced("Prices rose."), unspaced("“Prices” rose."), unspaced("価格が上がった。")
    (False, False, True)
    """
    return not text.isascii() and UNSPACED.search(text) is not None


def reads_as_prose(text: str) -> bool:
    """Body text by its shape: a long line of words, or a sentence (a dozen characters of an unspaced
    script, ending in its punctuation or 40 long). A long line of few words (a link, a file name, a
    code) is no prose, nor is an address or a phone line holding a few Chinese characters.

    >>> reads_as_prose("権利者の意思に基づくことなく、もとの商品を小分けにして販売するような行為は、")
    True
    >>> reads_as_prose("東京都千代田区岩本町二丁目6番2号大和ビル8階"), reads_as_prose("【TEL】 03-5809-2727(代表)")
    (False, False)
    """
    if unspaced(text):
        # A sentence of an unspaced script: a dozen of its characters, ending in its punctuation or
        # running on for 40 (an address or a phone line with a few of them is no prose).
        return len(UNSPACED.findall(text)) >= 12 and (len(text) >= 40 or text[-1] in "。！？、」』）.!?")
    if len(text) >= 80:
        return text.count(" ") >= 4
    return ends_sentence(text) and text.count(" ") >= 4


def _mark_loose(lines: list[Line], rules: Sequence[CompiledRule]) -> list[Line]:
    """Mark the loose headlines: a line that ends like a sentence is a headline only where the layout
    sets it apart, with boilerplate or furniture right above it and prose right under it (the
    `loose-headline` rules say which such lines are shaped like one). Decided here, by context,
    and never remembered with the line's text."""
    if not rules:
        return lines
    above: Line | None = None
    for index, line in enumerate(lines):
        if line.blank:
            continue
        if line.headline is None and line.cue is None and not line.junk and line.text[-1] == ".":
            below = _next_filled(lines, index + 1)
            # (A byline or a time above it heads the story it opens: the line is that story's first.)
            marked_above = above is not None and (
                above.cue_type in GAP_CUES | {"kicker"} or (above.junk and above.cue_type not in HEADER_CUES)
            )
            header_below = below is not None and below.cue_type in HEADER_CUES
            if (marked_above and below is not None and below.prose) or header_below:
                rule = next((r for r in rules if r.pattern.fullmatch(line.text)), None)
                if rule is not None:
                    lines[index] = line = line.changed(headline=rule)
        above = line
    return lines


def _next_filled(lines: Sequence[Line], index: int) -> Line | None:
    """The first non-blank line from `index` on, if any."""
    while index < len(lines) and lines[index].blank:
        index += 1
    return lines[index] if index < len(lines) else None


def _mark_underlines(lines: list[Line]) -> list[Line]:
    """A line of = or - right under a short text line underlines it (a setext heading)."""
    for index in range(1, len(lines)):
        line, above = lines[index], lines[index - 1]
        heading = above.cue is None and above.headline is not None and not above.junk
        if UNDERLINE.match(line.text) and heading and len(above.text) <= 200:
            lines[index - 1] = above.changed(underlined=True)
            lines[index] = line.changed(underline=True, cue=None)
    return lines


def find_starts(
    text: str,
    cues: Sequence[CompiledRule],
    junk: Collection[int],
    found: Found,
    settings: AutoSettings,
    inner: bool = False,
    memo: LineMemo[str, LineCues] | None = None,
    whole_page: bool = True,
    cue_candidates: CueCandidates | None = None,
) -> tuple[list[Start], list[SplitDecision]]:
    """The article starts on `text`, and every candidate weighed (for `cleaner explain`).

    A start at the top of the text cuts nothing; it is returned when its header
    evidence alone reaches the threshold, so that its header lines (a byline,
    a source line) leave the text and become metadata. `inner`: the text is a
    segment a rule already cut, and needs `inner_extra` more evidence. `whole_page`: the text is a
    page as scraped, not the main content an extractor chose from HTML (which is one page's story
    far more often): only then are headlines the layout does not mark weighed at all (see
    `_unmarked_alone`), and does a start that stands lend the others `multi_page`. `cue_candidates`:
    which of `cues` to ask of a line (see `classify`).
    """
    classified = classify(text, cues, junk, found, settings, memo, cue_candidates)
    loose = [r for r in cues if r.rule.cue == LOOSE]
    names = _Names(classified)  # (both readings share what depends on a line's text alone)
    known: dict[str, tuple[str, ...]] = {}
    gated = {r.id for r in cues if r.rule.multi_article_only}
    relaxed = settings.multi_story_chars != settings.min_story_chars
    if not (gated or settings.anchor or relaxed):
        lines = _mark_loose(classified, loose)
        candidates, decisions = _scored(lines, cues, settings, inner, whole_page, names, known)
        return _chosen(lines, candidates, decisions, cues, settings, inner, whole_page, known)
    # First without the cues a single article's chrome could satisfy (and with the stricter least
    # story): only a page that shows itself a multi-article page without them gets them.
    plain = [_without_cues(line, gated) for line in classified] if gated else list(classified)
    plain = _mark_loose(plain, [r for r in loose if r.id not in gated])
    strict = settings if settings.anchor == 0.0 else replace(settings, anchor=0.0)
    candidates, decisions = _scored(plain, cues, strict, inner, whole_page, names, known)
    first = _chosen(plain, candidates, decisions, cues, strict, inner, whole_page, known)
    if sum(d.accepted and not d.top for d in first[1]) < settings.multi_article_starts and not _gated_repeats(
        classified, gated, settings
    ):
        return first
    full = _mark_loose(classified, loose)
    shown = replace(settings, min_story_chars=settings.multi_story_chars)
    if not settings.anchor and all(a is b for a, b in zip(plain, full, strict=True)):
        # No line holds what the first reading left out: its scores stand, weighed anew where a
        # story was too short for the stricter reading.
        if not relaxed or not any(_refused_as(d, "auto.short-story") for d in first[1]):
            return first
        return _chosen(plain, candidates, decisions, cues, shown, inner, whole_page, known)
    candidates, decisions = _scored(full, cues, shown, inner, whole_page, names, known)
    return _chosen(full, candidates, decisions, cues, shown, inner, whole_page, known)


def _gated_repeats(lines: Sequence[Line], gated: Collection[str], settings: AutoSettings) -> bool:
    """Whether one cue rule weighed only on multi-article pages marks `gated_repeats` or more lines right
    under a headline-shaped line and right over prose: the same header, story after story (a
    "date · author" line under each post of a blog's front page), shows the page a multi-article
    page by itself. (A box of links, a headline and its date after another, has no story under
    each: a single article's sidebar does not count.)"""
    if not gated or not settings.gated_repeats:
        return False
    counts: Counter[str] = Counter()
    filled = [line for line in lines if not line.blank]
    for above, line, below in zip(filled, filled[1:], filled[2:], strict=False):
        # (A story under it, not the next item of a list of links.)
        if (
            line.cue is not None
            and line.cue.id in gated
            and above.headline is not None
            and above.cue is None
            and below.prose
        ):
            counts[line.cue.id] += 1
    return bool(counts) and max(counts.values()) >= settings.gated_repeats


def _refused_as(decision: SplitDecision, name: str) -> bool:
    return not decision.accepted and any(cue.name == name for cue in decision.cues)


def _single_spaced(lines: list[Line]) -> list[Line]:
    """The lines of a double-spaced text (a blank line after every line: a headline, its byline and
    each paragraph alike, as many scrapes of HTML blocks give) with one blank line of each run left
    out, so that a header's lines stand together again and a wider gap still shows; other texts as
    they are. The lines keep their places in the text."""
    filled = [i for i, line in enumerate(lines) if not line.blank]
    if len(filled) < DOUBLE_SPACED_LINES:
        return lines
    touching = sum(1 for i in filled[:-1] if not lines[i + 1].blank)
    if touching > DOUBLE_SPACED_SHARE * len(filled):
        return lines
    return [line for i, line in enumerate(lines) if not (line.blank and i > 0 and not lines[i - 1].blank)]


def _without_cues(line: Line, ids: Collection[str]) -> Line:
    """`line` as if the rules `ids` were not there."""
    if line.cue is not None and line.cue.id in ids:
        line = line.changed(cue=None, groups=NO_CUES)
    if line.headline is not None and line.headline.id in ids:
        line = line.changed(headline=None, headline_groups=NO_CUES)
    return line


def _scored(
    lines: list[Line],
    cues: Sequence[CompiledRule],
    settings: AutoSettings,
    inner: bool,
    whole_page: bool,
    names: _Names,
    known: dict[str, tuple[str, ...]],
) -> tuple[list[_Candidate], list[SplitDecision]]:
    """The candidate starts among the classified `lines` and the evidence for each (see `find_starts`)."""
    if not any(line.headline is not None for line in lines):
        return [], []
    paragraph_gap = _usual_blank_run(lines)
    heads = (i for i, line in enumerate(lines) if line.headline is not None)
    found_here = (_candidate(lines, i, settings) for i in heads)
    datelines = [rule for rule in cues if rule.rule.cue == "dateline"]
    candidates = [
        c if _structured(c, lines, paragraph_gap, datelines, settings.furniture_lines) else replace(c, unmarked=True)
        for c in found_here
        if c is not None
    ]
    candidates = [c for c in candidates if not c.unmarked or (whole_page and not c.top)]
    # A line a headline above took into its header (a name over a date line) starts nothing.
    claimed = {i for c in candidates for i in c.header if i > c.headline and lines[i].cue is None}
    candidates = [c for c in candidates if c.headline not in claimed]
    if not candidates:
        return [], []
    words = _Words(lines, known)
    numbers = {int(m.group(1)) for line in lines if line.headline is not None and (m := NUMBERED.match(line.text))}
    scored = [_score(c, lines, words, paragraph_gap, settings, datelines, names, numbers) for c in candidates]
    listed = _listings(lines)
    scored = [
        ((*found, CueScore("auto.announced", settings.announced, line)), shape)
        if (line := _announced(c, lines, listed)) is not None
        else (found, shape)
        for c, (found, shape) in zip(candidates, scored, strict=True)
    ]
    shapes = Counter(shape for _, shape in scored if shape & HEADER_CUES)
    threshold = settings.threshold + (settings.inner_extra if inner else 0.0)
    decisions = []
    for candidate, (cues_found, shape) in zip(candidates, scored, strict=True):
        if shapes[shape] >= 2 and len(cues_found) >= 2:
            cues_found = (*cues_found, CueScore("auto.repetition", settings.repetition, ""))
        score = round(sum(c.weight for c in cues_found), 3)
        decisions.append(
            SplitDecision(
                lines[candidate.headline].start,
                candidate.title,
                score,
                threshold,
                tuple(cues_found),
                score >= threshold,
                candidate.top,
            )
        )
    return candidates, decisions


def _chosen(
    lines: list[Line],
    candidates: list[_Candidate],
    decisions: list[SplitDecision],
    cues: Sequence[CompiledRule],
    settings: AutoSettings,
    inner: bool,
    whole_page: bool,
    known: dict[str, tuple[str, ...]],
) -> tuple[list[Start], list[SplitDecision]]:
    """The starts chosen among the `candidates` scored: the stories they cut weighed (see `find_starts`).
    `known`: the content words of the page's line texts, read once for all its readings."""
    if not candidates:
        return [], []
    datelines = [rule for rule in cues if rule.rule.cue == "dateline"]
    threshold = settings.threshold + (settings.inner_extra if inner else 0.0)
    before = _story_before(lines)
    weighed = _unmarked_alone(candidates, _weigh_stories(candidates, decisions, lines, settings, before), settings)
    shown = sum(d.accepted and not d.top for d in weighed)
    if shown and settings.multi_page and whole_page:
        # The page has shown itself a multi-article page: its other starts need less evidence, and
        # where enough stood, an unmarked one needs a change of topic but no long stories.
        cue = CueScore("auto.multi-page", settings.multi_page, f"{shown} start(s) stood on their own evidence")
        decisions = [_with_cue(d, cue) for d in decisions]
        unmarked = settings.unmarked_shown_chars if shown >= settings.multi_article_starts else None
        weighed = _unmarked_alone(
            candidates, _weigh_stories(candidates, decisions, lines, settings, before, unmarked), settings
        )
    else:
        unmarked = None
    if settings.item_end and whole_page and sum(d.accepted and not d.top for d in weighed) >= settings.item_end_starts:
        ended = _item_ends(lines, candidates, weighed, settings)
        if ended:
            candidates, decisions = _with_item_ends(candidates, decisions, ended, settings)
            weighed = _unmarked_alone(
                candidates, _weigh_stories(candidates, decisions, lines, settings, before, unmarked), settings
            )
    decisions = weighed
    tops = [i for i, d in enumerate(decisions) if d.top and d.accepted]
    for i in tops[1:]:  # one header at the top; a later "top" only had boilerplate above it
        decisions[i] = _refused(decisions[i], "auto.second-top", "a header at the top was taken already")
    first = min(
        (i for i, d in enumerate(decisions) if d.accepted and not d.top), default=None, key=lambda i: candidates[i].cut
    )
    if tops and first is not None and candidates[first].cut < candidates[tops[0]].body:
        # The header on top and the first start's run into each other: one header, the stronger
        # start's (a blog's name over the first post's byline and headline; a headline over a
        # byline shaped like one). A name on top left over is the page's preamble.
        top = tops[0]
        weaker, stronger = (top, first) if decisions[top].score < decisions[first].score else (first, top)
        note = f"one header with the stronger start {decisions[stronger].title!r}"
        decisions[weaker] = _refused(decisions[weaker], "auto.stacked", note)
    candidates = _with_stacked_headlines(candidates, decisions, lines)
    accepted = [(c, d) for c, d in zip(candidates, decisions, strict=True) if d.accepted]
    if settings.retitle_share:
        words = _Words(lines, known)
        ends = [c.cut for c, _ in accepted[1:]] + [len(lines)] * bool(accepted)
        accepted = [(_retitled(c, lines, words, settings, end), d) for (c, d), end in zip(accepted, ends, strict=True)]
    starts = [
        Start(lines[c.cut].start, _end(lines, c.body), c.title, c.meta, d, _marked(c, lines, datelines))
        for c, d in accepted
    ]
    starts = _without_shared_labels(starts)
    if starts and _preamble(lines, accepted[0][0].cut, settings):
        # What precedes the first story is a few short lines (a digest's own title and date, a
        # greeting, the menus over a page's top header): page furniture, cut with the first header.
        # (Cleaned apart from the page, rules that need the page around them would leave it.)
        starts[0] = replace(starts[0], cut=0)
    tail = _tail(lines, threshold) if starts else None
    return [*starts, tail] if tail else starts, decisions


def _item_end(lines: Sequence[Line], candidate: _Candidate) -> str | None:
    """The shape (casefolded, numbers as "#") of the last line before the candidate's cut, when
    that line is no prose (a "Match report →", an "Expand | Share" bar, a counter): how the item
    above it ends. None when prose ends it, or nothing."""
    index = candidate.cut - 1
    while index >= 0 and lines[index].blank:
        index -= 1
    if index < 0 or lines[index].prose:
        return None
    shape: str = DIGITS.sub("#", lines[index].text.casefold())
    return shape


def _item_ends(
    lines: Sequence[Line], candidates: Sequence[_Candidate], decisions: Sequence[SplitDecision], settings: AutoSettings
) -> dict[int, str]:
    """The candidates (by index) refused, or taken with no mark of the layout's, after a line shaped
    like the line that ends the item above `settings.item_end_starts` or more accepted starts: the
    page's own way to close an item, learnt from the starts that stood on their own evidence."""
    counts = Counter(
        end
        for c, d in zip(candidates, decisions, strict=True)
        if d.accepted and not d.top and (end := _item_end(lines, c)) is not None
    )
    out = {}
    for i, (candidate, decision) in enumerate(zip(candidates, decisions, strict=True)):
        if decision.top or (decision.accepted and not candidate.unmarked):
            continue
        end = _item_end(lines, candidate)
        if end is not None and counts[end] >= settings.item_end_starts:
            out[i] = end
    return out


def _with_item_ends(
    candidates: Sequence[_Candidate],
    decisions: Sequence[SplitDecision],
    ended: Mapping[int, str],
    settings: AutoSettings,
) -> tuple[list[_Candidate], list[SplitDecision]]:
    """The candidates and their decisions, those in `ended` (see `_item_ends`) marked and given `item_end`."""
    candidates, decisions = list(candidates), list(decisions)
    for i, line in ended.items():
        note = f"the item above ends as {settings.item_end_starts}+ do above starts that stood: {line!r}"
        decisions[i] = _with_cue(decisions[i], CueScore("auto.item-end", settings.item_end, note))
        candidates[i] = replace(candidates[i], unmarked=False)
    return candidates, decisions


def _named_share(
    head: set[str], words: _Words, story: int, size: int, until: int | None = None, enough: float = 1.0
) -> float | None:
    """The share of the content words `head` found in the first `size` content words of the story
    from line `story` on (up to line `until`; the search stops once the share reaches `enough`);
    None for fewer than two words: a line that short names nothing."""
    if len(head) < 2:
        return None
    return len(words.found_from(story, size, head, until, math.ceil(enough * len(head)))) / len(head)


def _retitled(
    candidate: _Candidate, lines: Sequence[Line], words: _Words, settings: AutoSettings, until: int
) -> _Candidate:
    """The candidate, titled by the headline among the first `retitle_lines` lines of its story
    when its own title does not name the story (fewer than `retitle_kept` of its content words in
    the story's first `anchor_words`, the story running up to line `until`) and that line does
    (`retitle_share` of its words in the story under it): the line on top was page furniture
    shaped like a headline (an author's name, a menu, a column's running head), and the headline
    under it leaves the text for the title. The search stops at a boilerplate or cue line, and
    after the first line that reads as prose (weighed first: a long headline reads as prose)."""
    size = settings.anchor_words
    kept = settings.retitle_kept
    own = _named_share(set(_content_words(candidate.title or "")), words, candidate.body, size, until, kept)
    if (own or 0.0) >= kept:
        return candidate
    index, seen = candidate.body, 0
    while index < len(lines) and seen < settings.retitle_lines:
        line = lines[index]
        if line.blank:
            index += 1
            continue
        if line.junk or line.cue is not None:
            break
        if line.headline is not None:
            share = _named_share(set(words.on_line(index)), words, index + 1, size, until, settings.retitle_share)
            if share is not None and share >= settings.retitle_share:
                title = line.headline_groups.get("title") or line.text
                return replace(candidate, title=title.strip(), body=index + 1)
        if line.prose:
            break
        seen += 1
        index += 1
    return candidate


#: What may open a headline as the page's own label for every item: a word or three and a colon or
#: an equals sign ("Thread: ", "LOWER THIRD: ", "Titel = "), a number ("1.1 ", "3. ", "2 – "), or a
#: time ("20:33 MEZ ").
TITLE_PREFIX = regex.compile(
    r"(?:[^\W\d_][\w'’]*(?:[ \t][\w'’]+){0,2}[ \t]?[:=]"
    r"|\d{1,3}(?:\.\d{1,3})*\.?(?:[ \t]?[–—-])?"
    r"|\d{1,2}[:.]\d{2}(?:[ \t]?(?i:h|uhr|mez|cet|gmt|bst|et|[ap]\.?m\.?))?)[ \t]+(?=\S)"
)


#: What may close a headline as the page's own label for every item: a site's or a source's name
#: after a bar or a dash ("… | Financial Times", "… – Daily Meridian"), as a <title> tag has it.
TITLE_SUFFIX = regex.compile(r"[ \t]+[|–—-][ \t]+[^|–—\n]{2,40}$")


def _without_shared_labels(starts: list[Start]) -> list[Start]:
    """The starts, their titles without an opening label two or more of them share (numbers
    aside): the page's way to present every item ("Thread: ", "1.1 ", "20:33 MEZ "), no part of any
    headline. A label only one title has ("Fact check: ...") may be the headline's own. The same
    for a closing label (" | Daily Post": a site's name after each headline, as <title> tags have it).

    >>> from cleaner.types import SplitDecision
    >>> titled = [Start(0, 0, t, {}, SplitDecision(0, t, 1.0, 1.0, (), True)) for t in
    ...           ("Thread: Rail strike ends", "Thread: Harvest festival draws crowds", "Fact check: Is it true?")]
    >>> [s.title for s in _without_shared_labels(titled)]
    ['Rail strike ends', 'Harvest festival draws crowds', 'Fact check: Is it true?']
    >>> titled = [Start(0, 0, t, {}, SplitDecision(0, t, 1.0, 1.0, (), True)) for t in
    ...           ("Rail strike ends | Daily Post", "Harvest festival draws crowds | Daily Post", "Q&A - part one")]
    >>> [s.title for s in _without_shared_labels(titled)]
    ['Rail strike ends', 'Harvest festival draws crowds', 'Q&A - part one']
    """
    opening = [TITLE_PREFIX.match(start.title or "") for start in starts]
    starts = _without_shared(
        starts,
        opening,
        lambda title, m: title[m.end() :],
        lambda m: DIGITS.sub("#", m.group().casefold().strip()),
        counted_rest=2,
    )
    closing = [TITLE_SUFFIX.search(start.title or "") for start in starts]
    return _without_shared(
        starts, closing, lambda title, m: title[: m.start()], lambda m: m.group().casefold(), counted_rest=0
    )


def _without_shared(
    starts: list[Start],
    labels: Sequence[regex.Match[str] | None],
    rest: Callable[[str, regex.Match[str]], str],
    shape: Callable[[regex.Match[str]], str],
    counted_rest: int,
) -> list[Start]:
    """The starts, each title whose label (`labels`, one per start) has a `shape` that two
    titles or more share cut to its `rest`, when two words or more are left. A label counts towards
    the two when `counted_rest` words or more are left beside it."""
    rests = [rest(start.title or "", m).split() if m else [] for start, m in zip(starts, labels, strict=True)]
    shapes = [shape(m) if m else None for m in labels]
    counts = Counter(
        found for found, left in zip(shapes, rests, strict=True) if found is not None and len(left) >= counted_rest
    )
    return [
        replace(start, title=rest(start.title or "", m))
        if m and found is not None and counts[found] >= 2 and len(left) >= 2
        else start
        for start, m, found, left in zip(starts, labels, shapes, rests, strict=True)
    ]


def _folded(text: str) -> str:
    """Words only, casefolded, single-spaced: how a headline is compared with a listing of it."""
    return " ".join(WORD.findall(text.casefold()))


def _listings(lines: Sequence[Line]) -> list[tuple[int, str]]:
    """The short lines that could list a headline further down (a contents list, "In this issue",
    "Today's topics"): every non-blank line that is not prose, folded, with its index."""
    return [(i, _folded(line.text)) for i, line in enumerate(lines) if not line.blank and not line.prose]


def _announced(candidate: _Candidate, lines: Sequence[Line], listed: Sequence[tuple[int, str]]) -> str | None:
    """The line above the candidate's gap that lists its headline (its first four words, or all of
    three), if any: a page that announces its stories in a contents list. (A line in the gap right
    above the headline is not a listing: a video's title line repeats the headline under it.)"""
    words = _folded(candidate.title or lines[candidate.headline].text).split()
    if len(words) < 3:
        return None
    opening = " ".join(words[:4])
    longest = len(_folded(lines[candidate.headline].text)) + 40
    end = min(candidate.cut, max(candidate.previous, 0))
    for index, folded in listed:
        if index >= end:
            break
        if opening in folded and len(folded) <= longest:
            return lines[index].text
    return None


def _preamble(lines: Sequence[Line], cut: int, settings: AutoSettings, most: int = 3) -> bool:
    """Whether the lines before `cut` are a preamble: at most `most` lines of text (boilerplate
    and cues aside), together shorter than `preamble_chars`, or any number of short lines with no
    prose among them (a masthead and its menus)."""
    content = [line for line in lines[:cut] if not (line.blank or line.junk or line.cue is not None)]
    if not any(line.prose for line in content):
        return sum(len(line.text) for line in content) < 2 * settings.preamble_chars
    return len(content) <= most and sum(len(line.text) for line in content) < settings.preamble_chars


def _tail(lines: Sequence[Line], threshold: float) -> Start | None:
    """The furniture closing the last story (its "Read more" link, a separator): cut like a header."""
    last_prose = max((i for i, line in enumerate(lines) if line.prose), default=-1)
    trailing = range(last_prose + 1, len(lines))
    if not all(lines[i].blank or lines[i].junk or lines[i].cue_type in GAP_CUES for i in trailing):
        return None
    furniture = [i for i in trailing if lines[i].cue_type in GAP_CUES]
    if not furniture:
        return None
    cues = tuple(CueScore(cue.id, 0.0, lines[i].text) for i in furniture if (cue := lines[i].cue) is not None)
    start = lines[furniture[0]].start
    return Start(start, lines[-1].end, None, {}, SplitDecision(start, None, 0.0, threshold, cues, True, tail=True))


#: The rule id of the lines every item of a multi-article page repeats (see `repeated_furniture`).
REPEATED_RULE = "segment.repeated-line"
DIGITS = regex.compile(r"\d+")


def _furniture_shape(line: str, settings: AutoSettings) -> str | None:
    """How a line is compared with the other items' lines (casefolded, numbers as "#"), or None for
    one that is no furniture: blank, prose, or longer than `settings.furniture_chars`."""
    text = line.strip()
    if not text or len(text) > settings.furniture_chars or reads_as_prose(text):
        return None
    shape: str = DIGITS.sub("#", text.casefold())
    return shape


def repeated_furniture(texts: Sequence[str], settings: AutoSettings) -> frozenset[str]:
    """The shapes of the short lines that recur in `settings.furniture_items` or more of a page's
    articles, and in half of them or more: what the layout puts in every item ("Share", "Comments
    (12)", "Filed under: Health"). A page cut into fewer articles has none.

    >>> texts = ["One.\\nShare\\nComments (3)", "Two.\\nShare\\nComments (12)", "Three.\\nShare\\nComments (1)"]
    >>> sorted(repeated_furniture(texts, AutoSettings()))
    ['comments (#)', 'share']
    """
    if len(texts) < settings.furniture_items:
        return frozenset()
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({shape for line in text.split("\n") if (shape := _furniture_shape(line, settings))})
    least = max(settings.furniture_items, (len(texts) + 1) // 2)
    return frozenset(shape for shape, count in counts.items() if count >= least)


def without_lines(segment: Segment, shapes: Collection[str], settings: AutoSettings) -> Segment:
    """The segment with its lines of these furniture `shapes` dropped, one hit (REPEATED_RULE) each,
    at offsets in its text as it stands when the hit applies (hits replay in order).

    >>> from cleaner.types import Role
    >>> segment = Segment(0, "", "Story.\\nShare\\nMore story.\\nShare", None, {}, Role.MAIN)
    >>> cut = without_lines(segment, {"share"}, AutoSettings())
    >>> cut.text, [(h.start, h.end, h.removed) for h in cut.hits]
    ('Story.\\nMore story.', [(7, 13, 'Share\\n'), (18, 24, '\\nShare')])
    """
    lines = segment.text.split("\n")
    text, hits, position = segment.text, list(segment.hits), 0
    for index, line in enumerate(lines):
        if _furniture_shape(line, settings) not in shapes:
            position += len(line) + 1
            continue
        if index < len(lines) - 1:
            start, end = position, position + len(line) + 1  # the line and its newline
        else:
            start, end = max(0, position - 1), position + len(line)  # the last line and the newline before it
        hits.append(RuleHit(REPEATED_RULE, Kind.LINE_DROP, start, end, text[start:end]))
        text = text[:start] + text[end:]
    return segment if len(hits) == len(segment.hits) else replace(segment, text=text, hits=tuple(hits))


def split_at_starts(raw: RawSegment, starts: Sequence[Start]) -> tuple[list[RawSegment], list[RuleHit]]:
    """Cut a raw segment at the starts found on it: the pieces, and one hit per header cut out.

    Offsets (of pieces and hits) are moved to the page, like the raw segment's own.
    The pieces and the headers tile the segment exactly. A start at the top gives the
    first piece its title and metadata; what the raw segment's rule said wins.
    """
    text, base = raw.text, raw.offset
    pieces: list[RawSegment] = []
    hits: list[RuleHit] = []
    position, title, meta = 0, raw.title, dict(raw.meta)
    for start in starts:
        top = start.decision.top
        pieces.append(RawSegment(text[position : start.cut], base + position, None if top else title, meta, raw.role))
        removed = text[start.cut : start.end]
        hits.append(RuleHit(AUTO_RULE, Kind.SEGMENT_BOUNDARY, base + start.cut, base + start.end, removed))
        if top:
            title, meta = raw.title or start.title, {**start.meta, **raw.meta}
        else:
            title, meta = start.title, dict(start.meta)
        position = start.end
    pieces.append(RawSegment(text[position:], base + position, title, meta, raw.role))
    return pieces, hits


@dataclass(frozen=True, slots=True)
class _Candidate:
    headline: int  # index of the headline line
    header: tuple[int, ...]  # cue lines around it (header furniture)
    gap: tuple[int, ...]  # lines between the previous item's last content line and the header
    cut: int  # first line that leaves the previous article
    body: int  # first body line
    previous: int  # last content line of the previous item (-1: none)
    title: str | None
    meta: Mapping[str, str]
    unmarked: bool = False  # no mark of the layout's own (see `_structured`): it needs more (see `_weigh_stories`)

    @property
    def top(self) -> bool:
        return self.previous < 0


def _candidate(lines: Sequence[Line], index: int, settings: AutoSettings) -> _Candidate | None:
    """The item a headline on line `index` would open: its header, the gap above it, and its body."""
    line = lines[index]
    if line.headline is None:
        return None
    if line.cue is not None and line.headline.rule.cue != "heading" and line.cue_type != "kicker":
        return None  # a date, a byline, a separator: not a headline, though shaped like one
    header: list[int] = []
    below = index + 1
    if line.underlined:
        below += 1
    cue_lines = 0
    fields = FIELD.fullmatch(line.text) is not None  # a record of labelled fields: "Title: …", "URL: …"
    while below < len(lines) and cue_lines <= settings.header_lines:
        following = lines[below]
        if following.blank or (following.junk and following.text[0] == "<" and following.text[-1] == ">"):
            below += 1  # (a tag line the rules remove: "</HEADLINE>" between a headline and its date)
            continue
        if fields and following.cue_type not in HEADER_CUES and _record_line(following, header):
            # The record goes on (a field no rule names, its list's items, the fence that closes it).
            header.append(below)
            below += 1
            if following.cue_type == "separator":
                break
            continue
        # Right under the headline only; a label (a kicker over the headline) or a boilerplate
        # line (a copyright line over the next headline) takes none.
        sandwich = (
            not header
            and line.cue is None
            and not line.junk
            and below == index + 1
            and _sandwiched(lines, below)
            and _named_below(lines, index)
        )
        if following.cue_type not in HEADER_CUES and not sandwich:
            break
        header.append(below)
        cue_lines += 1
        below += 1
        fields = fields or FIELD.fullmatch(following.text) is not None
    follows = _body_follows(lines, below)
    dated = any(lines[i].cue_type in HEADER_CUES - {"kicker"} for i in header)  # a kicker may head the next item
    if not follows and dated:
        block = _metadata_block(lines, below, settings)
        if block:  # it ends right over the story's first prose line
            header.extend(block)
            below, follows = block[-1] + 1, True
    if not follows:
        return None
    above = index - 1
    cue_lines = 0
    top = index
    while above >= 0 and cue_lines < settings.header_lines:
        probe = above
        while probe >= 0 and lines[probe].blank:
            probe -= 1
        if probe < 0 or lines[probe].cue_type not in HEADER_CUES:
            break  # the blank lines above are the gap's, not the header's
        header.append(probe)
        top = probe
        cue_lines += 1
        above = probe - 1
    gap = []
    while above >= 0 and (lines[above].blank or lines[above].junk or lines[above].cue_type in GAP_CUES):
        gap.append(above)
        above -= 1
    gap.reverse()
    if line.junk and not header:
        return None  # a line the rules remove is a headline only with a header of its own (a byline under or over it)
    furniture = [g for g in gap if lines[g].cue_type in GAP_CUES]
    cut = furniture[0] if furniture else top
    meta = _meta([lines[i] for i in sorted(header)])
    title = line.headline_groups.get("title") or line.text
    return _Candidate(index, tuple(sorted(header)), tuple(gap), cut, below, above, title.strip(), meta)


def _metadata_block(lines: Sequence[Line], index: int, settings: AutoSettings, longest: int = 40) -> list[int]:
    """The lines from `index` on of a block of metadata no rule names, where the header found
    reaches on to the story's first prose line: short lines that hold no sentence ("Financial
    Times", "FTFTA", "English"), header cue lines and boilerplate (a press database's record of
    source, code and language under the date). Empty when the block does not end in prose, or holds
    a line of another shape (a list's item, a long line: another headline) or another cue (a
    "Read more", a trailer: the item's end)."""
    probe = index
    block: list[int] = []
    while probe < len(lines) and len(block) <= settings.header_lines:
        line = lines[probe]
        if line.prose:
            return block
        if line.cue is not None and line.cue_type not in HEADER_CUES:
            return []  # a "Read more", a separator, a trailer: the item's end, not its header
        if not (line.blank or line.junk):
            short = len(line.text) <= longest and line.cue is None and LIST_ITEM.match(line.text) is None
            if not (short or line.cue is not None):
                return []
        if not line.blank:
            block.append(probe)
        probe += 1
    return []


def _record_line(line: Line, header: Sequence[int]) -> bool:
    """Whether `line`, under a header of labelled fields, is one more line of that record: a field
    ("Saved: 12. Juli 2023", "Tags: #news"), an item of a field's list ("  - politics"), or the
    fence that closes a front matter ("---")."""
    if line.prose or "title" in line.headline_groups:
        return False  # (a title field opens the next record)
    if FIELD.fullmatch(line.text) or line.cue_type == "trailer":
        return True
    return bool(header) and (LIST_ITEM.fullmatch(line.text) is not None or line.cue_type == "separator")


def _named_below(lines: Sequence[Line], index: int, reach: int = 150) -> bool:
    """Whether a content word of line `index` comes back in the prose of the next `reach` lines: a
    headline names its story, a menu or a masthead over the headline does not."""
    words = set(_content_words(lines[index].text))
    return any(
        not words.isdisjoint(_content_words(line.text)) for line in lines[index + 1 : index + 1 + reach] if line.prose
    )


def _sandwiched(lines: Sequence[Line], index: int, longest: int = 100) -> bool:
    """Whether line `index` is a short line that is neither prose nor a cue, with a header cue
    line right under it (no blank line between): a header line no rule names (an author's name
    or a deck over a date line). The caller sees that no blank line parts it from the line above."""
    line = lines[index]
    if line.cue is not None or line.prose or line.junk or len(line.text) > longest:
        return False
    return index + 1 < len(lines) and lines[index + 1].cue_type in HEADER_CUES


def _body_follows(lines: Sequence[Line], index: int, look: int = 4) -> bool:
    """Whether a story's text starts at `index`: a prose line among its next `look` lines that are
    neither blank nor boilerplate (a first paragraph may open with a short line: a label, a lede,
    a one-line quote). A cue line, or a second headline, first means no body starts here."""
    seen = listed = 0
    while index < len(lines) and seen < look:
        line = lines[index]
        index += 1
        if line.blank or (line.junk and line.cue is None):
            continue
        if line.prose:
            return True
        if line.cue is not None or (seen == 0 and line.headline is not None and line.headline.rule.cue == "heading"):
            return False
        seen += 1
        listed += line.headline is None  # a line of a list or a table: not shaped like a headline
    return listed >= look - 1  # a story told in short lines (a list of codes, a table) with no sentence


def _marked(candidate: _Candidate, lines: Sequence[Line], datelines: Sequence[CompiledRule]) -> bool:
    """Whether a line of the layout's own marks this start: a header line, a heading marker or an
    underline, a dateline opening its story, or a furniture line before it."""
    headline = lines[candidate.headline]
    if candidate.top or candidate.header or headline.underlined:
        return True
    if headline.headline is not None and headline.headline.rule.cue in ("heading", LOOSE):
        return True  # a loose headline is a candidate only where furniture or boilerplate marks it
    if any(lines[i].cue_type in GAP_CUES for i in candidate.gap):
        return True
    return candidate.body < len(lines) and _dateline_opening(lines[candidate.body].text, datelines) is not None


def _structured(
    candidate: _Candidate,
    lines: Sequence[Line],
    paragraph_gap: int,
    datelines: Sequence[CompiledRule],
    furniture_lines: int,
) -> bool:
    """Whether the page's layout marks this headline at all: a header line, a heading marker or an
    underline, a dateline opening its story, furniture or boilerplate before it, `furniture_lines`
    short lines or more between it and the story above (an item's trailer: a price, a venue, a
    booking line), or more blank lines than between paragraphs.
    A headline-shaped line with none of these (a sub-heading in running text, or the headline of
    a story dumped with nothing around it) is an unmarked candidate: the statistical cues (topic,
    names, story lengths) alone must carry it, between long stories, at several places on the page."""
    if _marked(candidate, lines, datelines) or any(not lines[i].blank for i in candidate.gap):
        return True
    if _furniture_above(lines, candidate.cut) >= furniture_lines:
        return True
    return _longest_blank_run(lines, candidate.gap) > paragraph_gap


def _furniture_above(lines: Sequence[Line], index: int) -> int:
    """How many lines that are neither blank nor prose stand between line `index` and the last prose line above it."""
    count = 0
    index -= 1
    while index >= 0 and not lines[index].prose:
        count += not lines[index].blank
        index -= 1
    return count


def _meta(header: Sequence[Line]) -> dict[str, str]:
    """What the header's cue lines say: source, date (ISO), author, section, url; the first of each wins."""
    meta: dict[str, str] = {}
    for line in header:
        if line.cue is not None:
            for key, value in cue_meta(line.cue, line.groups).items():
                meta.setdefault(key, value)
    return meta


def cue_meta(rule: CompiledRule, groups: Mapping[str, str]) -> dict[str, str]:
    """The metadata a cue line's named groups give: dates made ISO (unreadable ones left out), the rest as is.

    >>> from cleaner.ruleset.compiler import compile_rule
    >>> from cleaner.ruleset.schema import Rule
    >>> from cleaner.types import Kind, Scope
    >>> rule = compile_rule(Rule("c.x", Kind.SEGMENT_CUE, "d", "f", 1, Scope.PAGE, match="x", cue="byline"))
    >>> cue_meta(rule, {"author": "Jane Doe", "date": "Tue, 03 Dec 2024 10:00:00 GMT"})
    {'date': '2024-12-03', 'author': 'Jane Doe'}
    """
    meta = {}
    for key in (*META_KEYS, "title"):
        value = groups.get(key)
        if value and key == "date":
            value = parse_date(value, rule.rule.date_order)
        if value:
            meta[key] = value
    return meta


def _score(
    candidate: _Candidate,
    lines: Sequence[Line],
    words: _Words,
    paragraph_gap: int,
    settings: AutoSettings,
    cues_of_type: Sequence[CompiledRule],
    names: _Names,
    numbers: Collection[int] = (),
) -> tuple[tuple[CueScore, ...], frozenset[str]]:
    """The evidence for one candidate: its cues with their weights, and the item's header shape."""
    headline = lines[candidate.headline]
    found: list[CueScore] = []
    shape: set[str] = set()
    assert headline.headline is not None
    found.append(CueScore(headline.headline.id, headline.headline.rule.weight, headline.text))
    if headline.headline.rule.cue == "heading":
        shape.add("heading")
    if headline.underlined:
        found.append(CueScore("auto.setext", settings.setext, lines[candidate.headline + 1].text))
        shape.add("setext")
    seen_types: set[str] = set()
    for index in (*candidate.header, *candidate.gap):
        line = lines[index]
        if line.cue is None or line.cue.rule.cue in seen_types:
            continue
        seen_types.add(line.cue.rule.cue)
        found.append(CueScore(line.cue.id, line.cue.rule.weight, line.text))
    shape |= seen_types & HEADER_CUES
    if "dateline" not in seen_types and candidate.body < len(lines):
        opening = _dateline_opening(lines[candidate.body].text, cues_of_type)
        if opening is not None:
            # Not part of the item's shape: a dateline opening the story is the story's way (wire
            # copy), not the layout's; items of one shape differ in it.
            found.append(CueScore(opening.id, opening.rule.weight, lines[candidate.body].text[:60]))
    junk = [lines[i].text for i in candidate.gap if lines[i].junk and lines[i].cue is None]
    if junk and not candidate.top:
        weight = min(settings.boilerplate_max, settings.boilerplate_line * len(junk))
        found.append(CueScore("auto.boilerplate-run", weight, " | ".join(junk)))
    blanks = _longest_blank_run(lines, candidate.gap)
    if not candidate.top and blanks > paragraph_gap:
        found.append(CueScore("auto.blank-run", settings.blank_run, f"{blanks} blank lines"))
    if not candidate.top:
        overlap = _overlap(
            words.up_to(candidate.previous, settings.topic_words),
            words.from_line(candidate.headline, settings.topic_words),
        )
        weight = _topic_weight(overlap, settings)
        name = "auto.topic-shift" if weight > 0 else "auto.same-topic"
        found.append(CueScore(name, weight, f"overlap {overlap:.3f}"))
        fresh = _new_names(names, candidate, settings.topic_words)
        if fresh is not None:
            weight = round(settings.new_names * max(-1.0, min(1.0, (fresh - 0.6) / 0.3)), 3)
            found.append(CueScore("auto.new-names", weight, f"{fresh:.0%} of the names after it are new"))
        anchored = _anchored(candidate, lines, words, settings.anchor_words) if settings.anchor else None
        if anchored is not None:
            note = f"{anchored:.2f} of its words in the story under it"
            found.append(CueScore("auto.anchor", round(settings.anchor * anchored, 3), note))
    numbered = NUMBERED.match(headline.text)
    if numbered and not seen_types and ({int(numbered.group(1)) - 1, int(numbered.group(1)) + 1} & set(numbers)):
        # One of a run of numbered headings with no header or furniture of its own: a list's item.
        found.append(CueScore("auto.list-item", -settings.list_item, f"item {numbered.group(1)} of a numbered run"))
    return tuple(found), frozenset(shape)


NAME = regex.compile(r"(?<![.!?:]\s|^)\b\p{Lu}[\p{Ll}\p{Lu}'’-]{2,}")


class _Names:
    """The proper names (capitalised words not opening a sentence) of the page's lines, read on
    demand, and the line where each name first appears: a name is new below a line when it first
    appears there or after."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self._lines = lines
        self._of: dict[int, frozenset[str]] = {}
        self._first: dict[str, int] = {}
        self._read_to = 0  # the lines above this one have entered `_first`

    def on_line(self, index: int) -> frozenset[str]:
        names = self._of.get(index)
        if names is None:
            line = self._lines[index]
            names = frozenset() if line.junk or line.blank else frozenset(m.group(0) for m in NAME.finditer(line.text))
            self._of[index] = names
        return names

    def new_below(self, names: set[str], cut: int) -> int:
        """How many of `names` no line above line `cut` holds."""
        for index in range(self._read_to, cut):
            for name in self.on_line(index):
                self._first.setdefault(name, index)
        self._read_to = max(self._read_to, cut)
        return sum(1 for name in names if self._first.get(name, cut) >= cut)

    def __len__(self) -> int:
        return len(self._lines)


def _new_names(names: _Names, candidate: _Candidate, words: int) -> float | None:
    """The share of the names in the story's first lines (about `words` words) never seen above
    its header; None when they hold under 4 names. A new story brings new people and places; a
    section of the same story goes on naming the ones it named."""
    found: set[str] = set()
    index, seen = candidate.body, 0
    while index < len(names) and seen < words:
        on_line = names.on_line(index)
        found |= on_line
        seen += len(on_line) * 5 or 5
        index += 1
    if len(found) < 4:
        return None
    return names.new_below(found, candidate.cut) / len(found)


def _anchored(candidate: _Candidate, lines: Sequence[Line], words: _Words, size: int) -> float | None:
    """The share of the headline's content words that come back in the next `size` content words of
    the story under it, shrunk for a headline of fewer than four; None for one of fewer than two.
    A headline names its own story: a line of page chrome or a teaser's title over another story
    does not. (What came before is left out: a sub-heading names what follows it as well, and the
    words it shares with the text above tell stories apart less well than the topic test does.)

    A headline whose words all come back scores 1, one whose words never do 0.
    """
    whole_line = candidate.title == lines[candidate.headline].text
    head = set(words.on_line(candidate.headline) if whole_line else _content_words(candidate.title or ""))
    share = _named_share(head, words, candidate.body, size)
    return None if share is None else share * min(len(head), 4) / 4


def _dateline_opening(text: str, datelines: Sequence[CompiledRule]) -> CompiledRule | None:
    """The dateline rule that opens a body line ("PARIS (AFP) - The ..."), if any."""
    for rule in datelines:
        if rule.pattern.match(text) is not None:
            return rule
    return None


def _topic_weight(overlap: float, settings: AutoSettings) -> float:
    """Full `topic_shift` up to a third of `topic_same`, falling to 0 at it; negative above it.

    On the dev pages the two sides of a true article start share at most 0.04 (binary cosine)
    nine times in ten; a sub-heading's sides share 0.07 or more as often.
    """
    same = settings.topic_same
    if overlap < same:
        return round(settings.topic_shift * min(1.0, 1.5 * (1 - overlap / same)), 3)
    return -round(settings.cohesion * min(1.0, (overlap - same) / same), 3)


def _content_words(text: str) -> tuple[str, ...]:
    """Words that say what a text is about: 4+ letters, not function words; 2-grams of unspaced script.

    The compiled core answers for a text of spaced scripts in one call (`CORE.ContentWords`,
    the same words: tests/test_core.py), where it runs.
    """
    in_core = _core_content_words()
    if in_core is not None:
        try:
            found = in_core.of(text)
        except UnicodeEncodeError:  # a lone surrogate: not text the core can hold
            found = None
        if found is not None:
            return tuple(found)
    return _python_content_words(text)


def _python_content_words(text: str) -> tuple[str, ...]:
    """`_content_words` as Python reads it (the reference the core's reading is tested against)."""
    folded = text.casefold()
    if not unspaced(folded):  # the common case: one pass, no per-word script test
        return tuple(w for w in LONG_WORD.findall(folded) if w not in STOP_WORDS and not w.isdigit())
    out: list[str] = []
    for word in WORD.findall(folded):
        if unspaced(word):
            out.extend(word[i : i + 2] for i in range(max(1, len(word) - 1)))
        elif len(word) >= 4 and not word.isdigit() and word not in STOP_WORDS:
            out.append(word)
    return tuple(out)


#: The core's `ContentWords`, built on first use (see `_core_content_words`).
_CONTENT_WORDS: list[Any] = []


def _core_content_words() -> Any:
    """The compiled core's reader of content words (over `LONG_WORD` and `UNSPACED` as the core
    runs them, and `STOP_WORDS`), or None where the core or either pattern's translation is not
    there."""
    if not _CONTENT_WORDS:
        words, scripts = LONG_WORD.in_core(), UNSPACED.in_core()
        reader = None
        if CORE is not None and words is not None and scripts is not None:
            reader = CORE.ContentWords(words, scripts, sorted(STOP_WORDS))
        _CONTENT_WORDS.append(reader)
    return _CONTENT_WORDS[0]


class _Words:
    """The content words of the page's prose and headline lines, read on demand: the window of
    words before or after a line is taken from the lines next to it, not from the whole page."""

    def __init__(self, lines: Sequence[Line], known: dict[str, tuple[str, ...]]) -> None:
        self._lines = lines
        self._of: dict[int, tuple[str, ...]] = {}
        self._known = known  # the words of each line's text, shared by a page's readings
        self._worded: list[int] | None = None  # the lines that may hold words (see `_with_words`)

    def _with_words(self) -> list[int]:
        """The indices of the lines that may hold content words (prose and headline lines; their
        words are read on demand): the windows before and after a line skip the rest (blank
        lines, menus, boilerplate) without looking at them."""
        if self._worded is None:
            self._worded = [i for i, line in enumerate(self._lines) if line.prose or line.headline is not None]
        return self._worded

    def on_line(self, index: int) -> tuple[str, ...]:
        """The content words of line `index` (none for a line that is neither prose nor a headline), read once."""
        words = self._of.get(index)
        if words is None:
            line = self._lines[index]
            words = ()
            if line.prose or line.headline is not None:
                words = self._known.get(line.text)
                if words is None:
                    words = self._known[line.text] = _content_words(line.text)
            self._of[index] = words
        return words

    def up_to(self, index: int, size: int) -> set[str]:
        """The last `size` content words of the lines up to line `index` (none when it is -1)."""
        out: set[str] = set()
        worded = self._with_words()
        position = bisect_right(worded, index) - 1
        while position >= 0 and size > 0:
            words = self.on_line(worded[position])
            out.update(words[-size:])
            size -= min(size, len(words))
            position -= 1
        return out

    def found_from(
        self, index: int, size: int, wanted: set[str], until: int | None = None, enough: int | None = None
    ) -> set[str]:
        """Which of `wanted` the first `size` content words from line `index` on (up to line `until`)
        hold (stops early once all are found, or `enough` of them, and after `4 * size` lines)."""
        found: set[str] = set()
        stop = min(len(self._lines), index + 4 * size)  # a long run of lines without words (a menu) ends it too
        if until is not None:
            stop = min(stop, until)
        most = len(wanted) if enough is None else min(enough, len(wanted))
        while index < stop and size > 0 and len(found) < most:
            words = self.on_line(index)[:size]
            found |= wanted.intersection(words)
            size -= len(words)
            index += 1
        return found

    def from_line(self, index: int, size: int) -> set[str]:
        """The first `size` content words from line `index` on."""
        out: set[str] = set()
        worded = self._with_words()
        position = bisect_left(worded, index)
        while position < len(worded) and size > 0:
            words = self.on_line(worded[position])
            out.update(words[:size])
            size -= min(size, len(words))
            position += 1
        return out


def _overlap(a: set[str], b: set[str]) -> float:
    """Binary cosine of two word sets (1.0 when either is empty: no evidence of a change)."""
    if not a or not b:
        return 1.0
    return len(a & b) / math.sqrt(len(a) * len(b))


def _usual_blank_run(lines: Sequence[Line]) -> int:
    """The blank-line run that most often separates two prose lines (paragraphs) on the page.

    When no prose line follows another, the page shows no paragraph gap to compare with, and
    the length of the text is returned: no blank run is longer than usual.
    """
    runs: Counter[int] = Counter()
    run, after_prose = 0, False
    for line in lines:
        if line.blank:
            run += 1
            continue
        if line.prose and after_prose:
            runs[run] += 1
        run, after_prose = 0, line.prose
    return runs.most_common(1)[0][0] if runs else len(lines)


def _longest_blank_run(lines: Sequence[Line], indices: Sequence[int]) -> int:
    longest = run = 0
    for index in indices:
        run = run + 1 if lines[index].blank else 0
        longest = max(longest, run)
    return longest


def _end(lines: Sequence[Line], index: int) -> int:
    return lines[index].start if index < len(lines) else (lines[-1].end if lines else 0)


def story_chars(text: str) -> int:
    """The length of `text` as story lengths count it: a character of a script written without
    spaces (Chinese, Japanese, Korean) counts three, about what it says in a spaced script.

    >>> story_chars("Prices rose."), story_chars("価格が上がった。")
    (12, 22)
    """
    if text.isascii():
        return len(text)
    return len(text) + 2 * len(UNSPACED.findall(text))


def _unmarked_alone(
    candidates: Sequence[_Candidate], decisions: list[SplitDecision], settings: AutoSettings
) -> list[SplitDecision]:
    """The decisions, with the unmarked starts undone when fewer than `unmarked_starts` were accepted.

    A headline the layout does not mark at all (text dumped with nothing between its stories)
    starts an article only between two long stories of different topics (`_weigh_stories`), and
    only where the page has several such starts: one unmarked heading in a long article is a
    sub-heading more often than a new story.
    """
    loose = [i for i, (c, d) in enumerate(zip(candidates, decisions, strict=True)) if c.unmarked and d.accepted]
    if not loose or len(loose) >= settings.unmarked_starts:
        return decisions
    out = list(decisions)
    note = f"{len(loose)} unmarked start(s) on the page, {settings.unmarked_starts} needed"
    for i in loose:
        out[i] = _refused(out[i], "auto.unmarked", note)
    return out


def _shortest_story(decision: SplitDecision, settings: AutoSettings) -> int:
    """The least text a start may leave on either side: `min_story_chars`, or `sure_story_chars` for a
    start well over the threshold whose header shape recurs (the short items of a ticker or a digest)."""
    recurs = any(cue.name in ("auto.repetition", "auto.item-end") for cue in decision.cues)
    sure = recurs and decision.score >= decision.threshold + settings.sure_margin
    return settings.sure_story_chars if sure else settings.min_story_chars


def _with_stacked_headlines(
    candidates: list[_Candidate], decisions: Sequence[SplitDecision], lines: Sequence[Line], most_words: int = 3
) -> list[_Candidate]:
    """The candidates, each accepted one whose line is a label (`most_words` words or fewer: a
    section heading, a kicker, a name and a time) taking in the refused headline stacked right under
    it (no story between them): the lower line is the title, and the header reaches its body.
    A longer line over another keeps its title, and so does a label over a line that reads as prose:
    the line under it stays in the text (it may be the story's first line)."""
    out = list(candidates)
    for i, (candidate, decision) in enumerate(zip(candidates, decisions, strict=True)):
        if not decision.accepted or i + 1 >= len(candidates) or decisions[i + 1].accepted:
            continue
        lower = candidates[i + 1]
        if lower.cut < candidate.body or len((candidate.title or "").split()) > most_words:
            continue
        if lines[lower.headline].prose or any(_story_line(lines[k]) for k in range(candidate.body, lower.cut)):
            continue  # the story's first line, or some story between them
        out[i] = replace(candidate, body=lower.body, title=lower.title, meta={**lower.meta, **candidate.meta})
    return out


def _story_line(line: Line) -> bool:
    """Whether a line counts as story: not blank, boilerplate, a cue line or an underline."""
    return not (line.blank or line.junk or line.cue is not None or line.underline)


def _with_cue(decision: SplitDecision, cue: CueScore) -> SplitDecision:
    """The decision with `cue` added to its evidence, taken or not by its new score."""
    score = round(decision.score + cue.weight, 3)
    return _decided(decision, score >= decision.threshold, (*decision.cues, cue), score)


def _refused(decision: SplitDecision, name: str, note: str) -> SplitDecision:
    """The decision not taken, with the cue (`name`, weight 0) that says why."""
    return _decided(decision, False, (*decision.cues, CueScore(name, 0.0, note)))


def _decided(
    decision: SplitDecision, accepted: bool, cues: tuple[CueScore, ...] | None = None, score: float | None = None
) -> SplitDecision:
    """`decision` taken or not, with new `cues` and `score` if given: `dataclasses.replace`, spelt out
    (the segmenter makes tens of thousands of these a megabyte; `replace` costs five times more)."""
    return SplitDecision(
        decision.offset,
        decision.title,
        decision.score if score is None else score,
        decision.threshold,
        decision.cues if cues is None else cues,
        accepted,
        decision.top,
        decision.tail,
    )


def _stacked_under(upper: _Candidate, upper_decision: SplitDecision, decision: SplitDecision) -> bool:
    """Whether a start with no story between it and the start above is that start's furniture: the
    two are one item's header (a headline, then a byline or a time shaped like one), and the weaker
    goes. Without this, the lower always stood (nothing on its left to fall short) and the upper
    always fell (nothing on its right). An unmarked start above may fall later: it does not count."""
    return decision.score < upper_decision.score and not upper.unmarked


def _story_before(lines: Sequence[Line]) -> list[int]:
    """The story characters (see `story_chars`) of the lines before each line, and of all of them last."""
    before = [0]
    for line in lines:
        before.append(before[-1] + (story_chars(line.text) if _story_line(line) else 0))
    return before


class _StoryContext(NamedTuple):
    """What `_story_verdict` reads besides the order of the starts (see `_weigh_stories`)."""

    candidates: Sequence[_Candidate]
    decisions: Sequence[SplitDecision]
    lines: Sequence[Line]
    settings: AutoSettings
    before: Sequence[int]
    headed: bool  # a header on top was taken: what precedes the first start is a story
    top_body: int  # where the header on top ends
    unmarked_chars: int | None = None


def _story_verdict(story: _StoryContext, order: Sequence[int], rank: int) -> SplitDecision:
    """The verdict on the start `order[rank]`, between the starts next to it in `order` (the starts
    still standing, top to bottom): it depends on them alone."""
    candidates, settings, before = story.candidates, story.settings, story.before
    i = order[rank]
    start = candidates[order[rank - 1]].body if rank else story.top_body
    end = candidates[order[rank + 1]].cut if rank + 1 < len(order) else len(story.lines)
    left = max(0, before[candidates[i].cut] - before[min(start, candidates[i].cut)])
    right = before[end] - before[candidates[i].body]
    decision = story.decisions[i]
    if rank == 0 and not story.headed and _preamble(story.lines, candidates[i].cut, settings):
        left = 0  # a page's own title, date line or greeting: furniture cut with the first header
    shortest = _shortest_story(decision, settings)
    upper = order[rank - 1] if rank else None
    if upper is not None and left == 0 and _stacked_under(candidates[upper], story.decisions[upper], decision):
        return _refused(decision, "auto.stacked", "right under a stronger start, nothing between them")
    if 0 < left < shortest or right < shortest:
        return _refused(decision, "auto.short-story", f"{left} / {right} chars: no split")
    shifted = any(c.name == "auto.topic-shift" and c.weight >= settings.topic_shift / 2 for c in decision.cues)
    if shifted and min(left, right) >= settings.long_story_chars:
        return _with_cue(decision, CueScore("auto.long-stories", settings.long_stories, f"{left} / {right} chars"))
    unmarked = story.unmarked_chars
    if candidates[i].unmarked and not (shifted and unmarked and min(left, right) >= unmarked):
        return _refused(decision, "auto.unmarked", f"{left} / {right} chars: no mark, and no long stories")
    return _decided(decision, decision.score >= decision.threshold)


def _weigh_stories(
    candidates: Sequence[_Candidate],
    decisions: list[SplitDecision],
    lines: Sequence[Line],
    settings: AutoSettings,
    before: Sequence[int],
    unmarked_chars: int | None = None,
) -> list[SplitDecision]:
    """Weigh the stories a set of starts would cut: veto short ones, credit long ones.

    A story is the text between two accepted starts (or the text's ends), counted in
    characters of its lines that are neither boilerplate nor cues. A start with less
    than `min_story_chars` on one side (but some: a preamble of furniture alone is cut
    with the first header) is no start. A start with `long_story_chars` or more on
    both sides, and a clear change of topic, gets `long_stories`: two whole stories
    glued together hold plenty of text on both sides, page chrome (a menu, a box of
    links, a bio) holds little.
    An unmarked start needs those long stories, or, given `unmarked_chars` (a page that has shown
    itself a multi-article page), that many characters on both sides and the same change of topic.
    Starts are reconsidered one at a time, weakest first, until none changes. `before`: the
    lines' story characters, summed (`_story_before`).
    """
    headed = any(d.top and d.accepted for d in decisions)  # then what precedes the first start is a story
    # The first start's story on its left begins where the header on top ends (its headline is no story).
    top_body = max((candidates[i].body for i, d in enumerate(decisions) if d.top and d.accepted), default=0)
    order = sorted(
        (i for i, d in enumerate(decisions) if not d.top and d.score + settings.long_stories >= d.threshold),
        key=lambda i: candidates[i].headline,
    )

    # A verdict depends on the start and its neighbours in `order` alone: when one start goes, only
    # the two that were next to it are weighed again (all of them each time: quadratic on a page of
    # a hundred headline-shaped lines).
    story = _StoryContext(candidates, decisions, lines, settings, before, headed, top_body, unmarked_chars)
    verdicts = {i: _story_verdict(story, order, rank) for rank, i in enumerate(order)}
    final: dict[int, SplitDecision] = {}
    while True:
        failing = [i for i in order if not verdicts[i].accepted]
        if not failing:
            final.update(verdicts)
            break
        # Unmarked starts go first: the layout does not mark them, whatever their statistics say.
        weakest = min(failing, key=lambda i: (not candidates[i].unmarked, verdicts[i].score, i))
        final[weakest] = verdicts.pop(weakest)
        gap = order.index(weakest)
        del order[gap]
        for rank in (gap - 1, gap):
            if 0 <= rank < len(order):
                verdicts[order[rank]] = _story_verdict(story, order, rank)
    out = []
    for i, decision in enumerate(decisions):
        if decision.top:
            out.append(decision)
        elif i in final:
            out.append(final[i])
        else:
            out.append(_decided(decision, False))
    return out
