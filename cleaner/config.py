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
    """

    keep_related: bool = False
    repair_encoding: bool = True
    min_article_chars: int = 1
    favor_precision: bool = True
