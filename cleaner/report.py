"""Run reports and explanations: what was removed, by which rule, and the exit code.

A `Report` adds up over documents (and, later, over workers); `explain_lines`
renders one document's audit trail for `cleaner explain`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from cleaner.types import Document, Kind, RuleHit

EXIT_OK = 0
EXIT_SOME_FAILED = 1
EXIT_CANNOT_RUN = 2


@dataclass(slots=True)
class Report:
    """Counts of one run: pages, articles, failures, and hits and characters per rule."""

    documents: int = 0
    articles: int = 0
    failures: list[str] = field(default_factory=list)
    hits: Counter[str] = field(default_factory=Counter)
    chars_removed: Counter[str] = field(default_factory=Counter)

    def add_document(self, document: Document, articles: int) -> None:
        self.documents += 1
        self.articles += articles
        for hit in document.all_hits():
            self.hits[hit.rule_id] += 1
            self.chars_removed[hit.rule_id] += max(0, len(hit.removed) - len(hit.inserted))

    def add_failure(self, message: str) -> None:
        self.failures.append(message)

    @property
    def exit_code(self) -> int:
        """0 if every page was cleaned, 1 if any page failed."""
        return EXIT_SOME_FAILED if self.failures else EXIT_OK

    def summary_lines(self, top: int = 15) -> Iterator[str]:
        yield f"{self.documents} pages, {self.articles} articles, {len(self.failures)} failed"
        for rule_id, count in self.hits.most_common(top):
            yield f"  {rule_id:<40} {count:>7} hits {self.chars_removed[rule_id]:>9} chars"


def _preview(text: str, width: int = 100) -> str:
    flat = text.replace("\n", "⏎")
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _hit_line(hit: RuleHit) -> str:
    if hit.kind in (Kind.REPAIR, Kind.ENCODING):
        return f"  {hit.rule_id:<38} {_preview(hit.removed, 45)!r} -> {_preview(hit.inserted, 45)!r}"
    return f"  {hit.rule_id:<38} {_preview(hit.removed)!r}"


def explain_lines(document: Document, keep_related: bool) -> Iterator[str]:
    """The audit trail of one page: page-level hits, headers, then each article and its hits."""
    yield f"page {document.id}: {len(document.original)} chars in"
    for hit in document.page_hits:
        yield _hit_line(hit)
    for hit in document.boundary_hits:
        yield f"  header {hit.rule_id:<31} {_preview(hit.removed)!r}"
    for segment in document.segments:
        kept = segment.text.strip() and (keep_related or segment.role.value == "main")
        status = "article" if kept else ("dropped (empty)" if not segment.text.strip() else "dropped (related)")
        yield ""
        head = f"segment {segment.position} [{segment.role.value}] {status}"
        yield f"{head}: title={segment.title!r} meta={dict(segment.meta)}"
        for hit in segment.hits:
            yield _hit_line(hit)
        if segment.text.strip():
            yield f"  => {len(segment.text)} chars: {_preview(segment.text, 120)!r}"
