"""HTML front end: bytes -> Unicode -> pruned tree -> trafilatura -> text + metadata.

Nothing else happens here: the text that comes out goes through the same
engine, rules and segmentation as a `.txt` page. html-drop rules remove
elements (consent banners, share bars, related boxes) before extraction,
each removal recorded as a hit; a rule that would take most of the page's
text is skipped instead (its selector is too broad for this page).
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from contextvars import ContextVar
from copy import deepcopy
from dataclasses import dataclass
from itertools import accumulate, islice
from typing import Any
from urllib.parse import urljoin

import charset_normalizer
import lxml.html
import regex
import trafilatura
from htmldate import find_date
from lxml import etree
from lxml.etree import _Element
from trafilatura import external as trafilatura_external
from trafilatura import metadata as trafilatura_metadata
from trafilatura import utils as trafilatura_utils
from trafilatura.settings import use_config

from cleaner.metadata import (
    body_byline,
    byline_names,
    dateline_date,
    declared_metadata,
    headline_date,
    in_page_time_zone,
    organisation_credit,
    url_date,
    visible_headline,
)
from cleaner.ruleset.compiler import CompiledRule
from cleaner.ruleset.selectors import SelectorIndex
from cleaner.types import Kind, RuleHit

#: One config for every call: no extraction timeout (it uses signals, which do
#: not work in worker threads) and nothing cached across documents.
TRAFILATURA_CONFIG = use_config()
TRAFILATURA_CONFIG.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")

DECLARED_CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{2,40})""", regex.I)
HIT_PREVIEW = 300
NO_MARKUP = "html: no HTML to read (an empty file, or text without elements)"
NO_MAIN_TEXT = "html: the extractor found no main text on the page"
#: htmldate without its extensive search: that search takes a year from a
#: "Copyright 2025" footer and reports January 1st as the article's date.
DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the HTML front end makes of a page: article text, metadata, element removals."""

    text: str
    meta: Mapping[str, Any]
    hits: tuple[RuleHit, ...]
    teasers: tuple[Teaser, ...] = ()
    #: Which extractor's text this is: "trafilatura", or "readability" when trafilatura's fell short.
    extractor: str = "trafilatura"
    #: Why the text is empty, when it is (the markup did not parse, the extractor found no main text).
    empty_reason: str | None = None
    #: How many headings trafilatura kept in the text (None: not known, readability's text).
    headings: int | None = None


#: The readability port's readings trafilatura makes while it extracts one page, when a caller
#: asks for them (`extract` does, on pages that declare no article: it would otherwise run the
#: port a second time on the same page, ~2 ms). A context variable: threads and tasks each see
#: their own; every other caller of trafilatura is unaffected.
PORT_READINGS: ContextVar[list[Any] | None] = ContextVar("port_readings", default=None)


def _remembering(port: type) -> type:
    """trafilatura's readability port class, made to also hand each summary it writes to
    `PORT_READINGS` when that is set."""

    class RememberingPort(port):  # type: ignore[misc]
        def summary(self, *args: Any, **kwargs: Any) -> Any:
            reading = super().summary(*args, **kwargs)
            if (taken := PORT_READINGS.get()) is not None:
                taken.append(reading)
            return reading

    RememberingPort.remembering = True
    return RememberingPort


# trafilatura looks the port up in its module when it runs it. One that runs no port there (or
# names it otherwise) leaves PORT_READINGS empty, and `scored_reading` runs the port itself.
_PORT = getattr(trafilatura_external, "ReadabilityDocument", None)
if isinstance(_PORT, type) and not getattr(_PORT, "remembering", False):
    setattr(trafilatura_external, "ReadabilityDocument", _remembering(_PORT))  # noqa: B010 (not exported)


def decode_html(data: bytes) -> str:
    """Unicode from HTML bytes: UTF-8 if valid, else the declared charset, else a detected one.

    A page that declares a charset its bytes do not decode with (declared
    wrongly) falls through to detection with charset-normalizer.

    >>> decode_html('<meta charset="windows-1251"><p>Привет</p>'.encode("cp1251"))[-13:]
    '<p>Привет</p>'
    """
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = DECLARED_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best)
    return data.decode("utf-8", errors="replace")


def _html_parser() -> lxml.html.HTMLParser:
    """trafilatura's parser settings, with every element an HtmlElement chosen in C.

    lxml.html's own parser asks a Python function which class each element
    gets (a form, an input, a label...) every time Python touches an element;
    trafilatura touches thousands a page, and never needs those classes. The
    tree, and so the text, is the same.
    """
    parser = lxml.html.HTMLParser(
        collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True
    )
    parser.set_element_class_lookup(
        etree.ElementDefaultClassLookup(
            element=lxml.html.HtmlElement,
            comment=lxml.html.HtmlComment,
            pi=lxml.html.HtmlProcessingInstruction,
            entity=lxml.html.HtmlEntity,
        )
    )
    return parser


HTML_PARSER = _html_parser()


def parse_html(markup: str) -> _Element | None:
    """An lxml tree of the page, parsed as trafilatura's `load_html` parses it, or None if there is none.

    trafilatura's own loading steps matter: a tree from plain lxml.html
    differs (comments, recovery) and on some pages loses half the article.
    They are repeated here, with HTML_PARSER.
    """
    if not markup.strip():
        return None
    beginning = markup[:50].lower()
    markup = trafilatura_utils.repair_faulty_html(markup, beginning)
    try:
        tree: _Element | None = lxml.html.fromstring(markup, parser=HTML_PARSER)
    except (ValueError, etree.LxmlError):  # ValueError: a string with an encoding declaration
        tree = None
    if tree is None or len(tree) < 1:
        tree = _parse_bytes(markup)
    if tree is not None and trafilatura_utils.is_dubious_html(beginning) and len(tree) < 2:
        if len(tree) < 1 or beginning.lstrip().startswith("<html"):
            return None
        # A fragment without <html> (a table, a div dumped from a page): read it as a page's body,
        # which is what it was; trafilatura alone refuses it and returns nothing.
        return parse_html(f"<html><body>{markup}</body></html>")
    return tree if isinstance(tree, _Element) else None


def _parse_bytes(markup: str) -> _Element | None:
    try:
        return lxml.html.fromstring(markup.encode("utf8", "surrogatepass"), parser=HTML_PARSER)
    except (ValueError, etree.LxmlError):
        return None


#: Elements trafilatura's tree cleaning deletes whatever the settings (its MANUALLY_CLEANED).
SCRIPT_TAGS = ("script", "style", "noscript", "svg")


#: A <noscript> holding this much text in paragraphs or an article is page content, not a fallback notice.
NOSCRIPT_CONTENT_CHARS = 200


def unwrap_swallowing_noscript(tree: _Element) -> int:
    """Unwrap each <noscript> that holds the page's content; return how many were unwrapped.

    A page that opens `<noscript><div ...>` and never closes the div gets the rest of its body
    parsed inside the <noscript>, and deleting script tags would delete the article. A real
    noscript holds a tracking pixel or an "enable JavaScript" notice: under
    `NOSCRIPT_CONTENT_CHARS` of text, or none in paragraphs, headings or an article.

    >>> tree = lxml.html.fromstring("<div><noscript><div>Enable JS<p>" + "Text. " * 50 + "</p></div></noscript></div>")
    >>> unwrap_swallowing_noscript(tree), tree.find(".//noscript") is None
    (1, True)
    """
    unwrapped = 0
    for element in list(tree.iter("noscript")):
        if text_length(element) < NOSCRIPT_CONTENT_CHARS:
            continue
        if element.find(".//p") is None and element.find(".//article") is None and element.find(".//h1") is None:
            continue
        element.drop_tag()  # lxml.html: the element goes, its text and children stay in place
        unwrapped += 1
    return unwrapped


def text_length(element: _Element) -> int:
    """Characters of text under an element, runs of whitespace counted as one (computed in C)."""
    return int(element.xpath("string-length(normalize-space(.))"))


def prune(tree: _Element, rules: Sequence[CompiledRule], article_page: bool = True) -> list[RuleHit]:
    """Remove the elements each html-drop rule selects, in rule order, with a guard.

    A rule marked `articles_only` is left out where `article_page` is false.

    A rule whose matches hold more than its `max_share` of the page's text is
    skipped for this page (recorded as a hit with nothing removed), so a broad
    selector never empties an article; with `max_text`, only elements with at
    most that many characters of text are taken.
    """
    hits: list[RuleHit] = []
    rules = [rule for rule in rules if article_page or not rule.rule.articles_only]
    indexed = SelectorIndex.build((n, r.compounds) for n, r in enumerate(rules) if r.compounds).find(tree)
    total = 0
    for number, rule in enumerate(rules):
        found = _outermost(indexed.get(number, []) if rule.compounds else rule.pattern(tree))
        if rule.rule.max_text:
            found = [e for e in found if len(" ".join(" ".join(e.itertext()).split())) <= rule.rule.max_text]
        if not found:
            continue
        total = total or max(1, text_length(tree))
        share = sum(text_length(e) for e in found) / total
        if share > rule.rule.max_share:
            hits.append(RuleHit(rule.id, Kind.HTML_DROP, 0, 0, "", f"skipped: would remove {share:.0%} of the text"))
            continue
        for element in found:
            removed = " ".join(" ".join(element.itertext()).split())[:HIT_PREVIEW]
            _drop_keeping_tail(element)
            hits.append(RuleHit(rule.id, Kind.HTML_DROP, 0, 0, removed))
    return hits


def _outermost(elements: Any) -> list[_Element]:
    """Matched elements minus those inside another match (removing the outer one suffices)."""
    chosen = [e for e in elements if isinstance(e, _Element)]
    ids = {id(e) for e in chosen}
    return [e for e in chosen if not any(id(a) in ids for a in e.iterancestors())]


def _drop_keeping_tail(element: _Element) -> None:
    """Remove an element but keep the text that follows it (lxml's tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


@dataclass(frozen=True, slots=True)
class Teaser:
    """One item of a listing page: its headline, its text, and where it links to."""

    title: str | None
    text: str
    url: str | None


#: Tuned on the dev pages (none of the 62 single-article pages is taken for a
#: listing) and on the listing fixtures in tests/html: a listing has at least
#: three <article> items with a heading, together holding a good part of the
#: page's text, none of them most of it.
LISTING_MIN_ITEMS = 3
LISTING_MIN_SHARE = 0.4
LISTING_MAX_ITEM_SHARE = 0.6
HEADINGS = ".//*[self::h1 or self::h2 or self::h3 or self::h4]"


def find_listing(tree: _Element) -> list[Teaser] | None:
    """The items of a tag, category or search page (or a page of several articles), or None.

    trafilatura merges such pages into one blob; here each `<article>` with a
    heading becomes its own item, in page order.
    """
    if sum(1 for _ in islice(tree.iter("article"), LISTING_MIN_ITEMS)) < LISTING_MIN_ITEMS:
        return None  # most pages: too few <article> elements, found without building the list
    items = [a for a in _outermost(tree.xpath("//article")) if a.xpath(HEADINGS) and text_length(a) >= 40]
    if len(items) < LISTING_MIN_ITEMS:
        return None
    sizes = [text_length(a) for a in items]
    body = tree.find("body")
    total = max(1, text_length(body if body is not None else tree))
    if sum(sizes) / total < LISTING_MIN_SHARE or max(sizes) / sum(sizes) > LISTING_MAX_ITEM_SHARE:
        return None
    return [_teaser(item) for item in items]


def _teaser(item: _Element) -> Teaser:
    heading = item.xpath(HEADINGS)[0]
    title = " ".join(" ".join(heading.itertext()).split()) or None
    links = heading.xpath(".//a/@href") or item.xpath(".//a/@href")
    blocks = []
    for block in item.xpath(".//p | .//li | .//blockquote"):
        line = " ".join(" ".join(block.itertext()).split())
        if line:
            blocks.append(line)
    if not blocks:
        heading_text = set(heading.itertext())
        rest = " ".join(t for t in item.itertext() if t not in heading_text)
        blocks = [" ".join(rest.split())] if rest.strip() else []
    return Teaser(title, "\n".join(blocks), str(links[0]) if links else None)


def extract(
    data: bytes | str,
    url: str | None,
    rules: Sequence[CompiledRule],
    favor_precision: bool = True,
    second_opinion: bool = True,
    keep_comments: bool = True,
) -> Extracted:
    """Decode, prune and extract one page; the text is empty if nothing could be found.

    trafilatura extracts (its precision setting for a page that declares an article, see
    `declares_an_article`). A page that declares no article (a forum thread, a personal or
    university page, an old blog) keeps its comments, which are its text there, and with
    `second_opinion` it gets the union of trafilatura's text and the readability port's
    (`scored_reading`, `merge_readings`): on such pages each finds blocks the other misses.
    With `second_opinion`, a page whose extraction
    holds under `SHORT_SHARE` of the text its <p> elements hold is read by readability-lxml too,
    and readability's text is taken when it is `LONGER_BY` times longer (trafilatura truncated a
    long post, or picked a sidebar or a bio). See `second_reading`. Without it, trafilatura runs
    without its own fallback extractors too (`fast`): the quick mode. Without `keep_comments`
    (`--comments never`), no page keeps its comments.
    """
    markup = decode_html(data) if isinstance(data, bytes) else data
    tree = parse_html(markup)
    if tree is None:
        return Extracted("", {}, (), empty_reason=NO_MARKUP)
    language = tree.get("lang") or tree.get("xml:lang")
    declared = declared_metadata(tree)
    # The body's byline only where the page declares no author's name; read before html-drop
    # rules take credit lines and author boxes.
    byline = (
        None
        if declared.get("author") and byline_names(declared["author"])
        else body_byline(tree, declared.get("title"))
    )
    article_page = declares_an_article(tree, declared)
    hits = prune(tree, rules, article_page or not keep_comments)
    listing = find_listing(tree)
    metadata = page_metadata(tree, url, language, byline, declared, search_date=second_opinion)
    # trafilatura deletes these itself (keeping their tails), but only after
    # copying and walking the tree: deleting them first gave the same text on
    # every dev page, 1.4 ms a page sooner. Metadata (JSON-LD) is read above.
    unwrap_swallowing_noscript(tree)
    etree.strip_elements(tree, *SCRIPT_TAGS, with_tail=False)
    paragraphs = sum(text_length(p) for p in tree.iter("p")) if second_opinion else 0
    readings: list[Any] = []
    asked = PORT_READINGS.set(readings)
    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=favor_precision and article_page,
            include_comments=keep_comments and not article_page,
            deduplicate=False,
            with_metadata=False,
            fast=not second_opinion,
            config=TRAFILATURA_CONFIG,
        )
    finally:
        PORT_READINGS.reset(asked)
    text = ""
    headings: int | None = 0
    if isinstance(document, trafilatura.settings.Document):
        headings = sum(1 for _ in document.body.iter("head")) if document.body is not None else None
        # bare_extraction keeps the page's source indentation (extract() would
        # strip it): lines are trimmed here, before the text pipeline sees them.
        text = "\n".join(line.strip() for line in (document.text or "").splitlines())
        if document.comments:  # only asked for where the page declares no article
            text += "\n" + "\n".join(line.strip() for line in document.comments.splitlines())
    extractor = "trafilatura"
    if second_opinion and len(text) < SHORT_SHARE * paragraphs:
        alternative = second_reading(tree, url)
        if len(alternative) > LONGER_BY * max(1, len(text)):
            text, extractor, headings = alternative, "readability", None
    if second_opinion and not article_page and extractor == "trafilatura":
        merged = merge_readings(text, scored_reading(tree, readings))
        if merged != text:
            text, extractor = merged, "trafilatura+readability"
    if not text.strip():
        reason = None if listing else NO_MAIN_TEXT
        return Extracted("", metadata, tuple(hits), tuple(listing or ()), empty_reason=reason)
    if not metadata.get("author") and (shown := byline_in_text(text)):
        metadata["author"] = shown
    teasers = tuple(_absolute(t, url) for t in listing) if listing and _merged(listing, text) else ()
    return Extracted(text, metadata, tuple(hits), teasers, extractor=extractor, headings=headings)


