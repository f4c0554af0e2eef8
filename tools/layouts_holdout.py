"""Four more multi-article layouts, kept apart as a held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout.py check [--pages N] [--seed N]

The project knows eleven layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`) and the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`). The four here differ from all of them:

- `forum`: a forum digest or a mailing-list archive dump: per item the thread subject (or a
  `From:`/`Date:`/`Subject:` header block), "Posted by NAME on DATE", member info, the
  paragraphs, a signature, "Reply | Quote | Report"; items split by `====` rules or
  "Message N of M" counters;
- `print`: a print-edition / e-paper text dump: masthead, page markers ("A4 | THE DAILY
  HERALD | TUESDAY, DECEMBER 3, 2024"), ALL-CAPS or Title Case headlines, decks, two-line
  bylines ("BY NAME" / "Staff Writer"), photo captions, jump lines ("See ASSANGE, A6");
- `liveupdates`: a live/ticker page of separate short stories: a timestamp line ("14:32",
  "2:32 p.m. ET", "+++ 14:32 Uhr +++"), a headline, the first 1-4 paragraphs, "Share" /
  "Copy link";
- `email`: a plain-text mailing-list digest (Mailman "Digest, Vol 12, Issue 3" with "Today's
  Topics:", "Message: N", headers, "------------------------------" separators and a footer,
  or a Google-Groups-style topic digest).

Everything around the articles (headers, bylines, decks, captions, signatures, separators,
footers) is furniture in English, German, French or Spanish, chosen per page by the page's
`random.Random`, and never part of the truth. A page's truth is, per article in page order,
the headline as shown (without a "Subject:" or "Topic:" label or list tag) and the shown
paragraphs joined by "\\n" (an excerpt where the layout cuts the article short).

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
import textwrap
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
    CLOCKS,
    MONTHS,
    RFC_WEEKDAYS,
    SECTIONS,
    SHORT_MONTHS,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _ago,
    _clock,
    _date,
    _lang,
    _rfc822,
    _Sheet,
    _title_case,
    _when,
    articles_from_segments,
    load_articles,
    to_record,
    truth_problems,
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

MAIL_DOMAINS = ("example.org", "example.com", "mail.example.net", "example.de", "example.fr", "example.es")
ZONES = ("+0000", "+0100", "+0200", "-0500", "-0800", "GMT")


def _address(name: str, domain: str) -> str:
    """A plausible mailbox for `name` ("Hannah Weiß" -> "hannah.wei@example.org")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return ".".join(re.findall(r"[a-z]+", plain)) + "@" + domain


def _key_word(title: str) -> str:
    """The word a print jump line would use for a story ("See ASSANGE, A6"): the title's longest word."""
    words = re.findall(r"[^\W\d_]{3,}", title)
    return max(words, key=len).upper() if words else "STORY"


def _write(sheet: _Sheet, title: str, paragraphs: Sequence[str], gap: bool, breaks: dict[int, Sequence[str]]) -> None:
    """Like `_Sheet.article`, with furniture lines (`breaks[j]`) written before paragraph j."""
    for j, paragraph in enumerate(paragraphs):
        if j in breaks:
            sheet.add(*breaks[j])
        if gap and j:
            sheet.blank()
        sheet.add(paragraph)
    sheet.truth.append({"title": title, "text": "\n".join(paragraphs)})


# ---------------------------------------------------------------------------
# forum
# ---------------------------------------------------------------------------

