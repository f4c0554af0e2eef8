"""Four more multi-article layouts, a second held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout2.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout2.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout2.py check [--pages N] [--seed N]

The project knows fifteen layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`) and the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`). The four here differ from all of them:

- `pressreview`: a press review / "Pressespiegel" / revue de presse / resumen de prensa put
  together by a press office: a title with the review's date, maybe an "internal use" note
  and a one-line intro, maybe topic rubrics ("POLITIK", "ÉCONOMIE"), then per clipping the
  headline with a source line above or below it ("Le Monde, 3 déc. 2024", "— Süddeutsche
  Zeitung (S. 4)", "Source: Financial Times | 12/03/2024", "Medium: FAZ | Datum: ..."), the
  first 1-3 paragraphs, maybe a "Lire la suite" / "Zum Artikel: URL" line and a copyright line;
- `magazine`: a magazine issue dumped from its PDF: the masthead and issue ("WINTER 2024",
  "Ausgabe 12/2024"), a table of contents with page numbers (and regular columns that are not
  in the dump), then per article a rubric ("REPORTAGE"), the headline, a one-sentence deck,
  credits ("Text: NAME / Photos: NAME"), the paragraphs with, inside some, a pull quote (a
  sentence of the article in quotation marks) or a sub-heading, page footers ("34 | MAGAZINE |
  WINTER 2024") at page turns, sometimes an end mark (" ■") and an author's bio line;
- `social`: a social feed export, one platform per page: Reddit-like ("Posted by u/name · 5h",
  the title, a flair, the self-text, "142 points · 37 comments"), Mastodon-like ("NAME" /
  "@name@instance.social", a boost line, the title line, hashtags, "↩ 3  ↻ 4  ★ 12") or
  LinkedIn-like ("NAME • 2nd • Follow", job line, "3d • Edited • 🌐", "…see more", "128 · 14
  comments", "Like · Comment · Repost · Send"); posts are split by 0-2 blank lines, no rules;
- `bulletin`: an institutional bulletin (university staff news, a town hall's bulletin, a
  company intranet roundup): the bulletin's name and issue, numbered or lettered sections ("A.
  Research", "II. Campus", "Section 2 – Events"), items under them with the headline as
  written (never title-cased), maybe a "When: ... · Where: ..." line, the paragraphs, maybe a
  "Contact: NAME, email" or "More information: URL" trailer; items are separated only by one
  or two blank lines, and on some pages the paragraphs of an item are separated by blank
  lines too.

Everything around the articles (mastheads, source lines, rubrics, decks, credits, pull
quotes, sub-headings, page footers, handles, counters, hashtags, section headings, trailers)
is furniture in English, German, French or Spanish, chosen per page by the page's
`random.Random`, and never part of the truth. A page's truth is, per article in page order,
the headline as shown (without a flair, a numbering or an emoji label) and the shown
paragraphs joined by "\\n" (an excerpt where the layout cuts the article short; without an
end mark).

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
import unicodedata
from collections.abc import Sequence
from pathlib import Path

_TOOLS = str(Path(__file__).resolve().parent)
if _TOOLS not in sys.path:  # run as a script, sys.path[0] is tools/ already; imported from tests it may not be
    sys.path.insert(0, _TOOLS)

import layouts  # noqa: E402  (tools/layouts.py, beside this file)
from layouts import (  # noqa: E402
    AUTHORS,
    CARD_CITIES,
    MONTHS,
    SECTIONS,
    SOURCES,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _clock,
    _date,
    _lang,
    _Sheet,
    _slug,
    _title_case,
    _when,
    articles_from_segments,
    load_articles,
    sentence_case,
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


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _address(name: str, domain: str) -> str:
    """A plausible mailbox for `name` ("Hannah Weiß" -> "hannah.wei@example.org")."""
    return ".".join(re.findall(r"[a-z]+", _ascii(name).lower())) + "@" + domain


def _relative(lang: str, minutes: int, shape: int) -> str:
    """A compact age as feeds print it: "5h", "5 hr. ago", "vor 5 Std.", "il y a 3 j", "hace 2 d"."""
    if minutes < 60:
        n, unit = max(minutes, 2), 0
    elif minutes < 24 * 60:
        n, unit = minutes // 60, 1
    else:
        n, unit = minutes // (24 * 60), 2
    shapes = {
        "en": (("{n}m", "{n}h", "{n}d"), ("{n} min. ago", "{n} hr. ago", "{n} days ago")),
        "de": (("{n} Min.", "{n} Std.", "{n} T."), ("vor {n} Min.", "vor {n} Std.", "vor {n} Tagen")),
        "fr": (("{n} min", "{n} h", "{n} j"), ("il y a {n} min", "il y a {n} h", "il y a {n} j")),
        "es": (("{n} min", "{n} h", "{n} d"), ("hace {n} min", "hace {n} h", "hace {n} d")),
    }
    return shapes[lang][shape][unit].format(n=n)


# ---------------------------------------------------------------------------
# pressreview
# ---------------------------------------------------------------------------

REVIEW_NAMES = {
    "en": ("Press Review", "Daily Press Digest", "Media Review", "Media Monitoring Report", "News Clippings"),
    "de": ("Pressespiegel", "Medienspiegel", "Presseschau", "Täglicher Pressespiegel"),
    "fr": ("Revue de presse", "Revue de presse quotidienne", "Panorama de presse", "La revue de presse du jour"),
    "es": ("Resumen de prensa", "Revista de prensa", "Dossier de prensa", "Selección de prensa"),
}
REVIEW_TITLES = {
    "en": ("{name} — {weekday}, {date}", "{name} | {date}", "{name}\n{date}", "{NAME} · {date}"),
    "de": ("{name} vom {date}", "{name} – {weekday}, {date}", "{name}\n{weekday}, {date}", "{NAME} | {date}"),
    "fr": ("{name} du {weekday} {date}", "{name} – {date}", "{name}\n{weekday} {date}", "{NAME} | {date}"),
    "es": ("{name} del {weekday} {date}", "{name} – {date}", "{name}\n{weekday}, {date}", "{NAME} | {date}"),
}
REVIEW_NOTES = {
    "en": (
        "Prepared by the Communications Office. For internal use only.",
        "Internal — not for further distribution",
        "Compiled by the Press Office of Northwind Analytics",
    ),
    "de": (
        "Erstellt von der Pressestelle – nur für den internen Gebrauch.",
        "Intern – keine Weitergabe an Dritte",
        "Zusammengestellt von der Abteilung Kommunikation",
    ),
    "fr": (
        "Réalisée par le service communication – diffusion interne.",
        "Usage interne uniquement – ne pas diffuser",
        "Document préparé par la Direction de la communication",
    ),
    "es": (
        "Elaborado por el Gabinete de Comunicación. Uso interno.",
        "Documento interno – prohibida su difusión",
        "Preparado por el Departamento de Prensa",
    ),
}
REVIEW_INTROS = {
    "en": (
        "Today's selection: {n} articles from the national and international press.",
        "Below are the main stories of the day, with extracts.",
        "The following {n} clippings were selected for you this morning.",
    ),
    "de": (
        "Die heutige Auswahl umfasst {n} Artikel aus der nationalen und internationalen Presse.",
        "Im Folgenden die wichtigsten Meldungen des Tages in Auszügen.",
    ),
    "fr": (
        "Sélection du jour : {n} articles de la presse nationale et internationale.",
        "Voici, en extraits, les principaux articles parus ce matin.",
    ),
    "es": (
        "Selección del día: {n} artículos de la prensa nacional e internacional.",
        "A continuación, extractos de las principales noticias del día.",
    ),
}
# Source lines: {source} {date} {numeric} {iso} {page} {author} {section} {words}.
REVIEW_SOURCES = {
    "en": (
        "{source}, {date}",
        "— {source} (p. {page})",
        "Source: {source} | {numeric}",
        "{source} · {date} · page {page}",
        "{source}, {date}, by {author}",
        "Media: {source} | Date: {iso} | Words: {words}",
        "[{source}] {date}",
    ),
    "de": (
        "{source}, {date}",
        "— {source} (S. {page})",
        "Quelle: {source} | {numeric}",
        "{source} vom {date}, Seite {page}",
        "{source}, {date}, von {author}",
        "Medium: {source} | Datum: {numeric} | Ressort: {section} | {words} Wörter",
    ),
    "fr": (
        "{source}, {date}",
        "— {source} (p. {page})",
        "Source : {source} | {numeric}",
        "{source} du {date}, page {page}",
        "{source}, {date}, par {author}",
        "Support : {source} – Date : {numeric} – Rubrique : {section}",
    ),
    "es": (
        "{source}, {date}",
        "— {source} (pág. {page})",
        "Fuente: {source} | {numeric}",
        "{source}, {date}, pág. {page}",
        "{source}, {date}, por {author}",
        "Medio: {source} · Fecha: {numeric} · Sección: {section}",
    ),
}
REVIEW_LINKS = {
    "en": ("Read the article", "Full article: {url}", "Link: {url}", "→ {url}"),
    "de": ("Zum Artikel", "Zum Artikel: {url}", "Link: {url}", "→ Artikel lesen"),
    "fr": ("Lire la suite", "Lire l'article : {url}", "Lien : {url}", "→ Lire la suite"),
    "es": ("Leer el artículo completo", "Ver noticia: {url}", "Enlace: {url}", "→ Seguir leyendo"),
}
REVIEW_RIGHTS = {
    "en": ("© {source} {year}", "Copyright {year} {source}. All rights reserved."),
    "de": ("© {source} {year}", "Alle Rechte vorbehalten. © {source}"),
    "fr": ("© {source} {year}", "Tous droits réservés – {source}"),
    "es": ("© {source} {year}", "© {source}. Todos los derechos reservados."),
}
REVIEW_FOOTERS = {
    "en": (
        "This press review is for internal use only. Reproduction or forwarding is not permitted.",
        "Questions or suggestions? Write to press@northwind.example",
        "End of press review",
    ),
    "de": (
        "Dieser Pressespiegel ist ausschließlich für den internen Gebrauch bestimmt.",
        "Anregungen bitte an presse@heliosgrid.example",
        "Ende des Pressespiegels",
    ),
    "fr": (
        "Cette revue de presse est réservée à un usage interne. Toute reproduction est interdite.",
        "Suggestions : communication@societeverte.example",
        "Fin de la revue de presse",
    ),
    "es": (
        "Este resumen de prensa es para uso interno. Queda prohibida su reproducción.",
        "Sugerencias: prensa@grupoalba.example",
        "Fin del resumen de prensa",
    ),
}
# Outlets with page numbers, for the source lines that cite one.
PRINT_SOURCES = {
    "en": ("The Guardian", "Financial Times", "The Times", "The Wall Street Journal", "The Observer"),
    "de": ("Süddeutsche Zeitung", "FAZ", "Handelsblatt", "Die Welt", "Der Tagesspiegel"),
    "fr": ("Le Monde", "Le Figaro", "Libération", "Les Échos", "La Croix"),
    "es": ("El País", "La Vanguardia", "El Mundo", "ABC", "Expansión"),
}
TLDS = {"en": ".com", "de": ".de", "fr": ".fr", "es": ".es"}


def build_pressreview(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A press office's press review (Pressespiegel, revue de presse, resumen de prensa).

    The review's title and date, maybe an "internal use" note and a one-line intro, then per
    clipping: maybe a topic rubric in capitals (when the topic changes), the headline with a
    source line above or below it (outlet, date, page, author, word count in one of several
    shapes), the first 1-3 paragraphs, maybe a "Lire la suite" / "Zum Artikel: URL" line and a
    copyright line. Clippings are split by one or two blank lines, or none; maybe a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    name = rng.choice(REVIEW_NAMES[lang])
    weekday = WEEKDAYS[lang][when.weekday()]
    style = rng.choice(("long", "short", "us", "numeric"))
    source_line = rng.choice(REVIEW_SOURCES[lang])
    above = rng.random() < 0.35
    rubrics = rng.random() < 0.35
    links = rng.random() < 0.5
    link = rng.choice(REVIEW_LINKS[lang])
    rights = rng.choice(REVIEW_RIGHTS[lang]) if rng.random() < 0.3 else ""
    between = rng.choice(("one", "one", "two", "none"))
    headline = rng.choice(("plain", "plain", "plain", "title", "caps"))
    most = rng.choice((1, 2, 3))
    sheet = _Sheet()

    title = rng.choice(REVIEW_TITLES[lang])
    date = _date(when, lang, "long")
    sheet.add(*title.format(name=name, NAME=name.upper(), weekday=weekday, date=date).split("\n"))
    if rng.random() < 0.5:
        sheet.add(rng.choice(REVIEW_NOTES[lang]))
    if rng.random() < 0.5:
        sheet.blank(rng.randint(0, 1))
        sheet.add(rng.choice(REVIEW_INTROS[lang]).format(n=len(articles)))
    sheet.blank(rng.randint(1, 2))

    topic = ""
    for i, article in enumerate(articles):
        if i:
            sheet.blank({"one": 1, "two": 2, "none": 0}[between])
        if rubrics and (i == 0 or rng.random() < 0.4):
            new_topic = rng.choice([s for s in SECTIONS[lang] if s != topic])
            topic = new_topic
            sheet.add(topic.upper())
            sheet.blank(0 if between == "none" else 1)
        source = rng.choice(PRINT_SOURCES[lang] if "{page}" in source_line else SOURCES[lang])
        moment = when - dt.timedelta(days=rng.choice((0, 0, 0, 1, 2)))
        values = {
            "source": source,
            "date": _date(moment, lang, style),
            "numeric": _date(moment, lang, "numeric"),
            "iso": _date(moment, lang, "iso"),
            "page": rng.randint(1, 34),
            "author": rng.choice(AUTHORS),
            "section": topic or rng.choice(SECTIONS[lang]),
            "words": rng.randint(180, 1600),
        }
        line = source_line.format(**values)
        if headline == "caps":
            shown = article.title.upper()
        elif headline == "title":
            shown = _title_case(article.title)
        else:
            shown = article.title
        if above:
            sheet.add(line)
        sheet.add(shown)
        if not above:
            sheet.add(line)
        paragraphs = article.paragraphs[: rng.randint(1, most)]
        sheet.article(shown, paragraphs)
        if links and rng.random() < 0.8:
            host = "www." + re.sub(r"[^a-z0-9]+", "", _ascii(source).lower().removeprefix("the ")) + TLDS[lang]
            url = f"https://{host}/{_slug(SECTIONS[lang][i % 3], rng)}/{_slug(article.title, rng)}"
            sheet.add(link.format(url=url))
        if rights:
            sheet.add(rights.format(source=source, year=moment.year))

    if rng.random() < 0.5:
        sheet.blank(rng.randint(1, 2))
        sheet.add(*rng.sample(REVIEW_FOOTERS[lang], rng.randint(1, 2)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# magazine
# ---------------------------------------------------------------------------

MAGAZINES = {
    "en": ("Northern Review", "FIELD & CITY", "The Quarterly Example", "Horizon Magazine", "LONGFORM"),
    "de": ("Weitblick", "KOMPASS", "Das Magazin am Wochenende", "Perspektiven"),
    "fr": ("Regards", "L'HEBDO DES IDÉES", "Horizons Magazine", "Le Mensuel"),
    "es": ("Miradas", "REVISTA ALBA", "Semanal Ejemplo", "Perspectivas"),
}
SEASONS = {
    "en": ("Winter", "Spring", "Summer", "Autumn"),
    "de": ("Winter", "Frühjahr", "Sommer", "Herbst"),
    "fr": ("Hiver", "Printemps", "Été", "Automne"),
    "es": ("Invierno", "Primavera", "Verano", "Otoño"),
}
ISSUES = {
    "en": ("{SEASON} {year}", "{Month} {year}", "Issue {n} · {Month} {year}", "No. {n} / {Season} {year}"),
    "de": ("Ausgabe {m:02d}/{year}", "{Month} {year}", "Nr. {n} · {Season} {year}", "Heft {n} | {Month} {year}"),
    "fr": ("N° {n} – {month} {year}", "{Season} {year}", "Numéro {n} · {month} {year}"),
    "es": ("Número {n} · {Month} {year}", "{Season} {year}", "N.º {n} – {month} de {year}"),
}
CONTENTS = {
    "en": ("CONTENTS", "Contents", "In this issue", "INSIDE"),
    "de": ("INHALT", "Inhalt", "In dieser Ausgabe"),
    "fr": ("SOMMAIRE", "Sommaire", "Au sommaire"),
    "es": ("ÍNDICE", "Sumario", "En este número"),
}
COLUMNS = {
    "en": ("Editor's letter", "Letters", "Contributors", "Imprint", "Puzzles", "Last word"),
    "de": ("Editorial", "Leserbriefe", "Autorinnen und Autoren", "Impressum", "Rätsel"),
    "fr": ("Édito", "Courrier des lecteurs", "Contributeurs", "Mentions légales", "Jeux"),
    "es": ("Editorial", "Cartas", "Colaboradores", "Créditos", "Pasatiempos"),
}
RUBRICS = {
    "en": ("Reportage", "Essay", "Feature", "Profile", "Science", "Culture", "Dispatch", "Investigation"),
    "de": ("Reportage", "Essay", "Porträt", "Wissen", "Kultur", "Gesellschaft", "Recherche"),
    "fr": ("Reportage", "Essai", "Portrait", "Enquête", "Sciences", "Culture", "Société"),
    "es": ("Reportaje", "Ensayo", "Perfil", "Ciencia", "Cultura", "Sociedad", "Investigación"),
}
STANDFIRSTS = {
    "en": (
        "How a single decision set off a chain of events nobody had planned for.",
        "A closer look at the people behind the headlines, and what they want.",
        "The story everyone thinks they know turns out to be more complicated.",
        "Why the answer matters more than ever, and who is asking.",
        "On the ground with those who live with the consequences.",
        "What the numbers say, and what they leave out.",
        "A year after the first reports, the questions have only multiplied.",
    ),
    "de": (
        "Wie eine einzige Entscheidung eine Kette von Ereignissen auslöste.",
        "Ein genauer Blick auf die Menschen hinter den Schlagzeilen.",
        "Die Geschichte, die alle zu kennen glauben, ist komplizierter.",
        "Was die Zahlen sagen – und was sie verschweigen.",
        "Unterwegs mit denen, die mit den Folgen leben müssen.",
    ),
    "fr": (
        "Comment une seule décision a déclenché une série d'événements imprévus.",
        "Plongée auprès de celles et ceux qui font l'actualité.",
        "Une histoire que l'on croit connaître, et qui est plus complexe qu'il n'y paraît.",
        "Ce que disent les chiffres, et ce qu'ils taisent.",
        "Sur le terrain, avec ceux qui vivent les conséquences.",
    ),
    "es": (
        "Cómo una sola decisión desencadenó una serie de acontecimientos imprevistos.",
        "Una mirada de cerca a las personas detrás de los titulares.",
        "Una historia que todos creen conocer y que es más compleja de lo que parece.",
        "Lo que dicen las cifras y lo que callan.",
        "Sobre el terreno, con quienes viven las consecuencias.",
    ),
}
CREDITS = {
    "en": ("Text: {a} / Photos: {b}", "Words by {a} · Photography by {b}", "By {a}", "Story {a} | Pictures {b}"),
    "de": ("Text: {a} / Fotos: {b}", "Von {a} (Text) und {b} (Fotos)", "Text {a} · Fotos {b}", "Von {a}"),
    "fr": ("Texte : {a} / Photos : {b}", "Par {a} – Photos {b}", "Texte {a} · Photos {b}"),
    "es": ("Texto: {a} / Fotos: {b}", "Por {a} · Fotografía: {b}", "Texto {a} | Fotos {b}"),
}
SUBHEADS = {
    "en": (
        "A turning point",
        "What comes next",
        "The bigger picture",
        "Behind the numbers",
        "An uneasy calm",
        "Questions remain",
        "The long road",
        "Lessons learned",
    ),
    "de": ("Ein Wendepunkt", "Wie es weitergeht", "Das große Ganze", "Hinter den Zahlen", "Offene Fragen"),
    "fr": ("Un tournant", "Et maintenant ?", "Vue d'ensemble", "Derrière les chiffres", "Des questions en suspens"),
    "es": (
        "Un punto de inflexión",
        "Lo que viene",
        "El panorama general",
        "Detrás de las cifras",
        "Preguntas abiertas",
    ),
}
QUOTES = {"en": ("“{q}”", '"{q}"'), "de": ("„{q}“", "»{q}«"), "fr": ("« {q} »",), "es": ("«{q}»", "“{q}”")}
# Page footers: (left page, right page); {n} page, {name} magazine, {issue} issue.
MAG_FOOTERS = (
    ("{n} | {name} | {issue}", "{issue} | {name} | {n}"),
    ("{n}   {name}   {issue}", "{name}   {issue}   {n}"),
    ("{n} {name}", "{issue} {n}"),
    ("{n}", "{n}"),
    ("{name} · {issue} · {n}", "{name} · {issue} · {n}"),
)
END_MARKS = (" ■", " ◆", " ●", " □", " ∎")
BIOS = {
    "en": ("{a} is a freelance writer based in {city}.", "{a} is a contributing editor of {name}."),
    "de": ("{a} lebt und schreibt in {city}.", "{a} schreibt regelmäßig für {name}."),
    "fr": ("{a} vit et écrit à {city}.", "{a} collabore régulièrement à {name}."),
    "es": ("{a} vive y escribe en {city}.", "{a} colabora habitualmente con {name}."),
}


def _issue(when: dt.datetime, lang: str, rng: random.Random) -> str:
    month = MONTHS[lang][when.month - 1]
    season = SEASONS[lang][(when.month % 12) // 3]
    return rng.choice(ISSUES[lang]).format(
        SEASON=season.upper(),
        Season=season,
        Month=month[0].upper() + month[1:],
        month=month,
        year=when.year,
        m=when.month,
        n=rng.randint(12, 240),
    )


def _pull_quote(paragraphs: Sequence[str], lang: str, rng: random.Random) -> str:
    """A sentence of the article (40-140 characters, not a whole paragraph) in the page's quotation
    marks, or "" if none fits."""
    sentences = [
        sentence.strip("“”\"'«» ")
        for paragraph in paragraphs
        for sentence in re.split(r"(?<=[.!?])\s+", paragraph)
        if 40 <= len(sentence) <= 140 and sentence != paragraph
    ]
    return rng.choice(QUOTES[lang]).format(q=rng.choice(sentences)) if sentences else ""


def build_magazine(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A magazine issue dumped from its PDF, several features in full.

    The masthead and the issue ("WINTER 2024", "Ausgabe 12/2024", "N° 147 – décembre 2024"), a
    table of contents (page numbers before or after the titles, dot leaders, regular columns
    such as "Letters" or "Impressum" that are not in the dump), then per article: a rubric
    ("REPORTAGE", "Essay"), the headline (as written, in capitals or Title Case), a one-sentence
    deck, credits ("Text: NAME / Photos: NAME"), the paragraphs, inside some articles a
    sub-heading or a pull quote (a sentence of the article in quotation marks), running page
    footers where a page turns ("34 | MAGAZINE | WINTER 2024", odd and even pages differ), maybe
    an end mark on the last paragraph and a bio line ("NAME is a freelance writer based in ...").
    """
    lang = _lang(rng)
    when = _when(rng)
    name = rng.choice(MAGAZINES[lang])
    issue = _issue(when, lang, rng)
    footer_pair = rng.choice(MAG_FOOTERS)
    footer_caps = rng.random() < 0.5
    headline = rng.choice(("plain", "plain", "caps", "title"))
    gap = rng.random() < 0.7
    rubric_case = rng.choice(("upper", "as is", "none"))
    decks = rng.random() < 0.8
    deck_pool = rng.sample(STANDFIRSTS[lang], len(STANDFIRSTS[lang]))
    credits = rng.choice(CREDITS[lang]) if rng.random() < 0.8 else ""
    credits_after = rng.random() < 0.3  # credits under the last paragraph instead of under the deck
    subhead_odds = rng.choice((0.0, 0.4, 0.7))
    subhead_caps = rng.random() < 0.4
    quote_odds = rng.choice((0.0, 0.3, 0.6))
    end_mark = rng.choice(END_MARKS) if rng.random() < 0.4 else ""
    bio = rng.choice(BIOS[lang]) if rng.random() < 0.3 else ""
    rubrics = rng.sample(RUBRICS[lang], len(RUBRICS[lang]))

    # Plan the pages: each article starts on a page, turns pages at some paragraph boundaries,
    # and ads or photo spreads sit between articles.
    page = rng.randint(6, 24)
    starts: list[int] = []
    turns: list[list[int]] = []
    for article in articles:
        starts.append(page)
        size = len(article.paragraphs)
        where = [j for j in range(2, size) if rng.random() < 0.3][:3]
        turns.append(where)
        page += len(where) + 1 + rng.choice((0, 0, 1, 2))

    def footer(n: int) -> str:
        label = name.upper() if footer_caps else name
        shown_issue = issue.upper() if footer_caps else issue
        return footer_pair[n % 2].format(n=n, name=label, issue=shown_issue)

    def shown(title: str) -> str:
        if headline == "caps":
            return title.upper()
        return _title_case(title) if headline == "title" else title

    sheet = _Sheet()
    if rng.random() < 0.5:
        sheet.add(name, issue)
    else:
        sheet.add(f"{name} · {issue}" if rng.random() < 0.5 else f"{name.upper()}  {issue.upper()}")
    sheet.blank()
    sheet.add(rng.choice(CONTENTS[lang]))
    if gap:
        sheet.blank()
    toc_shape = rng.choice(("{n}  {title}", "{title} .......... {n}", "{n} {rubric}\n{title}", "{title}  {n}"))
    entries = [
        (n, article.title, rubrics[i % len(rubrics)])
        for i, (n, article) in enumerate(zip(starts, articles, strict=True))
    ]
    columns = rng.sample(COLUMNS[lang], rng.randint(0, 3))
    for k, column in enumerate(columns):
        before = k % 2 == 0 and starts[0] > 4
        entries.append((rng.randint(3, starts[0] - 1) if before else page + rng.randint(1, 8), column, ""))
    for n, title, rubric in sorted(entries):
        shape = toc_shape if rubric else toc_shape.replace(" {rubric}\n", "  ")
        sheet.add(*shape.format(n=n, title=title, rubric=rubric.upper()).split("\n"))
    sheet.blank(2)

    last_page = 0
    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 2))
            if rng.random() < 0.6:
                sheet.add(footer(last_page))
                sheet.blank()
        page = starts[i]
        a, b = rng.sample(AUTHORS, 2)
        if rubric_case != "none" and rng.random() < 0.85:
            rubric = rubrics[i % len(rubrics)]
            sheet.add(rubric.upper() if rubric_case == "upper" else rubric)
        title = shown(article.title)
        sheet.add(title)
        if decks and rng.random() < 0.8:
            sheet.add(deck_pool[i % len(deck_pool)])
        if credits and not credits_after:
            sheet.add(credits.format(a=a, b=b))
        if gap:
            sheet.blank()
        paragraphs = article.paragraphs
        breaks: dict[int, list[list[str]]] = {}
        for j in turns[i]:
            breaks.setdefault(j, []).append([footer(page)])
            page += 1
        size = len(paragraphs)
        if size >= 4 and rng.random() < subhead_odds:
            spots = rng.sample(range(2, size), min(size - 2, rng.choice((1, 1, 2))))
            for j in sorted(spots):
                subhead = rng.choice(SUBHEADS[lang])
                breaks.setdefault(j, []).append([subhead.upper() if subhead_caps else subhead])
        if size >= 3 and rng.random() < quote_odds:
            quote = _pull_quote(paragraphs, lang, rng)
            if quote:
                j = rng.randrange(1, size)
                breaks.setdefault(j, []).insert(0, [quote])
        write_article(sheet, title, paragraphs, gap, breaks, suffixes={len(paragraphs) - 1: end_mark})
        if bio or (credits and credits_after):
            sheet.blank(1 if gap else 0)
            if credits and credits_after:
                sheet.add(credits.format(a=a, b=b))
            if bio:
                sheet.add(bio.format(a=a, city=rng.choice(CARD_CITIES), name=name))
        last_page = page
    sheet.blank()
    sheet.add(footer(last_page))
    return sheet.draft()