def declares_an_article(tree: _Element, declared: Mapping[str, str]) -> bool:
    """Whether the page says it is an article: a declared publication date, og:type "article",
    or an <article> element. trafilatura's precision setting suits such pages (news, blog posts:
    it leaves out the comments and link lists around them); on other pages (a forum thread, a
    university page, a personal home page) its default keeps the headings, lists and posts that
    are the page's own text. (On the tune half of the dev sets: CleanEval 0.795 -> 0.842, the
    others unchanged; recall instead of default scored the same within noise there, and lower
    on the confirm half.)
    """
    if declared.get("date") or tree.find(".//article") is not None:
        return True
    return any("article" in str(kind).lower() for kind in tree.xpath("//meta[@property='og:type']/@content"))


#: A second reading is asked for when trafilatura's text holds under this share of the page's <p> text,
#: and taken when it is this many times longer. Chosen on the tune half of the HTML dev sets (ratio
#: 0.5 to 0.7 and gain 1.3 to 2.0 gave the same figures; readability then reads 9 of 152 pages).
SHORT_SHARE = 0.5
LONGER_BY = 1.6
#: Elements whose text readability's summary gives a line of its own.
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "td", "tr", "dd", "dt")


def second_reading(tree: _Element, url: str | None) -> str:
    """readability-lxml's article text of the (pruned) page, one line per block; "" if it finds none."""
    from readability import Document as Readability  # loaded only for the few pages that need it

    try:
        summary = Readability(lxml.html.tostring(tree, encoding="unicode"), url=url).summary(html_partial=True)
    except Exception:  # readability raises on markup it cannot read: no second opinion then
        return ""
    return html_lines(summary)


