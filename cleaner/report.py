"""Run reports and explanations: what was removed, by which rule, and the exit code.

`explain_lines` renders one document's audit trail for `cleaner explain`; the
exit codes are shared by every command. (A corpus run's counts are
`cleaner.runner.RunReport`.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaner.types import Document, Kind, RuleHit

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_RUN = 2
EXIT_INTERRUPTED = 130


def _preview(text: str, width: int = 100) -> str:
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


@dataclass(slots=True)
class LineFinder:
    """Where removals sit in the input page, as `L<n>` (`L?` if the text is not found).

    Hit offsets are relative to the text each rule saw; the line number the user
    wants is in the input file, so it is looked up by the removed text itself.
    The same text removed twice is found at its next occurrence each time.
    """

    original: str
    cursors: dict[str, int] = field(default_factory=dict)

    def __call__(self, hit: RuleHit) -> str:
        needle = hit.removed.strip()
        if not needle:
            return "L?"
        found = self.original.find(needle, self.cursors.get(needle, 0))
        if found < 0:
            found = self.original.find(needle)
        if found < 0:
            return "L?"
        self.cursors[needle] = found + 1
        return f"L{self.original.count(chr(10), 0, found) + 1}"


def _hit_line(where: str, hit: RuleHit) -> str:
    if hit.kind in (Kind.REPAIR, Kind.ENCODING):
        return f"  {where:>5} {hit.rule_id:<38} {_preview(hit.removed, 45)!r} -> {_preview(hit.inserted, 45)!r}"
    line = f"  {where:>5} {hit.rule_id:<38} {_preview(hit.removed)!r}"
    return f"{line}  ({hit.note})" if hit.note else line


def _split_lines(document: Document) -> Iterator[str]:
    """The segmenter's evidence: every start it made, and the candidates that came close (half the threshold)."""
    shown = [d for d in document.splits if d.accepted or d.score >= d.threshold / 2]
    if not shown:
        return
    yield ""
    yield "article starts weighed (segment.auto): score = sum of cue weights"
    for decision in shown:
        if decision.tail:
            verdict = "tail furniture cut"
        elif decision.top:
            verdict = "header at the top" if decision.accepted else "no header at the top"
        else:
            verdict = "split" if decision.accepted else "kept together"
        where = f"L{document.page_text.count(chr(10), 0, decision.offset) + 1}"
        yield (
            f"  {where:>5} {verdict}: {decision.score:.2f} vs {decision.threshold:.2f} "
            f"{_preview(decision.title or '', 60)!r}"
        )
        for cue in decision.cues:
            yield f"        {cue.weight:+.2f} {cue.name:<28} {_preview(cue.line, 60)!r}"


def explain_lines(document: Document, keep_related: bool) -> Iterator[str]:
    """The audit trail of one page: page-level hits, headers, then each segment and its hits."""
    yield f"page {document.id}: {len(document.original)} chars in"
    for hit in document.html_hits:
        yield f"   html {hit.rule_id:<38} {hit.inserted or _preview(hit.removed)!r}"
    locate = LineFinder(document.original)
    for hit in document.page_hits + document.boundary_hits:
        yield _hit_line(locate(hit), hit)
    yield from _split_lines(document)
    number = 0
    written = []
    for segment in document.segments:
        empty = not segment.text.strip()
        if not empty:
            number += 1
        kept = not empty and (keep_related or segment.role.value == "main")
        status = f"article {document.id}#{number}" if kept else "dropped: " + ("empty" if empty else "related")
        if kept:
            written.append(f"  {document.id}#{number} [{segment.role.value}] {segment.title!r} {dict(segment.meta)}")
        yield ""
        yield f"segment {segment.position} [{segment.role.value}] {status}: title={segment.title!r}"
        for hit in segment.hits:
            yield _hit_line(locate(hit), hit)
        if not empty:
            yield f"  => {len(segment.text)} chars: {_preview(segment.text, 120)!r}"
    yield ""
    yield f"{len(written)} articles written" + (":" if written else "")
    yield from written
