"""Page metadata from what a page declares: <meta> tags, JSON-LD, <title>, <html lang>.

Most news pages declare their title, date, author and site name in Open
Graph / article tags or JSON-LD. Reading those is a few XPath lookups;
trafilatura's full metadata search (author heuristics, categories, tags,
htmldate) is kept as the fallback for pages that declare nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import regex
from lxml.etree import _Element

ISO_DATE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
META_XPATH = "//head/meta[@content and (@property or @name or @itemprop)]"
TITLE_KEYS = ("og:title", "twitter:title", "headline")
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
SOURCE_KEYS = ("og:site_name", "application-name", "publisher")
URL_KEYS = ("og:url",)


def declared_metadata(tree: _Element) -> dict[str, str]:
    """title, date (ISO), author, source and url as the page declares them; missing ones left out.

    >>> from lxml import html
    >>> page = html.fromstring('<html><head><meta property="og:title" content="Rates held">'
    ...     '<meta property="article:published_time" content="2024-03-14T08:30:00Z"></head><body></body></html>')
    >>> declared_metadata(page)
    {'title': 'Rates held', 'date': '2024-03-14'}
    """
    tags: dict[str, str] = {}
    for meta in _head_metas(tree):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        value = " ".join((meta.get("content") or "").split())
        if key and value and key not in tags:
            tags[key] = value
    ld = dict(_json_ld(tree))
    found = {
        "title": _first(tags, TITLE_KEYS) or ld.get("headline"),
        "date": _iso(_first(tags, DATE_KEYS) or ld.get("datePublished")),
        "author": _author(_first(tags, AUTHOR_KEYS)) or ld.get("author"),
        "source": _first(tags, SOURCE_KEYS) or ld.get("publisher"),
        "url": _first(tags, URL_KEYS) or _canonical(tree),
    }
    return {k: v for k, v in found.items() if v}


def _head_metas(tree: _Element) -> Iterator[_Element]:
    """The `<meta content=...>` children of `<head>` that carry a property, name or itemprop.

    The same elements as META_XPATH, in the same order, without an XPath
    search of the whole document (the head is small; lxml's iter runs in C).
    """
    for head in tree.iter("head"):
        for meta in head.iterchildren("meta"):
            if meta.get("content") is not None and (
                meta.get("property") is not None or meta.get("name") is not None or meta.get("itemprop") is not None
            ):
                yield meta


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((tags[k] for k in keys if k in tags), None)


def _iso(value: str | None) -> str | None:
    m = ISO_DATE.match(value.strip()) if value else None
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _author(value: str | None) -> str | None:
    """An author name, not a profile URL."""
    if not value or "://" in value or value.startswith("/"):
        return None
    return value.removeprefix("By ").removeprefix("by ").strip() or None


def _canonical(tree: _Element) -> str | None:
    links = tree.xpath("//head/link[@rel='canonical']/@href")
    return str(links[0]).strip() or None if links else None


def _json_ld(tree: _Element) -> Iterator[tuple[str, str]]:
    """headline, datePublished, author and publisher names from the page's JSON-LD articles."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _items(data):
            for key in ("headline", "datePublished"):
                if isinstance(item.get(key), str):
                    yield key, item[key].strip()
            for key in ("author", "publisher"):
                name = _name(item.get(key))
                if name:
                    yield key, name


def _items(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for entry in data:
            yield from _items(entry)
    elif isinstance(data, dict):
        if "@graph" in data:
            yield from _items(data["@graph"])
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.endswith(("Article", "BlogPosting", "Posting", "Report")) for k in kinds):
            yield data


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None
