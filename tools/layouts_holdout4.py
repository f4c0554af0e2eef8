"""Four more multi-article layouts, a fourth held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout4.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout4.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout4.py check [--pages N] [--seed N]

The project knows twenty-three layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`) and the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`). The four here differ from all of them:

- `reviews`: a review roundup, of books or of products, one page each: a header ("Books of the
  week", "Neu im Test", "Nos tests de la semaine"), maybe a byline and an affiliate disclosure,
  then per item maybe a badge ("Editor's choice", "Testsieger", "Coup de cœur"), the heading (the
  article's headline, maybe numbered, maybe with the author: "TITLE by NAME", "NAME: TITLE",
  "« TITLE », de NAME"), meta lines in the page's order (an author line, a publisher / pages /
  price line or a price line, "Tested by NAME"), a rating above the heading, among the meta
  lines or after the text ("★★★★☆", "4.5/5", "Note : 8/10", "Bewertung: 4 von 5 Sternen"), the
  review text (all paragraphs or the first ones and "Read our full review"), then maybe
  "Pros: ... / Cons: ..." (on one line, two lines, or as "+"/"−" lists), a "Verdict: ..." line and
  a buy line ("$129 at Amazon", "Bei Thalia bestellen"); a footer ("Prices correct at time of
  publication");
- `newswire_table`: a newsroom database or CMS export flattened to text, one record per article
  and one shape per page: labelled fields ("headline: ...", "HED: ...", "Titel: ...", "titular =
  ...") in the page's order, the headline field always before the body, other fields before or
  after it, the body under a label line, after the label on its line, or after a blank line;
  YAML ("- story_id: 1024" / "  headline: ..." / "  body: |" / indented paragraphs); psql's
  expanded output ("-[ RECORD 1 ]-+----", "headline | ...", "body     | ...   +" continuation
  lines) or MySQL's "\\G" output ("*** 1. row ***", right-aligned keys, the body's later
  paragraphs at the line start), each maybe under its SELECT and over "(5 rows)"; a CSV, TSV,
  semicolon or pipe export with one header row and per record a row holding the headline and the
  body's first paragraph, the body's other paragraphs on the following lines (quoted multi-line
  fields; quotes inside fields are not doubled); or a pipe table per record ("| TITLE | DATE |
  SECTION |", maybe a "|---|" rule, the row) followed by the body paragraphs;
- `translated_digest`: a bilingual digest of foreign press in German, French or Spanish: a header
  and maybe a note that headlines are translated and articles given in the original; items split
  by a numbered marker on its own line ("[1]", "(2)", "#3", "Nr. 4", "N° 5", "2/6", "— 3 —"); per
  item the headline in the page language (a digest editor's headline made from a template and a
  name in the original headline: "Streit um Assange", "Polémique autour de Taylor Swift"; a
  teaser naming the source, "Lesetipp aus The Guardian", when the headline names no one) and the
  original headline, either after it on the same line ("TRANSLATED (ORIGINAL)", "TRANSLATED /
  ORIGINAL") or on the next line ("(ORIGINAL)", "Originaltitel: ORIGINAL", "« ORIGINAL »"), or the
  original first with the translation under it ("→ TRANSLATED", "(Traducción: TRANSLATED)"); a
  source line above or below the paragraphs ("Quelle: The Guardian, 3. Dezember 2024", "Source :
  Reuters", "Fuente: AP, 3 dic. 2024"), maybe a translation note, the original's paragraphs (or
  the first ones and "Zum Original: URL"); a footer. The truth title is the original headline as
  shown, without the parentheses, label or quotation marks around it;
- `chat_export`: a Slack / Discord / Teams channel, or a WhatsApp- or IRC-like log, where people
  share articles: a channel header ("#reading-list", "Welcome to #links!", "Team > Channel"),
  maybe day dividers ("Today", "Tuesday, March 3rd", "--- Day changed ..."), and messages: a
  header ("NAME  10:42 AM", "NAME — Today at 10:42 AM", "NAME" / "3/3 10:42", or a log line
  "[2024-03-03 10:42] NAME: TEXT", "03/03/2024, 10:42 - NAME: TEXT" carrying the message's first
  line), a grouped follow-up message under a bare time; in an article message maybe a comment
  ("worth a read", "lesenswert", "cc @Maria"), maybe the link and the site's name of an unfurl,
  the pasted title and paragraphs (all, or the first ones and "Show more"), maybe "(edited)"
  after the last one, reactions (":+1: 3  :eyes: 1", "👍 2  🔥 1") and a thread line ("2 replies
  Last reply 3 hours ago", "3 Antworten"); chatter messages of one or two short lines ("anyone up
  for lunch?") and join notices between them are not articles.

Everything around the articles (headers, badges, ratings, meta lines, pros and cons, verdicts,
field labels, other fields, table rules, record markers, translated headlines, source lines,
message headers, comments, links, reactions, thread lines, chatter) is furniture in English,
German, French or Spanish, chosen per page by the page's `random.Random`, and never part of the
truth. A page's truth is, per article in page order, the headline as shown (without a numbering,
a label, quotation marks or a field delimiter around it) and the shown paragraphs joined by "\\n"
(without a label, a field delimiter, an indent, a continuation mark or "(edited)" written on the
same line; an excerpt where the layout cuts the article short).

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
    DOMAINS,
    MIN_READ,
    MONTHS,
    SECTIONS,
    SHORT_MONTHS,
    SMALL_WORDS,
    SOURCES,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _ago,
    _date,
    _lang,
    _separator,
    _Sheet,
    _slug,
    _when,
    articles_from_segments,
    first_name,
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


def _decimal(value: float, lang: str) -> str:
    """4 -> "4", 4.5 -> "4.5" ("4,5" in German, French and Spanish)."""
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


def _money(amount: float, lang: str, currency: str) -> str:
    """A price as the page's language writes it: "$24.99", "£18", "24,99 €", "24 Euro"."""
    whole = amount == int(amount)
    if lang == "en":
        return f"{currency}{amount:.0f}" if whole else f"{currency}{amount:.2f}"
    number = f"{amount:.0f}" if whole else f"{amount:.2f}".replace(".", ",")
    return f"{number} {currency}"


def _twelve(when: dt.datetime) -> str:
    return f"{when.hour % 12 or 12}:{when.minute:02d} {'AM' if when.hour < 12 else 'PM'}"


# ---------------------------------------------------------------------------
# reviews
# ---------------------------------------------------------------------------

