"""Four more multi-article layouts, an eighth held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout8.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout8.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout8.py check [--pages N] [--seed N]

The project knows thirty-nine layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`), the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`), the four of tools/layouts_holdout4.py (`reviews`, `newswire_table`,
`translated_digest`, `chat_export`), the four of tools/layouts_holdout5.py (`search_results`,
`podcast_notes`, `ebook_digest`, `infinite_scroll`), the four of tools/layouts_holdout6.py
(`company_blog`, `obituaries`, `forum_digest_bbcode`, `app_export`) and the four of
tools/layouts_holdout7.py (`sports_roundup`, `letters_page`, `newsletter_plaintext`,
`photo_gallery`). The four here differ from all of them:

- `text_browser`: a blog's or a news site's front page showing its posts (in full, or the first one
  to three paragraphs and a "Continue reading" link) as a text-mode browser dumps it. lynx or
  elinks `-dump` (most pages): every link numbered in page order ("[12]Home"), body text indented
  by three columns while headings stand at the left margin, lists as "     * [5]World", a rule of
  underscores or dashes, and at the end "References" with every link's URL right-aligned under its
  number ("  12. https://..."; "Visible links" / "Hidden links:" on some pages); w3m `-dump`: no
  indentation, no numbers ("  • World", a rule of "─" or "━", "Search for:[          ] [Search]"),
  or numbers and a "References:" list of "[12] URL". Everything is hard-wrapped at 72 to 79
  columns, except the headlines. On top maybe lynx's feed line ("#[1]SITE » Feed [2]SITE »
  Comments Feed"), a skip link ("[3]Skip to content", "Zum Inhalt springen"), the site's name and
  tagline ("Just another WordPress site"), the menu (a list or one wrapped line), a search form
  ("Search for: ____________________ (BUTTON) Search") and a listing heading ("Category: World",
  "Monat: Dezember 2024"); per post the headline (a numbered link on most pages: "[13]TITLE"), a
  meta line above or below it ("By [14]NAME | December 3, 2024", "Veröffentlicht am 3. Dezember
  2024 von [14]NAME", "Publié le ... par ...", "Published Dec 3, 2024"), maybe an image line
  ("[IMG]", "[INLINE]", "[16-inch-macbook-pro.jpg]", the headline as alt text in brackets) and a
  photo credit, the paragraphs wrapped and separated by blank lines, maybe the continue link
  ("[16]Continue reading “TITLE” →", "[16]Leer más »") and an entry footer ("Posted in [17]World |
  Tagged [18]europe, [19]media | [20]12 Comments", localised); posts split by blank lines or a
  rule; then maybe post navigation ("Posts navigation" / "Page 1 of 12 [21]2 [22]3" / "[23]← Older
  posts"), sidebar widgets ("Recent Posts" listing the page's own headlines and older ones,
  "Archives" by month, "Categories" with counts, "Meta"), a copyright line, "Proudly powered by
  [30]WordPress" and the references. The truth text of a post is its wrapped lines, without the
  indentation, joined by "\\n" (no word is split); the truth title is the headline without its
  link number;
- `wet_records`: a slice of a Common Crawl WET file, text extracted from HTML with every block on
  its own line and NO BLANK LINE inside a record. Maybe the file's `warcinfo` record first
  ("WARC/1.0", "WARC-Type: warcinfo", "WARC-Filename: CC-MAIN-...warc.wet.gz", "Content-Length: N",
  then "Software-Info: ...", "isPartOf: CC-MAIN-2024-51", "publisher: Common Crawl"); then, on most
  pages, one `conversion` record per article: the header block ("WARC-Type: conversion",
  "WARC-Target-URI: URL", "WARC-Date", "WARC-Record-ID: <urn:uuid:...>", "WARC-Refers-To",
  "WARC-Block-Digest: sha1:...", maybe "WARC-Identified-Content-Language: eng,deu", "Content-Type:
  text/plain", "Content-Length" equal to the body's UTF-8 size), a blank line, and the page's text:
  the <title> ("TITLE | SITE", "TITLE – SITE", "SITE: TITLE" or the bare title, so the headline
  appears twice on most records), maybe a cookie banner and its buttons (on top or at the very
  end), a skip link, chrome ("Menu", "Search", "Sign in"), the menu one entry per line, a
  breadcrumb ("Home » World", "Startseite > Nachrichten > Politik") or a section in capitals, the
  headline, byline and date lines in either order ("By NAME and NAME", "Published: DATE · Updated
  DATE", "Veröffentlicht am DATE", maybe "4 min read"), share lines ("Share", "Facebook",
  "WhatsApp", "Copy link") before and/or after the text, maybe a photo credit, the paragraphs with
  maybe one or two inline promos between them ("Read more: OTHER HEADLINE", "RELATED: ...",
  "Lesen Sie auch: ...", "Advertisement", "Story continues below advertisement"), then in a random
  order tags ("Tags: a, b" or "Topics" and one tag per line), a newsletter box, a "Related
  articles" / "Most read" list of other headlines, a WordPress comment form ("12 Comments", "Leave
  a Reply", "Your email address will not be published. Required fields are marked *", "Name *",
  "Post Comment") and footer links ("About us", "Privacy Policy", "© 2024 SITE"). The records are
  of one site, or of several sites in several languages, and are split by two blank lines. On some
  pages a single record of a front page holds all the articles, each under maybe a section kicker
  in capitals, with maybe a meta line ("NAME · 3 hours ago"), in full or its first paragraphs and a
  "Read more" line, maybe an "Advertisement" line between two, and no blank line between them;
- `telegram_channel`: a news channel on Telegram saved as text, one post per article, with posts
  that are not articles between them (a poll: the question, "Anonymous Poll", "48%  Yes", "31,120
  votes"; an ad: "#ad", a promo line and a link; a one-line greeting or sign-off: "Good morning!
  Here are today's headlines 👇"; in exports, "NAME pinned «FIRST WORDS…»"). Three shapes. The
  public web preview (t.me/s/): the channel's name, maybe "@handle", "124.5K subscribers" and other
  counters, a blurb and "View in Telegram" on top; a date divider when the day changes ("December
  3", "3. Dezember", "3 de diciembre"); per post the channel's name, maybe "Forwarded from OTHER",
  the text, then UNDER it maybe the link preview (the source's name, the headline again and the
  start of the first paragraph), reactions ("👍 1.2K  🔥 340") and the footer ("12.4K views  NAME,
  edited  14:32", "👁 12.4K" / "14:32", on one line or two). A Telegram Desktop export: the
  channel's name on top, date dividers with the year, per message ABOVE the text the time and,
  when it changes, the sender's name, maybe the forwarded-from line ("OTHER 03.12.2024 12:01:44")
  and a media placeholder ("Photo" / "Not included, change data exporting settings to download." /
  "1280x853, 148.6 KB"), the text, maybe reactions. Messages copied from the app: "NAME, [03.12.2024
  14:32]" above each message, "[ Forwarded from OTHER ]", "[ Photo ]", a blank line between
  messages. In a post the headline is the first line, maybe after an emoji ("⚡️", "🔴", "📰") or a
  label ("BREAKING: ", "EILMELDUNG: ", "URGENT : ", "ÚLTIMA HORA: "); the paragraphs follow,
  separated by blank lines on some pages, as many as fit in Telegram's limits (4096 characters; a
  photo's caption 1024; some channels cut shorter), then maybe a link line ("Read more: URL", "👉
  URL", "Mehr dazu: URL"; always when the post is cut), hashtags ("#Assange #europe") and a
  subscribe line ("— @handle", "👉 Follow @handle"). Posts are split by 0 to 2 blank lines;
- `press_database`: documents exported from a press database or media-monitoring service, one
  per article, the METADATA IN LABELLED OR BARE BLOCKS ABOVE AND BELOW the full text. LexisNexis
  Academic's text (English): maybe a centred search header, then per document a centred "3 of 12
  DOCUMENTS", the copyright ("Copyright 2024 Guardian News & Media Limited" / "All Rights
  Reserved") on top or at the end, the source ("The Guardian (London)"), the date ("December 3, 2024
  Tuesday") and the edition centred, the headline, "BYLINE: NAME", "SECTION: WORLD NEWS; Pg. 12",
  "LENGTH: 734 words", maybe "DATELINE: LONDON", the paragraphs, "LOAD-DATE: ...", "LANGUAGE:
  ENGLISH", maybe "GRAPHIC: ...", "PUBLICATION-TYPE: Newspaper", maybe "JOURNAL-CODE: ...", blank
  lines between all of them. Nexis Uni (English or German sources): maybe the cover ("User Name:
  =", "Date and Time: ...", "Job Number: ...", "Documents (4)" and per document "1. TITLE",
  "Client/Matter: -None-", "Search Terms: ...", "Narrowed by: ..."), then per document the headline,
  the source, the date, the copyright, "Section: ...; Pg. 12" or "; Version:2", "Length: 734
  words", "Byline: ...", maybe "Dateline: ...", "Body", the paragraphs, "Load-Date: ...", "End of
  Document"; through PDF, "Page 3 of 14" and the headline again as a running header on every page,
  inside long documents too. Factiva (all four languages): the headline, maybe the author, "734
  words" / "734 Wörter" / "734 mots" / "734 palabras", the date ("3 December 2024", "3 décembre
  2024"), maybe a time, the source, its code ("GRDN"), maybe a page number, the language, "(c) 2024
  HOLDER. All rights reserved." (localised), the paragraphs, "Document GRDN000020241203e..."; through
  PDF, "Page 2 of 9 © 2025 Factiva, Inc. All rights reserved." between paragraphs; maybe a "Search
  Summary" block at the end ("Text: ...", "Date: ...", "Source: All Sources", ..., "Results Found:
  ..."). Factiva's indexed format (English, Spanish): "HD TITLE", "BY", "WC", "PD", "SN", "SC",
  "PG", "LA", "CY" lines, then the paragraphs with "LP" before the lead paragraph(s) and "TD"
  before the rest (on their own lines, or written before the paragraph on its line), then "NS",
  "RE", "IPD", "PUB", "AN Document ..."; codes and values split by a tab, one or two spaces. WISO /
  GENIOS (German): the source line on top ("Die Welt vom 28.03.2023, S. 22 / Feuilleton"), the
  headline, maybe the author (or the author after the text), the paragraphs (maybe "Berlin – "
  before the first), "Quelle: ...", "Ressort: ...", maybe "Rubrik: ...", "Dokumentnummer: ...",
  "Dauerhafte Adresse des Dokuments: URL", "Alle Rechte vorbehalten: (c) ..."; maybe a search
  header ("Suchbegriffe:", "Zeitraum:", "Treffer: 4 von 120"). Europresse (French): maybe the
  source block ("Nom de la source" / "Le Monde" / "Type de source" / "Presse • Journaux" /
  "Périodicité" / ...), the source, "International, mardi 3 décembre 2024 734 mots, p. 4", the
  headline, maybe the author, the paragraphs, maybe "Illustration(s) :" and a credit, "© 2024 SA Le
  Monde. Tous droits réservés.", the legal notice, "Certificat émis le ... à des fins de
  visualisation personnelle et temporaire.", "news·20241203·LM·3912345". A Spanish press archive:
  maybe "Documento 2 de 6", "Medio:", "Fecha:", "Página:", "Sección:", "Autor:", "Palabras:" lines,
  the headline, the paragraphs (maybe "MADRID. " before the first), "© 2024 HOLDER. Todos los
  derechos reservados.". Documents are split by two or three blank lines; on most pages the
  paragraphs are split by blank lines, on some not. The word counts are the article's own.

Everything around the articles (feed lines, skip links, site names, taglines, menus, search forms,
listing headings, link numbers, meta lines, image lines, credits, continue links, entry footers,
post navigation, widgets, copyright lines, reference lists, WARC headers and warcinfo fields,
title tags, cookie banners, chrome, breadcrumbs, kickers, byline, date and reading-time lines,
share lines, inline promos, tags, newsletter boxes, related lists, comment forms, footers, channel
heads, counters, date dividers, sender names, times, forwarded-from lines, media placeholders,
emoji and labels before a headline, link lines, hashtags, subscribe lines, link previews,
reactions, views, polls, ads, greetings, pinned notices, search headers, covers, document
counters, source and date lines, labelled fields, field codes, "Body", "LP" / "TD", load dates,
document numbers, page headers and footers, legal notices, certificates, search summaries) is
furniture in English, German, French or Spanish, chosen per page by the page's `random.Random`,
and never part of the truth. A page's truth is, per article in page order, the title as shown
(without a link number, an emoji or a label before it, or a field code such as "HD ") and the shown
paragraphs joined by "\\n" (hard-wrapped lines joined by "\\n", without their indentation, on
`text_browser` pages; without a dateline or an "LP" / "TD" code written before a paragraph on its
line; the first paragraphs where the layout cuts the article short). Headlines are never wrapped.

These layouts are meant to stay unseen: do not tune the segmenter on them; score them only
to confirm. Pages are deterministic: same articles, layouts and seed, byte-identical pages.
The page model (`SourceArticle`, `GeneratedPage`, `to_record`, `truth_problems`) and the
shared furniture helpers come from tools/layouts.py, small helpers from
tools/layouts_holdout6.py and tools/layouts_holdout7.py.
"""