def scored_reading(tree: _Element, taken: Sequence[str] = ()) -> str:
    """The text of the block that trafilatura's readability port scores as the page's main
    content, one line per block; "" if it finds none. The port works on the parsed tree
    (readability-lxml serialises and re-parses the page first): about 2 ms a page against 13.
    `taken`: the summaries the port already wrote for this page while trafilatura extracted it
    (`PORT_READINGS`); the first is read instead of running the port again (the same tree went
    in: the same text on every dev page).
    """
    if taken:
        return html_lines(taken[0])
    try:
        from trafilatura.readability_lxml import Document as ReadabilityPort

        summary = ReadabilityPort(deepcopy(tree), min_text_length=25).summary()
    except Exception:  # the port raises on trees it cannot score (or is gone): no second reading then
        return ""
    return html_lines(summary)


WORD = re.compile(r"\w+")  # the standard module: a third faster here than `regex`


def merge_readings(primary: str, secondary: str) -> str:
    """`primary` with the lines of `secondary` that it lacks, each put after the primary line
    that holds the secondary line before it (at the top if none does).

    Two extractors that score a page differently each miss some of a page whose text is
    spread over several blocks (a forum thread, a home page, a list of posts): their union
    keeps both readings' text, and the rules then clean it as they clean any extracted text.
    A line counts as present when its words occur, in order, in the primary text (across
    line ends: the two extractors break blocks into lines differently).

    >>> merge_readings("Intro\\nSecond part", "Intro\\nA missed paragraph\\nSecond part\\nA tail")
    'Intro\\nA missed paragraph\\nSecond part\\nA tail'
    """
    lines = primary.split("\n")
    keys = [" " + " ".join(words) if (words := WORD.findall(line)) else "" for line in lines]
    whole = "".join(keys) + " "
    starts = list(accumulate((len(key) for key in keys[:-1]), initial=0))
    additions: dict[int, list[str]] = {}
    anchor = -1
    for line in secondary.split("\n"):
        words = WORD.findall(line)
        if not words:
            continue
        key = " " + " ".join(words) + " "
        found = whole.find(key, starts[anchor] if anchor >= 0 else 0)
        if found < 0:
            found = whole.find(key)
        if found >= 0:
            anchor = bisect_right(starts, found) - 1
        else:
            additions.setdefault(anchor, []).append(line)
    if not additions:
        return primary
    merged = list(additions.get(-1, ()))
    for index, line in enumerate(lines):
        merged.append(line)
        merged.extend(additions.get(index, ()))
    return "\n".join(merged)


