"""Four more multi-article layouts, a third held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout3.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout3.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout3.py check [--pages N] [--seed N]

The project knows nineteen layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`) and the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`). The four here differ from all of them:

- `transcript`: a broadcast news transcript, TV or radio. TV: a show header ("NEWSROOM" /
  "Aired December 3, 2024 - 19:00 ET" / "THIS IS A RUSH TRANSCRIPT..."), the anchor's welcome,
  then per story maybe a timecode or segment marker ("[19:04:12]", "[SEGMENT 3]"), maybe a slug
  in capitals ("ASSANGE-SWEDEN"), the on-screen headline ("ON SCREEN: ...", "CG: ...",
  "EINBLENDUNG: ...", "Bandeau : ...", or the headline alone under the slug), the anchor's cue
  ("ANCHOR:", "BLITZER:", "SPRECHER:", "PLATEAU :") alone or before the first paragraph, for
  longer stories "(BEGIN VIDEOTAPE)" and the reporter's cue ("NAME, CNN CORRESPONDENT
  (voice-over):") before the second paragraph, a sign-off ("James Carter, CNN, London."),
  "(END VIDEOTAPE)", the anchor's "Thanks, NAME."; "(COMMERCIAL BREAK)" and transition lines
  ("ANCHOR: Turning now to other news.") between some stories. Radio (NPR-like): per story the
  headline, a "Heard on Morning Edition · DATE" line, "NAME, HOST:" / "NAME, BYLINE:" cues,
  "(SOUNDBITE OF ...)" lines between paragraphs, a sign-off in capitals. The truth title is the
  on-screen headline (or the story's heading on radio pages) without its label;
- `wiki`: a wiki export of several short pages glued together, MediaWiki-like or
  Confluence-like. MediaWiki: the title, maybe "From Examplepedia, the free encyclopedia",
  "Jump to navigation Jump to search", a hatnote ("For other uses, see ..."), the lead
  paragraph(s), a "Contents" list ("1 Background", "2 Reactions", "2.1 International", "3 See
  also", "4 References"), section headings ("Background[edit]", "== Reactions ==") between the
  paragraphs, maybe "See also" items and references ('^ "TITLE". Reuters. 3 December 2024.'),
  "Categories: a | b", 'Retrieved from "URL"', "This page was last edited on DATE". Short pages
  carry a stub notice instead of sections. Confluence: a breadcrumb, the title, "Created by
  NAME, last modified by NAME on DATE", an "On this page" list, headings, "Labels: ...", "Like
  · Be the first to like this". Sections inside a page are not article starts;
- `events`: a "what's on" events calendar with long descriptions: a header ("What's on at the
  Riverside Arts Centre", "Veranstaltungskalender"), a filter or count line, maybe day headings
  ("Saturday 14 December", "Samstag, 14. Dezember", "Today") over the items; per item maybe a
  category ("TALK", "Konzert"), the date/time/venue block above or below the title ("Sat 14 Dec
  · 19:30 · Town Hall", "When: ... / Where: ..."), maybe a status ("Sold out", "Free"), 1-3
  paragraphs (or all), a price line ("Tickets £12 / £8 concessions") and an action line ("Book
  now | Add to calendar"); a "Load more events" / "Submit your event" footer;
- `plaintext_dump`: a naive HTML-to-text dump of a homepage that shows its stories in full:
  a menu line ("Home | World | Business | Sport", or one entry per line), maybe the site name,
  the date and "Subscribe | Sign in", then the stories glued with almost nothing between them:
  the headline as written, in Title Case or in sentence case, no byline, zero or one blank line
  before it, the paragraphs separated by single newlines or single blank lines (varying by
  page), a short photo credit ("Photo: NAME/Reuters", "Foto: dpa") under some headlines or
  between some paragraphs, rarely an "Advertisement" line, and a footer ("© 2024 The Example
  Daily", "About | Contact | Privacy").

Everything around the articles (headers, cues, slugs, tape markers, sign-offs, contents lists,
section headings, references, categories, date/venue blocks, prices, actions, menus, credits,
footers) is furniture in English, German, French or Spanish, chosen per page by the page's
`random.Random`, and never part of the truth. A page's truth is, per article in page order,
the headline as shown (without an "ON SCREEN:" style label) and the shown paragraphs joined by
"\\n" (without a speaker cue written before a paragraph on the same line; an excerpt where the
layout cuts the article short).

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
    CARD_CITIES,
    MONTHS,
    SECTIONS,
    SHORT_MONTHS,
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
    _title_case,
    _when,
    articles_from_segments,
    first_name,
    key_words,
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


def _last(name: str) -> str:
    return name.split()[-1]


# ---------------------------------------------------------------------------
# transcript
# ---------------------------------------------------------------------------

TV_NETWORKS = {
    "en": ("CNN", "NBC News", "ABC News", "Sky News", "KXMP 7 News", "Channel 9"),
    "de": ("tagesschau", "ZDF heute", "Regionalfernsehen Nord", "RBB24"),
    "fr": ("France 2", "TF1", "France 3 Régions", "LCI"),
    "es": ("RTVE", "Antena 3 Noticias", "laSexta", "Canal Sur"),
}
RADIO_NETWORKS = {
    "en": ("NPR", "BBC Radio 4", "WXMP Public Radio", "ABC Radio"),
    "de": ("Deutschlandfunk", "Bayern 2", "SWR Aktuell", "WDR 5"),
    "fr": ("France Inter", "France Info", "RFI", "Europe 1"),
    "es": ("Cadena SER", "Radio Nacional", "Onda Cero", "COPE"),
}
TV_SHOWS = {
    "en": ("NEWSROOM", "EVENING NEWS", "THE SITUATION ROOM", "NEWS AT TEN", "WORLD NEWS TONIGHT", "LATE EDITION"),
    "de": ("Nachrichten", "Abendschau", "Das Journal", "Heute im Land", "Tagesthemen"),
    "fr": ("Le Journal de 20 heures", "Le 13 Heures", "Soir 3", "Le Journal régional"),
    "es": ("Telediario 2", "Noticias de la noche", "Informativo territorial", "Noticias 1"),
}
RADIO_SHOWS = {
    "en": ("Morning Edition", "All Things Considered", "The World Tonight", "PM", "Weekend Edition"),
    "de": ("Informationen am Morgen", "Das Mittagsmagazin", "Echo der Zeit", "Der Tag"),
    "fr": ("La Matinale", "Le Journal de 8 heures", "Le Journal du soir", "Le 18/20"),
    "es": ("Hoy por hoy", "La mañana", "Las noticias de la noche", "Hora 14"),
}
# Header lines: {show} {SHOW} {net} {date} {time}; "\n" splits lines.
TV_HEADERS = {
    "en": (
        "{SHOW}\nAired {date} - {time}",
        "Transcript: {show} ({net}), {date}",
        "{net} {SHOW}\n{weekday}, {date}\nTranscript",
        "{SHOW} -- {date} -- {time}",
    ),
    "de": (
        "{show} – Manuskript der Sendung vom {date}",
        "Sendung: {show}, {net}, {date}, {time}",
        "{net} | {show}\nSendemanuskript vom {date}",
    ),
    "fr": ("{show} – Transcription", "{show}\nDiffusé le {date} à {time} sur {net}", "Transcription : {show} ({net})"),
    "es": (
        "{show} – Transcripción",
        "{show}\nEmitido el {date} a las {time} en {net}",
        "Transcripción: {show} ({net})",
    ),
}
RADIO_HEADERS = {
    "en": ("{net} Transcripts", "{show}\nTranscripts for {date}", "{show} | {net} | {date}"),
    "de": ("{net} – Manuskripte", "{show}\nSendung vom {date}", "{net} | {show} | {date}"),
    "fr": ("{net} – Transcriptions", "{show}\nÉmission du {date}", "{net} | {show} | {date}"),
    "es": ("{net} – Transcripciones", "{show}\nPrograma del {date}", "{net} | {show} | {date}"),
}
TRANSCRIPT_NOTES = {
    "en": (
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.",
        "Note: This transcript was produced on a rush deadline and may contain errors.",
        "This transcript has been edited for clarity.",
    ),
    "de": (
        "Es gilt das gesprochene Wort.",
        "Dieses Manuskript darf nur für private Zwecke verwendet werden.",
        "Die Abschrift wurde automatisch erstellt und kann Fehler enthalten.",
    ),
    "fr": (
        "Transcription réalisée dans l'urgence, sous réserve de modifications.",
        "Seul le prononcé fait foi.",
    ),
    "es": (
        "Transcripción provisional sujeta a cambios.",
        "Esta transcripción puede contener errores.",
    ),
}
HEARD_ON = {
    "en": ("Heard on {show} · {date} · {time}", "{show} · {date}", "Heard on {show}"),
    "de": ("{net} · {show} · {date}", "Sendung: {show}, {date}, {time}", "Gehört in {show}"),
    "fr": ("Diffusé dans {show} · {date}", "{show} · {date} · {time}", "Entendu dans {show}"),
    "es": ("Emitido en {show} · {date}", "{show} · {date} · {time}", "Escuchado en {show}"),
}
SLUG_SHAPES = ("{SLUG}", "{SLUG}", "SLUG: {SLUG}", "[{SLUG}]", "{SLUG} ({dur})", "{n}. {SLUG}")
ON_SCREEN = {
    "en": ("ON SCREEN: {t}", "LOWER THIRD: {t}", "CG: {t}", "SUPER: {t}", "[GRAPHIC: {t}]", "{t}", "{t}"),
    "de": ("EINBLENDUNG: {t}", "Bauchbinde: {t}", "Grafik: {t}", "{t}", "{t}"),
    "fr": ("À L'ÉCRAN : {t}", "Bandeau : {t}", "Synthé : {t}", "{t}", "{t}"),
    "es": ("EN PANTALLA: {t}", "Rótulo: {t}", "Faldón: {t}", "{t}", "{t}"),
}
# Speaker cues: (first time on the page, later), with {FULL} {LAST} {NET}.
TV_ANCHORS = {
    "en": (
        ("ANCHOR", "ANCHOR"),
        ("{LAST}", "{LAST}"),
        ("{FULL}, {NET} ANCHOR", "{LAST}"),
        ("{FULL}, HOST", "{LAST}"),
    ),
    "de": (("SPRECHER", "SPRECHER"), ("MODERATION", "MODERATION"), ("{FULL} (Moderation)", "{LAST}")),
    "fr": (("PRÉSENTATEUR", "PRÉSENTATEUR"), ("PLATEAU", "PLATEAU"), ("{FULL}, présentateur", "{LAST}")),
    "es": (("PRESENTADOR", "PRESENTADOR"), ("PLATÓ", "PLATÓ"), ("{FULL}, presentador", "{LAST}")),
}
RADIO_ANCHORS = {
    "en": (("{FULL}, HOST", "{LAST}"), ("HOST", "HOST"), ("{FULL}, BYLINE", "{LAST}")),
    "de": (("MODERATION", "MODERATION"), ("{FULL}, Moderator", "{LAST}"), ("SPRECHER", "SPRECHER")),
    "fr": (("PRÉSENTATEUR", "PRÉSENTATEUR"), ("{FULL}, animateur", "{LAST}")),
    "es": (("LOCUTOR", "LOCUTOR"), ("{FULL}, presentador", "{LAST}")),
}
TV_REPORTERS = {
    "en": (
        "{FULL}, {NET} CORRESPONDENT (voice-over)",
        "{LAST} (voice-over)",
        "{FULL}, {NET} CORRESPONDENT",
        "REPORTER",
        "{LAST} (on camera)",
    ),
    "de": ("{FULL} (Reporter)", "REPORTER", "OFF-TEXT", "{LAST} (Korrespondent)"),
    "fr": ("{FULL} (voix off)", "JOURNALISTE", "OFF", "{LAST}, envoyé spécial"),
    "es": ("{FULL} (voz en off)", "REPORTERO", "OFF", "{LAST}, corresponsal"),
}
RADIO_REPORTERS = {
    "en": ("{FULL}, BYLINE", "{LAST}", "{FULL}, REPORTER"),
    "de": ("{FULL}, Korrespondent", "REPORTER", "{LAST}"),
    "fr": ("{FULL}, correspondant", "JOURNALISTE", "{LAST}"),
    "es": ("{FULL}, corresponsal", "REPORTERO", "{LAST}"),
}
TAPE_MARKS = {
    "en": (("(BEGIN VIDEOTAPE)", "(END VIDEOTAPE)"), ("[VIDEO CLIP]", "[END CLIP]"), ("(START VT)", "(END VT)")),
    "de": (("(Beginn Einspieler)", "(Ende Einspieler)"), ("[FILMBEITRAG]", "[ENDE FILMBEITRAG]")),
    "fr": (("(DÉBUT DU REPORTAGE)", "(FIN DU REPORTAGE)"), ("[Sujet]", "[Fin du sujet]")),
    "es": (("(INICIO DEL VÍDEO)", "(FIN DEL VÍDEO)"), ("[PIEZA]", "[FIN DE LA PIEZA]")),
}
SOUNDBITES = {
    "en": (
        "(SOUNDBITE OF ARCHIVED RECORDING)",
        "(SOUNDBITE OF PROTEST)",
        "(SOUNDBITE OF MUSIC)",
        "(SOUNDBITE OF PRESS CONFERENCE)",
    ),
    "de": ("(O-Ton)", "(Einspielung)", "(Atmo: Straßenlärm)", "(Musik)"),
    "fr": ("(Extrait sonore)", "(Son d'ambiance)", "(Archive sonore)"),
    "es": ("(Corte de audio)", "(Sonido ambiente)", "(Audio de archivo)"),
}
SIGN_OFFS = {
    "en": ("{FULL}, {NET}, {city}.", "Reporting from {city}, I'm {FULL}.", "{FULL}, {NET} News, {city}."),
    "de": ("{FULL}, {NET}, {city}.", "Aus {city} berichtete {FULL}."),
    "fr": ("{FULL}, {NET}, {city}.", "{FULL}, pour {NET}, à {city}."),
    "es": ("{FULL}, {NET}, {city}.", "Desde {city}, {FULL}, para {NET}."),
}
THANKS = {
    "en": ("Thanks, {first}.", "{first}, thank you.", "Back to you, {first}.", "{first}, thanks for that report."),
    "de": ("Danke, {first}.", "Vielen Dank nach {city}.", "Zurück ins Studio."),
    "fr": ("Merci {first}.", "À vous les studios.", "Merci pour ce reportage, {first}."),
    "es": ("Gracias, {first}.", "Devolvemos la conexión al plató.", "Gracias por la información, {first}."),
}
WELCOMES = {
    "en": (
        "Good evening. I'm {FULL}. Here are tonight's top stories.",
        "Good morning, and welcome. We begin with the headlines.",
        "Thanks for joining us. Let's get straight to the news.",
    ),
    "de": (
        "Guten Abend, meine Damen und Herren, ich begrüße Sie zu den Nachrichten.",
        "Guten Morgen. Hier die Meldungen.",
    ),
    "fr": ("Bonsoir à tous, bienvenue dans ce journal.", "Bonjour, voici les titres de l'actualité."),
    "es": ("Buenas noches, bienvenidos al informativo.", "Buenos días. Estas son las noticias."),
}
TRANSITIONS = {
    "en": (
        "Turning now to other news.",
        "Now to a story we've been following.",
        "In other news tonight.",
        "Let's take a look at some other headlines.",
        "And we turn now to business.",
    ),
    "de": ("Und nun zu weiteren Meldungen.", "Zu einem anderen Thema.", "Und jetzt ins Ausland."),
    "fr": ("Autre sujet ce soir.", "On passe maintenant à l'actualité internationale.", "Changement de sujet."),
    "es": ("Pasamos a otros asuntos.", "Y ahora, otras noticias.", "Cambiamos de tema."),
}
BREAKS = {
    "en": ("(COMMERCIAL BREAK)", "(BREAK)", "[COMMERCIAL BREAK]"),
    "de": ("(WERBEPAUSE)", "(Trenner)"),
    "fr": ("(PAUSE PUBLICITAIRE)", "(Jingle)"),
    "es": ("(PAUSA PUBLICITARIA)", "(Cortinilla)"),
}
RADIO_BREAKS = {
    "en": ("(SOUNDBITE OF MUSIC)", "BREAK", "(MUSIC)"),
    "de": ("(Musik)", "(Jingle)"),
    "fr": ("(Virgule musicale)", "(Jingle)"),
    "es": ("(Sintonía)", "(Ráfaga musical)"),
}
SEGMENT_MARKS = {
    "en": ("[SEGMENT {n}]", "SEGMENT {n}", "Segment {n} of {m}", "[BLOCK {L}]"),
    "de": ("[BEITRAG {n}]", "Beitrag {n}", "Block {L}"),
    "fr": ("[SÉQUENCE {n}]", "Sujet {n}", "Bloc {L}"),
    "es": ("[BLOQUE {n}]", "Pieza {n}", "Bloque {L}"),
}
TRANSCRIPT_FOOTERS = {
    "en": (
        "END",
        "(END OF TRANSCRIPT)",
        "Copyright {year} {net}. All Rights Reserved.",
        "Transcripts are created on a rush deadline. Accuracy and availability may vary.",
    ),
    "de": ("– Ende der Sendung –", "© {net} {year}", "Ende des Manuskripts"),
    "fr": ("Fin de la transcription", "© {net} {year}", "FIN"),
    "es": ("Fin de la transcripción", "© {year} {net}", "FIN"),
}
TRANSCRIPT_CLOCKS = {
    "en": ("{H:02d}:{M:02d} ET", "{h}:{M:02d} {ampm} ET", "{H:02d}:{M:02d} GMT"),
    "de": ("{H:02d}:{M:02d} Uhr", "{H:02d}.{M:02d} Uhr"),
    "fr": ("{H:02d}h{M:02d}", "{H:02d} h {M:02d}"),
    "es": ("{H:02d}:{M:02d} h", "{H:02d}.{M:02d} h"),
}


def _cue(shape: str, name: str, net: str) -> str:
    return shape.format(FULL=name.upper(), LAST=_last(name).upper(), NET=net.upper())


def build_transcript(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A broadcast news transcript: a TV news show or a radio programme, one story per article.

    TV: the show header, maybe a rush-transcript note, the anchor's welcome; per story maybe a
    timecode or segment marker, maybe a slug in capitals, the on-screen headline (labelled
    "ON SCREEN:", "CG:", "EINBLENDUNG:", ... or bare under the slug), the anchor's cue alone or
    before the first paragraph; stories of three paragraphs or more maybe "(BEGIN VIDEOTAPE)"
    and a reporter's cue before the second paragraph, a sign-off, "(END VIDEOTAPE)" and the
    anchor's "Thanks, NAME."; "(COMMERCIAL BREAK)" or an anchor's transition between some
    stories. Radio: per story the headline, a "Heard on SHOW · DATE" line, host and reporter
    cues, "(SOUNDBITE OF ...)" lines between some paragraphs, a sign-off. A footer at the end.
    """
    lang = _lang(rng)
    radio = rng.random() < 0.35
    net = rng.choice((RADIO_NETWORKS if radio else TV_NETWORKS)[lang])
    show = rng.choice((RADIO_SHOWS if radio else TV_SHOWS)[lang])
    when = _when(rng).replace(minute=rng.choice((0, 0, 30)))
    clock = rng.choice(TRANSCRIPT_CLOCKS[lang])
    style = rng.choice(("long", "short", "us"))
    date = _date(when, lang, style)
    weekday = WEEKDAYS[lang][when.weekday()]
    colon = " : " if lang == "fr" else ": "
    gap = rng.random() < 0.6
    inline = rng.random() < 0.6  # the cue on the paragraph's line, else on a line of its own
    anchor = rng.choice(AUTHORS)
    reporters = [a for a in AUTHORS if a != anchor]
    anchor_shape = rng.choice((RADIO_ANCHORS if radio else TV_ANCHORS)[lang])
    reporter_shape = rng.choice((RADIO_REPORTERS if radio else TV_REPORTERS)[lang])
    tape = rng.choice(TAPE_MARKS[lang])
    tape_odds = 0.0 if radio else rng.choice((0.5, 0.8, 1.0))
    bite_odds = rng.choice((0.2, 0.4)) if radio else 0.0
    sign_off = rng.choice(SIGN_OFFS[lang]) if rng.random() < 0.7 else ""
    sign_caps = radio and lang == "en" and rng.random() < 0.7
    thanks_odds = rng.choice((0.0, 0.5, 0.9))
    markers = rng.choice(("none", "none", "time", "segment"))
    segment = rng.choice(SEGMENT_MARKS[lang])
    slugs = not radio and rng.random() < 0.6
    slug_shape = rng.choice(SLUG_SHAPES)
    slug_join = rng.choice(("-", "-", "/", " "))
    screen = rng.choice(ON_SCREEN[lang])
    if not slugs and screen == "{t}":
        screen = ON_SCREEN[lang][0]
    caps = not radio and screen != "{t}" and rng.random() < 0.3
    heard = rng.choice(HEARD_ON[lang])
    between = rng.choice((1, 1, 2)) if gap else rng.choice((0, 1, 1, 2))
    spoken: set[str] = set()  # who has spoken on the page (the first cue may be the long form)

    def cue(shape: tuple[str, str], name: str) -> str:
        text = _cue(shape[1] if name in spoken else shape[0], name, net)
        spoken.add(name)
        return text + colon.rstrip(" ")

    sheet = _Sheet()
    values = {"show": show, "SHOW": show.upper(), "net": net, "date": date, "weekday": weekday}
    values["time"] = _clock(when, lang, clock)
    header = rng.choice((RADIO_HEADERS if radio else TV_HEADERS)[lang]).format(**values)
    sheet.add(*header.split("\n"))
    if rng.random() < 0.6:
        sheet.add(rng.choice(TRANSCRIPT_NOTES[lang]))
    sheet.blank(rng.randint(1, 2))
    if not radio and rng.random() < 0.6:
        welcome = rng.choice(WELCOMES[lang]).format(FULL=anchor)
        line = cue(anchor_shape, anchor)
        sheet.add(f"{line} {welcome}" if inline else line)
        if not inline:
            sheet.add(welcome)
        sheet.blank(between)

    moment = when
    for i, article in enumerate(articles):
        if i:
            sheet.blank(between)
            if rng.random() < 0.2:
                sheet.add(rng.choice((RADIO_BREAKS if radio else BREAKS)[lang]))
                sheet.blank(between)
            elif not radio and rng.random() < 0.3:
                line = cue(anchor_shape, anchor)
                transition = rng.choice(TRANSITIONS[lang])
                sheet.add(*([f"{line} {transition}"] if inline else [line, transition]))
                sheet.blank(between)
        moment += dt.timedelta(minutes=rng.randint(1, 6), seconds=rng.randint(0, 59))
        if markers == "time":
            sheet.add(f"[{moment:%H:%M:%S}]")
        elif markers == "segment":
            sheet.add(segment.format(n=i + 1, m=len(articles), L="ABCDEF"[i]))
        if slugs:
            words = key_words(article.title)
            picked = words[:2] if rng.random() < 0.6 else sorted(words, key=len, reverse=True)[:2]
            slug = slug_join.join(re.sub(r"['’]s$", "", word).upper() for word in picked)
            if slug == article.title.upper():  # a two-word headline: the slug is one word of it
                slug = picked[-1].upper()
            dur = f"{rng.randint(0, 3)}:{rng.randint(0, 59):02d}"
            sheet.add(slug_shape.format(SLUG=slug, dur=dur, n=i + 1))
        title = article.title.upper() if caps else article.title
        if radio:
            sheet.add(title)
            if rng.random() < 0.8:
                sheet.add(heard.format(show=show, net=net, date=date, time=_clock(moment, lang, clock)))
        else:
            sheet.add(screen.format(t=title))
        if gap:
            sheet.blank()

        paragraphs = article.paragraphs
        reporter = rng.choice(reporters)
        taped = len(paragraphs) >= 3 and rng.random() < tape_odds
        reported = taped or (radio and len(paragraphs) >= 2 and rng.random() < 0.8)
        breaks: dict[int, list[list[str]]] = {}
        prefixes: dict[int, str] = {}
        cues = {0: cue(anchor_shape, anchor)}
        handover = rng.choice((1, 1, 2)) if len(paragraphs) >= 4 else 1
        if reported:
            if taped:
                breaks.setdefault(handover, []).append([tape[0]])
            cues[handover] = cue((reporter_shape, reporter_shape), reporter)
        for j in range(2, len(paragraphs)):
            if j != handover and rng.random() < bite_odds:
                breaks.setdefault(j, []).append([rng.choice(SOUNDBITES[lang])])
        for j, line in cues.items():
            if inline:
                prefixes[j] = line + " "
            elif j == 0:
                sheet.add(line)
            else:
                breaks.setdefault(j, []).append([line])
        write_article(sheet, title, paragraphs, gap, breaks, prefixes)

        tail: list[str] = []
        if reported and sign_off:
            text = sign_off.format(FULL=reporter, NET=net, city=rng.choice(CARD_CITIES))
            tail.append(text.upper() if sign_caps else text)
        if taped:
            tail.append(tape[1])
        if reported and not radio and rng.random() < thanks_odds:
            thanks = rng.choice(THANKS[lang]).format(first=first_name(reporter), city=rng.choice(CARD_CITIES))
            line = cue(anchor_shape, anchor)
            tail.extend([f"{line} {thanks}"] if inline else [line, thanks])
        for line in tail:
            if gap:
                sheet.blank()
            sheet.add(line)

    if rng.random() < 0.8:
        sheet.blank(rng.randint(1, 2))
        footers = TRANSCRIPT_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 2)))
        sheet.add(*(footers[k].format(net=net, year=when.year) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# wiki
# ---------------------------------------------------------------------------

WIKI_NAMES = {
    "en": ("Examplepedia", "OpenWiki", "Civic Wiki", "NewsWiki"),
    "de": ("Beispielpedia", "Wikiwissen", "Stadtwiki"),
    "fr": ("Exemplepédia", "WikiSavoir", "Wiki Actu"),
    "es": ("Ejemplopedia", "WikiSaber", "Wiki Noticias"),
}
WIKI_HOSTS = {"en": "en.{w}.example", "de": "de.{w}.example", "fr": "fr.{w}.example", "es": "es.{w}.example"}
FROM_LINES = {
    "en": "From {name}, the free encyclopedia",
    "de": "Aus {name}, der freien Enzyklopädie",
    "fr": "Un article de {name}, l'encyclopédie libre.",
    "es": "De {name}, la enciclopedia libre",
}
JUMP_LINES = {
    "en": ("Jump to navigation", "Jump to search"),
    "de": ("Zur Navigation springen", "Zur Suche springen"),
    "fr": ("Aller à la navigation", "Aller à la recherche"),
    "es": ("Ir a la navegación", "Ir a la búsqueda"),
}
HATNOTES = {
    "en": ("For other uses, see {key} (disambiguation).", "Not to be confused with {key} (magazine)."),
    "de": ("Zu weiteren Bedeutungen siehe {key} (Begriffsklärung).", "Nicht zu verwechseln mit {key} (Zeitschrift)."),
    "fr": ("Pour les articles homonymes, voir {key}.", "Ne doit pas être confondu avec {key} (revue)."),
    "es": ("Para otros usos de este término, véase {key} (desambiguación).", "No confundir con {key} (revista)."),
}
STUBS = {
    "en": ("This article is a stub. You can help {name} by expanding it.", "This page is a draft."),
    "de": ("Dieser Artikel ist noch sehr kurz. Hilf mit, ihn zu erweitern.", "Dieser Artikel ist ein Entwurf."),
    "fr": ("Cet article est une ébauche. Vous pouvez partager vos connaissances en l'améliorant.",),
    "es": ("Este artículo es un esbozo. Puedes ayudar a {name} expandiéndolo.",),
}
CONTENTS_WORDS = {
    "en": ("Contents", "Contents [hide]", "Contents\t[hide]", "CONTENTS"),
    "de": ("Inhaltsverzeichnis", "Inhaltsverzeichnis [Verbergen]", "Inhalt"),
    "fr": ("Sommaire", "Sommaire [masquer]"),
    "es": ("Índice", "Índice [ocultar]"),
}
WIKI_SECTIONS = {
    "en": (
        "Background",
        "History",
        "Overview",
        "Reactions",
        "Investigation",
        "Response",
        "Aftermath",
        "Details",
        "Analysis",
        "Impact",
        "Legal proceedings",
        "Reception",
    ),
    "de": (
        "Hintergrund",
        "Geschichte",
        "Überblick",
        "Reaktionen",
        "Ermittlungen",
        "Folgen",
        "Einzelheiten",
        "Rezeption",
    ),
    "fr": ("Contexte", "Historique", "Présentation", "Réactions", "Enquête", "Conséquences", "Détails", "Accueil"),
    "es": ("Antecedentes", "Historia", "Descripción", "Reacciones", "Investigación", "Consecuencias", "Detalles"),
}
WIKI_SUBSECTIONS = {
    "en": ("Early reports", "Official response", "International reaction", "Criticism", "Timeline", "Legal issues"),
    "de": ("Erste Berichte", "Offizielle Stellungnahmen", "Internationale Reaktionen", "Kritik", "Chronologie"),
    "fr": ("Premiers signalements", "Réactions officielles", "Réactions internationales", "Critiques", "Chronologie"),
    "es": ("Primeros informes", "Respuesta oficial", "Reacción internacional", "Críticas", "Cronología"),
}
# Closing sections: see also, references, external links.
WIKI_TAILS = {
    "en": ("See also", "References", "External links"),
    "de": ("Siehe auch", "Einzelnachweise", "Weblinks"),
    "fr": ("Voir aussi", "Notes et références", "Liens externes"),
    "es": ("Véase también", "Referencias", "Enlaces externos"),
}
SEE_ALSO = {
    "en": ("List of {sec} topics", "Timeline of {year} events", "{Sec} portal", "Outline of {sec}"),
    "de": ("Liste von Ereignissen {year}", "Portal:{Sec}", "Chronologie {year}"),
    "fr": ("Liste d'événements en {year}", "Portail:{Sec}", "Chronologie de l'année {year}"),
    "es": ("Anexo:Acontecimientos de {year}", "Portal:{Sec}", "Cronología de {year}"),
}
REFERENCES = {
    "en": ('^ "{t}". {source}. {date}. Retrieved {later}.', "^ {source} staff ({year}). {t}. {source}."),
    "de": ("↑ {source}: {t}. {date}, abgerufen am {later}.", "↑ {t}. In: {source}, {date}."),
    "fr": ("↑ « {t} », {source}, {date} (consulté le {later}).", "↑ {source}, « {t} », {date}."),
    "es": ("↑ «{t}». {source}. {date}. Consultado el {later}.", "↑ {source} ({year}). «{t}»."),
}
GENERIC_REFS = {
    "en": ("Official statement", "Press release", "Annual report {year}", "Fact sheet"),
    "de": ("Pressemitteilung", "Offizielle Stellungnahme", "Jahresbericht {year}"),
    "fr": ("Communiqué de presse", "Déclaration officielle", "Rapport annuel {year}"),
    "es": ("Nota de prensa", "Comunicado oficial", "Informe anual {year}"),
}
EXTERNAL = {
    "en": ("Official website", "{source} coverage", "Media related to this topic at Commons"),
    "de": ("Offizielle Website", "Berichterstattung bei {source}"),
    "fr": ("Site officiel", "Dossier de {source}"),
    "es": ("Sitio web oficial", "Cobertura de {source}"),
}
CATEGORY_LINES = {
    "en": ("Categories: {cats}", "Category: {cats}", "Categories:\n{cats}"),
    "de": ("Kategorien: {cats}", "Kategorie: {cats}"),
    "fr": ("Catégories : {cats}", "Catégorie : {cats}"),
    "es": ("Categorías: {cats}", "Categoría: {cats}"),
}
CATEGORIES = {
    "en": (
        "{year} in {sec}",
        "{Sec} news",
        "{Month} {year} events",
        "Articles containing potentially dated statements",
    ),
    "de": ("{Sec}", "Ereignis {year}", "{Sec} ({year})", "Wikipedia:Belege fehlen"),
    "fr": ("{Sec}", "{year} en {sec}", "Portail:{Sec}/Articles liés", "Article à référencer"),
    "es": ("{Sec}", "{Sec} en {year}", "Acontecimientos de {year}", "Wikipedia:Artículos con datos por trasladar"),
}
HIDDEN_CATEGORIES = {
    "en": "Hidden categories: Articles with short description | Short description matches Wikidata",
    "de": "Versteckte Kategorie: Wikipedia:Veraltet nach {year}",
    "fr": "Catégories cachées : Article utilisant une Infobox | Page utilisant P18",
    "es": "Categorías ocultas: Wikipedia:Artículos con identificadores",
}
RETRIEVED = {
    "en": 'Retrieved from "{url}"',
    "de": "Abgerufen von „{url}“",
    "fr": "Ce document provient de « {url} ».",
    "es": "Obtenido de «{url}»",
}
LAST_EDITED = {
    "en": ("This page was last edited on {date}, at {hm} (UTC).", "Last edited {date} at {hm}"),
    "de": ("Diese Seite wurde zuletzt am {date} um {hm} Uhr bearbeitet.",),
    "fr": ("La dernière modification de cette page a été faite le {date} à {hm}.",),
    "es": ("Esta página se editó por última vez el {date} a las {hm}.",),
}
LICENCE = {
    "en": "Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.",
    "de": "Der Text ist unter der Lizenz „Creative-Commons Namensnennung – Weitergabe unter gleichen Bedingungen“ "
    "verfügbar; Informationen zu den Urhebern und zum Lizenzstatus eingebundener Mediendateien sind abrufbar.",
    "fr": "Les textes sont disponibles sous licence Creative Commons attribution, partage dans les mêmes conditions.",
    "es": "El texto está disponible bajo la Licencia Creative Commons Atribución Compartir Igual 4.0.",
}
# MediaWiki heading shapes: (section, sub-section), {h} the heading.
HEADINGS = {
    "en": (("{h}[edit]", "{h}[edit]"), ("{h}", "{h}"), ("== {h} ==", "=== {h} ==="), ("{h} [edit source]", "{h}")),
    "de": (("{h}[Bearbeiten | Quelltext bearbeiten]", "{h}[Bearbeiten]"), ("{h}", "{h}"), ("== {h} ==", "=== {h} ===")),
    "fr": (("{h}[modifier | modifier le code]", "{h}[modifier]"), ("{h}", "{h}"), ("== {h} ==", "=== {h} ===")),
    "es": (("{h}[editar]", "{h}[editar]"), ("{h}", "{h}"), ("== {h} ==", "=== {h} ===")),
}
KB_SPACES = {
    "en": ("Engineering", "Newsroom Handbook", "Team Knowledge Base", "Research Notes"),
    "de": ("Redaktion", "Wissensdatenbank", "Team-Wiki"),
    "fr": ("Rédaction", "Base de connaissances", "Wiki de l'équipe"),
    "es": ("Redacción", "Base de conocimiento", "Wiki del equipo"),
}
KB_PAGES = {"en": "Pages", "de": "Seiten", "fr": "Pages", "es": "Páginas"}
KB_CREATED = {
    "en": ("Created by {a}, last modified by {b} on {date}", "Created by {a}, last modified on {date}", "Owned by {a}"),
    "de": ("Erstellt von {a}, zuletzt geändert von {b} am {date}", "Erstellt von {a}, zuletzt geändert am {date}"),
    "fr": ("Créé par {a}, dernière modification par {b} le {date}", "Créé par {a}, dernière modification le {date}"),
    "es": ("Creado por {a}, última modificación por {b} el {date}", "Creado por {a}, última modificación el {date}"),
}
KB_READ = {"en": "{n} min read", "de": "{n} Min. Lesezeit", "fr": "{n} min de lecture", "es": "{n} min de lectura"}
KB_ON_PAGE = {
    "en": ("On this page", "Table of contents", "In this article"),
    "de": ("Auf dieser Seite", "Inhalt"),
    "fr": ("Sur cette page", "Table des matières"),
    "es": ("En esta página", "Tabla de contenidos"),
}
KB_LABELS = {
    "en": ("Labels: {labels}", "Labels\n{labels}", "No labels"),
    "de": ("Stichwörter: {labels}", "Keine Stichwörter"),
    "fr": ("Étiquettes : {labels}", "Aucune étiquette"),
    "es": ("Etiquetas: {labels}", "Sin etiquetas"),
}
KB_TAGS = {
    "en": ("news", "howto", "reference", "archived", "draft", "review", "background", "meeting-notes"),
    "de": ("news", "anleitung", "archiv", "entwurf", "hintergrund", "protokoll"),
    "fr": ("actualite", "guide", "archive", "brouillon", "contexte", "compte-rendu"),
    "es": ("noticias", "guia", "archivo", "borrador", "contexto", "acta"),
}
KB_LIKES = {
    "en": ("Like · Be the first to like this", "{a} likes this", "Like · {n} people like this"),
    "de": ("Gefällt mir · Geben Sie als Erster ein „Gefällt mir“", "{a} gefällt das"),
    "fr": ("J'aime · Soyez le premier à aimer ceci", "{a} aime ceci"),
    "es": ("Me gusta · Sé el primero en indicar que te gusta", "A {a} le gusta esto"),
}
KB_COMMENT = {
    "en": "Write a comment…",
    "de": "Kommentar schreiben…",
    "fr": "Écrire un commentaire…",
    "es": "Escribe un comentario…",
}
WIKI_EXPORTS = {
    "en": ("{name} – printable export, {date}", "Book: {sec} ({date})", "Special:Export · {n} pages"),
    "de": ("{name} – Druckversion, {date}", "Buch: {sec} ({date})", "Spezial:Exportieren · {n} Seiten"),
    "fr": ("{name} – version imprimable, {date}", "Livre : {sec} ({date})", "Spécial:Exporter · {n} pages"),
    "es": ("{name} – versión para imprimir, {date}", "Libro: {sec} ({date})", "Especial:Exportar · {n} páginas"),
}


def _plan_sections(size: int, rng: random.Random) -> tuple[int, list[tuple[int, int]]]:
    """The number of lead paragraphs and the (start, stop) paragraph ranges of the sections after it;
    no sections for pages of fewer than three paragraphs."""
    if size < 3:
        return size, []
    lead = 2 if size >= 6 and rng.random() < 0.4 else 1
    count = rng.randint(1, min(4, size - lead))
    cuts = sorted(rng.sample(range(lead + 1, size), count - 1))
    return lead, list(zip([lead, *cuts], [*cuts, size], strict=True))


def build_wiki(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A wiki export of several short pages glued together, one page per article.

    MediaWiki-like: the title, maybe "From NAME, the free encyclopedia", "Jump to navigation Jump to
    search", a hatnote; the lead paragraph(s); for pages of three paragraphs or more a "Contents"
    list of the numbered sections (sub-sections "2.1 ...", closing "See also" / "References" /
    "External links"), the sections under their headings ("Background[edit]", "== Reactions ==");
    short pages get a stub notice; then maybe "See also" items, references, external links,
    "Categories: a | b", 'Retrieved from "URL"', "This page was last edited on DATE", a licence line.
    Confluence-like: a breadcrumb, the title, "Created by NAME, last modified by NAME on DATE", maybe
    "5 min read", an "On this page" list, headings, then "Labels: ...", likes, "Write a comment…".
    Pages are separated by blank lines, maybe a rule.
    """
    lang = _lang(rng)
    kb = rng.random() < 0.3
    name = rng.choice(WIKI_NAMES[lang])
    host = WIKI_HOSTS[lang].format(w=re.sub(r"[^a-z]+", "", name.lower().replace("é", "e")))
    when = _when(rng)
    gap = rng.random() < 0.6
    heading_shape = rng.choice(HEADINGS[lang])
    numbered_headings = kb and rng.random() < 0.4
    toc_shape = rng.choice(("{n} {h}", "{n} {h}", "{n}\t{h}", "{n}. {h}", "• {h}"))
    toc_indent = rng.choice(("", "  ", "    "))
    from_line = rng.random() < 0.7
    jump = rng.choice(("", "one", "two")) if not kb else ""
    hat_odds = rng.choice((0.0, 0.3))
    tails_odds = rng.choice((0.3, 0.7))
    categories = rng.choice(CATEGORY_LINES[lang])
    hidden = rng.random() < 0.3
    retrieved = rng.random() < 0.6
    edited = rng.choice(LAST_EDITED[lang]) if rng.random() < 0.7 else ""
    licence = rng.random() < 0.3
    rule = rng.choice(("", "", "", "----", "_" * 40))
    space = rng.choice(KB_SPACES[lang])
    created = rng.choice(KB_CREATED[lang])
    labels_line = rng.choice(KB_LABELS[lang])
    likes = rng.choice(KB_LIKES[lang]) if rng.random() < 0.6 else ""
    tails = WIKI_TAILS[lang]
    sheet = _Sheet()

    if rng.random() < 0.4:
        sec = rng.choice(SECTIONS[lang])
        sheet.add(
            rng.choice(WIKI_EXPORTS[lang]).format(name=name, sec=sec, n=len(articles), date=_date(when, lang, "long"))
        )
        sheet.blank(rng.randint(1, 2))

    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 3))
            if rule:
                sheet.add(rule)
                sheet.blank()
        edit = when - dt.timedelta(days=rng.randint(1, 400), minutes=rng.randint(0, 1440))
        edit_date = _date(edit, lang, "long" if lang != "en" else rng.choice(("long", "short")))
        sec = rng.choice(SECTIONS[lang])
        year = edit.year
        a, b = rng.sample(AUTHORS, 2)
        paragraphs = article.paragraphs
        lead, bounds = _plan_sections(len(paragraphs), rng)
        names = rng.sample(WIKI_SECTIONS[lang], len(bounds))
        subs: dict[int, tuple[int, str]] = {}  # section index -> (paragraph index, sub-heading)
        for k, (start, stop) in enumerate(bounds):
            if stop - start >= 3 and rng.random() < 0.5:
                subs[k] = (rng.randrange(start + 1, stop), rng.choice(WIKI_SUBSECTIONS[lang]))
        shown_tails = [] if kb else [t for t in tails if bounds and rng.random() < tails_odds]

        if kb:
            crumb = rng.choice(
                (f"{space} / {KB_PAGES[lang]}", f"{space} / {sec}", f"{KB_PAGES[lang]} / {space} / {sec}")
            )
            sheet.add(crumb)
        sheet.add(article.title)
        if kb:
            sheet.add(created.format(a=a, b=b, date=edit_date))
            if rng.random() < 0.4:
                sheet.add(KB_READ[lang].format(n=rng.randint(2, 9)))
        else:
            if from_line:
                sheet.add(FROM_LINES[lang].format(name=name))
            if jump == "one":
                sheet.add(" ".join(JUMP_LINES[lang]))
            elif jump == "two":
                sheet.add(*JUMP_LINES[lang])
            if rng.random() < hat_odds:
                sheet.add(rng.choice(HATNOTES[lang]).format(key=key_words(article.title)[0]))
        if gap:
            sheet.blank()

        def heading(text: str, number: str, sub: bool) -> str:
            if kb:
                return f"{number} {text}" if numbered_headings else text
            return heading_shape[1 if sub else 0].format(h=text)

        breaks: dict[int, list[list[str]]] = {}
        if bounds:
            toc = [rng.choice(KB_ON_PAGE[lang]) if kb else rng.choice(CONTENTS_WORDS[lang])]
            entries: list[tuple[str, str, bool]] = []
            for k in range(len(bounds)):
                entries.append((f"{k + 1}", names[k], False))
                if k in subs:
                    entries.append((f"{k + 1}.1", subs[k][1], True))
            entries += [(f"{len(bounds) + n + 1}", tail, False) for n, tail in enumerate(shown_tails)]
            for number, text, sub in entries:
                indent = toc_indent if sub else ""
                toc.append(indent + toc_shape.format(n=number, h=text))
            breaks.setdefault(lead, []).append(toc)
            for k, (start, _) in enumerate(bounds):
                breaks.setdefault(start, []).append([heading(names[k], f"{k + 1}", False)])
                if k in subs:
                    j, text = subs[k]
                    breaks.setdefault(j, []).append([heading(text, f"{k + 1}.1", True)])
        write_article(sheet, article.title, paragraphs, gap, breaks)
        if not bounds and not kb and rng.random() < 0.6:
            if gap:
                sheet.blank()
            sheet.add(rng.choice(STUBS[lang]).format(name=name))

        footer: list[list[str]] = []
        for tail in shown_tails:
            block = [heading(tail, "", False)]
            if tail == tails[0]:
                pool = rng.sample(SEE_ALSO[lang], rng.randint(1, 3))
                block += [f"• {item.format(sec=sec.lower(), Sec=sec, year=year)}" for item in pool]
            elif tail == tails[1]:
                for n in range(rng.randint(1, 3)):
                    source = rng.choice(SOURCES[lang])
                    cited = article.title if n == 0 else rng.choice(GENERIC_REFS[lang]).format(year=year)
                    ref = rng.choice(REFERENCES[lang]).format(
                        t=cited,
                        source=source,
                        date=_date(edit - dt.timedelta(days=rng.randint(3, 60)), lang, "long"),
                        later=_date(edit, lang, "long"),
                        year=year,
                    )
                    block.append(ref)
            else:
                block.append(f"• {rng.choice(EXTERNAL[lang]).format(source=rng.choice(SOURCES[lang]))}")
            footer.append(block)
        if kb:
            labels = " ".join([sec.lower(), *rng.sample(KB_TAGS[lang], rng.randint(1, 3))])
            footer.append([*labels_line.format(labels=labels).split("\n")])
            if likes:
                footer.append([likes.format(a=rng.choice(AUTHORS), n=rng.randint(2, 14))])
            if rng.random() < 0.5:
                footer.append([KB_COMMENT[lang]])
        else:
            month = MONTHS[lang][edit.month - 1]
            pool = [
                c.format(year=year, sec=sec.lower(), Sec=sec, Month=month[0].upper() + month[1:])
                for c in rng.sample(CATEGORIES[lang], rng.randint(1, 3))
            ]
            cats = "\n".join(pool) if "\n" in categories else " | ".join(pool)
            if rng.random() < 0.85:
                footer.append(categories.format(cats=cats).split("\n"))
                if hidden:
                    footer[-1].append(HIDDEN_CATEGORIES[lang].format(year=year))
            if retrieved:
                url = f"https://{host}/wiki/{article.title.replace(' ', '_')}"
                footer.append([RETRIEVED[lang].format(url=url)])
            if edited:
                footer.append([edited.format(date=edit_date, hm=f"{edit:%H:%M}")])
            if licence:
                footer.append([LICENCE[lang]])
        for block in footer:
            if gap:
                sheet.blank()
            sheet.add(*block)
    return sheet.draft()


# ---------------------------------------------------------------------------
# events
# ---------------------------------------------------------------------------

SHORT_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."),
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "es": ("lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."),
}
EVENT_ORGANISERS = {
    "en": (
        "Riverside Arts Centre",
        "Northfield Library",
        "City of Riverside",
        "The Old Library",
        "Eastgate Community Hub",
    ),
    "de": ("Kulturzentrum Alte Feuerwache", "Stadtbibliothek Nordstadt", "Volkshochschule Beispielhausen"),
    "fr": ("Maison de la culture", "Médiathèque de Villeneuve", "Ville de Saint-Exemple"),
    "es": ("Centro Cultural Villanueva", "Biblioteca Municipal", "Ayuntamiento de Ejemplo"),
}
EVENT_HEADERS = {
    "en": ("What's on", "What's on at {org}", "Events calendar", "Upcoming events", "Events & talks"),
    "de": ("Veranstaltungskalender", "Termine", "Was ist los in {city}?", "Veranstaltungen – {org}"),
    "fr": ("Agenda", "Agenda culturel", "Les rendez-vous de {org}", "Sortir à {city}"),
    "es": ("Agenda", "Agenda cultural", "Próximos eventos", "Qué hacer en {city}"),
}
EVENT_FILTERS = {
    "en": (
        "Showing {k} of {n} events",
        "Filter: All events · This week · Free · Family",
        "{k} events found",
        "Sort by: Date ▾",
        "List | Month | Week",
    ),
    "de": ("{n} Veranstaltungen gefunden", "Filter: Alle · Diese Woche · Kostenlos", "Liste | Monat | Woche"),
    "fr": ("{n} événements", "Filtrer : Tous · Cette semaine · Gratuit", "Liste | Mois | Semaine"),
    "es": ("{n} eventos encontrados", "Filtrar: Todos · Esta semana · Gratis", "Lista | Mes | Semana"),
}
EVENT_KINDS = {
    "en": ("Talk", "Concert", "Exhibition", "Workshop", "Film screening", "Reading", "Panel discussion", "Family"),
    "de": ("Vortrag", "Konzert", "Ausstellung", "Workshop", "Lesung", "Podiumsdiskussion", "Film"),
    "fr": ("Conférence", "Concert", "Exposition", "Atelier", "Projection", "Lecture", "Table ronde"),
    "es": ("Charla", "Concierto", "Exposición", "Taller", "Proyección", "Lectura", "Mesa redonda"),
}
VENUES = {
    "en": (
        "Town Hall",
        "Main Hall",
        "The Old Library",
        "St Mary's Church",
        "Room 2, Central Library",
        "Online",
        "Studio 3",
    ),
    "de": (
        "Stadthalle",
        "Großer Saal",
        "Stadtbibliothek, Saal 2",
        "Volkshochschule, Raum 104",
        "Online",
        "Alte Feuerwache",
    ),
    "fr": ("Salle des fêtes", "Grande salle", "Médiathèque, auditorium", "Théâtre municipal", "En ligne"),
    "es": ("Salón de actos", "Sala grande", "Biblioteca, sala 2", "Teatro Principal", "En línea", "Casa de la Cultura"),
}
# Date/time/venue blocks: {wd} short weekday, {Weekday} weekday, {day}, {mon} short month, {month}
# month, {num} numeric date, {time} start, {end} end, {venue}, {city}; "\n" splits lines.
EVENT_METAS = {
    "en": (
        "{wd} {day} {mon} · {time} · {venue}",
        "{wd}, {mon} {day} | {time} | {venue}",
        "{Weekday} {day} {month}, {time}–{end}\n{venue}",
        "{wd} {day} {mon}, {time} – {venue}, {city}",
        "When: {wd} {day} {mon}, {time}\nWhere: {venue}",
        "Date: {num}\nTime: {time}–{end}\nVenue: {venue}",
        "📅 {wd} {day} {mon}  🕖 {time}  📍 {venue}",
    ),
    "de": (
        "{wd} {day}. {mon} · {time} · {venue}",
        "{num} | {time} | {venue}",
        "{Weekday}, {day}. {month}, {time}–{end}\n{venue}",
        "Wann: {wd} {day}. {mon}, {time}\nWo: {venue}",
        "Datum: {num}\nBeginn: {time}\nOrt: {venue}, {city}",
    ),
    "fr": (
        "{wd} {day} {mon} · {time} · {venue}",
        "Le {Weekday} {day} {month} à {time} – {venue}",
        "{num} | {time} | {venue}",
        "Quand : {wd} {day} {mon}, {time}\nOù : {venue}",
        "Date : {num}\nHoraire : {time}–{end}\nLieu : {venue}",
    ),
    "es": (
        "{wd} {day} {mon} · {time} · {venue}",
        "{Weekday} {day} de {month} – {time} – {venue}",
        "{num} | {time} | {venue}",
        "Cuándo: {wd} {day} {mon}, {time}\nDónde: {venue}",
        "Fecha: {num}\nHora: {time}–{end}\nLugar: {venue}",
    ),
}
# The same blocks under a day heading (no date).
EVENT_METAS_DAY = {
    "en": ("{time} · {venue}", "{time}–{end} | {venue}", "{time}\n{venue}", "Time: {time} · Venue: {venue}"),
    "de": ("{time} · {venue}", "{time}–{end} | {venue}", "Beginn: {time} · Ort: {venue}"),
    "fr": ("{time} · {venue}", "{time}–{end} | {venue}", "Horaire : {time} · Lieu : {venue}"),
    "es": ("{time} · {venue}", "{time}–{end} | {venue}", "Hora: {time} · Lugar: {venue}"),
}
DAY_HEADINGS = {
    "en": ("{Weekday} {day} {month}", "{WEEKDAY}, {MONTH} {day}", "{Weekday}, {month} {day}", "{wd} {day}/{m:02d}"),
    "de": ("{Weekday}, {day}. {month}", "{WEEKDAY}, {day}. {MONTH}", "{wd} {day}.{m:02d}."),
    "fr": ("{Weekday} {day} {month}", "{WEEKDAY} {day} {MONTH}", "{wd} {day}/{m:02d}"),
    "es": ("{Weekday}, {day} de {month}", "{WEEKDAY} {day} DE {MONTH}", "{wd} {day}/{m:02d}"),
}
TODAY = {
    "en": ("Today", "Tomorrow"),
    "de": ("Heute", "Morgen"),
    "fr": ("Aujourd'hui", "Demain"),
    "es": ("Hoy", "Mañana"),
}
EVENT_STATUS = {
    "en": ("Sold out", "Few tickets left", "Free", "Booking essential", "Cancelled", "New date"),
    "de": ("Ausverkauft", "Restkarten", "Eintritt frei", "Anmeldung erforderlich", "Neuer Termin"),
    "fr": ("Complet", "Dernières places", "Gratuit", "Sur réservation", "Nouvelle date"),
    "es": ("Agotado", "Últimas entradas", "Gratis", "Inscripción previa", "Nueva fecha"),
}
PRICES = {
    "en": (
        "Tickets £{p} / £{c} concessions",
        "Free entry, registration required",
        "£{p} (members £{c})",
        "Price: ${p}",
        "Free",
    ),
    "de": ("Eintritt: {p} € / erm. {c} €", "Eintritt frei, Anmeldung erbeten", "VVK {c} € · AK {p} €"),
    "fr": ("Tarif : {p} € / réduit {c} €", "Entrée libre", "Plein tarif {p} € – tarif réduit {c} €"),
    "es": ("Entrada: {p} € / reducida {c} €", "Entrada libre hasta completar aforo", "Precio: {p} €"),
}
EVENT_ACTIONS = {
    "en": ("Book now", "Tickets", "Add to calendar", "Book now | Add to calendar", "More info →", "Register"),
    "de": ("Tickets kaufen", "Zum Kalender hinzufügen", "Jetzt anmelden", "Mehr erfahren →", "Tickets | Merken"),
    "fr": ("Réserver", "Ajouter à mon agenda", "Billetterie", "En savoir plus →", "Réserver | Ajouter à l'agenda"),
    "es": ("Comprar entradas", "Añadir al calendario", "Inscríbete", "Más información →", "Entradas | Guardar"),
}
EVENT_FOOTERS = {
    "en": (
        "Load more events",
        "Submit your event",
        "Page 1 of {n}",
        "All times are local.",
        "Subscribe to this calendar",
    ),
    "de": ("Weitere Termine laden", "Veranstaltung melden", "Seite 1 von {n}", "Alle Angaben ohne Gewähr."),
    "fr": ("Voir plus d'événements", "Proposer un événement", "Page 1 sur {n}", "Sous réserve de modifications."),
    "es": ("Cargar más eventos", "Envía tu evento", "Página 1 de {n}", "Programación sujeta a cambios."),
}
EVENT_CLOCKS = {
    "en": ("{H:02d}:{M:02d}", "{h}:{M:02d}{ap}", "{h}.{M:02d}{ap}"),
    "de": ("{H:02d}:{M:02d} Uhr", "{H:02d}.{M:02d} Uhr", "{H:02d}:{M:02d}"),
    "fr": ("{H:02d}h{M:02d}", "{H:02d}:{M:02d}"),
    "es": ("{H:02d}:{M:02d} h", "{H:02d}:{M:02d}"),
}


def _event_clock(when: dt.datetime, shape: str) -> str:
    return shape.format(H=when.hour, M=when.minute, h=when.hour % 12 or 12, ap="am" if when.hour < 12 else "pm")


def _day_values(when: dt.datetime, lang: str) -> dict[str, object]:
    weekday = WEEKDAYS[lang][when.weekday()]
    month = MONTHS[lang][when.month - 1]
    capital = weekday[0].upper() + weekday[1:]
    return {
        "wd": SHORT_WEEKDAYS[lang][when.weekday()],
        "Weekday": capital if lang in ("en", "de") else weekday,
        "WEEKDAY": weekday.upper(),
        "day": when.day,
        "m": when.month,
        "mon": SHORT_MONTHS[lang][when.month - 1],
        "month": month,
        "MONTH": month.upper(),
        "num": _date(when, lang, "numeric"),
    }


def build_events(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A "what's on" events calendar of a venue, a library or a town, with long descriptions.

    A header ("What's on at ORG", "Veranstaltungskalender", "Agenda culturel") and maybe a filter or
    count line; on some pages the items sit under day headings ("Saturday 14 December", "SAMSTAG,
    14. DEZEMBER", "Today") and their meta block gives only time and venue. Per item: maybe a
    category ("TALK", "Konzert"), the date/time/venue block above or below the title ("Sat 14 Dec ·
    19:30 · Town Hall", "When: ... / Where: ...", "📅 ... 📍 ..."), maybe a status ("Sold out"),
    the first 1-3 paragraphs (or all), maybe a price line and an action line ("Book now | Add to
    calendar"). Items are split by 0-2 blank lines; maybe a footer ("Load more events").
    """
    lang = _lang(rng)
    org = rng.choice(EVENT_ORGANISERS[lang])
    city = rng.choice(CARD_CITIES)
    grouped = rng.random() < 0.5
    meta = rng.choice((EVENT_METAS_DAY if grouped else EVENT_METAS)[lang])
    above = rng.random() < 0.5
    clock = rng.choice(EVENT_CLOCKS[lang])
    day_heading = rng.choice(DAY_HEADINGS[lang])
    today_words = rng.random() < 0.3
    kinds = rng.choice(("", "line", "caps", "meta"))
    headline = rng.choice(("plain", "plain", "plain", "title", "caps"))
    gap = rng.random() < 0.4
    between = rng.choice((1, 2)) if gap else rng.choice((0, 1, 1, 2))
    excerpts = rng.random() < 0.7
    status_odds = rng.choice((0.0, 0.2, 0.4))
    price = rng.choice(PRICES[lang]) if rng.random() < 0.7 else ""
    action = rng.choice(EVENT_ACTIONS[lang]) if rng.random() < 0.75 else ""
    sheet = _Sheet()

    start = _when(rng).replace(hour=0, minute=0)
    sheet.add(rng.choice(EVENT_HEADERS[lang]).format(org=org, city=city))
    if rng.random() < 0.6:
        n = rng.randint(len(articles) + 4, 80)
        sheet.add(rng.choice(EVENT_FILTERS[lang]).format(k=len(articles), n=n))
    sheet.blank(rng.randint(0, 2) if not gap else rng.randint(1, 2))

    day = start
    shown_day: dt.datetime | None = None
    moment = start
    for i, article in enumerate(articles):
        # Items in time order: a later start the same day, or a start on a later day.
        later = moment + dt.timedelta(minutes=rng.choice((60, 90, 120, 150, 180)))
        if i and rng.random() < (0.5 if grouped else 0.2) and later.day == day.day and later.hour < 21:
            moment = later
        else:
            if i:
                day += dt.timedelta(days=rng.randint(1, 3))
            moment = day.replace(hour=rng.choice((10, 11, 14, 15, 18, 19, 19, 20)), minute=rng.choice((0, 0, 30, 15)))
        finish = moment + dt.timedelta(minutes=rng.choice((60, 90, 120)))
        if i:
            sheet.blank(between)
        if grouped and day != shown_day:
            if i:
                sheet.blank(1 if between < 2 else 0)
            if today_words and (day - start).days < 2:
                sheet.add(TODAY[lang][(day - start).days])
            else:
                sheet.add(day_heading.format(**_day_values(day, lang)))
            sheet.blank(1 if gap else rng.randint(0, 1))
            shown_day = day
        kind = rng.choice(EVENT_KINDS[lang])
        values = _day_values(moment, lang)
        venue = rng.choice(VENUES[lang])
        block = meta.format(
            **values, time=_event_clock(moment, clock), end=_event_clock(finish, clock), venue=venue, city=city
        ).split("\n")
        if kinds == "meta":
            block[0] = f"{kind} · {block[0]}"
        if headline == "caps":
            title = article.title.upper()
        elif headline == "title":
            title = _title_case(article.title)
        else:
            title = article.title
        if kinds == "line":
            sheet.add(kind)
        elif kinds == "caps":
            sheet.add(kind.upper())
        if above:
            sheet.add(*block)
        sheet.add(title)
        if not above:
            sheet.add(*block)
        if rng.random() < status_odds:
            sheet.add(rng.choice(EVENT_STATUS[lang]))
        if gap:
            sheet.blank()
        paragraphs = article.paragraphs[: rng.randint(1, 3)] if excerpts else article.paragraphs
        sheet.article(title, paragraphs, gap=gap)
        trailer = []
        if price and rng.random() < 0.8:
            cheap = rng.choice((5, 6, 8, 10, 12))
            trailer.append(price.format(p=cheap + rng.choice((2, 4, 6)), c=cheap))
        if action and rng.random() < 0.9:
            trailer.append(action)
        if trailer:
            if gap:
                sheet.blank()
            sheet.add(*trailer)

    if rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        sheet.add(*(f.format(n=rng.randint(2, 9)) for f in rng.sample(EVENT_FOOTERS[lang], rng.randint(1, 2))))
    return sheet.draft()


# ---------------------------------------------------------------------------
# plaintext_dump
# ---------------------------------------------------------------------------

SITE_NAMES = {
    "en": ("The Example Daily", "Riverside Post", "Northern Courier", "The Evening Example", "Metro Today"),
    "de": ("Beispieler Tageblatt", "Nordstadt-Kurier", "Die Abendpost", "Stadtanzeiger"),
    "fr": ("Le Quotidien d'Exemple", "Le Courrier de Villeneuve", "L'Écho du soir", "Le Petit Régional"),
    "es": ("Diario de Ejemplo", "El Correo de Villanueva", "La Voz del Norte", "Heraldo Regional"),
}
MENU_FIRST = {"en": "Home", "de": "Startseite", "fr": "Accueil", "es": "Portada"}
MENU_SEPARATORS = (" | ", " | ", " · ", "  ", " / ", " • ", "\n")
TOP_LINES = {
    "en": ("Skip to main content", "Subscribe | Sign in", "Log in  Subscribe", "Menu  Search", "Edition: UK ▾"),
    "de": ("Zum Inhalt springen", "Abo | Anmelden", "Menü  Suche", "E-Paper"),
    "fr": ("Aller au contenu principal", "S'abonner | Se connecter", "Menu  Rechercher", "Édition du jour"),
    "es": ("Saltar al contenido", "Suscríbete | Iniciar sesión", "Menú  Buscar", "Edición impresa"),
}
DUMP_CREDITS = {
    "en": (
        "Photo: {a}/{agency}",
        "Photo: {agency}",
        "(Photo: {a}/{agency})",
        "Image: {a} via Getty Images",
        "{agency}/{a}",
        "Photograph: {a}/{agency}",
        "File photo: {agency}",
    ),
    "de": ("Foto: {a}/dpa", "Foto: dpa", "Bild: picture alliance/{a}", "© {a}/Reuters", "Foto: imago/{a}"),
    "fr": ("Photo : {a} / AFP", "Photo AFP", "© {a} / Reuters", "Illustration : {a}", "(Photo {a}/AFP)"),
    "es": ("Foto: {a} / EFE", "Foto: EFE", "Imagen: Europa Press", "© {a} / Reuters", "(Foto: {a}/AFP)"),
}
AGENCIES = ("Reuters", "AP", "AFP", "Getty Images", "EPA", "PA")
DUMP_ADS = {"en": ("Advertisement", "ADVERTISEMENT"), "de": ("Anzeige",), "fr": ("Publicité",), "es": ("Publicidad",)}
DUMP_FOOTERS = {
    "en": (
        "© {year} {site}",
        "© {year} {site}. All rights reserved.",
        "About us | Contact | Privacy policy | Terms of use",
        "Back to top",
        "Cookie settings",
        "Advertise with us",
    ),
    "de": ("© {site} {year}", "Impressum | Datenschutz | Kontakt | AGB", "Nach oben", "Cookie-Einstellungen"),
    "fr": (
        "© {site} {year}",
        "Mentions légales | Confidentialité | Contact | CGU",
        "Haut de page",
        "Gérer les cookies",
    ),
    "es": ("© {year} {site}", "Aviso legal | Privacidad | Contacto", "Volver arriba", "Configuración de cookies"),
}


def build_plaintext_dump(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A naive HTML-to-text dump of a news homepage that shows its stories in full.

    Maybe a skip link, the menu ("Home | World | Business | Sport" with one of several separators,
    or one entry per line), maybe the site's name, the date and "Subscribe | Sign in" in some order;
    then the stories with almost nothing between them: the headline as written, in Title Case or in
    sentence case (one choice per page), no byline, zero or one blank line before it (per page, or
    mixed), the paragraphs separated by single newlines or single blank lines (per page), a short
    photo credit ("Photo: NAME/Reuters", "Foto: dpa") under some headlines or between some
    paragraphs, rarely an "Advertisement" line between stories; a footer of one to three lines.
    """
    lang = _lang(rng)
    site = rng.choice(SITE_NAMES[lang])
    when = _when(rng)
    separator = rng.choice(MENU_SEPARATORS)
    before = rng.choice(("none", "one", "one", "mixed"))
    gap = rng.random() < 0.4
    headline = rng.choice(("plain", "plain", "title", "sentence"))
    credit = rng.choice(DUMP_CREDITS[lang])
    credit_odds = rng.choice((0.0, 0.3, 0.6))
    credit_inside = rng.random() < 0.5
    ads = rng.choice(DUMP_ADS[lang]) if rng.random() < 0.2 else ""
    sheet = _Sheet()

    menu = [MENU_FIRST[lang], *rng.sample(SECTIONS[lang], rng.randint(4, 7))]
    top: list[list[str]] = [menu if separator == "\n" else [separator.join(menu)]]
    if rng.random() < 0.6:
        top.insert(rng.randint(0, 1), [site])
    if rng.random() < 0.5:
        weekday = WEEKDAYS[lang][when.weekday()]
        date = _date(when, lang, rng.choice(("long", "short", "us")))
        top.append([f"{weekday[0].upper() + weekday[1:]}, {date}" if rng.random() < 0.6 else date])
    if rng.random() < 0.5:
        top.insert(rng.randint(0, len(top)), [rng.choice(TOP_LINES[lang])])
    for block in top:
        sheet.add(*block)
    sheet.blank(rng.randint(0, 1) if before != "none" else 0)

    for i, article in enumerate(articles):
        if i:
            if before == "one" or (before == "mixed" and rng.random() < 0.5):
                sheet.blank()
            if ads and rng.random() < 0.3:
                sheet.add(ads)
        if headline == "title":
            title = _title_case(article.title)
        elif headline == "sentence":
            title = sentence_case(article.title, article.paragraphs)
        else:
            title = article.title
        sheet.add(title)
        breaks: dict[int, list[list[str]]] = {}
        if rng.random() < credit_odds:
            line = credit.format(a=rng.choice(AUTHORS), agency=rng.choice(AGENCIES))
            size = len(article.paragraphs)
            if credit_inside and size >= 2:
                breaks[rng.randrange(1, size)] = [[line]]
            else:
                sheet.add(line)
        if gap and rng.random() < 0.5:
            sheet.blank()
        write_article(sheet, title, article.paragraphs, gap, breaks)

    sheet.blank(rng.randint(0, 1) if before != "none" else 0)
    footers = DUMP_FOOTERS[lang]
    chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 3)))
    sheet.add(*(footers[k].format(year=when.year, site=site) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "transcript": build_transcript,
    "wiki": build_wiki,
    "events": build_events,
    "plaintext_dump": build_plaintext_dump,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout3", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
