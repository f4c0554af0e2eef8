"""The over-deletion guard: a page the rules would empty, or one rule would gut, is not silently cut.

Two tests, on pages of at least `min_chars` characters:
- the articles keep less than `min_kept` of the page's text;
- one deleting rule alone removes more than `max_rule_share` of it
  (encoding repairs and other replacements do not count: they change text, not remove it).

Defaults are set on ../shared/eval-dev, where whole-page text legitimately
loses much of itself to menus and footers: the lowest kept share there is
0.10 (a page that is mostly navigation) and the largest share one rule
removes is 0.59 (chrome.page-edges on the same page). The defaults (0.05
and 0.75) leave a margin of two and of 0.16 over those pages.

What happens to a guarded page is the user's choice (`CleanConfig.guard`):
"keep" writes the page unchanged as one article, "flag" writes what cleaning
made of it; both mark the articles' meta with `guard` and the run report
lists the page with the rules responsible. "off" turns the guard off.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from cleaner.types import Document, Kind

#: Kinds whose hits replace text rather than remove it.
REPLACING = frozenset({Kind.REPAIR, Kind.ENCODING, Kind.HTML_DROP})
GUARD_ACTIONS = ("keep", "flag", "off")


@dataclass(frozen=True, slots=True)
class GuardVerdict:
    """Why a page was guarded, and the rules that removed most of it (largest share first)."""

    reason: str
    rules: tuple[str, ...]

    def to_meta(self) -> dict[str, object]:
        return {"reason": self.reason, "rules": list(self.rules)}


def check(document: Document, min_kept: float, max_rule_share: float, min_chars: int) -> GuardVerdict | None:
    """The guard's verdict on a cleaned page, or None when the cleaning looks sane.

    >>> from cleaner.types import RuleHit, Segment, Role
    >>> hit = RuleHit("x.all", Kind.LINE_DROP, 0, 300, "a" * 300)
    >>> gutted = Segment(0, "a" * 300, "", None, {}, Role.MAIN, (hit,))
    >>> page = Document("p", "a" * 300, "a" * 300, {}, segments=(gutted,))
    >>> check(page, 0.05, 0.75, 200)
    GuardVerdict(reason='kept 0% of 300 characters', rules=('x.all',))
    """
    total = len(document.original.strip())
    if total < min_chars:
        return None
    removed: Counter[str] = Counter()
    for hit in document.page_hits + document.boundary_hits + tuple(h for s in document.segments for h in s.hits):
        if hit.kind not in REPLACING:
            removed[hit.rule_id] += len(hit.removed) - len(hit.inserted)
    culprits = tuple(rule for rule, _ in removed.most_common(3))
    kept = sum(len(segment.text.strip()) for segment in document.segments)
    if kept < min_kept * total:
        return GuardVerdict(f"kept {kept / total:.0%} of {total} characters", culprits)
    if removed:
        rule, chars = removed.most_common(1)[0]
        if chars > max_rule_share * total:
            return GuardVerdict(f"{rule} alone removed {chars / total:.0%} of {total} characters", (rule,))
    return None
