"""Generate multi-article pages in layouts the segmenter was never tuned on.

    .venv/bin/python tools/layouts.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts.py bundle [--segments PATH] [-o tests/data/articles.jsonl]

The dev pages (`../shared/eval-dev/segments/dev.jsonl`) come in five layouts: `tagfeed`,
`related`, `concat`, `byline`, `markdown`. This module builds pages from the same kind of
articles in other layouts, so segmentation can be scored on layouts nobody tuned on:

- `newsletter`: an e-mail briefing, numbered items, source lines, separators, footer;
- `wire`: a news-wire feed, headlines (often in capitals), datelines, reporting credits;
- `rss`: an RSS/Atom feed dumped as `Field: value` lines followed by the item's content;
- `archive`: a blog archive, setext-underlined headlines, "Posted on ... by ..." lines, tags;
- `cards`: a topic page of cards, section kickers, relative times, share lines, no blank lines;
- `press`: a newsroom of press releases, "FOR IMMEDIATE RELEASE", "###", "About COMPANY".

Everything around the articles (greetings, datelines, credits, share lines, boilerplate) is
furniture: invented here from small pools in English, German, French and Spanish, chosen
by the page's `random.Random`, and never part of the truth. A page's truth is, per article
in page order, the headline as shown (without numbering or a `Title:` label) and the
paragraphs shown, joined by "\\n" (an excerpt when the layout shows only the first few).
Everything is deterministic: the same articles, layouts and seed give byte-identical pages.

An excerpt of a `newsletter` page:

    The Morning Brief — December 3, 2024
    Good morning. Here is what you need to know today.

    1. Sweden drops Assange rape investigation
    via The Guardian, December 3, 2024
    Prosecutors in Sweden have dropped an investigation into a rape allegation ...
    Continue reading →
    * * *
    2) ...

`tests/data/articles.jsonl` (written by `bundle`) holds 40 articles `{"title","text"}` taken
from the truth of the dev segments file, trimmed to at most 8 paragraphs and about 2,500
characters. Those articles come from the ScrapingHub (Zyte) article-extraction benchmark,
github.com/scrapinghub/article-extraction-benchmark, MIT licence.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SEGMENTS = PROJECT.parent / "shared" / "eval-dev" / "segments" / "dev.jsonl"
BUNDLED = PROJECT / "tests" / "data" / "articles.jsonl"


@dataclass(frozen=True)
class SourceArticle:
    """An article to place on a page: its headline and its paragraphs (none blank)."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class GeneratedPage:
    """A page as a scraper would give it, and the articles on it in page order."""

    id: str
    layout: str
    text: str
    articles: tuple[dict[str, str], ...]


@dataclass(frozen=True)
class Draft:
    """What a layout builder returns: the page text and its truth articles."""

    text: str
    articles: tuple[dict[str, str], ...]


Builder = Callable[[Sequence[SourceArticle], random.Random], Draft]

# ---------------------------------------------------------------------------
# Shared furniture pools
# ---------------------------------------------------------------------------


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


LANGS = ("en", "de", "fr", "es")
LANG_WEIGHTS = (55, 15, 15, 15)

