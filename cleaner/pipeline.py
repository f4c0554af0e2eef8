"""The cleaning algorithm for one page: encoding, page rules, segments, article rules.

`Cleaner` holds a compiled rule set and a config; it is cheap to call many
times, so an ETL job loads the rules once and cleans millions of texts.

>>> cleaner = Cleaner.from_rules()
>>> [a.text for a in cleaner.clean("Prices rose.\\nAdvertisement\\nWages did not.", source_id="p")]
['Prices rose.\\nWages did not.']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from mypy_extensions import mypyc_attr

from cleaner.autosegment import (
    Start,
    find_starts,
    named_story,
    page_names,
    reads_as_prose,
    removed_lines,
    repeated_furniture,
    split_at_starts,
    teaser_list,
    without_lines,
)
from cleaner.config import CleanConfig
from cleaner.encoding import repair_encoding
from cleaner.engine.apply import run_line_models, run_stage
from cleaner.engine.kinds import drop_blocks, drop_lines, drop_spans, drop_videos, trim_edges
from cleaner.engine.limits import RuleTimeout
from cleaner.guard import check
from cleaner.ruleset.cache import PatternCache
from cleaner.ruleset.compiler import ActiveRules, RuleSet, compile_rules
from cleaner.ruleset.literals import Found
from cleaner.ruleset.loader import load_rules
from cleaner.segment import RawSegment, find_boundaries, split_segments
from cleaner.types import Article, Document, Kind, Role, RuleHit, Scope, Segment, SplitDecision
from cleaner.unwrap import unwrap

if TYPE_CHECKING:
    from cleaner.html import Extracted


@mypyc_attr(allow_interpreted_subclasses=True)  # (where compiled: see cleaner.compiled)
@dataclass(frozen=True, slots=True)
class Cleaner:
    """A loaded rule set plus options: `clean(text)` gives the articles of one page."""

    rules: RuleSet
    config: CleanConfig = field(default_factory=CleanConfig)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its rules and options (for a Ray actor, a spawned worker): where the class runs
        compiled (cleaner.compiled), unpickling would otherwise set a frozen instance's fields."""
        return type(self), (self.rules, self.config)

    @classmethod
    def from_rules(
        cls,
        path: Path | str | None = None,
        config: CleanConfig | None = None,
        cache: PatternCache | None = None,
        extra: Sequence[Path] = (),
    ) -> Cleaner:
        """Load and compile the rules in `path` (default: the bundled rules), and the rule files `extra`.

        Patterns are checked against `cache` (default: `PatternCache.default()`,
        the one on disk): those an earlier run checked compile on first use, and rule files
        an earlier run loaded are read from it, not parsed again.
        """
        cache = cache if cache is not None else PatternCache.default()
        directory = Path(path) if path is not None else None
        rules = compile_rules(load_rules(directory, extra, parsed=cache.rule_files), cache)
        return cls(rules, config or CleanConfig())

    def with_config(self, **changes: Any) -> Cleaner:
        """The same rules with some options changed, e.g. `with_config(keep_related=True)`."""
        return replace(self, config=replace(self.config, **changes))

    def clean_document(
        self,
        text: str,
        source_id: str = "doc",
        meta: Mapping[str, Any] | None = None,
        find_headlines: bool = True,
        from_html: bool = False,
    ) -> Document:
        """Clean one page and keep everything that happened to it, for audit and explain.

        `find_headlines=False` keeps title-line rules off (the HTML front end
        knows the page title and says whether the text starts with it);
        `from_html=True` says the text was extracted from HTML, whose page
        chrome trafilatura already removed, so edge-trim rules do not run.
        """
        excluded: frozenset[str] = frozenset()
        while True:
            try:
                document = self._clean_text(text, source_id, meta, find_headlines, from_html, excluded)
            except RuleTimeout as timeout:
                excluded |= {timeout.rule_id}  # clean the page again without the rule, and say so
                continue
            if excluded:
                document = replace(document, timeouts=tuple(sorted(excluded)))
            return document if from_html else self.guarded(document)

    def _clean_text(
        self,
        text: str,
        source_id: str,
        meta: Mapping[str, Any] | None,
        find_headlines: bool,
        from_html: bool,
        excluded: frozenset[str],
    ) -> Document:
        # Line models judge each article once the page's articles are found (`_judged`), never
        # text extracted from HTML (whose page chrome trafilatura removed, as edge-trim's).
        skip = frozenset({Kind.EDGE_TRIM, Kind.LINE_MODEL}) if from_html else frozenset({Kind.LINE_MODEL})
        meta = dict(meta or {})
        original = text
        page_hits: list[RuleHit] = []
        if self.config.repair_encoding:
            text, page_hits = repair_encoding(text)
        if self.config.unwrap:
            text, unwrapped = unwrap(text)
            page_hits += unwrapped
        active = self.rules.active_for(text, page_domain(meta.get("url")), excluded, meta)
        page = run_stage(active, Scope.PAGE, text, skip=skip)
        page_text = page.text
        all_page_hits = tuple(page_hits) + page.hits
        is_junk = lambda line: rules_touch(active, line)  # noqa: E731
        names = page_names(meta)
        raw_segments, segments, boundary_hits, splits = self._segment(
            active, page_text, is_junk, find_headlines, skip, names, from_html
        )
        if self.config.segment != "off" and any(
            find_boundaries(active.boundaries, segment.text, is_junk, active.scan(segment.text).present)
            for segment in segments
            if segment.hits  # an untouched segment cannot hold a header it did not hold before
        ):
            # The article rules uncovered a header (a junk line inside a card, a line
            # break a repair mended): segment the cleaned page again, so that
            # cleaning stays idempotent. The first round's edits become page hits.
            page_text, rejoin = rejoined(page_text, raw_segments, segments)
            all_page_hits += rejoin
            raw_segments, segments, boundary_hits, splits = self._segment(
                active, page_text, is_junk, find_headlines, skip, names, from_html
            )
        if not from_html and active.stage(Scope.ARTICLE, Kind.LINE_MODEL):
            segments = [_judged(active, segment, find_headlines) for segment in segments]
        return Document(
            source_id,
            original,
            page_text,
            meta,
            all_page_hits,
            tuple(boundary_hits),
            tuple(segments),
            splits=tuple(splits),
        )

    def _segment(
        self,
        active: ActiveRules,
        page_text: str,
        is_junk: Callable[[str], bool],
        find_headlines: bool,
        skip: frozenset[Kind],
        names: frozenset[str] = frozenset(),
        from_html: bool = False,
    ) -> tuple[list[RawSegment], list[Segment], list[RuleHit], list[SplitDecision]]:
        """Cut the page into articles and clean each: segment-boundary rules first; then (mode "auto")
        the layout-agnostic segmenter on each piece, more strictly inside a piece a rule cut.

        The segmenter sees as boilerplate the lines the line-drop, video, block and edge-trim
        rules remove in one pass (remembered verdicts: cheap), and each piece is cleaned once.
        Where a start it finds is marked by boilerplate and statistics alone (no cue line of the
        layout's own), the piece is cleaned whole first and weighed again with every line the
        rules remove to their fixed point (the menus and teaser boxes repeated trimming takes):
        that is where single-article pages were split apart.
        `names`: the words the page names its own story with (URL slug, title); when they single
        out one of the pieces, the others are spillover (see `autosegment.named_story`).
        """
        mode = self.config.segment
        headers = (
            []
            if mode == "off"
            else find_boundaries(active.boundaries, page_text, is_junk, active.scan(page_text).present)
        )
        raw_segments, boundary_hits = split_segments(page_text, headers)
        if mode != "auto" or not active.cues:
            cleaned = [self._clean_segment(active, raw, find_headlines, skip) for raw in raw_segments]
            return raw_segments, _numbered(cleaned), boundary_hits, []
        pieces: list[RawSegment] = []
        segments: list[Segment] = []
        splits: list[SplitDecision] = []
        hits = list(boundary_hits)
        for raw in raw_segments:
            cut, parts, cut_hits, decisions = self._split_piece(
                active, raw, bool(headers), find_headlines, skip, names, from_html
            )
            pieces.extend(cut)
            segments.extend(parts)
            hits.extend(cut_hits)
            splits.extend(replace(d, offset=d.offset + raw.offset) if raw.offset else d for d in decisions)
        hits.sort(key=lambda hit: hit.start)
        return pieces, _numbered(segments), hits, splits

    def _split_piece(
        self,
        active: ActiveRules,
        raw: RawSegment,
        inner: bool,
        find_headlines: bool,
        skip: frozenset[Kind],
        names: frozenset[str],
        from_html: bool = False,
    ) -> tuple[list[RawSegment], list[Segment], list[RuleHit], list[SplitDecision]]:
        """One piece through the layout-agnostic segmenter: its raw articles, their cleans, the
        headers cut out and the starts weighed (`inner`: a segment-boundary rule cut the piece).
        Text extracted from HTML is no whole page (see `find_starts`): an extractor's text is one
        page's main content. Unmarked candidates cost a page of it 1 ms (CleanEval: 1.62x -> 1.52x
        trafilatura's time); the multi-page credit split a CleanEval research summary's reference list."""
        settings = self.config.auto
        if len(raw.text) < 2 * settings.min_story_chars:  # too short to hold two stories
            return [raw], [self._clean_segment(active, raw, find_headlines, skip)], [], []
        found = active.scan(raw.text)
        junk = dropped_lines(active, raw.text, found, skip)
        whole_page = not from_html
        starts, decisions = find_starts(
            raw.text, active.cues, junk, found, settings, inner, active.cue_memo, whole_page, active.cue_candidates
        )
        segment, removed = None, frozenset[int]()
        if any(not start.marked for start in starts):
            # A start that only boilerplate and statistics support: weigh it again with every line
            # the rules remove over the whole piece (menus, teaser boxes that trimming takes).
            segment = self._clean_segment(active, raw, find_headlines, skip)
            removed = removed_lines(raw.text, segment.hits)
            starts, decisions = find_starts(
                raw.text,
                active.cues,
                removed,
                found,
                settings,
                inner,
                active.cue_memo,
                whole_page,
                active.cue_candidates,
            )
        if not starts or (len(starts) == 1 and starts[0].decision.top):
            if segment is None:
                segment = self._clean_segment(active, raw, find_headlines, skip)
                removed = removed_lines(raw.text, segment.hits) if starts else removed
            if not starts:
                return [raw], [segment], [], decisions
            if _header_gone(raw.text, starts[0], removed, segment.title):
                # A header on top only, whose lines the rules removed already: the clean stands,
                # with what the header says.
                return [raw], [replace(segment, meta={**starts[0].meta, **segment.meta})], [], decisions
        cut, cut_hits = split_at_starts(raw, starts)
        # Page chrome sits at the page's edges: a piece between two others is not trimmed as if
        # its ends were the page's (a list closing a story would go as a footer).
        middle = skip | {Kind.EDGE_TRIM}
        filled = [index for index, piece in enumerate(cut) if piece.text.strip()]
        edges = {filled[0], filled[-1]} if filled else set()
        parts = [
            self._clean_segment(active, piece, find_headlines, skip if index in edges else middle)
            for index, piece in enumerate(cut)
        ]
        # The furniture every item repeats (its share line, its comment count) is no article's text.
        # Not in an extractor's text: its items' repeated lines are a listing's fields (a catalogue's
        # "Pages: 18"), the page's main content.
        repeated = repeated_furniture([part.text for part in parts], settings) if not from_html else frozenset()
        parts = [without_lines(part, repeated, settings) for part in parts] if repeated else parts
        return cut, _spillover(parts, names) if raw.role is Role.MAIN else parts, cut_hits, decisions

    def _clean_segment(
        self, active: ActiveRules, raw: RawSegment, find_headlines: bool, skip: frozenset[Kind]
    ) -> Segment:
        """Run the article rules on one raw segment (its position is set by `_numbered`)."""
        result = run_stage(active, Scope.ARTICLE, raw.text, find_headlines and raw.title is None, skip, raw.title)
        seg_meta = {**raw.meta, "role": raw.role.value}
        return Segment(0, raw.text, result.text, raw.title or result.title, seg_meta, raw.role, result.hits)

    def guarded(self, document: Document) -> Document:
        """Apply the over-deletion guard (cleaner.guard): keep or flag a page the rules would gut."""
        config = self.config
        if config.guard == "off":
            return document
        verdict = check(document, config.guard_min_kept, config.guard_max_rule_share, config.guard_min_chars)
        if verdict is None:
            return document
        if config.guard == "flag":
            return replace(document, guard=verdict.to_meta())
        # Unchanged means unchanged: the page as it came in, as one article.
        original = document.original
        whole = Segment(0, original, original, None, {"role": Role.MAIN.value}, Role.MAIN, ())
        return replace(
            document,
            page_text=document.original,
            page_hits=(),
            boundary_hits=(),
            segments=(whole,),
            guard=verdict.to_meta(),
        )

    def clean_html(self, data: bytes | str, source_id: str = "doc", meta: Mapping[str, Any] | None = None) -> Document:
        """Clean one HTML page: html-drop rules, trafilatura, then the text pipeline.

        The input record's fields (e.g. `url`) win over what the page says.
        """
        from cleaner.html import extract  # trafilatura loads only when there is HTML to read

        meta = dict(meta or {})
        url = meta.get("url") if isinstance(meta.get("url"), str) else None
        probe = data if isinstance(data, str) else data[:500_000].decode("latin-1")
        active = self.rules.active_for(probe, page_domain(url), meta=meta)
        extracted = extract(
            data,
            url,
            active.stage(Scope.PAGE, Kind.HTML_DROP),
            self.config.favor_precision,
            second_opinion=self.config.html == "default",
            keep_comments=self.config.comments == "auto",
        )
        if extracted.teasers:
            return self._clean_listing(extracted, source_id, {**extracted.meta, **meta}, page_domain(url))
        headline = _starts_with_title(extracted.text, extracted.meta.get("title"))
        page_meta = {**extracted.meta, **meta}
        if extracted.extractor != "trafilatura":
            page_meta["extractor"] = extracted.extractor
        if extracted.empty_reason:
            page_meta["empty_reason"] = extracted.empty_reason
        # --html fast: the segment-boundary rules only (the layout-agnostic segmenter costs a page
        # of extracted text 3 ms, a quarter of trafilatura's own time).
        # A text with fewer than two headings holds one story as far as its markup tells: HTML
        # marks a story's headline up as a heading, and trafilatura keeps headings.
        one_headline = extracted.headings is not None and extracted.headings < 2
        fast = self.config.html == "fast" or one_headline
        cleaner = self.with_config(segment="rules") if fast and self.config.segment == "auto" else self
        document = cleaner.clean_document(extracted.text, source_id, page_meta, headline, True)
        document = self.guarded(replace(document, html_hits=extracted.hits))
        return replace(document, segments=_page_title(document, extracted.meta))

    def _clean_listing(
        self, extracted: Extracted, source_id: str, meta: dict[str, Any], domain: str | None
    ) -> Document:
        """A listing page: each teaser is an article with its own headline and link."""
        segments = []
        for position, teaser in enumerate(extracted.teasers):
            text, hits = repair_encoding(teaser.text) if self.config.repair_encoding else (teaser.text, [])
            active = self.rules.active_for(text, domain, meta=meta)
            result = run_stage(active, Scope.ARTICLE, text, skip=frozenset({Kind.EDGE_TRIM, Kind.LINE_MODEL}))
            seg_meta = {"role": Role.MAIN.value, **({"url": teaser.url} if teaser.url else {})}
            segments.append(
                Segment(position, teaser.text, result.text, teaser.title, seg_meta, Role.MAIN, (*hits, *result.hits))
            )
        original = "\n\n".join(t.text for t in extracted.teasers)
        return self.guarded(
            Document(source_id, original, original, meta, segments=tuple(segments), html_hits=extracted.hits)
        )

    def articles(self, document: Document) -> list[Article]:
        """The articles a document yields: non-empty segments, related ones only if asked for.

        Articles are numbered 1, 2, ... in page order over every non-empty
        segment, related ones included, so ids do not change with --keep-related.
        """
        out = []
        number = 0
        for segment in document.segments:
            if len(segment.text.strip()) < self.config.min_article_chars:
                continue
            number += 1
            if segment.role is Role.RELATED and not self.config.keep_related:
                continue
            # The input record's own fields (url, lang, ...) first; what the page's
            # header says about this article (source, date, section, role) wins.
            meta = {**document.meta, **segment.meta}
            if document.guard is not None:
                meta["guard"] = dict(document.guard)
            out.append(Article(document.id, number, segment.title, segment.text, meta, segment.hits))
        return out

    def empty_reason(self, document: Document) -> str | None:
        """Why `document` yields no article (None when it yields one): named, so that no page
        vanishes from a run unexplained.

        >>> cleaner = Cleaner.from_rules()
        >>> cleaner.empty_reason(cleaner.clean_document("   "))
        'no text in the input'
        >>> cleaner.empty_reason(cleaner.clean_document("Prices rose."))
        """
        if self.articles(document):
            return None
        declared = document.meta.get("empty_reason")
        if isinstance(declared, str) and declared:
            return declared
        if not document.original.strip():
            return "no text in the input"
        texts = [segment for segment in document.segments if segment.text.strip()]
        if not texts:
            removed: dict[str, int] = {}
            for hit in document.all_hits():
                removed[hit.rule_id] = removed.get(hit.rule_id, 0) + len(hit.removed)
            top = sorted(removed, key=lambda rule: (-removed[rule], rule))[:3]
            return "the rules removed all the text: " + ", ".join(f"{r} ({removed[r]} chars)" for r in top)
        if all(segment.role is Role.RELATED for segment in texts) and not self.config.keep_related:
            return "only related articles (written with --keep-related)"
        return f"every article is shorter than min_article_chars ({self.config.min_article_chars})"

    def clean(self, text: str, source_id: str = "doc", meta: Mapping[str, Any] | None = None) -> list[Article]:
        """The clean articles of one page."""
        return self.articles(self.clean_document(text, source_id, meta))


