"""The HTML benchmark sets of ../shared/eval-dev, read the same way for every tool that scores them.

    from html_sets import load_sets
    for page_set in load_sets():           # scrapinghub, cleaneval, cleanportal (those present)
        for page in page_set.pages:        # Page(id, html, url, truth, site, half)
            ...

Each set is a folder with `html/<id>.html.gz`, `ground-truth.json` ({id: {"articleBody", "url"}})
and `split.json` ({"dev_ids": [...]}). CleanEval and CleanPortalEval pages come wrapped in a
`<text id=URL title=... encoding=...>` container the organisers added: it is stripped here, and
its `id` gives the page's URL when the truth has none. Bytes are decoded as the sets' README says:
UTF-8 if valid, else the declared charset (a `<meta>`, then the container's `encoding`; Latin-1
and ASCII read as windows-1252), else windows-1252.

Every page has a `site` (the URL's host without "www.", or the id's prefix before "_" when there
is no URL) and a `half`: "tune" or "confirm", fixed by a hash of the site, so that all pages of a
site fall in one half. Thresholds and models are chosen on "tune"; "confirm" is only reported.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import regex

PROJECT = Path(__file__).resolve().parent.parent
EVAL_DEV = PROJECT.parent / "shared" / "eval-dev"
#: (name, folder) of each set, in the order they are reported.
SETS = (
    ("scrapinghub", EVAL_DEV / "scrapinghub"),
    ("cleaneval", EVAL_DEV / "html-more" / "cleaneval"),
    ("cleanportal", EVAL_DEV / "html-more" / "cleanportal"),
)
#: Sets whose gold text keeps the page's headline and headings (README of eval-dev): an article
#: is scored with its title on top there, and without it on ScrapingHub, whose articleBody has none.
HEADLINE_IN_GOLD = frozenset({"cleaneval", "cleanportal"})
HALVES = ("tune", "confirm")

CONTAINER = regex.compile(rb"^\s*<text\b([^>]*)>(.*)</text>\s*$", regex.S | regex.I)
CONTAINER_ATTRIBUTE = regex.compile(rb"""(\w+)\s*=\s*"([^"]*)\"""")
META_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", regex.I)
WINDOWS_1252_ALIASES = frozenset({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "ascii", "us-ascii", "l1"})


@dataclass(frozen=True, slots=True)
class Page:
    """One benchmark page: its id, its HTML as bytes (container stripped), URL, true text, site, half."""

    id: str
    html: bytes
    url: str
    truth: str
    site: str
    half: str


@dataclass(frozen=True, slots=True)
class PageSet:
    name: str
    pages: tuple[Page, ...]

    @property
    def headline_in_gold(self) -> bool:
        return self.name in HEADLINE_IN_GOLD

    def half(self, name: str) -> tuple[Page, ...]:
        return tuple(page for page in self.pages if page.half == name)


def unwrap(data: bytes) -> tuple[bytes, dict[str, str]]:
    """The page inside the organisers' `<text ...>` container, and the container's attributes.

    >>> unwrap(b'<text id="http://a.example/x" encoding="utf-8"><html><p>Hi</p></html></text>')
    (b'<html><p>Hi</p></html>', {'id': 'http://a.example/x', 'encoding': 'utf-8'})
    >>> unwrap(b"<html><p>Hi</p></html>")
    (b'<html><p>Hi</p></html>', {})
    """
    m = CONTAINER.match(data)
    if m is None:
        return data, {}
    attributes = {k.decode("ascii"): v.decode("utf-8", "replace") for k, v in CONTAINER_ATTRIBUTE.findall(m.group(1))}
    return m.group(2), attributes


def _codec(name: str) -> str:
    name = name.strip().lower()
    return "windows-1252" if name in WINDOWS_1252_ALIASES else name


def decode(data: bytes, container_encoding: str | None = None) -> str:
    """Text from page bytes: UTF-8 if valid, else the declared charset, else windows-1252.

    >>> decode("café".encode("cp1252"))
    'café'
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = META_CHARSET.search(data[:8192])
    for name in (declared.group(1).decode("ascii") if declared else None, container_encoding):
        if not name:
            continue
        try:
            return data.decode(_codec(name))
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("windows-1252", errors="replace")


def site_of(url: str, page_id: str) -> str:
    """The site a page belongs to: the URL's host without "www.", else the id up to its first "_".

    >>> site_of("https://www.bbc.co.uk/news/x", "1"), site_of("", "blogs.wsj.com_economics_03")
    ('bbc.co.uk', 'blogs.wsj.com')
    """
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return page_id.split("_")[0]


def half_of(site: str) -> str:
    """ "tune" or "confirm" by a hash of the site (stable across runs and machines)."""
    return HALVES[hashlib.sha1(site.encode("utf-8")).digest()[0] % 2]


def load_set(name: str, folder: Path) -> PageSet | None:
    """The set's dev pages, or None when its files are missing."""
    truth_file, split_file = folder / "ground-truth.json", folder / "split.json"
    if not truth_file.is_file() or not split_file.is_file():
        return None
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    ids = json.loads(split_file.read_text(encoding="utf-8"))["dev_ids"]
    pages = []
    for page_id in ids:
        if page_id not in truth:
            continue
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        inner, attributes = unwrap(raw)
        markup = decode(inner, attributes.get("encoding"))
        url = truth[page_id].get("url") or attributes.get("id", "")
        url = url if url.startswith(("http://", "https://")) else ""
        site = site_of(url, page_id)
        pages.append(Page(page_id, markup.encode("utf-8"), url, truth[page_id]["articleBody"], site, half_of(site)))
    return PageSet(name, tuple(pages))


def load_sets() -> list[PageSet]:
    """Every set present under ../shared/eval-dev (an empty list when there is none)."""
    return [s for name, folder in SETS if (s := load_set(name, folder)) is not None]