MONTHS = {
    "en": _words("January February March April May June July August September October November December"),
    "de": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dezember"),
    "fr": _words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre"),
    "es": _words("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"),
}
SHORT_MONTHS = {
    "en": _words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "de": _words("Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": _words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc."),
    "es": _words("ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic."),
}
WEEKDAYS = {
    "en": _words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday"),
    "de": _words("Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag"),
    "fr": _words("lundi mardi mercredi jeudi vendredi samedi dimanche"),
    "es": _words("lunes martes miércoles jueves viernes sábado domingo"),
}
RFC_WEEKDAYS = _words("Mon Tue Wed Thu Fri Sat Sun")
DATE_STYLES = ("long", "short", "us", "numeric", "iso")
CLOCKS = {
    "en": ("{H:02d}:{M:02d} GMT", "{H:02d}:{M:02d} ET", "{H:02d}:{M:02d} UTC", "{h}:{M:02d} {ampm}"),
    "de": ("{H:02d}.{M:02d} Uhr", "{H:02d}:{M:02d} Uhr", "{H:02d}:{M:02d} MEZ"),
    "fr": ("{H:02d}h{M:02d}", "{H:02d}:{M:02d} HEC"),
    "es": ("{H:02d}:{M:02d} h", "{H:02d}:{M:02d} CET"),
}
# How long ago, by magnitude: minutes, hours, days (plural forms only: the counts start at 2).
RELATIVE = {
    "en": (
        ("{n} minutes ago", "{n} min ago"),
        ("{n} hours ago", "Updated {n} hours ago", "{n}h ago"),
        ("{n} days ago",),
    ),
    "de": (
        ("vor {n} Minuten", "vor {n} Min."),
        ("vor {n} Stunden", "Aktualisiert vor {n} Stunden"),
        ("vor {n} Tagen",),
    ),
    "fr": (
        ("Il y a {n} minutes", "Il y a {n} min"),
        ("Il y a {n} heures", "Mis à jour il y a {n} heures"),
        ("Il y a {n} jours",),
    ),
    "es": (("Hace {n} minutos", "Hace {n} min"), ("Hace {n} horas", "Actualizado hace {n} horas"), ("Hace {n} días",)),
}
AUTHORS = (
    "Maria Schmidt",
    "James Carter",
    "Aisha Khan",
    "Lucas Moreau",
    "Sofía Ramírez",
    "Tom Becker",
    "Emily Chen",
    "Hannah Weiß",
    "Julien Fabre",
    "Carmen Ortega",
    "Oliver Grant",
    "Priya Nair",
    "Kenji Watanabe",
    "Laura Bianchi",
    "Mateo Silva",
    "Grace O'Neill",
)
SECTIONS = {
    "en": ("World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture", "Opinion"),
    "de": ("Politik", "Wirtschaft", "Digital", "Wissenschaft", "Gesundheit", "Sport", "Kultur", "Meinung"),
    "fr": ("Monde", "Politique", "Économie", "Sciences", "Santé", "Sport", "Culture", "Idées"),
    "es": ("Mundo", "Política", "Economía", "Tecnología", "Ciencia", "Salud", "Deportes", "Cultura"),
}
SOURCES = {
    "en": ("Reuters", "AP", "The Guardian", "BBC News", "Bloomberg", "NPR", "Axios", "Financial Times", "The Verge"),
    "de": ("Der Spiegel", "Süddeutsche Zeitung", "FAZ", "Zeit Online", "tagesschau.de", "Reuters"),
    "fr": ("Le Monde", "Le Figaro", "Libération", "France 24", "AFP", "Les Échos"),
    "es": ("El País", "La Vanguardia", "El Mundo", "EFE", "BBC Mundo", "Infobae"),
}
READ_MORE = {
    "en": ("Continue reading →", "Read the full story", "Read more »", "Keep reading", "Full story →"),
    "de": ("Weiterlesen →", "Zum ganzen Artikel", "Mehr lesen »"),
    "fr": ("Lire la suite →", "Lire l'article complet", "En savoir plus »"),
    "es": ("Seguir leyendo →", "Leer más", "Lee la historia completa"),
}
MIN_READ = {"en": "{n} min read", "de": "{n} Min. Lesezeit", "fr": "{n} min de lecture", "es": "{n} min de lectura"}
DOMAINS = ("site.example", "news.example.org", "blog.example.com", "www.example.net", "daily.example.co.uk")


def _lang(rng: random.Random) -> str:
    return rng.choices(LANGS, weights=LANG_WEIGHTS)[0]


def _when(rng: random.Random) -> dt.datetime:
    """A random moment in 2023-2025, to the minute."""
    start = dt.datetime(2023, 1, 1, 0, 0)
    return start + dt.timedelta(days=rng.randrange(3 * 365), minutes=rng.randrange(24 * 60))


def _date(when: dt.datetime, lang: str, style: str) -> str:
    """`when` as a date in one of DATE_STYLES ("us" is "Dec 3, 2024" in English, "short" elsewhere)."""
    day, month, year = when.day, when.month, when.year
    if style == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if style == "numeric":
        if lang == "en":
            return f"{month:02d}/{day:02d}/{year}"
        return f"{day:02d}.{month:02d}.{year}" if lang == "de" else f"{day:02d}/{month:02d}/{year}"
    if style == "long":
        name = MONTHS[lang][month - 1]
        shapes = {"en": f"{name} {day}, {year}", "de": f"{day}. {name} {year}", "fr": f"{day} {name} {year}"}
        return shapes.get(lang, f"{day} de {name} de {year}")
    short = SHORT_MONTHS[lang][month - 1]
    if lang == "en":
        return f"{short} {day}, {year}" if style == "us" else f"{day} {short} {year}"
    return f"{day}. {short} {year}" if lang == "de" else f"{day} {short} {year}"


def _clock(when: dt.datetime, lang: str, shape: str) -> str:
    hour12 = when.hour % 12 or 12
    ampm = "a.m." if when.hour < 12 else "p.m."
    return shape.format(H=when.hour, M=when.minute, h=hour12, ampm=ampm)


def _rfc822(when: dt.datetime, zone: str) -> str:
    month = SHORT_MONTHS["en"][when.month - 1]
    return f"{RFC_WEEKDAYS[when.weekday()]}, {when.day:02d} {month} {when.year} {when:%H:%M:%S} {zone}"


def _ago(lang: str, minutes: int, rng: random.Random) -> str:
    """`minutes` ago, said as a news site would ("35 minutes ago", "Updated 3 hours ago", "vor 2 Tagen")."""
    minutes_, hours, days = RELATIVE[lang]
    if minutes < 120:
        return rng.choice(minutes_).format(n=max(minutes, 2))
    if minutes < 48 * 60:
        return rng.choice(hours).format(n=minutes // 60)
    return rng.choice(days).format(n=minutes // (24 * 60))


def _names(rng: random.Random, count: int) -> list[str]:
    return rng.sample(AUTHORS, count)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split()).lower()


def _thousands(number: int, lang: str) -> str:
    """12345 -> "12,345" ("12.345" in German and Spanish, "12 345" in French)."""
    text = f"{number:,}"
    return text if lang == "en" else text.replace(",", " " if lang == "fr" else ".")


def _slug(title: str, rng: random.Random) -> str:
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())[:8]
    return "-".join(words) or f"item-{rng.randrange(10_000, 100_000)}"


SMALL_WORDS = frozenset(_words("a an and as at but by for from in nor of on or the to vs via with"))


def key_words(title: str) -> list[str]:
    """The title's words worth a slug, a keyword or a topic: letters first, longer than three
    characters, not a small word; in title order (the title's first word when none is)."""
    words = [w.strip("’'‘-") for w in re.findall(r"[^\W\d_][\w’'‘-]*", title)]
    return [w for w in words if len(w) > 3 and w.lower() not in SMALL_WORDS] or title.split()[:1]


def write_article(
    sheet: _Sheet,
    title: str,
    paragraphs: Sequence[str],
    gap: bool,
    breaks: dict[int, list[list[str]]] | None = None,
    prefixes: dict[int, str] | None = None,
    suffixes: dict[int, str] | None = None,
) -> None:
    """Like `_Sheet.article`, with blocks of furniture lines (`breaks[j]`) before paragraph j (j > 0;
    each block set off by blank lines when `gap`), `prefixes[j]` written before paragraph j and
    `suffixes[j]` after it on the same line. The truth gets the paragraphs without any of them."""
    breaks = breaks or {}
    prefixes = prefixes or {}
    suffixes = suffixes or {}
    for j, paragraph in enumerate(paragraphs):
        if j:
            if gap:
                sheet.blank()
            for block in breaks.get(j, ()):
                sheet.add(*block)
                if gap:
                    sheet.blank()
        sheet.add(prefixes.get(j, "") + paragraph + suffixes.get(j, ""))
    sheet.truth.append({"title": title, "text": "\n".join(paragraphs)})


def first_name(name: str) -> str:
    """The first word of a name ("Maria" of "Maria Schmidt")."""
    return name.split()[0]


def sentence_case(title: str, paragraphs: Sequence[str]) -> str:
    """A Title Case headline in sentence case, as institutions write them ("Three cases of plague
    diagnosed in China"); other headlines as they are. A capitalised word keeps its capital after a
    colon or a dash, and when it is a name: the article writes it so inside a sentence, or writes it
    capitalised and never in lower case."""
    words = title.split(" ")
    long_words = [w for w in words[1:] if len(w) > 3 and w[:1].isalpha()]
    if not long_words or sum(w[0].isupper() for w in long_words) < 0.7 * len(long_words):
        return title
    text = " ".join(paragraphs)
    inside = set(re.findall(r"(?<=[\w,;’'\"”)] )([A-Z][\w’'-]*)", text))
    capitals = set(re.findall(r"\b[A-Z][\w’'-]*", text))
    lower = set(re.findall(r"\b[a-z][\w’'-]*", text))
    shown = [words[0]]
    for before, word in pairwise(words):
        core = word.strip("‘’'\"“”()?!.,:;")
        plain = core[:1].isupper() and core[1:].islower() and core.isalpha()
        name = core in inside or (core in capitals and core.lower() not in lower)
        if plain and not name and not before.endswith((":", "|", "-", "–", "—", "…")):
            word = word.replace(core, core.lower(), 1)
        shown.append(word)
    return " ".join(shown)


def _title_case(title: str) -> str:
    """Capitalise the words of a mostly-ASCII headline, news-style; leave other scripts alone."""
    if sum(char.isascii() for char in title) < 0.9 * len(title):
        return title
    words = title.split(" ")
    return " ".join(
        word[0].upper() + word[1:] if word[:1].islower() and (i == 0 or word not in SMALL_WORDS) else word
        for i, word in enumerate(words)
    )


def _excerpt(article: SourceArticle, rng: random.Random, low: int, high: int) -> tuple[str, ...]:
    return article.paragraphs[: rng.randint(low, high)]


def _separator(rng: random.Random) -> str:
    """A page's item separator: an asterism, or a rule of dashes, underscores or box-drawing characters."""
    char = rng.choice(("-", "_", "─", "━", "=", "·"))
    return rng.choice(("* * *", "***", "• • •", char * rng.randint(12, 60)))


# A paragraph that already opens with a dateline ("WASHINGTON (AP) —", "NEW DELHI:").
HAS_DATELINE = re.compile(r"^[A-ZÀ-Ý][A-ZÀ-Ý .,'’-]{2,}(?:,[^()\n]{0,30})?\s*(?:\([^)\n]{1,30}\))?\s*(?:[-—–:]|--)")


class _Sheet:
    """The lines of a page being built, and the truth articles placed on it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.truth: list[dict[str, str]] = []

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def blank(self, count: int = 1) -> None:
        self.lines.extend([""] * count)

    def article(self, title: str, paragraphs: Sequence[str], gap: bool = False) -> None:
        """Write the paragraphs (a blank line between them when `gap`) and record the truth article."""
        for i, paragraph in enumerate(paragraphs):
            if gap and i:
                self.blank()
            self.add(paragraph)
        self.truth.append({"title": title, "text": "\n".join(paragraphs)})

    def draft(self) -> Draft:
        text = "\n".join(self.lines).strip("\n")
        return Draft(text + "\n", tuple(self.truth))


# ---------------------------------------------------------------------------
# newsletter
# ---------------------------------------------------------------------------

NEWSLETTER_NAMES = {
    "en": ("The Morning Brief", "Daily Briefing", "First Edition", "The Download", "Evening Wrap", "Five Things"),
    "de": ("Der Morgen", "Die Lage am Morgen", "Briefing am Abend", "Das Wichtigste heute"),
    "fr": ("Le Brief du matin", "La Matinale", "L'Essentiel du soir", "La Lettre éco"),
    "es": ("El Despertador", "Las claves del día", "Boletín de la mañana", "La Newsletter de la tarde"),
}
GREETINGS = {
    "en": (
        "Good morning. Here is what you need to know today.",
        "Hi there — here are today's top stories.",
        "Welcome back. A few things worth your time this {weekday}:",
        "Happy {weekday}! Let's get you caught up.",
        "Good evening. Here's the day in review.",
    ),
    "de": (
        "Guten Morgen. Das müssen Sie heute wissen.",
        "Hallo, hier sind die wichtigsten Nachrichten am {weekday}.",
        "Guten Abend, das war der Tag.",
    ),
    "fr": (
        "Bonjour. Voici l'essentiel de l'actualité du jour.",
        "Bonsoir, voici ce qu'il fallait retenir ce {weekday}.",
        "Bonjour à toutes et à tous, et bonne lecture !",
    ),
    "es": (
        "Buenos días. Esto es lo que necesitas saber hoy.",
        "Hola, estas son las noticias más importantes de este {weekday}.",
        "Buenas tardes. Así ha ido el día.",
    ),
}
IN_THIS_ISSUE = {
    "en": ("In today's issue:", "In this edition:", "Today:"),
    "de": ("Heute in dieser Ausgabe:", "Die Themen:"),
    "fr": ("Au sommaire aujourd'hui :", "Dans cette édition :"),
    "es": ("En esta edición:", "Hoy te contamos:"),
}
SOURCE_LINES = {
    "en": ("{source} — {date}", "via {source}, {date}", "Source: {source} · {minutes}", "({source}, {date})"),
    "de": ("{source} — {date}", "via {source}, {date}", "Quelle: {source} · {minutes}", "({source}, {date})"),
    "fr": ("{source} — {date}", "via {source}, {date}", "Source : {source} · {minutes}", "({source}, {date})"),
    "es": ("{source} — {date}", "vía {source}, {date}", "Fuente: {source} · {minutes}", "({source}, {date})"),
}
SPONSOR = {
    "en": (("SPONSORED", "Together with Northwind", "A message from our partner"), "Try it free →"),
    "de": (("ANZEIGE", "Präsentiert von Northwind", "Werbung"), "Jetzt kostenlos testen →"),
    "fr": (("PUBLICITÉ", "En partenariat avec Northwind", "Contenu sponsorisé"), "Essayer gratuitement →"),
    "es": (("PUBLICIDAD", "En colaboración con Northwind", "Patrocinado"), "Pruébalo gratis →"),
}
PROMOS = (
    "Northwind Analytics turns your spreadsheets into dashboards in minutes — no code, no setup.",
    "Helios Grid helps small businesses cut their energy bill by up to 30 percent.",
    "Brightwater Cloud: ship faster with backups, monitoring and support included.",
)
NEWSLETTER_FOOTERS = {
    "en": (
        ("You are receiving this because you subscribed to {name}.", "You received this email because you signed up."),
        ("Unsubscribe | Manage preferences", "Update your preferences or unsubscribe", "Unsubscribe · View in browser"),
        ("Forward this email to a friend", "Was this forwarded to you? Sign up here."),
        ("© {year} Example Media Ltd. All rights reserved.", "Example Media, 1 Example Plaza, London EC1A 1AA"),
    ),
    "de": (
        ("Sie erhalten diese E-Mail, weil Sie {name} abonniert haben.",),
        ("Abmelden | Einstellungen verwalten", "Newsletter abbestellen"),
        ("Diesen Newsletter weiterempfehlen",),
        ("© {year} Beispiel Verlag GmbH", "Impressum | Datenschutz"),
    ),
    "fr": (
        ("Vous recevez cet e-mail car vous êtes inscrit(e) à {name}.",),
        ("Se désabonner | Gérer mes préférences", "Se désinscrire"),
        ("Transférer à un ami",),
        ("© {year} Exemple Presse SA", "Mentions légales | Confidentialité"),
    ),
    "es": (
        ("Recibes este correo porque te suscribiste a {name}.",),
        ("Darse de baja | Gestionar preferencias", "Cancelar suscripción"),
        ("Reenvía este boletín a un amigo",),
        ("© {year} Ejemplo Medios S.L.", "Aviso legal | Privacidad"),
    ),
}
VIEW_IN_BROWSER = {
    "en": "View in browser",
    "de": "Im Browser ansehen",
    "fr": "Voir la version en ligne",
    "es": "Ver en el navegador",
}


def build_newsletter(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """An e-mail newsletter or morning briefing (Axios AM, The Morning, First Edition style).

    A name and date, a greeting, sometimes an "In today's issue" list of the headlines, then
    numbered items (`1. Headline` / `1) Headline`) with a source line, the paragraphs or an
    excerpt of them and a "Continue reading" line, items separated by the page's separator
    (`* * *`, a rule of dashes or box-drawing characters), maybe a sponsor block, and a footer.
    """
    lang = _lang(rng)
    name = rng.choice(NEWSLETTER_NAMES[lang])
    when = _when(rng)
    style = rng.choice(DATE_STYLES)
    number = rng.choice(("{n}. ", "{n}) "))
    separator = _separator(rng)
    airy = rng.random() < 0.5
    gap = airy and rng.random() < 0.5
    excerpts = rng.random() < 0.5
    source_line = rng.choice(SOURCE_LINES[lang])
    more = rng.choice(READ_MORE[lang])
    more_odds = 0.9 if excerpts else 0.4
    weekday = WEEKDAYS[lang][when.weekday()]
    sponsor_after = rng.randrange(len(articles) - 1) if len(articles) > 1 and rng.random() < 0.35 else -1

    sheet = _Sheet()
    if rng.random() < 0.4:
        sheet.add(VIEW_IN_BROWSER[lang])
    date = _date(when, lang, style)
    if rng.random() < 0.5:
        sheet.add(f"{name} — {date}")
    else:
        sheet.add(name, f"{weekday.capitalize()}, {date}" if style == "long" else date)
    if airy:
        sheet.blank()
    sheet.add(rng.choice(GREETINGS[lang]).format(weekday=weekday))
    if rng.random() < 0.25:
        if airy:
            sheet.blank()
        sheet.add(rng.choice(IN_THIS_ISSUE[lang]))
        bullet = rng.choice(("• ", "- ", "→ "))
        sheet.add(*(bullet + article.title for article in articles))
    for i, article in enumerate(articles):
        if i:
            if airy:
                sheet.blank()
            sheet.add(separator)
        sheet.blank(1 if airy else 0)
        sheet.add(number.format(n=i + 1) + article.title)
        if rng.random() < 0.9:
            item_date = _date(when - dt.timedelta(days=rng.randint(0, 1)), lang, style)
            minutes = MIN_READ[lang].format(n=rng.randint(2, 12))
            sheet.add(source_line.format(source=rng.choice(SOURCES[lang]), date=item_date, minutes=minutes))
        if airy:
            sheet.blank()
        shown = _excerpt(article, rng, 2, 4) if excerpts else article.paragraphs
        sheet.article(article.title, shown, gap=gap)
        if rng.random() < more_odds:
            if gap:
                sheet.blank()
            sheet.add(more)
        if i == sponsor_after:
            labels, action = SPONSOR[lang]
            sheet.blank(1 if airy else 0)
            sheet.add(separator)
            sheet.blank(1 if airy else 0)
            sheet.add(rng.choice(labels), rng.choice(PROMOS), action)
    sheet.blank(2 if airy else 0)
    sheet.add(separator)
    if airy:
        sheet.blank()
    for slot in NEWSLETTER_FOOTERS[lang]:
        if rng.random() < 0.7:
            sheet.add(rng.choice(slot).format(name=name, year=when.year))
    return sheet.draft()


# ---------------------------------------------------------------------------
# wire
# ---------------------------------------------------------------------------

WIRE_DESKS = {
    "en": (
        ("Reuters", ("WASHINGTON", "LONDON", "NEW YORK", "TOKYO", "BRUSSELS", "SINGAPORE")),
        ("AP", ("WASHINGTON", "CHICAGO", "LOS ANGELES", "MEXICO CITY", "NAIROBI")),
        ("Bloomberg", ("NEW YORK", "HONG KONG", "FRANKFURT", "LONDON")),
    ),
    "de": (("dpa", ("BERLIN", "MÜNCHEN", "HAMBURG", "FRANKFURT", "WIEN")),),
    "fr": (("AFP", ("PARIS", "LYON", "BRUXELLES", "GENÈVE", "MARSEILLE")),),
    "es": (
        ("EFE", ("MADRID", "BARCELONA", "BUENOS AIRES", "MÉXICO", "BOGOTÁ")),
        ("Europa Press", ("MADRID", "SEVILLA")),
    ),
}
WIRE_HEADERS = {
    "en": ("{agency} — Top News", "{agency} World Service", "Latest from the {agency} wire", "Breaking News Feed"),
    "de": ("{agency}-Nachrichtenticker", "Nachrichten im Überblick ({agency})", "Der Ticker"),
    "fr": ("Fil d'actualité {agency}", "Dépêches {agency}", "En continu"),
    "es": ("Última hora — {agency}", "Teletipo {agency}", "Noticias al minuto"),
}
DATELINES = {
    "en": ("{city}, {mon} {day} ({agency}) -", "{city} ({agency}) —", "{city}, {mon} {day} ({agency}) —"),
    "de": ("{city} ({agency}) -", "{city}, {day}. {mon} ({agency}) -", "{city} ({agency}) –"),
    "fr": ("{city}, {day} {mon} ({agency}) -", "{city} ({agency}) —"),
    "es": ("{city}, {day} {mon} ({agency}) -", "{city} ({agency}) —"),
}
WIRE_TRAILERS = {
    "en": (
        "(Reporting by {a}; Editing by {b})",
        "Reporting by {a} in {City}; additional reporting by {c}; Editing by {b}",
        "(Writing by {a}; editing by {b})",
        "Associated Press writer {a} in {City} contributed to this report.",
        "-- With assistance from {c}",
    ),
    "de": ("(Reporting: {a}; redigiert von {b})", "{ia}/{ib} {agency}", "(Bericht: {a}; Redaktion: {b})"),
    "fr": ("(Rédaction {a}, édité par {b})", "{ia}/{ib}/{agency}", "(Avec {a} à {City})"),
    "es": ("(Información de {a}; editado por {b})", "{agency} {ia}/{ib}", "(Redacción de {a})"),
}
WIRE_COPYRIGHT = {
    "en": ("© {agency} {year}", "Copyright {year} The Associated Press. All rights reserved."),
    "de": ("© dpa-infocom, dpa:{year}", "© {agency} {year}"),
    "fr": ("© {agency} {year}", "(c) Copyright {agency} {year}"),
    "es": ("© {agency} {year}", "(c) Agencia {agency}"),
}


def build_wire(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A news-wire feed (a Reuters/AP/AFP/dpa/EFE desk or an agency ticker page).

    Each item: maybe a timestamp line ("10:42 GMT", "Updated 3 hours ago"), the headline in
    capitals or Title Case, a dateline on its own line ("WASHINGTON, Dec 3 (Reuters) -")
    unless the first paragraph already opens with one, the paragraphs without blank lines,
    and a credit ("(Reporting by X; Editing by Y)"). Items are separated by 1-3 blank lines.
    """
    lang = _lang(rng)
    agency, cities = rng.choice(WIRE_DESKS[lang])
    caps = rng.random() < 0.5
    stamps = rng.choice(("none", "clock", "relative"))
    clock = rng.choice(CLOCKS[lang])
    dateline = rng.choice(DATELINES[lang])
    trailer = rng.choice(WIRE_TRAILERS[lang])
    copyright_line = rng.choice(WIRE_COPYRIGHT[lang]) if rng.random() < 0.3 else ""
    when = _when(rng)
    age = rng.randint(2, 40)

    sheet = _Sheet()
    if rng.random() < 0.6:
        sheet.add(rng.choice(WIRE_HEADERS[lang]).format(agency=agency))
        sheet.blank(rng.randint(1, 2))
    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 3))
        step = rng.randint(3, 150)
        when -= dt.timedelta(minutes=step)
        age += step
        if stamps == "clock":
            sheet.add(_clock(when, lang, clock))
        elif stamps == "relative":
            sheet.add(_ago(lang, age, rng))
        title = article.title.upper() if caps else _title_case(article.title)
        sheet.add(title)
        city = rng.choice(cities)
        if not HAS_DATELINE.match(article.paragraphs[0]):
            mon = SHORT_MONTHS[lang][when.month - 1]
            sheet.add(dateline.format(city=city, mon=mon, day=when.day, agency=agency))
        sheet.article(title, article.paragraphs)
        a, b, c = _names(rng, 3)
        sheet.add(trailer.format(a=a, b=b, c=c, City=city.title(), ia=_initials(a), ib=_initials(b), agency=agency))
        if copyright_line:
            sheet.add(copyright_line.format(agency=agency, year=when.year))
    return sheet.draft()