REVIEW_HEADERS = {
    "book": {
        "en": (
            "The best new books this month",
            "Books of the week",
            "What to read this week: our critics' picks",
            "New in paperback",
            "Reviews in brief",
        ),
        "de": ("Die Bücher der Woche", "Neue Bücher im Überblick", "Kritiken in Kürze", "Lesetipps im {month}"),
        "fr": ("Les livres de la semaine", "Nos coups de cœur du mois", "Critiques express", "Que lire en {month} ?"),
        "es": ("Los libros de la semana", "Novedades editoriales", "Reseñas breves", "Qué leer en {month}"),
    },
    "product": {
        "en": (
            "The best gadgets we tested this month",
            "Tested: {n} products worth your money",
            "Our reviews this week",
            "Buying guide: our top picks for {year}",
        ),
        "de": ("Neu im Test", "{n} Produkte im Vergleich", "Unsere Tests der Woche", "Kaufberatung: Die Besten {year}"),
        "fr": ("Nos tests de la semaine", "Comparatif : {n} produits passés au crible", "Guide d'achat {year}"),
        "es": ("Probamos {n} productos", "Nuestras pruebas de la semana", "Guía de compra {year}"),
    },
}
REVIEW_BYLINES = {
    "en": ("By {a} · Updated {date}", "{a} | {date}", "Reviewed by {a} and {b}", "Last updated: {date}"),
    "de": ("Von {a} · Aktualisiert am {date}", "{a} | {date}", "Getestet von {a} und {b}"),
    "fr": ("Par {a} · Mis à jour le {date}", "{a} | {date}", "Testés par {a} et {b}"),
    "es": ("Por {a} · Actualizado el {date}", "{a} | {date}", "Analizados por {a} y {b}"),
}
DISCLOSURES = {
    "en": (
        "We may earn a commission when you buy through links on our site.",
        "Our editors independently choose every product. If you buy through our links, we may earn a commission.",
        "Affiliate links are marked with *.",
    ),
    "de": ("Wir erhalten eine Provision, wenn Sie über unsere Links einkaufen.", "*Affiliate-Links"),
    "fr": ("Cet article contient des liens affiliés.", "Nous percevons une commission sur les achats via nos liens."),
    "es": ("Este artículo contiene enlaces de afiliados.", "Podemos recibir una comisión por las compras."),
}
BADGES = {
    "book": {
        "en": ("Book of the week", "Critic's pick", "Editor's choice", "Staff pick"),
        "de": ("Buch der Woche", "Empfehlung der Redaktion", "Tipp"),
        "fr": ("Coup de cœur", "Le choix de la rédaction", "À ne pas manquer"),
        "es": ("Libro de la semana", "Recomendado", "Elección de la redacción"),
    },
    "product": {
        "en": ("Best overall", "Best budget pick", "Editor's Choice", "Also great", "Upgrade pick"),
        "de": ("Testsieger", "Preistipp", "Empfehlung der Redaktion", "Auch gut"),
        "fr": ("Notre choix", "Meilleur rapport qualité-prix", "Coup de cœur", "Alternative"),
        "es": ("El mejor en general", "Mejor calidad-precio", "Recomendado", "Alternativa"),
    },
}
# {t} the headline, {a} the author, {n} the item's number.
BOOK_HEADINGS = {
    "en": ("{t} by {a}", "{t} — {a}", "“{t}” by {a}", "{a}: {t}"),
    "de": ("{a}: {t}", "{t} von {a}", "{a} – „{t}“"),
    "fr": ("{t}, de {a}", "« {t} », de {a}", "{a}, {t}"),
    "es": ("{t}, de {a}", "«{t}», de {a}", "{a}: {t}"),
}
NUMBERED_HEADINGS = ("{n}. {t}", "#{n} {t}", "{n}) {t}", "{n} – {t}")
BOOK_BY = {
    "en": ("by {a}", "By {a}", "{a}", "Author: {a}"),
    "de": ("von {a}", "Von {a}", "{a}", "Autor: {a}"),
    "fr": ("de {a}", "Par {a}", "{a}", "Auteur : {a}"),
    "es": ("de {a}", "Por {a}", "{a}", "Autor: {a}"),
}
PUBLISHERS = {
    "en": ("Penguin Press", "Faber & Faber", "Knopf", "HarperCollins", "Fourth Estate", "Vintage"),
    "de": ("Suhrkamp", "Hanser", "Kiepenheuer & Witsch", "Rowohlt", "dtv"),
    "fr": ("Gallimard", "Actes Sud", "Grasset", "Seuil", "Flammarion"),
    "es": ("Anagrama", "Alfaguara", "Tusquets", "Planeta", "Salamandra"),
}
PUBLISHER_LINES = {
    "en": (
        "{pub}, {pages} pages, {price}",
        "{pub} · {pages}pp · {price}",
        "Publisher: {pub} | {price}",
        "{pub}, {price}",
        "Hardcover · {pages} pages · {price}",
    ),
    "de": ("{pub}, {pages} Seiten, {price}", "Verlag: {pub}, {price}", "{pub} Verlag · {pages} S. · {price}"),
    "fr": ("{pub}, {pages} p., {price}", "Éditions {pub}, {pages} pages, {price}", "Éditeur : {pub} | {price}"),
    "es": ("{pub}, {pages} páginas, {price}", "Editorial {pub} · {price}", "{pub}. {pages} págs. {price}"),
}
PRICE_LINES = {
    "en": ("Price: {price}", "{price} at {shop}", "RRP: {price}", "From {price}", "Price when reviewed: {price}"),
    "de": ("Preis: {price}", "UVP: {price}", "ab {price} bei {shop}", "Preis zum Testzeitpunkt: {price}"),
    "fr": ("Prix : {price}", "{price} chez {shop}", "À partir de {price}", "Prix constaté : {price}"),
    "es": ("Precio: {price}", "{price} en {shop}", "Desde {price}", "PVP: {price}"),
}
TESTED_BY = {
    "en": ("Tested by {a}", "Reviewed by {a}", "Review by {a}"),
    "de": ("Getestet von {a}", "Test: {a}"),
    "fr": ("Testé par {a}", "Test : {a}"),
    "es": ("Probado por {a}", "Análisis: {a}"),
}
CURRENCIES = {"en": ("$", "£"), "de": ("€", "Euro"), "fr": ("€",), "es": ("€",)}
SHOPS = {
    "book": {
        "en": ("Bookshop.org", "Amazon", "Waterstones", "Barnes & Noble"),
        "de": ("Thalia", "Hugendubel", "Amazon"),
        "fr": ("Fnac", "Cultura", "Decitre"),
        "es": ("Casa del Libro", "Amazon", "El Corte Inglés"),
    },
    "product": {
        "en": ("Amazon", "Best Buy", "Walmart", "Currys", "John Lewis"),
        "de": ("Amazon", "MediaMarkt", "Otto", "Saturn"),
        "fr": ("Fnac", "Darty", "Amazon", "Boulanger"),
        "es": ("Amazon", "PcComponentes", "El Corte Inglés", "MediaMarkt"),
    },
}
# Rating shapes: {stars} ("★★★★☆"), {x} (out of 5), {t} (out of 10).
RATINGS = {
    "en": (
        "{stars}",
        "{stars}",
        "Rating: {x}/5",
        "{x} out of 5 stars",
        "Score: {t}/10",
        "{t}/10",
        "Our rating: {stars} ({x}/5)",
        "★ {x}",
    ),
    "de": ("{stars}", "Bewertung: {x} von 5 Sternen", "Wertung: {t}/10", "{x}/5", "Note: {x} von 5"),
    "fr": ("{stars}", "Note : {t}/10", "Notre note : {x}/5", "{t}/10", "Note de la rédaction : {stars}"),
    "es": ("{stars}", "Puntuación: {t}/10", "Valoración: {x}/5", "Nota: {t}/10", "{stars} ({x}/5)"),
}
STAR_SETS = (("★", "½", "☆"), ("★", "½", "☆"), ("⭐", "½", ""), ("*", "½", ""))
PROS_CONS_LABELS = {
    "en": (("Pros", "Cons"), ("Likes", "Dislikes"), ("We like", "We don't like"), ("+", "−")),
    "de": (("Pro", "Contra"), ("Plus", "Minus"), ("Das gefällt", "Das stört"), ("+", "−")),
    "fr": (("Points forts", "Points faibles"), ("On aime", "On aime moins"), ("+", "–")),
    "es": (("A favor", "En contra"), ("Lo mejor", "Lo peor"), ("Pros", "Contras")),
}
# (pros, cons) per kind of item.
PROS_CONS = {
    "book": {
        "en": (
            ("Well written", "Hard to put down", "Clear and accessible", "Vivid characters", "Meticulous research"),
            ("A little long", "Rushed ending", "Few new ideas", "Slow start", "Too many footnotes"),
        ),
        "de": (
            ("Gut geschrieben", "Spannend bis zum Schluss", "Klar strukturiert", "Starke Figuren"),
            ("Etwas langatmig", "Schwaches Ende", "Wenig Neues", "Zäher Einstieg"),
        ),
        "fr": (
            ("Bien écrit", "Captivant", "Accessible", "Personnages attachants"),
            ("Un peu long", "Fin bâclée", "Peu de nouveautés", "Démarrage lent"),
        ),
        "es": (
            ("Bien escrito", "Engancha", "Muy accesible", "Personajes memorables"),
            ("Algo largo", "Final precipitado", "Pocas novedades", "Arranque lento"),
        ),
    },
    "product": {
        "en": (
            ("Great value", "Solid build", "Long battery life", "Easy setup", "Quiet"),
            ("Pricey", "Heavy", "Middling battery life", "Fiddly app", "No charger in the box"),
        ),
        "de": (
            ("Fairer Preis", "Solide Verarbeitung", "Lange Akkulaufzeit", "Einfache Einrichtung"),
            ("Teuer", "Schwer", "Umständliche App", "Kein Netzteil im Lieferumfang"),
        ),
        "fr": (
            ("Bon rapport qualité-prix", "Finition soignée", "Bonne autonomie", "Installation facile"),
            ("Cher", "Lourd", "Application peu pratique", "Chargeur non fourni"),
        ),
        "es": (
            ("Buen precio", "Buenos acabados", "Gran autonomía", "Fácil de configurar"),
            ("Caro", "Pesado", "App poco intuitiva", "Sin cargador"),
        ),
    },
}
VERDICT_LABELS = {
    "en": ("Verdict:", "The verdict:", "Bottom line:", "Should you buy it?"),
    "de": ("Fazit:", "Unser Urteil:", "Kurz gesagt:"),
    "fr": ("Verdict :", "Notre avis :", "En bref :"),
    "es": ("Veredicto:", "Conclusión:", "En resumen:"),
}
VERDICTS = {
    "en": ("Highly recommended.", "Worth your time.", "Good, not great.", "A solid pick.", "One of the year's best."),
    "de": ("Klare Empfehlung.", "Lohnt sich.", "Solide, aber nicht überragend.", "Nur für Fans."),
    "fr": ("À ne pas manquer.", "Une bonne surprise.", "Correct, sans plus.", "Pour les fans uniquement."),
    "es": ("Muy recomendable.", "Merece la pena.", "Correcto, sin más.", "Solo para fans."),
}
BUY_LINES = {
    "book": {
        "en": ("Buy the book", "Order from {shop}", "{price} at {shop}", "Buy from {shop} →"),
        "de": ("Bei {shop} bestellen", "Jetzt kaufen", "{price} bei {shop}"),
        "fr": ("Commander sur {shop}", "Acheter ce livre", "{price} chez {shop}"),
        "es": ("Comprar en {shop}", "Comprar el libro", "{price} en {shop}"),
    },
    "product": {
        "en": ("Buy now at {shop}", "{price} at {shop}", "Check price on {shop}", "See deal →"),
        "de": ("Jetzt kaufen bei {shop}", "{price} bei {shop}*", "Zum Angebot →"),
        "fr": ("Voir l'offre chez {shop}", "{price} chez {shop}", "Acheter →"),
        "es": ("Ver oferta en {shop}", "{price} en {shop}", "Comprar →"),
    },
}
READ_FULL = {
    "en": ("Read our full review", "Full review →", "Read the full review"),
    "de": ("Zum ausführlichen Test", "Ganze Kritik lesen →"),
    "fr": ("Lire la critique complète", "Notre test complet →"),
    "es": ("Leer la reseña completa", "Análisis completo →"),
}
REVIEW_FOOTERS = {
    "en": ("Prices correct at time of publication.", "More reviews →", "Related: The best books of {year}"),
    "de": ("Alle Preise ohne Gewähr.", "Weitere Tests →", "Stand: {date}"),
    "fr": ("Prix constatés au {date}.", "Tous nos tests →", "À lire aussi : nos coups de cœur de {year}"),
    "es": ("Precios actualizados a {date}.", "Más análisis →", "Ver todas las reseñas"),
}