# ---------------------------------------------------------------------------
# social
# ---------------------------------------------------------------------------

SUBREDDITS = {
    "en": ("worldnews", "news", "technology", "science", "europe", "TrueReddit", "Economics"),
    "de": ("de", "Austria", "Finanzen", "de_EDV"),
    "fr": ("france", "Quebec", "actualite"),
    "es": ("spain", "argentina", "mexico", "es"),
}
REDDIT_HEADERS = {
    "en": ("Hot posts", "Sorted by: Best", "Top posts this week", "{k}k members · {m} online"),
    "de": ("Beliebte Beiträge", "Sortiert nach: Beste", "{k}k Mitglieder · {m} online"),
    "fr": ("Publications populaires", "Trier par : Meilleurs", "{k}k membres · {m} en ligne"),
    "es": ("Publicaciones populares", "Ordenar por: Mejores", "{k}k miembros · {m} en línea"),
}
REDDIT_POSTED = {
    "en": ("Posted by u/{h} · {t}", "u/{h} · {t}", "r/{sub} · Posted by u/{h} {t}", "submitted {t} by {h}"),
    "de": ("Gepostet von u/{h} · {t}", "u/{h} · {t}", "r/{sub} · u/{h} · {t}"),
    "fr": ("Publié par u/{h} · {t}", "u/{h} · {t}", "r/{sub} · u/{h} · {t}"),
    "es": ("Publicado por u/{h} · {t}", "u/{h} · {t}", "r/{sub} · u/{h} · {t}"),
}
FLAIRS = {
    "en": ("News", "Discussion", "Analysis", "Opinion/Analysis", "Misleading title", "Article"),
    "de": ("Nachrichten", "Diskussion", "Artikel", "Politik"),
    "fr": ("Actualité", "Discussion", "Politique", "Société"),
    "es": ("Noticia", "Debate", "Política", "Sociedad"),
}
REDDIT_COUNTERS = {
    "en": (
        "{p} points · {c} comments",
        "{p} upvotes  {c} comments  Share",
        "▲ {p} ▼  💬 {c}  Share",
        "{pk}  {c} Comments  Share  Save",
        "{c} comments  share  save  hide  report",
    ),
    "de": ("{p} Punkte · {c} Kommentare", "▲ {p} ▼  💬 {c}  Teilen", "{pk}  {c} Kommentare  Teilen"),
    "fr": ("{p} points · {c} commentaires", "▲ {p} ▼  💬 {c}  Partager", "{pk}  {c} commentaires  Partager"),
    "es": ("{p} puntos · {c} comentarios", "▲ {p} ▼  💬 {c}  Compartir", "{pk}  {c} comentarios  Compartir"),
}
INSTANCES = ("mastodon.social", "chaos.social", "mastodon.online", "social.example", "toot.example.org")
MASTODON_HEADERS = {
    "en": ("Home", "Local timeline", "Federated timeline", "Explore · Posts", "#{tag}"),
    "de": ("Startseite", "Lokale Timeline", "Föderierte Timeline", "#{tag}"),
    "fr": ("Accueil", "Fil public local", "Fil public global", "#{tag}"),
    "es": ("Inicio", "Cronología local", "Cronología federada", "#{tag}"),
}
BOOSTED = {"en": "{who} boosted", "de": "{who} hat geteilt", "fr": "{who} a partagé", "es": "{who} ha impulsado"}
THREAD_LABELS = ("🧵 ", "Thread: ", "📰 ", "")
MASTODON_COUNTERS = {
    "en": (
        "↩ {r}  ↻ {b}  ★ {f}",
        "{b} boosts · {f} favourites",
        "♥ {f}  ↻ {b}",
        "{r} replies, {b} boosts, {f} favourites",
    ),
    "de": ("↩ {r}  ↻ {b}  ★ {f}", "{b} Mal geteilt · {f} Mal favorisiert", "♥ {f}  ↻ {b}"),
    "fr": ("↩ {r}  ↻ {b}  ★ {f}", "{b} partages · {f} favoris", "♥ {f}  ↻ {b}"),
    "es": ("↩ {r}  ↻ {b}  ★ {f}", "{b} impulsos · {f} favoritos", "♥ {f}  ↻ {b}"),
}
HASHTAGS = {
    "en": ("#news", "#politics", "#science", "#tech", "#health", "#media", "#journalism", "#longread", "#world"),
    "de": ("#Nachrichten", "#Politik", "#Wissenschaft", "#Medien", "#Gesundheit", "#Technik"),
    "fr": ("#actu", "#politique", "#sciences", "#médias", "#santé", "#numérique"),
    "es": ("#noticias", "#política", "#ciencia", "#medios", "#salud", "#tecnología"),
}
HOME = {"en": "Home", "de": "Startseite", "fr": "Accueil", "es": "Inicio"}
LINKEDIN_HEADERS = {
    "en": (("Feed", "Home", "Start a post"), ("Sort by: Top", "Sort by: Recent")),
    "de": (("Startseite", "Beitrag beginnen"), ("Sortieren nach: Relevanz", "Sortieren nach: Neueste")),
    "fr": (("Accueil", "Commencer un post"), ("Trier par : Pertinence", "Trier par : Récents")),
    "es": (("Inicio", "Crear publicación"), ("Ordenar por: Relevantes", "Ordenar por: Recientes")),
}
DEGREES = {
    "en": ("1st", "2nd", "3rd+"),
    "de": ("1.", "2.", "3.+"),
    "fr": ("1er", "2e", "3e+"),
    "es": ("1.º", "2.º", "3.º+"),
}
FOLLOW_WORD = {"en": "Follow", "de": "Folgen", "fr": "Suivre", "es": "Seguir"}
JOBS = {
    "en": (
        "Senior Editor at Example Media",
        "Journalist | Speaker | Author",
        "Head of Communications at Northwind Analytics",
        "Policy analyst · Views my own",
        "Correspondent, {city}",
    ),
    "de": ("Redakteurin bei Beispiel Verlag", "Journalist | Autor | Moderator", "Leiter Kommunikation, Helios Grid AG"),
    "fr": (
        "Journaliste chez Exemple Presse",
        "Rédactrice en chef adjointe",
        "Responsable communication, Société Verte",
    ),
    "es": ("Periodista en Ejemplo Medios", "Redactora jefe | Conferenciante", "Director de Comunicación, Grupo Alba"),
}
LINKEDIN_AGES = {
    "en": ("{t} • Edited • 🌐", "{t} • 🌐", "{t} ago"),
    "de": ("{t} • Bearbeitet • 🌐", "{t} • 🌐"),
    "fr": ("{t} • Modifié • 🌐", "{t} • 🌐"),
    "es": ("{t} • Editado • 🌐", "{t} • 🌐"),
}
LIKED = {
    "en": ("{who} likes this", "{who} commented on this", "{who} reposted this"),
    "de": ("{who} gefällt das", "{who} hat das kommentiert"),
    "fr": ("{who} aime ça", "{who} a commenté ceci"),
    "es": ("A {who} le gusta esto", "{who} ha comentado esto"),
}
SEE_MORE = {"en": ("…see more", "... more"), "de": ("… mehr anzeigen",), "fr": ("…voir plus",), "es": ("…ver más",)}
LINKEDIN_COUNTS = {
    "en": ("{n} · {c} comments · {r} reposts", "{e} {n}", "{e} {who} and {n} others", "{c} comments"),
    "de": ("{n} · {c} Kommentare · {r} Reposts", "{e} {n}", "{e} {who} und {n} weitere Personen"),
    "fr": ("{n} · {c} commentaires · {r} republications", "{e} {n}", "{e} {who} et {n} autres personnes"),
    "es": ("{n} · {c} comentarios · {r} veces compartido", "{e} {n}", "{e} {who} y {n} personas más"),
}
LINKEDIN_ACTIONS = {
    "en": ("Like · Comment · Repost · Send", "Like  Comment  Repost  Send"),
    "de": ("Gefällt mir · Kommentieren · Reposten · Senden", "Gefällt mir  Kommentieren  Teilen  Senden"),
    "fr": ("J'aime · Commenter · Republier · Envoyer", "J'aime  Commenter  Republier  Envoyer"),
    "es": ("Recomendar · Comentar · Compartir · Enviar", "Recomendar  Comentar  Compartir  Enviar"),
}
REACTION_EMOJI = ("👍", "👍❤️", "👍💡❤️", "👏👍")