def html_lines(markup: str) -> str:
    """The text of an HTML fragment, one line per block element, spaces folded: a line break
    in the source is a space (inside <pre> it stays a line break).

    >>> html_lines("<div><p>One <b>two</b></p><p>Three<br>four</p></div>")
    'One two\\nThree\\nfour'
    >>> html_lines("<p>A paragraph the source\\nbroke in two.</p><pre>x = 1\\ny = 2</pre>")
    'A paragraph the source broke in two.\\nx = 1\\ny = 2'
    """
    if not markup.strip():
        return ""
    root = lxml.html.fromstring(markup)
    preformatted = {inner for pre in root.iter("pre") for inner in pre.iter()}
    for element in root.iter():
        text, tail = element.text, element.tail
        if text and ("\n" in text or "\r" in text) and element not in preformatted:
            element.text = text.replace("\r", " ").replace("\n", " ")
        if tail and ("\n" in tail or "\r" in tail) and element.getparent() not in preformatted:
            element.tail = tail.replace("\r", " ").replace("\n", " ")
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for element in root.iter(*BLOCK_TAGS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def _absolute(teaser: Teaser, base: str | None) -> Teaser:
    """The teaser with its link resolved against the page's URL, when that is known."""
    if teaser.url and base:
        return Teaser(teaser.title, teaser.text, urljoin(base, teaser.url))
    return teaser


def _merged(teasers: Sequence[Teaser], text: str) -> bool:
    """True when trafilatura's text runs over two or more items: it merged a listing.

    An article page whose sidebar holds many teasers is not a listing: its
    extraction holds the article, and at most one teaser.
    """
    flat = " ".join(text.split())
    found = sum(1 for t in teasers if t.text and _probe(t.text) in flat)
    return found >= 2


def _probe(text: str) -> str:
    """The start of a teaser's longest line: what an extraction of it would contain."""
    longest = max(text.splitlines(), key=len)
    return " ".join(longest.split())[:60]


BYLINE_LINE = regex.compile(r"(?i:by|von|par|por)\s+\p{Lu}")


def byline_in_text(text: str, lines: int = 5) -> str | None:
    """The names of a "By ..." line among the first lines of the extracted text, if there is one.

    >>> byline_in_text("Harbour wall to be rebuilt\\nBy Ailsa Morton and Euan Reid | 20 Feb 2024\\nThe council voted.")
    'Ailsa Morton, Euan Reid'
    """
    for line in [line for line in text.splitlines() if line.strip()][:lines]:
        if len(line) <= 150 and BYLINE_LINE.match(line.strip()):
            return byline_names(line)
    return None


def page_metadata(
    tree: _Element,
    url: str | None,
    language: str | None,
    byline: str | None = None,
    declared: Mapping[str, str] | None = None,
    search_date: bool = True,
) -> dict[str, Any]:
    """title, date, author, source, url and language of a page, in cleaner's names.

    - title: the headline as the page shows it (`metadata.visible_headline`: an <h1> that tells
      the declared title's story, else the declared title less the site's name);
    - date: declared (Open Graph, article tags, JSON-LD datePublished), else htmldate without its
      extensive search (which reads a copyright year as 1 January); either is moved to the day the
      page shows beside its headline when the two are a day apart (`metadata.in_page_time_zone`);
      else the date a date element beside the headline shows (`metadata.headline_date`: its text,
      or a machine date in its `datetime` or `content`), else the date of a dateline the page
      shows (`metadata.dateline_date`), else the date its
      URL's path spells (`metadata.url_date`: /2024/03/02/);
    - author: the declared one cleaned to names (a name preferred to a handle), else `byline`,
      the byline the body shows (`metadata.body_byline`, read before html-drop rules ran);
    - source: declared, else trafilatura's site-name finder; url and language as given.
    Measured on tests/data/html_metadata_truth.jsonl by tools/eval_metadata.py. `declared`: what
    `declared_metadata` read from the page already. Without `search_date` (`--html fast`), htmldate
    is not asked (about 1 ms a page): the date is the declared one or a dateline's.
    """
    found: dict[str, Any] = dict(declared) if declared is not None else declared_metadata(tree)
    # The date shown beside the headline only corrects a declared or found one by a day (see
    # in_page_time_zone): both are often UTC timestamps, and the page shows its own time zone's day.
    modified = found.pop("modified", None)
    date = found.get("date") or (find_date(tree, **DATE_PARAMS) if search_date else None)
    shown = headline_date(tree, found.get("title"))
    if date and date == modified and not found.get("date") and shown and shown < date:
        date = shown  # htmldate took the declared last change; the page shows when it was published
    found["date"] = (
        in_page_time_zone(date, shown)
        if date
        else shown or dateline_date(tree, found.get("title")) or url_date(url or found.get("url"))
    )
    found.setdefault("source", trafilatura_metadata.extract_sitename(tree))
    declared_title = found.get("title") or trafilatura_metadata.extract_title(tree)
    found["title"] = visible_headline(tree, declared_title, found.get("source"), url or found.get("url"))
    # Declared first, then shown: the better order on the tune half of the truth file (0.754 against 0.738).
    declared_author = byline_names(found["author"]) if found.get("author") else None
    # A newsroom's credit declared ("News Nation Bureau") comes after a byline the page shows.
    credit = organisation_credit(found["author"]) if found.get("author") else None
    found["author"] = declared_author or byline or credit
    found["url"] = url or found.get("url")
    found["language"] = language.split("-")[0].lower() if language else None
    return {k: v for k, v in found.items() if isinstance(v, str) and v.strip()}
