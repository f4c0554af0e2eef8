"""Four more multi-article layouts, a fifth held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout5.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout5.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout5.py check [--pages N] [--seed N]

The project knows twenty-seven layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`), the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`) and the four of tools/layouts_holdout4.py (`reviews`, `newswire_table`,
`translated_digest`, `chat_export`). The four here differ from all of them:

- `search_results`: a results page saved from a web search, a news search or a site's own search,
  one hit per article. Web (Google-, Bing- or DuckDuckGo-like): the page title ("QUERY - Google
  Search", "QUERY bei DuckDuckGo") or the bare query, maybe tabs ("All  News  Images  Videos") and
  a count ("About 1,240 results (0.42 seconds)", "Environ 2 967 résultats"); per hit the site's
  name, a URL or breadcrumb ("https://www.theguardian.com › world › 2024 › dec") or the host, the
  title (maybe with " - SITE" or " | SITE" after it), and a snippet: maybe a date and " — " or " · "
  before it ("Dec 3, 2024 — ", "vor 3 Stunden — "), the article's text run together on one line and
  cut at a word, "..." or "…" after it when cut; maybe an ad ("Sponsored" / brand / URL / ad title /
  ad text) and a "People also ask" block of questions; related searches, pagination ("1 2 3 4 5 6 7
  8 9 10 Next") and a footer. News search: per hit the source (maybe "SOURCE · 3 hours ago"), the
  title, a shorter snippet, maybe the time and "Full coverage"; hits maybe with no blank line
  between them. Site search: maybe the site's name and menu, "Search results for “QUERY”", a
  "Showing 1–10 of 42 results" and a sort line; per hit maybe a section, a meta line ("By NAME |
  DATE") above or below the title or before the text on its line, the title (maybe numbered:
  "3. TITLE"), the text (all paragraphs, the first one or two with the last maybe cut and "…",
  or a one-line snippet) and maybe "Read more"; pagination ("« Previous 1 2 3 … 25 Next »",
  "Seite 1 von 25") and a footer. The truth text of a snippet is the snippet as shown, without
  the date before it and the ellipsis after it;
- `podcast_notes`: a podcast's episode list with show notes, one episode per article, newest first:
  the show's name, maybe a tagline, "Hosted by NAME and NAME", a subscribe line and "All episodes"
  / "Alle Folgen" / "464 episodios"; per episode a meta line above or below the title ("Episode 42
  · 38 min", "EP 42 | September 15, 2024 | 43:45", "S3 E12 · DATE", "Folge 42 · 38 Min."), the
  title (maybe numbered: "#42: TITLE", "Ep. 42 – TITLE", "Folge 42: TITLE"), maybe a player line
  ("▶ Play episode", "00:00 / 38:12", "Download (MP3, 35 MB)"), a "Listen on Apple Podcasts ·
  Spotify" line, a guest line ("Guest: NAME, correspondent for Reuters") and a notes label ("Show
  notes", "Shownotes", "Notas del episodio"), the notes (the paragraphs, or the first ones and
  "Show more"), then in the page's order a chapter list ("Chapters" / "00:00 Intro" / "12:56 The
  story so far"), a links list ("Links mentioned:" / "- Reuters: URL"), the guest line, credits
  ("Produced by NAME. Edited by NAME."), a sponsor line, "Read the transcript" and an actions line
  ("♡ 24   💬 3   ↗ Share"); episodes split by blank lines, a rule, or nothing (then the meta line
  is always above the title); a footer ("Load more episodes", "Page 1 of 12");
- `ebook_digest`: an e-book of downloaded news converted to plain text, one chapter per article.
  A calibre news download: the periodical's name and a bracketed date ("[Tue, 03 Dec 2024]",
  "[3. Dezember 2024]"), maybe "Contents" and the list of sections, then per section its name, its
  index (per article the headline, maybe the feed's description, i.e. the article's first words
  and "...", maybe a date and time) and "| Next | Main Menu |", then its articles, each maybe under
  a navigation bar ("| Previous | Next | Section Menu | Main Menu |", "| Weiter | Abschnittsmenü |
  Hauptmenü |"), with the headline, maybe a byline and a date line, the paragraphs (maybe a photo
  credit between two), "This article was downloaded by calibre from URL" (localised) and the bar
  again. A read-later digest (Pocket, Instapaper or a plain reading list sent to an e-reader): a
  title ("Your Pocket digest — 5 articles", "Leseliste vom 3. Dezember 2024"), maybe a contents
  list of the headlines ("1. TITLE — theguardian.com", "TITLE (npr.org, 4 min)"), then per article
  maybe a mark ("Article 2 of 5", "2/5", "— 2 —"), the headline, a meta line ("npr.org · 4 min
  read", "bbc.com · NAME"), the paragraphs (rarely only the first ones) and maybe "Original: URL";
  articles split by two to four blank lines or a rule; maybe an end line ("Delivered by Pocket ·
  Change delivery settings"). The headlines of a contents list or a section index are not
  article starts;
- `infinite_scroll`: an article page saved after scrolling down, where the site has loaded the
  next articles under the first, each with its own chrome: the site's name, maybe a skip link
  ("Skip to main content"), a menu and "Subscribe | Sign in"; per article maybe a "Next article"
  / "Up next" / "Nächster Artikel" / "Article suivant" mark (not before the first), a breadcrumb
  ("Home › World › Europe", "Startseite > Politik"), a kicker ("Analysis", "Exklusiv"), the
  headline, a byline and a date line, together or apart ("By NAME · Published DATE",
  "Veröffentlicht am DATE", "Publié le DATE à 14h32, mis à jour il y a 3 heures"; always at least
  the date line), maybe a share or listen line ("Listen to this article · 4 min") and a photo
  credit, the paragraphs with, between some, an advertisement line ("Advertisement", "Anzeige",
  "La suite après cette publicité"), a "Read more: OTHER HEADLINE" line or a newsletter box ("Sign
  up to First Edition" / "Free daily newsletter" / ...), then maybe a topics line ("Topics: World,
  Sweden, Assange"), a comments line ("Comments (12)") and a "Most read" list of other headlines,
  numbered or not; the last article may be cut short by "Continue reading" / "Loading…"; maybe a
  footer ("© 2024 SITE", "Back to top ↑"). The other headlines are not articles.

Everything around the articles (queries, tabs, counts, URLs, dates, ads, questions, related
searches, pagination, meta lines, players, listen lines, guests, chapters, links, credits,
sponsors, section lists, indexes, descriptions, navigation bars, calibre lines, contents lists,
marks, breadcrumbs, kickers, bylines, share lines, photo credits, advertisements, "Read more"
lines, newsletter boxes, topics, comments, "Most read" lists, footers) is furniture in English,
German, French or Spanish, chosen per page by the page's `random.Random`, and never part of the
truth. A page's truth is, per article in page order, the headline as shown (without a numbering
or a " - SITE" suffix) and the shown paragraphs joined by "\\n" (a snippet as shown on its line,
without the date before it or the ellipsis after it; an excerpt where the layout cuts the
article short).

These layouts are meant to stay unseen: do not tune the segmenter on them; score them only
to confirm. Pages are deterministic: same articles, layouts and seed, byte-identical pages.
The page model (`SourceArticle`, `GeneratedPage`, `to_record`, `truth_problems`) and the
shared furniture helpers come from tools/layouts.py.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections.abc import Sequence
from pathlib import Path

_TOOLS = str(Path(__file__).resolve().parent)
if _TOOLS not in sys.path:  # run as a script, sys.path[0] is tools/ already; imported from tests it may not be
    sys.path.insert(0, _TOOLS)

import layouts  # noqa: E402  (tools/layouts.py, beside this file)
from layouts import (  # noqa: E402
    AUTHORS,
    RFC_WEEKDAYS,
    SECTIONS,
    SHORT_MONTHS,
    SMALL_WORDS,
    SOURCES,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _date,
    _lang,
    _separator,
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


def _names(article: SourceArticle) -> list[str]:
    """The names in the headline ("Marie Yovanovitch", "MacBook", "Ukraine"), for topic tags: runs of up
    to three headline words, each written capitalised after a lower-case word somewhere in the text
    and never in lower case; a run ends at a comma or a colon. In headline order."""
    text = " ".join(article.paragraphs)
    inside = set(re.findall(r"(?<=[a-z,;] )([A-Z][\w’'.-]*\w)", text))
    lower = {word.lower() for word in re.findall(r"\b[a-z][\w’'-]*", text)}
    runs: list[str] = []
    run: list[str] = []
    for token in [*article.title.split(), ""]:
        bare = re.sub(r"['’]s$", "", token.strip(",:;!?‘’'\"“”()«»„"))
        name = bare[:1].isupper() and bare in inside and bare.lower() not in lower | SMALL_WORDS
        if name and len(run) < 3:
            run.append(bare)
        if run and (not name or token.endswith((",", ":", ";")) or len(run) == 3):
            if " ".join(run) not in runs:
                runs.append(" ".join(run))
            run = []
    return runs


def _cut(text: str, rng: random.Random, low: int, high: int) -> str:
    """`text` cut at a word boundary near a length between `low` and `high` (all of it when it is no
    longer than that length), without a dangling comma or dash."""
    limit = rng.randint(low, high)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:  # no space to cut at (a script without spaces): cut at the limit
        cut = limit
    return text[:cut].rstrip(" ,;:—–-(“\"'«„")


AGO = {
    "en": ("{n} minutes ago", "1 hour ago", "{n} hours ago", "1 day ago", "{n} days ago"),
    "de": ("vor {n} Minuten", "vor 1 Stunde", "vor {n} Stunden", "vor 1 Tag", "vor {n} Tagen"),
    "fr": ("il y a {n} minutes", "il y a 1 heure", "il y a {n} heures", "il y a 1 jour", "il y a {n} jours"),
    "es": ("hace {n} minutos", "hace 1 hora", "hace {n} horas", "hace 1 día", "hace {n} días"),
}


def _ago(lang: str, minutes: int) -> str:
    """`minutes` ago in plain words ("35 minutes ago", "vor 3 Stunden", "il y a 1 jour")."""
    few, hour, hours, day, days = AGO[lang]
    if minutes < 60:
        return few.format(n=max(minutes, 2))
    if minutes < 24 * 60:
        return hour if minutes < 120 else hours.format(n=minutes // 60)
    return day if minutes < 48 * 60 else days.format(n=minutes // (24 * 60))


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


SOURCE_DOMAINS = {
    "Reuters": "reuters.com",
    "AP": "apnews.com",
    "The Guardian": "theguardian.com",
    "BBC News": "bbc.com",
    "Bloomberg": "bloomberg.com",
    "NPR": "npr.org",
    "Axios": "axios.com",
    "Financial Times": "ft.com",
    "The Verge": "theverge.com",
    "Der Spiegel": "spiegel.de",
    "Süddeutsche Zeitung": "sueddeutsche.de",
    "FAZ": "faz.net",
    "Zeit Online": "zeit.de",
    "tagesschau.de": "tagesschau.de",
    "Le Monde": "lemonde.fr",
    "Le Figaro": "lefigaro.fr",
    "Libération": "liberation.fr",
    "France 24": "france24.com",
    "AFP": "afp.com",
    "Les Échos": "lesechos.fr",
    "El País": "elpais.com",
    "La Vanguardia": "lavanguardia.com",
    "El Mundo": "elmundo.es",
    "EFE": "efe.com",
    "BBC Mundo": "bbc.com",
    "Infobae": "infobae.com",
}
URL_PATHS = (
    "/{section}/{y}/{mon}/{d:02d}/{slug}",
    "/{section}/{slug}-{n}",
    "/{y}/{m:02d}/{d:02d}/{slug}/",
    "/news/{section}-{n}",
    "/article/{slug}-{h}",
    "/{section}/{y}-{m:02d}-{d:02d}/{slug}.html",
)


def _domain(source: str, rng: random.Random) -> str:
    return SOURCE_DOMAINS.get(source) or _slug(source, rng).replace("-", "") + ".example"


def _url_path(shape: str, when: dt.datetime, section: str, title: str, rng: random.Random) -> str:
    return shape.format(
        section=_slug(section, rng),
        y=when.year,
        m=when.month,
        mon=SHORT_MONTHS["en"][when.month - 1].lower(),
        d=when.day,
        slug=_slug(title, rng),
        n=rng.randrange(10**6, 10**8),
        h=f"{rng.getrandbits(24):06x}",
    )


# ---------------------------------------------------------------------------
# search_results
# ---------------------------------------------------------------------------

# Words too common to be somebody's search query (the page's query is a word all its articles share).
QUERY_STOP = frozenset(
    _words(
        """
        that with have this from they were been which their said says will would about there more also
        after when what some than into other only over such them then these could most many like just
        first where while being those because before does even year years made make very your well back
        much time last week told since under between still through against during among without within
        according should however including around whose people three second might every here already
        dass nicht eine einen einem einer sich auch wird werden nach sind oder aber noch wenn dann schon
        dans pour avec sont mais plus cette comme leur aussi tout tous être avoir fait
        para como pero este esta sobre entre desde también porque cuando todo
        """
    )
)
WEB_TITLES = {
    "google": {
        "en": ("{q} - Google Search",),
        "de": ("{q} - Google Suche",),
        "fr": ("{q} - Recherche Google",),
        "es": ("{q} - Buscar con Google",),
    },
    "bing": {
        "en": ("{q} - Search", "{q} - Bing"),
        "de": ("{q} - Suchen", "{q} - Bing"),
        "fr": ("{q} - Recherche", "{q} - Bing"),
        "es": ("{q} - Buscar", "{q} - Bing"),
    },
    "ddg": {
        "en": ("{q} at DuckDuckGo",),
        "de": ("{q} bei DuckDuckGo",),
        "fr": ("{q} sur DuckDuckGo",),
        "es": ("{q} en DuckDuckGo",),
    },
    "news": {
        "en": ("{q} - Google News", "Search results for {q} | News"),
        "de": ("{q} - Google News", "Suchergebnisse für {q} | Nachrichten"),
        "fr": ("{q} - Google Actualités", "Résultats pour {q} | Actualités"),
        "es": ("{q} - Google Noticias", "Resultados de {q} | Noticias"),
    },
}
SEARCH_TABS = {
    "en": (
        "All  News  Images  Videos  Shopping  More  Tools",
        "All   Images   News   Videos   Maps   More",
        "ALL  IMAGES  VIDEOS  NEWS  MAPS",
        "All · News · Images · Videos · Shopping",
    ),
    "de": ("Alle  News  Bilder  Videos  Shopping  Mehr  Tools", "Alle   Bilder   News   Videos   Maps   Mehr"),
    "fr": ("Tous  Actualités  Images  Vidéos  Shopping  Plus  Outils", "Tout   Images   Actualités   Vidéos   Plus"),
    "es": ("Todo  Noticias  Imágenes  Vídeos  Shopping  Más  Herramientas", "Todo   Imágenes   Noticias   Más"),
}
RESULT_COUNTS = {
    "en": ("About {n} results ({s} seconds)", "About {n} results", "{n} results", "Showing results 1-10 of {n}"),
    "de": ("Ungefähr {n} Ergebnisse ({s} Sekunden)", "Ungefähr {n} Ergebnisse", "{n} Ergebnisse"),
    "fr": ("Environ {n} résultats ({s} secondes)", "Environ {n} résultats", "{n} résultats"),
    "es": ("Aproximadamente {n} resultados ({s} segundos)", "Aproximadamente {n} resultados", "{n} resultados"),
}
NEWS_SORT = {
    "en": ("Sorted by relevance · Sort by date", "Any time ▾  Sorted by relevance ▾", "Past week · All news"),
    "de": ("Nach Relevanz sortiert · Nach Datum sortieren", "Beliebige Zeit ▾  Nach Relevanz ▾"),
    "fr": ("Trié par pertinence · Trier par date", "Date indifférente ▾  Pertinence ▾"),
    "es": ("Ordenado por relevancia · Ordenar por fecha", "Cualquier fecha ▾  Relevancia ▾"),
}
TOP_STORIES = {
    "en": ("Top stories", "Headlines", "News results"),
    "de": ("Top-Meldungen", "Schlagzeilen"),
    "fr": ("À la une", "Actualités"),
    "es": ("Noticias destacadas", "Titulares"),
}
FULL_COVERAGE = {
    "en": ("Full coverage", "View full coverage", "More news on this"),
    "de": ("Vollständige Berichterstattung", "Mehr dazu"),
    "fr": ("Couverture complète", "Plus d'articles sur ce sujet"),
    "es": ("Cobertura completa", "Más noticias sobre esto"),
}
SITE_NAMES = {
    "en": ("The Daily Herald", "Northern Post", "The Metro Times", "Westbrook Gazette", "The Evening Ledger"),
    "de": ("Rheinische Rundschau", "Neue Abendzeitung", "Der Morgenkurier", "Nordsee-Bote"),
    "fr": ("Le Courrier du Soir", "La Gazette du Centre", "L'Écho Régional", "Le Journal de l'Ouest"),
    "es": ("El Diario del Norte", "La Crónica Digital", "Heraldo de Levante", "El Periódico del Sur"),
}
SITE_SEARCH_HEADS = {
    "en": ("Search results for “{q}”", "You searched for: {q}", "{n} results for '{q}'", "Search: {q}", "Results: {q}"),
    "de": ("Suchergebnisse für „{q}“", "Ihre Suche nach: {q}", "{n} Treffer für „{q}“", "Suche: {q}"),
    "fr": ("Résultats de recherche pour « {q} »", "Vous avez cherché : {q}", "{n} résultats pour « {q} »"),
    "es": ("Resultados de búsqueda para «{q}»", "Has buscado: {q}", "{n} resultados para «{q}»", "Búsqueda: {q}"),
}
SITE_SHOWING = {
    "en": ("Showing 1–{k} of {n} results", "{n} results", "Page 1 of {p}", "Results 1 - {k} of {n}"),
    "de": ("Treffer 1–{k} von {n}", "{n} Ergebnisse", "Seite 1 von {p}"),
    "fr": ("Résultats 1 à {k} sur {n}", "{n} résultats", "Page 1 sur {p}"),
    "es": ("Mostrando 1–{k} de {n} resultados", "{n} resultados", "Página 1 de {p}"),
}
SITE_SORT = {
    "en": ("Sort by: Relevance | Newest | Oldest", "Sort by: Relevance ▾", "Filter: All · News · Opinion · Video"),
    "de": ("Sortieren nach: Relevanz | Neueste | Älteste", "Sortierung: Relevanz ▾", "Filter: Alle · Artikel · Video"),
    "fr": ("Trier par : Pertinence | Date", "Tri : pertinence ▾", "Filtrer : Tout · Articles · Vidéos"),
    "es": ("Ordenar por: Relevancia | Más recientes", "Orden: relevancia ▾", "Filtrar: Todo · Noticias · Vídeo"),
}
SITE_HIT_META = {
    "en": ("By {a} | {date}", "{date}", "{a} · {date}", "{date} · {section}", "{section} | {date} | {a}"),
    "de": ("Von {a} | {date}", "{date}", "{a} · {date}", "{date} · {section}"),
    "fr": ("Par {a} | {date}", "{date}", "{a} · {date}", "Publié le {date}"),
    "es": ("Por {a} | {date}", "{date}", "{a} · {date}", "Publicado el {date}"),
}
SITE_READ_MORE = {
    "en": ("Read more", "Read more »", "Continue reading →", "[Read more]"),
    "de": ("Weiterlesen", "Mehr »", "[Weiterlesen]"),
    "fr": ("Lire la suite", "Lire plus »", "[Lire la suite]"),
    "es": ("Leer más", "Seguir leyendo »", "[Leer más]"),
}
PEOPLE_ASK = {
    "en": (
        ("People also ask", "Related questions"),
        ("What does {k} mean?", "Why is {k} trending?", "What is the latest news on {k}?", "What is {k}?"),
    ),
    "de": (
        ("Nutzer fragen auch", "Ähnliche Fragen"),
        ("Was bedeutet {k}?", "Warum ist {k} in den Nachrichten?", "Was gibt es Neues zu {k}?", "Was ist {k}?"),
    ),
    "fr": (
        ("Autres questions posées", "Questions associées"),
        ("Que veut dire {k} ?", "Pourquoi parle-t-on de {k} ?", "Quoi de neuf sur {k} ?", "C'est quoi {k} ?"),
    ),
    "es": (
        ("Otras preguntas de los usuarios", "Preguntas relacionadas"),
        ("¿Qué significa {k}?", "¿Por qué se habla de {k}?", "¿Qué se sabe de {k}?", "¿Qué es {k}?"),
    ),
}
FEEDBACK = {"en": "Feedback", "de": "Feedback geben", "fr": "Envoyer des commentaires", "es": "Enviar comentarios"}
AD_LABELS = {
    "en": ("Sponsored", "Ad", "Ads"),
    "de": ("Gesponsert", "Anzeige"),
    "fr": ("Sponsorisé", "Annonce"),
    "es": ("Patrocinado", "Anuncio"),
}
# (brand, domain, path, ad title, ad text)
SEARCH_ADS = {
    "en": (
        (
            "Northwind Analytics",
            "northwind.example",
            "dashboards",
            "Turn Spreadsheets Into Dashboards - Try It Free for 30 Days",
            "No code, no setup. Connect your data and share live dashboards with your team in minutes.",
        ),
        (
            "Helios Grid",
            "heliosgrid.example",
            "business",
            "Cut Your Energy Bill by 30% - Free Quote in 2 Minutes",
            "Smart meters and solar panels for small businesses. Trusted by 12,000 companies. Get a quote today.",
        ),
        (
            "Brightwater Cloud",
            "brightwater.example",
            "backup",
            "Cloud Backup for Teams | 14-Day Free Trial",
            "Automatic backups, monitoring and 24/7 support included. Plans from $9/month.",
        ),
    ),
    "de": (
        (
            "Northwind Analytics",
            "northwind.example",
            "de",
            "Dashboards ohne Programmieren - 30 Tage kostenlos testen",
            "Daten verbinden, Dashboards teilen. Einrichtung in wenigen Minuten. Jetzt starten.",
        ),
        (
            "Helios Energie",
            "helios-energie.example",
            "gewerbe",
            "Stromkosten senken | Kostenloses Angebot",
            "Solaranlagen und smarte Zähler für Betriebe. Über 12.000 zufriedene Kunden.",
        ),
    ),
    "fr": (
        (
            "Northwind Analytics",
            "northwind.example",
            "fr",
            "Vos tableaux de bord sans code - Essai gratuit 30 jours",
            "Connectez vos données et partagez des tableaux de bord en quelques minutes.",
        ),
        (
            "Hélios Énergie",
            "helios-energie.example",
            "pro",
            "Réduisez votre facture d'électricité | Devis gratuit",
            "Panneaux solaires et compteurs intelligents pour les entreprises. Devis en 2 minutes.",
        ),
    ),
    "es": (
        (
            "Northwind Analytics",
            "northwind.example",
            "es",
            "Paneles de datos sin código - Prueba gratis 30 días",
            "Conecta tus datos y comparte paneles con tu equipo en minutos. Sin instalación.",
        ),
        (
            "Helios Energía",
            "helios-energia.example",
            "empresas",
            "Ahorra en tu factura de luz | Presupuesto gratis",
            "Placas solares y contadores inteligentes para empresas. Más de 12.000 clientes.",
        ),
    ),
}
RELATED_SEARCHES = {
    "en": (("Related searches", "People also search for"), ("news", "today", "latest", "explained", "update", "{y}")),
    "de": (("Ähnliche Suchanfragen", "Verwandte Suchanfragen"), ("aktuell", "news", "heute", "neu", "{y}")),
    "fr": (("Recherches associées",), ("actualité", "aujourd'hui", "dernières nouvelles", "{y}")),
    "es": (("Búsquedas relacionadas",), ("hoy", "noticias", "última hora", "qué pasó", "{y}")),
}
WEB_PAGINATION = {
    "en": ("1 2 3 4 5 6 7 8 9 10 Next", "Next >", "More results", "‹ 1 2 3 4 5 ›", "Page 2 >"),
    "de": ("1 2 3 4 5 6 7 8 9 10 Weiter", "Weitere Ergebnisse", "Nächste Seite >"),
    "fr": ("1 2 3 4 5 6 7 8 9 10 Suivant", "Plus de résultats", "Page suivante >"),
    "es": ("1 2 3 4 5 6 7 8 9 10 Siguiente", "Más resultados", "Página siguiente >"),
}
SITE_PAGINATION = {
    "en": ("« Previous 1 2 3 … {p} Next »", "Page 1 of {p}   Next ›", "Load more results", "1 2 3 4 5 … {p} →"),
    "de": ("« Zurück 1 2 3 … {p} Weiter »", "Seite 1 von {p}   Weiter ›", "Mehr Ergebnisse laden"),
    "fr": ("« Précédent 1 2 3 … {p} Suivant »", "Page 1 sur {p}   Suivant ›", "Afficher plus de résultats"),
    "es": ("« Anterior 1 2 3 … {p} Siguiente »", "Página 1 de {p}   Siguiente ›", "Cargar más resultados"),
}
WEB_FOOTERS = {
    "en": ("Help · Send feedback · Privacy · Terms", "{place} - From your IP address - Update location"),
    "de": ("Hilfe · Feedback geben · Datenschutzerklärung · Nutzungsbedingungen", "{place} - Anhand deiner IP-Adresse"),
    "fr": ("Aide · Envoyer des commentaires · Confidentialité · Conditions", "{place} - D'après votre adresse IP"),
    "es": ("Ayuda · Enviar comentarios · Privacidad · Términos", "{place} - Según tu dirección IP"),
}
PLACES = {
    "en": ("London, UK", "Manchester, UK", "Seattle, WA", "Austin, TX", "Dublin, Ireland"),
    "de": ("Berlin, Deutschland", "München, Bayern", "Wien, Österreich", "Zürich, Schweiz"),
    "fr": ("Paris, France", "Lyon, France", "Bruxelles, Belgique", "Montréal, QC"),
    "es": ("Madrid, España", "Barcelona, España", "Sevilla, España", "Buenos Aires, Argentina"),
}
SITE_FOOTERS = {
    "en": ("© {year} {site}. All rights reserved.", "About us | Contact | Privacy policy | Terms"),
    "de": ("© {year} {site}", "Impressum | Datenschutz | Kontakt"),
    "fr": ("© {year} {site}", "Mentions légales | Contact | Confidentialité"),
    "es": ("© {year} {site}", "Aviso legal | Contacto | Privacidad"),
}


def _text_words(article: SourceArticle) -> set[str]:
    text = " ".join((article.title, *article.paragraphs))
    return {word.lower() for word in re.findall(r"[^\W\d_][\w’'-]*", text)}


def _query(articles: Sequence[SourceArticle], rng: random.Random) -> str:
    """A plausible search query for the page: a word of a headline that all the articles use, or else a
    name or key words of one article's headline (the other hits then match it loosely, as hits do)."""
    shared = set.intersection(*(_text_words(article) for article in articles))
    titles = set.union(*({w.lower() for w in key_words(article.title)} for article in articles))
    candidates = sorted(w for w in shared & titles if len(w) >= 4 and w not in QUERY_STOP)
    if candidates and rng.random() < 0.8:
        return rng.choice(candidates)
    article = rng.choice(articles[:2])
    names = _names(article)
    if names:
        query = " ".join(rng.choice(names).split()[:2])
    else:
        words = [
            w
            for w in key_words(article.title)
            if w.lower() not in QUERY_STOP and re.search(rf"(?<!\w){re.escape(w)}", article.title)
        ] or article.title.split()[-1:]
        start = rng.randrange(len(words))
        query = " ".join(words[start : start + rng.randint(1, 2)])
    return query.lower() if rng.random() < 0.7 else query