from __future__ import annotations

import base64
import datetime as dt
import random
import sys
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

_TOOLS = str(Path(__file__).resolve().parent)
if _TOOLS not in sys.path:  # run as a script, sys.path[0] is tools/ already; imported from tests it may not be
    sys.path.insert(0, _TOOLS)

import layouts  # noqa: E402  (tools/layouts.py, beside this file)
from layouts import (  # noqa: E402
    AUTHORS,
    HAS_DATELINE,
    MONTHS,
    SECTIONS,
    SOURCES,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _date,
    _lang,
    _Sheet,
    _slug,
    _thousands,
    _when,
    _words,
    articles_from_segments,
    key_words,
    load_articles,
    to_record,
    truth_problems,
    write_article,
)
from layouts_holdout6 import _cut, _pick  # noqa: E402
from layouts_holdout7 import ADVERTISEMENTS, _domain, _wrap  # noqa: E402

__all__ = [
    "LAYOUTS",
    "GeneratedPage",
    "SourceArticle",
    "articles_from_segments",
    "build_page",
    "generate",
    "load_articles",
    "to_record",
    "truth_problems",
]

# Headlines of stories that are not on the page: "related", "most read" and "recent" lists.
OTHER_HEADLINES = {
    "en": (
        "Council approves budget after late-night session",
        "Heatwave warning issued for the weekend",
        "Five things we learned from the season opener",
        "Rail strike called off after last-minute deal",
        "Why house prices are falling in some regions",
        "New museum wing opens to the public",
        "Local bakery wins national award",
        "What the new tax rules mean for you",
        "Scientists map the ocean floor in record detail",
        "Airport expansion faces fresh legal challenge",
    ),
    "de": (
        "Stadtrat beschließt Haushalt nach langer Debatte",
        "Hitzewarnung für das Wochenende",
        "Bahnstreik in letzter Minute abgewendet",
        "Warum die Mieten weiter steigen",
        "Neuer Museumsflügel eröffnet",
        "Was die neue Steuerregel für Sie bedeutet",
        "Bäckerei aus der Altstadt gewinnt Bundespreis",
        "Flughafenausbau: Neue Klage eingereicht",
    ),
    "fr": (
        "Le conseil municipal adopte le budget",
        "Alerte canicule pour le week-end",
        "La grève des trains levée in extremis",
        "Pourquoi les loyers continuent de grimper",
        "Le musée inaugure une nouvelle aile",
        "Ce que change la nouvelle règle fiscale",
        "Une boulangerie du centre primée au niveau national",
        "Extension de l'aéroport : nouveau recours en justice",
    ),
    "es": (
        "El pleno aprueba los presupuestos tras un largo debate",
        "Alerta por calor para el fin de semana",
        "Desconvocada in extremis la huelga de trenes",
        "Por qué siguen subiendo los alquileres",
        "El museo estrena una nueva ala",
        "Qué cambia con la nueva norma fiscal",
        "Una panadería del casco antiguo, premio nacional",
        "Nuevo recurso contra la ampliación del aeropuerto",
    ),
}
MENUS = {
    "en": (
        "Home",
        "News",
        "World",
        "Politics",
        "Business",
        "Tech",
        "Science",
        "Culture",
        "Opinion",
        "About",
        "Contact",
    ),
    "de": ("Startseite", "Nachrichten", "Politik", "Wirtschaft", "Digital", "Kultur", "Meinung", "Über uns", "Kontakt"),
    "fr": ("Accueil", "Actualités", "Monde", "Politique", "Économie", "Culture", "Idées", "À propos", "Contact"),
    "es": ("Inicio", "Noticias", "Mundo", "Política", "Economía", "Cultura", "Opinión", "Quiénes somos", "Contacto"),
}


# Words of a headline that make poor topics or hashtags ("under", "that").
COMMON_WORDS = frozenset(
    _words(
        """about after against again also amid been being below could does doing down during each even ever
    from have having here into just like make many more most much must near never next only other over
    says said seems should since some still such than that their them then there these they this those
    through under until very were what when where which while will with would your"""
    )
)


def _topics(title: str, lang: str, rng: random.Random) -> list[str]:
    """One to three topics for an article: the headline's names (capitalised words past the first that are
    not common words), then tags of the page's language."""
    first = title.split()[0]
    names = [
        w for w in key_words(title) if w != first and w[:1].isupper() and w.isalpha() and w.lower() not in COMMON_WORDS
    ]
    topics = names[: rng.randint(1, 2)]
    return topics + rng.sample(TAG_WORDS[lang], rng.randint(1, 3 - len(topics)))


def _long_date(when: dt.datetime, lang: str) -> str:
    """ "3 December 2024", "3 Dezember 2024", "3 décembre 2024", "3 diciembre 2024" (Factiva's dates)."""
    return f"{when.day} {MONTHS[lang][when.month - 1]} {when.year}"


def _compact(number: int) -> str:
    """A count as Telegram shows it: 843, 12.4K, 1.2M."""
    if number < 1000:
        return str(number)
    if number < 1_000_000:
        return f"{number / 1000:.1f}K".replace(".0K", "K")
    return f"{number / 1_000_000:.1f}M".replace(".0M", "M")


# ---------------------------------------------------------------------------
# text_browser
# ---------------------------------------------------------------------------

BROWSER_SITES = {
    "en": ("Riverside Post", "The Northern Ledger", "Open Field Notes", "Metro Dispatch", "The Quiet Reader"),
    "de": ("Rheinblick Online", "Das Stadtblatt", "Notizen aus Kassel", "Der Hafenbote"),
    "fr": ("Le Petit Observateur", "Carnets du Sud", "L'Écho de la Vallée", "La Gazette du Port"),
    "es": ("El Faro Digital", "Crónica del Norte", "Apuntes de Sevilla", "La Gaceta del Puerto"),
}
TAGLINES = {
    "en": (
        "News and views from the river towns",
        "Independent journalism since 1998",
        "Just another WordPress site",
        "Notes on politics, culture and technology",
    ),
    "de": ("Nachrichten aus der Region", "Unabhängig seit 1998", "Eine weitere WordPress-Website"),
    "fr": ("L'actualité de la vallée", "Indépendant depuis 1998", "Un site utilisant WordPress"),
    "es": ("Noticias de la comarca", "Periodismo independiente desde 1998", "Otro sitio realizado con WordPress"),
}
SKIP_LINKS = {
    "en": "Skip to content",
    "de": "Zum Inhalt springen",
    "fr": "Aller au contenu",
    "es": "Saltar al contenido",
}
SEARCH_FORMS = {
    "en": ("Search for:", "Search"),
    "de": ("Suche nach:", "Suchen"),
    "fr": ("Rechercher :", "Rechercher"),
    "es": ("Buscar:", "Buscar"),
}
FEED_LINKS = {
    "en": ("{site} » Feed", "{site} » Comments Feed"),
    "de": ("{site} » Feed", "{site} » Kommentar-Feed"),
    "fr": ("{site} » Flux", "{site} » Flux des commentaires"),
    "es": ("{site} » Feed", "{site} » Feed de los comentarios"),
}
LISTING_HEADINGS = {
    "en": ("Latest news", "Category: {section}", "Recent stories", "Monthly Archives: {month} {year}"),
    "de": ("Aktuelle Beiträge", "Kategorie: {section}", "Monat: {month} {year}"),
    "fr": ("Derniers articles", "Catégorie : {section}", "Mois : {month} {year}"),
    "es": ("Últimas noticias", "Categoría: {section}", "Mes: {month} {year}"),
}
BROWSER_META = {
    "en": ("By {a} | {date}", "Posted on {date} by {a}", "{date} · {a}", "{a} — {date}", "Published {date}"),
    "de": ("Von {a} | {date}", "Veröffentlicht am {date} von {a}", "{date} · {a}"),
    "fr": ("Par {a} | {date}", "Publié le {date} par {a}", "{date} · {a}"),
    "es": ("Por {a} | {date}", "Publicado el {date} por {a}", "{date} · {a}"),
}
# "Posted in" / "Tagged" / the comments link, as a WordPress theme's entry footer says them.
ENTRY_FOOTERS = {
    "en": ("Posted in", "Tagged", ("Leave a comment", "{n} Comments", "{n} Replies")),
    "de": ("Veröffentlicht in", "Verschlagwortet mit", ("Schreibe einen Kommentar", "{n} Kommentare")),
    "fr": ("Publié dans", "Étiqueté", ("Laisser un commentaire", "{n} commentaires")),
    "es": ("Publicado en", "Etiquetado", ("Deja un comentario", "{n} comentarios")),
}
TAG_WORDS = {
    "en": ("europe", "elections", "media", "courts", "music", "gaming", "apple", "climate", "economy", "health"),
    "de": ("europa", "wahlen", "medien", "justiz", "musik", "spiele", "klima", "wirtschaft"),
    "fr": ("europe", "élections", "médias", "justice", "musique", "jeux", "climat", "économie"),
    "es": ("europa", "elecciones", "medios", "justicia", "música", "videojuegos", "clima", "economía"),
}
CONTINUE_LINKS = {
    "en": ("Continue reading →", "Continue reading “{title}” →", "Read more", "Read more »"),
    "de": ("Weiterlesen →", "„{title}“ weiterlesen →", "Mehr lesen »"),
    "fr": ("Lire la suite →", "Lire la suite de « {title} » →", "En savoir plus »"),
    "es": ("Seguir leyendo →", "Sigue leyendo «{title}» →", "Leer más »"),
}
WIDGETS = {
    "en": ("Recent Posts", "Archives", "Categories", ("Meta", "Log in", "Entries feed", "Comments feed")),
    "de": ("Neueste Beiträge", "Archive", "Kategorien", ("Meta", "Anmelden", "Feed der Einträge", "Kommentar-Feed")),
    "fr": (
        "Articles récents",
        "Archives",
        "Catégories",
        ("Méta", "Connexion", "Flux des publications", "Flux des commentaires"),
    ),
    "es": (
        "Entradas recientes",
        "Archivos",
        "Categorías",
        ("Meta", "Acceder", "Feed de entradas", "Feed de comentarios"),
    ),
}
POST_NAVIGATION = {
    "en": ("Posts navigation", "← Older posts", "Page 1 of {n}"),
    "de": ("Beitragsnavigation", "← Ältere Beiträge", "Seite 1 von {n}"),
    "fr": ("Navigation des articles", "← Articles plus anciens", "Page 1 sur {n}"),
    "es": ("Navegación de entradas", "← Entradas anteriores", "Página 1 de {n}"),
}
POWERED_BY = {
    "en": "Proudly powered by {wp}",
    "de": "Stolz präsentiert von {wp}",
    "fr": "Fièrement propulsé par {wp}",
    "es": "Funciona gracias a {wp}",
}
BROWSER_COPYRIGHT = {
    "en": ("© {year} {site}", "Copyright © {year} {site}. All rights reserved."),
    "de": ("© {year} {site}", "© {year} {site} · Impressum · Datenschutz"),
    "fr": ("© {year} {site}", "© {year} {site} · Mentions légales"),
    "es": ("© {year} {site}", "© {year} {site} · Aviso legal"),
}
PHOTO_CREDITS = {
    "en": "Photo: {a}/{ag}",
    "de": "Foto: {a}/{ag}",
    "fr": "Photo : {a}/{ag}",
    "es": "Foto: {a}/{ag}",
}


class _Links:
    """The links of a text-browser dump, numbered in page order ("[12]Home") when the browser numbers them."""

    def __init__(self, numbered: bool) -> None:
        self.numbered = numbered
        self.visible: list[str] = []
        self.hidden: list[str] = []

    def __call__(self, text: str, url: str) -> str:
        if not self.numbered:
            return text
        self.visible.append(url)
        return f"[{len(self.visible)}]{text}"

    def hide(self, url: str) -> None:
        """A link without text (an image link, a tracking pixel): lynx lists it among the hidden links."""
        if self.numbered:
            self.hidden.append(url)