FORUM_BOARDS = {
    "en": ("Community Forum", "Reader Discussion Board", "The Lounge", "Ask the Community", "General Discussion"),
    "de": ("Leserforum", "Diskussionsforum", "Community", "Stammtisch"),
    "fr": ("Forum des lecteurs", "Forum de discussion", "Communauté", "Le Café du forum"),
    "es": ("Foro de lectores", "Foro de debate", "Comunidad", "La Tertulia"),
}
FORUM_CRUMBS = {
    "en": ("Board index » {board} » {section}", "Home › Forums › {section}", "Forums » {section} » Latest threads"),
    "de": ("Foren-Übersicht » {board} » {section}", "Startseite › Forum › {section}"),
    "fr": ("Index du forum » {board} » {section}", "Accueil › Forums › {section}"),
    "es": ("Índice general » {board} » {section}", "Inicio › Foros › {section}"),
}
FORUM_DIGEST = {
    "en": ("Weekly digest: the most discussed threads", "Top threads this week", "Unread posts ({n})"),
    "de": ("Wochenübersicht: die meistdiskutierten Themen", "Neue Beiträge ({n})"),
    "fr": ("Résumé de la semaine : les sujets les plus discutés", "Nouveaux messages ({n})"),
    "es": ("Resumen semanal: los temas más comentados", "Mensajes nuevos ({n})"),
}
TOPIC_LABELS = {
    "en": ("Topic: ", "Thread: ", "Subject: "),
    "de": ("Thema: ", "Betreff: "),
    "fr": ("Sujet : ", "Discussion : "),
    "es": ("Tema: ", "Asunto: "),
}
THREAD_STATS = {
    "en": ("Replies: {r} · Views: {v}", "{r} replies | {v} views", "[{r} replies]"),
    "de": ("Antworten: {r} · Zugriffe: {v}", "{r} Antworten | {v} Aufrufe"),
    "fr": ("Réponses : {r} · Vues : {v}", "{r} réponses | {v} vues"),
    "es": ("Respuestas: {r} · Visitas: {v}", "{r} respuestas | {v} lecturas"),
}
POSTED = {
    "en": (
        "Posted by {name} on {date}",
        "Posted: {stamp} by {name}",
        "by {name} » {stamp}",
        "{name} wrote on {date}:",
        "Started by {name}, {date}",
    ),
    "de": ("Verfasst von {name} am {date}", "von {name} » {stamp}", "{name} schrieb am {date}:"),
    "fr": ("Posté par {name} le {date}", "par {name} » {stamp}", "{name} a écrit le {date} :"),
    "es": ("Publicado por {name} el {date}", "por {name} » {stamp}", "{name} escribió el {date}:"),
}
MEMBER_INFO = {
    "en": (("Member", "Senior Member", "Moderator", "New member"), "Posts: {posts}", "Joined: {joined}"),
    "de": (("Mitglied", "Stammgast", "Moderator", "Neuling"), "Beiträge: {posts}", "Registriert: {joined}"),
    "fr": (("Membre", "Habitué", "Modérateur", "Nouveau membre"), "Messages : {posts}", "Inscription : {joined}"),
    "es": (("Miembro", "Veterano", "Moderador", "Usuario nuevo"), "Mensajes: {posts}", "Registrado: {joined}"),
}
POST_ACTIONS = {
    "en": ("Reply | Quote | Report", "Reply  Quote  Report", "Like · Reply · Share · Report", "Quote  Report post"),
    "de": ("Antworten | Zitieren | Melden", "Zitieren  Melden", "Gefällt mir · Antworten · Melden"),
    "fr": ("Répondre | Citer | Signaler", "Citer  Signaler", "J'aime · Répondre · Signaler"),
    "es": ("Responder | Citar | Reportar", "Citar  Denunciar", "Me gusta · Responder · Reportar"),
}
REACTIONS = {
    "en": ("{n} people liked this", "Likes: {n}", "Thanked {n} times"),
    "de": ("Gefällt {n} Mitgliedern", "Danke: {n}"),
    "fr": ("{n} membres aiment ça", "J'aime : {n}"),
    "es": ("A {n} personas les gusta esto", "Me gusta: {n}"),
}
EDITED = {
    "en": "Last edited by {name} on {date}, edited {n} times in total.",
    "de": "Zuletzt geändert von {name} am {date}, insgesamt {n}-mal geändert.",
    "fr": "Dernière édition par {name} le {date}, édité {n} fois.",
    "es": "Última edición por {name} el {date}, editado {n} veces en total.",
}
SIGNATURES = {
    "en": ("Sent from my iPhone", "Opinions are my own.", "“The only way out is through.”", "{name} | {city}"),
    "de": ("Von meinem iPhone gesendet", "Meine Meinung, nicht die meines Arbeitgebers.", "Gruß aus {city}"),
    "fr": ("Envoyé de mon iPhone", "Avis personnel, n'engage que moi.", "Amicalement, depuis {city}"),
    "es": ("Enviado desde mi iPhone", "Opiniones personales.", "Saludos desde {city}"),
}
COUNTERS = {
    "en": ("Message {i} of {n}", "Post #{i}", "#{i}", "Thread {i} of {n}"),
    "de": ("Nachricht {i} von {n}", "Beitrag #{i}", "Thema {i} von {n}"),
    "fr": ("Message {i} sur {n}", "Message n° {i}", "Sujet {i} sur {n}"),
    "es": ("Mensaje {i} de {n}", "Mensaje n.º {i}", "Tema {i} de {n}"),
}
LIST_ARCHIVES = {
    "en": (
        ("The {list} Archives", "{list} mailing list archive — {month} {year}", "[{list}] {month} {year} by thread"),
        "Messages sorted by: [ date ] [ thread ] [ subject ] [ author ]",
        "More information about the {list} mailing list",
    ),
    "de": (
        ("Archiv der Mailingliste {list}", "{list}-Archiv — {month} {year}"),
        "Nachrichten sortiert nach: [ Datum ] [ Thread ] [ Betreff ] [ Autor ]",
        "Weitere Informationen über die Mailingliste {list}",
    ),
    "fr": (
        ("Archives de la liste {list}", "Archives {list} — {month} {year}"),
        "Messages triés par : [ date ] [ fil ] [ sujet ] [ auteur ]",
        "Plus d'informations sur la liste de diffusion {list}",
    ),
    "es": (
        ("Archivo de la lista {list}", "Archivo {list} — {month} de {year}"),
        "Mensajes ordenados por: [ fecha ] [ hilo ] [ asunto ] [ autor ]",
        "Más información sobre la lista de distribución {list}",
    ),
}
MAIL_LABELS = {
    "en": ("From", "Date", "Subject", "To"),
    "de": ("Von", "Datum", "Betreff", "An"),
    "fr": ("De", "Date", "Objet", "À"),
    "es": ("De", "Fecha", "Asunto", "Para"),
}
LIST_NAMES = ("announce", "general", "members", "news-digest", "community", "readers", "discuss", "press-list")
FORUM_ONLINE = {
    "en": ("Who is online", "Users browsing this forum: No registered users and {n} guests"),
    "de": ("Wer ist online?", "Mitglieder in diesem Forum: Keine registrierten Benutzer und {n} Gäste"),
    "fr": ("Qui est en ligne ?", "Utilisateurs parcourant ce forum : Aucun utilisateur enregistré et {n} invités"),
    "es": ("¿Quién está conectado?", "Usuarios navegando por este foro: Ningún usuario registrado y {n} invitados"),
}
FORUM_PAGES = {
    "en": ("Page 1 of {n}", "Jump to page: 1 2 3 … {n}", "Next ›"),
    "de": ("Seite 1 von {n}", "Gehe zu Seite: 1 2 3 … {n}"),
    "fr": ("Page 1 sur {n}", "Aller à la page : 1 2 3 … {n}"),
    "es": ("Página 1 de {n}", "Ir a la página: 1 2 3 … {n}"),
}


def _forum_stamp(when: dt.datetime, lang: str, date: str, clock: str) -> str:
    """A phpBB-style post time ("Tue Dec 03, 2024 2:32 pm" in English, DATE CLOCK elsewhere)."""
    if lang != "en":
        return f"{date} {_clock(when, lang, clock)}"
    month = SHORT_MONTHS["en"][when.month - 1]
    hour = when.hour % 12 or 12
    ampm = "am" if when.hour < 12 else "pm"
    return f"{RFC_WEEKDAYS[when.weekday()]} {month} {when.day:02d}, {when.year} {hour}:{when.minute:02d} {ampm}"


