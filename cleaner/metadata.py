"""Page metadata from what a page declares: <meta> tags, JSON-LD, <title>, <html lang>.

Most news pages declare their title, date, author and site name in Open
Graph / article tags or JSON-LD. Reading those is a few XPath lookups;
trafilatura's full metadata search (author heuristics, categories, tags,
htmldate) is kept as the fallback for pages that declare nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from datetime import date as Date
from typing import Any
from urllib.parse import urljoin, urlsplit

import regex
from lxml.etree import Element, _Element

ISO_DATE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")
#: A Unix time in seconds or milliseconds from 2001-09 to 2286 (`data-timestamp="1709373600"`).
EPOCH = regex.compile(r"[1-9]\d{9}(?:\d{3})?")
#: A date in the other machine spellings pages declare: 2024/03/02, 2024.03.02, 20240302(101500).
MACHINE_DATE = regex.compile(r"((?:19|20)\d\d)([/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d{1,3}\b)")
META_XPATH = "//head/meta[@content and (@property or @name or @itemprop)]"
TITLE_KEYS = ("og:title", "twitter:title", "headline")
DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "original-publish-date",
    "citation_publication_date",
    "citation_date",
    "date",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
AUTHOR_KEYS = (
    "author",
    "article:author",
    "article:author_name",
    "og:article:author",
    "author_name",
    "dc.creator",
    "citation_author",
    "parsely-author",
    "sailthru.author",
    "byl",
)
#: Tags that declare the last change, not the publication.
MODIFIED_KEYS = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified")
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
    author_key = _first_key(tags, AUTHOR_KEYS)
    declared_author = _author(tags.get(author_key or ""), author_key)
    found = {
        "title": _first(tags, TITLE_KEYS) or ld.get("headline"),
        "date": _iso(_first(tags, DATE_KEYS) or ld.get("datePublished")),
        "modified": _iso(_first(tags, MODIFIED_KEYS) or ld.get("dateModified")),
        "author": _named(*_not_the_publisher((declared_author, ld.get("author")), tags, ld)),
        "source": _first(tags, SOURCE_KEYS) or ld.get("publisher"),
        "url": _first(tags, URL_KEYS) or _canonical(tree),
    }
    return {k: v for k, v in found.items() if v}


WORDS = regex.compile(r"\w+")
#: An <h1> unlike the declared title is the headline only if it is the page's one <h1> and this many words long.
HEADLINE_WORDS = 4
#: Separators between a headline and the site's name in a <title> or og:title.
TITLE_SEPARATOR = regex.compile(r"\s+(?:[|\-–—:»·•~]|::)\s+")


def visible_headline(tree: _Element, declared: str | None, site: str | None, url: str | None) -> str | None:
    """The article's headline as the page shows it.

    An <h1> that tells the same story as the declared title (og:title or <title>: half of the
    words of one are in the other) is the headline as readers see it (a declared title is often
    rewritten for search or social cards, or carries the site's name). Otherwise the declared
    title, less a part naming the site (" — MSNBC", " | my6sense", "9to5Mac - "). A declared
    title that is the text of the site's logo (see `_links_home`; trafilatura's title finder takes
    a page's one <h1> whatever it is) gives way to the page's <title>. Where no <h1> shows it, an
    element marked as a title or headline that tells the declared title's story (`_marked_title`).

    >>> from lxml import html
    >>> page = html.fromstring("<body><h1>Site</h1><h1>Insight selling: How retailers sell by stealth</h1></body>")
    >>> visible_headline(page, "How savvy retailers sell by stealth", None, None)
    'Insight selling: How retailers sell by stealth'
    >>> visible_headline(page, "Paul Ryan, the new face of single parents? — MSNBC", "MSNBC", None)
    'Paul Ryan, the new face of single parents?'
    """
    headings: list[str] = []
    logos: list[str] = []
    for h1 in tree.iter("h1"):
        if 0 < len(text := " ".join(" ".join(h1.itertext()).split())) <= 300:
            (logos if _links_home(h1, url) else headings).append(text)
    if declared in logos:
        declared = title_element(tree)  # a fallback's pick of the page's one <h1>, which is the logo
    if declared:
        words = _words(declared)
        for text in headings:
            shown = _words(text)
            common = len(words & shown)
            if common >= 2 and common >= 0.5 * min(len(words), len(shown)):
                return text
    for element in tree.xpath(POST_TITLE_XPATH):
        if 0 < len(text := _text(element)) <= 300:
            return text  # the post's title as blog and CMS templates mark it (hAtom's entry-title)
    if len(headings) == 1 and len(WORDS.findall(headings[0])) >= HEADLINE_WORDS:
        return headings[0]  # the page's one heading, a sentence long: not a logo or a site name
    if not declared:
        return _first_heading(tree) or _largest_type(tree)
    declared = strip_site_name(declared, site, url)
    return _marked_title(tree, declared) or declared


def _first_heading(tree: _Element) -> str | None:
    """The text of the page's first heading of any level, for a page that declares no title and
    has no <h1> or <h2> (a document section with only an <h3>); None if it has none.

    >>> from lxml import html
    >>> _first_heading(html.fromstring('<body><h4><a href="#top">Back to top</a></h4><h3>4.4 Health of the environment'
    ...     "</h3><h4>Air</h4></body>"))
    '4.4 Health of the environment'
    """
    for element in tree.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        jumps = element.xpath(".//a[starts-with(@href, '#')]")
        if 0 < len(text := _text(element)) <= 300 and not any(_text(a) == text for a in jumps):
            return text  # not a jump within the page ("Back to top")
    return None


#: <font size>: 1 to 7, 3 the body's; "+2" is two steps over it. Set at 5 or more, a line is display type.
FONT_SIZE = regex.compile(r"\s*([+-]?)\s*([1-7])\s*$")
DISPLAY_FONT_SIZE = 5


def _largest_type(tree: _Element) -> str | None:
    """The text set in the page's largest <font size> (5 to 7, or "+2" and up), first of the
    largest: the headline of a page made before headings were styled, which has no title and no
    heading element. None if no text is set that large.

    >>> from lxml import html
    >>> _largest_type(html.fromstring('<body><font size="5">Index</font><p><font size="7"><b>Reproductive '
    ...     'Behaviour of Fishes</b></font></p><font size="3">Did you know that fishes court?</font></body>'))
    'Reproductive Behaviour of Fishes'
    """
    best, best_size = None, DISPLAY_FONT_SIZE - 1
    for element in tree.iter("font"):
        found = FONT_SIZE.match(element.get("size") or "")
        if found is None:
            continue
        sign, number = found.groups()
        size = 3 + int(number) if sign == "+" else 3 - int(number) if sign == "-" else int(number)
        if size > best_size and 0 < len(text := _text(element)) <= 300 and len(WORDS.findall(text)) >= 2:
            best, best_size = text, size
    return best


#: Class or id words that mark an element as a page's title or headline ("headline", "post_title", "pageTitle").
TITLE_MARK = regex.compile(r"title|Title|TITLE|headline|Headline")


def _marked_title(tree: _Element, declared: str) -> str | None:
    """The text of an element whose class or id says title or headline and that tells the declared
    title's story (at least two of its words, and half of them): the headline as the page shows it
    where the page has no <h1> for it ("<div class=headline>" beside a <title> that adds "IGN:"
    and "Review"). The one sharing most words; None if none.

    >>> from lxml import html
    >>> page = html.fromstring('<body><div class="title">Site</div><div class="headline">Babylon 5: Season Four'
    ...     '</div><p class="title">Other DVDs</p></body>')
    >>> _marked_title(page, "IGN: Babylon 5: Season Four Review")
    'Babylon 5: Season Four'
    """
    words = _words(declared)
    best, most = None, 1
    for element in tree.iter(Element):
        if element.tag == "title" or not TITLE_MARK.search((element.get("class") or "") + (element.get("id") or "")):
            continue
        text = _text(element)
        common = len(words & _words(text))
        if common > most and common >= 0.5 * len(words) and len(text) <= 300:
            best, most = text, common
    return best


def title_element(tree: _Element) -> str | None:
    """The text of the page's <title>, the title it declares when no meta tag gives one; None if empty.

    >>> from lxml import html
    >>> title_element(html.fromstring("<html><head><title> Rates held - Daily </title></head><body></body></html>"))
    'Rates held - Daily'
    """
    element = tree.find(".//title")
    text = " ".join((element.text_content() if element is not None else "").split())
    return text or None


#: Elements that templates mark as the post's title: hAtom's entry-title, Blogger's post-title, itemprop=headline.
POST_TITLE_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' post-title ') or @itemprop='headline']"
)


def _links_home(heading: _Element, url: str | None = None) -> bool:
    """Whether a heading is the site's logo or a blog's name: it holds, or sits inside, a link to
    the site's home page ("/", a URL with no path) or to a folder above the page itself
    ("/blog/index.html" over "/blog/2005/04/post.htm"). An article's headline links to nothing
    or to the article."""
    links = [*heading.iter("a"), *heading.iterancestors("a")]
    return any(_is_home(link.get("href") or "", url) for link in links)


#: A folder's index page, which stands for the folder: "index.html", "default.asp", ...
INDEX_PAGE = regex.compile(r"(?i:(?:index|default|home)\.\w{2,5})$")


def _is_home(href: str, url: str | None) -> bool:
    """Whether a link goes to the site's home page, or (given the page's `url`) to a folder above the page.

    >>> _is_home("/", None), _is_home("/blog/index.html", "https://a.org/blog/2005/post.htm")
    (True, True)
    >>> _is_home("/blog/2005/post.htm", "https://a.org/blog/2005/post.htm"), _is_home("#top", None)
    (False, False)
    """
    href = href.strip()
    if not href or "#" in href:
        return False
    path = href.split("//", 1)[1].partition("/")[2] if "//" in href else href.lstrip("/")
    if not path.strip("/"):
        return True
    if not url or "//" not in url:
        return False
    target = urljoin(url, href).split("?", 1)[0]
    page = url.split("?", 1)[0].split("#", 1)[0]
    if target.partition("//")[2].partition("/")[0] != page.partition("//")[2].partition("/")[0]:
        return False  # another host
    folder = INDEX_PAGE.sub("", target)
    return folder.endswith("/") and page.startswith(folder) and len(page) > len(folder)


def strip_site_name(title: str, site: str | None, url: str | None) -> str:
    """`title` without a leading or trailing part that names the site (its declared name or its host).

    >>> strip_site_name("Gift Guide: what to buy - 9to5Mac", None, "https://9to5mac.com/2019/x")
    'Gift Guide: what to buy'
    >>> strip_site_name("Opinion | Is Football Violence a Crime?", "The Times", None)
    'Opinion | Is Football Violence a Crime?'
    """
    names = set()
    if site:
        names.add("".join(WORDS.findall(site.casefold())))
    if url:
        host = regex.sub(r"^www\d?\.", "", (url.split("//", 1)[-1].split("/", 1)[0]).casefold())
        names.update(part for part in host.split(".")[:-1] if len(part) > 2)
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or not names:
        return title

    def is_site(part: str) -> bool:
        squashed = "".join(WORDS.findall(part.casefold()))
        return bool(squashed) and any(
            squashed == n or (len(n) > 3 and n in squashed and len(squashed) <= len(n) + 8) for n in names
        )

    if is_site(parts[-1]):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:»·•~").strip() or title
    if is_site(parts[0]):
        return title[len(parts[0]) :].lstrip(" |-–—:»·•~").strip() or title
    return title


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in WORDS.findall(text.casefold()) if len(w) > 2)


#: Words that end a name in a byline: dates, and the roles and desks bylines add after names.
BYLINE_STOP = regex.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
    r"|august|september|october|november|december|updated|posted|published|aktualisiert|mis|publié)\.?"
)
#: Words that follow the names in a byline (roles, desks, "Follow"): a name ends before them.
BYLINE_ROLES = frozenset(
    [
        "writer",
        "writers",
        "reporter",
        "reporters",
        "editor",
        "editors",
        "correspondent",
        "correspondents",
        "staff",
        "contributor",
        "contributors",
        "columnist",
        "producer",
        "news",
        "desk",
        "bureau",
        "photographer",
        "photographers",
        "analyst",
        "senior",
        "associate",
        "special",
        "chief",
        "managing",
        "deputy",
        "national",
        "international",
        "political",
        "business",
        "science",
        "health",
        "tech",
        "technology",
        "sports",
        "sport",
        "auto",
        "economics",
        "economy",
        "security",
        "affairs",
        "follow",
        "email",
        "e-mail",
        "contact",
        "twitter",
        "phone",
        "tel",
        "about",
        "more",
        "author",
        "authors",
        "journalist",
        "journalists",
        "intern",
        "team",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "journaliste",
        "rédaction",
        "redacción",
        "periodista",
        "corresponsal",
    ]
)
NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "di",
        "del",
        "della",
        "van",
        "von",
        "der",
        "den",
        "du",
        "la",
        "le",
        "bin",
        "al",
        "ibn",
        "y",
        "e",
        "und",
        "of",
    ]
)
#: What a byline says before the names: "By", "Posted by", and the same in the languages of the
#: dev and bench pages (German, French, Spanish, Italian, Dutch, Scandinavian, Russian, Polish, Czech).
BYLINE_LEAD = regex.compile(
    r"^(?:(?i:by|posted by|written by|submitted by|words by|text|story by|von|par|por|di|door|av|af|autor|autore|auteur"
    r"|tekst|текст|автор|автори|написал|написала)\b[:\s]+)"
)
BYLINE_SPLIT = regex.compile(r"\s*(?:,|;|\||•|·|\s[-–—]\s|\band\b|&|\bund\b|\bet\b|\by\b|\bwith\b)\s*")
NAME_TOKEN = regex.compile(r"\p{L}[\p{L}'’.\-]*")


#: Articles a publication's name opens with and a person's name does not.
TITLE_ARTICLES = frozenset(["the", "der", "die", "das", "les", "los", "las"])


def byline_names(text: str) -> str | None:
    """The people a byline names, joined with ", ": without "By", roles, desks, dates and handles.

    A name is two to four capitalised words (particles such as "van" inside); the names end
    at the first part of the byline that is not one (a desk, a date, "Follow").

    >>> byline_names("By TOM KRISHER, AP Auto Writer"), byline_names("Eric Song , IGN Staff Updated: 18 Nov 2019")
    ('TOM KRISHER', 'Eric Song')
    >>> byline_names("Howard Gleckman, with Paul Magnusson and Stan Crock, in Washington")
    'Howard Gleckman, Paul Magnusson, Stan Crock'
    >>> byline_names("rmb8090") is None, byline_names("Ana Ruiz | The Harbour Times")
    (True, 'Ana Ruiz')
    """
    text = regex.sub(r"(?:^|\s)@\w+", " ", BYLINE_LEAD.sub("", " ".join(text.split())))
    names: list[str] = []
    for raw in BYLINE_SPLIT.split(text):
        part = BYLINE_LEAD.sub("", raw.strip())
        if not part:
            continue
        tokens = _name_tokens(part)
        if names and tokens and tokens[0].casefold() in TITLE_ARTICLES:
            break  # "Ana Ruiz | The Harbour Times": the publication after the names (alone, it is the credit)
        if len(tokens) == 4 and tokens[:2] == tokens[2:]:
            tokens = tokens[:2]  # "Phil Helsel Phil Helsel is a reporter": the name twice
        if 2 <= len(tokens) <= 4:
            name = " ".join(tokens)
            if name not in names:
                names.append(name)
        elif names:
            break
    return ", ".join(names) or None


#: Titles before a name, left out of it.
HONORIFICS = frozenset(["dr", "mr", "mrs", "ms", "miss", "mx", "prof", "sir", "dame", "rev", "herr", "frau"])
#: Words that make a capitalised byline a newsroom's credit rather than a person ("Telegraph Sport").
DESK_WORDS = frozenset(
    ["news", "sport", "sports", "bureau", "desk", "staff", "team", "wire", "service", "newsroom", "redaktion"]
)


def organisation_credit(text: str) -> str | None:
    """A byline that credits a newsroom, not people: two to five capitalised words, one of them a
    desk word ("Telegraph Sport", "News Nation Bureau", "IGN Staff"), one not a role; None otherwise.
    The truth convention keeps such a credit when it stands where a byline stands.

    >>> organisation_credit("By Telegraph Sport"), organisation_credit("Staff Writer"), organisation_credit("admin")
    ('Telegraph Sport', None, None)
    """
    first = BYLINE_SPLIT.split(BYLINE_LEAD.sub("", " ".join(text.split())), maxsplit=1)[0]
    tokens = first.split()
    if not 2 <= len(tokens) <= 5 or not all(NAME_TOKEN.fullmatch(t) and t[0].isupper() for t in tokens):
        return None
    folded = [t.casefold() for t in tokens]
    if any(t in DESK_WORDS for t in folded) and any(t not in BYLINE_ROLES for t in folded):
        return " ".join(tokens)
    return None


def _name_tokens(part: str) -> list[str]:
    tokens: list[str] = []
    words = part.split()
    for n, token in enumerate(words):
        bare = token.strip(",:;()\"'")
        if not regex.fullmatch(r"\p{Lu}\.", bare):  # an initial keeps its dot ("John W. Miller")
            bare = bare.strip(".")
        folded = bare.casefold()
        if not tokens and folded in HONORIFICS:
            continue  # "Dr Tony Ribbink", "Mrs S J Hattersley": the name without the title
        stop = BYLINE_STOP.fullmatch(folded) and not _first_name_like_a_month(tokens, token, words[n + 1 : n + 2])
        if not bare or stop or regex.search(r"\d", bare) or folded in BYLINE_ROLES:
            break
        if not NAME_TOKEN.fullmatch(bare) or not (bare[0].isupper() or (folded in NAME_PARTICLES and tokens)):
            break
        tokens.append(bare)
        if len(tokens) >= 4:
            break
    while tokens and tokens[-1].casefold() in NAME_PARTICLES:
        tokens.pop()
    return tokens


MONTHS = regex.compile(r"(?i:jan|mar|may|june|april|august)")


def _first_name_like_a_month(tokens: list[str], token: str, following: list[str]) -> bool:
    """Whether `token`, a word that can be a month, is a first name: it opens the name, has no
    dot, and a capitalised word with no digit follows ("Jan Nowak", "May Lee"; not "Jan. 5")."""
    return (
        not tokens
        and bool(MONTHS.fullmatch(token))
        and bool(following)
        and following[0][:1].isupper()
        and not regex.search(r"\d", following[0])
    )


#: Elements whose class or id marks a byline (in the usual spellings: XPath 1.0 has no lower-case,
#: and translate() over every element of a page costs a millisecond).
BYLINE_XPATH = (
    "//*[@class or @id]["
    + " or ".join(
        f"contains(@{attribute},'{word}')"
        for attribute, words in (("class", ("byline", "Byline", "author-name", "article-author")), ("id", ("byline",)))
        for word in words
    )
    # The class token "author" on its own (hAtom's <span class="author vcard">), not "comment-author".
    + " or (contains(@class,'author') and contains(concat(' ', normalize-space(@class), ' '), ' author '))"
    + "]"
)
#: Elements whose itemprop names the author among other properties (itemprop="author creator").
ITEMPROP_AUTHOR_XPATH = "//*[@itemprop][contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')]"
#: Links to an author's page: the path has a segment such as /author/, /authors/, /byline/ or /contributor/.
AUTHOR_SEGMENTS = (
    "author",
    "authors",
    "byline",
    "bylines",
    "contributor",
    "contributors",
    "autor",
    "autoren",
    "auteur",
)
AUTHOR_LINK_XPATH = (
    # A cheap test of the path's start first: most links of a page fail it.
    "//a[contains(@href,'/aut') or contains(@href,'/byline') or contains(@href,'/contrib')]["
    + " or ".join(f"contains(@href,'/{segment}/')" for segment in AUTHOR_SEGMENTS)
    + "]"
)


def body_byline(tree: _Element, headline: str | None = None) -> str | None:
    """The byline the page shows in its body, cleaned to names; None if none.

    Bylines are found by the usual conventions: `rel=author` links, `itemprop=author` elements
    (their `name`), elements with a byline class, and links to an author's page. A page has
    several (the article's, then the sidebar's and the comments'): the one nearest the <h1>
    that shows `headline` (else the page's first <h1>) is the article's. Without an <h1>, the
    conventions are tried in that order and the first that names someone is taken.
    """
    return _nearest_the_headline(tree, list(_byline_candidates(tree)), headline, rank_first=False)


def _byline_candidates(tree: _Element) -> Iterator[tuple[int, _Element, str]]:
    """(convention rank, element, names) of every element that by one convention holds a byline naming someone."""
    for element in tree.iterfind(".//a[@rel='author']"):
        if names := _credited(_text(element)):
            yield 0, element, names
    for element in tree.xpath(ITEMPROP_AUTHOR_XPATH):
        named = element.xpath(".//*[@itemprop='name']")
        value = (named[0].get("content") or _text(named[0])) if named else (element.get("content") or _text(element))
        if names := _credited(value or ""):
            yield 1, element, names
    for element in tree.xpath(BYLINE_XPATH):
        text = _text(element)
        if len(text) <= 200 and (names := _credited(text)):
            yield 2, element, names
    for element in tree.xpath(AUTHOR_LINK_XPATH):
        if names := _credited(_text(element)):
            yield 3, element, names
    for element, text in _lead_lines(tree):
        if names := _credited(text):
            yield 4, element, names


#: The start of a line of text that credits its writer: "By", "Posted by", "Submitted by", ...
LEAD_LINE = regex.compile(r"\s*(?i:by|posted by|written by|submitted by|words by|story by|von|par|por)\s*:?(?:\s|$)")
#: A line longer than this is prose that starts with "By", not a byline.
LEAD_LINE_CHARS = 150


def _lead_lines(tree: _Element) -> Iterator[tuple[_Element, str]]:
    """(element, text) of every element whose own text opens with "By", "Posted by", ...: a byline
    written as a line of text. When the element holds the lead word alone ("<em>by</em><br>Justin
    Murray"), the line is its parent's."""
    for element in tree.iter():
        if not isinstance(element.tag, str) or not element.text or not LEAD_LINE.match(element.text):
            continue
        text = _text(element)
        if LEAD_LINE.fullmatch(text) and element.getparent() is not None:
            element = element.getparent()
            text = _text(element)
        if len(text) <= LEAD_LINE_CHARS:
            yield element, text


#: Accounts that stand for nobody in particular: a byline naming one of them names no author.
GENERIC_ACCOUNTS = frozenset(
    ["admin", "administrator", "anonymous", "guest", "user", "webmaster", "moderator", "unknown", "editor", "staff"]
)
#: A byline that is one word, then perhaps when it was posted: "Posted by Revere at 3:19 PM".
ONE_NAME = regex.compile(r"(\p{Lu}[\p{L}'’\-]{2,})(?:\s+(?:at|@|on|um|à|le)\b.*|\s*[|,•·].*)?")


def display_name(text: str) -> str | None:
    """The one capitalised word a byline credits, a display name or an outlet ("Revere",
    "Reuters"), when it names nothing else; None for a handle ("gto", "rmb8090") or a generic
    account ("Admin").

    >>> display_name("posted by Revere at 3:19 PM"), display_name("Admin"), display_name("gto")
    ('Revere', None, None)
    """
    m = ONE_NAME.fullmatch(BYLINE_LEAD.sub("", " ".join(text.split())))
    if m is None:
        return None
    name: str = m.group(1)
    folded = name.casefold()
    if folded in GENERIC_ACCOUNTS or folded in BYLINE_ROLES or BYLINE_STOP.fullmatch(folded):
        return None
    return name


def _credited(text: str) -> str | None:
    """Who a byline credits: the people it names, else a newsroom's credit, else one display name."""
    return byline_names(text) or organisation_credit(text) or display_name(text)


def _nearest_the_headline(
    tree: _Element, found: list[tuple[int, _Element, str]], headline: str | None, rank_first: bool
) -> str | None:
    """The value of the (rank, element, value) candidate nearest the <h1> that shows `headline`
    (see `_headline_element`), in document order; ties go to the lower rank, or the rank decides
    first when `rank_first`. Without an <h1>, the lowest rank's; None without candidates."""
    if len(found) < 2:
        return found[0][2] if found else None
    anchor = _headline_element(tree, headline)
    if anchor is None:
        return min(found, key=lambda c: c[0])[2]
    order = {element: n for n, element in enumerate(tree.iter())}
    at = order.get(anchor, 0)
    if rank_first:
        return min(found, key=lambda c: (c[0], abs(order.get(c[1], 0) - at)))[2]
    return min(found, key=lambda c: (abs(order.get(c[1], 0) - at), c[0]))[2]


def _headline_element(tree: _Element, headline: str | None) -> _Element | None:
    """The <h1> that shows the headline (shares most of its words), else the page's first <h1>."""
    headings = list(tree.iter("h1"))
    if headline:
        words = _words(headline)
        for h1 in headings:
            shown = _words(_text(h1))
            if words and shown and len(words & shown) >= 0.5 * min(len(words), len(shown)):
                return h1
    return headings[0] if headings else None


#: Elements a browser shows on a line (or a box) of their own: their text never runs into the text beside them.
BLOCK_ELEMENTS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure"),
        *("footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p"),
        *("section", "table", "td", "th", "tr", "ul"),
    }
)


def _text(element: _Element) -> str:
    """An element's text as shown: inline pieces joined as they are ("Molly Woo<span>d</span>"),
    block elements apart ("<div>IGN Staff</div><div>Updated: ...</div>" is "IGN Staff Updated: ...")."""
    pieces: list[str] = []
    _shown_text(element, pieces)
    return " ".join("".join(pieces).split())


def _shown_text(element: _Element, pieces: list[str]) -> None:
    block = isinstance(element.tag, str) and element.tag in BLOCK_ELEMENTS
    if block:
        pieces.append(" ")
    if isinstance(element.tag, str) and element.text:
        pieces.append(element.text)
    for child in element:
        _shown_text(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append(" ")


def _head_metas(tree: _Element) -> Iterator[_Element]:
    """The `<meta content=...>` elements that carry a property, name or itemprop, in document order
    (lxml's iter runs in C)."""
    for meta in tree.iter("meta"):  # the head's first, in document order; some pages put theirs in the body
        if meta.get("content") is not None and (
            meta.get("property") is not None or meta.get("name") is not None or meta.get("itemprop") is not None
        ):
            yield meta


def _first(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    key = _first_key(tags, keys)
    return tags[key] if key else None


def _first_key(tags: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((k for k in keys if k in tags), None)


def _iso(value: str | None) -> str | None:
    """A declared date as YYYY-MM-DD: ISO, another machine spelling, or a date as people write it
    ("March 2, 2024", "Sat, 02 Mar 2024 10:00:00 GMT"); None if `value` holds none.

    >>> _iso("2024-03-02T23:30:00-05:00"), _iso("20240302101500"), _iso("2024/03/02"), _iso("March 2, 2024")
    ('2024-03-02', '2024-03-02', '2024-03-02', '2024-03-02')
    >>> _iso("1709373600"), _iso("1709373600000"), _iso("12345")
    ('2024-03-02', '2024-03-02', None)
    """
    value = value.strip() if value else ""
    if not value:
        return None
    if m := ISO_DATE.match(value):
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    if m := MACHINE_DATE.match(value):
        return f"{m.group(1)}-{m.group(3)}-{m.group(4)}"
    if EPOCH.fullmatch(value):  # seconds (or milliseconds) since 1970, a UTC day
        return datetime.fromtimestamp(int(value[:10]), tz=UTC).date().isoformat()
    return shown_date(value[:80])


#: A contact written after a name: "(ana@example.com)", "(https://example.com/ana)".
CONTACT = regex.compile(r"\s*[(<\[]\s*(?:https?://|www\.|mailto:|[^\s()<>@]+@)[^)>\]]*[)>\]]")
#: A name written surname first, as library catalogues write it: "Ruiz, Ana", "de la Cruz, Ana M.".
SURNAME_FIRST = regex.compile(r"(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}\.)?)")
#: Tags whose convention is surname first (Dublin Core, Google Scholar's citation tags).
SURNAME_FIRST_KEYS = ("dc.creator", "citation_author")


def _author(value: str | None, key: str | None = None) -> str | None:
    """An author name, not a profile URL; a contact after the name left out, and a name the
    tag's convention writes surname first (`SURNAME_FIRST_KEYS`) turned round.

    >>> _author("Ana Ruiz (https://example.com/ana)"), _author("Ruiz, Ana", "dc.creator"), _author("https://x.org/ana")
    ('Ana Ruiz', 'Ana Ruiz', None)
    """
    value = CONTACT.sub("", value) if value else value
    if not value or "://" in value or value.startswith("/"):
        return None
    if key in SURNAME_FIRST_KEYS and (m := SURNAME_FIRST.fullmatch(value.strip())):
        return f"{m.group(2)} {m.group(1)}"
    return value.removeprefix("By ").removeprefix("by ").strip() or None


#: Tags that name the site or the company behind it (besides SOURCE_KEYS): "© 2019 Condé Nast".
OWNER_KEYS = ("copyright", "dc.rights", "rights", "dcterms.rightsholder")


def _not_the_publisher(
    candidates: tuple[str | None, ...], tags: dict[str, str], ld: dict[str, str]
) -> tuple[str | None, ...]:
    """The candidates less those that name the site or its owner, not a writer: a template's
    `<meta name=author>` often holds the company ("Condé Nast") that the copyright notice, the
    site name or the JSON-LD publisher names.

    >>> _not_the_publisher(("Condé Nast", "Molly Wood"), {"copyright": "Copyright (c) Condé Nast 2019"}, {})
    (None, 'Molly Wood')
    """
    owners = [
        _squashed(value)
        for value in (*(tags.get(key) for key in (*SOURCE_KEYS, *OWNER_KEYS)), ld.get("publisher"))
        if value
    ]

    def is_owner(candidate: str) -> bool:
        name = _squashed(candidate)
        return len(name) > 2 and any(name == owner or (len(name) > 5 and name in owner) for owner in owners)

    return tuple(None if c and is_owner(c) else c for c in candidates)


def _squashed(text: str) -> str:
    """`text` case-folded with all but its letters and digits left out: "Condé Nast" is "condénast"."""
    return "".join(WORDS.findall(text.casefold()))


def _named(*candidates: str | None) -> str | None:
    """The first candidate that names people (see `byline_names`), else the first candidate at all:
    a name is preferred to a handle ("devindra") whichever source gives it."""
    present = [c for c in candidates if c]
    return next((c for c in present if byline_names(c)), present[0] if present else None)


def _canonical(tree: _Element) -> str | None:
    links = tree.xpath("//head/link[@rel='canonical']/@href")
    return str(links[0]).strip() or None if links else None


def _json_ld(tree: _Element) -> Iterator[tuple[str, str]]:
    """headline, datePublished, author and publisher names from the page's JSON-LD articles."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        data = _load_json_ld(script)
        if data is None:
            continue
        nodes = _nodes_by_id(data)
        for item in _items(data):
            for key in ("headline", "datePublished", "dateModified"):
                if isinstance(item.get(key), str):
                    yield key, item[key].strip()
            for key in ("author", "publisher"):
                name = _name(item.get(key), nodes)
                if name:
                    yield key, name
            if item.get("author") is None and (creator := _name(item.get("creator"), nodes)):
                yield "author", creator  # schema.org's broader property, where no author is given


#: What some pages wrap their JSON-LD in: a CDATA section, often behind // or /* */ comments.
JSON_LD_WRAPPING = regex.compile(r"^\s*(?://|/\*)?\s*<!\[CDATA\[(?:\s*\*/)?|(?://|/\*)?\s*\]\]>\s*(?:\*/)?\s*$")


def _load_json_ld(script: str) -> Any:
    """A JSON-LD script's data, its CDATA wrapping removed; None if it is not JSON.

    >>> _load_json_ld('//<![CDATA[\\n{"@type": "NewsArticle", "headline": "Hi"}\\n//]]>')
    {'@type': 'NewsArticle', 'headline': 'Hi'}
    """
    try:
        return json.loads(JSON_LD_WRAPPING.sub("", script), strict=False)
    except ValueError:
        return None


def _nodes_by_id(data: Any) -> dict[str, dict[str, Any]]:
    """Every node of a JSON-LD document that has an "@id", by that id (to resolve {"@id": ...} references)."""
    found: dict[str, dict[str, Any]] = {}
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            if isinstance(value.get("@id"), str) and len(value) > 1:
                found.setdefault(value["@id"], value)
            stack.extend(v for v in value.values() if isinstance(v, (list, dict)))
    return found


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


def _name(value: Any, nodes: dict[str, dict[str, Any]] | None = None) -> str | None:
    """The name(s) a JSON-LD author or publisher gives: a string, {"name": ...}, a list of them,
    or an {"@id": ...} reference to a node elsewhere in the document."""
    if isinstance(value, list):
        names = [n for n in (_name(v, nodes) for v in value) if n]
        return ", ".join(dict.fromkeys(names)) or None
    if isinstance(value, dict):
        if "name" not in value and nodes and isinstance(value.get("@id"), str):
            value = nodes.get(value["@id"], value)
        value = value.get("name")
    return value.strip() if isinstance(value, str) and value.strip() else None


#: Month names and their usual abbreviations, in the languages of the dev and bench pages.
MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar janvier enero gennaio januari janeiro января январь stycznia",
            "february feb febr februar février fevrier febrero febbraio februari fevereiro февраля февраль lutego",
            "march mar märz maerz mars marzo maart março marco марта март marca",
            "april apr avril abril aprile апреля апрель kwietnia",
            "may mai mayo maggio mei maio мая май maja",
            "june jun juni juin junio giugno junho июня июнь czerwca",
            "july jul juli juillet julio luglio julho июля июль lipca",
            "august aug août aout agosto augustus августа август sierpnia",
            "september sep sept septembre septiembre settembre setembro сентября сентябрь września",
            "october oct oktober octobre octubre ottobre outubro октября октябрь października",
            "november nov novembre noviembre novembro ноября ноябрь listopada",
            "december dec dez dezember décembre decembre diciembre dicembre dezembro декабря декабрь grudnia",
        ),
        start=1,
    )
    for name in names.split()
}
MONTH = r"(?P<month>\p{L}{3,10})\.?"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.|er)?"
YEAR = r"(?P<year>(?:19|20)\d\d)"
#: Dates as pages show them: "Nov. 18, 2019", "19 November 2019", "30. Juli 2018", "2 de março de 2024",
#: "2018-08-25", "11.10.2018", "2024年3月2日".
SHOWN_DATES = [
    regex.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b"),
    regex.compile(rf"\b{DAY}\s+(?:de\s+)?{MONTH},?\s+(?:de\s+)?{YEAR}\b"),
    regex.compile(r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)\b"),
    regex.compile(r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"),
    # Chinese, Japanese and Korean: 2024年3月2日, 2024년 3월 2일.
    regex.compile(r"(?P<year>(?:19|20)\d\d)\s?[年년]\s?(?P<month>[01]?\d)\s?[月월]\s?(?P<day>[0-3]?\d)\s?[日일]"),
]


def shown_date(text: str) -> str | None:
    """The first full date (day, month and year) `text` shows, as YYYY-MM-DD; None if it shows none.

    >>> shown_date("Nov. 18, 2019 7:04 pm ET"), shown_date("publiziert am 30. Juli 2018"), shown_date("1 day ago")
    ('2019-11-18', '2018-07-30', None)
    """
    found: list[tuple[int, str]] = []
    for pattern in SHOWN_DATES:
        for m in pattern.finditer(text):
            month_text = m.group("month")
            month = int(month_text) if month_text.isdigit() else MONTH_NAMES.get(month_text.casefold(), 0)
            day = int(m.group("day"))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((m.start(), f"{m.group('year')}-{month:02d}-{day:02d}"))
                break
    return min(found)[1] if found else None


#: Classes that say an element shows a date, a time or a publication (Blogger's "date-header",
#: "article__timestamp", "publish-date"), in their usual spellings.
DATE_CLASS = regex.compile(r"date|Date|time|Time|publish|posted")


def _date_elements(tree: _Element) -> Iterator[_Element]:
    """The elements that show when an article was published: <time>, itemprop=datePublished, and
    those whose class says date, time or published; in document order. (One pass in Python: the
    same test as an XPath expression took half as long again.)"""
    for element in tree.iter(Element):
        cls = element.get("class")
        if (
            (cls is not None and DATE_CLASS.search(cls))
            or element.tag == "time"
            or element.get("itemprop") == "datePublished"
        ):
            yield element


#: Attributes that give a date element's date in a machine spelling.
DATE_ATTRIBUTES = ("datetime", "content", "data-timestamp", "data-time", "data-date", "data-published")
#: Words that mark a date as the last change, not the publication.
UPDATE_WORDS = r"(?i:updated|modified|aktualisiert|mis à jour|actualizado|last reviewed|обновлено)"
UPDATED = regex.compile(UPDATE_WORDS)
#: An update's clause: from its word to the next separator or sentence end (or the text's end).
UPDATE_CLAUSE = regex.compile(UPDATE_WORDS + r"[^|·•;\n]*?(?=[|·•;\n]|\.\s+\p{Lu}|$)")
#: Text longer than this around a date is a paragraph that mentions it, not a dateline.
DATELINE_CHARS = 120


def published_part(text: str) -> str:
    """`text` without the clauses that give an update's date: a line that shows both the
    publication and the last change ("Posted March 2, 2024 | Updated April 1, 2024") keeps
    the publication.

    >>> published_part("Posted March 2, 2024 | Updated April 1, 2024")
    'Posted March 2, 2024 | '
    >>> published_part("Last updated: April 1, 2024. Published: March 2, 2024")
    'Last . Published: March 2, 2024'
    """
    return str(UPDATE_CLAUSE.sub("", text))


def headline_date(tree: _Element, headline: str | None = None) -> str | None:
    """The publication date the page shows beside its headline, as YYYY-MM-DD (in the page's own
    time zone, as its readers see it); None if none is shown.

    Dates are read from <time> elements, `itemprop=datePublished` and elements whose class says
    date, time or published: their text when it shows a full date, else their `datetime` or
    `content` attribute. A date marked as an update is left out; of the rest, a <time> or
    datePublished element is preferred to a class (a site header's "today" has a date class), and
    the one nearest the <h1> that shows `headline` (else the first <h1>) is the article's.
    """
    found: list[tuple[int, _Element, str]] = []
    for element in _date_elements(tree):
        text = _text(element)
        if len(text) > DATELINE_CHARS or UPDATED.search(element.get("class") or ""):
            continue
        published = published_part(text)
        shown = shown_date(published)
        if published != text and not shown:
            continue  # an update's date only
        date = shown or next(filter(None, (_iso(element.get(a)) for a in DATE_ATTRIBUTES)), None)
        if date:
            marked = element.tag == "time" or element.get("itemprop") == "datePublished"
            found.append((0 if marked else 1, element, date))
    return _nearest_the_headline(tree, found, headline, rank_first=True)


#: A year in an element's own text: the cheap test before an element's whole text is read for a date.
YEAR_IN_TEXT = regex.compile(r"(?:19|20)\d\d")
#: A dateline is a date and at most this many other words ("publiziert am", "Posted on Tuesday,").
DATELINE_WORDS = 4
#: Words that mark a date as not the article's: a copyright notice.
NOT_PUBLISHED = regex.compile(r"(?i:©|\(c\)|copyright)")


#: A date spelled in a URL's path: /2024/03/02/ or /2024-03-02-title (year, month, day).
URL_DATE = regex.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|\.html?|$)")


def url_date(url: str | None) -> str | None:
    """The ISO date a URL's path spells, if it spells one (blogs and news sites file posts by day).

    >>> url_date("https://example.com/2024/03/02/wall-repairs/"), url_date("https://example.com/2024/wall")
    ('2024-03-02', None)
    """
    m = URL_DATE.search(urlsplit(url).path) if url else None
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def dateline_date(tree: _Element, headline: str | None = None) -> str | None:
    """The date of a dateline the page shows, as YYYY-MM-DD: an element whose text is a full date
    and at most `DATELINE_WORDS` other words ("<p>December 10, 2003</p>", "publiziert am 30. Juli
    2018"), not marked as an update or a copyright; the one nearest the <h1> that shows `headline`,
    else the first. For pages that declare no date and whose date elements have no telling class or
    tag (older pages, hand-made templates). None if the page shows none.

    >>> from lxml import html
    >>> page = html.fromstring("<body><h2>Most wanted</h2><p>December 10, 2003</p><p>On May 2, 2003 it rose.</p>"
    ...     "<p>Last updated 5 March 2004</p></body>")
    >>> dateline_date(page)
    '2003-12-10'
    """
    found: list[tuple[int, _Element, str]] = []
    for element in tree.iter(Element):
        if not element.text or not YEAR_IN_TEXT.search(element.text) or element.tag in ("script", "style", "title"):
            continue
        text = _text(element)
        if len(text) > DATELINE_CHARS or NOT_PUBLISHED.search(text):
            continue
        published = published_part(text)
        date = shown_date(published)
        if date and len(published.split()) <= DATELINE_WORDS + 4:  # a date itself is three or four words
            found.append((0, element, date))
    return _nearest_the_headline(tree, found, headline, rank_first=True)


def in_page_time_zone(declared: str | None, shown: str | None) -> str | None:
    """The declared date, or the date shown beside the headline when the two are a day apart: a
    declared timestamp is often in UTC, and the page shows the day in its own time zone (WSJ
    "Nov. 18, 2019 7:04 pm ET" declares 2019-11-19T00:04Z).

    >>> in_page_time_zone("2019-11-19", "2019-11-18"), in_page_time_zone("2019-11-19", "2019-10-02")
    ('2019-11-18', '2019-11-19')
    """
    if declared and shown and abs((Date.fromisoformat(declared) - Date.fromisoformat(shown)).days) == 1:
        return shown
    return declared