def _stars(score: float, chars: tuple[str, str, str]) -> str:
    full, half, empty = chars
    count = int(score)
    halves = 1 if score != count else 0
    return full * count + half * halves + empty * (5 - count - halves)


def _pros_cons(kind: str, lang: str, shape: str, labels: tuple[str, str], rng: random.Random) -> list[str]:
    """Pros and cons: on two lines ("Pros: a, b" / "Cons: c"), on one ("... | ..."), or as lists
    ("+ a" / "− c" when the labels are signs, else the label over "• a" items)."""
    good, bad = PROS_CONS[kind][lang]
    pros = rng.sample(good, rng.randint(1, 3))
    cons = rng.sample(bad, rng.randint(1, 2))
    plus, minus = labels
    if shape == "list" and plus == "+":
        return [f"+ {p}" for p in pros] + [f"{minus} {c}" for c in cons]
    if shape == "list":
        return [plus, *(f"• {p}" for p in pros), minus, *(f"• {c}" for c in cons)]
    colon = " " if plus == "+" else " : " if lang == "fr" else ": "
    left = f"{plus}{colon}{', '.join(pros)}"
    right = f"{minus}{colon}{', '.join(cons)}"
    return [f"{left} | {right}"] if shape == "one" else [left, right]


def build_reviews(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A review roundup of books or of products (one kind per page), one review per article.

    A header, maybe a byline line and (products) an affiliate disclosure; per item maybe a badge,
    a rating above the heading or among the meta lines or after the text, the heading (the headline,
    maybe numbered, maybe with the book's author), meta lines in the page's order (author, publisher
    / pages / price or a price line, "Tested by NAME"), the paragraphs or the first ones and "Read our
    full review", maybe pros and cons, a verdict and a buy line. Items split by blank lines or a rule.
    """
    lang = _lang(rng)
    kind = rng.choice(("book", "product"))
    when = _when(rng)
    style = rng.choice(("long", "short", "us", "numeric"))
    date = _date(when, lang, style)
    currency = rng.choice(CURRENCIES[lang])
    rating = rng.choice(RATINGS[lang])
    stars = rng.choice(STAR_SETS)
    rating_at = rng.choice(("above", "meta", "meta", "after", "none"))
    heading = rng.choice(("plain", "plain", "numbered", "author" if kind == "book" else "badge"))
    numbered = rng.choice(NUMBERED_HEADINGS)
    book_heading = rng.choice(BOOK_HEADINGS[lang])
    by_line = rng.choice(BOOK_BY[lang])
    meta_line = rng.choice(PUBLISHER_LINES[lang] if kind == "book" else PRICE_LINES[lang])
    tested = rng.choice(TESTED_BY[lang]) if kind == "product" and rng.random() < 0.4 else ""
    meta_order = ["by", "meta", "rating"] if kind == "book" else ["meta", "rating", "tested"]
    rng.shuffle(meta_order)
    badge_odds = 0.0 if heading == "badge" else rng.choice((0.0, 0.3, 0.6))
    badges = rng.sample(BADGES[kind][lang], len(BADGES[kind][lang]))
    pros_labels = rng.choice(PROS_CONS_LABELS[lang])
    pros_shape = rng.choice(("two", "one", "list")) if rng.random() < 0.6 else ""
    verdict_label = rng.choice(VERDICT_LABELS[lang]) if rng.random() < 0.65 else ""
    buy = rng.choice(BUY_LINES[kind][lang]) if rng.random() < 0.6 else ""
    excerpts = rng.random() < 0.45
    read_full = rng.choice(READ_FULL[lang])
    gap = rng.random() < 0.5
    airy = gap or rng.random() < 0.5  # blank lines around the meta block
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = _separator(rng)
    sheet = _Sheet()

    month = MONTHS[lang][when.month - 1]
    sheet.add(rng.choice(REVIEW_HEADERS[kind][lang]).format(month=month, year=when.year, n=len(articles)))
    if rng.random() < 0.6:
        a, b = rng.sample(AUTHORS, 2)
        sheet.add(rng.choice(REVIEW_BYLINES[lang]).format(a=a, b=b, date=date))
    if kind == "product" and rng.random() < 0.6:
        sheet.add(rng.choice(DISCLOSURES[lang]))
    sheet.blank(rng.randint(1, 2))

    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank(1 if airy else 0)
                sheet.add(rule)
            if between != "none":
                sheet.blank(rng.randint(1, 2) if airy else 1)
        author = rng.choice(AUTHORS)
        shop = rng.choice(SHOPS[kind][lang])
        base = (
            rng.choice((9, 12, 14, 18, 20, 22, 24, 28)) if kind == "book" else rng.choice((29, 49, 79, 129, 249, 399))
        )
        cents = rng.choice((0.0, 0.99, 0.95, 0.0)) if kind == "product" or lang == "en" else rng.choice((0.0, 0.9))
        price = _money(base + cents, lang, currency)
        score = rng.choice((2.5, 3.0, 3.5, 4.0, 4.0, 4.5, 4.5, 5.0))
        values = {"stars": _stars(score, stars), "x": _decimal(score, lang), "t": _decimal(score * 2, lang)}
        rating_text = rating.format(**values)
        badge = badges[i % len(badges)]

        if rng.random() < badge_odds:
            sheet.add(badge.upper() if rng.random() < 0.3 else badge)
        if rating_at == "above":
            sheet.add(rating_text)
        shown = article.title
        author_shown = False
        if heading == "numbered":
            shown = numbered.format(n=i + 1, t=article.title)
        elif heading == "author":
            shown = book_heading.format(t=article.title, a=author)
            author_shown = True
        elif heading == "badge":
            shown = f"{badge}{' : ' if lang == 'fr' else ': '}{article.title}"
        sheet.add(shown)
        meta: list[str] = []
        for slot in meta_order:
            if slot == "by" and not author_shown and rng.random() < 0.9:
                meta.append(by_line.format(a=author))
            elif slot == "meta" and rng.random() < 0.85:
                pages = rng.randrange(160, 560, 8)
                meta.append(meta_line.format(pub=rng.choice(PUBLISHERS[lang]), pages=pages, price=price, shop=shop))
            elif slot == "rating" and rating_at == "meta":
                meta.append(rating_text)
            elif slot == "tested" and tested:
                meta.append(tested.format(a=author))
        sheet.add(*meta)
        if airy:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
        write_article(sheet, article.title, paragraphs, gap)
        trailer: list[str] = []
        if excerpts and len(paragraphs) < len(article.paragraphs) and rng.random() < 0.8:
            trailer.append(read_full)
        if rating_at == "after":
            trailer.append(rating_text)
        if pros_shape and rng.random() < 0.85:
            trailer.extend(_pros_cons(kind, lang, pros_shape, pros_labels, rng))
        if verdict_label and rng.random() < 0.9:
            trailer.append(f"{verdict_label} {rng.choice(VERDICTS[lang])}")
        if buy and rng.random() < 0.9:
            trailer.append(buy.format(shop=shop, price=price))
        if trailer:
            if airy:
                sheet.blank()
            sheet.add(*trailer)

    if rng.random() < 0.6:
        sheet.blank(rng.randint(1, 2))
        sheet.add(rng.choice(REVIEW_FOOTERS[lang]).format(year=when.year, date=date))
    return sheet.draft()


# ---------------------------------------------------------------------------
# newswire_table
# ---------------------------------------------------------------------------

# Field names, in the order of FIELD_KEYS.
FIELD_KEYS = ("id", "title", "date", "section", "byline", "words", "keywords", "status", "url", "source", "body")
FIELD_LABELS = {
    "en": (
        ("story_id", "headline", "published_at", "section", "byline", "word_count", "keywords", "status", "url",
         "source", "body"),
        ("ID", "HEADLINE", "DATE", "SECTION", "BYLINE", "WORDS", "KEYWORDS", "STATUS", "URL", "SOURCE", "BODY"),
        ("STORY", "HED", "PUBDATE", "DESK", "BY", "WC", "TAGS", "STATUS", "LINK", "CREDIT", "COPY"),
        ("Id", "Title", "Date", "Category", "Author", "Word count", "Tags", "Status", "Link", "Source", "Text"),
        ("guid", "title", "pub_date", "category", "author", "length", "tags", "state", "permalink", "feed",
         "content"),
    ),
    "de": (
        ("ID", "Titel", "Datum", "Ressort", "Autor", "Wörter", "Schlagwörter", "Status", "URL", "Quelle", "Text"),
        ("id", "ueberschrift", "datum", "ressort", "autor", "zeichen", "stichworte", "status", "url", "quelle",
         "fliesstext"),
    ),
    "fr": (
        ("id", "titre", "date", "rubrique", "auteur", "nb_mots", "mots_cles", "statut", "url", "source", "texte"),
        ("ID", "TITRE", "DATE", "RUBRIQUE", "SIGNATURE", "MOTS", "MOTS-CLÉS", "ÉTAT", "URL", "SOURCE", "CORPS"),
    ),
    "es": (
        ("id", "titular", "fecha", "seccion", "autor", "palabras", "etiquetas", "estado", "url", "fuente", "cuerpo"),
        ("ID", "TITULAR", "FECHA", "SECCIÓN", "FIRMA", "PALABRAS", "ETIQUETAS", "ESTADO", "URL", "FUENTE", "TEXTO"),
    ),
}  # fmt: skip
STATUS_WORDS = {
    "en": ("published", "PUBLISHED", "live", "approved", "archived"),
    "de": ("veröffentlicht", "freigegeben", "online"),
    "fr": ("publié", "validé", "en ligne"),
    "es": ("publicado", "aprobado", "en línea"),
}
EXPORT_HEADERS = {
    "en": ("Export: {name} · {date}", "# stories export, {date}", "Content export – {n} items", "{name}"),
    "de": ("Export: {name} · {date}", "# Artikel-Export vom {date}", "Inhaltsexport – {n} Datensätze"),
    "fr": ("Export : {name} · {date}", "# export des articles du {date}", "Export de contenu – {n} éléments"),
    "es": ("Exportación: {name} · {date}", "# exportación de artículos, {date}", "Exportación – {n} registros"),
}
EXPORT_FOOTERS = {
    "en": ("{n} records exported", "-- end of export --", "({n} rows)", "EOF"),
    "de": ("{n} Datensätze exportiert", "-- Ende des Exports --"),
    "fr": ("{n} enregistrements exportés", "-- fin de l'export --"),
    "es": ("{n} registros exportados", "-- fin de la exportación --"),
}
RECORD_MARKS = ("---", "%%", "==> record {n} <==", "Record {n}", "#{n}", "-" * 40, "=" * 40, "[{n}/{N}]")
TABLES = ("stories", "articles", "cms_content", "wire_items", "news")


def _record_values(
    article: SourceArticle,
    shown: Sequence[str],
    lang: str,
    when: dt.datetime,
    shapes: dict[str, str],
    rng: random.Random,
) -> dict[str, str]:
    """The fields of a record but the headline and the body: id, date, section, byline, word count,
    keywords, status, url, source; `shapes` holds the page's id and date shapes, domain and keyword separator."""
    number = rng.randrange(10_000, 100_000)
    id_shape = shapes["id"]
    section = rng.choice(SECTIONS[lang])
    date_shape = shapes["date"]
    if date_shape == "iso":
        date = f"{when:%Y-%m-%d}"
    elif date_shape == "iso_time":
        date = f"{when:%Y-%m-%d %H:%M:%S}"
    elif date_shape == "iso_t":
        date = f"{when:%Y-%m-%dT%H:%M:%SZ}"
    else:
        date = _date(when, lang, date_shape)
    words = [w.lower() for w in key_words(article.title)]
    return {
        "id": id_shape.format(n=number, h=f"{rng.getrandbits(32):08x}", y=when.year, d=f"{when:%Y%m%d}"),
        "date": date,
        "section": section,
        "byline": rng.choice(AUTHORS),
        "words": str(len(" ".join(shown).split())),
        "keywords": shapes["kwsep"].join(words[: rng.randint(2, 4)]),
        "status": rng.choice(STATUS_WORDS[lang]),
        "url": f"https://{shapes['domain']}/{_slug(section, rng)}/{_slug(article.title, rng)}-{number}",
        "source": rng.choice(SOURCES[lang]),
    }


def build_newswire_table(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A newsroom database or CMS export flattened to text, one record per article, one shape per page.

    `fields`: "label: value" lines (labels in one style per page, aligned or not), the headline
    field before the body, other fields before or after it, the body under a label line, after the
    label on its line, or after a blank line; records split by a blank line, a rule or a record
    marker. `yaml`: a YAML list, "body: |" and indented paragraphs. `psql`: expanded output,
    "-[ RECORD n ]" headers and "+" continuation marks. `mysql`: "\\G" output. `delimited`: CSV,
    TSV, ";" or "|" with a header row; each record's row holds the headline and the body's first
    paragraph, the other paragraphs follow on their own lines. `table`: a pipe table row per record
    (header row per record or once), then the body paragraphs.
    """
    lang = _lang(rng)
    sets = FIELD_LABELS[lang] if lang == "en" or rng.random() < 0.6 else FIELD_LABELS[lang] + FIELD_LABELS["en"][:2]
    labels = dict(zip(FIELD_KEYS, rng.choice(sets), strict=True))
    shape = rng.choice(("fields", "fields", "yaml", "psql", "mysql", "delimited", "delimited", "table"))
    others = rng.sample([k for k in FIELD_KEYS if k not in ("title", "body")], rng.randint(2, 5))
    columns = [*others]
    columns.insert(rng.randint(0, len(columns)), "title")
    after_body: list[str] = []
    if shape in ("fields", "yaml") and rng.random() < 0.4:
        after_body = [k for k in columns if k != "title" and columns.index(k) > columns.index("title")][:2]
    before_body = [k for k in columns if k not in after_body]
    gap = rng.random() < 0.4
    excerpts = rng.random() < 0.25
    when = _when(rng)
    shapes = {
        "id": rng.choice(("{n}", "{n}", "STY-{n}", "{h}", "urn:newsml:example.com:{d}:{n}", "{y}-{n}")),
        "date": rng.choice(("iso", "iso_time", "iso_t", "numeric", "long", "short")),
        "domain": rng.choice(DOMAINS),
        "kwsep": rng.choice((", ", ";", "|", " ")),
    }
    table = rng.choice(TABLES)
    stamp = f"{when:%Y-%m-%d}"
    name = f"{table}_{stamp}.{rng.choice(('txt', 'dat', 'log'))}"
    sheet = _Sheet()
    count = len(articles)

    records = []
    for article in articles:
        when -= dt.timedelta(minutes=rng.randint(15, 900))
        shown = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
        values = _record_values(article, shown, lang, when, shapes, rng)
        values["title"] = article.title
        records.append((article, shown, values))

    if shape == "fields":
        sep = rng.choice((": ", ": ", ":\t", " = ", " : " if lang == "fr" else ": "))
        align = rng.random() < 0.3
        width = max(len(labels[k]) for k in FIELD_KEYS) + 1
        body_mode = rng.choice(("line", "inline", "none"))
        mark = rng.choice(RECORD_MARKS) if rng.random() < 0.6 else ""
        numbered_mark = "{n}" in mark
        airy_mark = rng.random() < 0.5  # blank lines around an unnumbered mark
        if rng.random() < 0.5:
            sheet.add(rng.choice(EXPORT_HEADERS[lang]).format(name=name, date=stamp, n=count))
            sheet.blank()

        def field(key: str) -> str:
            label = labels[key]
            if align and sep.startswith(":"):
                return f"{label + ':':<{width + 1}}"
            return label + sep

        for n, (article, shown, values) in enumerate(records, 1):
            if n > 1:
                if not mark or numbered_mark:
                    sheet.blank(rng.randint(1, 2))
                else:
                    sheet.blank(1 if airy_mark else 0)
                    sheet.add(mark)
                    sheet.blank(1 if airy_mark else 0)
            if numbered_mark:
                sheet.add(mark.format(n=n, N=count))
            sheet.add(*(field(k) + values[k] for k in before_body))
            prefixes: dict[int, str] = {}
            if body_mode == "line":
                sheet.add(field("body").rstrip())
            elif body_mode == "inline":
                prefixes[0] = field("body")
            else:
                sheet.blank()
            write_article(sheet, article.title, shown, gap, prefixes=prefixes)
            if after_body:
                if gap or body_mode == "none":
                    sheet.blank()
                sheet.add(*(field(k) + values[k] for k in after_body))
        if rng.random() < 0.4:
            sheet.blank()
            sheet.add(rng.choice(EXPORT_FOOTERS[lang]).format(n=count))

    elif shape == "yaml":
        if rng.random() < 0.5:
            sheet.add(f"# {rng.choice(EXPORT_HEADERS[lang]).lstrip('# ')}".format(name=name, date=stamp, n=count))
        if rng.random() < 0.4:
            sheet.add(f"{table}:")
        block = rng.choice(("|", "|", "|-", ">-"))
        fold = block == ">-"  # folded: paragraphs must be split by blank lines

        def scalar(text: str) -> str:
            if ": " in text or text.startswith(("'", '"', "[", "{", "&", "*", "!", "%", "@", "-")) or " #" in text:
                return f'"{text}"' if '"' not in text else f"'{text}'"
            return text

        for article, shown, values in records:
            keys = [*before_body, "body", *after_body]
            for k, key in enumerate(keys):
                lead = "- " if k == 0 else "  "
                if key == "body":
                    sheet.add(f"{lead}{labels['body']}: {block}")
                    write_article(
                        sheet, article.title, shown, gap or fold, prefixes=dict.fromkeys(range(len(shown)), "    ")
                    )
                else:
                    sheet.add(f"{lead}{labels[key]}: {scalar(values[key])}")

    elif shape == "psql":
        keys = [*before_body, "body"]
        width = max(len(labels[k]) for k in keys)
        select = ", ".join(labels[k] for k in keys)
        if rng.random() < 0.6:
            prompt = rng.choice(("newsroom=> ", "cms=# ", "=> ", ""))
            sheet.add(f"{prompt}SELECT {select} FROM {table} ORDER BY {labels['date']} DESC LIMIT {count};")
        if rng.random() < 0.5:
            sheet.add("Expanded display is on.")
        for n, (article, shown, values) in enumerate(records, 1):
            span = max(len(p) for p in shown)
            head = f"-[ RECORD {n} ]"
            sheet.add(head + "-" * max(0, width + 1 - len(head)) + "+" + "-" * min(span + 1, 60))
            for key in before_body:
                sheet.add(f"{labels[key]:<{width}} | {values[key]}")
            prefixes = {0: f"{labels['body']:<{width}} | "}
            prefixes.update({j: f"{'':<{width}} | " for j in range(1, len(shown))})
            suffixes = {j: " " * (span - len(p)) + "+" for j, p in enumerate(shown[:-1])}
            write_article(sheet, article.title, shown, False, prefixes=prefixes, suffixes=suffixes)
        sheet.blank()
        sheet.add(f"({count} rows)")

    elif shape == "mysql":
        keys = [*before_body, "body"]
        width = max(len(labels[k]) for k in keys)
        select = ", ".join(labels[k] for k in keys)
        if rng.random() < 0.7:
            sheet.add(f"mysql> SELECT {select} FROM {table} ORDER BY {labels['date']} DESC LIMIT {count}\\G")
        for n, (article, shown, values) in enumerate(records, 1):
            sheet.add(f"{'*' * 27} {n}. row {'*' * 27}")
            for key in before_body:
                sheet.add(f"{labels[key]:>{width}}: {values[key]}")
            write_article(sheet, article.title, shown, gap, prefixes={0: f"{labels['body']:>{width}}: "})
        sheet.add(f"{count} rows in set ({rng.randint(0, 9) / 100 + 0.01:.2f} sec)")
        if rng.random() < 0.3:
            sheet.blank()
            sheet.add("mysql> ")

    elif shape == "delimited":
        delimiter = rng.choice((",", ",", ";", "\t", "|", " | "))
        name = f"{table}_{stamp}.{'tsv' if delimiter == chr(9) else 'psv' if '|' in delimiter else 'csv'}"
        quote_all = delimiter in (",", ";") and rng.random() < 0.5
        keys = [*before_body, "body"]
        if rng.random() < 0.3:
            sheet.add(name)
        sheet.add(delimiter.join(labels[k] for k in keys))

        def cell(text: str, key: str) -> str:
            quoted = delimiter in (",", ";") and (
                (key in ("title", "byline", "keywords") and quote_all) or delimiter in text or '"' in text
            )
            return f'"{text}"' if quoted else text

        quoted_body = delimiter in (",", ";")
        for article, shown, values in records:
            row = delimiter.join(cell(values[k], k) for k in before_body)
            prefixes = {0: row + delimiter + ('"' if quoted_body else "")}
            suffixes = {len(shown) - 1: '"'} if quoted_body else {}
            write_article(sheet, article.title, shown, gap, prefixes=prefixes, suffixes=suffixes)
            if gap and rng.random() < 0.5:
                sheet.blank()

    else:  # table
        keys = before_body
        caps = rng.random() < 0.5
        outer = rng.random() < 0.6
        ruled = rng.random() < 0.6
        once = rng.random() < 0.4
        row_gap = rng.random() < 0.6
        labelled = rng.random() < 0.3
        names = [labels[k].upper() if caps else labels[k] for k in keys]

        def row(cells: Sequence[str]) -> str:
            text = " | ".join(cells)
            return f"| {text} |" if outer else text

        header = [row(names)]
        if ruled:
            dashes = ["-" * max(3, len(name)) for name in names]
            header.append("|" + "|".join(f"-{d}-" for d in dashes) + "|" if outer else " | ".join(dashes))
        if once:
            sheet.add(*header)
        for n, (article, shown, values) in enumerate(records, 1):
            if n > 1:
                sheet.blank(rng.randint(1, 2))
            if not once:
                sheet.add(*header)
            sheet.add(row([values[k] for k in keys]))
            if row_gap:
                sheet.blank()
            if labelled:
                sheet.add(labels["body"].upper() + ":" if caps else labels["body"] + ":")
            write_article(sheet, article.title, shown, gap)
    return sheet.draft()


# ---------------------------------------------------------------------------
# translated_digest
# ---------------------------------------------------------------------------

DIGEST_HEADERS = {
    "de": (
        "Internationale Presseschau – {date}",
        "Pressespiegel international",
        "Aus der ausländischen Presse – {weekday}, {date}",
        "Der Blick von außen: Presseschau Nr. {n}",
    ),
    "fr": (
        "Revue de presse internationale – {date}",
        "Vu de l'étranger",
        "La presse étrangère du {weekday} {date}",
        "Revue de presse n° {n}",
    ),
    "es": (
        "Resumen de prensa internacional – {date}",
        "La prensa extranjera, traducida",
        "Lo que dice la prensa internacional ({date})",
        "Boletín internacional n.º {n}",
    ),
}
DIGEST_NOTES = {
    "de": (
        "Überschriften übersetzt von der Redaktion, Artikel im Original.",
        "Die Artikel erscheinen in der Originalsprache.",
        "Maschinell übersetzte Überschriften (DeepL), redaktionell geprüft.",
    ),
    "fr": (
        "Titres traduits par la rédaction ; articles en version originale.",
        "Les articles sont reproduits dans leur langue d'origine.",
        "Titres traduits automatiquement (DeepL), relus par la rédaction.",
    ),
    "es": (
        "Titulares traducidos por la redacción; artículos en su idioma original.",
        "Los artículos se reproducen en su idioma original.",
        "Titulares traducidos automáticamente (DeepL) y revisados.",
    ),
}
DIGEST_MARKERS = {
    "de": ("[{n}]", "({n})", "#{n}", "Nr. {n}", "{n}/{N}", "— {n} —", "[{n}/{N}]"),
    "fr": ("[{n}]", "({n})", "#{n}", "N° {n}", "{n}/{N}", "— {n} —", "[{n}/{N}]"),
    "es": ("[{n}]", "({n})", "#{n}", "Nº {n}", "{n}/{N}", "— {n} —", "[{n}/{N}]"),
}
TRANSLATED = {
    "de": (
        "{k}: Was bisher bekannt ist",
        "Neue Entwicklungen um {k}",
        "Streit um {k}",
        "{k} – die wichtigsten Fakten",
        "Was hinter {k} steckt",
        "Wirbel um {k}",
        "{k}: Hintergründe und Reaktionen",
        "Bericht: {k} sorgt für Schlagzeilen",
    ),
    "fr": (
        "{k} : ce que l'on sait",
        "Nouveaux rebondissements autour de {k}",
        "Polémique autour de {k}",
        "{k}, le point sur la situation",
        "Ce qui se cache derrière {k}",
        "{k} : les réactions",
        "L'affaire {k} fait la une",
    ),
    "es": (
        "{k}: lo que se sabe",
        "Nuevos detalles sobre {k}",
        "Polémica en torno a {k}",
        "Las claves de {k}",
        "Qué hay detrás de {k}",
        "{k}: las reacciones",
        "{k}, en el centro del debate",
    ),
}
# An editor's headline when the original names no one: a teaser naming the source.
TEASERS = {
    "de": ("Lesetipp aus {source}", "Fundstück bei {source}", "Lesenswert: {source} berichtet", "Aus {source}"),
    "fr": ("À lire dans {source}", "Repéré dans {source}", "{source} raconte", "Vu dans {source}"),
    "es": ("Para leer en {source}", "Visto en {source}", "Lo cuenta {source}", "Recomendado: {source}"),
}
ORIGINAL_LABELS = {
    "de": ("Originaltitel:", "Original:", "Orig.:", "EN:"),
    "fr": ("Titre original :", "VO :", "Original :", "EN :"),
    "es": ("Título original:", "Original:", "V.O.:", "EN:"),
}
TRANSLATION_LABELS = {
    "de": ("→ {tr}", "(Übersetzt: {tr})", "DE: {tr}", "Deutsch: {tr}"),
    "fr": ("→ {tr}", "(Traduction : {tr})", "FR : {tr}", "En français : {tr}"),
    "es": ("→ {tr}", "(Traducción: {tr})", "ES: {tr}", "En español: {tr}"),
}
QUOTES = {"de": (("„", "“"), ("»", "«"), ("“", "”")), "fr": (("« ", " »"), ("“", "”")), "es": (("«", "»"), ("“", "”"))}
DIGEST_SOURCES = {
    "de": (
        "Quelle: {source}, {date}",
        "Quelle: {source}",
        "Aus: {source} vom {date}",
        "{source} | {date}",
        "Erschienen in {source} am {date}",
        "Quelle: {source} · Autor: {a}",
    ),
    "fr": (
        "Source : {source}, {date}",
        "Source : {source}",
        "Paru dans {source} le {date}",
        "{source} | {date}",
        "D'après {source} ({date})",
        "Source : {source} · Auteur : {a}",
    ),
    "es": (
        "Fuente: {source}, {date}",
        "Fuente: {source}",
        "Publicado en {source} el {date}",
        "{source} | {date}",
        "Según {source} ({date})",
        "Fuente: {source} · Autor: {a}",
    ),
}
TRANSLATOR_LINES = {
    "de": ("Übersetzung der Überschrift: {a}", "Maschinell übersetzt", "Zusammenfassung: {a}", "{minutes}"),
    "fr": ("Traduction du titre : {a}", "Traduit automatiquement", "Sélection : {a}", "{minutes}"),
    "es": ("Traducción del titular: {a}", "Traducido automáticamente", "Selección: {a}", "{minutes}"),
}
ORIGINAL_LINKS = {
    "de": ("Zum Original: {url}", "Weiterlesen im Original ({source}) →", "Originalartikel: {url}"),
    "fr": ("Article original : {url}", "Lire l'article original ({source}) →", "Lien : {url}"),
    "es": ("Artículo original: {url}", "Leer el original ({source}) →", "Enlace: {url}"),
}
DIGEST_FOOTERS = {
    "de": ("Alle Angaben ohne Gewähr.", "Presseschau abbestellen", "© {year} Beispiel Medien", "Ende der Presseschau"),
    "fr": ("Traductions : la rédaction.", "Se désabonner", "© {year} Exemple Presse", "Fin de la revue de presse"),
    "es": ("Traducciones: la redacción.", "Darse de baja", "© {year} Ejemplo Medios", "Fin del resumen"),
}


def _topic(article: SourceArticle) -> str:
    """A name in the headline for a digest editor's headline ("Assange", "Rep. Ilhan Omar", "China"):
    the longest run of one to three headline words that the article writes capitalised inside a
    sentence and never in lower case (a run ends at a comma or a colon); empty when there is none."""
    text = " ".join(article.paragraphs)
    inside = set(re.findall(r"(?<=[\w,;’'\"”)] )([A-Z][\w’'.-]*)", text))
    lower = set(re.findall(r"\b[a-z][\w’'-]*", text))
    runs: list[list[str]] = []
    run: list[str] = []
    for token in article.title.split():
        core = token.strip(",:;!?‘’'\"“”()«»„")
        bare = re.sub(r"['’]s$", "", core)
        name = (
            core[:1].isupper()
            and core.lower() not in SMALL_WORDS
            and bare.lower() not in lower
            and (core in inside or bare in inside or core.rstrip(".") in inside)
        )
        if name and len(run) < 3:
            run.append(bare)
        elif run:
            runs.append(run)
            run = [bare] if name else []
        elif name:
            run = [bare]
        if run and token.endswith((",", ":", ";")):
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    return " ".join(max(runs, key=lambda r: len(" ".join(r)))) if runs else ""


def build_translated_digest(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A digest of foreign press in German, French or Spanish: translated headlines over the original
    articles, one item per article.

    A header, maybe the date and a note on the translations; per item a numbered marker on its own
    line, the page-language headline and the original headline (same line in parentheses or after
    a slash, the next line in parentheses, after a label or in quotation marks, or the original
    first and the translation under it), a source line above or below the paragraphs, maybe a
    translator or reading-time line, the paragraphs or the first ones and a link to the original.
    """
    lang = rng.choice(("de", "fr", "es"))
    when = _when(rng)
    style = rng.choice(("long", "short", "numeric"))
    marker = rng.choice(DIGEST_MARKERS[lang])
    marker_gap = rng.random() < 0.3
    shape = rng.choice(("same", "paren", "label", "quote", "first"))
    same = rng.choice(("{tr} ({t})", "{tr} ({t})", "{tr} / {t}", "{tr} — {t}"))
    label = rng.choice(ORIGINAL_LABELS[lang])
    translation = rng.choice(TRANSLATION_LABELS[lang])
    opening, closing = rng.choice(QUOTES[lang])
    templates = rng.sample(TRANSLATED[lang], len(TRANSLATED[lang]))
    source_line = rng.choice(DIGEST_SOURCES[lang])
    source_below = rng.random() < 0.25
    translator = rng.choice(TRANSLATOR_LINES[lang]) if rng.random() < 0.35 else ""
    excerpts = rng.random() < 0.5
    link = rng.choice(ORIGINAL_LINKS[lang])
    domain_path = rng.choice(("/{y}/{m:02d}/{d:02d}/{slug}", "/news/{slug}-{n}", "/{section}/{slug}"))
    gap = rng.random() < 0.5
    airy = gap or rng.random() < 0.5
    between = rng.choice((1, 1, 2, 3))
    sheet = _Sheet()

    date = _date(when, lang, style)
    weekday = WEEKDAYS[lang][when.weekday()]
    sheet.add(rng.choice(DIGEST_HEADERS[lang]).format(date=date, weekday=weekday, n=rng.randint(12, 480)))
    if rng.random() < 0.6:
        sheet.add(rng.choice(DIGEST_NOTES[lang]))
    sheet.blank(rng.randint(1, 2))

    for i, article in enumerate(articles):
        if i:
            sheet.blank(between)
        sheet.add(marker.format(n=i + 1, N=len(articles)))
        if marker_gap:
            sheet.blank()
        source = rng.choice(SOURCES["en"])
        topic = _topic(article)
        if topic:
            translated = templates[i % len(templates)].format(k=topic)
        else:
            translated = rng.choice(TEASERS[lang]).format(source=source)
        title = article.title
        if shape == "same":
            lines = [same.format(tr=translated, t=title)]
        elif shape == "paren":
            lines = [translated, f"({title})"]
        elif shape == "label":
            lines = [translated, f"{label} {title}"]
        elif shape == "quote":
            lines = [translated, f"{opening}{title}{closing}"]
        else:
            lines = [title, translation.format(tr=translated)]
        sheet.add(*lines)
        published = when - dt.timedelta(days=rng.randint(0, 2))
        item_date = _date(published, lang, style)
        values = {"source": source, "date": item_date, "a": rng.choice(AUTHORS)}
        meta = [source_line.format(**values)]
        if translator and rng.random() < 0.8:
            meta.append(translator.format(a=rng.choice(AUTHORS), minutes=MIN_READ[lang].format(n=rng.randint(2, 9))))
        if not source_below:
            sheet.add(*meta)
        if airy:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
        write_article(sheet, title, paragraphs, gap)
        trailer = meta if source_below else []
        if excerpts and rng.random() < 0.8:
            host = source.lower().replace("the ", "").replace(" ", "") + ".example"
            path = domain_path.format(
                y=published.year,
                m=published.month,
                d=published.day,
                slug=_slug(title, rng),
                n=rng.randrange(10**6, 10**7),
                section=_slug(rng.choice(SECTIONS["en"]), rng),
            )
            trailer = [*trailer, link.format(url=f"https://www.{host}{path}", source=source)]
        if trailer:
            if airy:
                sheet.blank()
            sheet.add(*trailer)

    if rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        footers = DIGEST_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 2)))
        sheet.add(*(footers[k].format(year=when.year) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# chat_export
# ---------------------------------------------------------------------------

CHANNELS = {
    "en": ("reading-list", "news", "links", "general", "random", "press-clippings", "interesting-reads"),
    "de": ("lesestoff", "presse", "allgemein", "links", "lesetipps"),
    "fr": ("lectures", "revue-de-presse", "general", "veille", "liens"),
    "es": ("lecturas", "prensa", "general", "enlaces", "noticias"),
}
TEAMS = ("Newsroom", "Research", "Comms Team", "Product", "Redaktion", "Équipe Veille", "Equipo Prensa")
CHANNEL_HEADERS = {
    "slack": {
        "en": ("#{channel}", "#{channel}\n{n} members · Topic: share what you're reading", "Slack export — #{channel}"),
        "de": ("#{channel}", "#{channel}\n{n} Mitglieder · Thema: Lesenswertes", "Slack-Export – #{channel}"),
        "fr": ("#{channel}", "#{channel}\n{n} membres · Sujet : lectures du jour", "Export Slack – #{channel}"),
        "es": ("#{channel}", "#{channel}\n{n} miembros · Tema: lecturas", "Exportación de Slack – #{channel}"),
    },
    "discord": {
        "en": ("#{channel}", "Welcome to #{channel}!\nThis is the start of the #{channel} channel."),
        "de": ("#{channel}", "Willkommen in #{channel}!\nDas ist der Anfang des Kanals #{channel}."),
        "fr": ("#{channel}", "Bienvenue dans #{channel} !\nC'est le début du salon #{channel}."),
        "es": ("#{channel}", "¡Te damos la bienvenida a #{channel}!\nEste es el principio del canal #{channel}."),
    },
    "teams": {
        "en": ("{team} > {channel}", "{channel}\nPosts  Files  Wiki", "{team}\n{channel}"),
        "de": ("{team} > {channel}", "{channel}\nBeiträge  Dateien  Wiki"),
        "fr": ("{team} > {channel}", "{channel}\nPublications  Fichiers  Wiki"),
        "es": ("{team} > {channel}", "{channel}\nPublicaciones  Archivos  Wiki"),
    },
    "log": {
        "en": ("Chat export: #{channel}", "--- Log opened {date} ---", "Messages and calls are end-to-end encrypted."),
        "de": ("Chatverlauf: #{channel}", "--- Log geöffnet {date} ---"),
        "fr": ("Historique : #{channel}", "--- Journal ouvert le {date} ---"),
        "es": ("Historial: #{channel}", "--- Registro abierto {date} ---"),
    },
}
TODAY_WORDS = {
    "en": ("Today", "Yesterday"),
    "de": ("Heute", "Gestern"),
    "fr": ("Aujourd’hui", "Hier"),
    "es": ("Hoy", "Ayer"),
}
DISCORD_AT = {"en": "{day} at {clock}", "de": "{day} um {clock}", "fr": "{day} à {clock}", "es": "{day} a las {clock}"}
COMMENTS = {
    "en": (
        "worth a read",
        "interesting take",
        "FYI",
        "This 👇",
        "relevant to what we discussed yesterday",
        "cc @{first}",
        "thoughts?",
        "saw this this morning",
        "long but good",
        "wow",
        "@{first} you'll like this one",
    ),
    "de": ("lesenswert", "Interessant:", "FYI", "passt zu unserem Thema von gestern", "cc @{first}", "Meinungen?"),
    "fr": ("à lire", "intéressant", "pour info", "cc @{first}", "qu'en pensez-vous ?", "ça rejoint notre discussion"),
    "es": ("vale la pena leerlo", "interesante", "para que lo tengáis", "cc @{first}", "¿qué opináis?"),
}
CHATTER = {
    "en": (
        "morning all ☕",
        "anyone up for lunch at 12?",
        "standup moved to 11 today",
        "thanks, will read later",
        "lol",
        "+1",
        "can someone review my PR when you get a sec?",
        "heading out, back in 30",
        "great find 🙌",
        "is the wifi down for anyone else?",
        "reminder: all-hands at 3pm",
        "@{first} thanks for sharing",
    ),
    "de": (
        "Moin zusammen",
        "Wer kommt mit zum Mittagessen?",
        "Danke, lese ich später",
        "+1",
        "Bin kurz weg, in 30 Min. zurück",
        "@{first} danke fürs Teilen",
        "Erinnerung: Teamrunde um 15 Uhr",
    ),
    "fr": (
        "Bonjour à tous",
        "qui vient déjeuner ?",
        "merci, je lirai plus tard",
        "+1",
        "je m'absente 30 min",
        "@{first} merci pour le partage",
        "rappel : réunion d'équipe à 15 h",
    ),
    "es": (
        "Buenos días a todos",
        "¿alguien se apunta a comer?",
        "gracias, lo leo luego",
        "+1",
        "salgo un momento, vuelvo en 30",
        "@{first} gracias por compartir",
        "recordatorio: reunión a las 15:00",
    ),
}
JOINED = {
    "en": (
        "{name} joined #{channel}.",
        "{name} has joined the channel",
        "{name} joined using this group's invite link",
    ),
    "de": ("{name} ist #{channel} beigetreten.", "{name} wurde zum Kanal hinzugefügt"),
    "fr": ("{name} a rejoint #{channel}.", "{name} a été ajouté(e) au canal"),
    "es": ("{name} se ha unido a #{channel}.", "{name} se unió al canal"),
}
EDITED = {"en": "(edited)", "de": "(bearbeitet)", "fr": "(modifié)", "es": "(editado)"}
SHOW_MORE = {
    "en": ("Show more", "See more", "Read more"),
    "de": ("Mehr anzeigen", "Weiterlesen"),
    "fr": ("Afficher plus", "Voir plus"),
    "es": ("Mostrar más", "Ver más"),
}
SHORTCODES = (":+1:", ":eyes:", ":100:", ":thinking_face:", ":fire:", ":pray:", ":joy:", ":clap:")
EMOJI = ("👍", "👀", "🔥", "😂", "❤️", "🤔", "😮", "💯")
THREADS = {
    "slack": {
        "en": ("{n} replies", "{n} replies  Last reply {ago}", "Thread: {n} replies", "{n} replies  View thread"),
        "de": ("{n} Antworten", "{n} Antworten  Letzte Antwort {ago}", "Thread: {n} Antworten"),
        "fr": ("{n} réponses", "{n} réponses  Dernière réponse {ago}", "Fil : {n} réponses"),
        "es": ("{n} respuestas", "{n} respuestas  Última respuesta {ago}", "Hilo: {n} respuestas"),
    },
    "discord": {
        "en": ("Thread · {n} Messages ›", "{first} started a thread. See all threads."),
        "de": ("Thread · {n} Nachrichten ›", "{first} hat einen Thread gestartet."),
        "fr": ("Fil · {n} messages ›", "{first} a commencé un fil."),
        "es": ("Hilo · {n} mensajes ›", "{first} ha iniciado un hilo."),
    },
    "teams": {
        "en": ("{n} replies from {first}", "Reply", "{n} replies from {first} and {second}"),
        "de": ("{n} Antworten von {first}", "Antworten"),
        "fr": ("{n} réponses de {first}", "Répondre"),
        "es": ("{n} respuestas de {first}", "Responder"),
    },
}


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _day_divider(day: dt.datetime, lang: str, shape: str) -> str:
    weekday = WEEKDAYS[lang][day.weekday()]
    month = MONTHS[lang][day.month - 1]
    if shape == "slack":
        text = {
            "en": f"{weekday}, {month} {_ordinal(day.day)}",
            "de": f"{weekday}, {day.day}. {month}",
            "fr": f"{weekday} {day.day} {month}",
            "es": f"{weekday}, {day.day} de {month}",
        }[lang]
        return text[0].upper() + text[1:]
    if shape == "rule":
        return f"----- {_date(day, lang, 'long')} -----"
    if shape == "irc":
        return f"--- Day changed {day:%a} {SHORT_MONTHS['en'][day.month - 1]} {day:%d %Y}"
    return _date(day, lang, "long")


def _reactions(platform: str, rng: random.Random) -> str:
    picked = rng.sample(SHORTCODES if platform == "slack" else EMOJI, rng.randint(1, 3))
    return "  ".join(f"{emoji} {rng.randint(1, 9)}" for emoji in picked)


def build_chat_export(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A team chat channel (Slack, Discord, Teams) copied out, or a WhatsApp- or IRC-like log, where
    people share articles; one message per article, chatter and join notices between them.

    The channel's header; maybe day dividers; per message a header (name and time; a log line
    carrying the message's first line), or a bare time for a follow-up by the same person; in an
    article message maybe a comment, the link, the site's name, then the title and the paragraphs
    (all, or the first ones and "Show more"), maybe "(edited)", reactions and a thread line.
    Chatter messages of one or two short lines are not articles.
    """
    lang = _lang(rng)
    platform = rng.choice(("slack", "slack", "discord", "teams", "log"))
    channel = rng.choice(CHANNELS[lang])
    people = rng.sample(AUTHORS, rng.randint(3, 6))
    when = _when(rng).replace(hour=rng.randint(7, 10))
    twelve = lang == "en" and rng.random() < 0.75
    compact = platform == "discord" and rng.random() < 0.3  # "[10:42] NAME: text"
    inline = platform == "log" or compact  # the header line carries the message's first line
    log_shape = rng.choice(
        ("[{iso} {hm}] {name}: ", "{num}, {hm} - {name}: ", "[{dots}, {hms}] {name}: ", "{hm} <{nick}> ")
    )
    teams_shape = rng.choice(("{name}\n{md} {clock}", "{name}  {clock}", "{name} {md}, {clock}"))
    divider = {"slack": "slack", "discord": rng.choice(("date", "rule")), "teams": "date", "log": "irc"}[platform]
    every_line = platform == "log" and log_shape.startswith("{hm} <")  # IRC: one message per line
    dividers = platform != "log" or every_line
    today_words = rng.random() < 0.5
    gap = platform != "log" and rng.random() < 0.35
    between = 0 if platform == "log" else rng.choice((0, 1, 1, 2))
    comment_odds = rng.choice((0.4, 0.7, 1.0))
    url_odds = rng.choice((0.0, 0.4, 0.8))
    site_odds = 0.0 if platform == "log" else rng.choice((0.0, 0.5, 0.9))
    excerpts = rng.random() < 0.5
    more = rng.choice(SHOW_MORE[lang]) if platform != "log" and rng.random() < 0.6 else ""
    edited_odds = 0.0 if platform == "log" else rng.choice((0.0, 0.15))
    reaction_odds = 0.0 if platform == "log" else rng.choice((0.3, 0.6))
    thread_shape = rng.choice(THREADS[platform][lang]) if platform in THREADS and rng.random() < 0.7 else ""
    grouped_odds = 0.0 if inline else rng.choice((0.0, 0.2))
    domain_path = rng.choice(("/{y}/{m:02d}/{d:02d}/{slug}", "/news/{slug}-{n}", "/{section}/{slug}", "/a/{n}"))
    sheet = _Sheet()

    # The messages: every article, and chatter or join notices among them.
    messages: list[tuple[str, SourceArticle | None]] = [("article", article) for article in articles]
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        messages.insert(rng.randint(0, len(messages)), ("chatter", None))
    if rng.random() < 0.25:
        messages.insert(rng.randint(0, len(messages)), ("joined", None))

    header = rng.choice(CHANNEL_HEADERS[platform][lang])
    sheet.add(
        *header.format(channel=channel, team=rng.choice(TEAMS), n=rng.randint(8, 240), date=when.date()).split("\n")
    )
    sheet.blank(rng.randint(1, 2) if platform != "log" else rng.randint(0, 1))

    moments = []
    moment = when
    for _ in messages:
        moment += dt.timedelta(minutes=rng.choice((1, 2, 3, 5, 8, 13, 21, 34, 55)), seconds=rng.randint(-30, 30))
        if rng.random() < 0.15:
            moment = (moment + dt.timedelta(days=1)).replace(hour=rng.randint(8, 11))
        moments.append(moment)
    today = moments[-1].date()  # the export was made the day of the last message
    shown_day: dt.date | None = None if rng.random() < 0.7 else moments[0].date()
    previous = ""
    for index, ((kind, article), moment) in enumerate(zip(messages, moments, strict=True)):
        if index:
            sheet.blank(between)
        age = (today - moment.date()).days
        if dividers and moment.date() != shown_day:
            if today_words and divider != "irc" and age < 2:
                sheet.add(TODAY_WORDS[lang][age])
            else:
                sheet.add(_day_divider(moment, lang, divider))
            sheet.blank(between)
        shown_day = moment.date()
        values = {
            "iso": f"{moment:%Y-%m-%d}",
            "hm": f"{moment:%H:%M}",
            "hms": f"{moment:%H:%M:%S}",
            "num": _date(moment, lang, "numeric").replace(".", "/"),
            "dots": f"{moment:%d.%m.%y}",
        }
        clock = _twelve(moment) if twelve else f"{moment:%H:%M}"
        if kind == "joined":
            name = rng.choice([p for p in AUTHORS if p not in people])
            line = rng.choice(JOINED[lang]).format(name=name, channel=channel)
            if platform == "log" and "{name}" in log_shape:
                line = log_shape.split("{name}")[0].format(**values) + line
            elif platform == "log":
                line = f"{values['hm']} -!- {line}"
            sheet.add(line)
            previous = ""
            continue

        name = rng.choice(people) if kind == "chatter" or rng.random() < 0.8 else previous or rng.choice(people)
        grouped = name == previous and rng.random() < grouped_odds
        if inline:
            nick = first_name(name).lower()
            lead = log_shape.format(**values, name=name, nick=nick) if platform == "log" else f"[{clock}] {name}: "
        else:
            lead = ""
            if grouped:
                sheet.add(clock)
            elif platform == "slack":
                sheet.add(f"{name}  {clock}")
            elif platform == "discord":
                day = TODAY_WORDS[lang][age] if age < 2 else _date(moment, lang, "numeric")
                sheet.add(f"{name} — " + DISCORD_AT[lang].format(day=day, clock=clock))
            else:
                md = f"{moment.month}/{moment.day}" if lang == "en" else f"{moment.day}.{moment.month}."
                sheet.add(*teams_shape.format(name=name, md=md, clock=clock).split("\n"))
        previous = name
        others = [p for p in people if p != name]
        first = first_name(rng.choice(others))

        if kind == "chatter":
            lines = [line.format(first=first) for line in rng.sample(CHATTER[lang], rng.randint(1, 2))]
            sheet.add(lead + lines[0], *((lead if every_line else "") + line for line in lines[1:]))
            continue

        assert article is not None
        head: list[str] = []  # the lines before the paragraphs: comment, link, site, title
        if rng.random() < comment_odds:
            head.append(rng.choice(COMMENTS[lang]).format(first=first))
        source = rng.choice(SOURCES[lang] if rng.random() < 0.5 else SOURCES["en"])
        if rng.random() < url_odds:
            slug = re.sub(r"^(the|el|la|le)-", "", _slug(source, rng))
            host = source.lower() if "." in source else slug.replace("-", "") + ".example"
            path = domain_path.format(
                y=moment.year,
                m=moment.month,
                d=moment.day,
                slug=_slug(article.title, rng),
                n=rng.randrange(10**5, 10**8),
                section=_slug(rng.choice(SECTIONS[lang]), rng),
            )
            head.append(f"https://www.{host}{path}")
            if rng.random() < site_odds:
                head.append(source)
        head.append(article.title)
        # The log line's head goes before the message's first line (IRC: before every line).
        sheet.add(*((lead if k == 0 or every_line else "") + line for k, line in enumerate(head)))
        if gap and rng.random() < 0.5:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
        suffixes = {len(paragraphs) - 1: " " + EDITED[lang]} if rng.random() < edited_odds else {}
        prefixes = dict.fromkeys(range(len(paragraphs)), lead) if every_line else {}
        write_article(sheet, article.title, paragraphs, gap, prefixes=prefixes, suffixes=suffixes)
        tail: list[str] = []
        if more and excerpts and len(paragraphs) < len(article.paragraphs) and rng.random() < 0.7:
            tail.append(more)
        if rng.random() < reaction_odds:
            tail.append(_reactions(platform, rng))
        if thread_shape and rng.random() < 0.4:
            second = first_name(rng.choice(others))
            ago = _ago(lang, rng.randint(5, 3000), rng)
            tail.append(thread_shape.format(n=rng.randint(2, 14), ago=ago.lower(), first=first, second=second))
        if tail:
            if gap:
                sheet.blank()
            sheet.add(*tail)
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "reviews": build_reviews,
    "newswire_table": build_newswire_table,
    "translated_digest": build_translated_digest,
    "chat_export": build_chat_export,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout4", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
