"""CleanConfig: the few switches a run takes, frozen and passed explicitly."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """Options of one clean.

    keep_related: also emit spillover articles (related tails, teasers of other
        stories) as extra articles with `meta.role = "related"`.
    repair_encoding: run ftfy on lines that show signs of damage.
    min_article_chars: articles shorter than this after cleaning are dropped
        (an empty preamble before the first header, a widget-only remainder).
    favor_precision: HTML is extracted with trafilatura's precision setting
        (the better one on the dev pages, before and after our rules).
    guard: what to do with a page the rules would empty or one rule would gut
        (see cleaner.guard): "keep" it unchanged, "flag" it, or "off".
    guard_min_kept, guard_max_rule_share, guard_min_chars: the guard's thresholds.
    """

    keep_related: bool = False
    repair_encoding: bool = True
    min_article_chars: int = 1
    favor_precision: bool = True
    guard: str = "keep"
    guard_min_kept: float = 0.05
    guard_max_rule_share: float = 0.75
    guard_min_chars: int = 200