def _breadcrumb(domain: str, path: str, style: str) -> str:
    """The URL line of a web hit: "https://www.example.com › world › sweden-drops-assa..." (`google`),
    the whole URL (`bing`), or the host alone (`ddg`)."""
    host = domain if domain.count(".") > 1 else f"www.{domain}"
    if style == "ddg":
        return host
    if style == "bing":
        url = f"https://{host}{path}"
        return url if len(url) < 70 else url[:66] + "..."
    parts = [part for part in path.split("/") if part][:3]
    if parts and len(parts[-1]) > 24:
        parts[-1] = parts[-1][:22] + "..."
    return " › ".join([f"https://{host}", *parts])


def build_search_results(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A results page of a web search, a news search or a site's own search, one hit per article.

    Web (Google-, Bing- or DuckDuckGo-like): the page title or the query, tabs, a count; per hit the
    site name, a URL or breadcrumb, the title (maybe with " - SITE"), a snippet (a date and " — "
    before it, the text cut at a word and "..." after it); maybe an ad and a "People also ask" block;
    related searches, pagination and a footer. News search: per hit the source (maybe with a time),
    the title, a snippet and maybe a "Full coverage" line. Site search: a header with the query, a
    count and sort line; per hit maybe a section, the title (maybe numbered), a meta line, the text
    (all paragraphs, the first ones with the last maybe cut short, or a snippet) and "Read more".
    """
    lang = _lang(rng)
    engine = rng.choice(("google", "google", "bing", "ddg", "news", "site", "site", "site"))
    when = _when(rng)
    query = _query(articles, rng)
    sheet = _Sheet()
    year = when.year
    ellipsis = rng.choice((" ...", " …", "...", " …"))
    date_style = rng.choice(("us", "short", "long")) if lang == "en" else rng.choice(("short", "long", "numeric"))

    def published_at() -> dt.datetime:
        minutes = rng.choice((rng.randint(5, 47 * 60), rng.randint(2 * 1440, 30 * 1440), rng.randint(1, 900) * 1440))
        return when - dt.timedelta(minutes=minutes)

    def shown_date(moment: dt.datetime, relative: bool) -> str:
        minutes = int((when - moment).total_seconds() // 60)
        if relative and minutes < 7 * 1440:
            return _ago(lang, minutes)
        return _date(moment, lang, date_style)

    if engine != "site":
        web = engine != "news"
        total = rng.choice((rng.randint(120, 9_999), rng.randint(10_000, 999_999), rng.randint(10**6, 9 * 10**7)))
        seconds = f"{rng.randint(18, 95) / 100:.2f}"
        if lang != "en":
            seconds = seconds.replace(".", ",")
        if rng.random() < 0.6:
            sheet.add(rng.choice(WEB_TITLES[engine][lang]).format(q=query))
        else:
            sheet.add(query)
        if rng.random() < 0.6:
            sheet.add(rng.choice(SEARCH_TABS[lang]))
        count_line = rng.choice(RESULT_COUNTS[lang]).format(n=_thousands(total, lang), s=seconds)
        if rng.random() < (0.8 if engine == "google" else 0.4):
            sheet.add(count_line)
        if not web and rng.random() < 0.5:
            sheet.add(rng.choice(NEWS_SORT[lang]))
        sheet.blank(rng.randint(1, 2))
        if not web and rng.random() < 0.5:
            sheet.add(rng.choice(TOP_STORIES[lang]))
            sheet.blank(rng.choice((0, 1)))

        url_style = {"google": "google", "bing": "bing", "ddg": rng.choice(("ddg", "bing"))}.get(engine, "")
        order = {
            "google": ("site", "url", "title", "snippet"),
            "bing": ("title", "url", "snippet"),
            "ddg": ("title", "url", "snippet"),
            "news": rng.choice((("source", "title", "snippet"), ("source", "title", "snippet", "time"))),
        }[engine]
        dated = {"google": 0.8, "bing": 0.6, "ddg": 0.0, "news": 0.0}[engine]
        date_mark = {"google": " — ", "bing": " · ", "ddg": " — ", "news": ""}[engine]
        title_suffix = rng.choice(("", "", " | {site}", " - {site}", " – {site}")) if web else ""
        low, high = (140, 320) if web else (90, 220)
        between = rng.choice((1, 1, 1, 2, 0)) if web else rng.choice((1, 1, 0))
        coverage = rng.choice(FULL_COVERAGE[lang]) if not web and rng.random() < 0.4 else ""

        items: list[tuple[str, SourceArticle | None]] = [("hit", article) for article in articles]
        if web and rng.random() < 0.35:
            items.insert(rng.choice((0, 0, 1)), ("ad", None))
        if engine == "google" and rng.random() < 0.45:
            items.insert(rng.randint(1, min(3, len(items))), ("ask", None))

        for index, (kind, article) in enumerate(items):
            if index:
                sheet.blank(between)
            if kind == "ad":
                brand, domain, path, ad_title, ad_text = rng.choice(SEARCH_ADS[lang])
                label = rng.choice(AD_LABELS[lang])
                host = f"https://www.{domain}/{path}"
                if engine == "google":
                    sheet.add(label, brand, host, ad_title, ad_text)
                else:
                    sheet.add(ad_title, f"{label} · {host}", ad_text)
                continue
            if kind == "ask":
                heading, questions = PEOPLE_ASK[lang]
                sheet.add(rng.choice(heading))
                picked = rng.sample(questions, min(len(questions), rng.randint(2, 4)))
                sheet.add(*(_capital(q.format(k=query)) for q in picked))
                if rng.random() < 0.5:
                    sheet.add(FEEDBACK[lang])
                continue
            assert article is not None
            site = rng.choice(SOURCES[lang] if rng.random() < 0.6 else SOURCES["en"])
            moment = published_at()
            section = rng.choice(SECTIONS["en"] if rng.random() < 0.5 else SECTIONS[lang])
            path = _url_path(rng.choice(URL_PATHS), moment, section, article.title, rng)
            text = " ".join(article.paragraphs)
            snippet = _cut(text, rng, low, high)
            cut = len(snippet) < len(text)
            prefix = shown_date(moment, True) + date_mark if rng.random() < dated else ""
            time = shown_date(moment, True)
            for slot in order:
                if slot == "site":
                    sheet.add(site)
                elif slot == "url":
                    sheet.add(_breadcrumb(_domain(site, rng), path, url_style))
                elif slot == "source":
                    sheet.add(site if "time" in order else f"{site} · {time}")
                elif slot == "title":
                    sheet.add(article.title + title_suffix.format(site=site))
                elif slot == "snippet":
                    suffixes = {0: ellipsis} if cut else {}
                    write_article(sheet, article.title, [snippet], False, prefixes={0: prefix}, suffixes=suffixes)
                else:
                    sheet.add(time)
            if coverage and rng.random() < 0.3:
                sheet.add(coverage)

        sheet.blank(rng.randint(1, 2))
        if web and rng.random() < 0.5:
            heading, tails = RELATED_SEARCHES[lang]
            sheet.add(rng.choice(heading))
            picked = rng.sample(tails, rng.randint(3, len(tails)))
            sheet.add(*(f"{query} {tail.format(y=year)}" for tail in picked))
            sheet.blank()
        if rng.random() < 0.7:
            sheet.add(rng.choice(WEB_PAGINATION[lang]))
        if rng.random() < 0.5:
            sheet.add(*(line.format(place=rng.choice(PLACES[lang])) for line in WEB_FOOTERS[lang]))
        return sheet.draft()

    # A site's own search.
    site = rng.choice(SITE_NAMES[lang])
    total = rng.choice((rng.randint(len(articles), 60), rng.randint(61, 4_000)))
    per_page = rng.choice((10, 20, 25))
    pages = max(1, -(-total // per_page))
    mode = rng.choice(("full", "lead", "lead", "snippet"))
    numbered = rng.random() < 0.25
    number_shape = rng.choice(("{n}. ", "{n}) ", "#{n} "))
    kicker_odds = rng.choice((0.0, 0.5, 1.0))
    meta_shape = rng.choice(SITE_HIT_META[lang])
    meta_at = rng.choice(("below", "below", "above", "inline" if mode == "snippet" else "below"))
    read_more = rng.choice(SITE_READ_MORE[lang]) if rng.random() < 0.5 else ""
    gap = mode == "full" and rng.random() < 0.5
    between = rng.choice((1, 1, 2, 0)) if not gap else rng.choice((1, 2))
    rule = _separator(rng) if rng.random() < 0.25 else ""

    if rng.random() < 0.6:
        sheet.add(site)
        if rng.random() < 0.5:
            sheet.add(" | ".join(rng.sample(SECTIONS[lang], rng.randint(4, 6))))
        sheet.blank()
    sheet.add(rng.choice(SITE_SEARCH_HEADS[lang]).format(q=query, n=_thousands(total, lang)))
    if rng.random() < 0.6:
        showing = rng.choice(SITE_SHOWING[lang])
        sheet.add(showing.format(k=min(per_page, total), n=_thousands(total, lang), p=pages))
    if rng.random() < 0.5:
        sheet.add(rng.choice(SITE_SORT[lang]))
    sheet.blank(rng.randint(1, 2))

    for index, article in enumerate(articles):
        if index:
            if rule:
                sheet.blank(1 if between else 0)
                sheet.add(rule)
            sheet.blank(between)
        moment = published_at()
        section = rng.choice(SECTIONS[lang])
        meta = meta_shape.format(a=rng.choice(AUTHORS), date=shown_date(moment, False), section=section)
        if rng.random() < kicker_odds:
            sheet.add(section.upper() if rng.random() < 0.5 else section)
        if meta_at == "above":
            sheet.add(meta)
        sheet.add((number_shape.format(n=index + 1) if numbered else "") + article.title)
        if meta_at == "below":
            sheet.add(meta)
        prefixes = {0: meta + " — "} if meta_at == "inline" else {}
        suffixes: dict[int, str] = {}
        if mode == "full":
            shown = list(article.paragraphs)
        elif mode == "lead":
            shown = list(article.paragraphs[: rng.randint(1, 2)])
            if rng.random() < 0.5:
                last = _cut(shown[-1], rng, 120, 300)
                if last != shown[-1]:
                    shown[-1] = last
                    suffixes = {len(shown) - 1: ellipsis}
        else:
            text = " ".join(article.paragraphs)
            shown = [_cut(text, rng, 160, 380)]
            if shown[0] != text:
                suffixes = {0: ellipsis}
        if gap:
            sheet.blank()
        write_article(sheet, article.title, shown, gap, prefixes=prefixes, suffixes=suffixes)
        if read_more and (mode != "full" or rng.random() < 0.3):
            sheet.add(read_more)

    sheet.blank(rng.randint(1, 2))
    pagination = [shape for shape in SITE_PAGINATION[lang] if pages >= 5 or "…" not in shape]
    if pages > 1 and rng.random() < 0.8:
        sheet.add(rng.choice(pagination).format(p=pages))
    if rng.random() < 0.4:
        sheet.blank()
        sheet.add(rng.choice(SITE_FOOTERS[lang]).format(year=year, site=site))
    return sheet.draft()


# ---------------------------------------------------------------------------
# podcast_notes
# ---------------------------------------------------------------------------

PODCAST_NAMES = {
    "en": (
        "The Daily Rundown",
        "World in 30",
        "The Briefing Room",
        "Signal & Noise",
        "Off the Wire",
        "Deep Dive Weekly",
    ),
    "de": ("Der Tag in 20 Minuten", "Nachrichten zum Mitnehmen", "Weltlage", "Das Wochenupdate"),
    "fr": ("Le Point du soir", "L'Actu en 20 minutes", "Le Monde en bref", "Décryptage"),
    "es": ("El Resumen del día", "Noticias en 20 minutos", "La Brújula semanal", "A fondo"),
}
TAGLINES = {
    "en": (
        "The news that matters, explained in under half an hour.",
        "A weekly conversation about the stories behind the headlines.",
        "News and analysis, every weekday.",
    ),
    "de": ("Die wichtigsten Nachrichten, verständlich erklärt.", "Jeden Werktag um 6 Uhr."),
    "fr": ("L'actualité décryptée chaque soir.", "Un épisode chaque semaine."),
    "es": ("La actualidad, explicada cada mañana.", "Un episodio nuevo cada semana."),
}
HOSTED_BY = {
    "en": ("Hosted by {hosts}", "With {hosts}", "Hosts: {hosts}"),
    "de": ("Mit {hosts}", "Moderation: {hosts}"),
    "fr": ("Présenté par {hosts}", "Avec {hosts}"),
    "es": ("Presentado por {hosts}", "Con {hosts}"),
}
AND = {"en": " and ", "de": " und ", "fr": " et ", "es": " y "}
SUBSCRIBE_LINES = {
    "en": (
        "Subscribe: Apple Podcasts · Spotify · RSS",
        "Follow the show  ·  RSS feed",
        "Subscribe on: Apple | Spotify",
    ),
    "de": ("Abonnieren: Apple Podcasts · Spotify · RSS", "Podcast abonnieren  ·  RSS-Feed"),
    "fr": ("S'abonner : Apple Podcasts · Spotify · Deezer · RSS", "Suivre le podcast  ·  Flux RSS"),
    "es": ("Suscríbete: Apple Podcasts · Spotify · iVoox · RSS", "Seguir el podcast  ·  RSS"),
}
EPISODES_HEADINGS = {
    "en": ("All episodes", "Episodes", "Latest episodes", "{n} episodes"),
    "de": ("Alle Folgen", "Folgen", "Neueste Folgen", "{n} Folgen"),
    "fr": ("Tous les épisodes", "Épisodes", "Derniers épisodes", "{n} épisodes"),
    "es": ("Todos los episodios", "Episodios", "Últimos episodios", "{n} episodios"),
}
# {n} the episode number, {s}/{e} season and episode, {date}, {min} minutes, {dur} "38:12".
EPISODE_META = {
    "en": (
        "Episode {n} · {min} min",
        "EP {n} | {date} | {dur}",
        "{date} · {min} min",
        "S{s} E{e} · {date}",
        "{date} • Episode {n} • {dur}",
        "{date} · {min} MIN",
    ),
    "de": ("Folge {n} · {min} Min.", "{date} · {min} Minuten", "Episode {n} | {date} | {dur}", "{date} · {dur}"),
    "fr": ("Épisode {n} · {min} min", "{date} · {min} min", "Ép. {n} | {date} | {dur}", "{date} · {dur}"),
    "es": ("Episodio {n} · {min} min", "{date} · {min} min", "Ep. {n} | {date} | {dur}", "{date} · {dur}"),
}
EPISODE_TITLES = {
    "en": ("#{n}: {t}", "Ep. {n} – {t}", "{n}. {t}", "Episode {n}: {t}", "E{n} - {t}"),
    "de": ("#{n}: {t}", "Folge {n}: {t}", "{n}. {t}", "F{n} – {t}"),
    "fr": ("#{n} : {t}", "Épisode {n} : {t}", "{n}. {t}", "Ép. {n} – {t}"),
    "es": ("#{n}: {t}", "Episodio {n}: {t}", "{n}. {t}", "Ep. {n} – {t}"),
}
PLAYERS = {
    "en": ("▶ Play episode", "▶ Play · {min} min", "00:00 / {dur}", "Download (MP3, {mb} MB)", "▶ {dur}"),
    "de": ("▶ Folge abspielen", "▶ Abspielen · {min} Min.", "00:00 / {dur}", "Download (MP3, {mb} MB)"),
    "fr": ("▶ Écouter l'épisode", "▶ Lecture · {min} min", "00:00 / {dur}", "Télécharger (MP3, {mb} Mo)"),
    "es": ("▶ Reproducir episodio", "▶ Escuchar · {min} min", "00:00 / {dur}", "Descargar (MP3, {mb} MB)"),
}
LISTEN_ON = {
    "en": ("Listen on Apple Podcasts · Spotify · Overcast", "Listen on: Apple Podcasts | Spotify | YouTube"),
    "de": ("Hören auf Apple Podcasts · Spotify · Deezer", "Jetzt hören: Spotify | Apple Podcasts | ARD Audiothek"),
    "fr": ("Écouter sur Apple Podcasts · Spotify · Deezer", "À écouter sur : Spotify | Apple Podcasts"),
    "es": ("Escuchar en Spotify · Apple Podcasts · iVoox", "Disponible en: Spotify | Apple Podcasts | YouTube"),
}
NOTES_LABELS = {
    "en": ("Show notes", "Episode notes", "Description", "About this episode", "Show Notes:"),
    "de": ("Shownotes", "Beschreibung", "Zur Folge:", "Über diese Folge"),
    "fr": ("Notes de l'épisode", "Description", "À propos de cet épisode"),
    "es": ("Notas del episodio", "Descripción", "Sobre este episodio"),
}
SHOW_MORE = {
    "en": ("Show more", "Read more", "… more", "See full show notes"),
    "de": ("Mehr anzeigen", "Weiterlesen", "Alle Shownotes"),
    "fr": ("Afficher plus", "Voir plus", "Toutes les notes"),
    "es": ("Mostrar más", "Ver más", "Notas completas"),
}
GUESTS = {
    "en": ("Guest: {a}, {role}", "With guest {a} ({role})", "Our guest: {a}, {role}"),
    "de": ("Gast: {a}, {role}", "Zu Gast: {a} ({role})"),
    "fr": ("Invité·e : {a}, {role}", "Avec {a} ({role})"),
    "es": ("Invitado: {a}, {role}", "Con {a} ({role})"),
}
GUEST_ROLES = {
    "en": ("correspondent for {source}", "senior reporter at {source}", "{source}", "former editor at {source}"),
    "de": ("Korrespondent·in von {source}", "Redakteurin bei {source}", "{source}"),
    "fr": ("journaliste à {source}", "correspondant de {source}", "{source}"),
    "es": ("periodista de {source}", "corresponsal de {source}", "{source}"),
}
CHAPTER_LABELS = {
    "en": ("Chapters", "Timestamps:", "In this episode:", "Chapters:"),
    "de": ("Kapitel", "Kapitelmarken:", "Zeitstempel:"),
    "fr": ("Chapitres", "Chapitres :", "Sommaire :"),
    "es": ("Capítulos", "Capítulos:", "Índice:"),
}
# (openers, middles, closers) of a chapter list.
CHAPTER_NAMES = {
    "en": (
        ("Intro", "Welcome", "Cold open"),
        ("The story so far", "What we know", "Background", "The reaction", "Analysis", "Our guest", "The numbers"),
        ("Listener questions", "Wrap-up", "Outro", "What happens next"),
    ),
    "de": (
        ("Intro", "Begrüßung"),
        ("Was bisher geschah", "Die Hintergründe", "Die Reaktionen", "Einordnung", "Die Zahlen", "Unser Gast"),
        ("Hörerfragen", "Fazit", "Outro", "Wie es weitergeht"),
    ),
    "fr": (
        ("Introduction", "Générique"),
        ("Le contexte", "Ce que l'on sait", "Les réactions", "L'analyse", "Les chiffres", "Notre invité"),
        ("Vos questions", "Conclusion", "Et maintenant ?"),
    ),
    "es": (
        ("Introducción", "Presentación"),
        ("El contexto", "Lo que sabemos", "Las reacciones", "El análisis", "Las cifras", "Nuestro invitado"),
        ("Preguntas de los oyentes", "Conclusión", "Qué pasará ahora"),
    ),
}
LINKS_LABELS = {
    "en": ("Links mentioned:", "Links from this episode:", "Further reading:", "Sources:", "Mentioned in this episode"),
    "de": ("Links zur Folge:", "Quellen:", "Zum Weiterlesen:"),
    "fr": ("Liens mentionnés :", "Pour aller plus loin :", "Sources :"),
    "es": ("Enlaces mencionados:", "Para saber más:", "Fuentes:"),
}
CREDITS = {
    "en": (
        "Produced by {a}. Edited by {b}.",
        "Host: {a} · Producer: {b} · Music: Blue Dot Sessions",
        "This episode was produced by {a} and mixed by {b}.",
    ),
    "de": ("Redaktion: {a} · Produktion: {b}", "Moderation: {a}, Schnitt: {b}"),
    "fr": ("Production : {a} · Réalisation : {b}", "Présentation : {a}. Montage : {b}."),
    "es": ("Producción: {a} · Edición: {b}", "Presenta: {a}. Realización: {b}."),
}
SPONSORS = {
    "en": (
        "This episode is brought to you by Northwind. Go to northwind.example/{slug} for 20% off.",
        "Sponsor: Helios Grid – use code {code} for a free energy check.",
        "Support for this podcast comes from Brightwater Cloud.",
    ),
    "de": ("Werbung: Northwind – mit dem Code {code} 20 % sparen.", "Diese Folge wird unterstützt von Helios Energie."),
    "fr": ("Cet épisode est sponsorisé par Northwind. Code {code} : -20 %.", "Partenaire : Hélios Énergie."),
    "es": ("Este episodio está patrocinado por Northwind. Código {code}: 20 % de descuento.", "Patrocina: Helios."),
}
TRANSCRIPTS = {
    "en": ("Read the transcript", "Transcript →", "Full transcript"),
    "de": ("Transkript lesen", "Zum Transkript →"),
    "fr": ("Lire la transcription", "Transcription →"),
    "es": ("Leer la transcripción", "Transcripción →"),
}
EPISODE_ACTIONS = {
    "en": ("Share · Download · Add to queue", "♡ {likes}   💬 {comments}   ↗ Share", "Share  |  Embed  |  Download"),
    "de": ("Teilen · Herunterladen · Merken", "♡ {likes}   💬 {comments}   ↗ Teilen"),
    "fr": ("Partager · Télécharger · Ajouter à la liste", "♡ {likes}   💬 {comments}   ↗ Partager"),
    "es": ("Compartir · Descargar · Añadir a la cola", "♡ {likes}   💬 {comments}   ↗ Compartir"),
}
PODCAST_FOOTERS = {
    "en": ("Load more episodes", "Page 1 of {p}   Older episodes →", "© {year} {show} · RSS · Contact"),
    "de": ("Weitere Folgen laden", "Seite 1 von {p}   Ältere Folgen →", "© {year} {show} · RSS · Impressum"),
    "fr": ("Charger plus d'épisodes", "Page 1 sur {p}   Épisodes précédents →", "© {year} {show} · RSS"),
    "es": ("Cargar más episodios", "Página 1 de {p}   Episodios anteriores →", "© {year} {show} · RSS"),
}


def build_podcast_notes(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A podcast's episode list with show notes (a podcast host's or a news site's podcast page), one
    episode per article, newest first.

    The show's name, maybe a tagline, the hosts, a subscribe line and an episodes heading; per episode
    a meta line above or below the title ("Episode 42 · 38 min", "EP 42 | DATE | 38:12"), the title
    (maybe numbered), maybe a player line and a "Listen on ..." line, maybe a notes label and a guest
    line, the notes (the paragraphs, or the first ones and "Show more"), then in the page's order
    chapters, links, a guest line, credits, a sponsor line, a transcript link and an actions line;
    episodes split by blank lines or a rule; a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    show = rng.choice(PODCAST_NAMES[lang])
    hosts = rng.sample(AUTHORS, rng.randint(1, 2))
    number = rng.randint(24, 480)
    season = rng.randint(2, 7)
    date_style = rng.choice(("us", "short", "long", "numeric")) if lang == "en" else rng.choice(("short", "long"))
    between = rng.choice(("blank", "blank", "rule", "tight"))
    meta_shape = rng.choice(EPISODE_META[lang])
    meta_at = "above" if between == "tight" else rng.choice(("above", "below"))
    title_shape = rng.choice(("{t}", "{t}", *EPISODE_TITLES[lang]))
    player = rng.choice(PLAYERS[lang]) if rng.random() < 0.5 else ""
    listen = rng.choice(LISTEN_ON[lang]) if rng.random() < 0.4 else ""
    notes_label = rng.choice(NOTES_LABELS[lang]) if rng.random() < 0.35 else ""
    excerpts = rng.random() < 0.35
    more = rng.choice(SHOW_MORE[lang])
    guest_shape = rng.choice(GUESTS[lang])
    guest_odds = rng.choice((0.0, 0.4, 0.8))
    guest_before = rng.random() < 0.5
    chapters = rng.random() < 0.4
    chapter_label = rng.choice(CHAPTER_LABELS[lang])
    chapter_shape = rng.choice(("{t} {name}", "({t}) {name}", "{t} – {name}", "[{t}] {name}", "{t} - {name}"))
    links_label = rng.choice(LINKS_LABELS[lang]) if rng.random() < 0.6 else ""
    bullet = rng.choice(("- ", "• ", "* ", "→ ", ""))
    credits = rng.choice(CREDITS[lang]) if rng.random() < 0.4 else ""
    sponsor_odds = rng.choice((0.0, 0.0, 0.35))
    transcript = rng.choice(TRANSCRIPTS[lang]) if rng.random() < 0.3 else ""
    actions = rng.choice(EPISODE_ACTIONS[lang]) if rng.random() < 0.4 else ""
    tail_order = ["chapters", "links"]
    rng.shuffle(tail_order)
    tail_order += ["guest", "credits", "sponsor", "transcript", "actions"]
    gap = rng.random() < 0.6
    airy = gap or rng.random() < 0.4
    rule = _separator(rng)
    sheet = _Sheet()

    sheet.add(show)
    if rng.random() < 0.6:
        sheet.add(rng.choice(TAGLINES[lang]))
    if rng.random() < 0.6:
        shown_hosts = hosts[0] if len(hosts) == 1 else AND[lang].join(hosts)
        sheet.add(rng.choice(HOSTED_BY[lang]).format(hosts=shown_hosts))
    if rng.random() < 0.5:
        sheet.add(rng.choice(SUBSCRIBE_LINES[lang]))
    sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.7:
        sheet.add(rng.choice(EPISODES_HEADINGS[lang]).format(n=number))
        sheet.blank(rng.choice((0, 1, 1)))

    moment = when
    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank(1 if airy else 0)
                sheet.add(rule)
                sheet.blank(1 if airy else 0)
            elif between == "blank":
                sheet.blank(rng.randint(1, 2) if airy else 1)
        n = number - i
        minutes = rng.randint(14, 72)
        duration = f"{minutes}:{rng.randint(0, 59):02d}"
        if minutes >= 60:
            duration = f"1:{minutes - 60:02d}:{rng.randint(0, 59):02d}"
        values = {
            "n": n,
            "s": season,
            "e": n % 40 + 1,
            "date": _date(moment, lang, date_style),
            "min": minutes,
            "dur": duration,
            "mb": rng.randint(14, 70),
        }
        moment -= dt.timedelta(days=rng.choice((1, 1, 2, 3, 7)))
        meta = meta_shape.format(**values)
        if meta_at == "above":
            sheet.add(meta)
        sheet.add(title_shape.format(n=n, t=article.title))
        if meta_at == "below":
            sheet.add(meta)
        head = []
        if player:
            head.append(player.format(**values))
        if listen and rng.random() < 0.8:
            head.append(listen)
        guest = ""
        if rng.random() < guest_odds:
            source = rng.choice(SOURCES[lang])
            role = rng.choice(GUEST_ROLES[lang]).format(source=source)
            guest = guest_shape.format(a=rng.choice([a for a in AUTHORS if a not in hosts]), role=role)
        if guest and guest_before:
            head.append(guest)
        if notes_label:
            if airy and head:
                head.append("")
            head.append(notes_label)
        sheet.add(*head)
        if airy:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(1, 2)] if excerpts else article.paragraphs
        write_article(sheet, article.title, paragraphs, gap)
        blocks: list[list[str]] = []
        if excerpts and len(paragraphs) < len(article.paragraphs):
            blocks.append([more])
        for slot in tail_order:
            if slot == "chapters" and chapters and rng.random() < 0.8:
                starts, middles, ends = CHAPTER_NAMES[lang]
                names = [rng.choice(starts), *rng.sample(middles, rng.randint(1, 3)), rng.choice(ends)]
                seconds = sorted(rng.sample(range(60, minutes * 60 - 60), len(names) - 1))
                stamps = [0, *seconds]
                lines = [
                    chapter_shape.format(t=f"{s // 60:02d}:{s % 60:02d}", name=c)
                    for s, c in zip(stamps, names, strict=True)
                ]
                blocks.append([chapter_label, *lines])
            elif slot == "links" and links_label and rng.random() < 0.85:
                lines = [links_label]
                for _ in range(rng.randint(1, 4)):
                    source = rng.choice(SOURCES[lang] if rng.random() < 0.6 else SOURCES["en"])
                    moment_path = _url_path(rng.choice(URL_PATHS), moment, "news", article.title, rng)
                    url = f"https://www.{_domain(source, rng)}{moment_path}"
                    shape = rng.choice(("{source}: {url}", "{url}", "{source} ({url})", "{source} – {url}"))
                    lines.append(bullet + shape.format(source=source, url=url))
                blocks.append(lines)
            elif slot == "guest" and guest and not guest_before:
                blocks.append([guest])
            elif slot == "credits" and credits and rng.random() < 0.8:
                a, b = rng.sample(AUTHORS, 2)
                blocks.append([credits.format(a=a, b=b)])
            elif slot == "sponsor" and rng.random() < sponsor_odds:
                code = _slug(show, rng).replace("-", "")[:8].upper()
                blocks.append([rng.choice(SPONSORS[lang]).format(slug=_slug(show, rng), code=code)])
            elif slot == "transcript" and transcript and rng.random() < 0.8:
                blocks.append([transcript])
            elif slot == "actions" and actions:
                blocks.append([actions.format(likes=rng.randint(3, 400), comments=rng.randint(0, 40))])
        for block in blocks:
            if airy:
                sheet.blank()
            sheet.add(*block)

    if rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        footers = PODCAST_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 2)))
        sheet.add(*(footers[k].format(p=rng.randint(3, 40), year=when.year, show=show) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# ebook_digest
# ---------------------------------------------------------------------------

NAVBAR_WORDS = {
    "en": ("Previous", "Next", "Section Menu", "Main Menu"),
    "de": ("Zurück", "Weiter", "Abschnittsmenü", "Hauptmenü"),
    "fr": ("Précédent", "Suivant", "Menu de la section", "Menu principal"),
    "es": ("Anterior", "Siguiente", "Menú de sección", "Menú principal"),
}
DOWNLOADED = {
    "en": "This article was downloaded by calibre from {url}",
    "de": "Dieser Artikel wurde von calibre heruntergeladen von {url}",
    "fr": "Cet article a été téléchargé par calibre depuis {url}",
    "es": "Este artículo fue descargado por calibre desde {url}",
}
CONTENTS = {
    "en": ("Contents", "Table of Contents", "Sections"),
    "de": ("Inhalt", "Inhaltsverzeichnis", "Rubriken"),
    "fr": ("Sommaire", "Table des matières", "Rubriques"),
    "es": ("Índice", "Contenido", "Secciones"),
}
EBOOK_BYLINES = {
    "en": ("By {a}", "{a}", "{a} in {city}", "By {a}, {source}"),
    "de": ("Von {a}", "{a}", "{a}, {city}"),
    "fr": ("Par {a}", "{a}", "{a} ({city})"),
    "es": ("Por {a}", "{a}", "{a} | {city}"),
}
EBOOK_CITIES = ("London", "Berlin", "Paris", "Madrid", "Washington", "Brussels", "New York", "Tokyo")
CAPTIONS = {
    "en": ("Photograph: {a}/{agency}", "[Image: {agency}]", "Photo: {agency}"),
    "de": ("Foto: {a}/{agency}", "[Bild: {agency}]"),
    "fr": ("Photo : {a}/{agency}", "[Image : {agency}]"),
    "es": ("Foto: {a}/{agency}", "[Imagen: {agency}]"),
}
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "EFE", "Getty Images", "Alamy")
READLATER_TITLES = {
    "en": (
        "Your Pocket digest — {n} articles",
        "Instapaper: {weekday}, {date}",
        "Reading list · {date}",
        "Saved for later ({n})",
        "Weekend reads – {date}",
    ),
    "de": ("Leseliste vom {date}", "Gespeicherte Artikel ({n})", "Lesestoff fürs Wochenende – {date}"),
    "fr": ("Ma liste de lecture – {date}", "Articles enregistrés ({n})", "À lire ce week-end – {date}"),
    "es": ("Mi lista de lectura – {date}", "Artículos guardados ({n})", "Lecturas del fin de semana – {date}"),
}
READLATER_TOC = ("{i}. {t}", "{i}. {t} — {host}", "{t} ({host}, {min} min)", "{i}  {t}", "• {t}")
READLATER_META = {
    "en": ("{host} · {min} min read", "{host} · {a}", "From {host} · Saved {date}", "{a} · {host} · {min} min"),
    "de": ("{host} · {min} Min. Lesezeit", "{host} · {a}", "Von {host} · gespeichert am {date}"),
    "fr": ("{host} · {min} min de lecture", "{host} · {a}", "Depuis {host} · enregistré le {date}"),
    "es": ("{host} · {min} min de lectura", "{host} · {a}", "De {host} · guardado el {date}"),
}
READLATER_MARKS = {
    "en": ("Article {i} of {n}", "{i}/{n}", "— {i} —"),
    "de": ("Artikel {i} von {n}", "{i}/{n}", "— {i} —"),
    "fr": ("Article {i} sur {n}", "{i}/{n}", "— {i} —"),
    "es": ("Artículo {i} de {n}", "{i}/{n}", "— {i} —"),
}
ORIGINAL_LINES = {
    "en": ("Original: {url}", "View original ›", "Open in browser: {url}", "Source: {url}"),
    "de": ("Original: {url}", "Original ansehen ›", "Quelle: {url}"),
    "fr": ("Original : {url}", "Voir l'original ›", "Source : {url}"),
    "es": ("Original: {url}", "Ver original ›", "Fuente: {url}"),
}
EBOOK_ENDS = {
    "en": ("Delivered by Pocket · Change delivery settings", "Generated on {date}", "End of digest"),
    "de": ("Zugestellt am {date}", "Ende der Leseliste", "Zustellung ändern"),
    "fr": ("Envoyé le {date}", "Fin de la sélection", "Modifier les paramètres d'envoi"),
    "es": ("Enviado el {date}", "Fin del resumen", "Cambiar la configuración de envío"),
}


def _navbar(words: tuple[str, str, str, str], previous: bool, following: bool) -> str:
    back, forward, section, main = words
    parts = [back] if previous else []
    parts += [forward] if following else []
    return "| " + " | ".join([*parts, section, main]) + " |"


def build_ebook_digest(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """An e-book of downloaded news converted to plain text: a calibre news download (a periodical
    fetched by a news recipe) or a read-later digest sent to an e-reader, one chapter per article.

    calibre: the periodical's name and a bracketed date, a list of sections, then per section its
    name, its index (the headlines, maybe each with the description the feed gave: the text's first
    words and "...", maybe a date) and its articles, each between navigation bars ("| Next | Section
    Menu | Main Menu |") with the title, maybe a byline and a date line, a caption between
    paragraphs, and "This article was downloaded by calibre from URL". Read-later: a title, a
    numbered contents list, then per article maybe an "Article 2 of 5" mark, the title, a line with
    the site, author or reading time, the paragraphs and maybe an "Original: URL" line, articles
    split by blank lines or a rule; maybe an end line.
    """
    lang = _lang(rng)
    when = _when(rng)
    gap = rng.random() < 0.6
    sheet = _Sheet()
    caption_odds = rng.choice((0.0, 0.0, 0.3))
    caption_shape = rng.choice(CAPTIONS[lang])

    def paragraphs_with_captions(article: SourceArticle) -> dict[int, list[list[str]]]:
        breaks: dict[int, list[list[str]]] = {}
        if len(article.paragraphs) > 2 and rng.random() < caption_odds:
            at = rng.randint(1, len(article.paragraphs) - 1)
            breaks[at] = [[caption_shape.format(a=rng.choice(AUTHORS), agency=rng.choice(AGENCIES))]]
        return breaks

    if rng.random() < 0.6:  # calibre
        paper = rng.choice(SOURCES[lang])
        domain = _domain(paper, rng)
        words = NAVBAR_WORDS[lang]
        if lang == "en":
            stamp = f"[{RFC_WEEKDAYS[when.weekday()]}, {when.day:02d} {SHORT_MONTHS['en'][when.month - 1]} {when.year}]"
        else:
            stamp = f"[{_date(when, lang, rng.choice(('long', 'numeric')))}]"
        sections = rng.sample(SECTIONS[lang], min(len(articles), rng.randint(1, 3)))
        cuts = sorted(rng.sample(range(1, len(articles)), len(sections) - 1))
        groups = [list(articles[a:b]) for a, b in zip([0, *cuts], [*cuts, len(articles)], strict=True)]
        describe = rng.random() < 0.6
        dated_index = rng.random() < 0.4
        bullet = rng.choice(("", "", "• ", "* ", "  "))
        byline_shape = rng.choice(EBOOK_BYLINES[lang]) if rng.random() < 0.6 else ""
        dateline = rng.random() < 0.5
        url_shape = rng.choice(URL_PATHS)
        downloaded = rng.random() < 0.85
        top_bar = rng.random() < 0.7
        blank_bars = rng.random() < 0.5

        sheet.add(paper, stamp)
        sheet.blank(rng.randint(1, 3))
        if rng.random() < 0.5:
            sheet.add(rng.choice(CONTENTS[lang]))
        sheet.add(*(bullet + section for section in sections))
        position = 0
        for section, group in zip(sections, groups, strict=True):
            sheet.blank(rng.randint(2, 3))
            sheet.add(section)
            sheet.blank()
            moments = []
            for article in group:
                moment = when - dt.timedelta(minutes=rng.randint(30, 2000))
                moments.append(moment)
                sheet.add(bullet + article.title)
                if describe:
                    text = " ".join(article.paragraphs)
                    description = _cut(text, rng, 90, 260)
                    sheet.add(("  " if bullet else "") + description + ("..." if description != text else ""))
                if dated_index:
                    clock = f"{moment:%H:%M}"
                    sheet.add(("  " if bullet else "") + f"{_date(moment, lang, 'short')} {clock}")
                if describe or dated_index:
                    sheet.blank()
            if not (describe or dated_index):
                sheet.blank()
            sheet.add(f"| {words[1]} | {words[3]} |")
            for k, (article, moment) in enumerate(zip(group, moments, strict=True)):
                position += 1
                last = position == len(articles)
                sheet.blank(rng.randint(2, 3))
                if top_bar:
                    sheet.add(_navbar(words, k > 0, not last))
                    if blank_bars:
                        sheet.blank()
                sheet.add(article.title)
                meta = []
                if byline_shape:
                    meta.append(byline_shape.format(a=rng.choice(AUTHORS), city=rng.choice(EBOOK_CITIES), source=paper))
                if dateline:
                    meta.append(_date(moment, lang, "long") + (f" {moment:%H:%M}" if rng.random() < 0.5 else ""))
                sheet.add(*meta)
                if gap or rng.random() < 0.5:
                    sheet.blank()
                write_article(sheet, article.title, article.paragraphs, gap, breaks=paragraphs_with_captions(article))
                sheet.blank()
                if downloaded:
                    url = f"https://www.{domain}" + _url_path(url_shape, moment, section, article.title, rng)
                    sheet.add(DOWNLOADED[lang].format(url=url))
                    if blank_bars:
                        sheet.blank()
                sheet.add(_navbar(words, k > 0, not last))
        return sheet.draft()

    # A read-later digest.
    date = _date(when, lang, rng.choice(("long", "short", "us")))
    weekday = WEEKDAYS[lang][when.weekday()]
    toc = rng.choice(READLATER_TOC) if rng.random() < 0.75 else ""
    meta_shape = rng.choice(READLATER_META[lang])
    mark = rng.choice(READLATER_MARKS[lang]) if rng.random() < 0.4 else ""
    original = rng.choice(ORIGINAL_LINES[lang]) if rng.random() < 0.5 else ""
    between = rng.choice((2, 3, 4, "rule"))
    rule = _separator(rng)
    excerpts = rng.random() < 0.15
    hosts = []
    for _article in articles:
        source = rng.choice(SOURCES[lang] if rng.random() < 0.6 else SOURCES["en"])
        hosts.append((source, _domain(source, rng)))
    minutes = [max(2, len(" ".join(a.paragraphs).split()) // 230 + rng.randint(0, 3)) for a in articles]

    sheet.add(_capital(rng.choice(READLATER_TITLES[lang]).format(n=len(articles), date=date, weekday=weekday)))
    sheet.blank(rng.randint(1, 2))
    if toc:
        if rng.random() < 0.6:
            sheet.add(rng.choice(CONTENTS[lang][:2]))
        for i, (article, (_source, host), length) in enumerate(zip(articles, hosts, minutes, strict=True), 1):
            sheet.add(toc.format(i=i, t=article.title, host=host, min=length))
    for i, (article, (source, host), length) in enumerate(zip(articles, hosts, minutes, strict=True), 1):
        if toc or i > 1:
            if between == "rule":
                sheet.blank()
                sheet.add(rule)
                sheet.blank()
            else:
                sheet.blank(int(between))
        if mark:
            sheet.add(mark.format(i=i, n=len(articles)))
        sheet.add(article.title)
        saved = when - dt.timedelta(days=rng.randint(0, 20))
        sheet.add(meta_shape.format(host=host, min=length, a=rng.choice(AUTHORS), date=_date(saved, lang, "short")))
        sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(2, 4)] if excerpts else article.paragraphs
        write_article(sheet, article.title, paragraphs, gap, breaks=paragraphs_with_captions(article))
        if original and rng.random() < 0.9:
            path = _url_path(rng.choice(URL_PATHS), saved, rng.choice(SECTIONS["en"]), article.title, rng)
            sheet.blank()
            sheet.add(original.format(url=f"https://www.{host}{path}", source=source))
    if rng.random() < 0.5:
        sheet.blank(2)
        sheet.add(rng.choice(EBOOK_ENDS[lang]).format(date=date))
    return sheet.draft()


# ---------------------------------------------------------------------------
# infinite_scroll
# ---------------------------------------------------------------------------

SKIP_LINKS = {
    "en": ("Skip to main content", "Skip to content", "Skip to navigation"),
    "de": ("Zum Inhalt springen", "Direkt zum Inhalt"),
    "fr": ("Aller au contenu principal", "Aller au contenu"),
    "es": ("Saltar al contenido principal", "Ir al contenido"),
}
ACCOUNT_LINES = {
    "en": ("Subscribe | Sign in", "Sign in   Subscribe", "Support us →   Sign in", "Log in  |  Newsletters"),
    "de": ("Abonnieren | Anmelden", "Abo   Anmelden", "Jetzt abonnieren | Login"),
    "fr": ("S'abonner | Se connecter", "Abonnez-vous   Connexion"),
    "es": ("Suscríbete | Iniciar sesión", "Suscribirse   Entrar"),
}
HOMES = {"en": ("Home", "News"), "de": ("Startseite", "Home"), "fr": ("Accueil",), "es": ("Portada", "Inicio")}
SUBSECTIONS = {
    "en": ("Europe", "US", "Asia", "Markets", "Gadgets", "Music", "Football", "Health"),
    "de": ("Ausland", "Deutschland", "Unternehmen", "Netzwelt", "Musik", "Fußball"),
    "fr": ("Europe", "France", "Entreprises", "Pixels", "Musiques", "Football"),
    "es": ("Europa", "España", "Empresas", "Gadgets", "Música", "Fútbol"),
}
KICKERS = {
    "en": ("Analysis", "Exclusive", "Explainer", "Breaking", "Live", "Review"),
    "de": ("Analyse", "Exklusiv", "Eilmeldung", "Hintergrund", "Kommentar"),
    "fr": ("Analyse", "Exclusif", "Décryptage", "Enquête", "Tribune"),
    "es": ("Análisis", "Exclusiva", "Última hora", "Claves", "Opinión"),
}
SCROLL_BYLINES = {
    "en": ("By {a}", "By {a} and {b}", "{a}", "{a}, {role}"),
    "de": ("Von {a}", "{a}", "Von {a} und {b}", "Ein Kommentar von {a}"),
    "fr": ("Par {a}", "{a}", "Par {a} et {b}", "{a} ({city})"),
    "es": ("{a}", "Por {a}", "{a} / {b}", "{a} | {city}"),
}
ROLES = {"en": ("Political Correspondent", "Staff Writer", "Science Editor", "Reporter")}
SCROLL_DATES = {
    "en": ("Published {date}", "{date}", "Published {date} · Updated {ago}", "{date} {clock}", "Updated {ago}"),
    "de": ("Veröffentlicht am {date}", "{date}, {clock} Uhr", "{date} · Aktualisiert {ago}", "Stand: {date}"),
    "fr": ("Publié le {date}", "Publié le {date} à {clock}, mis à jour {ago}", "{date} à {clock}"),
    "es": ("Publicado el {date}", "{date} - {clock} CET", "{city} - {date} - Actualizado {ago}"),
}
SHARE_LINES = {
    "en": ("Share", "Share  Facebook  X  Email  Copy link", "Listen to this article · {n} min", "Save  Share  Gift"),
    "de": ("Teilen", "Teilen  Facebook  X  E-Mail  Link kopieren", "Artikel anhören · {n} Min.", "Merken  Teilen"),
    "fr": ("Partager", "Partager  Facebook  X  E-mail  Copier le lien", "Écouter cet article · {n} min"),
    "es": ("Compartir", "Compartir  Facebook  X  Correo  Copiar enlace", "Escuchar este artículo · {n} min"),
}
ADS_INLINE = {
    "en": ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Skip Advertisement"),
    "de": ("Anzeige", "Werbung", "ANZEIGE"),
    "fr": ("Publicité", "PUBLICITÉ", "La suite après cette publicité"),
    "es": ("Publicidad", "PUBLICIDAD", "Sigue leyendo tras la publicidad"),
}
READ_ALSO = {
    "en": ("Read more: {h}", "Related: {h}", "READ MORE: {h}", "You might also like: {h}"),
    "de": ("Lesen Sie auch: {h}", "Mehr zum Thema: {h}", "Auch interessant: {h}"),
    "fr": ("Lire aussi : {h}", "À lire aussi | {h}", "Sur le même sujet : {h}"),
    "es": ("Lee también: {h}", "Te puede interesar: {h}", "Más información: {h}"),
}
NEWSLETTER_BOXES = {
    "en": (
        ("Sign up to First Edition", "Free daily newsletter", "Enter your email address   Sign up"),
        ("Get the Morning Briefing in your inbox", "Sign up"),
        ("Newsletter", "The day's top stories, every weekday at 7am.", "Subscribe", "after newsletter promotion"),
    ),
    "de": (
        ("Newsletter: Der Morgen", "Jeden Werktag um 6 Uhr in Ihrem Postfach.", "Jetzt abonnieren"),
        ("Der tägliche Überblick", "E-Mail-Adresse eingeben   Abonnieren"),
    ),
    "fr": (
        ("Newsletter : La Matinale", "Chaque matin, l'essentiel de l'actualité.", "S'inscrire"),
        ("Recevez notre newsletter", "Votre adresse e-mail   OK"),
    ),
    "es": (
        ("Boletín: Las claves del día", "Cada mañana en tu correo.", "Suscribirme"),
        ("Recibe nuestro boletín", "Tu correo electrónico   Apuntarme"),
    ),
}
TOPIC_LINES = {
    "en": ("Topics: {tags}", "Topics", "Related topics: {tags}", "More on: {tags}"),
    "de": ("Themen: {tags}", "Schlagwörter: {tags}", "Mehr zu: {tags}"),
    "fr": ("Sujets : {tags}", "Mots-clés : {tags}", "Voir plus : {tags}"),
    "es": ("Temas: {tags}", "Etiquetas: {tags}", "Más sobre: {tags}"),
}
COMMENT_LINES = {
    "en": ("Comments ({n})", "{n} comments", "View comments", "Show {n} comments", "Join the conversation"),
    "de": ("Kommentare ({n})", "{n} Kommentare", "Kommentare anzeigen"),
    "fr": ("Commentaires ({n})", "{n} commentaires", "Voir les commentaires", "Réagir"),
    "es": ("Comentarios ({n})", "{n} comentarios", "Ver comentarios"),
}
MOST_READ = {
    "en": ("Most read", "Most popular", "Trending", "More from {section}"),
    "de": ("Meistgelesen", "Beliebt", "Mehr aus {section}"),
    "fr": ("Les plus lus", "Populaires", "Plus de {section}"),
    "es": ("Lo más leído", "Lo más visto", "Más de {section}"),
}
NEXT_MARKS = {
    "en": ("Next article", "Up next", "Read next", "NEXT STORY", "Next up", "Continue to the next story ↓"),
    "de": ("Nächster Artikel", "Als Nächstes", "Weiterlesen ↓", "NÄCHSTER ARTIKEL"),
    "fr": ("Article suivant", "À suivre", "Article suivant ↓", "LIRE L'ARTICLE SUIVANT"),
    "es": ("Siguiente noticia", "Siguiente artículo", "A continuación", "SIGUIENTE"),
}
CONTINUE_LINES = {
    "en": ("Continue reading", "Read the full article", "Loading…", "Show full article"),
    "de": ("Weiterlesen", "Ganzen Artikel lesen", "Wird geladen …"),
    "fr": ("Lire la suite", "Afficher l'article complet", "Chargement…"),
    "es": ("Seguir leyendo", "Ver artículo completo", "Cargando…"),
}
FILLER_HEADLINES = {
    "en": (
        "Council approves new cycle lanes for city centre",
        "Five things to know before the budget",
        "Storm warning issued for the weekend",
        "Why house prices are falling again",
        "Inside the race to build a better battery",
        "Train strikes: what you need to know",
        "Local bakery wins national award",
        "The best winter walks near you",
        "Schools face teacher shortage, report says",
        "Stocks close higher after rate decision",
        "Museum reopens after two-year renovation",
        "What the new tax rules mean for you",
        "Star striker ruled out for six weeks",
    ),
    "de": (
        "Stadtrat beschließt neue Radwege",
        "Was Sie zum Haushalt wissen müssen",
        "Unwetterwarnung für das Wochenende",
        "Warum die Mieten weiter steigen",
        "Bahnstreik: Das müssen Pendler wissen",
        "Bäckerei aus der Region ausgezeichnet",
        "Lehrermangel: Schulen schlagen Alarm",
        "DAX schließt im Plus",
        "Museum öffnet nach Sanierung",
        "Die schönsten Winterwanderungen",
    ),
    "fr": (
        "Le conseil municipal vote de nouvelles pistes cyclables",
        "Budget : ce qu'il faut retenir",
        "Alerte aux orages ce week-end",
        "Pourquoi les loyers continuent de grimper",
        "Grève : les perturbations à prévoir",
        "Une boulangerie de la région primée",
        "Pénurie d'enseignants : les écoles inquiètes",
        "La Bourse de Paris termine en hausse",
        "Le musée rouvre après deux ans de travaux",
        "Nos idées de randonnées d'hiver",
    ),
    "es": (
        "El ayuntamiento aprueba nuevos carriles bici",
        "Presupuestos: lo que debes saber",
        "Alerta por tormentas este fin de semana",
        "Por qué siguen subiendo los alquileres",
        "Huelga de trenes: servicios mínimos",
        "Una panadería local, premiada",
        "Falta de profesores en los colegios",
        "El Ibex cierra en positivo",
        "El museo reabre tras dos años de obras",
        "Las mejores rutas de invierno",
    ),
}
SCROLL_FOOTERS = {
    "en": ("© {year} {site}", "About us · Contact · Terms · Privacy · Cookie settings", "Back to top ↑"),
    "de": ("© {year} {site}", "Impressum · Datenschutz · Cookie-Einstellungen", "Nach oben ↑"),
    "fr": ("© {year} {site}", "Mentions légales · Confidentialité · Cookies", "Haut de page ↑"),
    "es": ("© {year} {site}", "Aviso legal · Privacidad · Cookies", "Volver arriba ↑"),
}


def build_infinite_scroll(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """An article page saved after scrolling: the site loads the next article under the current one,
    each with its own chrome, one full article after the other.

    The site's name, maybe a skip link, a menu and an account line; per article maybe a "Next article"
    mark (not before the first), a breadcrumb ("Home › World › Europe"), a kicker, the headline, a
    byline and a date line (together or apart, always at least one of them), maybe a share or listen
    line and a photo credit, the paragraphs with, between some, an advertisement line, a "Read more:
    OTHER HEADLINE" line or a newsletter box, then maybe topics, a comments line and a "Most read" list
    of other headlines; the last article may be cut short by "Continue reading"; maybe a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    site = rng.choice(SITE_NAMES[lang])
    sep = rng.choice((" › ", " > ", " / ", " » "))
    home = rng.choice(HOMES[lang])
    breadcrumb_odds = rng.choice((0.0, 0.7, 1.0))
    kicker_odds = rng.choice((0.0, 0.2, 0.4))
    byline_shape = rng.choice(SCROLL_BYLINES[lang])
    date_shape = rng.choice(SCROLL_DATES[lang])
    meta_joined = rng.random() < 0.35
    date_style = rng.choice(("long", "short", "us")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    share = rng.choice(SHARE_LINES[lang]) if rng.random() < 0.5 else ""
    caption = rng.choice(CAPTIONS[lang]) if rng.random() < 0.4 else ""
    ad_line = rng.choice(ADS_INLINE[lang]) if rng.random() < 0.6 else ""
    read_also = rng.choice(READ_ALSO[lang]) if rng.random() < 0.5 else ""
    box = rng.choice(NEWSLETTER_BOXES[lang]) if rng.random() < 0.3 else ()
    topics = rng.choice(TOPIC_LINES[lang]) if rng.random() < 0.5 else ""
    comments = rng.choice(COMMENT_LINES[lang]) if rng.random() < 0.5 else ""
    most_read = rng.choice(MOST_READ[lang]) if rng.random() < 0.35 else ""
    numbered_list = rng.random() < 0.6
    next_mark = rng.choice(NEXT_MARKS[lang]) if rng.random() < 0.7 else ""
    cut_last = rng.random() < 0.3
    gap = rng.random() < 0.65
    between = rng.choice((1, 2, 2, 3))
    fillers = list(FILLER_HEADLINES[lang])
    rng.shuffle(fillers)
    popular = [fillers.pop() for _ in range(rng.randint(3, 5))]  # the same "Most read" list under every article
    sheet = _Sheet()

    if rng.random() < 0.4:
        sheet.add(rng.choice(SKIP_LINKS[lang]))
    sheet.add(site)
    if rng.random() < 0.6:
        sheet.add(("  " if rng.random() < 0.5 else " | ").join(rng.sample(SECTIONS[lang], rng.randint(4, 7))))
    if rng.random() < 0.5:
        sheet.add(rng.choice(ACCOUNT_LINES[lang]))
    sheet.blank(rng.randint(1, 2))

    moment = when
    for i, article in enumerate(articles):
        last = i == len(articles) - 1
        if i:
            sheet.blank(between)
            if next_mark:
                sheet.add(next_mark)
                sheet.blank(rng.choice((0, 1)))
        section = rng.choice(SECTIONS[lang])
        if rng.random() < breadcrumb_odds:
            crumbs = [home, section] + ([rng.choice(SUBSECTIONS[lang])] if rng.random() < 0.5 else [])
            sheet.add(sep.join(crumbs))
        if rng.random() < kicker_odds:
            sheet.add(rng.choice(KICKERS[lang]))
        sheet.add(article.title)
        a, b = rng.sample(AUTHORS, 2)
        city = rng.choice(EBOOK_CITIES)
        role = rng.choice(ROLES.get(lang, ("",)))
        byline = byline_shape.format(a=a, b=b, city=city, role=role).rstrip(", ")
        moment -= dt.timedelta(minutes=rng.randint(20, 600))
        clock = f"{moment:%H:%M}" if lang != "fr" else f"{moment:%H}h{moment:%M}"
        if lang == "en" and rng.random() < 0.5:
            clock = f"{moment.hour % 12 or 12}.{moment:%M}{'am' if moment.hour < 12 else 'pm'} GMT"
        ago = _ago(lang, rng.randint(5, int((when - moment).total_seconds() // 60)))
        dated = date_shape.format(date=_date(moment, lang, date_style), clock=clock, ago=ago, city=city)
        show_byline = rng.random() < 0.8
        if show_byline and meta_joined:
            sheet.add(f"{byline} | {dated}" if rng.random() < 0.5 else f"{byline} · {dated}")
        else:
            sheet.add(*([byline] if show_byline else []), dated)
        head: list[str] = []
        if share:
            head.append(share.format(n=rng.randint(3, 12)))
        if caption and rng.random() < 0.5:
            head.append(caption.format(a=rng.choice(AUTHORS), agency=rng.choice(AGENCIES)))
        if head:
            if gap:
                sheet.blank()
            sheet.add(*head)
        sheet.blank()

        paragraphs = list(article.paragraphs)
        cut = last and cut_last and len(paragraphs) > 2
        if cut:
            paragraphs = paragraphs[: rng.randint(1, 2)]
        breaks: dict[int, list[list[str]]] = {}
        spots = list(range(1, len(paragraphs)))
        rng.shuffle(spots)
        if ad_line and spots and rng.random() < 0.7:
            breaks.setdefault(spots.pop(), []).append([ad_line])
        if read_also and spots and rng.random() < 0.6:
            breaks.setdefault(spots.pop(), []).append([read_also.format(h=rng.choice(fillers))])
        if box and spots and rng.random() < 0.6:
            breaks.setdefault(spots.pop(), []).append(list(box))
        write_article(sheet, article.title, paragraphs, gap, breaks=breaks)
        if cut:
            sheet.blank()
            sheet.add(rng.choice(CONTINUE_LINES[lang]))
            continue
        tail: list[list[str]] = []
        if topics and rng.random() < 0.8:
            tags = [section, *_names(article)[: rng.randint(1, 3)]]
            if "{tags}" in topics:
                tail.append([topics.format(tags=", ".join(tags))])
            else:
                tail.append([topics, *tags])
        if comments and rng.random() < 0.8:
            tail.append([comments.format(n=rng.randint(2, 480))])
        if most_read and rng.random() < 0.7:
            picked = rng.sample(fillers, 3) if "{section}" in most_read else popular
            lines = [f"{k}. {h}" if numbered_list else h for k, h in enumerate(picked, 1)]
            tail.append([most_read.format(section=section), *lines])
        for block in tail:
            sheet.blank()
            sheet.add(*block)

    if rng.random() < 0.4:
        sheet.blank(2)
        footers = SCROLL_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 2)))
        sheet.add(*(footers[k].format(year=when.year, site=site) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "search_results": build_search_results,
    "podcast_notes": build_podcast_notes,
    "ebook_digest": build_ebook_digest,
    "infinite_scroll": build_infinite_scroll,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout5", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