def _member(name: str, when: dt.datetime, lang: str, rng: random.Random) -> list[str]:
    """A poster's profile box: name, rank, post count, join date; the rank goes with the count."""
    ranks, posts, joined = MEMBER_INFO[lang]
    count = rng.choice((rng.randint(1, 40), rng.randint(40, 900), rng.randint(900, 9000)))
    rank = ranks[3] if count < 40 else ranks[0] if count < 900 else rng.choice(ranks[1:3])
    since = _date(when - dt.timedelta(days=rng.randint(40 if count < 40 else 400, 3000)), lang, "short")
    return [name, rank, posts.format(posts=f"{count:,}"), joined.format(joined=since.split(" ", 1)[-1])]


def build_forum(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A forum digest or a mailing-list archive dump, one thread-opening post per article.

    Board style: a breadcrumb, then per post maybe a counter ("Post #2"), the thread subject
    (plain or after "Topic:"), maybe reply/view counts, a "Posted by NAME on DATE" line,
    maybe member info ("Senior Member" / "Posts: 1,234" / "Joined: Mar 2019"), the paragraphs,
    maybe a "Last edited by" note, reactions, a signature under `__________________` or `-- `,
    and a "Reply | Quote | Report" line; "Who is online" and pagination at the end.
    Archive style: a list-archive heading and per message a `From:`/`Date:`/`Subject:` block,
    a blank line, the paragraphs, a signature and "More information about the LIST mailing
    list". Items are split by a rule of `=` (or dashes), a "Message N of M" counter, or both.
    """
    lang = _lang(rng)
    mail = rng.random() < 0.45
    gap = rng.random() < 0.7
    style = rng.choice(("long", "us", "short", "numeric", "iso"))
    clock = rng.choice(CLOCKS[lang])
    between = rng.choice(("rule", "counter", "both", "blank"))
    rule = rng.choice(("=", "=", "-", "_", "─")) * rng.choice((40, 60, 72, 78))
    counter = COUNTERS[lang][0] if mail else rng.choice(COUNTERS[lang])
    sig_mark = rng.choice(("__________________", "-- ", "--", ""))
    signatures = rng.random() < 0.6
    when = _when(rng)
    total = len(articles)
    sheet = _Sheet()

    if mail:
        list_name = rng.choice(LIST_NAMES)
        domain = rng.choice(MAIL_DOMAINS)
        headings, sorted_by, more_info = LIST_ARCHIVES[lang]
        month = MONTHS[lang][when.month - 1]
        heading = rng.choice(headings).format(list=list_name, month=month, year=when.year)
        sheet.add(heading)
        if rng.random() < 0.6:
            sheet.add(sorted_by)
        sheet.blank()
        labels = MAIL_LABELS[lang] if rng.random() < 0.5 else MAIL_LABELS["en"]
        bracket = rng.random() < 0.5
        with_to = rng.random() < 0.4
        more = rng.random() < 0.6
    else:
        board = rng.choice(FORUM_BOARDS[lang])
        sheet.add(board)
        sheet.add(rng.choice(FORUM_CRUMBS[lang]).format(board=board, section=rng.choice(SECTIONS[lang])))
        if rng.random() < 0.5:
            sheet.add(rng.choice(FORUM_DIGEST[lang]).format(n=rng.randint(3, 90)))
        sheet.blank()
        label = rng.choice(TOPIC_LABELS[lang]) if rng.random() < 0.35 else ""
        stats = rng.choice(THREAD_STATS[lang]) if rng.random() < 0.4 else ""
        posted = rng.choice(POSTED[lang])
        member = rng.choice(("", "", "above", "below"))
        actions = rng.choice(POST_ACTIONS[lang])
        reactions = rng.choice(REACTIONS[lang]) if rng.random() < 0.4 else ""

    for i, article in enumerate(articles):
        if i:
            if between in ("rule", "both"):
                sheet.blank(1 if gap else 0)
                sheet.add(rule)
            sheet.blank(1 if gap or between == "blank" else 0)
        if between in ("counter", "both"):
            sheet.add(counter.format(i=i + 1, n=total))
        when -= dt.timedelta(hours=rng.randint(1, 60), minutes=rng.randint(0, 59))
        name = rng.choice(AUTHORS)
        date = _date(when, lang, style)
        if mail:
            sender, stamp, subject, to = labels
            address = _address(name, rng.choice(MAIL_DOMAINS))
            shape = rng.choice(("{name} <{address}>", "{address} ({name})", '"{name}" <{address}>'))
            sheet.add(f"{sender}: " + shape.format(name=name, address=address))
            sheet.add(f"{stamp}: {_rfc822(when, rng.choice(ZONES))}")
            if with_to:
                sheet.add(f"{to}: {list_name}@lists.{domain}")
            sheet.add(f"{subject}: " + (f"[{list_name}] " if bracket else "") + article.title)
            sheet.blank()
            sheet.article(article.title, article.paragraphs, gap=gap)
            if signatures:
                sheet.blank(1 if gap else 0)
                sheet.add("-- ", name)
                if rng.random() < 0.5:
                    sheet.add(rng.choice(SIGNATURES[lang]).format(name=name, city=rng.choice(CARD_CITIES)))
            if more:
                sheet.blank()
                sheet.add(more_info.format(list=list_name))
            continue
        sheet.add(label + article.title)
        if stats:
            sheet.add(stats.format(r=rng.randint(0, 240), v=f"{rng.randint(40, 40_000):,}"))
        values = {"name": name, "date": date, "stamp": _forum_stamp(when, lang, date, clock)}
        sheet.add(posted.format(**values))
        profile = _member(name, when, lang, rng) if member else []
        if member == "above":
            sheet.add(*profile[1:])
        if gap:
            sheet.blank()
        sheet.article(article.title, article.paragraphs, gap=gap)
        if member == "below":
            sheet.blank(1 if gap else 0)
            sheet.add(*profile)
        if rng.random() < 0.15:
            sheet.blank(1 if gap else 0)
            edited = _date(when + dt.timedelta(hours=rng.randint(1, 30)), lang, style)
            sheet.add(EDITED[lang].format(name=name, date=edited, n=rng.randint(2, 5)))
        if signatures and rng.random() < 0.8:
            sheet.blank(1 if gap else 0)
            if sig_mark:
                sheet.add(sig_mark)
            sheet.add(rng.choice(SIGNATURES[lang]).format(name=name, city=rng.choice(CARD_CITIES)))
        if reactions and rng.random() < 0.7:
            sheet.add(reactions.format(n=rng.randint(2, 60)))
        sheet.add(actions)

    if not mail:
        sheet.blank(rng.randint(1, 2))
        if rng.random() < 0.6:
            sheet.add(rng.choice(FORUM_PAGES[lang]).format(n=rng.randint(2, 60)))
        if rng.random() < 0.5:
            sheet.add(*(line.format(n=rng.randint(2, 40)) for line in FORUM_ONLINE[lang]))
    return sheet.draft()


# ---------------------------------------------------------------------------
# print
# ---------------------------------------------------------------------------

PAPERS = {
    "en": ("THE DAILY HERALD", "The Morning Ledger", "THE EVENING STANDARD-GAZETTE", "The Riverside Courier"),
    "de": ("Allgemeine Rundschau", "NEUE TAGESZEITUNG", "Der Landbote"),
    "fr": ("LE COURRIER DU MATIN", "La Gazette régionale", "L'Écho du soir"),
    "es": ("EL DIARIO DEL NORTE", "La Gaceta de la Tarde", "El Heraldo Regional"),
}
PAGE_MARKERS = {
    "en": (
        "Page {n}",
        "{sec}{n} | {paper} | {date}",
        "{paper} — {date} — {sec}{n}",
        "PAGE {sec}{n}",
        "{date}  {paper}  {sec}{n}",
        "-- {n} --",
    ),
    "de": ("Seite {n}", "{n} | {paper} | {date}", "{paper} · {date} · Seite {n}", "-- {n} --"),
    "fr": ("Page {n}", "{n} | {paper} | {date}", "{paper} — {date} — page {n}", "-- {n} --"),
    "es": ("Página {n}", "{n} | {paper} | {date}", "{paper} — {date} — Pág. {n}", "-- {n} --"),
}
EDITIONS = {
    "en": ("Vol. CXLII, No. {n} · ${price}", "Late Edition · ${price}", "{n} PAGES · ${price}", "Final Edition"),
    "de": ("{y}. Jahrgang · Nr. {n} · {price} €", "Ausgabe Stadt · Nr. {n}"),
    "fr": ("N° {n} · {price} €", "Édition du soir · {price} €"),
    "es": ("Año {y} · Número {n} · {price} €", "Edición impresa · {price} €"),
}
INDEX_BOX = {
    "en": ("INSIDE", ("Business", "Comics", "Obituaries", "Opinion", "Puzzles", "Sports", "Weather"), "{sec}{n}"),
    "de": ("IN DIESER AUSGABE", ("Wirtschaft", "Kultur", "Sport", "Wetter", "Rätsel", "Leserbriefe"), "S. {n}"),
    "fr": ("DANS CE NUMÉRO", ("Économie", "Culture", "Sports", "Météo", "Jeux", "Courrier"), "p. {n}"),
    "es": ("EN ESTA EDICIÓN", ("Economía", "Cultura", "Deportes", "El tiempo", "Pasatiempos", "Cartas"), "pág. {n}"),
}
DECKS = {
    "en": (
        "Officials say more details are expected in the coming weeks",
        "Critics warn the decision could have lasting consequences",
        "Supporters call it a long-overdue step",
        "What happened, and what comes next",
        "Local reaction is mixed as questions remain",
        "The move follows months of debate",
        "Experts urge caution amid uncertainty",
    ),
    "de": (
        "Kritiker warnen vor langfristigen Folgen",
        "Was bisher bekannt ist – und was nicht",
        "Die Entscheidung fällt nach monatelanger Debatte",
        "Experten mahnen zur Vorsicht",
    ),
    "fr": (
        "Les critiques mettent en garde contre des conséquences durables",
        "Ce que l'on sait, et ce qui reste flou",
        "Une décision attendue depuis des mois",
        "Les experts appellent à la prudence",
    ),
    "es": (
        "Los críticos advierten de consecuencias duraderas",
        "Lo que se sabe y lo que queda por aclarar",
        "La decisión llega tras meses de debate",
        "Los expertos piden prudencia",
    ),
}
PRINT_BYLINES = {
    "en": (
        "BY {NAME}\nStaff Writer",
        "By {name}\n{paper} Staff Writer",
        "By {name}\nThe Associated Press",
        "BY {NAME}\nSpecial to {paper}",
        "By {name}, Staff Writer",
        "{NAME}\nStaff Reporter",
    ),
    "de": ("VON {NAME}\nRedakteur", "Von {name}\nKorrespondent in {city}", "{NAME}\nRedaktion {section}"),
    "fr": ("PAR {NAME}\nEnvoyé spécial à {city}", "Par {name}\nJournaliste", "{NAME}\nService {section}"),
    "es": ("POR {NAME}\nRedacción", "Por {name}\nCorresponsal en {city}", "{NAME}\nSección de {section}"),
}
CAPTIONS = {
    "en": (
        (
            "Demonstrators gather outside the courthouse on Monday.",
            "A view of the site earlier this week.",
            "Officials speak to reporters after the meeting.",
            "The building has stood empty since the spring.",
        ),
        ("{NAME} / STAFF PHOTOGRAPHER", "(Photo: {name})", "{name}/The Associated Press", "Photo by {name}"),
    ),
    "de": (
        ("Demonstranten vor dem Gerichtsgebäude am Montag.", "Blick auf das Gelände in dieser Woche."),
        ("Foto: {name}", "Foto: dpa", "FOTO: {NAME}"),
    ),
    "fr": (
        ("Des manifestants devant le tribunal, lundi.", "Vue du site plus tôt cette semaine."),
        ("Photo {name}", "PHOTO AFP", "(Photo {NAME})"),
    ),
    "es": (
        ("Manifestantes frente al juzgado el lunes.", "Vista del lugar a principios de esta semana."),
        ("Foto: {name}", "EFE", "FOTO: {NAME}"),
    ),
}
JUMPS = {
    "en": (
        "Continued on page {n}",
        "See {KEY}, {sec}{n}",
        "Please see {KEY} on Page {sec}{n}",
        "► {KEY}, page {n}",
        "Turn to {KEY}, Page {sec}{n}",
    ),
    "de": ("Fortsetzung auf Seite {n}", "Weiter auf Seite {n}", "► {KEY}, Seite {n}"),
    "fr": ("Suite page {n}", "Lire la suite en page {n}", "► {KEY}, page {n}"),
    "es": ("Sigue en la página {n}", "Continúa en la pág. {n}", "► {KEY}, pág. {n}"),
}
PRINT_FOOTERS = ("{page}", "© {year} {paper}", "PressReader.com · Copyright and protected by applicable law")


def build_print(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A print edition or e-paper page dumped to text (PDF-to-text of a newspaper).

    Maybe a masthead (paper, date, "Vol. CXLII, No. 48 · $2.00") and an "INSIDE" index box,
    page markers ("Page 3", "A4 | THE DAILY HERALD | TUESDAY, DECEMBER 3, 2024", "-- 5 --")
    before stories that start a new page and, now and then, in the middle of a long story,
    headlines in capitals, Title Case or as written, sometimes a deck (sub-headline) under
    the headline, a byline ("BY NAME" / "Staff Writer"), maybe a photo caption, the
    paragraphs, and for some stories only the first few paragraphs and a jump line
    ("Continued on page 7", "See ASSANGE, A6"). The deck, like all furniture, is not truth.
    """
    lang = _lang(rng)
    paper = rng.choice(PAPERS[lang])
    paper_plain = paper.title() if paper.isupper() else paper
    when = _when(rng)
    weekday = WEEKDAYS[lang][when.weekday()]
    header_date = f"{weekday.capitalize()}, {_date(when, lang, 'long')}"
    if rng.random() < 0.5:
        header_date = header_date.upper()
    marker = rng.choice(PAGE_MARKERS[lang])
    sec = rng.choice("ABCD") if lang == "en" else ""
    page = rng.randint(1, 9)
    headline = rng.choice(("caps", "caps", "title", "plain"))
    gap = rng.random() < 0.4
    byline = rng.choice(PRINT_BYLINES[lang])
    bylines = rng.random() < 0.85
    jump = rng.choice(JUMPS[lang])
    jumps = rng.random() < 0.6
    decks = rng.random() < 0.6
    deck_pool = rng.sample(DECKS[lang], len(DECKS[lang]))  # no deck twice in a row on a page
    captions, credits = CAPTIONS[lang]
    caption_odds = rng.choice((0.0, 0.2, 0.4))
    sheet = _Sheet()

    def page_line() -> str:
        return marker.format(n=page, sec=sec, paper=paper, date=header_date)

    if rng.random() < 0.5:
        sheet.add(paper, header_date)
        if rng.random() < 0.7:
            price = rng.choice(("1.50", "2.00", "2.50", "3.00", "2,20", "2,90"))
            edition = rng.choice(EDITIONS[lang])
            sheet.add(edition.format(n=rng.randint(10, 30_000), y=rng.randint(40, 140), price=price))
        if rng.random() < 0.5:
            title, names, shape = INDEX_BOX[lang]
            entries = [
                f"{name} {shape.format(sec=rng.choice('ABCD'), n=rng.randint(2, 20))}"
                for name in rng.sample(names, rng.randint(3, 5))
            ]
            sheet.add(title)
            if rng.random() < 0.5:
                sheet.add(" | ".join(entries))
            else:
                sheet.add(*entries)
        sheet.blank()
    else:
        sheet.add(page_line())
        sheet.blank()

    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 2))
            if rng.random() < 0.5:
                page += rng.randint(1, 3)
                sheet.add(page_line())
                sheet.blank()
        if headline == "caps":
            title = article.title.upper()
        elif headline == "title":
            title = _title_case(article.title)
        else:
            title = article.title
        sheet.add(title)
        if decks and rng.random() < 0.6:
            sheet.add(deck_pool[i % len(deck_pool)])
        a = rng.choice(AUTHORS)
        if bylines:
            city = rng.choice(CARD_CITIES)
            section = rng.choice(SECTIONS[lang])
            line = byline.format(name=a, NAME=a.upper(), paper=paper_plain, city=city, section=section)
            sheet.add(*line.split("\n"))
        paragraphs = article.paragraphs
        cut = len(paragraphs) >= 3 and jumps and rng.random() < 0.5
        if cut:
            paragraphs = paragraphs[: rng.randint(2, min(6, len(paragraphs) - 1))]
        breaks: dict[int, list[str]] = {}
        if caption_odds and rng.random() < caption_odds:
            credit = rng.choice(credits).format(name=a, NAME=a.upper())
            at = rng.choice((0, 1)) if len(paragraphs) > 1 else 0
            breaks[at] = [f"{rng.choice(captions)} {credit}"]
        if len(paragraphs) >= 4 and rng.random() < 0.2:
            page += 1
            at = rng.randint(2, len(paragraphs) - 1)
            breaks[at] = [*breaks.get(at, []), "", page_line(), ""]
        if gap:
            sheet.blank()
        _write(sheet, title, paragraphs, gap, breaks)
        if cut:
            sheet.add(jump.format(n=page + rng.randint(2, 9), sec=sec or "A", KEY=_key_word(article.title)))

    if rng.random() < 0.4:
        sheet.blank()
        footer = rng.choice(PRINT_FOOTERS)
        sheet.add(footer.format(page=page_line(), year=when.year, paper=paper_plain))
    return sheet.draft()


