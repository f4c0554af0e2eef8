"""Segmentation: cut a page into articles at the headers that segment-boundary rules describe.

A header (say source / date / section / source / headline lines on a tag
page) starts a new article; its named groups become the article's `title`
and `meta`. A boundary with `role: related` marks the start of spillover
(a "Related Articles" tail): it and every article after it are related.
A boundary with `split: lines` makes each line of the run that follows it
(up to a blank line) its own article (a run of teasers of other stories);
what comes after the run is the page's again, with the role it had before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import regex

from cleaner.engine import limits
from cleaner.engine.limits import RuleTimeout
from cleaner.ruleset.compiler import CompiledRule
from cleaner.types import Kind, Role, RuleHit

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "januar", "janvier", "enero", "ene", "gennaio", "janeiro", "jänner"),
            ("feb", "february", "februar", "février", "fév", "febrero", "febbraio", "fevereiro"),
            ("mar", "march", "märz", "mär", "mars", "marzo", "março"),
            ("apr", "april", "avril", "avr", "abril", "abr", "aprile"),
            ("may", "mai", "mayo", "maggio", "maio"),
            ("jun", "june", "juni", "juin", "junio", "giugno", "junho"),
            ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho"),
            ("aug", "august", "août", "agosto", "ago"),
            ("sep", "sept", "september", "septembre", "septiembre", "settembre", "setembro", "set"),
            ("oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "out"),
            ("nov", "november", "novembre", "noviembre", "novembro"),
            ("dec", "december", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro"),
        ],
        start=1,
    )
    for name in names
}
NUMERIC_DATE = regex.compile(r"(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})")
WORDY_DATE = regex.compile(r"(?:(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4}))|(?:(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4}))")
META_GROUPS = ("source", "date", "section")
ISO_DATETIME = regex.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
WEEKDAY = regex.compile(r"^\p{L}{2,9}\.?,\s+")
CLOCK = regex.compile(
    r",?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5}|[+-]\d{4})?$", regex.I
)
ORDINAL = regex.compile(r"(?<=\d)(?:st|nd|rd|th|\.)(?=[\s,])")
#: Words between the parts of a written date: "3 de diciembre de 2024", "le 3 mars 2024".
DATE_FILLER = regex.compile(r"(?i)\b(?:de|del|le|the|of)\s+")


@dataclass(frozen=True, slots=True)
class Boundary:
    """One header found on a page: where it is, and what it says."""

    start: int
    end: int
    rule: CompiledRule
    title: str | None
    meta: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class RawSegment:
    """An article's text as cut from the page, before the article rules run."""

    text: str
    offset: int
    title: str | None = None
    meta: Mapping[str, str] = field(default_factory=dict)
    role: Role = Role.MAIN


def parse_date(value: str, order: str = "dmy") -> str | None:
    """An ISO date from a header's date text, or None for relative or unreadable dates.

    >>> parse_date("23-02-2025"), parse_date("20 Feb 2025"), parse_date("43 minutes ago")
    ('2025-02-23', '2025-02-20', None)
    >>> parse_date("Tue, 03 Dec 2024 10:00:00 GMT"), parse_date("2024-12-03T10:00:00Z"), parse_date("March 3rd, 2024")
    ('2024-12-03', '2024-12-03', '2024-03-03')
    """
    value = value.strip()
    m = ISO_DATETIME.fullmatch(value)
    if m:
        value = m.group(1)
    value = ORDINAL.sub("", CLOCK.sub("", WEEKDAY.sub("", value))).strip().rstrip(".,")
    value = DATE_FILLER.sub("", value)
    m = NUMERIC_DATE.fullmatch(value)
    if m:
        a, b, c = (int(x) for x in m.groups())
        if len(m.group(1)) == 4:
            year, month, day = a, b, c
        elif order == "mdy":
            month, day, year = a, b, c
        else:
            day, month, year = a, b, c
        return _iso(year, month, day)
    m = WORDY_DATE.fullmatch(value)
    if m:
        if m.group(1):
            day, month_name, year = int(m.group(1)), m.group(2), int(m.group(3))
        else:
            month_name, day, year = m.group(4), int(m.group(5)), int(m.group(6))
        number = MONTHS.get(month_name.casefold())
        return _iso(year, number, day) if number else None
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_boundaries(
    rules: Sequence[CompiledRule],
    text: str,
    is_junk: Callable[[str], bool] | None = None,
    present: frozenset[str] | None = None,
) -> list[Boundary]:
    """Every header on the page, in order; of overlapping ones the earliest (then first rule) wins.

    `present` is the set of rule literals the text contains (`ActiveRules.scan`):
    a rule none of whose required literals is in it is not run.
    """
    found = []
    matched: dict[int, list[regex.Match[str]]] = {}  # equal patterns are one object (PatternCache): asked once
    for order, rule in enumerate(rules):
        if present is not None and rule.needs is not None and rule.needs.isdisjoint(present):
            continue  # none of the header's required words is in the text
        matches = matched.get(id(rule.pattern))
        if matches is None:
            try:
                matches = matched[id(rule.pattern)] = list(rule.pattern.finditer(text, timeout=limits.MATCH_TIMEOUT))
            except TimeoutError as exc:
                raise RuleTimeout(rule.id) from exc
        for m in matches:
            if m.end() > m.start():
                found.append((m.start(), order, _boundary(rule, m, is_junk)))
    found.sort(key=lambda item: (item[0], item[1]))
    chosen: list[Boundary] = []
    for _, _, boundary in found:
        previous = chosen[-1] if chosen else None
        if previous is not None and boundary.start < previous.end:
            continue
        if _opens_run(previous, boundary, text):
            chosen.append(boundary)
    return chosen