# ---------------------------------------------------------------------------
# rss
# ---------------------------------------------------------------------------

RSS_FIELDS = {
    "en": (
        ("Title", "Link", "Published", "Author", "Category", "Content"),
        ("title", "link", "pubDate", "dc:creator", "category", "description"),
        ("TITLE", "URL", "DATE", "AUTHOR", "TAGS", "BODY"),
        ("title", "id", "updated", "author", "category", "summary"),
    ),
    "de": (("Titel", "Link", "Veröffentlicht", "Autor", "Kategorie", "Inhalt"),),
    "fr": (("Titre", "Lien", "Publié le", "Auteur", "Catégorie", "Contenu"),),
    "es": (("Título", "Enlace", "Publicado", "Autor", "Categoría", "Contenido"),),
}
FEED_NAMES = (
    "Example News",
    "The Daily Example",
    "Example Tech Blog",
    "Beispiel Online",
    "Exemple Info",
    "Ejemplo Diario",
)


def build_rss(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """An RSS or Atom feed dumped as text (a feed reader's export, a `feedparser` printout).

    An optional feed header ("Feed: ...", "Last updated: ..."), then per item
    `Title:`/`Link:`/`Published:` lines (RFC 822 or ISO 8601 dates), optional `Author:`,
    `Category:` and `GUID:` lines, then the content, maybe under a `Content:` label or with
    the label inline before the first paragraph. Field names come in English (several
    spellings), German, French or Spanish; items end with a blank line, `----` or `====`.
    """
    lang = _lang(rng)
    # Feed tools often print English field names whatever the feed's language.
    fields = rng.choice(RSS_FIELDS[lang] if lang == "en" else RSS_FIELDS[lang] + RSS_FIELDS["en"][:2])
    f_title, f_link, f_date, f_author, f_category, f_content = fields
    colon = " : " if fields[0] == "Titre" and rng.random() < 0.5 else ": "
    domain = rng.choice(DOMAINS)
    zone = rng.choice(("GMT", "+0000", "-0500", "+0100"))
    iso = rng.random() < 0.4
    offset = rng.choice(("Z", "+00:00", "+01:00", "-05:00"))
    path = rng.choice(("/{y}/{m:02d}/{d:02d}/{slug}/", "/{section}/{slug}-{n}", "/news/{n}", "/p/{slug}"))
    with_author = rng.random() < 0.7
    with_category = rng.random() < 0.5
    with_guid = rng.random() < 0.25
    content = rng.choice(("none", "none", "line", "inline"))
    separator = rng.choice(("", "", "----", "====", "-" * 40, "=" * 40))
    gap = rng.random() < 0.5
    when = _when(rng)

    sheet = _Sheet()
    if rng.random() < 0.7:
        feed = rng.choice(FEED_NAMES)
        sheet.add(rng.choice((f"Feed: {feed}", f"Channel: {feed}", f"{feed} — RSS")))
        if rng.random() < 0.5:
            sheet.add(f"Source: https://{domain}/{rng.choice(('feed', 'rss.xml', 'atom.xml', 'feed/'))}")
        if rng.random() < 0.4:
            sheet.add(f"Last updated: {_rfc822(when, zone)}")
        sheet.blank()
    for i, article in enumerate(articles):
        if i:
            if separator:
                sheet.blank(1 if gap else 0)
                sheet.add(separator)
                sheet.blank(1 if gap else 0)
            else:
                sheet.blank()
        when -= dt.timedelta(minutes=rng.randint(20, 600))
        section = rng.choice(SECTIONS[lang])
        number = rng.randrange(100_000, 1_000_000)
        slug = _slug(article.title, rng)
        url = f"https://{domain}" + path.format(
            y=when.year, m=when.month, d=when.day, slug=slug, section=_slug(section, rng), n=number
        )
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S") + offset if iso else _rfc822(when, zone)
        sheet.add(f"{f_title}{colon}{article.title}", f"{f_link}{colon}{url}")
        if with_guid:
            sheet.add(f"guid{colon}https://{domain}/?p={number}")
        sheet.add(f"{f_date}{colon}{stamp}")
        if with_author:
            sheet.add(f"{f_author}{colon}{rng.choice(AUTHORS)}")
        if with_category:
            sheet.add(f"{f_category}{colon}" + ", ".join(rng.sample(SECTIONS[lang], rng.randint(1, 2))))
        paragraphs = list(article.paragraphs)
        if content == "line":
            sheet.add(f"{f_content}{colon.rstrip()}")
        if content == "inline":
            # The label shares the first paragraph's line; the truth keeps the paragraph without it.
            sheet.add(f"{f_content}{colon}{paragraphs[0]}")
            sheet.truth.append({"title": article.title, "text": "\n".join(paragraphs)})
            sheet.add(*paragraphs[1:])
        else:
            sheet.article(article.title, paragraphs)
    return sheet.draft()


# ---------------------------------------------------------------------------
# archive
# ---------------------------------------------------------------------------

BLOG_NAMES = {
    "en": ("Notes from the Field", "The Long Read Blog", "Small Hours", "Field Notes & Footnotes"),
    "de": ("Kaffeesatz", "Notizen aus dem Maschinenraum", "Randnotizen"),
    "fr": ("Carnet de bord", "Le Blog-notes", "Chroniques du jeudi"),
    "es": ("Cuaderno de notas", "El blog de apuntes", "Crónicas de domingo"),
}
ARCHIVE_HEADINGS = {
    "en": (
        "Archive for {month} {year}",
        "Category: {section}",
        "Posts tagged “{tag}”",
        "Monthly Archives: {month} {year}",
    ),
    "de": ("Archiv für {month} {year}", "Kategorie: {section}", "Beiträge mit dem Schlagwort „{tag}“"),
    "fr": ("Archives du mois : {month} {year}", "Catégorie : {section}", "Articles avec l'étiquette « {tag} »"),
    "es": ("Archivo de {month} de {year}", "Categoría: {section}", "Entradas etiquetadas con «{tag}»"),
}
ARCHIVE_META = {
    "en": (
        "Posted on {date} by {author} in {section}",
        "{date} · {minutes}",
        "{author} — {numeric}",
        "{date} | {author} | {comments} Comments",
        "By {author} on {date}",
    ),
    "de": ("Veröffentlicht am {date} von {author} in {section}", "{date} · {minutes}", "{author} — {numeric}"),
    "fr": ("Publié le {date} par {author} dans {section}", "{date} · {minutes}", "Par {author}, le {date}"),
    "es": ("Publicado el {date} por {author} en {section}", "{date} · {minutes}", "Por {author}, {date}"),
}
TAGS = {
    "en": ("news", "analysis", "travel", "tech", "science", "politics", "notes", "family", "books", "media"),
    "de": ("Nachrichten", "Analyse", "Reisen", "Technik", "Politik", "Notizen", "Medien"),
    "fr": ("actualité", "analyse", "voyage", "numérique", "politique", "carnet", "médias"),
    "es": ("actualidad", "análisis", "viajes", "tecnología", "política", "apuntes", "medios"),
}
ARCHIVE_TRAILERS = {
    "en": (
        ("Tags: {tags}", "Tagged {tags}"),
        ("Filed under: {section}", "Posted in {section}"),
        ("{comments} Comments", "Leave a comment", "{comments} Responses"),
        ("Share this: Facebook Twitter Email", "Share this:\nFacebook\nX\nEmail", "Like this:\nLike Loading..."),
    ),
    "de": (
        ("Schlagwörter: {tags}",),
        ("Abgelegt unter: {section}", "Veröffentlicht in {section}"),
        ("{comments} Kommentare", "Hinterlasse einen Kommentar"),
        ("Teilen mit:\nFacebook\nX\nE-Mail", "Teilen: Facebook · X · E-Mail"),
    ),
    "fr": (
        ("Étiquettes : {tags}",),
        ("Classé dans : {section}",),
        ("{comments} commentaires", "Laisser un commentaire"),
        ("Partager :\nFacebook\nX\nE-mail", "Partager : Facebook · X · E-mail"),
    ),
    "es": (
        ("Etiquetas: {tags}",),
        ("Archivado en: {section}",),
        ("{comments} comentarios", "Deja un comentario"),
        ("Compartir:\nFacebook\nX\nCorreo electrónico", "Compartir en Facebook · X · Correo"),
    ),
}
PAGINATION = {
    "en": ("« Older posts", "Older Entries »", "Page 1 of {n}", "← Older posts    Newer posts →"),
    "de": ("« Ältere Beiträge", "Seite 1 von {n}"),
    "fr": ("« Articles plus anciens", "Page 1 sur {n}"),
    "es": ("« Entradas anteriores", "Página 1 de {n}"),
}


def build_archive(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A blog archive page (WordPress/Blogger month, category or tag archive).

    The blog name and the archive heading, then per post: the headline, setext-underlined
    (`====` / `----` of its length) or plain, a meta line ("Posted on March 3, 2024 by NAME in
    SECTION", "March 3, 2024 · 5 min read", "NAME — 03.12.2024") above or below it, the
    paragraphs or an excerpt with "Continue reading", trailer lines (tags, "Filed under",
    comment count, WordPress share buttons), a separator or blank lines, and pagination.
    """
    lang = _lang(rng)
    underline = rng.choice(("=", "-", ""))
    meta = rng.choice(ARCHIVE_META[lang])
    meta_above = rng.random() < 0.25
    style = rng.choice(("long", "us", "short"))
    gap = rng.random() < 0.5
    excerpts = rng.random() < 0.4
    more = rng.choice(READ_MORE[lang])
    trailers = [rng.choice(slot) for slot in ARCHIVE_TRAILERS[lang] if rng.random() < 0.6]
    between = rng.choice(("blank", "blank", "separator", "none"))
    separator = _separator(rng)
    when = _when(rng)

    sheet = _Sheet()
    sheet.add(rng.choice(BLOG_NAMES[lang]))
    section = rng.choice(SECTIONS[lang])
    heading = rng.choice(ARCHIVE_HEADINGS[lang])
    sheet.add(
        heading.format(month=MONTHS[lang][when.month - 1], year=when.year, section=section, tag=rng.choice(TAGS[lang]))
    )
    sheet.blank()
    for i, article in enumerate(articles):
        if i:
            if between == "separator":
                sheet.add(separator)
            if between != "none":
                sheet.blank(rng.randint(1, 2))
        when -= dt.timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 600))
        item_section = rng.choice(SECTIONS[lang])
        comments = rng.randint(0, 48)
        values = {
            "date": _date(when, lang, style),
            "numeric": _date(when, lang, "numeric"),
            "author": rng.choice(AUTHORS),
            "section": item_section,
            "minutes": MIN_READ[lang].format(n=rng.randint(2, 14)),
            "comments": comments,
            "tags": ", ".join(rng.sample(TAGS[lang], rng.randint(2, 4))),
        }
        if meta_above:
            sheet.add(meta.format(**values))
        sheet.add(article.title)
        if underline:
            sheet.add(underline * len(article.title))
        if not meta_above:
            sheet.add(meta.format(**values))
        if gap:
            sheet.blank()
        shown = _excerpt(article, rng, 1, 3) if excerpts else article.paragraphs
        sheet.article(article.title, shown, gap=gap)
        if excerpts:
            sheet.blank(1 if gap else 0)
            sheet.add(more)
        if gap and trailers:
            sheet.blank()
        for trailer in trailers:
            sheet.add(*trailer.format(**values).split("\n"))
    sheet.blank(rng.randint(1, 2))
    sheet.add(rng.choice(PAGINATION[lang]).format(n=rng.randint(2, 40)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# cards
# ---------------------------------------------------------------------------

CARD_HEADERS = {
    "en": ("{section}", "Topic: {section}", "Latest in {section}", "More from {section}"),
    "de": ("{section}", "Thema: {section}", "Aktuelles aus {section}", "Mehr zum Thema {section}"),
    "fr": ("{section}", "Sujet : {section}", "Toute l'actualité {section}", "À la une : {section}"),
    "es": ("{section}", "Tema: {section}", "Lo último en {section}", "Más de {section}"),
}
FOLLOW = {"en": ("Follow", "+ Follow"), "de": ("Folgen",), "fr": ("Suivre",), "es": ("Seguir",)}
BYLINES = {
    "en": ("{a}", "{a} and {b}", "By {a}", "By {a} and {b}", "{a}, {city}"),
    "de": ("Von {a}", "{a} und {b}", "Von {a}, {city}"),
    "fr": ("Par {a}", "{a} et {b}", "Par {a}, à {city}"),
    "es": ("Por {a}", "{a} y {b}", "Por {a}, {city}"),
}
CARD_CITIES = ("Berlin", "Paris", "Madrid", "London", "Washington", "Brussels", "Tokyo")
CARD_FURNITURE = {
    "en": ("Share", "Save", "Comments ({n})", "Listen to this article · {m} min", "Gift this article", "{n} comments"),
    "de": ("Teilen", "Merken", "Kommentare ({n})", "Artikel anhören · {m} Min.", "Artikel verschenken"),
    "fr": ("Partager", "Enregistrer", "Commentaires ({n})", "Écouter cet article · {m} min", "Offrir cet article"),
    "es": ("Compartir", "Guardar", "Comentarios ({n})", "Escuchar este artículo · {m} min", "Regalar este artículo"),
}
ADVERTISEMENT = {
    "en": ("Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Sponsored"),
    "de": ("Anzeige", "ANZEIGE", "Werbung"),
    "fr": ("Publicité", "PUBLICITÉ"),
    "es": ("Publicidad", "PUBLICIDAD", "Anuncio"),
}
CAPTIONS = {
    "en": ("Photo: {a}/{agency}", "Image: Getty Images", "{a} / {agency}"),
    "de": ("Foto: {a}/dpa", "Bild: picture alliance"),
    "fr": ("Photo : {a} / AFP", "Illustration : {a}"),
    "es": ("Foto: {a} / EFE", "Imagen: Europa Press"),
}
LOAD_MORE = {
    "en": ("Load more", "Show more stories", "More stories"),
    "de": ("Mehr laden", "Weitere Artikel"),
    "fr": ("Voir plus", "Charger plus d'articles"),
    "es": ("Cargar más", "Ver más noticias"),
}


def build_cards(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A tag or topic page of a modern news site, its cards flattened to text.

    Each card: a section kicker in capitals, the headline, a relative or absolute time
    ("2 hours ago", "Updated 3 hours ago", "Dec 3, 2024"), an author line ("Jane Doe and John
    Roe"), maybe a photo credit, the paragraphs (or the first few), then share, save and
    comment lines; "Advertisement" lines sit between some cards. No blank line anywhere.
    """
    lang = _lang(rng)
    topic = rng.choice(SECTIONS[lang])
    furniture = rng.sample(CARD_FURNITURE[lang], rng.randint(2, 4))
    relative = rng.random() < 0.6
    style = rng.choice(("us", "short", "long", "numeric"))
    byline = rng.choice(BYLINES[lang])
    bylines = rng.random() < 0.8
    caption = rng.choice(CAPTIONS[lang]) if rng.random() < 0.4 else ""
    excerpts = rng.random() < 0.5
    advert = rng.choice(ADVERTISEMENT[lang])
    when = _when(rng)
    age = rng.randint(2, 50)

    sheet = _Sheet()
    sheet.add(rng.choice(CARD_HEADERS[lang]).format(section=topic))
    if rng.random() < 0.5:
        sheet.add(rng.choice(FOLLOW[lang]))
    for i, article in enumerate(articles):
        if i and rng.random() < 0.3:
            sheet.add(advert)
        sheet.add(rng.choice(SECTIONS[lang]).upper(), article.title)
        step = rng.randint(20, 1800)
        when -= dt.timedelta(minutes=step)
        age += step
        sheet.add(_ago(lang, age, rng) if relative else _date(when, lang, style))
        if bylines:
            a, b = _names(rng, 2)
            sheet.add(byline.format(a=a, b=b, city=rng.choice(CARD_CITIES)))
        if caption and rng.random() < 0.7:
            sheet.add(caption.format(a=rng.choice(AUTHORS), agency=rng.choice(("Reuters", "AP", "AFP"))))
        shown = _excerpt(article, rng, 1, 3) if excerpts else article.paragraphs
        sheet.article(article.title, shown)
        for line in furniture:
            if rng.random() < 0.75:
                sheet.add(line.format(n=rng.randint(2, 240), m=rng.randint(2, 15)))
    sheet.add(rng.choice(LOAD_MORE[lang]))
    return sheet.draft()


# ---------------------------------------------------------------------------
# press
# ---------------------------------------------------------------------------

NEWSROOM = {
    "en": ("Newsroom", "Press releases", "News & Press", "Media Centre"),
    "de": ("Pressemitteilungen", "Presse", "Newsroom"),
    "fr": ("Communiqués de presse", "Espace presse"),
    "es": ("Sala de prensa", "Notas de prensa"),
}
RELEASE_OPENERS = {
    "en": ("FOR IMMEDIATE RELEASE", "PRESS RELEASE", "For Immediate Release", "EMBARGOED UNTIL {clock}, {date}"),
    "de": ("PRESSEMITTEILUNG", "Pressemitteilung", "Sperrfrist: {date}, {clock}"),
    "fr": ("COMMUNIQUÉ DE PRESSE", "Communiqué de presse", "Sous embargo jusqu'au {date}, {clock}"),
    "es": ("COMUNICADO DE PRENSA", "NOTA DE PRENSA", "Embargada hasta el {date}, {clock}"),
}
RELEASE_DATELINES = {
    "en": ("{city}, {date} /{wire}/ --", "{city}, {date} -- ({wire})", "{city} — {date} —"),
    "de": ("{city}, {date} (ots) -", "{city}, {date} –"),
    "fr": ("{city}, le {date} –", "{city}, {date} /{wire}/ --"),
    "es": ("{city}, {date} /{wire}/ --", "{city}, {date}.–"),
}
NEWSWIRES = ("PRNewswire", "Business Wire", "GLOBE NEWSWIRE", "EQS-News")
RELEASE_CITIES = ("NEW YORK", "SAN FRANCISCO", "LONDON", "BERLIN", "PARIS", "MADRID", "AUSTIN", "MUNICH")
COMPANIES = (
    ("Northwind Analytics", "northwind.example", "NWA"),
    ("Helios Grid AG", "heliosgrid.example", "HGX"),
    ("Brightwater Systems", "brightwater.example", "BWS"),
    ("Lumen & Co.", "lumen.example", "LUM"),
    ("Société Verte", "societeverte.example", "SVE"),
    ("Grupo Alba", "grupoalba.example", "ALB"),
)
ENDS = ("###", "# # #", "- ENDS -", "-30-", "ENDE", "***")
BOILERPLATE = {
    "en": (
        "About {company}",
        (
            "{company} is a leading provider of {offering}. Founded in {year} and headquartered in {city}, "
            "the company serves customers in more than {n} countries. For more information, visit www.{domain}.",
            "{company} ({ticker}) builds {offering} for businesses of every size. Learn more at https://{domain}.",
        ),
        ("data analytics software", "renewable energy storage", "cloud infrastructure", "payment services"),
        ("Media contact:", "Press contact:", "Contact:"),
    ),
    "de": (
        "Über {company}",
        (
            "{company} ist ein führender Anbieter von {offering} mit Sitz in {city}. Das Unternehmen wurde {year} "
            "gegründet und beschäftigt rund {n}00 Mitarbeitende. Weitere Informationen unter www.{domain}.",
        ),
        ("Analysesoftware", "Energiespeichern", "Cloud-Diensten"),
        ("Pressekontakt:", "Kontakt für Medien:"),
    ),
    "fr": (
        "À propos de {company}",
        (
            "{company} est un acteur de référence dans le domaine {offering}. Fondée en {year}, l'entreprise est "
            "basée à {city} et compte {n}00 collaborateurs. Plus d'informations sur www.{domain}.",
        ),
        ("de l'analyse de données", "du stockage d'énergie", "des services cloud"),
        ("Contact presse :", "Relations médias :"),
    ),
    "es": (
        "Acerca de {company}",
        (
            "{company} es un proveedor líder de {offering}. Fundada en {year} y con sede en {city}, la compañía "
            "opera en más de {n} países. Más información en www.{domain}.",
        ),
        ("software de análisis de datos", "almacenamiento de energía", "servicios en la nube"),
        ("Contacto de prensa:", "Contacto para medios:"),
    ),
}
MAILBOXES = {
    "en": ("press", "media", "pr", "news"),
    "de": ("presse", "pr"),
    "fr": ("presse", "media"),
    "es": ("prensa",),
}
PHONES = {
    "en": ("+1 555 01{m}", "+1 (555) {n}-01{m}", "+44 20 7946 0{n}", "Tel: +1 555 01{m}"),
    "de": ("+49 30 {n} {m}0", "Tel.: +49 89 {n}{m}", "Telefon: +49 40 {n}-{m}"),
    "fr": ("+33 1 {m} {m} {m} {m}", "Tél. : +33 1 45 {m} {m} {m}"),
    "es": ("+34 91 {n} {m} {m}", "Tel.: +34 93 {n} {m} {m}"),
}
SAFE_HARBOR = (
    "Forward-Looking Statements",
    "This press release contains forward-looking statements within the meaning of the Private Securities "
    "Litigation Reform Act of 1995. Actual results may differ materially from those expressed or implied.",
)


def _press_company(lang: str, rng: random.Random) -> tuple[dict[str, object], tuple[str, str]]:
    """Facts for a company's boilerplate, and its press contact (name, phone)."""
    facts: dict[str, object] = {
        "year": rng.randint(1952, 2019),
        "n": rng.randint(3, 90),
        "city": rng.choice(CARD_CITIES),
    }
    phone = rng.choice(PHONES[lang]).format(n=rng.randrange(100, 1000), m=rng.randrange(10, 100))
    return facts, (rng.choice(AUTHORS), phone)


def build_press(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A company or newswire newsroom listing press releases in full.

    Each release: "FOR IMMEDIATE RELEASE" (or an embargo line), the headline, a dateline
    ("NEW YORK, Dec. 3, 2024 /PRNewswire/ --") unless the text opens with one, the
    paragraphs, an end mark (`###`, `-30-`, "- ENDS -"), then boilerplate that is not part of
    the release's truth: "About COMPANY" with a paragraph about the company (the same one
    on every release when the page is one company's press room), maybe a forward-looking
    statements notice, and a media contact block.
    """
    lang = _lang(rng)
    about, blurbs, offerings, contact_labels = BOILERPLATE[lang]
    one_company = rng.random() < 0.5
    company = rng.choice(COMPANIES)
    blurb = rng.choice(blurbs)
    offering = rng.choice(offerings)
    opener = rng.choice(RELEASE_OPENERS[lang]) if rng.random() < 0.8 else ""
    dateline = rng.choice(RELEASE_DATELINES[lang])
    end = rng.choice(ENDS)
    contact_label = rng.choice(contact_labels)
    mailbox = rng.choice(MAILBOXES[lang])
    style = rng.choice(("us", "long", "short"))
    clock = rng.choice(CLOCKS[lang])
    gap = rng.random() < 0.5
    safe_harbor = lang == "en" and rng.random() < 0.4
    when = _when(rng)
    facts, contact = _press_company(lang, rng)

    sheet = _Sheet()
    sheet.add(rng.choice(NEWSROOM[lang]))
    sheet.blank()
    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 2))
        if not one_company:
            company = rng.choice(COMPANIES)
            facts, contact = _press_company(lang, rng)
        name, domain, ticker = company
        when -= dt.timedelta(days=rng.randint(1, 20))
        date = _date(when, lang, style)
        if opener:
            sheet.add(opener.format(date=date, clock=_clock(when, lang, clock)))
        sheet.add(article.title)
        if not HAS_DATELINE.match(article.paragraphs[0]):
            sheet.add(dateline.format(city=rng.choice(RELEASE_CITIES), date=date, wire=rng.choice(NEWSWIRES)))
        if gap:
            sheet.blank()
        sheet.article(article.title, article.paragraphs, gap=gap)
        sheet.blank(1 if gap else 0)
        sheet.add(end)
        sheet.blank(1 if gap else 0)
        sheet.add(about.format(company=name))
        sheet.add(blurb.format(company=name, offering=offering, domain=domain, ticker=ticker, **facts))
        if safe_harbor:
            sheet.add(*SAFE_HARBOR)
        sheet.add(contact_label, contact[0], f"{mailbox}@{domain}", contact[1])
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "newsletter": build_newsletter,
    "wire": build_wire,
    "rss": build_rss,
    "archive": build_archive,
    "cards": build_cards,
    "press": build_press,
}


def build_page(
    layout: str,
    articles: Sequence[SourceArticle],
    rng: random.Random,
    page_id: str = "page",
    builders: Mapping[str, Builder] | None = None,
) -> GeneratedPage:
    """One page in `layout` (a name in `builders`, default LAYOUTS) holding `articles` in that order;
    all choices come from `rng`."""
    builders = LAYOUTS if builders is None else builders
    if layout not in builders:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(builders)}")
    if not articles or any(not article.paragraphs for article in articles):
        raise ValueError("a page needs at least one article, each with at least one paragraph")
    draft = builders[layout](articles, rng)
    return GeneratedPage(page_id, layout, draft.text, draft.articles)


def generate(
    articles: Sequence[SourceArticle],
    layouts: Sequence[str],
    pages_per_layout: int,
    seed: int,
    builders: Mapping[str, Builder] | None = None,
    prefix: str = "gen",
) -> list[GeneratedPage]:
    """`pages_per_layout` pages per layout, each with 2 to 6 distinct articles.

    Every page has its own `random.Random`, seeded from (seed, layout, page number), so a
    page does not change when other layouts or more pages are asked for. `builders`: the
    layouts to draw from (default LAYOUTS); `prefix` starts each page id.
    """
    if len(articles) < 2:
        raise ValueError("need at least two articles to build multi-article pages")
    pages = []
    for layout in layouts:
        for index in range(pages_per_layout):
            rng = random.Random(f"{seed}/{layout}/{index}")
            count = rng.randint(2, min(6, len(articles)))
            chosen = [articles[i] for i in rng.sample(range(len(articles)), count)]
            page_id = f"{prefix}-{layout}-{seed}-{index:03d}"
            pages.append(build_page(layout, chosen, rng, page_id=page_id, builders=builders))
    return pages


def truth_problems(page: GeneratedPage) -> list[str]:
    """What of the truth cannot be found in the page text, in order (titles, then paragraphs); empty if all."""
    problems = []
    position = 0
    for number, article in enumerate(page.articles, 1):
        for piece in (article["title"], *article["text"].split("\n")):
            found = page.text.find(piece, position)
            if found < 0:
                problems.append(f"{page.id} article {number}: not found after offset {position}: {piece[:60]!r}")
                continue
            position = found + len(piece)
    return problems


def to_record(page: GeneratedPage) -> dict[str, object]:
    """The page as a segments record (`id`, `format`, `text`, `articles`), readable by tools/eval_segments.py."""
    return {"id": page.id, "format": page.layout, "text": page.text, "articles": list(page.articles)}


def _article(title: str, text: str) -> SourceArticle:
    paragraphs = tuple(line.strip() for line in text.split("\n") if line.strip())
    return SourceArticle(" ".join(title.split()), paragraphs)


def load_articles(path: Path) -> list[SourceArticle]:
    """Articles from a JSONL file of `{"title","text"}`; paragraphs are the non-blank lines of `text`."""
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                article = _article(record["title"], record["text"])
                if article.title and article.paragraphs:
                    articles.append(article)
    return articles


def articles_from_segments(path: Path) -> list[SourceArticle]:
    """The distinct articles (by title) in the truth of a segments file, in order of first appearance.

    The same article appears on several pages of the dev file, flattened to one paragraph in
    some layouts (`tagfeed`) and cut short in others (`related`); the version with the most
    paragraphs, then the longest, is the one kept.
    """
    best: dict[str, SourceArticle] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            for record in json.loads(line)["articles"]:
                article = _article(record["title"], record["text"])
                if not (article.title and article.paragraphs):
                    continue
                known = best.get(article.title)
                if known is None or _richness(article) > _richness(known):
                    best[article.title] = article
    return list(best.values())


def _richness(article: SourceArticle) -> tuple[int, int]:
    return len(article.paragraphs), sum(map(len, article.paragraphs))


def trim(article: SourceArticle, max_paragraphs: int, max_chars: int) -> SourceArticle:
    """The article cut at a paragraph end: at most `max_paragraphs` and `max_chars`, but at least one paragraph."""
    kept: list[str] = []
    size = 0
    for paragraph in article.paragraphs[:max_paragraphs]:
        if kept and size + len(paragraph) > max_chars:
            break
        kept.append(paragraph)
        size += len(paragraph)
    return SourceArticle(article.title, tuple(kept))


def bundle(
    articles: Sequence[SourceArticle], count: int = 40, max_paragraphs: int = 8, max_chars: int = 2500
) -> list[SourceArticle]:
    """The first `count` articles, trimmed; every eighth one (from the 8th) is cut to one or two paragraphs,
    alternately, so that short articles are there too."""
    short = {i: 1 + (i // 8) % 2 for i in range(7, count, 8)}
    return [trim(article, short.get(i, max_paragraphs), max_chars) for i, article in enumerate(articles[:count])]


def _write_jsonl(records: Sequence[dict[str, object]], out: Path | None) -> None:
    lines = "".join(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n" for record in records)
    if out is None:
        sys.stdout.write(lines)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(lines, encoding="utf-8")


Generate = Callable[[Sequence[SourceArticle], Sequence[str], int, int], list[GeneratedPage]]


def check_generated(
    generate_pages: Generate, names: Sequence[str], articles: Sequence[SourceArticle], pages_per_layout: int, seed: int
) -> list[str]:
    """Problems with the pages `generate_pages` makes: not deterministic, truth not found in order,
    a page without 2 to 6 articles, an empty truth article (the `check` of the held-out generators)."""
    pages = generate_pages(articles, names, pages_per_layout, seed)
    problems = []
    if pages != generate_pages(articles, names, pages_per_layout, seed):
        problems.append("two runs with the same seed differ")
    for page in pages:
        problems.extend(truth_problems(page))
        if not 2 <= len(page.articles) <= 6:
            problems.append(f"{page.id}: {len(page.articles)} articles")
        problems.extend(f"{page.id}: empty truth article" for a in page.articles if not (a["title"] and a["text"]))
    return problems


def generator_main(argv: Sequence[str] | None, doc: str | None, names: Sequence[str], generate_pages: Generate) -> int:
    """The command line of a held-out layout generator: `show`, `generate` and `check`."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("show", help="print one page of each layout (or of --layout)")
    show.add_argument("--layout", choices=list(names))
    generated = commands.add_parser("generate", help="write generated pages as segments JSONL")
    generated.add_argument("--layouts", default=",".join(names), help="comma-separated layout names")
    generated.add_argument("-o", "--out", type=Path, help="output JSONL (default stdout)")
    check = commands.add_parser("check", help="check determinism and that every truth piece is on its page")
    for command in (generated, check):
        command.add_argument("--pages", type=int, default=20, help="pages per layout (default 20)")
    for command in (show, generated, check):
        command.add_argument("--articles", type=Path, help=f"articles JSONL of title/text (default {BUNDLED})")
        command.add_argument("--segments", type=Path, help=f"take the articles from a segments file ({SEGMENTS})")
        command.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    articles = articles_from_segments(args.segments) if args.segments else load_articles(args.articles or BUNDLED)
    if args.command == "show":
        for page in generate_pages(articles, [args.layout] if args.layout else list(names), 1, args.seed):
            print(f"===== {page.id}: {len(page.articles)} articles: {[a['title'] for a in page.articles]}")
            print(page.text)
        return 0
    if args.command == "check":
        problems = check_generated(generate_pages, list(names), articles, args.pages, args.seed)
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problems in {args.pages} pages per layout ({', '.join(names)})", file=sys.stderr)
        return 1 if problems else 0
    wanted = [name.strip() for name in args.layouts.split(",") if name.strip()]
    _write_jsonl([to_record(page) for page in generate_pages(articles, wanted, args.pages, args.seed)], args.out)
    return 0


@dataclass(frozen=True)
class HeldOut:
    """What a held-out layout module offers, from its builders: `build_page`, `generate` (page ids
    start with `prefix`), `self_check` and the command line `main` (`doc` is its help)."""

    builders: Mapping[str, Builder]
    prefix: str
    doc: str | None = None

    def build_page(
        self, layout: str, articles: Sequence[SourceArticle], rng: random.Random, page_id: str = "page"
    ) -> GeneratedPage:
        """One page in `layout` holding `articles` in that order; all choices come from `rng`."""
        return build_page(layout, articles, rng, page_id, builders=self.builders)

    def generate(
        self, articles: Sequence[SourceArticle], layouts_wanted: Sequence[str], pages_per_layout: int, seed: int
    ) -> list[GeneratedPage]:
        """`pages_per_layout` pages per layout, each with 2 to 6 distinct articles (as `generate`)."""
        return generate(articles, layouts_wanted, pages_per_layout, seed, builders=self.builders, prefix=self.prefix)

    def self_check(self, articles: Sequence[SourceArticle], pages_per_layout: int, seed: int) -> list[str]:
        """Problems with the generated pages (see `check_generated`)."""
        return check_generated(self.generate, list(self.builders), articles, pages_per_layout, seed)

    def main(self, argv: Sequence[str] | None = None) -> int:
        return generator_main(argv, self.doc, list(self.builders), self.generate)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    show = commands.add_parser("show", help="print one page of each layout (or of --layout)")
    show.add_argument("--layout", choices=list(LAYOUTS))
    generated = commands.add_parser("generate", help="write generated pages as segments JSONL")
    generated.add_argument("--layouts", default=",".join(LAYOUTS), help="comma-separated layout names")
    generated.add_argument("--pages", type=int, default=20, help="pages per layout (default 20)")
    generated.add_argument("-o", "--out", type=Path, help="output JSONL (default stdout)")
    for command in (show, generated):
        command.add_argument("--articles", type=Path, default=BUNDLED, help=f"articles JSONL (default {BUNDLED})")
        command.add_argument("--seed", type=int, default=1)
    bundled = commands.add_parser("bundle", help="write the bundled test articles from the dev segments truth")
    bundled.add_argument("--segments", type=Path, default=SEGMENTS)
    bundled.add_argument("-o", "--out", type=Path, default=BUNDLED)
    args = parser.parse_args(argv)

    if args.command == "bundle":
        chosen = bundle(articles_from_segments(args.segments))
        _write_jsonl([{"title": a.title, "text": "\n".join(a.paragraphs)} for a in chosen], args.out)
        print(f"wrote {len(chosen)} articles to {args.out}", file=sys.stderr)
        return 0
    articles = load_articles(args.articles)
    if args.command == "show":
        for page in generate(articles, [args.layout] if args.layout else list(LAYOUTS), 1, args.seed):
            print(f"===== {page.id}: {len(page.articles)} articles: {[a['title'] for a in page.articles]}")
            print(page.text)
        return 0
    layouts = [name.strip() for name in args.layouts.split(",") if name.strip()]
    pages = generate(articles, layouts, args.pages, args.seed)
    _write_jsonl([to_record(page) for page in pages], args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