def _handle(name: str, rng: random.Random, shape: str) -> str:
    first, *_, last = re.findall(r"[A-Za-z]+", _ascii(name)) or ["user", "name"]
    return shape.format(
        first=first.lower(), last=last.lower(), f=first[0].lower(), First=first, Last=last, n=rng.randint(7, 99)
    )


def _count(n: int, lang: str) -> str:
    """A counter as feeds print it: "842", "1.2k" ("1,2k" in German, French and Spanish)."""
    if n < 1000:
        return str(n)
    short = f"{n / 1000:.1f}k"
    return short if lang == "en" else short.replace(".", ",")


def _thousands(n: int, lang: str) -> str:
    """`n` with the language's thousands separator ("2,098", "2.098", "2 098")."""
    return f"{n:,}".replace(",", {"en": ",", "de": ".", "fr": "\u202f", "es": "."}[lang])


def build_social(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A social or community feed exported as text, one long post per article, one platform per page.

    Reddit-like: a subreddit header, per post "Posted by u/name · 5h" (or "r/sub · ..."), the
    title (maybe with a "[News]" flair before it, or a flair line under it), the self-text, a
    counter ("142 points · 37 comments", "▲ 142 ▼ 💬 37 Share"). Mastodon-like: a timeline
    header, per post maybe "NAME boosted", the display name and "@name@instance", an age, a
    title line (maybe after "🧵"), the paragraphs, hashtags, "↩ 3  ↻ 4  ★ 12". LinkedIn-like:
    "Feed" / "Sort by: Top", per post maybe "NAME likes this", "NAME • 2nd • Follow", a job line,
    "3d • Edited • 🌐", a title line, the paragraphs (or the first ones and "…see more"), a
    reaction count and "Like · Comment · Repost · Send". Posts are split by 0-2 blank lines.
    """
    lang = _lang(rng)
    platform = rng.choice(("reddit", "reddit", "mastodon", "linkedin"))
    gap = rng.random() < 0.6
    between = rng.choice((0, 1, 1, 2)) if not gap else rng.choice((1, 2, 2))
    age_shape = rng.randint(0, 1)
    handle_shape = rng.choice(("{first}_{last}", "{f}{last}", "{First}{Last}{n}", "{last}{n}", "{first}{n}"))
    minutes = rng.randint(5, 90)
    sheet = _Sheet()

    if platform == "reddit":
        sub = rng.choice(SUBREDDITS[lang])
        home = rng.random() < 0.3
        posted = rng.choice(REDDIT_POSTED[lang])
        if not home:
            posted = posted.replace("r/{sub} · ", "")
        counter = rng.choice(REDDIT_COUNTERS[lang])
        flair = rng.choice(("", "prefix", "line"))
        flair_pool = FLAIRS[lang]
        domain_line = rng.random() < 0.2
        short = rng.random() < 0.5
        sheet.add(HOME[lang] if home else f"r/{sub}")
        if rng.random() < 0.7:
            sheet.add(rng.choice(REDDIT_HEADERS[lang]).format(k=rng.randint(12, 900), m=rng.randint(40, 9000)))
        sheet.blank(rng.randint(0, 1))
        for i, article in enumerate(articles):
            if i:
                sheet.blank(between)
            minutes += rng.randint(10, 400)
            post_sub = rng.choice(SUBREDDITS[lang]) if home else sub
            handle = _handle(rng.choice(AUTHORS), rng, handle_shape)
            sheet.add(posted.format(h=handle, t=_relative(lang, minutes, age_shape), sub=post_sub))
            tag = rng.choice(flair_pool) if flair and rng.random() < 0.8 else ""
            sheet.add(f"[{tag}] {article.title}" if tag and flair == "prefix" else article.title)
            if tag and flair == "line":
                sheet.add(tag)
            if domain_line:
                sheet.add(f"self.{post_sub}")
            if gap:
                sheet.blank()
            sheet.article(article.title, article.paragraphs, gap=gap)
            if gap:
                sheet.blank()
            points = rng.choice((rng.randint(2, 90), rng.randint(90, 3000), rng.randint(3000, 40_000)))
            comments = rng.randint(points // 40, max(3, points // 6))
            sheet.add(counter.format(p=_count(points, lang) if short else points, pk=_count(points, lang), c=comments))
        return sheet.draft()

    if platform == "mastodon":
        instance = rng.choice(INSTANCES)
        who_shape = rng.choice(("{name}\n@{h}@{i}", "{name} @{h}@{i}", "@{h}@{i}", "{name}\n@{h}"))
        age_apart = rng.random() < 0.5
        counter = rng.choice(MASTODON_COUNTERS[lang])
        label = rng.choice(THREAD_LABELS)
        tags = rng.random() < 0.6
        header = rng.choice(MASTODON_HEADERS[lang]).format(tag=rng.choice(HASHTAGS[lang]).lstrip("#"))
        sheet.add(header)
        if rng.random() < 0.5:
            sheet.add(instance)
        sheet.blank(rng.randint(0, 1))
        for i, article in enumerate(articles):
            if i:
                sheet.blank(between)
            minutes += rng.randint(5, 300)
            name = rng.choice(AUTHORS)
            if rng.random() < 0.2:
                sheet.add(BOOSTED[lang].format(who=rng.choice(AUTHORS)))
            who = who_shape.format(name=name, h=_handle(name, rng, handle_shape), i=rng.choice(INSTANCES))
            age = _relative(lang, minutes, 0)
            if age_apart:
                sheet.add(*who.split("\n"), age)
            else:
                lines = who.split("\n")
                sheet.add(*lines[:-1], f"{lines[-1]} · {age}")
            sheet.add(label + article.title if label and rng.random() < 0.7 else article.title)
            if gap:
                sheet.blank()
            paragraphs = article.paragraphs[: rng.randint(1, 4)]
            sheet.article(article.title, paragraphs, gap=gap)
            if tags and rng.random() < 0.7:
                if gap:
                    sheet.blank()
                sheet.add(" ".join(rng.sample(HASHTAGS[lang], rng.randint(1, 4))))
            r, b, f = rng.randint(0, 30), rng.randint(0, 200), rng.randint(1, 600)
            sheet.add(counter.format(r=r, b=b, f=f))
        return sheet.draft()

    # linkedin
    degree = rng.random() < 0.7
    follow = rng.random() < 0.5
    age_shape_li = rng.choice(LINKEDIN_AGES[lang])
    more = rng.choice(SEE_MORE[lang])
    excerpts = rng.random() < 0.5
    counts = rng.choice(LINKEDIN_COUNTS[lang])
    actions = rng.choice(LINKEDIN_ACTIONS[lang]) if rng.random() < 0.7 else ""
    tops, sorts = LINKEDIN_HEADERS[lang]
    if rng.random() < 0.7:
        sheet.add(rng.choice(tops))
    sheet.add(rng.choice(sorts))
    sheet.blank(rng.randint(0, 1))
    for i, article in enumerate(articles):
        if i:
            sheet.blank(between)
        minutes += rng.randint(60, 3000)
        name = rng.choice(AUTHORS)
        if rng.random() < 0.25:
            sheet.add(rng.choice(LIKED[lang]).format(who=rng.choice(AUTHORS)))
        top = name
        rank = rng.randrange(3)
        if degree:
            top += f" • {DEGREES[lang][rank]}"
        if follow and rank and rng.random() < 0.6:
            top += f" • {FOLLOW_WORD[lang]}"
        sheet.add(top)
        sheet.add(rng.choice(JOBS[lang]).format(city=rng.choice(CARD_CITIES)))
        sheet.add(age_shape_li.format(t=_relative(lang, minutes, 0)))
        sheet.add(article.title)
        if gap:
            sheet.blank()
        cut = excerpts and len(article.paragraphs) > 1 and rng.random() < 0.8
        paragraphs = article.paragraphs[: rng.randint(1, min(3, len(article.paragraphs) - 1))] if cut else None
        sheet.article(article.title, paragraphs or article.paragraphs, gap=gap)
        if cut:
            sheet.add(more)
        n = _thousands(rng.randint(3, 2400), lang)
        emoji = rng.choice(REACTION_EMOJI)
        sheet.add(counts.format(n=n, c=rng.randint(0, 90), r=rng.randint(0, 40), e=emoji, who=rng.choice(AUTHORS)))
        if actions:
            sheet.add(actions)
    return sheet.draft()


# ---------------------------------------------------------------------------
# bulletin
# ---------------------------------------------------------------------------

INSTITUTIONS = {
    "en": (
        ("Northfield University", "northfield.example.edu"),
        ("City of Riverside", "riverside.example.gov"),
        ("Northwind Analytics", "intranet.northwind.example"),
        ("Example Health Trust", "healthtrust.example.org"),
    ),
    "de": (
        ("Universität Nordstadt", "uni-nordstadt.example"),
        ("Stadt Beispielhausen", "beispielhausen.example"),
        ("Helios Grid AG", "intranet.heliosgrid.example"),
    ),
    "fr": (
        ("Université de Villeneuve", "univ-villeneuve.example"),
        ("Mairie de Saint-Exemple", "saint-exemple.example"),
        ("Société Verte", "intranet.societeverte.example"),
    ),
    "es": (
        ("Universidad de Villanueva", "uvillanueva.example"),
        ("Ayuntamiento de Ejemplo", "ayto-ejemplo.example"),
        ("Grupo Alba", "intranet.grupoalba.example"),
    ),
}
BULLETIN_NAMES = {
    "en": ("Staff Bulletin", "Weekly News Digest", "News for staff and students", "Intranet roundup", "Bulletin"),
    "de": ("Mitteilungen", "Rundschreiben", "Wochenrückblick", "Intranet-News", "Amtliches Mitteilungsblatt"),
    "fr": ("Lettre d'information interne", "Bulletin hebdomadaire", "Les brèves de la semaine", "Bulletin municipal"),
    "es": ("Boletín interno", "Boletín semanal", "Noticias de la semana", "Boletín informativo municipal"),
}
ISSUE_LINES = {
    "en": ("No. {n} · {date}", "Issue {n}/{year} — {date}", "{weekday}, {date}", "Volume {v}, number {n}"),
    "de": ("Nr. {n} · {date}", "Ausgabe {n}/{year} – {date}", "{weekday}, {date}", "Jahrgang {v}, Nr. {n}"),
    "fr": ("N° {n} – {date}", "Numéro {n} – {weekday} {date}", "{weekday} {date}"),
    "es": ("Núm. {n} – {date}", "Número {n} · {weekday}, {date}", "Año {v}, núm. {n}"),
}
BULLETIN_INTROS = {
    "en": (
        "Items for the next issue should reach the editorial office by Tuesday noon.",
        "This bulletin is published every {weekday} by the Office of Communications.",
        "The main news from across the organisation this week.",
    ),
    "de": (
        "Beiträge für die nächste Ausgabe bitte bis Dienstag, 12 Uhr, an die Redaktion.",
        "Die Mitteilungen erscheinen jeden {weekday}.",
    ),
    "fr": (
        "Les contributions pour le prochain numéro sont à envoyer avant mardi midi.",
        "Ce bulletin paraît chaque {weekday}.",
    ),
    "es": (
        "Las contribuciones para el próximo número deben enviarse antes del martes a las 12:00.",
        "Este boletín se publica cada {weekday}.",
    ),
}
BULLETIN_SECTIONS = {
    "en": (
        "Research",
        "Campus",
        "Teaching and learning",
        "People",
        "Events",
        "Announcements",
        "Health and safety",
        "IT services",
        "From the press",
    ),
    "de": ("Forschung", "Campus", "Studium und Lehre", "Personalien", "Veranstaltungen", "Bekanntmachungen", "Presse"),
    "fr": ("Recherche", "Vie du campus", "Formation", "Ressources humaines", "Agenda", "Annonces", "Dans la presse"),
    "es": ("Investigación", "Campus", "Docencia", "Personal", "Agenda", "Avisos", "En los medios"),
}
SECTION_WORDS = {"en": "Section", "de": "Rubrik", "fr": "Rubrique", "es": "Sección"}
ROMAN = ("I", "II", "III", "IV", "V", "VI")
TRAILERS = {
    "en": (
        "Contact: {name}, {email}",
        "More information: {url}",
        "Further details: {name} (ext. {ext})",
        "Enquiries to {email}",
        "Info: {url}",
    ),
    "de": (
        "Kontakt: {name}, {email}",
        "Weitere Informationen: {url}",
        "Ansprechpartnerin: {name}, Tel. {ext}",
        "Infos unter {url}",
    ),
    "fr": ("Contact : {name}, {email}", "Plus d'informations : {url}", "Renseignements : {name} (poste {ext})"),
    "es": ("Contacto: {name}, {email}", "Más información: {url}", "Consultas: {name} (ext. {ext})"),
}
EVENT_LINES = {
    "en": ("When: {when} · Where: {room}", "Date: {when}\nVenue: {room}", "{when}, {room}"),
    "de": ("Wann: {when} · Wo: {room}", "Termin: {when}\nOrt: {room}", "{when}, {room}"),
    "fr": ("Quand : {when} · Où : {room}", "Date : {when}\nLieu : {room}", "{when}, {room}"),
    "es": ("Cuándo: {when} · Dónde: {room}", "Fecha: {when}\nLugar: {room}", "{when}, {room}"),
}
ROOMS = {
    "en": ("Room B 2.14", "Main Hall", "Senate Room", "Library, ground floor", "online (Teams)"),
    "de": ("Raum B 2.14", "Hörsaal 1", "Senatssaal", "Bibliothek, EG", "online (Zoom)"),
    "fr": ("Salle B 2.14", "Amphithéâtre A", "Salle du conseil", "en ligne (Teams)"),
    "es": ("Aula B 2.14", "Salón de actos", "Sala de juntas", "en línea (Teams)"),
}
BULLETIN_FOOTERS = {
    "en": (
        "Next issue: {date}",
        "Editor: {name} · Office of Communications · {email}",
        "Published by {org}. To stop receiving this bulletin, contact {email}.",
    ),
    "de": (
        "Nächste Ausgabe: {date}",
        "Redaktion: {name} · Stabsstelle Kommunikation · {email}",
        "Herausgeber: {org}",
    ),
    "fr": ("Prochain numéro : {date}", "Rédaction : {name} – Service communication – {email}", "Éditeur : {org}"),
    "es": ("Próximo número: {date}", "Redacción: {name} · Gabinete de Comunicación · {email}", "Edita: {org}"),
}


EVENT_CLOCKS = {
    "en": ("{h}:{M:02d} {ampm}", "{H:02d}:{M:02d}"),
    "de": ("{H:02d}.{M:02d} Uhr", "{H:02d}:{M:02d} Uhr"),
    "fr": ("{H:02d}h{M:02d}", "{H:02d} h {M:02d}"),
    "es": ("{H:02d}:{M:02d} h", "{H:02d}.{M:02d} h"),
}


def _marker(style: str, k: int, lang: str) -> str:
    """The label of the k-th section (0-based) in the page's numbering style."""
    return {
        "letter": f"{'ABCDEF'[k]}.",
        "roman": f"{ROMAN[k]}.",
        "arabic": f"{k + 1}.",
        "paren": f"{'ABCDEF'[k]})",
        "word": f"{SECTION_WORDS[lang]} {k + 1} –",
        "bar": f"{k + 1} |",
    }[style]


def build_bulletin(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """An institutional bulletin or digest (university staff news, a town hall's bulletin, an intranet).

    The institution, the bulletin's name and its issue line ("No. 42 · 3 December 2024"), maybe a
    line about submissions, then one to three sections headed "A. Research", "II. Campus", "2.
    Events", "Rubrik 2 – Veranstaltungen" (maybe in capitals, maybe underlined), each with one or
    more items: the headline as written (maybe numbered "2.1" or "(a)"), maybe an event line
    ("When: Thursday 5 December, 14:00 · Where: Room B 2.14"), the paragraphs (all, or the first
    few), maybe a "Contact: NAME, email" / "More information: URL" trailer. Items are separated
    only by one or two blank lines; on some pages an item's paragraphs are too. Maybe a footer
    ("Next issue: ...", "Editor: ...").
    """
    lang = _lang(rng)
    org, domain = rng.choice(INSTITUTIONS[lang])
    when = _when(rng)
    weekday = WEEKDAYS[lang][when.weekday()]
    date_style = rng.choice(("long", "short", "numeric"))
    style = rng.choice(("letter", "roman", "arabic", "paren", "word", "bar"))
    caps = rng.random() < 0.4
    underline = rng.choice(("", "", "-", "="))
    numbering = rng.choice(("", "", "", "dotted" if style == "arabic" else "", "letters"))
    gap = rng.random() < 0.3
    between = rng.choice(("one", "two", "mixed")) if not gap else rng.choice(("two", "mixed"))
    excerpts = rng.random() < 0.6
    trailer_odds = rng.choice((0.0, 0.5, 0.8))
    events = rng.random() < 0.4
    event_shape = rng.choice(EVENT_LINES[lang])
    clock = rng.choice(EVENT_CLOCKS[lang])
    sheet = _Sheet()

    name = rng.choice(BULLETIN_NAMES[lang])
    issue = rng.choice(ISSUE_LINES[lang]).format(
        n=rng.randint(2, 60), year=when.year, v=rng.randint(3, 70), weekday=weekday, date=_date(when, lang, "long")
    )
    if rng.random() < 0.5:
        sheet.add(org, name, issue)
    else:
        sheet.add(f"{org} — {name}", issue)
    if rng.random() < 0.4:
        sheet.add(rng.choice(BULLETIN_INTROS[lang]).format(weekday=weekday))
    sheet.blank(rng.randint(1, 2))

    count = len(articles)
    groups = rng.randint(1, min(3, count))
    cuts = sorted(rng.sample(range(1, count), groups - 1))
    bounds = list(zip([0, *cuts], [*cuts, count], strict=True))
    names = rng.sample(BULLETIN_SECTIONS[lang], groups)
    for k, ((start, stop), section) in enumerate(zip(bounds, names, strict=True)):
        if k:
            sheet.blank(2)
        heading = f"{_marker(style, k, lang)} {section.upper() if caps else section}"
        sheet.add(heading)
        if underline:
            sheet.add(underline * len(heading))
        sheet.blank()
        for n, article in enumerate(articles[start:stop]):
            if n:
                sheet.blank({"one": 1, "two": 2}.get(between) or rng.randint(1, 2))
            prefix = {"dotted": f"{k + 1}.{n + 1} ", "letters": f"({'abcdef'[n]}) "}.get(numbering, "")
            title = sentence_case(article.title, article.paragraphs)
            sheet.add(prefix + title)
            if events and rng.random() < 0.35:
                day = when.replace(hour=rng.randint(9, 18), minute=rng.choice((0, 0, 15, 30)))
                moment = day + dt.timedelta(days=rng.randint(2, 20))
                day = f"{WEEKDAYS[lang][moment.weekday()]} {_date(moment, lang, date_style)}"
                text = event_shape.format(when=f"{day}, {_clock(moment, lang, clock)}", room=rng.choice(ROOMS[lang]))
                sheet.add(*text.split("\n"))
            if gap:
                sheet.blank()
            paragraphs = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
            sheet.article(title, paragraphs, gap=gap)
            if trailer_odds and rng.random() < trailer_odds:
                person = rng.choice(AUTHORS)
                url = f"https://{domain}/news/{_slug(article.title, rng)}"
                trailer = rng.choice(TRAILERS[lang])
                email = _address(person, domain)
                sheet.add(trailer.format(name=person, email=email, url=url, ext=rng.randint(1000, 9999)))

    if rng.random() < 0.6:
        sheet.blank(2)
        editor = rng.choice(AUTHORS)
        values = {
            "date": _date(when + dt.timedelta(days=7), lang, "long"),
            "name": editor,
            "email": _address(editor, domain),
            "org": org,
        }
        sheet.add(*(line.format(**values) for line in rng.sample(BULLETIN_FOOTERS[lang], rng.randint(1, 2))))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "pressreview": build_pressreview,
    "magazine": build_magazine,
    "social": build_social,
    "bulletin": build_bulletin,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout2", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