def build_text_browser(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A news site's or blog's front page, with the posts in full or cut short, dumped by a text-mode browser.

    lynx or elinks (`-dump`: numbered links, body text indented by three columns, a References list at the
    end) or w3m (no indentation; numbered links and a References list on some pages); hard-wrapped at 72 to 79
    columns; per post the headline at the left margin, a meta line, maybe an image line, the paragraphs
    wrapped, maybe a "Continue reading" link and an entry footer; a sidebar, a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    browser = rng.choice(("lynx", "lynx", "elinks", "w3m", "w3m_numbered"))
    numbered = browser != "w3m"
    indent = "   " if browser in ("lynx", "elinks") else ""
    width = rng.randint(72, 79)
    site = rng.choice(BROWSER_SITES[lang])
    base = f"https://{_domain(site, rng)}"
    links = _Links(numbered)
    bullet = "     * " if indent else rng.choice(("  • ", "  * "))
    if browser == "lynx":
        rule = "     " + "_" * (width - 7)
    elif browser == "elinks":
        rule = "   " + "-" * (width - 5)
    else:
        rule = rng.choice(("─", "━")) * (width - 2)
    date_style = rng.choice(("long", "us", "short")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    meta_shape = rng.choice(BROWSER_META[lang]) if rng.random() < 0.85 else ""
    meta_above = rng.random() < 0.2
    title_links = rng.random() < 0.85
    excerpts = rng.random() < 0.4
    continue_shape = rng.choice(CONTINUE_LINKS[lang])
    image_odds = rng.choice((0.0, 0.3, 0.7))
    image_shape = rng.choice(("[IMG]", "[INLINE]", "[{slug}.jpg]", "[{title}]")) if browser != "w3m" else "[{slug}]"
    credit_odds = rng.choice((0.0, 0.0, 0.5))
    footer_odds = rng.choice((0.0, 0.6, 0.9))
    posted_in, tagged, comment_shapes = ENTRY_FOOTERS[lang]
    comment_shape = rng.choice(comment_shapes)
    between = rng.choice(("blank", "blank", "rule"))
    sheet = _Sheet()

    def link(text: str, path: str) -> str:
        return links(text, base + path)

    def add_wrapped(text: str, margin: str = indent) -> list[str]:
        lines = _wrap(text, width - len(margin), False)
        sheet.add(*(margin + line for line in lines))
        return lines

    def add_item(text: str) -> None:
        """A list item, its lines wrapped under its first word as the browser wraps them."""
        lines = _wrap(text, width - len(bullet), False)
        sheet.add(bullet + lines[0], *(" " * len(bullet) + line for line in lines[1:]))

    def add_meta(author: str, date: str) -> None:
        """The meta line; the author's link is numbered where the line stands, above or below the headline."""
        shown = link(author, f"/author/{_slug(author, rng)}/") if "{a}" in meta_shape else author
        add_wrapped(meta_shape.format(a=shown, date=date))

    def post_path(article: SourceArticle, moment: dt.datetime) -> str:
        return f"/{moment.year}/{moment.month:02d}/{moment.day:02d}/{_slug(article.title, rng)}/"

    # The head: feeds (lynx prints the page's <link rel> alternates), a skip link, the site, menu, search.
    if browser == "lynx" and rng.random() < 0.6:
        feed, comments = FEED_LINKS[lang]
        sheet.add(
            "#" + link(feed.format(site=site), "/feed/") + " " + link(comments.format(site=site), "/comments/feed/")
        )
        sheet.blank()
    if rng.random() < 0.6:
        sheet.add(indent + link(SKIP_LINKS[lang], "/#content"))
        sheet.blank()
    if rng.random() < 0.4:
        links.hide(base + "/wp-content/uploads/logo.png")
    sheet.add(indent + link(site, "/"))
    if rng.random() < 0.6:
        sheet.add(indent + rng.choice(TAGLINES[lang]))
    sheet.blank()
    menu = _pick(rng, MENUS[lang], 4, 8)
    if rng.random() < 0.6:
        sheet.add(*(bullet + link(entry, f"/{_slug(entry, rng)}/") for entry in menu))
    else:
        add_wrapped(" ".join(link(entry, f"/{_slug(entry, rng)}/") for entry in menu))
    sheet.blank()
    if rng.random() < 0.5:
        label, button = SEARCH_FORMS[lang]
        if browser.startswith("w3m"):
            sheet.add(f"{label}[{' ' * 20}] [{button}]")
        else:
            sheet.add(f"{indent}{label} {'_' * 20} {rng.choice(('', '(BUTTON) '))}{button}")
        sheet.blank()
    if rng.random() < 0.5:
        heading = rng.choice(LISTING_HEADINGS[lang])
        section = rng.choice(SECTIONS[lang])
        sheet.add(heading.format(section=section, month=MONTHS[lang][when.month - 1], year=when.year))
        sheet.blank()

    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank()
                sheet.add(rule)
            sheet.blank(rng.randint(1, 2))
        when -= dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(30, 900))
        path = post_path(article, when)
        author = rng.choice(AUTHORS)
        date = _date(when, lang, date_style)
        if meta_shape and meta_above:
            add_meta(author, date)
        sheet.add(link(article.title, path) if title_links else article.title)
        sheet.blank()
        if meta_shape and not meta_above:
            add_meta(author, date)
            sheet.blank()
        if rng.random() < image_odds:
            image = image_shape.format(slug=_slug(article.title, rng)[:24], title=article.title)
            if numbered and rng.random() < 0.5:
                image = link(image, path)
            sheet.add(indent + image)
            if rng.random() < credit_odds:
                sheet.add(
                    indent + PHOTO_CREDITS[lang].format(a=rng.choice(AUTHORS), ag=rng.choice(("AP", "AFP", "dpa")))
                )
            sheet.blank()
        shown = article.paragraphs
        if excerpts and len(shown) > 1:
            shown = shown[: rng.randint(1, min(3, len(shown) - 1))]
        truth: list[str] = []
        for j, paragraph in enumerate(shown):
            if j:
                sheet.blank()
            truth.extend(add_wrapped(paragraph))
        sheet.truth.append({"title": article.title, "text": "\n".join(truth)})
        if len(shown) < len(article.paragraphs) or rng.random() < 0.15:
            sheet.blank()
            add_wrapped(link(continue_shape.format(title=article.title), path + "#more"))
        if rng.random() < footer_odds:
            parts = []
            if rng.random() < 0.8:
                section = rng.choice(SECTIONS[lang])
                parts.append(f"{posted_in} {link(section, f'/category/{_slug(section, rng)}/')}")
            if rng.random() < 0.5:
                tags = rng.sample(TAG_WORDS[lang], rng.randint(1, 3))
                parts.append(f"{tagged} " + ", ".join(link(tag, f"/tag/{_slug(tag, rng)}/") for tag in tags))
            if rng.random() < 0.7:
                parts.append(link(comment_shape.format(n=rng.randint(2, 60)), path + "#comments"))
            if parts:
                sheet.blank()
                add_wrapped(" | ".join(parts))

    sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.6:
        label, older, pages = POST_NAVIGATION[lang]
        sheet.add(label)
        sheet.blank()
        if rng.random() < 0.5:
            sheet.add(
                indent + pages.format(n=rng.randint(3, 80)) + " " + link("2", "/page/2/") + " " + link("3", "/page/3/")
            )
        sheet.add(indent + link(older, "/page/2/"))
        sheet.blank(rng.randint(1, 2))
    recent, archives, categories, meta_widget = WIDGETS[lang]
    widgets = [
        name
        for name, odds in (("recent", 0.6), ("archives", 0.5), ("categories", 0.4), ("meta", 0.3))
        if rng.random() < odds
    ]
    for widget in widgets:
        if widget == "recent":
            titles = [a.title for a in articles] + list(_pick(rng, OTHER_HEADLINES[lang], 1, 3))
            sheet.add(recent)
            sheet.blank()
            for title in titles[:5]:
                add_item(link(title, f"/{_slug(title, rng)}/"))
        elif widget == "archives":
            sheet.add(archives)
            sheet.blank()
            moment = when
            for _ in range(rng.randint(3, 6)):
                month = f"{MONTHS[lang][moment.month - 1]} {moment.year}"
                sheet.add(bullet + link(month, f"/{moment.year}/{moment.month:02d}/"))
                moment = moment.replace(day=1) - dt.timedelta(days=1)
        elif widget == "categories":
            sheet.add(categories)
            sheet.blank()
            for section in _pick(rng, SECTIONS[lang], 3, 6):
                sheet.add(bullet + link(section, f"/category/{_slug(section, rng)}/") + f" ({rng.randint(2, 240)})")
        else:
            sheet.add(meta_widget[0])
            sheet.blank()
            paths = ("/wp-login.php", "/feed/", "/comments/feed/")
            sheet.add(*(bullet + link(entry, url) for entry, url in zip(meta_widget[1:], paths, strict=True)))
        sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.8:
        sheet.add(indent + rng.choice(BROWSER_COPYRIGHT[lang]).format(year=when.year, site=site))
        if rng.random() < 0.5:
            sheet.add(indent + POWERED_BY[lang].format(wp=links("WordPress", "https://wordpress.org/")))

    if numbered:
        for _ in range(rng.choice((0, 0, 1, 2))):
            links.hide(f"{base}/wp-content/uploads/{when.year}/{rng.randrange(10**5, 10**6)}.jpg")
        sheet.blank(rng.randint(1, 2))
        total = len(links.visible)
        if browser == "w3m_numbered":
            sheet.add("References:")
            sheet.blank()
            sheet.add(*(f"[{n}] {url}" for n, url in enumerate(links.visible + links.hidden, 1)))
        else:
            sheet.add("References")
            sheet.blank()
            labelled = browser == "elinks" or links.hidden
            if labelled:
                sheet.add("   Visible links" + (":" if browser == "lynx" else ""))
            sheet.add(*(f"{n:4d}. {url}" for n, url in enumerate(links.visible, 1)))
            if links.hidden:
                sheet.blank()
                sheet.add("   Hidden links:")
                sheet.add(*(f"{n:4d}. {url}" for n, url in enumerate(links.hidden, total + 1)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# wet_records
# ---------------------------------------------------------------------------

WET_SITES = {
    "en": (
        "The Coastal Courier",
        "Daily Meridian",
        "Greenfield Gazette",
        "Urban Observer",
        "Tech Ledger",
        "Harbour Post",
    ),
    "de": ("Nordkurier Online", "Stadtanzeiger Digital", "Die Rundschau", "Netzwelt aktuell"),
    "fr": ("Le Républicain du Sud", "Actu Lorraine", "Le Journal des Cimes", "Numérique Hebdo"),
    "es": ("Diario de la Costa", "El Correo del Valle", "Noticias de Levante", "Tecnología Hoy"),
}
TITLE_TAGS = ("{title} | {site}", "{title} - {site}", "{title} – {site}", "{site}: {title}", "{title}")
HOME_TITLE_TAGS = {
    "en": ("{site} – Latest news and analysis", "{site} | Breaking news, sport and weather", "{site}"),
    "de": ("{site} – Nachrichten aus der Region", "{site} | Aktuelle Nachrichten", "{site}"),
    "fr": ("{site} – Toute l'actualité", "{site} | L'info en continu", "{site}"),
    "es": ("{site} – Últimas noticias", "{site} | Noticias de última hora", "{site}"),
}
COOKIE_BANNERS = {
    "en": (
        "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our "
        "use of cookies.",
        ("Accept all", "Reject all", "Cookie settings", "OK", "Manage preferences"),
    ),
    "de": (
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung der Seite stimmen Sie "
        "dem zu.",
        ("Alle akzeptieren", "Ablehnen", "Einstellungen", "Zustimmen und weiter"),
    ),
    "fr": (
        "Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site. En poursuivant votre "
        "navigation, vous acceptez leur utilisation.",
        ("Tout accepter", "Tout refuser", "Paramétrer", "Continuer sans accepter"),
    ),
    "es": (
        "Utilizamos cookies para ofrecerte la mejor experiencia en nuestra web. Si continúas navegando, aceptas su "
        "uso.",
        ("Aceptar todas", "Rechazar", "Configurar", "Más información"),
    ),
}
WET_CHROME = {
    "en": ("Skip to main content", "Menu", "Search", "Subscribe", "Sign in", "Newsletters"),
    "de": ("Zum Inhalt springen", "Menü", "Suche", "Abo", "Anmelden", "Newsletter"),
    "fr": ("Aller au contenu principal", "Menu", "Rechercher", "S'abonner", "Se connecter", "Newsletters"),
    "es": ("Ir al contenido principal", "Menú", "Buscar", "Suscríbete", "Iniciar sesión", "Newsletters"),
}
BREADCRUMBS = {
    "en": ("Home » {section}", "Home > News > {section}", "You are here: Home / {section}", "{section}"),
    "de": ("Startseite » {section}", "Startseite > Nachrichten > {section}", "{section}"),
    "fr": ("Accueil » {section}", "Accueil > Actualités > {section}", "{section}"),
    "es": ("Inicio » {section}", "Inicio > Noticias > {section}", "{section}"),
}
WET_BYLINES = {
    "en": ("By {a}", "{a}", "By {a} and {b}", "Written by {a}"),
    "de": ("Von {a}", "{a}", "Von {a} und {b}"),
    "fr": ("Par {a}", "{a}", "Par {a} et {b}"),
    "es": ("Por {a}", "{a}", "Por {a} y {b}"),
}
WET_DATES = {
    "en": ("{date}", "Published: {date}", "Published {date} · Updated {date2}", "{date} at {time}"),
    "de": ("{date}", "Veröffentlicht am {date}", "{date}, {time} Uhr", "Aktualisiert am {date2}"),
    "fr": ("{date}", "Publié le {date} à {time}", "Publié le {date}, mis à jour le {date2}"),
    "es": ("{date}", "Publicado el {date}", "{date} - {time}", "Actualizado: {date2}"),
}
READING_TIMES = {
    "en": "{minutes} min read",
    "de": "Lesezeit: {minutes} Min.",
    "fr": "Lecture : {minutes} min",
    "es": "{minutes} min de lectura",
}
SHARE_LINES = {
    "en": ("Share", "Share this article", "Facebook", "Twitter", "WhatsApp", "Email", "Copy link", "Print"),
    "de": ("Teilen", "Artikel teilen", "Facebook", "X", "WhatsApp", "E-Mail", "Link kopieren", "Drucken"),
    "fr": ("Partager", "Partager cet article", "Facebook", "X", "WhatsApp", "E-mail", "Copier le lien", "Imprimer"),
    "es": ("Compartir", "Comparte esta noticia", "Facebook", "X", "WhatsApp", "Correo", "Copiar enlace", "Imprimir"),
}
INLINE_PROMOS = {
    "en": ("Read more: {other}", "RELATED: {other}", "Advertisement", "Story continues below advertisement"),
    "de": ("Lesen Sie auch: {other}", "Mehr zum Thema: {other}", "Anzeige"),
    "fr": ("Lire aussi : {other}", "À lire aussi : {other}", "Publicité", "La suite après cette publicité"),
    "es": ("Lee también: {other}", "Más información: {other}", "Publicidad"),
}
TAG_HEADS = {
    "en": ("Tags:", "Topics", "More on these topics"),
    "de": ("Schlagwörter:", "Themen", "Mehr zum Thema"),
    "fr": ("Mots-clés :", "Sujets", "Sur le même sujet"),
    "es": ("Etiquetas:", "Temas", "Más sobre"),
}
RELATED_HEADS = {
    "en": ("Related articles", "You may also like", "More from {section}", "Most read"),
    "de": ("Das könnte Sie auch interessieren", "Mehr aus {section}", "Meistgelesen"),
    "fr": ("Articles liés", "Plus d'articles {section}", "Les plus lus"),
    "es": ("Noticias relacionadas", "Más de {section}", "Lo más leído"),
}
COMMENT_FORMS = {
    "en": (
        "{n} Comments",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Comment *",
        "Name *",
        "Email *",
        "Website",
        "Save my name, email, and website in this browser for the next time I comment.",
        "Post Comment",
    ),
    "de": (
        "{n} Kommentare",
        "Schreibe einen Kommentar",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Kommentar *",
        "Name *",
        "E-Mail *",
        "Website",
        "Kommentar abschicken",
    ),
    "fr": (
        "{n} commentaires",
        "Laisser un commentaire",
        "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
        "Commentaire *",
        "Nom *",
        "E-mail *",
        "Site web",
        "Laisser un commentaire",
    ),
    "es": (
        "{n} comentarios",
        "Deja una respuesta",
        "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *",
        "Comentario *",
        "Nombre *",
        "Correo electrónico *",
        "Web",
        "Publicar el comentario",
    ),
}
NEWSLETTER_BOXES = {
    "en": ("Sign up for our daily newsletter", "Email address", "Sign up"),
    "de": ("Abonnieren Sie unseren Newsletter", "E-Mail-Adresse", "Anmelden"),
    "fr": ("Inscrivez-vous à notre newsletter", "Adresse e-mail", "S'inscrire"),
    "es": ("Suscríbete a nuestro boletín", "Correo electrónico", "Suscribirme"),
}
WET_FOOTERS = {
    "en": (
        "About us",
        "Contact",
        "Advertise",
        "Privacy Policy",
        "Terms of Use",
        "© {year} {site}. All rights reserved.",
    ),
    "de": ("Über uns", "Kontakt", "Mediadaten", "Datenschutz", "Impressum", "© {year} {site}"),
    "fr": ("Qui sommes-nous", "Contact", "Publicité", "Confidentialité", "Mentions légales", "© {year} {site}"),
    "es": ("Quiénes somos", "Contacto", "Publicidad", "Privacidad", "Aviso legal", "© {year} {site}"),
}
HOME_MORE = {
    "en": ("Read more", "Continue reading", "{n} comments", "Full story"),
    "de": ("Weiterlesen", "Mehr", "{n} Kommentare"),
    "fr": ("Lire la suite", "{n} commentaires", "En savoir plus"),
    "es": ("Leer más", "Seguir leyendo", "{n} comentarios"),
}
HOURS_AGO = {"en": "{n} hours ago", "de": "vor {n} Stunden", "fr": "il y a {n} heures", "es": "hace {n} horas"}
WET_LANGUAGE_CODES = {"en": "eng", "de": "deu", "fr": "fra", "es": "spa"}


def _warc_id(rng: random.Random) -> str:
    return f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}>"


def _warc_header(kind: str, when: dt.datetime, fields: Sequence[tuple[str, str]], length: int) -> list[str]:
    """A WARC record's header lines (WARC/1.0, the type, the date, `fields`, the content length)."""
    lines = ["WARC/1.0", f"WARC-Type: {kind}"]
    if kind == "conversion":
        lines.append(fields[0][0] + ": " + fields[0][1])
        fields = fields[1:]
    lines.append(f"WARC-Date: {when:%Y-%m-%dT%H:%M:%SZ}")
    lines.extend(f"{key}: {value}" for key, value in fields)
    lines.append(f"Content-Length: {length}")
    return lines


def _byte_length(lines: Sequence[str]) -> int:
    return len(("\n".join(lines) + "\n").encode("utf-8"))


def _wet_article(
    body: _Sheet, article: SourceArticle, lang: str, site: str, when: dt.datetime, rng: random.Random
) -> None:
    """One article page's text as a WET record gives it: every block on its line, no blank line anywhere."""
    section = rng.choice(SECTIONS[lang])
    title_tag = rng.choice(TITLE_TAGS)
    if rng.random() < 0.85:
        body.add(title_tag.format(title=article.title, site=site))
    banner, buttons = COOKIE_BANNERS[lang]
    banner_at = rng.choice(("top", "bottom", "none", "none"))
    if banner_at == "top":
        body.add(banner, *_pick(rng, buttons, 1, 3))
    chrome = WET_CHROME[lang]
    if rng.random() < 0.5:
        body.add(chrome[0])
    body.add(*_pick(rng, chrome[1:], 1, 3))
    if rng.random() < 0.8:
        body.add(*_pick(rng, MENUS[lang], 4, 9))
    if rng.random() < 0.5:
        body.add(rng.choice(BREADCRUMBS[lang]).format(section=section))
    elif rng.random() < 0.4:
        body.add(section.upper())
    body.add(article.title)
    a, b = rng.sample(AUTHORS, 2)
    clock = f"{when:%H:%M}" if lang != "en" else f"{when.hour % 12 or 12}:{when:%M} {'am' if when.hour < 12 else 'pm'}"
    style = rng.choice(("long", "us", "short")) if lang == "en" else rng.choice(("long", "numeric"))
    later = when + dt.timedelta(hours=rng.randint(1, 30))
    values = {
        "a": a,
        "b": b,
        "date": _date(when, lang, style),
        "date2": _date(later, lang, style),
        "time": clock,
        "minutes": rng.randint(2, 12),
    }
    head = []
    if rng.random() < 0.75:
        head.append(rng.choice(WET_BYLINES[lang]).format(**values))
    head.append(rng.choice(WET_DATES[lang]).format(**values))
    if rng.random() < 0.3:
        head.append(READING_TIMES[lang].format(**values))
    if rng.random() < 0.5:
        head.reverse()
    body.add(*head)
    share = SHARE_LINES[lang]
    share_at = rng.choice(("head", "tail", "both", "none"))
    if share_at in ("head", "both"):
        body.add(*_pick(rng, share, 2, 5))
    if rng.random() < 0.3:
        body.add(PHOTO_CREDITS[lang].format(a=rng.choice(AUTHORS), ag=rng.choice(("Reuters", "AP", "AFP", "EPA"))))
    breaks: dict[int, list[list[str]]] = {}
    paragraphs = article.paragraphs
    if len(paragraphs) > 2:
        for _ in range(rng.choice((0, 0, 1, 2))):
            promo = rng.choice(INLINE_PROMOS[lang]).format(other=rng.choice(OTHER_HEADLINES[lang]))
            breaks.setdefault(rng.randrange(1, len(paragraphs)), []).append([promo])
    write_article(body, article.title, paragraphs, False, breaks=breaks)
    tail_kinds = ["tags", "share", "newsletter", "related", "comments"]
    rng.shuffle(tail_kinds)
    for kind in tail_kinds:
        if kind == "tags" and rng.random() < 0.5:
            tags = _topics(article.title, lang, rng)
            head_line = rng.choice(TAG_HEADS[lang])
            if head_line.endswith(":") and rng.random() < 0.6:
                body.add(head_line + " " + ", ".join(tags))
            else:
                body.add(head_line, *tags)
        elif kind == "share" and share_at in ("tail", "both"):
            body.add(*_pick(rng, share, 2, 5))
        elif kind == "newsletter" and rng.random() < 0.35:
            body.add(*NEWSLETTER_BOXES[lang])
        elif kind == "related" and rng.random() < 0.6:
            body.add(rng.choice(RELATED_HEADS[lang]).format(section=section))
            body.add(*_pick(rng, OTHER_HEADLINES[lang], 2, 5))
        elif kind == "comments" and rng.random() < 0.3:
            form = COMMENT_FORMS[lang]
            body.add(form[0].format(n=rng.randint(0, 40)), *form[1:])
    if rng.random() < 0.85:
        footer = WET_FOOTERS[lang]
        body.add(*(line.format(year=when.year, site=site) for line in _pick(rng, footer, 2, len(footer))))
    if banner_at == "bottom":
        body.add(banner, *_pick(rng, buttons, 1, 3))


def _wet_home(
    body: _Sheet, articles: Sequence[SourceArticle], lang: str, site: str, when: dt.datetime, rng: random.Random
) -> None:
    """A front page's text as a WET record gives it, the stories in full or cut short, no blank line anywhere."""
    body.add(rng.choice(HOME_TITLE_TAGS[lang]).format(site=site))
    chrome = WET_CHROME[lang]
    body.add(*_pick(rng, chrome, 2, 4))
    body.add(*_pick(rng, MENUS[lang], 4, 9))
    if rng.random() < 0.5:
        body.add(f"{WEEKDAYS[lang][when.weekday()].capitalize()}, {_date(when, lang, 'long')}")
    kickers = rng.random() < 0.5
    excerpts = rng.random() < 0.5
    meta_shape = rng.choice(("{a} · {ago}", "{a}", "{date}", "{a} | {date}")) if rng.random() < 0.7 else ""
    more = rng.choice(HOME_MORE[lang])
    ad_odds = rng.choice((0.0, 0.25))
    for i, article in enumerate(articles):
        if i and rng.random() < ad_odds:
            body.add(ADVERTISEMENTS[lang])
        if kickers:
            body.add(rng.choice(SECTIONS[lang]).upper())
        body.add(article.title)
        when -= dt.timedelta(minutes=rng.randint(20, 400))
        if meta_shape:
            ago = HOURS_AGO[lang].format(n=rng.randint(2, 20))
            body.add(meta_shape.format(a=rng.choice(AUTHORS), ago=ago, date=_date(when, lang, "short")))
        shown = article.paragraphs
        if excerpts and len(shown) > 1:
            shown = shown[: rng.randint(1, min(3, len(shown) - 1))]
        write_article(body, article.title, shown, False)
        if len(shown) < len(article.paragraphs) or rng.random() < 0.3:
            body.add(more.format(n=rng.randint(2, 80)))
    if rng.random() < 0.6:
        body.add(rng.choice(RELATED_HEADS[lang]).format(section=rng.choice(SECTIONS[lang])))
        body.add(*_pick(rng, OTHER_HEADLINES[lang], 3, 5))
    if rng.random() < 0.4:
        body.add(*NEWSLETTER_BOXES[lang])
    footer = WET_FOOTERS[lang]
    body.add(*(line.format(year=when.year, site=site) for line in _pick(rng, footer, 2, len(footer))))


def build_wet_records(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A slice of a Common Crawl WET file: WARC conversion records whose text has no blank line at all.

    Mostly one record per article (the article pages of one site or of several sites, each with its
    title tag, cookie banner, menu, breadcrumb, byline and date lines, share lines, inline promos, tags,
    related links, comment form and footer, one block per line); on some pages one record of a front
    page that holds all the stories. Maybe the file's warcinfo record on top.
    """
    lang = _lang(rng)
    crawl = _when(rng) + dt.timedelta(days=rng.randint(30, 400))
    week = crawl.isocalendar()[1]
    crawl_id = f"CC-MAIN-{crawl.year}-{week:02d}"
    one_site = rng.random() < 0.5
    site = rng.choice(WET_SITES[lang])
    languages = rng.random() < 0.7
    sheet = _Sheet()

    if rng.random() < 0.3:
        stamp = crawl.strftime("%Y%m%d%H%M%S")
        info = [
            "Software-Info: ia-web-commons.1.1.10-SNAPSHOT-20240923082541",
            f"Extracted-Date: {crawl:%a, %d %b %Y %H:%M:%S} GMT",
            "robots: checked via crawler-commons 1.5-SNAPSHOT (https://github.com/crawler-commons/crawler-commons)",
            f"isPartOf: {crawl_id}",
            "operator: Common Crawl Admin",
            f"description: Wide crawl of the web for {MONTHS['en'][crawl.month - 1]} {crawl.year}",
            "publisher: Common Crawl",
        ]
        later = (crawl + dt.timedelta(hours=3)).strftime("%Y%m%d%H%M%S")
        name = f"CC-MAIN-{stamp}-{later}-{rng.randint(0, 99999):05d}.warc.wet.gz"
        fields = [
            ("WARC-Filename", name),
            ("WARC-Record-ID", _warc_id(rng)),
            ("Content-Type", "application/warc-fields"),
        ]
        sheet.add(*_warc_header("warcinfo", crawl, fields, _byte_length(info)))
        sheet.blank()
        sheet.add(*info)
        sheet.blank(2)

    def record(uri: str, record_lang: str, body: _Sheet, moment: dt.datetime) -> None:
        fields = [
            ("WARC-Target-URI", uri),
            ("WARC-Record-ID", _warc_id(rng)),
            ("WARC-Refers-To", _warc_id(rng)),
            ("WARC-Block-Digest", "sha1:" + base64.b32encode(rng.randbytes(20)).decode()),
        ]
        if languages:
            codes = ["eng"] if record_lang == "en" else [WET_LANGUAGE_CODES[record_lang], "eng"]
            fields.append(("WARC-Identified-Content-Language", ",".join(codes if rng.random() < 0.7 else codes[:1])))
        fields.append(("Content-Type", "text/plain"))
        sheet.add(*_warc_header("conversion", moment, fields, _byte_length(body.lines)))
        sheet.blank()
        sheet.add(*body.lines)
        sheet.truth.extend(body.truth)
        sheet.blank(2)

    moment = crawl
    if rng.random() < 0.25:
        body = _Sheet()
        _wet_home(body, articles, lang, site, crawl - dt.timedelta(hours=rng.randint(1, 20)), rng)
        host = _domain(site, rng)
        record(
            rng.choice((f"https://www.{host}/", f"https://{host}/", f"https://www.{host}/index.html")),
            lang,
            body,
            moment,
        )
        return sheet.draft()

    for article in articles:
        moment += dt.timedelta(seconds=rng.randint(1, 40))
        record_lang = lang if one_site or rng.random() < 0.5 else _lang(rng)
        record_site = site if one_site else rng.choice(WET_SITES[record_lang])
        published = moment - dt.timedelta(days=rng.randint(0, 200), minutes=rng.randint(0, 1440))
        body = _Sheet()
        _wet_article(body, article, record_lang, record_site, published, rng)
        host = _domain(record_site, rng)
        slug = _slug(article.title, rng)
        section = _slug(rng.choice(SECTIONS[record_lang]), rng)
        uri = rng.choice(
            (
                f"https://www.{host}/{section}/{published.year}/{published.month:02d}/{published.day:02d}/{slug}",
                f"https://{host}/{section}/{slug}-{rng.randrange(10**6, 10**8)}.html",
                f"https://www.{host}/{slug}/",
                f"http://{host}/news/{rng.randrange(10**4, 10**6)}",
            )
        )
        record(uri, record_lang, body, moment)
    return sheet.draft()


# ---------------------------------------------------------------------------
# telegram_channel
# ---------------------------------------------------------------------------

CHANNELS = {
    "en": ("World News Now", "Breaking Wire", "The Daily Signal Desk", "Morning Headlines", "Tech Pulse"),
    "de": ("Nachrichten Kompakt", "Eilmeldungen DE", "Der Tag in Kürze", "Netzpolitik Ticker"),
    "fr": ("Infos en continu", "Le Fil Actu", "L'Essentiel Info", "Tech & Société"),
    "es": ("Noticias al Instante", "Última Hora ES", "El Resumen Diario", "Tecno Pulso"),
}
CHANNEL_BLURBS = {
    "en": ("The news that matters, as it happens. No ads, no noise.", "Daily headlines from around the world."),
    "de": ("Die wichtigsten Nachrichten, schnell und kompakt.", "Jeden Tag das Wichtigste aus aller Welt."),
    "fr": ("L'essentiel de l'actualité, en temps réel.", "Chaque jour, les infos qui comptent."),
    "es": ("Las noticias que importan, al momento.", "Cada día, lo más importante del mundo."),
}
TG_COUNTERS = {
    "en": ("{n} subscribers", "{n} photos", "{n} videos", "{n} links"),
    "de": ("{n} Abonnenten", "{n} Fotos", "{n} Videos", "{n} Links"),
    "fr": ("{n} abonnés", "{n} photos", "{n} vidéos", "{n} liens"),
    "es": ("{n} suscriptores", "{n} fotos", "{n} vídeos", "{n} enlaces"),
}
TG_VIEW = {
    "en": ("View in Telegram", "Preview channel", "Join channel"),
    "de": ("In Telegram ansehen", "Kanal beitreten"),
    "fr": ("Voir dans Telegram", "Rejoindre la chaîne"),
    "es": ("Ver en Telegram", "Unirse al canal"),
}
TG_EMOJI = ("⚡️", "🔴", "❗️", "📰", "🌍", "▶️", "🗞", "📌")
TG_LABELS = {
    "en": ("BREAKING: ", "JUST IN: ", "UPDATE: "),
    "de": ("EILMELDUNG: ", "+++ ", "UPDATE: "),
    "fr": ("URGENT : ", "ALERTE : ", "DERNIÈRE MINUTE : "),
    "es": ("ÚLTIMA HORA: ", "URGENTE: ", "AHORA: "),
}
TG_MORE = {
    "en": ("Read more: {url}", "Full story: {url}", "👉 {url}", "More: {url}"),
    "de": ("Mehr dazu: {url}", "Weiterlesen: {url}", "👉 {url}"),
    "fr": ("Lire la suite : {url}", "L'article complet : {url}", "👉 {url}"),
    "es": ("Más información: {url}", "Leer más: {url}", "👉 {url}"),
}
TG_FORWARDED = {
    "en": "Forwarded from {name}",
    "de": "Weitergeleitet von {name}",
    "fr": "Transféré de {name}",
    "es": "Reenviado desde {name}",
}
TG_VIEWS = {"en": "{n} views", "de": "{n} Aufrufe", "fr": "{n} vues", "es": "{n} visualizaciones"}
TG_EDITED = {"en": "edited", "de": "bearbeitet", "fr": "modifié", "es": "editado"}
TG_SUBSCRIBE = {
    "en": ("Subscribe: @{handle}", "— @{handle}", "👉 Follow @{handle}"),
    "de": ("Abonnieren: @{handle}", "— @{handle}", "👉 @{handle} folgen"),
    "fr": ("Abonnez-vous : @{handle}", "— @{handle}"),
    "es": ("Suscríbete: @{handle}", "— @{handle}"),
}
TG_REACTIONS = ("👍", "❤", "🔥", "😢", "😁", "🤔", "👏", "😱", "🙏", "🤯", "👎")
TG_POLLS = {
    "en": (
        ("Anonymous Poll", "Poll"),
        ("What do you make of this decision?", "Should the government step in?", "Will you follow the trial?"),
        ("Yes", "No", "Not sure yet", "I don't care"),
        "{n} votes",
    ),
    "de": (
        ("Anonyme Umfrage", "Umfrage"),
        ("Was halten Sie von dieser Entscheidung?", "Sollte die Regierung eingreifen?"),
        ("Ja", "Nein", "Weiß nicht", "Ist mir egal"),
        "{n} Stimmen",
    ),
    "fr": (
        ("Sondage anonyme", "Sondage"),
        ("Que pensez-vous de cette décision ?", "Le gouvernement doit-il intervenir ?"),
        ("Oui", "Non", "Je ne sais pas", "Peu importe"),
        "{n} votes",
    ),
    "es": (
        ("Encuesta anónima", "Encuesta"),
        ("¿Qué opinas de esta decisión?", "¿Debería intervenir el Gobierno?"),
        ("Sí", "No", "No lo sé", "Me da igual"),
        "{n} votos",
    ),
}
TG_ADS = {
    "en": ("#ad", "Learn a language in 10 minutes a day — first month free.", "Try it now 👉 https://lingo.example/tg"),
    "de": (
        "#Werbung",
        "Sprachen lernen in 10 Minuten am Tag — der erste Monat ist gratis.",
        "Jetzt testen 👉 https://lingo.example/de",
    ),
    "fr": (
        "#pub",
        "Apprenez une langue en 10 minutes par jour — premier mois offert.",
        "Essayer 👉 https://lingo.example/fr",
    ),
    "es": (
        "#publicidad",
        "Aprende un idioma en 10 minutos al día: el primer mes, gratis.",
        "Pruébalo 👉 https://lingo.example/es",
    ),
}
TG_CHATTER = {
    "en": (
        "Good morning! Here are today's headlines 👇",
        "That's all for today. Good night 🌙",
        "Stay tuned, more updates soon.",
        "We'll be back tomorrow at 7 a.m.",
    ),
    "de": ("Guten Morgen! Hier die Schlagzeilen des Tages 👇", "Das war's für heute. Gute Nacht 🌙", "Mehr in Kürze."),
    "fr": (
        "Bonjour ! Voici les titres du jour 👇",
        "C'est tout pour aujourd'hui. Bonne nuit 🌙",
        "Plus d'infos à suivre.",
    ),
    "es": ("¡Buenos días! Estos son los titulares de hoy 👇", "Eso es todo por hoy. Buenas noches 🌙", "Ampliaremos."),
}
TG_PINNED = {
    "en": "{name} pinned «{text}»",
    "de": "{name} hat «{text}» angeheftet",
    "fr": "{name} a épinglé « {text} »",
    "es": "{name} fijó «{text}»",
}
TG_MEDIA = {
    "en": ("Photo", "Not included, change data exporting settings to download.", "Video"),
    "de": ("Foto", "Nicht enthalten, ändere die Export-Einstellungen, um es herunterzuladen.", "Video"),
    "fr": ("Photo", "Non inclus, modifiez les paramètres d'exportation pour le télécharger.", "Vidéo"),
    "es": ("Foto", "No incluido, cambia los ajustes de exportación para descargarlo.", "Vídeo"),
}


def _tg_day(when: dt.datetime, lang: str, with_year: bool) -> str:
    """A Telegram date divider: "December 3", "3. Dezember", "3 décembre", "3 de diciembre" (with the year)."""
    month = MONTHS[lang][when.month - 1]
    shapes = {"en": f"{month} {when.day}", "de": f"{when.day}. {month}", "fr": f"{when.day} {month}"}
    day = shapes.get(lang, f"{when.day} de {month}")
    if with_year:
        day = {"en": f"{when.day} {month} {when.year}", "de": f"{day} {when.year}", "fr": f"{day} {when.year}"}.get(
            lang, f"{day} de {when.year}"
        )
    return day


def _reactions(rng: random.Random, views: int) -> str:
    counts = sorted((rng.randint(1, max(2, views // 40)) for _ in range(rng.randint(1, 4))), reverse=True)
    emoji = rng.sample(TG_REACTIONS, len(counts))
    return "  ".join(f"{e} {_compact(n)}" for e, n in zip(emoji, counts, strict=True))


def build_telegram_channel(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A news channel on Telegram saved as text, one post per article, with posts that are not articles.

    The channel's public web preview (t.me/s/: channel head, date dividers, per post the channel's name,
    maybe "Forwarded from", the text, a link preview, hashtags, reactions and the footer with views, author,
    "edited" and time BELOW the text), a Telegram Desktop export (date dividers, the time and the name ABOVE
    the text, media placeholders, reactions) or several messages copied from the app ("NAME, [03.12.2024
    14:32]" above each). Polls, ads, greetings and pinned notices between the articles.
    """
    lang = _lang(rng)
    when = _when(rng)
    style = rng.choice(("web", "web", "desktop", "copy"))
    name = rng.choice(CHANNELS[lang])
    handle = _slug(name, rng).replace("-", "_")[:24]
    prefix_kind = rng.choice(("none", "emoji", "emoji", "label"))
    label = rng.choice(TG_LABELS[lang])
    emojis = rng.sample(TG_EMOJI, 3)
    gap = rng.random() < 0.6
    title_gap = gap or rng.random() < 0.3
    limit = rng.choice((4096, 2000, 1200))
    media_odds = rng.choice((0.0, 0.3, 0.6))
    more_shape = rng.choice(TG_MORE[lang])
    link_odds = rng.choice((0.3, 0.7, 1.0))
    preview_odds = 0.8 if style == "web" else 0.0
    hashtag_odds = rng.choice((0.0, 0.5, 0.9))
    subscribe = rng.choice(TG_SUBSCRIBE[lang]) if rng.random() < 0.35 else ""
    reaction_odds = rng.choice((0.0, 0.6, 0.9))
    views_shape = rng.choice(("{n}", "👁 {n}", TG_VIEWS[lang]))
    signed = rng.random() < 0.3
    one_line_foot = rng.random() < 0.7
    forward_odds = rng.choice((0.0, 0.2))
    between = rng.choice((0, 1, 1, 2)) if style != "copy" else 1
    views_base = rng.randint(800, 250_000)
    extras: dict[int, str] = {}
    for spot in range(len(articles) + 1):
        if rng.random() < 0.3:
            extras[spot] = rng.choice(("poll", "ad", "chatter", "chatter", "pinned" if style != "web" else "chatter"))
    sheet = _Sheet()
    last_day: dt.date | None = None
    last_from = ""

    def stamp_day(moment: dt.datetime) -> None:
        nonlocal last_day
        if moment.date() != last_day and style != "copy":
            sheet.add(_tg_day(moment, lang, style == "desktop" or moment.year != when.year))
            sheet.blank(between)
        last_day = moment.date()

    def head(moment: dt.datetime, author: str) -> None:
        """What stands above a post's text: the desktop export's time and name, the copied message's header."""
        nonlocal last_from
        if style == "desktop":
            sheet.add(f"{moment:%H:%M}")
            if author != last_from:
                sheet.add(author)
        elif style == "copy":
            sheet.add(f"{author}, [{moment:%d.%m.%Y %H:%M}]")
        else:
            sheet.add(author)
        last_from = author

    def foot(moment: dt.datetime, views: int, edited: bool, author: str, reactions: bool) -> None:
        """What stands below a post's text: reactions; on the web preview the views, author, "edited", time."""
        if reactions and style != "copy":
            sheet.add(_reactions(rng, views))
        if style == "web":
            parts = [views_shape.format(n=_compact(views))]
            if signed:
                parts.append(rng.choice(AUTHORS) + ",")
            if edited:
                parts.append(TG_EDITED[lang])
            parts.append(f"{moment:%H:%M}")
            if one_line_foot:
                sheet.add("  ".join(parts))
            else:
                sheet.add(parts[0], " ".join(parts[1:]))

    def extra_post(kind: str, moment: dt.datetime) -> None:
        stamp_day(moment)
        head(moment, name)
        views = int(views_base * rng.uniform(0.5, 1.5))
        if kind == "poll":
            kinds, questions, answers, votes = TG_POLLS[lang]
            sheet.add(rng.choice(questions), rng.choice(kinds))
            shown = answers[: rng.randint(2, len(answers))]
            shares = [rng.randint(1, 60) for _ in shown]
            total = sum(shares)
            sheet.add(*(f"{round(100 * s / total)}%  {answer}" for s, answer in zip(shares, shown, strict=True)))
            sheet.add(votes.format(n=_thousands(rng.randint(200, 40_000), lang)))
        elif kind == "ad":
            tag, text, action = TG_ADS[lang]
            sheet.add(*((text, action, tag) if rng.random() < 0.5 else (tag, text, action)))
        elif kind == "pinned":
            words = rng.choice(articles).title.split()
            pinned = " ".join(words[: max(1, min(6, len(words) // 2))]) + "…"
            sheet.add(TG_PINNED[lang].format(name=name, text=pinned))
        else:
            sheet.add(rng.choice(TG_CHATTER[lang]))
        if kind != "pinned":
            foot(moment, views, False, name, rng.random() < reaction_odds / 2)
        sheet.blank(between)

    moment = when
    for i, article in enumerate(articles):
        if i in extras:
            moment += dt.timedelta(minutes=rng.randint(3, 90))
            extra_post(extras[i], moment)
        moment += dt.timedelta(minutes=rng.randint(5, 400))
        stamp_day(moment)
        head(moment, name)
        if rng.random() < forward_odds:
            other = rng.choice([c for c in CHANNELS[lang] if c != name])
            if style == "desktop":
                sheet.add(f"{other} {moment - dt.timedelta(minutes=rng.randint(2, 60)):%d.%m.%Y %H:%M:%S}")
            elif style == "copy":
                sheet.add(f"[ {TG_FORWARDED[lang].format(name=other)} ]")
            else:
                sheet.add(TG_FORWARDED[lang].format(name=other))
        media = rng.random() < media_odds
        if media:
            photo, missing, video = TG_MEDIA[lang]
            kind = photo if rng.random() < 0.8 else video
            if style == "desktop":
                pixels = f"{rng.choice((1280, 1080, 800))}x{rng.choice((720, 853, 960))}"
                sheet.add(kind, missing, f"{pixels}, {rng.randint(60, 400)}.{rng.randint(0, 9)} KB")
            elif style == "copy":
                sheet.add(f"[ {kind} ]")
        title_line = article.title
        if prefix_kind == "emoji":
            title_line = f"{rng.choice(emojis)} {title_line}"
        elif prefix_kind == "label" and rng.random() < 0.5:
            title_line = label + title_line
        sheet.add(title_line)
        if title_gap:
            sheet.blank()
        room = (1024 if media else limit) - len(article.title)
        shown: list[str] = []
        for paragraph in article.paragraphs:
            if shown and len(paragraph) + 2 > room:
                break
            shown.append(paragraph)
            room -= len(paragraph) + 2
        write_article(sheet, article.title, shown, gap)
        url = f"https://{rng.choice(('www.', ''))}{_domain(rng.choice(SOURCES[lang]), rng)}/{_slug(article.title, rng)}"
        tail: list[str] = []
        linked = len(shown) < len(article.paragraphs) or rng.random() < link_odds
        if linked:
            tail.append(more_shape.format(url=url))
        if rng.random() < hashtag_odds:
            tags = ["#" + topic.replace(" ", "") for topic in _topics(article.title, lang, rng)]
            tail.append(" ".join(tags))
        if subscribe:
            tail.append(subscribe.format(handle=handle))
        if tail:
            if gap:
                sheet.blank()
            sheet.add(*tail)
        if linked and rng.random() < preview_odds:
            source = rng.choice(SOURCES[lang])
            description = _cut(article.paragraphs[0], rng, 60, 160)
            sheet.add(source, article.title, description + ("…" if description != article.paragraphs[0] else ""))
        views = int(views_base * rng.uniform(0.4, 1.8))
        foot(moment, views, rng.random() < 0.2, name, rng.random() < reaction_odds)
        sheet.blank(between)
    if len(articles) in extras:
        moment += dt.timedelta(minutes=rng.randint(3, 90))
        extra_post(extras[len(articles)], moment)
    return _with_channel_head(sheet, lang, name, handle, style, views_base, rng)


def _with_channel_head(
    sheet: _Sheet, lang: str, name: str, handle: str, style: str, views: int, rng: random.Random
) -> Draft:
    """The page with the channel's head on top: the web preview's name, handle, counters and blurb, the
    desktop export's title; nothing over copied messages."""
    top: list[str] = []
    if style == "web":
        top.append(name)
        if rng.random() < 0.6:
            top.append("@" + handle)
        subscribers, *others = TG_COUNTERS[lang]
        top.append(subscribers.format(n=_compact(views * rng.randint(2, 9))))
        if rng.random() < 0.5:
            top.extend(shape.format(n=_compact(rng.randint(40, 9000))) for shape in others)
        if rng.random() < 0.7:
            top.append(rng.choice(CHANNEL_BLURBS[lang]))
        top.append(rng.choice(TG_VIEW[lang]))
        top.append("")
    elif style == "desktop":
        top.extend((name, ""))
    sheet.lines[:0] = top
    return sheet.draft()


# ---------------------------------------------------------------------------
# press_database
# ---------------------------------------------------------------------------

Publication = tuple[str, str, str, str]  # the name, the name as the database cites it, its code, the copyright holder

PUBLICATIONS: dict[str, tuple[Publication, ...]] = {
    "en": (
        ("The Guardian", "The Guardian (London)", "GRDN", "Guardian News & Media Limited"),
        ("The Independent", "The Independent (United Kingdom)", "IND", "Independent Digital News and Media Ltd"),
        ("The New York Times", "The New York Times", "NYTF", "The New York Times Company"),
        ("Financial Times", "Financial Times (London, England)", "FTFTA", "The Financial Times Ltd"),
        ("The Washington Post", "The Washington Post", "WP", "The Washington Post"),
        ("The Irish Times", "The Irish Times", "IRTI", "The Irish Times"),
    ),
    "de": (
        ("Süddeutsche Zeitung", "Süddeutsche Zeitung", "SUDDZ", "Süddeutsche Zeitung GmbH"),
        (
            "Frankfurter Allgemeine Zeitung",
            "Frankfurter Allgemeine Zeitung",
            "FAZ",
            "Frankfurter Allgemeine Zeitung GmbH",
        ),
        ("Die Welt", "Die Welt", "DWELT", "Axel Springer SE"),
        ("Der Tagesspiegel", "Der Tagesspiegel", "TSPGL", "Verlag Der Tagesspiegel GmbH"),
        ("taz, die tageszeitung", "taz, die tageszeitung", "TAZ", "taz Verlags u. Vertriebs GmbH"),
    ),
    "fr": (
        ("Le Monde", "Le Monde", "LM", "SA Le Monde"),
        ("Le Figaro", "Le Figaro", "LFIGAR", "Le Figaro"),
        ("Libération", "Libération", "LIBE", "Libération"),
        ("Les Échos", "Les Echos", "LESECH", "Les Echos"),
        ("Ouest-France", "Ouest-France", "OUESTF", "Ouest-France"),
    ),
    "es": (
        ("El País", "El País", "PAIS", "Ediciones El País S.L."),
        ("El Mundo", "El Mundo", "ELMUND", "Unidad Editorial"),
        ("La Vanguardia", "La Vanguardia", "VANGDI", "La Vanguardia Ediciones S.L."),
        ("ABC", "ABC", "ABCESP", "Diario ABC S.L."),
    ),
}
EDITIONS = ("Final Edition", "First Edition", "National Edition", "Late Edition - Final", "Online")
LEXIS_SECTIONS = ("WORLD NEWS", "NATIONAL NEWS", "BUSINESS", "FEATURES", "ARTS", "TECHNOLOGY", "SPORT", "NEWS")
DESKS = {
    "en": ("World", "Politics", "Business", "Media", "Technology", "Arts", "Sport"),
    "de": ("Politik", "Wirtschaft", "Feuilleton", "Medien", "Sport", "Panorama"),
    "fr": ("International", "France", "Économie", "Culture", "Sports", "Médias"),
    "es": ("Internacional", "España", "Economía", "Cultura", "Deportes", "Sociedad"),
}
WORDS = {"en": "words", "de": "Wörter", "fr": "mots", "es": "palabras"}
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español"}
DOCUMENT_WORD = {"en": "Document", "de": "Dokument", "fr": "Document", "es": "Documento"}
FACTIVA_COPYRIGHT = {
    "en": "(c) {year} {holder}. All rights reserved.",
    "de": "(c) {year} {holder}. Alle Rechte vorbehalten.",
    "fr": "(c) {year} {holder}. Tous droits réservés.",
    "es": "(c) {year} {holder}. Todos los derechos reservados.",
}
FACTIVA_SUMMARY = {
    "en": (
        "Search Summary",
        (
            "Text",
            "Date",
            "Source",
            "Author",
            "Company",
            "Subject",
            "Industry",
            "Region",
            "Language",
            "Results Found",
            "Timestamp",
        ),
        ("All Sources", "All Authors", "All Companies", "All Subjects", "All Industries", "All Regions", "English"),
    ),
    "de": (
        "Suchzusammenfassung",
        (
            "Text",
            "Datum",
            "Quelle",
            "Autor",
            "Unternehmen",
            "Thema",
            "Branche",
            "Region",
            "Sprache",
            "Gefundene Ergebnisse",
            "Zeitstempel",
        ),
        (
            "Alle Quellen",
            "Alle Autoren",
            "Alle Unternehmen",
            "Alle Themen",
            "Alle Branchen",
            "Alle Regionen",
            "Deutsch",
        ),
    ),
    "fr": (
        "Résumé de la recherche",
        (
            "Texte",
            "Date",
            "Source",
            "Auteur",
            "Société",
            "Sujet",
            "Secteur",
            "Région",
            "Langue",
            "Résultats trouvés",
            "Horodatage",
        ),
        (
            "Toutes les sources",
            "Tous les auteurs",
            "Toutes les sociétés",
            "Tous les sujets",
            "Tous les secteurs",
            "Toutes les régions",
            "Français",
        ),
    ),
    "es": (
        "Resumen de la búsqueda",
        (
            "Texto",
            "Fecha",
            "Fuente",
            "Autor",
            "Empresa",
            "Tema",
            "Sector",
            "Región",
            "Idioma",
            "Resultados encontrados",
            "Fecha y hora",
        ),
        (
            "Todas las fuentes",
            "Todos los autores",
            "Todas las empresas",
            "Todos los temas",
            "Todos los sectores",
            "Todas las regiones",
            "Español",
        ),
    ),
}
FACTIVA_SUBJECTS = (
    "gcat : Political/General News",
    "gpol : Domestic Politics",
    "gcrim : Crime/Legal Action",
    "gent : Arts/Entertainment",
    "gtech : Technology",
    "ccat : Corporate/Industrial News",
    "ncat : Content Types",
    "nfact : Factiva Filters",
)
FACTIVA_REGIONS = (
    "uk : United Kingdom",
    "usa : United States",
    "eurz : Europe",
    "gfr : Germany",
    "fra : France",
    "spain : Spain",
    "swed : Sweden",
    "isr : Israel",
)
EUROPRESSE_SOURCE = (
    ("Nom de la source", "Type de source", "Périodicité", "Couverture géographique", "Provenance"),
    ("Presse • Journaux", "Quotidien", "Nationale", "Paris, Ile-de-France, France"),
)
EUROPRESSE_LEGAL = (
    "Le présent document est protégé par les lois et conventions internationales sur le droit d'auteur et son "
    "utilisation est régie par ces lois et conventions."
)
EUROPRESSE_CERTIFICATE = (
    "Certificat émis le {date} à {org} à des fins de visualisation personnelle et temporaire.",
    "Ce certificat est émis à {org} à des fins de visualisation personnelle et temporaire.",
)
LICENSEES = ("UNIVERSITE-DE-LYON", "Sciences Po Paris", "BIBLIOTHEQUE-NATIONALE", "Université de Bordeaux")
SEARCH_TERMS = ("assange OR swift", "technology AND europe", "climate", "election*", "apple OR google", "music")


def _word_count(article: SourceArticle) -> int:
    return sum(len(paragraph.split()) for paragraph in article.paragraphs)


def _centre(text: str, width: int = 72) -> str:
    return " " * max(0, (width - len(text)) // 2) + text


def _weekday_date(when: dt.datetime) -> str:
    """Lexis's "December 3, 2024 Tuesday"."""
    return f"{MONTHS['en'][when.month - 1]} {when.day}, {when.year} {WEEKDAYS['en'][when.weekday()]}"


def _dateline(article: SourceArticle, rng: random.Random, cities: Sequence[str]) -> str:
    """A city to open the first paragraph with, or "" when the paragraph has a dateline already."""
    return "" if HAS_DATELINE.match(article.paragraphs[0]) or rng.random() < 0.5 else rng.choice(cities)


@dataclass
class _Export:
    """What the documents of one export share: the page's language and random source, when it was made,
    whether paragraphs are set apart by blank lines, how often a byline is given, whether it went through
    PDF (page headers and footers), whether it has front matter; through PDF, a page turns before every
    `every`-th paragraph of a document, and `page` counts the pages up to `pages`."""

    lang: str
    rng: random.Random
    retrieved: dt.datetime
    gap: bool
    byline_odds: float
    pdf: bool
    front_matter: bool
    every: int = 4
    pages: int = 0
    page: int = 0


DocWriter = Callable[[_Sheet, SourceArticle, Publication, dt.datetime, int, int, _Export], None]


def build_press_database(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """Documents exported from a press database or a media-monitoring service, one per article.

    LexisNexis (the classic "N of M DOCUMENTS" text with centred source lines and BYLINE: / SECTION: /
    LENGTH: / LOAD-DATE: fields; or Nexis Uni, with "Body" and "End of Document"), Factiva (bare metadata
    lines and a "Document ..." number; or the indexed format with two-letter codes, "LP" and "TD" before
    paragraphs), WISO/GENIOS (German: "Quelle:", "Dokumentnummer:", "Dauerhafte Adresse des Dokuments:"),
    Europresse (French: the source block, "© ... Tous droits réservés.", the certificate, "news·...") or a
    Spanish press archive; maybe a search header or a result list on top and a search summary at the end.
    """
    lang = _lang(rng)
    vendors = {
        "en": ("lexis", "nexis_uni", "nexis_uni", "factiva", "factiva_codes"),
        "de": ("wiso", "wiso", "nexis_uni", "factiva"),
        "fr": ("europresse", "europresse", "factiva"),
        "es": ("hemeroteca", "factiva", "factiva_codes"),
    }
    vendor = rng.choice(vendors[lang])
    writers: dict[str, DocWriter] = {
        "lexis": _lexis,
        "nexis_uni": _nexis_uni,
        "factiva": _factiva,
        "factiva_codes": _factiva_codes,
        "wiso": _wiso,
        "europresse": _europresse,
        "hemeroteca": _hemeroteca,
    }
    pubs = PUBLICATIONS[lang]
    one_source = rng.random() < 0.35
    source = rng.choice(pubs)
    when = _when(rng)
    retrieved = when + dt.timedelta(days=rng.randint(2, 400), hours=rng.randint(0, 12))
    terms = rng.choice(SEARCH_TERMS)
    total = len(articles) if rng.random() < 0.5 else len(articles) + rng.randint(1, 200)
    export = _Export(
        lang=lang,
        rng=rng,
        retrieved=retrieved,
        gap=rng.random() < 0.8,
        byline_odds=rng.choice((0.5, 0.9)),
        pdf=rng.random() < 0.3,
        front_matter=rng.random() < 0.5,
    )
    export.every = rng.randint(3, 5)
    export.page = 1 if vendor == "nexis_uni" and export.front_matter else 0
    export.pages = export.page + sum(1 + (len(a.paragraphs) - 1) // export.every for a in articles)
    since = _date(when - dt.timedelta(days=rng.randint(7, 90)), lang, "numeric")
    until = _date(when, lang, "numeric")
    sheet = _Sheet()

    if vendor == "nexis_uni" and export.front_matter:
        seconds = rng.randint(0, 59)
        clock = f"{retrieved.hour % 12 or 12}:{retrieved:%M}:{seconds:02d} {'AM' if retrieved.hour < 12 else 'PM'}"
        day = f"{WEEKDAYS['en'][retrieved.weekday()].capitalize()}, {MONTHS['en'][retrieved.month - 1]} {retrieved.day}"
        sheet.add("User Name: =", f"Date and Time: {day}, {retrieved.year} {clock} CET")
        sheet.add(f"Job Number: {rng.randrange(10**8, 10**9)}")
        sheet.blank()
        sheet.add(f"Documents ({len(articles)})")
        sheet.blank()
        for n, article in enumerate(articles, 1):
            sheet.add(f"{n}. {article.title}")
            sheet.add("Client/Matter: -None-")
            sheet.add(f"Search Terms: {terms}")
            sheet.add(f"Search Type: {rng.choice(('Terms and Connectors', 'Natural Language'))}")
            sheet.add(
                "Narrowed by:", "Content Type Narrowed by", f"News Sources: {source[1]}" if one_source else "News"
            )
            sheet.blank()
        sheet.blank()
    elif vendor == "wiso" and export.front_matter:
        sheet.add(f"Suchbegriffe: {terms}", f"Zeitraum: {since} - {until}", f"Treffer: {len(articles)} von {total}")
        sheet.blank(2)
    elif vendor == "lexis" and export.front_matter:
        sheet.add(_centre(f"Search Terms: {terms}"), _centre(f"Documents: 1-{len(articles)} of {total}"))
        sheet.blank(2)

    moment = when
    for n, article in enumerate(articles, 1):
        moment -= dt.timedelta(days=rng.randint(0, 4), hours=rng.randint(0, 20))
        pub = source if one_source else rng.choice(pubs)
        writers[vendor](sheet, article, pub, moment, n, total, export)
        sheet.blank(rng.randint(2, 3))

    if vendor.startswith("factiva") and rng.random() < 0.6:
        head, keys, alls = FACTIVA_SUMMARY[lang]
        values = (
            terms,
            f"{since} - {until}",
            source[0] if one_source else alls[0],
            *alls[1:],
            _thousands(total, lang),
            f"{_long_date(retrieved, lang)} {retrieved:%H:%M}",
        )
        tab = rng.random() < 0.5
        sheet.add(
            head, *(f"{key}\t{value}" if tab else f"{key}: {value}" for key, value in zip(keys, values, strict=True))
        )
    return sheet.draft()


def _body(
    sheet: _Sheet,
    article: SourceArticle,
    gap: bool,
    prefixes: dict[int, str] | None = None,
    breaks: dict[int, list[list[str]]] | None = None,
) -> None:
    write_article(sheet, article.title, article.paragraphs, gap, breaks=breaks, prefixes=prefixes)


def _page_turns(
    article: SourceArticle, export: _Export, lines: Callable[[int], list[str]]
) -> dict[int, list[list[str]]]:
    """The running header or footer of a PDF export (`lines(page)`) between some paragraphs of a document."""
    breaks: dict[int, list[list[str]]] = {}
    if not export.pdf:
        return breaks
    for j in range(export.every, len(article.paragraphs), export.every):
        export.page += 1
        breaks[j] = [lines(export.page)]
    return breaks


def _lexis(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """LexisNexis Academic's text: "N of M DOCUMENTS", centred source lines, labelled fields, the body."""
    rng = export.rng
    sheet.add(_centre(f"{n} of {total} DOCUMENTS"))
    sheet.blank(2)
    copyright_ = f"Copyright {when.year} {pub[3]}"
    if rng.random() < 0.5:
        sheet.add(_centre(copyright_), _centre("All Rights Reserved"))
        sheet.blank(2)
        copyright_ = ""
    sheet.add(_centre(pub[1]))
    sheet.blank(2)
    sheet.add(_centre(_weekday_date(when)))
    if rng.random() < 0.6:
        sheet.add(_centre(rng.choice(EDITIONS)))
    sheet.blank()
    sheet.add(article.title)
    sheet.blank()
    if rng.random() < export.byline_odds:
        sheet.add(f"BYLINE: {rng.choice(AUTHORS)}")
        sheet.blank()
    sheet.add(f"SECTION: {rng.choice(LEXIS_SECTIONS)}; Pg. {rng.randint(1, 40)}")
    sheet.blank()
    sheet.add(f"LENGTH: {_word_count(article)} words")
    sheet.blank()
    city = _dateline(article, rng, ("LONDON", "WASHINGTON", "NEW YORK", "BRUSSELS", "PARIS"))
    if city:
        sheet.add(f"DATELINE: {city}")
        sheet.blank()
    if rng.random() < 0.5:
        sheet.blank()
    _body(sheet, article, True)
    sheet.blank(2)
    load = when + dt.timedelta(days=rng.randint(0, 2))
    sheet.add(f"LOAD-DATE: {MONTHS['en'][load.month - 1]} {load.day}, {load.year}")
    sheet.blank()
    sheet.add("LANGUAGE: ENGLISH")
    sheet.blank()
    if rng.random() < 0.3:
        sheet.add(f"GRAPHIC: Photograph: {rng.choice(AUTHORS)}/{rng.choice(('AFP', 'Reuters', 'AP'))}")
        sheet.blank()
    sheet.add(f"PUBLICATION-TYPE: {rng.choice(('Newspaper', 'Newspaper', 'Web Publication'))}")
    if rng.random() < 0.4:
        sheet.blank()
        sheet.add(f"JOURNAL-CODE: {pub[2]}")
    if copyright_:
        sheet.blank(2)
        sheet.add(_centre(copyright_), _centre("All Rights Reserved"))


def _nexis_uni(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """Nexis Uni's export: title, source, date, copyright, Section/Length/Byline, "Body", "End of Document";
    through PDF, "Page N of M" and the title as a running header on every page."""
    rng = export.rng
    if export.pdf:
        export.page += 1
        sheet.add(f"Page {export.page} of {export.pages}", article.title)
        sheet.blank()
    sheet.add(article.title)
    sheet.add(pub[1])
    stamp = _weekday_date(when)
    if rng.random() < 0.4:
        stamp += f" {when.hour % 12 or 12}:{when:%M} {'AM' if when.hour < 12 else 'PM'} GMT"
    sheet.add(stamp)
    sheet.add(f"Copyright {when.year} {pub[3]} All Rights Reserved")
    sheet.blank()
    desk = rng.choice(DESKS[export.lang]).upper()
    version = f"Pg. {rng.randint(1, 40)}" if rng.random() < 0.6 else f"Version:{rng.randint(1, 4)}"
    sheet.add(f"Section: {desk}; {version}")
    sheet.add(f"Length: {_word_count(article)} words")
    if rng.random() < export.byline_odds:
        sheet.add(f"Byline: {rng.choice(AUTHORS)}")
    city = _dateline(article, rng, ("LONDON", "BERLIN", "WASHINGTON", "MADRID"))
    if city:
        sheet.add(f"Dateline: {city}")
    sheet.blank()
    sheet.add("Body")
    sheet.blank()
    title = article.title
    _body(
        sheet,
        article,
        True,
        breaks=_page_turns(article, export, lambda page: [f"Page {page} of {export.pages}", title]),
    )
    sheet.blank()
    load = when + dt.timedelta(days=rng.randint(0, 2))
    sheet.add(f"Load-Date: {MONTHS['en'][load.month - 1]} {load.day}, {load.year}")
    sheet.blank(rng.randint(1, 2))
    sheet.add("End of Document")


def _factiva_id(pub: Publication, when: dt.datetime, rng: random.Random) -> str:
    """A Factiva accession number: "GRDN000020241203ekc3000bq"."""
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    head, tail = "".join(rng.choices(letters, k=3)), "".join(rng.choices(letters, k=2))
    return f"{pub[2].ljust(8, '0')}{when:%Y%m%d}e{head}000{tail}"


def _factiva(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """Factiva's article format: title, author, word count, date, source, code, language, copyright as bare
    lines, the body, "Document ..."; through PDF, a "Page N of M © Factiva" footer."""
    rng, lang = export.rng, export.lang
    sheet.add(article.title)
    if rng.random() < export.byline_odds:
        author = rng.choice(AUTHORS)
        sheet.add(f"By {author}" if lang == "en" and rng.random() < 0.5 else author)
    sheet.add(f"{_thousands(_word_count(article), lang)} {WORDS[lang]}")
    sheet.add(_long_date(when, lang))
    if rng.random() < 0.3:
        sheet.add(f"{when:%H:%M} GMT")
    sheet.add(pub[0], pub[2])
    if rng.random() < 0.4:
        sheet.add(str(rng.randint(1, 40)))
    sheet.add(LANGUAGE_NAMES[lang])
    sheet.add(FACTIVA_COPYRIGHT[lang].format(year=when.year, holder=pub[3].rstrip(".")))
    if export.gap:
        sheet.blank()
    footer = f"© {export.retrieved.year} Factiva, Inc. All rights reserved."
    _body(
        sheet,
        article,
        export.gap,
        breaks=_page_turns(article, export, lambda page: [f"Page {page} of {export.pages} {footer}"]),
    )
    sheet.blank()
    sheet.add(f"{DOCUMENT_WORD[lang]} {_factiva_id(pub, when, rng)}")
    if export.pdf:
        export.page += 1
        sheet.blank()
        sheet.add(f"Page {export.page} of {export.pages} {footer}")


def _factiva_codes(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """Factiva's indexed format: two-letter codes (HD, BY, WC, PD, SN, SC, LA, CY, LP, TD, NS, RE, AN)."""
    rng, lang = export.rng, export.lang
    sep = rng.choice(("  ", "\t", " "))
    fields = [("HD", article.title)]
    if rng.random() < export.byline_odds:
        fields.append(("BY", rng.choice(AUTHORS)))
    fields.append(("WC", f"{_thousands(_word_count(article), lang)} {WORDS[lang]}"))
    fields.append(("PD", _long_date(when, lang)))
    fields.append(("SN", pub[0]))
    fields.append(("SC", pub[2]))
    if rng.random() < 0.5:
        fields.append(("PG", str(rng.randint(1, 40))))
    fields.append(("LA", LANGUAGE_NAMES[lang]))
    fields.append(("CY", FACTIVA_COPYRIGHT[lang].format(year=when.year, holder=pub[3].rstrip("."))))
    sheet.add(*(f"{code}{sep}{value}" for code, value in fields))
    sheet.blank()
    lead = min(len(article.paragraphs), rng.randint(1, 2))
    prefixes: dict[int, str] = {}
    breaks: dict[int, list[list[str]]] = {}
    if rng.random() < 0.5:
        prefixes[0] = f"LP{sep}"
        if lead < len(article.paragraphs):
            prefixes[lead] = f"TD{sep}"
    else:
        sheet.add("LP")
        sheet.blank()
        if lead < len(article.paragraphs):
            breaks[lead] = [["TD"]]
    _body(sheet, article, True, prefixes=prefixes, breaks=breaks)
    sheet.blank()
    tail = [
        ("NS", " | ".join(_pick(rng, FACTIVA_SUBJECTS, 1, 3))),
        ("RE", " | ".join(_pick(rng, FACTIVA_REGIONS, 1, 3))),
    ]
    if rng.random() < 0.5:
        tail.append(("IPD", rng.choice(DESKS[lang])))
    tail.append(("PUB", pub[3]))
    tail.append(("AN", f"{DOCUMENT_WORD[lang]} {_factiva_id(pub, when, rng)}"))
    sheet.add(*(f"{code}{sep}{value}" for code, value in tail))


def _wiso(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """WISO/GENIOS: the source line on top, title, author, body (maybe a dateline before it), then
    "Quelle:", "Ressort:", "Dokumentnummer:", the document's address and the rights line."""
    rng, gap = export.rng, export.gap
    desk = rng.choice(DESKS["de"])
    page = rng.randint(1, 40)
    numeric = _date(when, "de", "numeric")
    if rng.random() < 0.6:
        sheet.add(f"{pub[0]} vom {numeric}, S. {page} / {desk}")
    else:
        sheet.add(f"{pub[0]} Nr. {rng.randint(1, 290)} vom {numeric} Seite {page}")
    sheet.blank()
    sheet.add(article.title)
    author = rng.choice(AUTHORS)
    byline = rng.random() < export.byline_odds
    end_author = byline and rng.random() < 0.3
    if byline and not end_author:
        sheet.add(rng.choice(("Von ", "")) + author)
    if gap:
        sheet.blank()
    city = _dateline(article, rng, ("Berlin", "München", "Hamburg", "Brüssel", "Washington"))
    _body(sheet, article, gap, prefixes={0: f"{city} – "} if city else None)
    if end_author:
        sheet.add(author)
    sheet.blank()
    sheet.add(f"Quelle: {pub[0]}, {numeric}, S. {page}")
    sheet.add(f"Ressort: {desk}")
    if rng.random() < 0.4:
        sheet.add(f"Rubrik: {rng.choice(('Seite Drei', 'Themen des Tages', 'Nachrichten', 'Meinung'))}")
    number = rng.randrange(10**8, 10**9)
    sheet.add(f"Dokumentnummer: {number}")
    if rng.random() < 0.8:
        sheet.add(
            f"Dauerhafte Adresse des Dokuments: https://www.wiso-net.de/document/{pub[2][:4].ljust(4, '_')}__{number}"
        )
    sheet.add(f"Alle Rechte vorbehalten: (c) {pub[3]}")


def _europresse(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """Europresse: maybe the source block, the source, "Rubrique, mardi 3 décembre 2024 734 mots, p. 4",
    title, author, body, copyright, the legal notice, the certificate and the document's number."""
    rng, gap = export.rng, export.gap
    if export.front_matter:
        keys, values = EUROPRESSE_SOURCE
        for key, value in zip(keys, (pub[0], *values), strict=True):
            sheet.add(key, value)
        sheet.blank()
    sheet.add(pub[0])
    weekday = WEEKDAYS["fr"][when.weekday()]
    words = _thousands(_word_count(article), "fr")
    sheet.add(f"{rng.choice(DESKS['fr'])}, {weekday} {_date(when, 'fr', 'long')} {words} mots, p. {rng.randint(1, 32)}")
    sheet.add(article.title)
    if rng.random() < export.byline_odds:
        sheet.add(rng.choice(AUTHORS))
    if gap:
        sheet.blank()
    _body(sheet, article, gap)
    if rng.random() < 0.3:
        sheet.blank(1 if gap else 0)
        sheet.add("Illustration(s) :", f"{rng.choice(AUTHORS)}/AFP")
    sheet.blank(1 if gap else 0)
    sheet.add(f"© {when.year} {pub[3]}. Tous droits réservés.")
    sheet.blank(1 if gap else 0)
    sheet.add(EUROPRESSE_LEGAL)
    certificate = rng.choice(EUROPRESSE_CERTIFICATE)
    sheet.blank(1 if gap else 0)
    sheet.add(certificate.format(date=_date(export.retrieved, "fr", "long"), org=rng.choice(LICENSEES)))
    sheet.add(f"news·{when:%Y%m%d}·{pub[2][:2]}·{rng.randrange(10**5, 10**7)}")


def _hemeroteca(
    sheet: _Sheet, article: SourceArticle, pub: Publication, when: dt.datetime, n: int, total: int, export: _Export
) -> None:
    """A Spanish press archive: "Documento N de M", labelled fields (Medio, Fecha, Página, Sección, Autor,
    Palabras), title, body (maybe a dateline before it), copyright."""
    rng, gap = export.rng, export.gap
    fields = [("Medio", pub[0]), ("Fecha", _date(when, "es", "numeric")), ("Página", str(rng.randint(1, 60)))]
    fields.append(("Sección", rng.choice(DESKS["es"])))
    if rng.random() < export.byline_odds:
        fields.append(("Autor", rng.choice(AUTHORS)))
    fields.append(("Palabras", _thousands(_word_count(article), "es")))
    if rng.random() < 0.5:
        sheet.add(f"Documento {n} de {total}")
    sheet.add(*(f"{key}: {value}" for key, value in fields))
    sheet.blank()
    sheet.add(article.title)
    if gap:
        sheet.blank()
    city = _dateline(article, rng, ("MADRID", "BARCELONA", "BRUSELAS", "WASHINGTON"))
    mark = rng.choice((". ", " – ", " (EFE). "))
    _body(sheet, article, gap, prefixes={0: city + mark} if city else None)
    sheet.blank()
    sheet.add(f"© {when.year} {pub[3].rstrip('.')}. Todos los derechos reservados.")


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "text_browser": build_text_browser,
    "wet_records": build_wet_records,
    "telegram_channel": build_telegram_channel,
    "press_database": build_press_database,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout8", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
