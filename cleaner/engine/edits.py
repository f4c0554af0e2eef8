"""Edits and hits: turning a rule's matches into a new text plus an exact audit trail.

A rule function finds non-overlapping `Edit`s in its input; `apply_edits`
applies them and records one `RuleHit` each, with *sequential* offsets (each
hit indexes the text as it was just before that hit). `replay` re-applies
hits to the original text, so `replay(original, hits) == cleaned` can be
tested: nothing is removed that no hit accounts for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from cleaner.types import Kind, RuleHit


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace text[start:end] with `inserted`, on behalf of `rule_id`."""

    start: int
    end: int
    rule_id: str
    kind: Kind
    inserted: str = ""
    note: str = ""


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, list[RuleHit]]:
    """Apply non-overlapping edits (overlapping later ones are skipped).

    >>> text, hits = apply_edits("ab Ad cd", [Edit(2, 5, "ads.x", Kind.SPAN_DROP)])
    >>> text, [(h.rule_id, h.start, h.end, h.removed) for h in hits]
    ('ab cd', [('ads.x', 2, 5, ' Ad')])
    """
    pieces: list[str] = []
    hits: list[RuleHit] = []
    cursor = 0
    delta = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < cursor or (edit.start == edit.end and not edit.inserted):
            continue
        removed = text[edit.start : edit.end]
        if removed == edit.inserted:
            continue
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.inserted)
        hits.append(
            RuleHit(edit.rule_id, edit.kind, edit.start + delta, edit.end + delta, removed, edit.inserted, edit.note)
        )
        delta += len(edit.inserted) - len(removed)
        cursor = edit.end
    if not hits:
        return text, []
    pieces.append(text[cursor:])
    return "".join(pieces), hits


def replay(text: str, hits: Iterable[RuleHit]) -> str:
    """Re-apply recorded hits in order; raises ValueError if a hit does not fit.

    >>> replay("ab Ad cd", [RuleHit("ads.x", Kind.SPAN_DROP, 2, 5, " Ad")])
    'ab cd'
    """
    for hit in hits:
        if text[hit.start : hit.end] != hit.removed:
            raise ValueError(f"hit {hit.rule_id} at {hit.start} does not match the text")
        text = text[: hit.start] + hit.inserted + text[hit.end :]
    return text


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, the end including its newline (the list is shared: do not change it).

    The kinds of one pass ask for the spans of the same text one after
    another, so the spans of the last text asked about are kept.

    >>> line_spans("a\\nbc\\n\\nd")
    [(0, 2), (2, 5), (5, 6), (6, 7)]
    """
    last_text, last_spans = _LAST_SPANS[0]
    if last_text is text:
        return last_spans
    spans = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line) + 1
        spans.append((start, end))
        start = end
    # The last piece has no newline after it: it ends with the text, or is empty after a final newline.
    last_start, _ = spans[-1]
    if last_start == len(text):
        spans.pop()
    else:
        spans[-1] = (last_start, len(text))
    _LAST_SPANS[0] = (text, spans)
    return spans


#: The last text asked about and its spans (a one-entry cache).
_LAST_SPANS: list[tuple[str | None, list[tuple[int, int]]]] = [(None, [])]


def tidy_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a removed span so no double space or space before punctuation is left.

    >>> text = "month. Advertisement The"
    >>> tidy_span(text, 7, 20)
    (6, 20)
    """
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    if before in " \t" and (after in " \t\n" or after in ",.;:!?)"):
        start -= 1
        while start > 0 and text[start - 1] in " \t":
            start -= 1
    elif before == "\n" and after in " \t":
        while end < len(text) and text[end] in " \t":
            end += 1
    return start, end
