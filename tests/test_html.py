"""The HTML path end to end on hand-written pages in tests/html/: html-drop rules, encodings, metadata, CLI.

Each fixture is a small but complete page (head, meta, navigation, footer).
The tests check what comes out of `Cleaner.clean_html` and `cleaner clean`:
boilerplate removed (and recorded as html hits), article text intact,
legacy encodings decoded, metadata filled in, output deterministic.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from copy import deepcopy
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner import Article, Cleaner, Document
from cleaner.cli import app
from cleaner.html import parse_html

PAGES = Path(__file__).resolve().parent / "html"

runner = CliRunner()


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.from_rules()


def page(name: str) -> bytes:
    return (PAGES / f"{name}.html").read_bytes()


def clean(cleaner: Cleaner, name: str, **meta: Any) -> tuple[Document, list[Article]]:
    document = cleaner.clean_html(page(name), name, meta)
    return document, cleaner.articles(document)


def all_text(articles: list[Article]) -> str:
    return "\n".join(f"{a.title or ''}\n{a.text}" for a in articles)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# --- (a) consent banner -----------------------------------------------------------------------

FERRY_PARAGRAPHS = [
    "Islanders face three weeks without a direct crossing to the mainland after the ferry operator withdrew "
    "its largest vessel from service and cancelled the rest of its winter timetable on Wednesday evening.",
    "Engineers found a crack in the housing of the port engine of the MV Loch Seaforth",
    "The cancellation leaves the Stornoway route, which carried more than 180,000 passengers last winter,",
    '"We know how much disruption this causes to people who depend on the service',
    "Local councillors called for an emergency meeting with ministers.",
    "Passengers with existing bookings will be offered a full refund or a place on the freight ship, "
    "the operator said.",
]
BANNER_PHRASES = [
    "We value your privacy",
    "143 partners",
    "Accept All Cookies",
    "Reject All",
    "Manage Preferences",
    "Privacy Preference Centre",
    "Strictly Necessary Cookies",
    "Confirm My Choices",
]


def test_consent_banner_gone_article_kept(cleaner: Cleaner) -> None:
    raw = page("consent_onetrust").decode("utf-8")
    assert all(phrase in raw for phrase in BANNER_PHRASES), "fixture lost its banner"
    document, articles = clean(cleaner, "consent_onetrust")
    assert len(articles) == 1
    text = articles[0].text
    for phrase in BANNER_PHRASES:
        assert phrase not in all_text(articles)
    positions = [text.find(p) for p in FERRY_PARAGRAPHS]
    assert -1 not in positions, text
    assert positions == sorted(positions), "paragraphs out of order"
    assert len(text.splitlines()) == len(FERRY_PARAGRAPHS)
    consent = [h for h in document.html_hits if h.rule_id == "html.consent-platform"]
    assert len(consent) == 1, document.html_hits
    assert consent[0].inserted == ""
    assert consent[0].removed.startswith("We value your privacy")


# --- (b) related box and share bar ------------------------------------------------------------

COUNCIL_PARAGRAPHS = [
    "The Riverton City Council voted 9-4 on Thursday night to build a two-way protected bike lane",
    "The lane will run on the east side of the street from the river bridge to Carver Avenue,",
    "Council member Luis Ortega, who sponsored the plan, said the city had recorded 41 crashes",
    "Opponents, including the Main Street Business Association, argued that removing 60 parking spaces",
    "The project will cost an estimated $2.4 million, most of it covered by a federal safety grant",
]
RELATED_AND_SHARE = [
    "Related coverage",
    "Main Street merchants push back",
    "Cyclist killed in crash at Carver Avenue",
    "Read next",
    "School board cuts two bus routes",
    "Riverton High rallies",
    "Share this story",
    "Share on Facebook",
    "Email this article to a friend",
    "LinkedIn",
    "WhatsApp",
]


def test_related_box_and_share_bar_gone(cleaner: Cleaner) -> None:
    document, articles = clean(cleaner, "related_share")
    assert len(articles) == 1
    text = articles[0].text
    positions = [text.find(p) for p in COUNCIL_PARAGRAPHS]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert len(text.splitlines()) == len(COUNCIL_PARAGRAPHS)
    for phrase in RELATED_AND_SHARE:
        assert phrase not in text
    rules = sorted(h.rule_id for h in document.html_hits)
    assert rules == ["html.related-box", "html.related-box", "html.share-bar", "html.share-bar"]
    removed = " ".join(h.removed for h in document.html_hits)
    for phrase in RELATED_AND_SHARE:
        assert phrase in removed
    assert not any(h.inserted for h in document.html_hits)


# --- (c) listing page -------------------------------------------------------------------------

TEASERS = [
    (
        "Offshore wind farm off Cape Marren wins final approval",
        "The 62-turbine project, twelve miles off the cape, cleared its last planning hurdle on Tuesday",
    ),
    (
        "Tidal turbine trial in Harlow Sound extended for two years",
        "The university team running the trial said the single turbine had produced more power than forecast",
    ),
    (
        "County to cover school car parks with solar canopies",
        "Fourteen schools will get solar canopies over their car parks under a plan approved by the county board",
    ),
    (
        "Port Town battery site to store power for 20,000 homes",
        "A grid battery on the site of the old power station will store surplus wind power at night",
    ),
]


def test_listing_page_keeps_every_teaser(cleaner: Cleaner) -> None:
    # Whatever the segmentation: every summary survives, in page order,
    # without the page furniture.
    _, articles = clean(cleaner, "tag_listing")
    assert articles
    text = all_text(articles)
    positions = [text.find(summary) for _, summary in TEASERS]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    for furniture in ("Read more", "Older stories", "© 2024 Coastline Courier", "Privacy"):
        assert furniture not in text


def test_listing_page_one_article_per_teaser(cleaner: Cleaner) -> None:
    _, articles = clean(cleaner, "tag_listing")
    assert [a.title for a in articles] == [title for title, _ in TEASERS]
    for article, (_, summary) in zip(articles, TEASERS, strict=True):
        assert article.text.startswith(summary)
        others = [s for _, s in TEASERS if s != summary]
        assert not any(other in article.text for other in others)


def test_listing_page_lines_are_trimmed(cleaner: Cleaner) -> None:
    _, articles = clean(cleaner, "tag_listing")
    for article in articles:
        for line in article.text.splitlines():
            assert line == line.strip() and line, repr(line)


# --- (d) legacy encodings ---------------------------------------------------------------------

ENCODED = {
    # saved as windows-1251 with a correct http-equiv charset
    "cp1251_declared": (
        "В Казани открыли новую станцию метро «Тукая»",
        [
            "открылась станция метро «Тукая» — первая новая станция",
            "Её строительство началось весной 2018 года",
            "«Мы ждём, что поток вырастет, когда рядом достроят жилые кварталы», — сказал он.",
            "Стоимость проезда не изменится и составит 35 рублей.",
        ],
    ),
    # saved as cp1252 (curly apostrophes, the euro sign, œ) with no charset anywhere
    "cp1252_undeclared": (
        "Lyon : la fête des Lumières attire un million de visiteurs",
        [
            "Malgré une pluie fine et un vent glacé, la fête des Lumières a attiré plus d’un million de visiteurs",
            "la façade de l’hôtel de ville s’est transformée en aquarium géant",
            "« On n’avait jamais vu autant de monde à Fourvière », témoigne Geneviève",
            "38 € en restauration et hébergement",
            "où une œuvre monumentale sera projetée sur le musée.",
        ],
    ),
    # saved as cp1252 but declares utf-8
    "cp1252_declared_utf8": (
        "Münchner Stadtrat beschließt kostenlose Busse für Schüler",
        [
            "Schülerinnen und Schüler in München sollen vom kommenden September an kostenlos",
            "mit großer Mehrheit beschlossen.",
            "Bisher zahlen Familien für das Ausbildungsticket bis zu 400 € im Jahr",
            "„Mobilität darf keine Frage des Geldbeutels sein“, sagte die Bürgermeisterin",
            "Der Landkreis Fürstenfeldbruck will im Frühjahr",
        ],
    ),
}
MOJIBAKE = re.compile("[\ufffd\u0080-\u009f]|Ã[\u0080-\u00bf]|Ð[\u0080-\u00bf]|Ñ[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]")


def test_encoding_fixtures_are_what_they_claim() -> None:
    for name in ENCODED:
        with pytest.raises(UnicodeDecodeError):
            page(name).decode("utf-8")
    head = {name: page(name)[:600].lower() for name in ENCODED}
    assert b"charset=windows-1251" in head["cp1251_declared"]
    assert b"charset" not in page("cp1252_undeclared").lower()
    assert b'<meta charset="utf-8">' in head["cp1252_declared_utf8"]


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_legacy_encoding_decoded(cleaner: Cleaner, name: str) -> None:
    title, sentences = ENCODED[name]
    _, articles = clean(cleaner, name)
    assert len(articles) == 1
    article = articles[0]
    assert article.title == title
    for sentence in sentences:
        assert sentence in article.text, article.text
    assert not MOJIBAKE.search(all_text(articles)), MOJIBAKE.search(all_text(articles))


# --- (e) content whose container class contains "cookie" ---------------------------------------


def test_cookie_named_recipe_container_survives(cleaner: Cleaner) -> None:
    document, articles = clean(cleaner, "cookie_recipe")
    assert document.html_hits == (), "no html-drop rule may touch a recipe in <div class='cookie-recipe'>"
    assert len(articles) == 1
    text = articles[0].text
    for sentence in (
        "These are the cookies I bake when friends come over",
        "The one rule you have to accept is the overnight rest.",
        "225 g unsalted butter",
        "Flaky sea salt, to finish",
        "Melt the butter in a light-coloured pan over medium heat",
        "Heat the oven to 180°C.",
        "Baked cookies keep for four days in an airtight tin.",
    ):
        assert sentence in text, text
    assert articles[0].title == "Brown Butter Chocolate Chip Cookies"


GUARDED = re.compile(r"\s*:is\((?P<guards>[^()]*)\):is\((?P<targets>[^()]*)\)\s*")
TARGET = re.compile(r"(?<![\w-])(?P<tag>[a-z][a-z0-9]*)?(?P<sign>[.#])(?P<name>[A-Za-z_][\w-]*)")
WORD_CLASS = re.compile(r"\[class~=\"(?P<name>[\w-]+)\"\]")


def selector_targets(select: str) -> list[tuple[str, str, str]]:
    """(tag, attribute, value) for every whole id or class token a selector names.

    A `[class*=...]`/`[id*=...]` substring test may only appear as a guard in
    front of a list of whole-token targets: `:is(GUARDS):is(TARGETS)`.
    """
    items, depth, current = [], 0, ""
    for char in select:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    items.append(current)
    found = []
    for item in items:
        guarded = GUARDED.fullmatch(item)
        targets = guarded.group("targets") if guarded else item
        assert "*=" not in targets, f"substring test used as a target: {item.strip()}"
        found += [("div", "class", m.group("name")) for m in WORD_CLASS.finditer(targets)]
        for m in TARGET.finditer(re.sub(r"\[[^\]]*\]", "", targets)):
            found.append((m.group("tag") or "div", "class" if m.group("sign") == "." else "id", m.group("name")))
    return found


def xpath_targets(xpath: str) -> list[tuple[str, str, str]]:
    assert "contains(concat(' ', normalize-space(@class), ' ')" in xpath
    return [("div", "class", name) for name in re.findall(r"' ([\w-]+) '", xpath)]


def test_html_rules_take_whole_tokens_only(cleaner: Cleaner) -> None:
    """Every html.* rule takes each id/class it names, and none of the look-alikes around it."""
    rules = [r for r in cleaner.rules.rules if r.id.startswith("html.")]
    assert len(rules) >= 10
    checked = 0
    for rule in rules:
        assert rule.kind.value == "html-drop"
        select, xpath = rule.rule.select, rule.rule.xpath
        if (select and not re.search(r"[.#]", select)) or (xpath and "@class" not in xpath and "@id" not in xpath):
            continue  # a structural rule (element kinds, form fields) names no id or class to mistake
        targets = selector_targets(select) if select else xpath_targets(xpath or "")
        assert targets, rule.id
        for tag, attribute, name in targets:
            value = f"story {name} wide" if attribute == "class" else name
            look_alikes = [f"{name}-story", f"x{name}", f"story-{name}"]
            markup = "".join(f'<{tag} {attribute}="{v}">look-alike</{tag}>' for v in look_alikes)
            tree = parse_html(
                f'<html><body><p>Text.</p><{tag} {attribute}="{value}">target</{tag}>{markup}</body></html>'
            )
            assert tree is not None
            taken = [" ".join(e.itertext()) for e in rule.pattern(tree)]
            assert taken == ["target"], f"{rule.id}: {attribute}={name!r} took {taken}"
            checked += 1
    assert checked >= 80


# --- (f) metadata -----------------------------------------------------------------------------

META = {
    "consent_onetrust": {
        "title": "Ferry operator cancels winter timetable after engine fault",
        "date": "2024-03-14",
        "author": "Morag Campbell",
        "source": "The Northbridge Herald",
        "url": "https://www.northbridgeherald.co.uk/news/2024/03/14/ferry-winter-timetable",
        "language": "en",
    },
    "related_share": {
        "title": "City council approves protected bike lanes on Main Street",
        "date": "2023-10-05",
        "author": "Dana Whitfield",
        "source": "Riverton Daily News",
        "url": "https://www.rivertondailynews.com/local/2023/10/05/council-approves-main-street-bike-lanes/",
        "language": "en",
    },
    "cp1251_declared": {
        "title": "В Казани открыли новую станцию метро «Тукая»",
        "date": "2021-09-06",
        "author": "Ирина Савельева",
        "source": "Волжские вести",
        "url": "https://volzhskie-vesti.ru/news/2021/09/06/metro-tukaya/",
        "language": "ru",
    },
}


@pytest.mark.parametrize("name", sorted(META))
def test_metadata(cleaner: Cleaner, name: str) -> None:
    want = META[name]
    _, articles = clean(cleaner, name)
    (article,) = articles
    assert article.title == want["title"]
    assert {key: article.meta.get(key) for key in want} == want
    assert article.meta["role"] == "main"


def test_language_from_html_lang(cleaner: Cleaner) -> None:
    # <html lang="fr"> and lang="de" on pages without any other language hint
    assert clean(cleaner, "cp1252_undeclared")[1][0].meta["language"] == "fr"
    assert clean(cleaner, "cp1252_declared_utf8")[1][0].meta["language"] == "de"


def test_record_url_wins_over_page_url(cleaner: Cleaner) -> None:
    _, articles = clean(cleaner, "consent_onetrust", url="https://mirror.example.net/ferry")
    assert articles[0].meta["url"] == "https://mirror.example.net/ferry"
    assert articles[0].meta["source"] == "The Northbridge Herald"


# --- (g) the command line ---------------------------------------------------------------------


def test_cli_directory_of_html_and_gzip(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(PAGES / "consent_onetrust.html", pages / "ferry.html")
    (pages / "bikes.html.gz").write_bytes(gzip.compress(page("related_share")))
    shutil.copy(PAGES / "cp1251_declared.html", pages / "metro.htm")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["clean", str(pages), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["bikes#1", "ferry#1", "metro#1"]
    by_page = {r["source_id"]: r for r in records}
    assert by_page["bikes"]["title"] == META["related_share"]["title"]
    assert "Share on Facebook" not in by_page["bikes"]["text"]
    assert COUNCIL_PARAGRAPHS[-1] in by_page["bikes"]["text"]
    assert "We value your privacy" not in by_page["ferry"]["text"]
    assert FERRY_PARAGRAPHS[0] in by_page["ferry"]["text"]
    assert "Её строительство началось весной 2018 года" in by_page["metro"]["text"]
    assert by_page["metro"]["meta"]["language"] == "ru"
    assert "Её строительство".encode() in out.read_bytes(), "non-ASCII written as UTF-8, not escaped"


def test_cli_jsonl_html_records(tmp_path: Path) -> None:
    records = [
        {"id": "ferry", "url": "https://www.northbridgeherald.co.uk/a/1", "html": page("consent_onetrust").decode()},
        {"id": "lyon", "url": "https://www.leprogres-rhone.fr/lyon/2019/12/09/lumieres", "html": "", "lang": "fr"},
        {"id": "recipe", "url": "https://theflourdrawer.com/r/2", "html": page("cookie_recipe").decode()},
    ]
    records[1]["html"] = page("cp1252_undeclared").decode("cp1252")
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "articles"
    result = runner.invoke(app, ["clean", str(source), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    manifest = read_jsonl(out / "manifest.jsonl")
    assert [m["id"] for m in manifest] == ["ferry#1", "lyon#1", "recipe#1"]
    assert [m["url"] for m in manifest] == [r["url"] for r in records]
    assert manifest[1]["lang"] == "fr", "other record fields pass through at the top level"
    assert "url" not in manifest[0]["meta"] and "lang" not in manifest[1]["meta"]
    files = {m["source_id"]: (out / m["file"]).read_text(encoding="utf-8") for m in manifest}
    assert files["ferry"].startswith(META["consent_onetrust"]["title"] + "\n\n")
    assert "Accept All Cookies" not in files["ferry"]
    assert "plus d’un million de visiteurs" in files["lyon"]
    assert "225 g unsalted butter" in files["recipe"]


# --- (h) determinism --------------------------------------------------------------------------

ALL_PAGES = sorted(p.name.removesuffix(".html") for p in PAGES.glob("*.html"))


@pytest.mark.parametrize("name", ALL_PAGES)
def test_cleaning_twice_gives_identical_output(cleaner: Cleaner, name: str) -> None:
    first, articles = clean(cleaner, name)
    second, again = clean(cleaner, name)
    assert articles, f"{name}: no article"
    assert again == articles
    assert second.html_hits == first.html_hits
    assert Cleaner.from_rules().articles(Cleaner.from_rules().clean_html(page(name), name, {})) == articles
    assert [a.to_record() for a in articles] == [a.to_record() for a in again]


# --- the parser: trafilatura's tree, built faster -------------------------------------------------

MARKUP_CASES = {
    "doctype and comments": "<!DOCTYPE html>\n<html><head><title>T</title></head>"
    "<body><!-- c --><p>One</p><?pi x?></body></html>",
    "encoding declaration": '<?xml version="1.0" encoding="utf-8"?><html><body><p>Déclaré</p></body></html>',
    "self-closing html": "<html/>\n<body><p>Body after a faulty html tag</p></body>",
    "fragment": "<p>only a paragraph</p>",
    "form elements": "<html><body><form><label>L</label><input name=q><select><option>o</option></select>"
    "<textarea>t</textarea></form><p>Text</p></body></html>",
}


@pytest.mark.parametrize(
    "markup",
    [*MARKUP_CASES.values(), *(p.read_text(encoding="utf-8", errors="replace") for p in sorted(PAGES.glob("*.html")))],
)
def test_parse_html_builds_trafilaturas_tree(markup: str) -> None:
    """parse_html repeats trafilatura.load_html with a parser whose element classes are chosen in C:
    the same tree (serialised byte for byte), or None where trafilatura gives None."""
    import trafilatura
    from lxml import etree
    from lxml.html import HtmlElement

    ours, theirs = parse_html(markup), trafilatura.load_html(markup)
    assert (ours is None) == (theirs is None)
    if ours is not None:
        assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
        assert all(isinstance(e, HtmlElement) for e in ours.iter() if isinstance(e.tag, str))


def test_a_noscript_left_open_does_not_swallow_the_article(cleaner: Cleaner) -> None:
    # The page opens <noscript><div> and never closes the div: lxml parses the whole body
    # inside the <noscript>, which script stripping used to delete with the article.
    _, articles = clean(cleaner, "noscript_unclosed")
    (article,) = articles
    assert article.title == "Harbour wall to be rebuilt after winter storms"
    assert article.text.startswith("The council voted on Tuesday")
    assert article.text.endswith('This decision means we can plan again."')
    assert "JavaScript" not in article.text


def test_pages_without_an_article_are_counted_and_explained(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(PAGES / "consent_onetrust.html", pages / "ferry.html")
    (pages / "app.html").write_text(
        "<html><head><title>Loading</title></head><body><div id='app'></div><script>start()</script></body></html>",
        encoding="utf-8",
    )
    (pages / "blank.txt").write_text("  \n", encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["clean", str(pages), "-o", str(out), "--errors", str(errors), "--quiet"])
    assert result.exit_code == 0, result.output  # no article is an outcome, not a failure
    assert [r["source_id"] for r in read_jsonl(out)] == ["ferry"]
    report = json.loads((tmp_path / "out.report.json").read_text(encoding="utf-8"))
    assert report["failed"] == 0 and report["empty"] == 2
    reasons = {Path(e["origin"]).name: e["empty_reason"] for e in report["empty_pages"]}
    assert reasons == {
        "blank.txt": "no text in the input",
        "app.html": "html: the extractor found no main text on the page",
    }
    listed = {Path(e["origin"]).name: e["reason"] for e in read_jsonl(errors)}
    assert set(listed) == {"blank.txt", "app.html"} and "no article" in listed["app.html"]


# --- metadata: where the author comes from ----------------------------------------------------

STORY = "".join(
    f"<p>{sentence} The harbour board met again on Tuesday to weigh the cost of the new wall.</p>"
    for sentence in ("Storms broke the old wall.", "Engineers warned in December.", "Work starts in April.")
)


def _page(head: str = "", body_top: str = "", article_top: str = "", after: str = "") -> bytes:
    return (
        f"<html><head><title>Harbour wall to be rebuilt</title>{head}</head><body>{body_top}"
        f"<article><h1>Harbour wall to be rebuilt</h1>{article_top}{STORY}</article>{after}</body></html>"
    ).encode()


JSON_LD_ARTICLE = (
    '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Harbour wall to be rebuilt",'
    ' "datePublished": "2024-02-20T09:15:00Z", "author": [{"@type": "Person", "name": "Ailsa Morton"},'
    ' {"@type": "Person", "name": "Euan Reid"}]}'
)
GRAPH = (
    '{"@context": "https://schema.org", "@graph": [{"@type": "Person", "@id": "#ailsa", "name": "Ailsa Morton"},'
    ' {"@type": "NewsArticle", "headline": "Harbour wall to be rebuilt", "author": {"@id": "#ailsa"}}]}'
)
AUTHOR_SOURCES = {
    "json-ld in CDATA": (
        _page(head=f'<script type="application/ld+json">//<![CDATA[\n{JSON_LD_ARTICLE}\n//]]></script>'),
        "Ailsa Morton, Euan Reid",
    ),
    "json-ld @graph with an @id reference": (
        _page(head=f'<script type="application/ld+json">{GRAPH}</script>'),
        "Ailsa Morton",
    ),
    "meta article:author_name": (
        _page(head='<meta property="article:author_name" content="Ailsa Morton">'),
        "Ailsa Morton",
    ),
    "og:article:author in the body": (
        _page(body_top='<meta property="og:article:author" content="Ailsa Morton">'),
        "Ailsa Morton",
    ),
    "rel=author, the first link": (
        _page(
            article_top='<p class="credit">Words: <a rel="author" href="/a/morton">Ailsa Morton</a></p>',
            after='<aside><a rel="author" href="/a/reid">Euan Reid</a></aside>',
        ),
        "Ailsa Morton",
    ),
    "itemprop=author with its name": (
        _page(article_top='<div itemprop="author" itemscope><span itemprop="name">Ailsa Morton</span></div>'),
        "Ailsa Morton",
    ),
    "byline class, role and date dropped": (
        _page(article_top='<p class="article-byline">By AILSA MORTON, AP Science Writer | Feb. 20, 2024</p>'),
        "AILSA MORTON",
    ),
    "a By line at the top of the text": (
        _page(article_top="<p>By Ailsa Morton and Euan Reid</p>"),
        "Ailsa Morton, Euan Reid",
    ),
    "a name rather than a handle": (
        _page(
            head='<meta name="author" content="ailsam"><script type="application/ld+json">'
            '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ailsa Morton"}}</script>'
        ),
        "Ailsa Morton",
    ),
}


@pytest.mark.parametrize("source", sorted(AUTHOR_SOURCES))
def test_the_author_is_read_from(cleaner: Cleaner, source: str) -> None:
    html, author = AUTHOR_SOURCES[source]
    document = cleaner.clean_html(html, "harbour")
    assert document.meta.get("author") == author


def test_the_visible_headline_wins_over_a_declared_title_with_the_site_name(cleaner: Cleaner) -> None:
    html = _page(head='<meta property="og:title" content="Harbour wall: board to rebuild it | Kilbride Courier">')
    assert cleaner.clean_html(html, "harbour", {"url": "https://kilbridecourier.example/a"}).meta["title"] == (
        "Harbour wall to be rebuilt"
    )


# --- the second reading -----------------------------------------------------------------------

ASIDE_PAGE = (
    "<html><head><title>Harbour wall</title><meta property='og:type' content='article'></head>"
    "<body><nav><a href='/'>Home</a></nav><aside>"
    + "".join(
        f"<p>Paragraph {n}: the harbour board met again on Tuesday to weigh the cost of rebuilding the wall"
        f" that the winter storms broke in {n + 2} places, and engineers spoke for an hour.</p>"
        for n in range(12)
    )
    + "</aside></body></html>"
).encode()


def test_a_page_trafilatura_reads_short_gets_a_second_reading(cleaner: Cleaner) -> None:
    # The story sits in an <aside>, which trafilatura's precision setting leaves out whole;
    # readability-lxml reads it, and its text is cleaned by the same rules.
    document = cleaner.clean_html(ASIDE_PAGE, "aside")
    text = "\n".join(a.text for a in cleaner.articles(document))
    assert document.meta["extractor"] == "readability"
    assert "Paragraph 0:" in text and "Paragraph 11:" in text
    fast = cleaner.with_config(html="fast")
    assert (
        fast.empty_reason(fast.clean_html(ASIDE_PAGE, "aside")) == "html: the extractor found no main text on the page"
    )


def test_an_unknown_html_mode_is_refused(tmp_path: Path) -> None:
    page_file = tmp_path / "a.html"
    page_file.write_bytes(ASIDE_PAGE)
    result = runner.invoke(app, ["clean", str(page_file), "-o", str(tmp_path / "out.jsonl"), "--html", "slow"])
    assert result.exit_code != 0 and "--html must be one of default, fast" in result.output


def test_precision_is_for_pages_that_declare_an_article() -> None:
    from cleaner.html import declares_an_article, parse_html

    forum = parse_html("<html><body><h2>Thread: wall repairs</h2><div class='post'><p>We met.</p></div></body></html>")
    news = parse_html("<html><head><meta property='og:type' content='article'></head><body><p>Hi.</p></body></html>")
    assert forum is not None and news is not None
    assert not declares_an_article(forum, {})
    assert declares_an_article(news, {}) and declares_an_article(forum, {"date": "2024-02-20"})


def test_an_html_fragment_without_an_html_element_is_read_as_a_page_body(cleaner: Cleaner) -> None:
    # A table dumped from a page, with no <html> or <body>: trafilatura alone refuses it.
    cells = "".join(f"<tr><td><p>{paragraph}</p></td></tr>" for paragraph in COUNCIL_PARAGRAPHS)
    fragment = f'\n<table border="0" width="60%">{cells}</table>\n'.encode()
    articles = cleaner.articles(cleaner.clean_html(fragment, "fragment"))
    assert articles and COUNCIL_PARAGRAPHS[-1] in articles[0].text
    plain = cleaner.clean_html(b"just a line of text, no markup at all", "plain")
    assert cleaner.empty_reason(plain) == "html: no HTML to read (an empty file, or text without elements)"


def _stories_page(heading: str) -> bytes:
    """Two stories with a byline each; their headlines as `heading` elements, or as plain paragraphs."""
    stories = []
    harbour = "Engineers will rebuild the harbour wall that winter storms broke in {n} places, using granite blocks."
    library = "Readers may borrow novels and study upstairs until ten at night; volunteers staff desk {n}."
    for title, byline, sentence in (
        ("Harbour wall to be rebuilt by spring", "By Jane Doe | March 3, 2024", harbour),
        ("Library opens late on Fridays", "By Tom Becker | 9 April 2025", library),
    ):
        paragraphs = "".join(f"<p>{sentence.format(n=n + 2)}</p>" for n in range(8))
        stories.append(f"<{heading}>{title}</{heading}><p>{byline}</p>{paragraphs}")
    return f"<html><body><article>{''.join(stories)}</article></body></html>".encode()


def test_the_layout_agnostic_segmenter_weighs_html_text_only_where_its_markup_shows_two_headings(
    cleaner: Cleaner,
) -> None:
    # HTML marks a story's headline up as a heading and trafilatura keeps headings: a text with one
    # heading or none is one story as far as the page tells, and the segmenter (4 ms a CleanEval
    # page) is not asked. With two headings it weighs their starts.
    headed = cleaner.clean_html(_stories_page("h2"), "headed")
    # (The page's title names the first story: the second is its spillover, kept with --keep-related.)
    assert [article.title for article in cleaner.with_config(keep_related=True).articles(headed)] == [
        "Harbour wall to be rebuilt by spring",
        "Library opens late on Fridays",
    ]
    plain = cleaner.clean_html(_stories_page("p"), "plain")
    assert plain.splits == () and len(plain.segments) == 1
    extracted_text = plain.original
    assert cleaner.clean_document(extracted_text, "text", from_html=True).splits  # what the segmenter would weigh


def test_merge_readings_puts_each_missing_line_after_its_neighbour_and_adds_nothing_twice() -> None:
    from cleaner.html import merge_readings

    primary = "Opening post\nA reply about the wall\nClosing note"
    secondary = "Opening post\nA reply the first reading missed\nA reply about\nthe wall\nA last reply"
    merged = merge_readings(primary, secondary)
    # A line the primary holds across a line end ("A reply about" + "the wall") is not added again.
    assert merged.split("\n") == [
        "Opening post",
        "A reply the first reading missed",
        "A reply about the wall",
        "A last reply",
        "Closing note",
    ]
    assert merge_readings(primary, "Closing note\nOpening post") == primary
    assert merge_readings(primary, "A preface\nOpening post").split("\n")[:2] == ["A preface", "Opening post"]
    assert merge_readings(primary, "") == primary


POST = "".join(
    f"<p>Paragraph {n} of the post: the harbour board met again on Tuesday to weigh the cost of rebuilding"
    " the wall that the winter storms broke.</p>"
    for n in range(4)
)
REPLIES = "".join(
    f"<li class='comment'><p>Comment {n}: I walked past the wall on Sunday and the gap near the lighthouse"
    " is wider than the photos show.</p></li>"
    for n in range(3)
)


def thread_page(head: str = "") -> bytes:
    return (
        f"<html><head><title>Wall repairs</title>{head}</head><body><div id='main'><h1>Wall repairs</h1>{POST}"
        f"</div><div id='comments'><h3>3 comments</h3><ol class='commentlist'>{REPLIES}</ol></div></body></html>"
    ).encode()


def test_a_page_that_declares_no_article_keeps_its_comments_and_an_article_does_not(cleaner: Cleaner) -> None:
    thread = "\n".join(a.text for a in cleaner.articles(cleaner.clean_html(thread_page(), "thread")))
    assert "Paragraph 3 of the post" in thread and "Comment 2: I walked past" in thread
    article = cleaner.clean_html(thread_page("<meta property='og:type' content='article'>"), "article")
    text = "\n".join(a.text for a in cleaner.articles(article))
    assert "Paragraph 3 of the post" in text and "Comment" not in text
    assert any(hit.rule_id == "html.comments" for hit in article.html_hits)
    never = cleaner.with_config(comments="never")
    thread_without = "\n".join(a.text for a in never.articles(never.clean_html(thread_page(), "thread")))
    assert "Paragraph 3 of the post" in thread_without and "Comment" not in thread_without


def test_an_unknown_comments_mode_is_refused(tmp_path: Path) -> None:
    page_file = tmp_path / "a.html"
    page_file.write_bytes(thread_page())
    result = runner.invoke(app, ["clean", str(page_file), "-o", str(tmp_path / "out.jsonl"), "--comments", "some"])
    assert result.exit_code != 0 and "--comments must be one of auto, never" in result.output
    result = runner.invoke(app, ["clean", str(page_file), "-o", str(tmp_path / "out.jsonl"), "--comments", "never"])
    assert result.exit_code == 0
    assert "Comment 2" not in (tmp_path / "out.jsonl").read_text(encoding="utf-8")


def test_a_page_that_declares_no_article_gets_the_union_of_two_readings(
    cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cleaner.html as html

    missed = "A reply trafilatura did not keep: the lighthouse keeper says the gap has doubled since May."
    monkeypatch.setattr(html, "scored_reading", lambda tree, taken=(): f"Wall repairs\n{missed}")
    thread = cleaner.clean_html(thread_page(), "thread")
    assert thread.meta["extractor"] == "trafilatura+readability"
    assert missed in "\n".join(a.text for a in cleaner.articles(thread))
    article = cleaner.clean_html(thread_page("<meta property='og:type' content='article'>"), "article")
    assert "extractor" not in article.meta
    assert missed not in "\n".join(a.text for a in cleaner.articles(article))


def test_the_port_reading_trafilatura_made_is_reused_not_made_again(
    cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura
    from trafilatura.readability_lxml import Document as Port

    import cleaner.html as html

    runs: list[int] = []
    summary = Port.summary
    monkeypatch.setattr(Port, "summary", lambda self, *a, **k: runs.append(1) or summary(self, *a, **k))
    thread = cleaner.clean_html(thread_page(), "thread")
    assert runs == [1] and "Comment 2: I walked past" in "\n".join(a.text for a in cleaner.articles(thread))
    # What trafilatura's run wrote reads as a run of our own would.
    tree = html.parse_html(thread_page().decode())
    assert tree is not None
    readings: list[str] = []
    asked = html.PORT_READINGS.set(readings)
    try:
        trafilatura.bare_extraction(deepcopy(tree), include_comments=True, config=html.TRAFILATURA_CONFIG)
    finally:
        html.PORT_READINGS.reset(asked)
    assert readings and html.scored_reading(tree, readings) == html.scored_reading(tree)
    assert html.PORT_READINGS.get() is None


def test_fast_mode_does_not_ask_htmldate_and_still_reads_a_shown_date(
    cleaner: Cleaner, monkeypatch: pytest.MonkeyPatch
) -> None:
    import cleaner.html as html

    page = (
        "<html><head><title>Wall repairs</title></head><body><h1>Wall repairs begin</h1>"
        '<time datetime="2024-03-02T10:00:00">Saturday</time>' + POST + "</body></html>"
    ).encode()
    asked: list[int] = []
    find_date = html.find_date
    monkeypatch.setattr(html, "find_date", lambda *a, **k: asked.append(1) or find_date(*a, **k))
    assert cleaner.clean_html(page, "time").meta.get("date") == "2024-03-02" and asked == [1]
    fast = cleaner.with_config(html="fast")
    # Without htmldate, the <time> beside the headline still dates the page (metadata.headline_date).
    assert fast.clean_html(page, "time").meta.get("date") == "2024-03-02" and asked == [1]