def dropped_lines(active: ActiveRules, text: str, found: Found, skip: frozenset[Kind] = frozenset()) -> frozenset[int]:
    """The lines of `text` (split at "\\n") that one pass of the line-drop (context rules included),
    video, block and edge-trim rules (unless `skip`ped) removes whole: the page's boilerplate as the
    segmenter first sees it, mostly from the rules' remembered line verdicts."""
    edits = drop_lines(active.line_matchers[Scope.ARTICLE], text, found)
    for rule in () if Kind.EDGE_TRIM in skip else active.stage(Scope.ARTICLE, Kind.EDGE_TRIM):
        edits.extend(trim_edges(rule, text))  # the menus and footers at the page's ends
    for rule in active.stage(Scope.ARTICLE, Kind.VIDEO_EMBED):
        edits.extend(drop_videos(rule, text))
    for rule in active.stage(Scope.ARTICLE, Kind.BLOCK_UNTIL):
        # A block that holds story paragraphs (a page's last items after a copyright line of their
        # own) is not boilerplate to the segmenter: cut into articles, each piece's clean decides.
        edits.extend(e for e in drop_blocks(rule, text, found) if not _holds_prose(text[e.start : e.end]))
    if not edits:
        return frozenset()
    spans = sorted((edit.start, edit.end) for edit in edits)
    dropped = set()
    position, span = 0, 0
    for index, line in enumerate(text.split("\n")):
        end = position + len(line)
        while span < len(spans) and spans[span][1] <= position:
            span += 1
        if line.strip() and span < len(spans) and spans[span][0] <= position and spans[span][1] >= end:
            dropped.add(index)
        position = end + 1
    return frozenset(dropped)