# ---------------------------------------------------------------------------
# liveupdates
# ---------------------------------------------------------------------------

LIVE_HEADERS = {
    "en": ("Live updates: {topic}", "LIVE: {topic} — latest updates", "Latest news", "News ticker", "Live: The latest"),
    "de": ("Liveblog: {topic}", "Ticker: Die neuesten Entwicklungen", "Newsticker", "News im Überblick"),
    "fr": ("EN DIRECT – {topic}", "Le fil info", "Direct : les dernières informations"),
    "es": ("EN DIRECTO | {topic}", "Última hora", "Minuto a minuto: {topic}"),
}
LIVE_STATUS = {
    "en": ("Updated {clock}", "Last updated: {date}, {clock}", "Show {n} new updates", "Auto-update: ON"),
    "de": ("Aktualisiert: {clock}", "Zuletzt aktualisiert: {date}, {clock}", "{n} neue Einträge anzeigen"),
    "fr": ("Mis à jour à {clock}", "Dernière mise à jour : {date}, {clock}", "Afficher {n} nouveaux messages"),
    "es": ("Actualizado: {clock}", "Última actualización: {date}, {clock}", "Mostrar {n} actualizaciones nuevas"),
}
KEY_EVENTS = {"en": "Key events", "de": "Die wichtigsten Ereignisse", "fr": "Les temps forts", "es": "Momentos clave"}
LIVE_LABELS = {
    "en": ("BREAKING", "Pinned", "Just in", "Developing"),
    "de": ("EILMELDUNG", "Angepinnt", "Neu"),
    "fr": ("ALERTE", "Épinglé", "Info"),
    "es": ("ÚLTIMA HORA", "Destacado", "Urgente"),
}
LIVE_AUTHORS = {
    "en": ("— {name}", "From {name} in {city}", "{name}, reporter", "Posted by {name}"),
    "de": ("— {name}", "Von {name}, {city}", "{name}, Redaktion"),
    "fr": ("— {name}", "Par {name}, à {city}", "{name}, journaliste"),
    "es": ("— {name}", "Por {name}, desde {city}", "{name}, redactor"),
}
LIVE_SHARE = {
    "en": ("Share", "Copy link", "Share  Copy link", "Link copied", "Share this update"),
    "de": ("Teilen", "Link kopieren", "Teilen  Link kopieren"),
    "fr": ("Partager", "Copier le lien", "Partager  Copier le lien"),
    "es": ("Compartir", "Copiar enlace", "Compartir  Copiar enlace"),
}
LIVE_MORE = {
    "en": ("Load more updates", "Older posts", "Show earlier updates"),
    "de": ("Mehr Einträge laden", "Ältere Einträge"),
    "fr": ("Voir plus de messages", "Messages précédents"),
    "es": ("Cargar más actualizaciones", "Entradas anteriores"),
}
LIVE_CLOSED = {
    "en": "This live page is no longer being updated.",
    "de": "Dieser Liveblog wird nicht mehr aktualisiert.",
    "fr": "Ce direct est désormais terminé.",
    "es": "Esta cobertura en directo ha finalizado.",
}