def _opens_run(previous: Boundary | None, boundary: Boundary, text: str) -> bool:
    """`not_first`: at least that many lines of the current article precede the header.

    A header right after another header of the same rule continues a run (the
    second teaser of a run of teasers), so the count does not apply to it.
    """
    needed = boundary.rule.rule.not_first
    if needed == 0 or (previous is not None and previous.rule is boundary.rule):
        return True
    start = previous.end if previous is not None else 0
    return sum(1 for line in text[start : boundary.start].split("\n") if line.strip()) >= needed


def named_groups(m: regex.Match[str]) -> dict[str, str]:
    """A match's named groups that caught text, stripped."""
    return {k: v.strip() for k, v in m.groupdict().items() if v and v.strip()}


def _boundary(rule: CompiledRule, m: regex.Match[str], is_junk: Callable[[str], bool] | None) -> Boundary:
    """The header a match describes. A `title` that `is_junk` (a line the rules drop) is no headline:
    the header then ends before it, and the line stays in the article, for its rules to take."""
    groups = named_groups(m)
    if "date" in groups:
        iso = parse_date(groups["date"], rule.rule.date_order)
        if iso:
            groups["date"] = iso
        else:
            del groups["date"]
    # source, date, section first, then any other named group, in pattern order.
    keys = [k for k in META_GROUPS if k in groups] + [k for k in groups if k not in META_GROUPS and k != "title"]
    title, end = groups.get("title"), m.end()
    if title is not None and is_junk is not None and is_junk(title):
        title, end = None, m.start("title")
    return Boundary(m.start(), end, rule, title, {k: groups[k] for k in keys})


def split_segments(text: str, boundaries: Sequence[Boundary]) -> tuple[list[RawSegment], list[RuleHit]]:
    """Cut `text` at the boundaries; return the raw segments and one hit per header removed.

    Header hits carry offsets into `text`; the segments and the headers together
    cover `text` exactly, so nothing leaves the page unaccounted for.
    """
    segments = [RawSegment(text[: boundaries[0].start] if boundaries else text, 0)]
    hits = []
    role = Role.MAIN
    for index, boundary in enumerate(boundaries):
        end = boundaries[index + 1].start if index + 1 < len(boundaries) else len(text)
        hits.append(
            RuleHit(
                boundary.rule.id,
                Kind.SEGMENT_BOUNDARY,
                boundary.start,
                boundary.end,
                text[boundary.start : boundary.end],
            )
        )
        before, role = role, boundary.rule.rule.role or role
        body = text[boundary.end : end]
        if boundary.rule.rule.split == "lines":
            run = _line_run(body)
            segments.extend(_split_lines(run, boundary.end, role, boundary.meta))
            if body[len(run) :].strip():
                # A teaser run ends at its first blank line; one false header must not turn the
                # rest of the page into teasers.
                segments.append(RawSegment(body[len(run) :], boundary.end + len(run), None, {}, before))
                role = before
        else:
            segments.append(RawSegment(body, boundary.end, boundary.title, boundary.meta, role))
    return segments, hits


def _line_run(body: str) -> str:
    """The start of `body` up to its first blank line (a line holding only spaces), that line included."""
    position = 0
    for line in body.splitlines(keepends=True):
        position += len(line)
        if not line.strip():
            break
    return body[:position]


def _split_lines(body: str, offset: int, role: Role, meta: Mapping[str, str]) -> list[RawSegment]:
    """One segment per line; the header's metadata (e.g. a teaser's kicker) goes with the first."""
    pieces = []
    position = 0
    for line in body.splitlines(keepends=True):
        pieces.append(RawSegment(line, offset + position, meta=meta if position == 0 else {}, role=role))
        position += len(line)
    return pieces