def _holds_prose(block: str, lines: int = 2) -> bool:
    """Whether `block` has `lines` lines or more shaped like body text."""
    return sum(1 for line in block.split("\n") if reads_as_prose(line.strip())) >= lines


def _header_gone(text: str, start: Start, removed: frozenset[int], title: str | None) -> bool:
    """Whether the clean of `text` already took every line of a top `start`'s header: the rules
    removed them, or the headline line became the title."""
    first = text.count("\n", 0, start.cut)
    for index, line in enumerate(text[start.cut : start.end].split("\n"), first):
        stripped = line.strip()
        if stripped and index not in removed and stripped != (title or "").strip():
            return False
    return True


def _spillover(parts: list[Segment], names: frozenset[str]) -> list[Segment]:
    """The pieces of one split segment, the others marked related when the page's name singles one out;
    else the lists of teasers marked related, when a piece that is a story stands beside them."""
    texts = [f"{part.title or ''}\n{part.text}" if part.text.strip() else "" for part in parts]
    own = named_story(names, texts)
    if own is not None:
        spill = {index for index, text in enumerate(texts) if index != own and text}
    else:
        teasers = {index for index, part in enumerate(parts) if part.text.strip() and teaser_list(part.text)}
        stories = any(text and index not in teasers for index, text in enumerate(texts))
        spill = teasers if stories else set()
    related = {"role": Role.RELATED.value}
    return [
        replace(part, role=Role.RELATED, meta={**part.meta, **related}) if index in spill else part
        for index, part in enumerate(parts)
    ]