def _live_stamp(when: dt.datetime, lang: str, shape: str, clock: str, age: int, rng: random.Random) -> str:
    if shape == "bare":
        return f"{when.hour:02d}:{when.minute:02d}"
    if shape == "clock":
        return _clock(when, lang, clock)
    if shape == "dated":
        return f"{_date(when, lang, 'us' if lang == 'en' else 'short')}, {_clock(when, lang, clock)}"
    if shape == "plus":
        return f"+++ {_clock(when, lang, clock)} +++"
    return _ago(lang, age, rng)


def build_liveupdates(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A live page or news ticker of many separate short stories (one per source article).

    A header ("Live updates: Politics", "Newsticker", "EN DIRECT – Monde"), a status line
    ("Updated 14:32", "Show 3 new updates"), maybe a "Key events" panel listing times and
    headlines, then per update: maybe a label ("BREAKING", "Pinned"), a timestamp line ("14:32",
    "2:32 p.m. ET", "Dec 3, 2024, 14:32 GMT", "+++ 14:32 Uhr +++", "12 minutes ago"), the
    headline, maybe an author line, the first 1-4 paragraphs and a "Share" / "Copy link" line.
    Newest first (sometimes oldest first); a "Load more updates" line at the end.
    """
    lang = _lang(rng)
    topic = rng.choice(SECTIONS[lang])
    shape = rng.choice(("bare", "bare", "clock", "dated", "relative", *(("plus",) if lang == "de" else ())))
    clock = rng.choice(CLOCKS[lang])
    if lang == "en" and rng.random() < 0.3:
        clock = "{h}:{M:02d} {ampm} ET"
    headline = rng.choice(("plain", "plain", "title"))
    gap = rng.random() < 0.5
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = rng.choice(("—", "· · ·", "-" * 20, "_" * 30))
    authors = rng.choice(LIVE_AUTHORS[lang]) if rng.random() < 0.4 else ""
    share = rng.sample(LIVE_SHARE[lang], 2)
    when = _when(rng)
    age = rng.randint(2, 30)
    stamps = []
    for _ in articles:
        stamps.append((when, age))
        step = rng.randint(2, 95)
        when -= dt.timedelta(minutes=step)
        age += step
    oldest_first = rng.random() < 0.2
    if oldest_first:
        stamps.reverse()
    sheet = _Sheet()

    sheet.add(rng.choice(LIVE_HEADERS[lang]).format(topic=topic))
    if rng.random() < 0.25:
        sheet.add(LIVE_CLOSED[lang])
    if rng.random() < 0.7:
        newest = max(stamps)[0]
        status = rng.choice(LIVE_STATUS[lang])
        date = _date(newest, lang, "us" if lang == "en" else "long")
        sheet.add(status.format(clock=_clock(newest, lang, clock), date=date, n=rng.randint(2, 9)))
    titles = [article.title if headline == "plain" else _title_case(article.title) for article in articles]
    if rng.random() < 0.3:
        sheet.blank()
        sheet.add(KEY_EVENTS[lang])
        for (moment, _), title in zip(stamps, titles, strict=True):
            sheet.add(f"{_clock(moment, lang, clock)} {title}" if shape != "relative" else title)
    sheet.blank()

    for i, (article, title, (moment, minutes)) in enumerate(zip(articles, titles, stamps, strict=True)):
        if i:
            if between == "rule":
                sheet.blank(1 if gap else 0)
                sheet.add(rule)
            sheet.blank(0 if between == "none" else rng.randint(1, 2))
        if rng.random() < 0.12:
            sheet.add(rng.choice(LIVE_LABELS[lang]))
        sheet.add(_live_stamp(moment, lang, shape, clock, minutes, rng))
        sheet.add(title)
        if authors and rng.random() < 0.6:
            sheet.add(authors.format(name=rng.choice(AUTHORS), city=rng.choice(CARD_CITIES)))
        if gap:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.choice((1, 1, 2, 2, 3, 4))]
        sheet.article(title, paragraphs, gap=gap)
        if rng.random() < 0.8:
            sheet.blank(1 if gap else 0)
            sheet.add(share[0] if rng.random() < 0.8 else share[1])

    sheet.blank(rng.randint(1, 2))
    sheet.add(rng.choice(LIVE_MORE[lang]))
    return sheet.draft()


# ---------------------------------------------------------------------------
# email
# ---------------------------------------------------------------------------

MAILMAN = {
    "en": {
        "send": "Send {List} mailing list submissions to",
        "web": "To subscribe or unsubscribe via the World Wide Web, visit",
        "mail": "or, via email, send a message with subject or body 'help' to",
        "owner": "You can reach the person managing the list at",
        "reply": "When replying, please edit your Subject line so it is more specific\n"
        'than "Re: Contents of {List} digest..."',
        "topics": "Today's Topics:",
        "message": "Message: {n}",
        "digest": "{List} Digest, Vol {vol}, Issue {issue}",
        "end": "End of {List} Digest, Vol {vol}, Issue {issue}",
    },
    "de": {
        "send": "Senden Sie Nachrichten an die Mailingliste {List} an",
        "web": "Um sich über das Web an- oder abzumelden, besuchen Sie",
        "mail": "oder senden Sie eine E-Mail mit 'help' in Betreff oder Text an",
        "owner": "Sie erreichen die Listenverwaltung unter",
        "reply": "Bitte passen Sie beim Antworten die Betreffzeile an, damit sie\n"
        'aussagekräftiger ist als "Re: Inhalt der {List}-Zusammenfassung..."',
        "topics": "Themen der heutigen Ausgabe:",
        "message": "Nachricht: {n}",
        "digest": "{List}-Zusammenfassung, Band {vol}, Eintrag {issue}",
        "end": "Ende der {List}-Zusammenfassung, Band {vol}, Eintrag {issue}",
    },
    "fr": {
        "send": "Envoyez vos messages pour la liste {List} à",
        "web": "Pour vous (dés)abonner par le web, consultez",
        "mail": "ou, par courriel, envoyez un message avec 'help' dans le corps ou dans le sujet à",
        "owner": "Vous pouvez contacter l'administrateur de la liste à l'adresse",
        "reply": "Si vous répondez, n'oubliez pas de changer l'objet du message afin\n"
        'qu\'il soit plus spécifique que "Re: Contenu du digest de {List}..."',
        "topics": "Thèmes du jour :",
        "message": "Message : {n}",
        "digest": "Digest {List}, Vol {vol}, Parution {issue}",
        "end": "Fin de Digest {List}, Vol {vol}, Parution {issue}",
    },
    "es": {
        "send": "Envíe los mensajes para la lista {List} a",
        "web": "Para subscribirse o anular su subscripción a través de la WEB",
        "mail": 'O por correo electrónico, enviando un mensaje con el texto "help" en el asunto o en el cuerpo a:',
        "owner": "Puede contactar con el responsable de la lista escribiendo a:",
        "reply": "Si responde a algún contenido de este mensaje, por favor, edite la\n"
        'línea del asunto para que el texto sea más específico que:\n"Re: Contents of {List} digest..."',
        "topics": "Asuntos del día:",
        "message": "Mensaje: {n}",
        "digest": "Resumen de {List}, Vol {vol}, Envío {issue}",
        "end": "Fin de Resumen de {List}, Vol {vol}, Envío {issue}",
    },
}
SCRUBBED = (
    "-------------- next part --------------",
    "An HTML attachment was scrubbed...",
    "URL: <https://lists.{domain}/pipermail/{list}/attachments/{stamp}/{hex}/attachment.html>",
)
ORGS = ("Northwind Analytics", "Helios Grid AG", "Brightwater Systems", "Société Verte", "Grupo Alba", "")
GROUPS = {
    "en": {
        "summary": ("Today's topic summary", "Topic digest"),
        "all": "View all topics",
        "updates": "{title} - {n} Update",
        "top": "Back to top",
        "footer": (
            "You received this digest because you're subscribed to updates for this group. You can change "
            "your settings on the group membership page.",
            "To unsubscribe from this group and stop receiving emails from it send an email to {unsub}.",
        ),
    },
    "de": {
        "summary": ("Zusammenfassung der heutigen Themen", "Themenübersicht"),
        "all": "Alle Themen anzeigen",
        "updates": "{title} - {n} Aktualisierung",
        "top": "Nach oben",
        "footer": (
            "Sie erhalten diese Zusammenfassung, weil Sie Updates für diese Gruppe abonniert haben.",
            "Um sich von dieser Gruppe abzumelden, senden Sie eine E-Mail an {unsub}.",
        ),
    },
    "fr": {
        "summary": ("Résumé des sujets du jour", "Résumé des sujets"),
        "all": "Afficher tous les sujets",
        "updates": "{title} - {n} mise à jour",
        "top": "Haut de page",
        "footer": (
            "Vous recevez ce résumé, car vous êtes abonné aux mises à jour de ce groupe.",
            "Pour vous désabonner de ce groupe, envoyez un e-mail à l'adresse {unsub}.",
        ),
    },
    "es": {
        "summary": ("Resumen de temas de hoy", "Resumen de temas"),
        "all": "Ver todos los temas",
        "updates": "{title} - {n} actualización",
        "top": "Volver arriba",
        "footer": (
            "Recibiste este resumen porque estás suscrito a las actualizaciones de este grupo.",
            "Para anular la suscripción a este grupo, envía un correo electrónico a {unsub}.",
        ),
    },
}


def _sender(name: str, address: str, rng: random.Random) -> str:
    shape = rng.choice(("{name} <{address}>", '"{name}" <{address}>', "{at} ({name})"))
    return shape.format(name=name, address=address, at=address.replace("@", " at "))


def build_email(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A plain-text mailing-list digest, one message per article.

    Mailman style (most pages): the "Send LIST mailing list submissions to" preamble, the
    "Today's Topics:" numbered list of subjects (wrapped at 70 columns), a rule of dashes,
    then per message "Message: N", `Date:`, `From:`, maybe `To:`, `Subject:` (maybe with a
    "[LIST]" tag), maybe `Message-ID:`/`Content-Type:`, a blank line, the paragraphs, maybe
    a `-- ` signature and a scrubbed-attachment notice, and "------------------------------";
    then the digest footer and "End of LIST Digest, Vol N, Issue M". Google-Groups style: a
    topic summary ("- TITLE - 1 Update"), then per topic the title, "NAME <addr>: Dec 03
    02:32PM -0800", the paragraphs and "Back to top", and an unsubscribe footer.
    """
    lang = _lang(rng)
    list_name = rng.choice(LIST_NAMES)
    real_name = list_name.replace("-", " ").title().replace(" ", "-")  # Mailman shows the list's "real name"
    domain = rng.choice(MAIL_DOMAINS)
    address = f"{list_name}@lists.{domain}"
    gap = rng.random() < 0.8
    when = _when(rng)
    names = [rng.choice(AUTHORS) for _ in articles]
    moments = []
    for _ in articles:
        when += dt.timedelta(minutes=rng.randint(5, 400))
        moments.append(when)
    sheet = _Sheet()

    if rng.random() < 0.3:
        text = GROUPS[lang]
        group_address = f"{list_name}@googlegroups.com"
        sheet.add(group_address, rng.choice(text["summary"]), text["all"])
        sheet.blank()
        bullet = rng.choice(("- ", "  - ", "• "))
        sheet.add(*(bullet + text["updates"].format(title=a.title, n=1) for a in articles))
        sheet.blank()
        for article, name, moment in zip(articles, names, moments, strict=True):
            sheet.add(article.title)
            month = SHORT_MONTHS["en"][moment.month - 1]
            hour = moment.hour % 12 or 12
            ampm = "AM" if moment.hour < 12 else "PM"
            zone = rng.choice(("-0800", "+0100", "+0000", "-0500"))
            person = f"{name} <{_address(name, rng.choice(MAIL_DOMAINS))}>"
            sheet.add(f"{person}: {month} {moment.day:02d} {hour:02d}:{moment.minute:02d}{ampm} {zone}")
            sheet.blank()
            sheet.article(article.title, article.paragraphs, gap=gap)
            sheet.blank()
            sheet.add(text["top"])
            sheet.add(rng.choice(("=" * 70, "-" * 70, "")))
        sheet.add(*(line.format(unsub=f"{list_name}+unsubscribe@googlegroups.com") for line in text["footer"]))
        return sheet.draft()

    words = MAILMAN[lang]
    vol, issue = rng.randint(1, 40), rng.randint(1, 90)
    url = f"https://lists.{domain}/mailman/listinfo/{list_name}"
    tag = f"[{real_name}] " if rng.random() < 0.6 else ""
    with_to = rng.random() < 0.5
    with_ids = rng.random() < 0.5
    scrubbed = rng.random() < 0.3
    signatures = rng.random() < 0.5
    zone = rng.choice(ZONES)
    dashes = "-" * rng.choice((30, 30, 70))

    if rng.random() < 0.5:
        sheet.add(words["digest"].format(List=real_name, vol=vol, issue=issue))
        sheet.blank()
    sheet.add(words["send"].format(List=real_name), f"\t{address}")
    sheet.blank()
    sheet.add(words["web"], f"\t{url}", words["mail"], f"\t{list_name}-request@lists.{domain}")
    sheet.blank()
    sheet.add(words["owner"], f"\t{list_name}-owner@lists.{domain}")
    sheet.blank()
    sheet.add(*words["reply"].format(List=real_name).split("\n"))
    sheet.blank(2)
    sheet.add(words["topics"])
    sheet.blank()
    for n, (article, name) in enumerate(zip(articles, names, strict=True), 1):
        entry = f"{n:>4}. {article.title} ({name})"
        sheet.add(*textwrap.wrap(entry, 70, subsequent_indent=" " * 6, break_on_hyphens=False))
    sheet.blank(2)
    sheet.add("-" * 70)
    sheet.blank()

    for n, (article, name, moment) in enumerate(zip(articles, names, moments, strict=True), 1):
        sheet.add(words["message"].format(n=n))
        sheet.add(f"Date: {_rfc822(moment, zone)}")
        sheet.add(f"From: {_sender(name, _address(name, rng.choice(MAIL_DOMAINS)), rng)}")
        if with_to:
            sheet.add(f"To: {address}")
        sheet.add(f"Subject: {tag}{article.title}")
        if with_ids:
            sheet.add(f"Message-ID: <{rng.getrandbits(48):012x}.{rng.randrange(10_000)}@{rng.choice(MAIL_DOMAINS)}>")
            sheet.add('Content-Type: text/plain; charset="utf-8"')
        sheet.blank()
        sheet.article(article.title, article.paragraphs, gap=gap)
        if signatures and rng.random() < 0.7:
            sheet.blank()
            sheet.add("-- ", name)
            org = rng.choice(ORGS)
            if org:
                sheet.add(org)
        if scrubbed and rng.random() < 0.5:
            sheet.blank()
            stamp = f"{moment:%Y%m%d}"
            hex_id = f"{rng.getrandbits(32):08x}"
            sheet.add(*(line.format(domain=domain, list=list_name, stamp=stamp, hex=hex_id) for line in SCRUBBED))
        sheet.blank()
        sheet.add(dashes)
        sheet.blank()

    sheet.add("Subject: Digest Footer")
    sheet.blank()
    sheet.add("_" * 47, f"{real_name} mailing list", address, url)
    sheet.blank(2)
    sheet.add(dashes)
    sheet.blank()
    end = words["end"].format(List=real_name, vol=vol, issue=issue)
    sheet.add(end, "*" * len(end))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "forum": build_forum,
    "print": build_print,
    "liveupdates": build_liveupdates,
    "email": build_email,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