def _numbered(segments: list[Segment]) -> list[Segment]:
    """The segments with their positions on the page, 0, 1, 2, ..."""
    return [
        segment if segment.position == index else replace(segment, position=index)
        for index, segment in enumerate(segments)
    ]


def _starts_with_title(text: str, title: Any) -> bool:
    """Whether the extracted text opens with the page's headline (or the title is unknown).

    On the dev pages trafilatura's text mostly starts with the lede or a
    sub-heading, which title-line rules would otherwise take as a headline.
    """
    if not isinstance(title, str) or not title.strip():
        return True
    first = next((line for line in text.splitlines() if line.strip()), "")
    a, b = " ".join(first.casefold().split()), " ".join(title.casefold().split())
    return bool(a) and (a in b or b in a)


def _page_title(document: Document, meta: Mapping[str, Any]) -> tuple[Segment, ...]:
    """Give the page's first article the page title when its text had no headline line."""
    title = meta.get("title")
    segments = list(document.segments)
    for index, segment in enumerate(segments):
        if segment.text.strip():
            if segment.title is None and title and segment.role is Role.MAIN:
                segments[index] = replace(segment, title=title)
            break
    return tuple(segments)


def _judged(active: ActiveRules, segment: Segment, find_headline: bool) -> Segment:
    """The article less the lines the line models take (see `run_line_models`); the line they bared
    on top may be its headline."""
    if not segment.text.strip():
        return segment
    judged = run_line_models(active, Scope.ARTICLE, segment.text, segment.title, find_headline=find_headline)
    if not judged.hits:
        return segment
    return replace(segment, text=judged.text, title=segment.title or judged.title, hits=(*segment.hits, *judged.hits))


def rules_touch(active: ActiveRules, line: str) -> bool:
    """Whether the article rules would not leave `line` whole: a line rule drops it, or a span rule cuts
    part of it (a stamp, an ad label). (`cleaner learn` does not learn such a line again.)
    For the segmenter, a header then ends before it, and the line stays in the article,
    for those rules to take; as a header's headline it would escape them, and a second clean of the
    rendered article, headline on top, would cut it there."""
    found = active.scan(line)
    if active.line_matchers[Scope.ARTICLE].rule_for(line, found.line(0)) is not None:
        return True
    span_rules = active.stage(Scope.ARTICLE, Kind.SPAN_DROP)
    for position in active.candidates(Scope.ARTICLE, Kind.SPAN_DROP, found.present):
        rule = span_rules[position]
        try:
            if drop_spans(rule, line):
                return True
        except TimeoutError as exc:
            raise RuleTimeout(rule.id) from exc
    return False


def page_domain(url: Any) -> str | None:
    """The host a page's URL names, lower case and without "www." (None without a URL)."""
    if not isinstance(url, str) or not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname
    return host.lower().removeprefix("www.") if host else None


REJOIN = "segment.rejoin"


def rejoined(page_text: str, raws: list[RawSegment], segments: list[Segment]) -> tuple[str, tuple[RuleHit, ...]]:
    """The page with each segment replaced by its cleaned text (headers kept), and the hits that do it.

    Segment hits are moved to page offsets, in page order; a headline the
    title-line rule took is put back as the segment's first line (the second
    round takes it again), and a newline is put back where trimming glued a
    segment to the header after it. Hits stay sequential, so replaying the
    page hits on the original rebuilds the new page text.

    >>> from cleaner.types import Kind, Role
    >>> raws = [RawSegment("A\\nAds\\n", 0), RawSegment("B", 8)]
    >>> drop = RuleHit("ads", Kind.LINE_DROP, 2, 6, "Ads\\n")
    >>> trim = RuleHit("trim", Kind.REPAIR, 1, 2, "\\n")
    >>> first = Segment(0, "A\\nAds\\n", "A", "Title", {}, Role.MAIN, (drop, trim))
    >>> rejoined("A\\nAds\\nH\\nB", raws, [first, Segment(1, "B", "B", None, {}, Role.MAIN)])[0]
    'Title\\nA\\nH\\nB'
    """
    # Headers sit between segments and are kept as they are: only segment offsets matter.
    ordered = sorted(zip(raws, segments, strict=True), key=lambda pair: pair[0].offset)
    text = page_text
    hits: list[RuleHit] = []
    delta = 0
    for raw, segment in ordered:
        offset = raw.offset
        base = offset + delta
        for hit in segment.hits:
            moved = RuleHit(hit.rule_id, hit.kind, hit.start + base, hit.end + base, hit.removed, hit.inserted)
            text = text[: moved.start] + moved.inserted + text[moved.end :]
            hits.append(moved)
        end = base + len(segment.text)
        if raw.title is None and segment.title is not None:
            headline = segment.title + "\n"
            hits.append(RuleHit(REJOIN, Kind.REPAIR, base, base, "", headline))
            text = text[:base] + headline + text[base:]
            end += len(headline)
        if end < len(text) and segment.text and not text[:end].endswith("\n"):
            hits.append(RuleHit(REJOIN, Kind.REPAIR, end, end, "", "\n"))
            text = text[:end] + "\n" + text[end:]
        delta = len(text) - len(page_text)
    return text, tuple(hits)
