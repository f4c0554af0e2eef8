"""Four more multi-article layouts, a seventh held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout7.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout7.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout7.py check [--pages N] [--seed N]

The project knows thirty-five layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`), the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`), the four of tools/layouts_holdout4.py (`reviews`, `newswire_table`,
`translated_digest`, `chat_export`), the four of tools/layouts_holdout5.py (`search_results`,
`podcast_notes`, `ebook_digest`, `infinite_scroll`) and the four of tools/layouts_holdout6.py
(`company_blog`, `obituaries`, `forum_digest_bbcode`, `app_export`). The four here differ from
all of them:

- `sports_roundup`: a sports section's football round-up ("Premier League round-up", "Bundesliga:
  Der 14. Spieltag im Überblick", "Ligue 1 : le résumé de la 14e journée", "LaLiga: resumen de la
  jornada 14"), one match report per article: the site's name, a sports menu and a sub-menu
  ("Scores & Fixtures | Tables | Top Scorers"), the heading, maybe an intro line and a date, maybe a
  "Results" block of every score line of the round (the reported matches among others); per match
  maybe a league header when the league changes (pages with two leagues, or one header on top), a
  score line ("Arsenal 2–1 Chelsea", "ARSENAL 2 CHELSEA 1", "FC Augsburg – VfB Stuttgart 1:2
  (0:1)", "Lyon - Marseille : 2-1") above the title like a kicker or under it, the title, then in
  the page's order a venue line ("Emirates Stadium · Attendance: 60,213", "Stadion: WWK Arena |
  Zuschauer: 30.660 | Schiedsrichter: Felix Zwayer"), a kick-off line and a byline ("Report by NAME",
  "Von NAME", "De notre envoyé spécial, NAME"), a scorers line ("Goals: Saka 23, Havertz 67;
  Palmer 45+2", "Tore: 1:0 Kane (12.), 1:1 Undav (34.)", "Buts : ...", "Goles: 1-0 Morata (23')")
  under the head or after the report; the report (all paragraphs, or the first ones), maybe an
  "Advertisement" line between two paragraphs, then maybe "Man of the match: NAME", the line-ups
  ("Line-ups" / "Arsenal: Raya; White, Saliba, ...") and a link ("Match report →", "▶ Highlights
  (2:14)", "Zum Spielbericht »"); matches split by blank lines, a rule or nothing; between two of
  them maybe the league table (aligned columns, tab-separated cells, a pipe table, or one cell per
  line as text extractors give it, with "View full table →"), an advertisement (maybe with a
  gambling notice: "18+ | BeGambleAware.org") or the next round's fixtures; a footer ("All times
  GMT", "Live scores | Fixtures | Results | Tables", "© 2024 SITE"). The score line, when it is
  above the title, and the head lines put the title away from the report;
- `letters_page`: a newspaper's letters to the editor ("Letters", "Leserbriefe", "Courrier des
  lecteurs", "Cartas al director"), one letter per article (the title is the headline the editors
  gave it, the paragraphs its text): the paper's name, maybe a menu, the heading, maybe a date, and
  the rules for writing in ("Letters may be edited for length and clarity.", "Leserbriefe geben
  die Meinung der Verfasser wieder ...", "Los textos destinados a esta sección no deben exceder
  ...") at the top, the bottom, both or neither; per letter the headline (in sentence case or in
  capitals on some pages), then maybe a salutation ("To the Editor:", "Dear Editor,", or "SIR – "
  / "Sir, " before the first paragraph on its line) and/or a reference line ("Re “Council backs
  plan for new bypass” (news article, Dec 3, 2024):", "Zu „Neue Radwege in der City“ vom 3. Dez.
  2024:", "À propos de l'article « ... »", "Sobre «...» (3 dic. 2024)"), the paragraphs (all, or
  the first ones on pages that print shortened letters), and the SIGNATURE AT THE END: the
  writer's name and town on one or two lines ("Margaret Ellis" / "Harrogate, North Yorkshire",
  "— David Hughes, Leeds", "Hans-Jürgen Kramer, 33602 Bielefeld", "Monique Garnier (Limoges)",
  "José Luis Martín. Gijón (Asturias)"), in capitals on some pages, or the name and an
  affiliation ("Emeritus professor of history, University of Leeds"), maybe "The writer is ..."
  after it, and rarely an editor's note ("Editor's note: ...", "Anm. d. Red.: ...", "NDLR : ...");
  letters split by blank lines, a rule or nothing; a footer ("Submit a letter", "More letters",
  "© 2024 PAPER"). The signature sits between a letter's last paragraph and the next headline;
- `newsletter_plaintext`: the text/plain part of an HTML e-mail newsletter (as Mailchimp, Substack,
  Buttondown or Campaign Monitor write it), HARD-WRAPPED at 60 to 78 columns: maybe the preview
  text ("Plus: what we're reading this weekend"), "View this email in your browser" with a link,
  the newsletter's name (maybe as "** NAME"), an issue line ("Issue #142 · December 3, 2024"),
  maybe a wrapped greeting; per item maybe a section kicker ("TOP STORY", "ALSO WORTH READING",
  "DAS THEMA", "À LA UNE", "ADEMÁS"), the headline as a heading of the page's style ("** TITLE"
  Mailchimp-like, bare, in capitals, underlined with dashes or equals signs, or "## TITLE"), maybe
  a meta line ("By NAME", "The Guardian · 4 min read"), the paragraphs wrapped with blank lines
  between them (maybe with a trailing space at every soft break, as format=flowed writes them, and
  maybe broken after the hyphen of a hyphenated word), all of them or the first ones and a "Read
  more" / "READ MORE" / "Weiterlesen" line with its link; links written the page's way ("( URL
  )", "(URL)", "<URL>", "[URL]", or "[3]" with a "Links:" list at the end); items split by a rule
  of dashes, equals signs, tildes, "* * *" or blank lines only; maybe a sponsor block between two;
  maybe a sign-off ("Thanks for reading — hit reply ..." / a name); the footer (copyright, "You are
  receiving this email because ...", "Our mailing address is:" and an address, "update your
  preferences or unsubscribe", localised). The truth text of an item is its wrapped lines joined
  by "\\n" without trailing spaces (the same words as the paragraphs: no word is split by an added
  hyphen; a hyphenated word may be broken after its own hyphen, which keeps its `\\w+` tokens);
  headings are never wrapped;
- `photo_gallery`: a caption-heavy photo gallery ("The week in pictures", "Die Bilder des Tages",
  "L'actualité en images", "La jornada en imágenes"), one photo per article (the title is the
  caption's headline, the caption the first one to three paragraphs, on some pages now and then
  all of them): the site's name, a menu, maybe a breadcrumb ("Home › News › In pictures"), the
  gallery's title, a standfirst, "Compiled by NAME", a date, a count ("6 photos", "6 Bilder") and
  "Start slideshow ▶"; per photo maybe a counter ("3 of 6", "Bild 3 von 6", "Photo 3 sur 6") and a
  credit above everything ("Photograph: NAME/AFP/Getty Images", "Foto: NAME/dpa", "IMAGE SOURCE,
  REUTERS"), maybe a location line ("Stockholm, Sweden", "Kiew, Ukraine") above or under the title,
  the title, the caption (maybe "Image caption, " before its first paragraph on the line), the
  credit after the caption on its own line or at the end of its last paragraph on the same line
  ("... in Stockholm. Photograph: NAME/AFP/Getty Images", as the Guardian prints it), maybe action
  lines ("Expand", "Share", "Download", "Vergrößern  Teilen"); photos split by blank lines or
  nothing, an "Advertisement" line after every second or third photo on some pages; at the end
  maybe "Load more photos", a "More galleries" list of other galleries' titles (not articles) and
  a footer.

Everything around the articles (site and paper names, menus, headings, intros, results blocks,
league headers, score lines, venue, kick-off, byline and scorers lines, line-ups, men of the match,
links, tables, fixtures, advertisements, gambling notices, rules for letters, salutations,
reference lines, signatures, affiliations, editor's notes, preview texts, browser links, issue
lines, greetings, kickers, heading marks, meta lines, "Read more" lines, link lists, sponsor
blocks, sign-offs, mail footers, breadcrumbs, standfirsts, counters, credits, locations, caption
labels, actions, related galleries, footers) is furniture in English, German, French or Spanish,
chosen per page by the page's `random.Random`, and never part of the truth. A page's truth is,
per article in page order, the title as shown (without a "** " or "## " heading mark or an
underline; in capitals or in sentence case where the page shows it so) and the shown paragraphs
joined by "\\n" (without a "SIR – " or "Image caption, " written before a paragraph, or a credit
written after one, on the same line; hard-wrapped lines joined by "\\n" on `newsletter_plaintext`
pages; the first paragraphs where the layout cuts the article short).

These layouts are meant to stay unseen: do not tune the segmenter on them; score them only
to confirm. Pages are deterministic: same articles, layouts and seed, byte-identical pages.
The page model (`SourceArticle`, `GeneratedPage`, `to_record`, `truth_problems`) and the
shared furniture helpers come from tools/layouts.py, two small helpers from
tools/layouts_holdout6.py.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

_TOOLS = str(Path(__file__).resolve().parent)
if _TOOLS not in sys.path:  # run as a script, sys.path[0] is tools/ already; imported from tests it may not be
    sys.path.insert(0, _TOOLS)

import layouts  # noqa: E402  (tools/layouts.py, beside this file)
from layouts import (  # noqa: E402
    AUTHORS,
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
    articles_from_segments,
    key_words,
    load_articles,
    sentence_case,
    to_record,
    truth_problems,
    write_article,
)
from layouts_holdout6 import _article_url, _pick  # noqa: E402

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

ADVERTISEMENTS = {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "es": "Publicidad"}


def _domain(name: str, rng: random.Random) -> str:
    """A made-up domain for a site or paper name ("thedailysentinel.example")."""
    return _slug(name, rng).replace("-", "")[:24] + ".example"


# ---------------------------------------------------------------------------
# sports_roundup
# ---------------------------------------------------------------------------

Team = tuple[str, str]  # the club's name and its ground

LEAGUES: dict[str, tuple[tuple[str, tuple[Team, ...]], ...]] = {
    "en": (
        (
            "Premier League",
            (
                ("Arsenal", "Emirates Stadium"),
                ("Aston Villa", "Villa Park"),
                ("Brentford", "Gtech Community Stadium"),
                ("Brighton", "Amex Stadium"),
                ("Chelsea", "Stamford Bridge"),
                ("Crystal Palace", "Selhurst Park"),
                ("Everton", "Goodison Park"),
                ("Fulham", "Craven Cottage"),
                ("Liverpool", "Anfield"),
                ("Manchester City", "Etihad Stadium"),
                ("Manchester United", "Old Trafford"),
                ("Newcastle", "St James' Park"),
                ("Nottingham Forest", "City Ground"),
                ("Tottenham", "Tottenham Hotspur Stadium"),
                ("West Ham", "London Stadium"),
                ("Wolves", "Molineux"),
            ),
        ),
        (
            "Championship",
            (
                ("Leeds", "Elland Road"),
                ("Sunderland", "Stadium of Light"),
                ("Burnley", "Turf Moor"),
                ("Sheffield United", "Bramall Lane"),
                ("Middlesbrough", "Riverside Stadium"),
                ("West Brom", "The Hawthorns"),
                ("Norwich", "Carrow Road"),
                ("Coventry", "Coventry Building Society Arena"),
                ("Stoke", "bet365 Stadium"),
                ("Hull", "MKM Stadium"),
            ),
        ),
        (
            "Scottish Premiership",
            (
                ("Celtic", "Celtic Park"),
                ("Rangers", "Ibrox"),
                ("Aberdeen", "Pittodrie"),
                ("Hearts", "Tynecastle"),
                ("Hibernian", "Easter Road"),
                ("Motherwell", "Fir Park"),
                ("Dundee United", "Tannadice"),
                ("Kilmarnock", "Rugby Park"),
            ),
        ),
    ),
    "de": (
        (
            "Bundesliga",
            (
                ("FC Bayern München", "Allianz Arena"),
                ("Borussia Dortmund", "Signal Iduna Park"),
                ("RB Leipzig", "Red Bull Arena"),
                ("Bayer 04 Leverkusen", "BayArena"),
                ("VfB Stuttgart", "MHPArena"),
                ("Eintracht Frankfurt", "Deutsche Bank Park"),
                ("SC Freiburg", "Europa-Park Stadion"),
                ("VfL Wolfsburg", "Volkswagen Arena"),
                ("Borussia Mönchengladbach", "Borussia-Park"),
                ("Werder Bremen", "Weserstadion"),
                ("1. FC Union Berlin", "Stadion An der Alten Försterei"),
                ("FC Augsburg", "WWK Arena"),
                ("1. FSV Mainz 05", "Mewa Arena"),
                ("TSG Hoffenheim", "PreZero Arena"),
            ),
        ),
        (
            "2. Bundesliga",
            (
                ("Hamburger SV", "Volksparkstadion"),
                ("1. FC Köln", "RheinEnergieStadion"),
                ("Hertha BSC", "Olympiastadion"),
                ("FC Schalke 04", "Veltins-Arena"),
                ("Fortuna Düsseldorf", "Merkur Spiel-Arena"),
                ("Hannover 96", "Heinz von Heiden Arena"),
                ("1. FC Nürnberg", "Max-Morlock-Stadion"),
                ("Karlsruher SC", "BBBank Wildpark"),
            ),
        ),
    ),
    "fr": (
        (
            "Ligue 1",
            (
                ("Paris Saint-Germain", "Parc des Princes"),
                ("Olympique de Marseille", "Orange Vélodrome"),
                ("Olympique lyonnais", "Groupama Stadium"),
                ("AS Monaco", "Stade Louis-II"),
                ("LOSC Lille", "Stade Pierre-Mauroy"),
                ("OGC Nice", "Allianz Riviera"),
                ("RC Lens", "Stade Bollaert-Delelis"),
                ("Stade rennais", "Roazhon Park"),
                ("Stade brestois", "Stade Francis-Le Blé"),
                ("FC Nantes", "Stade de la Beaujoire"),
                ("RC Strasbourg", "Stade de la Meinau"),
                ("Toulouse FC", "Stadium de Toulouse"),
            ),
        ),
        (
            "Ligue 2",
            (
                ("AS Saint-Étienne", "Stade Geoffroy-Guichard"),
                ("FC Metz", "Stade Saint-Symphorien"),
                ("SM Caen", "Stade Michel-d'Ornano"),
                ("EA Guingamp", "Stade du Roudourou"),
                ("Paris FC", "Stade Charléty"),
                ("Amiens SC", "Stade de la Licorne"),
                ("Grenoble Foot 38", "Stade des Alpes"),
                ("Stade lavallois", "Stade Francis-Le Basser"),
            ),
        ),
    ),
    "es": (
        (
            "LaLiga",
            (
                ("Real Madrid", "Santiago Bernabéu"),
                ("FC Barcelona", "Estadi Olímpic Lluís Companys"),
                ("Atlético de Madrid", "Cívitas Metropolitano"),
                ("Athletic Club", "San Mamés"),
                ("Real Sociedad", "Reale Arena"),
                ("Real Betis", "Benito Villamarín"),
                ("Sevilla FC", "Ramón Sánchez-Pizjuán"),
                ("Villarreal CF", "Estadio de la Cerámica"),
                ("Valencia CF", "Mestalla"),
                ("Girona FC", "Montilivi"),
                ("CA Osasuna", "El Sadar"),
                ("RC Celta", "Abanca-Balaídos"),
            ),
        ),
        (
            "LaLiga Hypermotion",
            (
                ("Real Zaragoza", "La Romareda"),
                ("Racing de Santander", "El Sardinero"),
                ("Real Oviedo", "Carlos Tartiere"),
                ("Sporting de Gijón", "El Molinón"),
                ("Elche CF", "Martínez Valero"),
                ("Levante UD", "Ciutat de València"),
                ("Málaga CF", "La Rosaleda"),
                ("Deportivo de La Coruña", "Riazor"),
            ),
        ),
    ),
}
PLAYERS = (
    "Saka",
    "Watkins",
    "Palmer",
    "Isak",
    "Haaland",
    "Salah",
    "Mbeumo",
    "Wood",
    "Bowen",
    "Cunha",
    "Mateta",
    "Welbeck",
    "Gordon",
    "Havertz",
    "Kane",
    "Musiala",
    "Guirassy",
    "Undav",
    "Wirtz",
    "Openda",
    "Grifo",
    "Kleindienst",
    "Ducksch",
    "Dembélé",
    "Greenwood",
    "Lacazette",
    "David",
    "Balogun",
    "Moffi",
    "Kalimuendo",
    "Lewandowski",
    "Mbappé",
    "Vinícius",
    "Griezmann",
    "Budimir",
    "Oyarzabal",
    "Raphinha",
    "Iglesias",
    "Rice",
    "Saliba",
    "Raya",
    "Timber",
    "Kimmich",
    "Neuer",
    "Schlotterbeck",
    "Hakimi",
    "Marquinhos",
    "Pedri",
    "Valverde",
    "Courtois",
    "Laporte",
    "Tchouaméni",
    "Mitoma",
    "Ødegaard",
    "Xhaka",
    "Trippier",
    "Pickford",
    "Tonali",
    "Koné",
    "Andrich",
)
REFEREES = {
    "en": ("Michael Oliver", "Anthony Taylor", "Simon Hooper", "Chris Kavanagh", "Jarred Gillett", "Sam Barrott"),
    "de": ("Felix Zwayer", "Deniz Aytekin", "Daniel Siebert", "Tobias Stieler", "Sascha Stegemann"),
    "fr": ("Clément Turpin", "François Letexier", "Benoît Bastien", "Willy Delajod"),
    "es": ("Gil Manzano", "Martínez Munuera", "Hernández Hernández", "Sánchez Martínez", "Soto Grado"),
}
SPORT_SITES = {
    "en": ("Sportsdesk", "The Touchline", "Final Whistle", "Matchday Live", "The Daily Sentinel | Sport"),
    "de": ("Anpfiff Online", "Sportplatz24", "Die Viererkette", "Rundschau Sport"),
    "fr": ("Le 12e Homme", "Foot Direct", "Crampons.fr", "Le Courrier Sport"),
    "es": ("El Área", "Fuera de Juego", "Jornada Deportiva", "Diario del Sur | Deportes"),
}
SPORT_NAV = {
    "en": ("Football", "Cricket", "Rugby union", "Tennis", "F1", "Golf", "Boxing", "Cycling", "More sport"),
    "de": ("Fußball", "Bundesliga", "2. Liga", "Champions League", "Formel 1", "Tennis", "Handball", "Wintersport"),
    "fr": ("Football", "Rugby", "Tennis", "Cyclisme", "Basket", "Formule 1", "Mercato", "Handball"),
    "es": ("Fútbol", "LaLiga", "Champions", "Baloncesto", "Tenis", "Motor", "Ciclismo", "Más deportes"),
}
SPORT_SUBNAV = {
    "en": ("Scores & Fixtures", "Tables", "Top Scorers", "Transfers", "Gossip", "Results"),
    "de": ("Ergebnisse", "Tabelle", "Torjäger", "Transfers", "Spielplan", "Liveticker"),
    "fr": ("Résultats", "Classement", "Buteurs", "Transferts", "Calendrier", "Direct"),
    "es": ("Resultados", "Clasificación", "Goleadores", "Fichajes", "Calendario", "Directo"),
}
SPORT_HEADINGS = {
    "en": (
        "{league} round-up",
        "{league}: {weekday}'s results and reports",
        "{league} results and reports",
        "Football round-up: all the action from {weekday}",
        "Matchday {n}: {league} reports",
    ),
    "de": (
        "{league}: Der {n}. Spieltag im Überblick",
        "{league} kompakt: alle Spiele, alle Tore",
        "Alle Spiele des {n}. Spieltags",
        "{league} am {weekday}: Die Spielberichte",
    ),
    "fr": (
        "{league} : le résumé de la {n}e journée",
        "{league} : tous les résultats de la {n}e journée",
        "Ce qu'il faut retenir de la {n}e journée de {league}",
    ),
    "es": (
        "{league}: resumen de la jornada {n}",
        "{league}: todos los resultados de la jornada {n}",
        "Así ha ido la jornada {n} de {league}",
    ),
}
SPORT_INTROS = {
    "en": (
        "All the goals and talking points from {weekday}'s games.",
        "Reports from every {league} match, plus the latest table.",
        "How it happened, as it happened: our reporters at every ground.",
    ),
    "de": ("Alle Spiele, alle Tore, alle Aufreger.", "Die Partien vom {weekday} im Überblick."),
    "fr": ("Tous les résultats et les temps forts de la journée.", "Les matchs du {weekday} en bref."),
    "es": ("Todos los goles y las claves de la jornada.", "Los partidos del {weekday}, uno a uno."),
}
RESULTS_HEADS = {
    "en": ("Results", "Full-time results", "FT scores", "{weekday}'s results"),
    "de": ("Ergebnisse", "Die Ergebnisse", "Alle Ergebnisse des {n}. Spieltags"),
    "fr": ("Résultats", "Les résultats de la {n}e journée"),
    "es": ("Resultados", "Resultados de la jornada {n}"),
}
# {h}/{a} the clubs, {H}/{A} in capitals, {hg}/{ag} the goals, {hh}/{ha} the half-time goals, {d} a dash.
SCORE_LINES = {
    "en": (
        "{h} {hg}{d}{ag} {a}",
        "{h} {hg}{d}{ag} {a}",
        "{H} {hg} {A} {ag}",
        "FT  {h} {hg}{d}{ag} {a}",
        "{h} {hg} {d} {ag} {a} (HT {hh}{d}{ha})",
    ),
    "de": ("{h} – {a} {hg}:{ag} ({hh}:{ha})", "{h} {hg}:{ag} {a}", "Endstand: {h} – {a} {hg}:{ag}"),
    "fr": ("{h} - {a} : {hg}-{ag}", "{h} {hg}-{ag} {a}", "Score final : {h} {hg}-{ag} {a}"),
    "es": ("{h} {hg}-{ag} {a}", "{h} - {a} ({hg}-{ag})", "Final: {h} {hg} - {ag} {a}"),
}
RESULT_LINES = {
    "en": ("{h} {hg}-{ag} {a}", "{h} {hg} {a} {ag}", "{h} {hg}–{ag} {a}"),
    "de": ("{h} – {a} {hg}:{ag}", "{h} - {a} {hg}:{ag} ({hh}:{ha})"),
    "fr": ("{h} - {a} : {hg}-{ag}", "{h} {hg}-{ag} {a}"),
    "es": ("{h} {hg}-{ag} {a}", "{h} - {a}: {hg}-{ag}"),
}
VENUE_LINES = {
    "en": (
        "{ground} · Attendance: {att}",
        "Venue: {ground} | Attendance: {att} | Referee: {ref}",
        "Referee: {ref} · Attendance: {att}",
        "{ground}, {att}",
    ),
    "de": (
        "Stadion: {ground} | Zuschauer: {att} | Schiedsrichter: {ref}",
        "{ground}, {att} Zuschauer",
        "Schiedsrichter: {ref} – Zuschauer: {att}",
    ),
    "fr": (
        "Stade : {ground} - Affluence : {att} spectateurs - Arbitre : {ref}",
        "{ground} · {att} spectateurs",
        "Arbitre : {ref}",
    ),
    "es": (
        "Estadio: {ground} · Asistencia: {att} espectadores · Árbitro: {ref}",
        "{ground}. {att} espectadores.",
        "Árbitro: {ref}",
    ),
}
KICKOFF_LINES = {
    "en": ("Kick-off {t}", "KO {t}", "{weekday} {date}, {t}", "{date} · {t} GMT"),
    "de": ("Anstoß: {t} Uhr", "{weekday}, {date}, {t} Uhr", "Anpfiff {t} Uhr"),
    "fr": ("Coup d'envoi : {t}", "{weekday} {date} à {t}", "Coup d'envoi à {t}"),
    "es": ("Hora: {t}", "{weekday}, {date}, {t}", "Inicio: {t}"),
}
SPORT_BYLINES = {
    "en": ("By {a}", "Report by {a}", "{a} at {ground}", "{a}, Chief Football Writer", "{a} reports"),
    "de": ("Von {a}", "Von {a}, {ground}", "Ein Bericht von {a}"),
    "fr": ("Par {a}", "De notre envoyé spécial, {a}", "Par {a}, au {ground}"),
    "es": ("Por {a}", "Crónica de {a}", "{a} | {ground}"),
}
MATCH_LINKS = {
    "en": ("Match report →", "Full match report", "Player ratings →", "▶ Highlights ({d})", "Live: as it happened"),
    "de": ("Zum Spielbericht »", "Die Noten der Spieler", "▶ Highlights im Video ({d})", "Liveticker zum Nachlesen"),
    "fr": ("Lire le compte rendu →", "Les notes des joueurs", "▶ Le résumé vidéo ({d})", "Revivez le match en direct"),
    "es": ("Crónica completa →", "Las notas de los jugadores", "▶ Vídeo resumen ({d})", "Así lo vivimos"),
}
STAR_PLAYERS = {
    "en": ("Man of the match: {p}", "Star man: {p}", "Player of the match: {p} ({t})"),
    "de": ("Spieler des Spiels: {p}", "Bester Spieler: {p} ({t})"),
    "fr": ("Homme du match : {p}", "Le joueur du match : {p} ({t})"),
    "es": ("Mejor jugador: {p}", "MVP: {p} ({t})"),
}
LINEUP_HEADS = {
    "en": ("Line-ups", "Teams", "How they lined up"),
    "de": ("Aufstellungen", "Die Aufstellungen"),
    "fr": ("Compositions", "Les compositions"),
    "es": ("Alineaciones", "Ficha técnica"),
}
TABLE_HEADS = {
    "en": ("Table", "{league} table", "Standings", "How the table looks"),
    "de": ("Tabelle", "Die Tabelle", "{league}-Tabelle"),
    "fr": ("Classement", "Le classement de {league}"),
    "es": ("Clasificación", "Así está la clasificación"),
}
TABLE_COLUMNS = {
    "en": ("Pos", "Team", "P", "W", "D", "L", "GD", "Pts"),
    "de": ("Pl.", "Verein", "Sp.", "S", "U", "N", "Diff.", "Pkt."),
    "fr": ("Clt", "Équipe", "J", "G", "N", "P", "Diff.", "Pts"),
    "es": ("Pos", "Equipo", "PJ", "G", "E", "P", "DG", "Pts"),
}
FULL_TABLE = {
    "en": ("View full table →", "Full table", "See the full table"),
    "de": ("Zur kompletten Tabelle", "Tabelle »"),
    "fr": ("Voir le classement complet", "Classement complet →"),
    "es": ("Ver clasificación completa", "Clasificación →"),
}
FIXTURE_HEADS = {
    "en": ("Next fixtures", "Coming up", "Next round"),
    "de": ("Der nächste Spieltag", "Die nächsten Spiele"),
    "fr": ("La prochaine journée", "Prochains matchs"),
    "es": ("Próxima jornada", "Próximos partidos"),
}
FIXTURE_LINES = {
    "en": ("{day}: {h} v {a}, {t}", "{day} · {h} v {a} · {t}", "{h} v {a} ({day}, {t})"),
    "de": ("{day}: {h} – {a} ({t} Uhr)", "{day}, {t} Uhr: {h} – {a}"),
    "fr": ("{day} : {h} - {a} ({t})", "{h} - {a}, {day} à {t}"),
    "es": ("{day}: {h} - {a} ({t})", "{h} - {a}, {day} a las {t}"),
}
GAMBLING = {
    "en": ("18+ | BeGambleAware.org", "When the fun stops, stop. 18+ T&Cs apply.", "Bet responsibly. 18+ only."),
    "de": ("Glücksspiel kann süchtig machen. 18+", "Hilfe unter www.check-dein-spiel.de. 18+"),
    "fr": ("Jouer comporte des risques : endettement, isolement... Appelez le 09 74 75 13 13 (appel non surtaxé)",),
    "es": ("Juega con responsabilidad. +18", "jugarbien.es | +18"),
}
BETTING_ADS = {
    "en": ("Get £30 in free bets when you bet £10 on the Premier League", "Price boost: both teams to score — 5/4"),
    "de": ("Jetzt 100 € Neukundenbonus sichern", "Quotenboost zum Topspiel: 3,40"),
    "fr": ("Jusqu'à 100 € offerts sur votre premier pari", "Cote boostée : victoire à domicile à 2,10"),
    "es": ("Hasta 200 € de bono de bienvenida", "Cuota mejorada: gana el local a 2,10"),
}
SPORT_FOOTERS = {
    "en": ("All times GMT", "Live scores | Fixtures | Results | Tables", "Back to top ↑", "© {year} {site}"),
    "de": ("Alle Angaben ohne Gewähr", "Liveticker | Spielplan | Tabelle", "Nach oben ↑", "© {year} {site}"),
    "fr": ("Toutes les heures sont en heure de Paris", "Direct | Calendrier | Classement", "© {year} {site}"),
    "es": ("Horario peninsular", "Directo | Calendario | Clasificación", "Volver arriba ↑", "© {year} {site}"),
}


@dataclass(frozen=True)
class _Match:
    """A match of the round: the clubs, the home ground, the goals ((minute, scorer, for the home side))."""

    home: str
    away: str
    ground: str
    goals: tuple[tuple[str, str, bool], ...]

    @property
    def score(self) -> tuple[int, int]:
        home = sum(1 for goal in self.goals if goal[2])
        return home, len(self.goals) - home

    @property
    def half_time(self) -> tuple[int, int]:
        first = [goal for goal in self.goals if int(goal[0].split("+")[0]) <= 45]
        home = sum(1 for goal in first if goal[2])
        return home, len(first) - home


def _play(home: Team, away: Team, rng: random.Random) -> _Match:
    """A plausible result and goals for `home` against `away`."""
    home_goals = rng.choices(range(6), weights=(22, 30, 25, 13, 7, 3))[0]
    away_goals = rng.choices(range(5), weights=(30, 32, 22, 11, 5))[0]
    sides = [True] * home_goals + [False] * away_goals
    rng.shuffle(sides)
    minutes = sorted(rng.sample(range(2, 91), len(sides)))
    squads = rng.sample(PLAYERS, 8)
    goals = []
    for minute, side in zip(minutes, sides, strict=True):
        label = f"{minute}+{rng.randint(1, 6)}" if minute in (45, 90) and rng.random() < 0.6 else str(minute)
        goals.append((label, rng.choice(squads[:4] if side else squads[4:]), side))
    return _Match(home[0], away[0], home[1], tuple(goals))


def _score_line(shape: str, match: _Match, dash: str) -> str:
    hg, ag = match.score
    hh, ha = match.half_time
    return shape.format(
        h=match.home, a=match.away, H=match.home.upper(), A=match.away.upper(), hg=hg, ag=ag, hh=hh, ha=ha, d=dash
    )


def _scorers_line(match: _Match, lang: str, style: int) -> str:
    """The goals of `match` as the page's language writes them ("" for a goalless draw)."""
    if not match.goals:
        return ""
    if lang == "de" or (lang == "es" and style == 0):
        running = []
        home = away = 0
        for minute, scorer, side in match.goals:
            home, away = (home + 1, away) if side else (home, away + 1)
            running.append(
                f"{home}:{away} {scorer} ({minute}.)" if lang == "de" else f"{home}-{away} {scorer} ({minute}')"
            )
        return ("Tore: " if lang == "de" else "Goles: ") + ", ".join(running)
    home_goals = [(m, s) for m, s, side in match.goals if side]
    away_goals = [(m, s) for m, s, side in match.goals if not side]
    if lang == "fr":
        parts = [
            f"{team} : " + ", ".join(f"{s} ({m}e)" for m, s in goals)
            for team, goals in ((match.home, home_goals), (match.away, away_goals))
            if goals
        ]
        return "Buts : " + " ; ".join(parts)
    if lang == "es":
        parts = [", ".join(f"{s} ({m}')" for m, s in goals) for goals in (home_goals, away_goals) if goals]
        return "Goles: " + "; ".join(parts)
    if style == 0:
        parts = [", ".join(f"{s} {m}" for m, s in goals) for goals in (home_goals, away_goals) if goals]
        return "Goals: " + "; ".join(parts)
    if style == 1:
        parts = [", ".join(f"{s} ({m})" for m, s in goals) for goals in (home_goals, away_goals) if goals]
        return "Scorers: " + " | ".join(parts)
    parts = [
        f"{team}: " + ", ".join(f"{s} {m}'" for m, s in goals)
        for team, goals in ((match.home, home_goals), (match.away, away_goals))
        if goals
    ]
    return " / ".join(parts)


def _kickoff(lang: str, rng: random.Random) -> str:
    hour, minute = rng.choice(((12, 30), (13, 30), (15, 0), (15, 30), (17, 30), (18, 30), (20, 0), (20, 45), (21, 0)))
    if lang == "fr":
        return f"{hour}h{minute:02d}"
    if lang == "de" and rng.random() < 0.5:
        return f"{hour}.{minute:02d}"
    return f"{hour}:{minute:02d}"


def _table(
    league: str, teams: Sequence[Team], lang: str, rng: random.Random, matchday: int, style: str
) -> list[list[str]]:
    """The league table as blocks of lines: a heading, the rows in the page's style, a link."""
    rows = []
    for name, _ground in teams:
        strength = rng.uniform(0.15, 0.75)
        outcomes = rng.choices("WDL", weights=(strength, 0.27, 1 - strength), k=matchday)
        won, drawn, lost = (outcomes.count(outcome) for outcome in "WDL")
        diff = won - lost + sum(rng.randint(0, 1) for _ in range(won)) - sum(rng.randint(0, 1) for _ in range(lost))
        rows.append((3 * won + drawn, diff, name, won, drawn, lost))
    rows.sort(key=lambda row: (-row[0], -row[1], row[2]))
    shown = rows[: rng.choice((4, 5, 6))] if style == "cells" else rows[: rng.choice((6, 8, len(rows)))]
    columns = TABLE_COLUMNS[lang]
    cells = [
        [str(i), name, str(matchday), str(won), str(drawn), str(lost), f"{diff:+d}" if diff else "0", str(points)]
        for i, (points, diff, name, won, drawn, lost) in enumerate(shown, 1)
    ]
    head = rng.choice(TABLE_HEADS[lang]).format(league=league)
    if style == "cells":
        lines = [cell for row in (list(columns), *cells) for cell in row]
    elif style == "tabs":
        lines = ["\t".join(row) for row in (list(columns), *cells)]
    elif style == "pipes":
        lines = ["| " + " | ".join(row) + " |" for row in (list(columns), *cells)]
        lines.insert(1, "|" + "|".join("---" for _ in columns) + "|")
    else:
        width = max(len(row[1]) for row in (list(columns), *cells))
        lines = [
            f"{row[0]:>3}  {row[1]:<{width}}" + "".join(f"{cell:>6}" for cell in row[2:])
            for row in (list(columns), *cells)
        ]
    blocks = [[head], lines]
    if rng.random() < 0.7:
        blocks.append([rng.choice(FULL_TABLE[lang])])
    return blocks


def build_sports_roundup(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A sports section's football round-up, one match report per article.

    The site's name and menus, the heading, maybe an intro, a date and a results block; per match
    maybe a league header, a score line above or under the title, the title, venue / kick-off /
    byline lines, a scorers line, the report (maybe cut short, maybe an advertisement inside), then
    maybe the man of the match, line-ups and a link; between matches maybe the table, an ad or the
    fixtures; a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    site = rng.choice(SPORT_SITES[lang])
    leagues = LEAGUES[lang]
    first = leagues[0] if rng.random() < 0.7 else rng.choice(leagues)
    second = rng.choice([league for league in leagues if league is not first])
    split = rng.randint(1, len(articles) - 1) if len(articles) > 2 and rng.random() < 0.3 else len(articles)
    page_leagues = [first if i < split else second for i in range(len(articles))]
    league_headers = split < len(articles) or rng.random() < 0.3
    header_caps = rng.random() < 0.5
    matchday = rng.randint(8, 32)
    weekday = WEEKDAYS[lang][when.weekday()]
    date_style = rng.choice(("long", "short", "us")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    dash = rng.choice(("–", "-"))
    score_shape = rng.choice(SCORE_LINES[lang])
    score_at = rng.choice(("above", "above", "below", "none"))
    scorers_style = rng.randrange(3)
    scorers_at = rng.choice(("head", "tail", "none"))
    head_kinds = [kind for kind, odds in (("venue", 0.7), ("kickoff", 0.35), ("byline", 0.5)) if rng.random() < odds]
    rng.shuffle(head_kinds)
    venue_shape = rng.choice(VENUE_LINES[lang])
    kickoff_shape = rng.choice(KICKOFF_LINES[lang])
    byline_shape = rng.choice(SPORT_BYLINES[lang])
    excerpts = rng.random() < 0.4
    link_shape = rng.choice(MATCH_LINKS[lang]) if rng.random() < 0.65 else ""
    star_shape = rng.choice(STAR_PLAYERS[lang]) if rng.random() < 0.3 else ""
    lineup_odds = rng.choice((0.0, 0.0, 0.4))
    lineup_head = rng.choice(LINEUP_HEADS[lang])
    inner_ad_odds = rng.choice((0.0, 0.0, 0.3))
    caps = rng.random() < 0.1
    gap = rng.random() < 0.5
    head_gap = gap or rng.random() < 0.3
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = _separator(rng)
    extras: dict[int, str] = {}
    if len(articles) > 1:
        for kind, odds in (("table", 0.5), ("ad", 0.35), ("fixtures", 0.2)):
            spot = rng.randrange(len(articles) - 1)
            if rng.random() < odds and spot not in extras:
                extras[spot] = kind
    table_style = rng.choice(("aligned", "aligned", "tabs", "pipes", "cells"))

    pools = {name: list(teams) for name, teams in leagues}
    for pool in pools.values():
        rng.shuffle(pool)

    def pair(league: str) -> tuple[Team, Team]:
        pool = pools[league]
        if len(pool) < 2:
            pool.extend(rng.sample(dict(leagues)[league], len(dict(leagues)[league])))
        return pool.pop(), pool.pop()

    matches = [_play(*pair(league[0]), rng) for league in page_leagues]
    sheet = _Sheet()

    sheet.add(site)
    if rng.random() < 0.8:
        nav = _pick(rng, SPORT_NAV[lang], 4, 8)
        sheet.add(*(nav if rng.random() < 0.3 else [rng.choice(("  ", " | ", " · ")).join(nav)]))
    if rng.random() < 0.5:
        sheet.add(rng.choice((" | ", "  ", " · ")).join(_pick(rng, SPORT_SUBNAV[lang], 3, 5)))
    sheet.blank(rng.randint(1, 2))
    sheet.add(rng.choice(SPORT_HEADINGS[lang]).format(league=first[0], weekday=weekday, n=matchday))
    if rng.random() < 0.5:
        sheet.add(rng.choice(SPORT_INTROS[lang]).format(weekday=weekday, league=first[0]))
    if rng.random() < 0.6:
        sheet.add(_date(when, lang, date_style))
    if rng.random() < 0.45:
        result_shape = rng.choice(RESULT_LINES[lang])
        lines = [_score_line(result_shape, match, dash) for match in matches]
        for _ in range(rng.randint(0, 4)):
            other = _play(*pair(rng.choice(page_leagues)[0]), rng)
            lines.insert(rng.randint(0, len(lines)), _score_line(result_shape, other, dash))
        sheet.blank()
        sheet.add(rng.choice(RESULTS_HEADS[lang]).format(weekday=weekday, n=matchday), *lines)
    sheet.blank(rng.randint(1, 2))

    for i, (article, match) in enumerate(zip(articles, matches, strict=True)):
        league = page_leagues[i]
        if i:
            if between == "rule":
                sheet.blank(1 if gap else 0)
                sheet.add(rule)
                sheet.blank(1 if gap else 0)
            elif between == "blank":
                sheet.blank(rng.randint(1, 2))
        if league_headers and (i == 0 or league is not page_leagues[i - 1]):
            if i:
                sheet.blank()
            sheet.add(league[0].upper() if header_caps else league[0])
            sheet.blank(rng.choice((0, 1)))
        score = _score_line(score_shape, match, dash)
        title = article.title.upper() if caps else article.title
        if score_at == "above":
            sheet.add(score)
        sheet.add(title)
        if score_at == "below":
            sheet.add(score)
        moment = when.replace(hour=0, minute=0)
        facts = {
            "venue": venue_shape.format(
                ground=match.ground,
                att=_thousands(rng.randint(8_000, 75_000), lang),
                ref=rng.choice(REFEREES[lang]),
            ),
            "kickoff": kickoff_shape.format(
                t=_kickoff(lang, rng), weekday=weekday, date=_date(moment, lang, date_style)
            ),
            "byline": byline_shape.format(a=rng.choice(AUTHORS), ground=match.ground),
        }
        sheet.add(*(facts[kind] for kind in head_kinds))
        scorers = _scorers_line(match, lang, scorers_style)
        if scorers and scorers_at == "head":
            sheet.add(scorers)
        if head_gap:
            sheet.blank()
        shown = article.paragraphs
        if excerpts and len(shown) > 2:
            shown = shown[: rng.randint(1, 3)]
        breaks: dict[int, list[list[str]]] = {}
        if len(shown) > 2 and rng.random() < inner_ad_odds:
            breaks[rng.randrange(1, len(shown))] = [[ADVERTISEMENTS[lang]]]
        write_article(sheet, title, shown, gap, breaks=breaks)

        tail: list[str] = []
        if scorers and scorers_at == "tail":
            tail.append(scorers)
        if star_shape and rng.random() < 0.8:
            tail.append(star_shape.format(p=rng.choice(PLAYERS), t=rng.choice((match.home, match.away))))
        if rng.random() < lineup_odds:
            tail.append(lineup_head)
            players = rng.sample(PLAYERS, 22)
            for team, squad in ((match.home, players[:11]), (match.away, players[11:])):
                tail.append(f"{team}: {squad[0]}; " + ", ".join(squad[1:5]) + "; " + ", ".join(squad[5:]))
        if link_shape and rng.random() < (0.95 if len(shown) < len(article.paragraphs) else 0.6):
            tail.append(link_shape.format(d=f"{rng.randint(1, 4)}:{rng.randint(0, 59):02d}"))
        if tail:
            if gap or rng.random() < 0.4:
                sheet.blank()
            sheet.add(*tail)

        extra = extras.get(i)
        if extra == "table":
            sheet.blank(rng.randint(1, 2))
            teams = dict(leagues)[league[0]]
            for block in _table(league[0], teams, lang, rng, matchday, table_style):
                sheet.add(*block)
        elif extra == "ad":
            sheet.blank()
            sheet.add(ADVERTISEMENTS[lang])
            if rng.random() < 0.6:
                sheet.add(rng.choice(BETTING_ADS[lang]), rng.choice(GAMBLING[lang]))
        elif extra == "fixtures":
            sheet.blank()
            sheet.add(rng.choice(FIXTURE_HEADS[lang]))
            shape = rng.choice(FIXTURE_LINES[lang])
            later = when + dt.timedelta(days=rng.randint(4, 6))
            for _ in range(rng.randint(3, 6)):
                home, away = pair(league[0])
                later += dt.timedelta(days=rng.choice((0, 0, 1)))
                day = f"{WEEKDAYS[lang][later.weekday()][:3]} {_date(later, lang, 'short')}"
                sheet.add(shape.format(day=day, h=home[0], a=away[0], t=_kickoff(lang, rng)))

    if "table" not in extras.values() and rng.random() < 0.35:
        sheet.blank(rng.randint(1, 2))
        for block in _table(first[0], dict(leagues)[first[0]], lang, rng, matchday, table_style):
            sheet.add(*block)
    if rng.random() < 0.8:
        sheet.blank(rng.randint(1, 2))
        footers = _pick(rng, SPORT_FOOTERS[lang], 1, 3)
        sheet.add(*(line.format(year=when.year, site=site) for line in footers))
    return sheet.draft()


# ---------------------------------------------------------------------------
# letters_page
# ---------------------------------------------------------------------------

PAPERS = {
    "en": (
        "The Evening Chronicle",
        "Westbury Gazette",
        "The Harbour Times",
        "The Daily Sentinel",
        "Northfield Observer",
        "The Valley Post",
    ),
    "de": ("Neue Stadtzeitung", "Märkischer Anzeiger", "Weserland-Kurier", "Badische Rundschau"),
    "fr": ("L'Indépendant du Centre", "Le Courrier de l'Est", "La Gazette de Saône", "Le Journal de l'Ouest"),
    "es": ("Diario del Sur", "El Correo de la Sierra", "La Gaceta del Norte", "Heraldo de Levante"),
}
PAPER_MENUS = {
    "en": ("News", "Opinion", "Sport", "Culture", "Lifestyle", "Letters", "Obituaries", "Puzzles", "Subscribe"),
    "de": ("Lokales", "Politik", "Meinung", "Sport", "Kultur", "Leserbriefe", "E-Paper", "Abo"),
    "fr": ("Actualité", "Opinions", "Sports", "Culture", "Courrier", "Abonnement", "Journal numérique"),
    "es": ("Local", "Opinión", "Deportes", "Cultura", "Cartas", "Suscríbete", "Hemeroteca"),
}
LETTER_HEADINGS = {
    "en": ("Letters", "Letters to the Editor", "Your letters", "Readers' letters", "LETTERS", "Opinion | Letters"),
    "de": ("Leserbriefe", "Briefe an die Redaktion", "Forum – Leserbriefe", "Leserforum", "LESERBRIEFE"),
    "fr": ("Courrier des lecteurs", "Vos lettres", "Le courrier", "Tribune des lecteurs", "COURRIER"),
    "es": ("Cartas al director", "Cartas de los lectores", "El buzón del lector", "Cartas", "CARTAS AL DIRECTOR"),
}
LETTER_RULES = {
    "en": (
        "Letters may be edited for length and clarity.",
        "Send letters to letters@{domain}. Please include your full name, address and a daytime phone number.",
        "Have an opinion on anything you've read in the {paper} today? Email us your letter and it will be "
        "considered for publication.",
        "The {paper} welcomes letters of up to 250 words. We regret we cannot acknowledge or return them.",
    ),
    "de": (
        "Leserbriefe geben die Meinung der Verfasser wieder, nicht die der Redaktion. Kürzungen behalten wir uns vor.",
        "Schreiben Sie uns: leserbriefe@{domain}",
        "Bitte geben Sie Ihren vollständigen Namen und Ihre Anschrift an. Anonyme Zuschriften veröffentlichen wir "
        "nicht.",
    ),
    "fr": (
        "Les lettres publiées n'engagent que leurs auteurs. La rédaction se réserve le droit de les raccourcir.",
        "Écrivez-nous : courrier@{domain}",
        "Merci d'indiquer vos nom, prénom et adresse. Les courriers anonymes ne sont pas publiés.",
    ),
    "es": (
        "Los textos destinados a esta sección no deben exceder los 1.500 caracteres. {paper} se reserva el "
        "derecho de publicarlos, así como de resumirlos o extractarlos.",
        "Envíe sus cartas a cartas@{domain}",
        "Es imprescindible que las cartas vayan firmadas y con el DNI del autor.",
    ),
}
SALUTATIONS = {
    "en": ("To the Editor:", "Dear Editor,", "Dear Sir or Madam,", "Sir,"),
    "de": ("Sehr geehrte Redaktion,",),
    "fr": ("Madame, Monsieur,",),
    "es": ("Señor director:",),
}
SALUTATION_PREFIXES = ("SIR – ", "Sir, ", "SIR – ")
REF_LINES = {
    "en": (
        "Re “{ref}” ({kind}, {date}):",
        "Re: {ref} ({date})",
        "In response to “{ref}” ({date}):",
        "Re “{ref}” ({date}):",
    ),
    "de": ("Zu „{ref}“ vom {date}:", "Zum Artikel „{ref}“ ({date}):", "Betrifft: „{ref}“", "Leserbrief zu: {ref}"),
    "fr": ("À propos de l'article « {ref} » du {date}", "Réaction à « {ref} » ({date})", "Suite à « {ref} »"),
    "es": ("Sobre «{ref}» ({date})", "A propósito de «{ref}»", "En relación con «{ref}», publicado el {date}"),
}
REF_KINDS = ("news article", "editorial", "column", "Opinion", "front page", "Business", "Sunday Review")
REF_HEADLINES = {
    "en": (
        "Council backs plan for new bypass",
        "Why the four-day week works",
        "The high street is not dead yet",
        "Schools face record budget cuts",
        "A fairer deal for renters",
        "Ministers must act on water pollution",
        "The hidden cost of free parking",
        "Is the green belt still worth protecting?",
    ),
    "de": (
        "Die Innenstadt braucht mehr Grün",
        "Streit um die Grundsteuer",
        "Neue Radwege in der City",
        "Der Bus fährt wieder seltener",
        "Schwimmbad bleibt geschlossen",
        "Wer zahlt für die Sanierung?",
    ),
    "fr": (
        "La ville ferme sa piscine",
        "Le débat sur les retraites",
        "Faut-il interdire les SUV en ville ?",
        "Les déserts médicaux s'étendent",
        "Le marché couvert sera rénové",
    ),
    "es": (
        "El precio del alquiler se dispara",
        "La sequía amenaza el campo",
        "Más carriles bici en el centro",
        "Los médicos de familia, al límite",
        "El tranvía llegará en 2027",
    ),
}
READERS = {
    "en": (
        "Margaret Ellis",
        "David Hughes",
        "Sarah Okafor",
        "Peter Lindqvist",
        "Ruth Abernethy",
        "Tom Whitaker",
        "Anne Marie Doyle",
        "Rev Michael Hart",
        "Dr Helen Crowther",
        "Jonathan Sykes",
        "Barbara Kowalski",
        "Gerald Pike",
    ),
    "de": (
        "Hans-Jürgen Kramer",
        "Ursula Beck",
        "Dr. Michael Franke",
        "Renate Vogel",
        "Klaus Dietrich",
        "Sabine Hartmann",
        "Wolfgang Peters",
        "Gisela Brandt",
    ),
    "fr": (
        "Jean-Pierre Lemoine",
        "Monique Garnier",
        "Bernard Rousseau",
        "Claire Dumas",
        "Alain Perrin",
        "Françoise Marchal",
        "Gérard Aubry",
    ),
    "es": (
        "José Luis Martín",
        "Carmen Gil Ortega",
        "Antonio Ruiz",
        "Pilar Navarro",
        "Javier Castro Soler",
        "Mercedes Lago",
        "Francisco Javier Rey",
    ),
}
TOWNS = {
    "en": (
        "Harrogate, North Yorkshire",
        "Leeds",
        "Bristol",
        "Totnes, Devon",
        "Brooklyn",
        "Montclair, N.J.",
        "Evanston, Ill.",
        "Oxford",
        "Cardiff",
        "Edinburgh",
        "Portland, Ore.",
        "Stroud, Gloucestershire",
    ),
    "de": ("Bielefeld", "Freiburg", "Lüneburg", "Bonn-Beuel", "Erfurt", "Kassel", "Hamm", "Rosenheim"),
    "fr": ("Nantes", "Lyon", "Rennes", "Besançon", "Pau", "Limoges", "Annecy", "Quimper"),
    "es": ("Madrid", "Valencia", "Gijón", "Cáceres", "Sant Cugat del Vallès", "Vigo", "Logroño", "Zaragoza"),
}
# Per town of TOWNS (same order): the postcode (de), the département (fr) or the province (es).
REGIONS = {
    "de": ("33602", "79098", "21335", "53225", "99084", "34117", "59065", "83022"),
    "fr": (
        "Loire-Atlantique",
        "Rhône",
        "Ille-et-Vilaine",
        "Doubs",
        "Pyrénées-Atlantiques",
        "Haute-Vienne",
        "Haute-Savoie",
        "Finistère",
    ),
    "es": ("Madrid", "Valencia", "Asturias", "Cáceres", "Barcelona", "Pontevedra", "La Rioja", "Zaragoza"),
}
AFFILIATIONS = (
    "Emeritus professor of history, University of Leeds",
    "Chair, Westbury Residents' Association",
    "Green party councillor, Stroud district council",
    "Former head teacher, St Anne's primary school",
    "Director, Centre for Rural Policy",
)
WRITER_IS = (
    "The writer is a retired high school history teacher.",
    "The writer is a professor of public health at a state university.",
    "The writer was a member of the city council from 2004 to 2012.",
    "The writer is a family physician.",
    "The writer is a former foreign correspondent.",
)
EDITOR_NOTES = {
    "en": (
        "Editor's note: An earlier version of the article misstated the date of the vote.",
        "Editor's note: The council says the consultation remains open until the end of the month.",
        "Editor's note: This letter has been shortened.",
    ),
    "de": (
        "Anm. d. Red.: Der Brief wurde gekürzt.",
        "Anm. d. Red.: Der Artikel ist in der Ausgabe vom Vortag erschienen.",
    ),
    "fr": ("NDLR : ce courrier a été raccourci.", "NDLR : l'article a été corrigé dans sa version numérique."),
    "es": ("N. de la R.: La carta ha sido resumida.", "N. de la R.: El artículo fue corregido en su versión digital."),
}
LETTER_FOOTERS = {
    "en": ("Submit a letter", "More letters", "Read more Opinion", "Contact us | Corrections", "© {year} {paper}"),
    "de": ("Leserbrief schreiben", "Weitere Leserbriefe", "Kontakt | Impressum", "© {year} {paper}"),
    "fr": ("Écrire au courrier des lecteurs", "Plus de courriers", "Contact | Mentions légales", "© {year} {paper}"),
    "es": ("Envíe su carta", "Más cartas", "Contacto | Aviso legal", "© {year} {paper}"),
}


def _signature(lang: str, style: int, name: str, town: str, region: str, caps: bool) -> list[str]:
    """The writer's name and town, as the page signs its letters."""
    shown = name.upper() if caps else name
    if lang == "en":
        shapes = ([shown, town], [f"{shown}, {town}"], [f"— {shown}, {town}"], [shown, town])
    elif lang == "de":
        shapes = ([f"{shown}, {town}"], [shown, town], [f"{shown} ({town})"], [f"{shown}, {region} {town}"])
    elif lang == "fr":
        shapes = ([f"{shown} ({town})"], [f"{shown}, {town}"], [shown, f"{town} ({region})"], [f"{shown}, {town}"])
    else:
        shapes = ([f"{shown}. {town}"], [shown, town], [f"{shown}. {town} ({region})"], [f"{shown} ({town})"])
    return shapes[style]


def build_letters_page(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A newspaper's letters to the editor, one letter per article, each signed at its end.

    The paper's name, a menu, the heading, maybe a date and the rules for letters; per letter the
    headline, maybe a salutation and/or a reference line, the paragraphs, then the name and town of
    the writer (maybe in capitals, maybe with an affiliation or "The writer is ..."), rarely an
    editor's note; letters split by blank lines, a rule or nothing; the rules again and a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    paper = rng.choice(PAPERS[lang])
    domain = _domain(paper, rng)
    date_style = rng.choice(("us", "long", "short")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    rules_at = rng.choice(("top", "bottom", "both", "none"))
    rules = _pick(rng, LETTER_RULES[lang], 1, 2)
    title_style = rng.choice(("asis", "asis", "asis", "sentence", "caps")) if lang == "en" else "asis"
    if lang != "en" and rng.random() < 0.1:
        title_style = "caps"
    salutation = ""
    prefix = ""
    if rng.random() < 0.5:
        if lang == "en" and rng.random() < 0.35:
            prefix = rng.choice(SALUTATION_PREFIXES)
        else:
            salutation = rng.choice(SALUTATIONS[lang])
    ref_odds = rng.choice((0.0, 0.4, 0.8))
    ref_shape = rng.choice(REF_LINES[lang])
    sig_style = rng.randrange(4)
    sig_caps = lang == "en" and rng.random() < 0.2
    affiliation_odds = rng.choice((0.0, 0.25)) if lang == "en" else 0.0
    writer_is_odds = rng.choice((0.0, 0.3)) if lang == "en" else 0.0
    note_odds = rng.choice((0.0, 0.0, 0.2))
    shortened = rng.random() < 0.4
    gap = rng.random() < 0.6
    head_gap = gap or rng.random() < 0.3
    sig_gap = gap and rng.random() < 0.5
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = _separator(rng)
    writers = list(READERS[lang]) + rng.sample(AUTHORS, 3)
    rng.shuffle(writers)
    towns = list(zip(TOWNS[lang], REGIONS.get(lang, [""] * len(TOWNS[lang])), strict=True))
    rng.shuffle(towns)
    sheet = _Sheet()

    def add_rules() -> None:
        sheet.add(*(line.format(domain=domain, paper=paper) for line in rules))

    sheet.add(paper)
    if rng.random() < 0.6:
        menu = _pick(rng, PAPER_MENUS[lang], 4, 8)
        sheet.add(rng.choice(("  ", " | ", " · ")).join(menu))
    sheet.blank(rng.randint(1, 2))
    sheet.add(rng.choice(LETTER_HEADINGS[lang]))
    if rng.random() < 0.5:
        day = _date(when, lang, date_style)
        sheet.add(f"{WEEKDAYS[lang][when.weekday()].capitalize()}, {day}" if rng.random() < 0.5 else day)
    if rules_at in ("top", "both"):
        sheet.blank(rng.choice((0, 1)))
        add_rules()
    sheet.blank(rng.randint(1, 2))

    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank(1 if gap else 0)
                sheet.add(rule)
                sheet.blank(1 if gap else 0)
            elif between == "blank":
                sheet.blank(rng.randint(1, 2))
        if title_style == "caps":
            title = article.title.upper()
        elif title_style == "sentence":
            title = sentence_case(article.title, article.paragraphs)
        else:
            title = article.title
        sheet.add(title)
        head: list[str] = []
        if salutation == "To the Editor:" or (salutation and rng.random() < 0.5):
            head.append(salutation)
        if rng.random() < ref_odds:
            ref = rng.choice(REF_HEADLINES[lang])
            day = _date(when - dt.timedelta(days=rng.randint(1, 9)), lang, "short" if lang != "en" else "us")
            head.append(ref_shape.format(ref=ref, date=day, kind=rng.choice(REF_KINDS)))
        if head:
            sheet.add(*head)
        if head_gap:
            sheet.blank()
        shown = article.paragraphs
        if shortened and len(shown) > 2:
            shown = shown[: rng.randint(2, 4)]
        write_article(sheet, title, shown, gap, prefixes={0: prefix} if prefix else None)

        name = writers[i % len(writers)]
        town, region = towns[i % len(towns)]
        if sig_gap:
            sheet.blank()
        if rng.random() < affiliation_odds:
            sheet.add(name.upper() if sig_caps else name, rng.choice(AFFILIATIONS))
        else:
            sheet.add(*_signature(lang, sig_style, name, town, region, sig_caps))
        if rng.random() < writer_is_odds:
            sheet.add(rng.choice(WRITER_IS))
        if rng.random() < note_odds:
            sheet.blank(rng.choice((0, 1)))
            sheet.add(rng.choice(EDITOR_NOTES[lang]))

    if rules_at in ("bottom", "both"):
        sheet.blank(rng.randint(1, 2))
        add_rules()
    if rng.random() < 0.75:
        sheet.blank(rng.randint(1, 2))
        sheet.add(*(line.format(year=when.year, paper=paper) for line in _pick(rng, LETTER_FOOTERS[lang], 1, 3)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# newsletter_plaintext
# ---------------------------------------------------------------------------

NL_NAMES = {
    "en": ("The Friday Read", "Weekly Dispatch", "The Sunday Digest", "Field Notes", "The Long and Short", "Signal"),
    "de": ("Der Wochenrückblick", "Die Lesezeichen", "Freitagspost", "Das Briefing", "Nachgelesen"),
    "fr": ("La Lettre du vendredi", "Le Récap", "Les Immanquables", "La Quinzaine", "L'Hebdo"),
    "es": ("La Semana en Cinco", "El Resumen", "Lecturas del viernes", "La Carta", "El Boletín"),
}
NL_ORGS = {
    "en": ("Example Media Ltd", "Northwind Publishing", "The Signal Newsletter LLC", "Fernhill Press"),
    "de": ("Beispiel Verlag GmbH", "Nordlicht Medien GmbH", "Freitagspost UG"),
    "fr": ("Exemple Presse SAS", "Éditions du Récap", "Lettres & Co."),
    "es": ("Ejemplo Medios S.L.", "Ediciones La Carta", "Boletines del Sur S.L."),
}
NL_ADDRESSES = {
    "en": (
        ("1 Example Plaza", "London EC1A 1AA", "United Kingdom"),
        ("548 Market St #12345", "San Francisco, CA 94104"),
    ),
    "de": (("Beispielstraße 12", "10115 Berlin", "Deutschland"), ("Am Hafen 3", "20457 Hamburg")),
    "fr": (("12 rue de l'Exemple", "75011 Paris", "France"), ("3 quai des Chartrons", "33000 Bordeaux")),
    "es": (("Calle Ejemplo, 12", "28004 Madrid", "España"), ("Carrer de l'Exemple, 3", "08003 Barcelona")),
}
PREHEADERS = {
    "en": (
        "Plus: what we're reading this weekend",
        "This week: {k} and more",
        "Your weekly round-up is here",
        "{n} stories worth your time",
    ),
    "de": ("Außerdem: unsere Lesetipps fürs Wochenende", "{n} Geschichten, die sich lohnen", "Diese Woche: {k}"),
    "fr": ("Et aussi : nos lectures du week-end", "{n} articles à ne pas manquer", "Cette semaine : {k}"),
    "es": ("Además: lo que estamos leyendo", "{n} historias que merecen la pena", "Esta semana: {k}"),
}
BROWSER_LINES = {
    "en": (
        "View this email in your browser{link}",
        "Having trouble viewing this email? View it in your browser{link}",
        "View this post on the web{link}",
    ),
    "de": (
        "Diese E-Mail im Browser ansehen{link}",
        "Wird diese E-Mail nicht richtig angezeigt? Im Browser öffnen{link}",
    ),
    "fr": ("Voir cet e-mail dans votre navigateur{link}", "Afficher la version en ligne{link}"),
    "es": ("Ver este correo en el navegador{link}", "¿No ves bien este correo? Ábrelo en tu navegador{link}"),
}
ISSUE_LINES = {
    "en": ("Issue #{n} · {date}", "No. {n} — {date}", "{date} | Issue {n}", "{weekday}, {date}"),
    "de": ("Ausgabe {n} | {date}", "Nr. {n} · {date}", "{weekday}, {date}"),
    "fr": ("Numéro {n} · {date}", "N° {n} — {date}", "{weekday} {date}"),
    "es": ("Número {n} · {date}", "N.º {n} — {date}", "{weekday}, {date}"),
}
NL_GREETINGS = {
    "en": (
        "Hello and welcome to issue {n}. This week we have {c} stories for you, from {k} to whatever caught our "
        "eye on the way. Grab a coffee and settle in.",
        "Hi friends — it has been a busy week, so we kept this one short. {c} pieces we think you should read, "
        "and a few words on each.",
        "Welcome back! If someone forwarded this to you, you can sign up at the link at the bottom. Here is what "
        "we read this week.",
    ),
    "de": (
        "Hallo und willkommen zur Ausgabe {n}. Diese Woche haben wir {c} Texte für Sie ausgesucht – von {k} bis "
        "zu allem, was uns sonst aufgefallen ist.",
        "Liebe Leserinnen und Leser, es war eine volle Woche. Hier sind {c} Geschichten, die sich lohnen.",
    ),
    "fr": (
        "Bonjour et bienvenue dans ce numéro {n}. Cette semaine, {c} articles choisis pour vous, de {k} à tout ce "
        "qui a retenu notre attention.",
        "Chères lectrices, chers lecteurs, la semaine a été chargée : voici {c} lectures pour le week-end.",
    ),
    "es": (
        "Hola y bienvenidos al número {n}. Esta semana os traemos {c} historias, desde {k} hasta todo lo que nos "
        "ha llamado la atención.",
        "Queridos lectores: ha sido una semana intensa. Aquí van {c} lecturas para el fin de semana.",
    ),
}
NL_KICKERS = {
    "en": ("TOP STORY", "THE BIG STORY", "ALSO WORTH READING", "IN OTHER NEWS", "DEEP DIVE", "QUICK READ", "ONE MORE"),
    "de": ("DAS THEMA", "AUSSERDEM", "LESETIPP", "KURZ NOTIERT", "ZUM SCHLUSS"),
    "fr": ("À LA UNE", "À LIRE AUSSI", "EN BREF", "LE DOSSIER", "POUR FINIR"),
    "es": ("EL TEMA", "ADEMÁS", "PARA LEER", "EN BREVE", "Y POR ÚLTIMO"),
}
NL_META = {
    "en": ("By {a}", "{source} · {n} min read", "From {source}", "{a} | {source}"),
    "de": ("Von {a}", "{source} · {n} Min. Lesezeit", "Aus: {source}"),
    "fr": ("Par {a}", "{source} · {n} min de lecture", "Source : {source}"),
    "es": ("Por {a}", "{source} · {n} min de lectura", "Fuente: {source}"),
}
NL_MORE = {
    "en": ("Read more", "READ MORE", "Continue reading", "Read the full story", "Keep reading →"),
    "de": ("Weiterlesen", "WEITERLESEN", "Zum Artikel", "Den ganzen Text lesen"),
    "fr": ("Lire la suite", "LIRE LA SUITE", "Lire l'article", "L'article complet"),
    "es": ("Seguir leyendo", "LEER MÁS", "Leer el artículo", "La historia completa"),
}
NL_SPONSORS = {
    "en": (
        ("SPONSORED", "A WORD FROM OUR SPONSOR", "Today's issue is brought to you by Northwind"),
        "Northwind Analytics turns your spreadsheets into dashboards in minutes, with no code and no setup. "
        "Teams at more than 4,000 companies already use it to share numbers that everyone can trust.",
        "Start your free trial",
    ),
    "de": (
        ("ANZEIGE", "WERBUNG", "Diese Ausgabe wird unterstützt von Helios Energie"),
        "Helios Energie hilft kleinen Unternehmen, ihre Stromkosten um bis zu 30 Prozent zu senken – ohne "
        "Vertragslaufzeit und mit persönlicher Beratung.",
        "Jetzt Angebot anfordern",
    ),
    "fr": (
        ("PUBLICITÉ", "PARTENAIRE", "Ce numéro vous est offert par Ciel Bleu"),
        "Ciel Bleu Technologies sauvegarde vos fichiers en France, chiffrés de bout en bout, à partir de 2 euros "
        "par mois.",
        "Essayer gratuitement",
    ),
    "es": (
        ("PUBLICIDAD", "PATROCINADO", "Este número llega gracias a Faro Software"),
        "Faro Software gestiona las nóminas de tu pyme sin errores y sin papeleo. Más de 3.000 empresas ya confían "
        "en nosotros.",
        "Pruébalo gratis",
    ),
}
NL_SIGNOFFS = {
    "en": (
        "That's all for this week. See you next Friday!",
        "Thanks for reading — hit reply and tell us what you think.",
        "Until next time,",
    ),
    "de": ("Das war's für diese Woche. Bis nächsten Freitag!", "Danke fürs Lesen!", "Bis bald,"),
    "fr": ("C'est tout pour cette semaine. À vendredi prochain !", "Merci de votre lecture.", "À bientôt,"),
    "es": ("Eso es todo por esta semana. ¡Hasta el próximo viernes!", "Gracias por leer.", "Hasta pronto,"),
}
# The footer: copyright, why you get it, the mailing address label, how to change it ({link} marks a link).
NL_FOOTERS = {
    "en": (
        "Copyright © {year} {org}, All rights reserved.",
        "You are receiving this email because you opted in via our website.",
        "Our mailing address is:",
        "Want to change how you receive these emails?",
        "You can update your preferences{link} or unsubscribe from this list{link}.",
    ),
    "de": (
        "Copyright © {year} {org}, alle Rechte vorbehalten.",
        "Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.",
        "Unsere Postanschrift:",
        "Möchten Sie ändern, wie Sie diese E-Mails erhalten?",
        "Sie können Ihre Einstellungen aktualisieren{link} oder sich von dieser Liste abmelden{link}.",
    ),
    "fr": (
        "Copyright © {year} {org}, tous droits réservés.",
        "Vous recevez cet e-mail car vous vous êtes inscrit(e) sur notre site.",
        "Notre adresse postale :",
        "Vous souhaitez modifier la façon dont vous recevez ces e-mails ?",
        "Vous pouvez mettre à jour vos préférences{link} ou vous désinscrire de cette liste{link}.",
    ),
    "es": (
        "Copyright © {year} {org}, todos los derechos reservados.",
        "Recibes este correo porque te suscribiste en nuestra web.",
        "Nuestra dirección postal es:",
        "¿Quieres cambiar cómo recibes estos correos?",
        "Puedes actualizar tus preferencias{link} o darte de baja de esta lista{link}.",
    ),
}
FORWARDED = {
    "en": "Forwarded this email? Subscribe here{link} for more",
    "de": "Weitergeleitet bekommen? Hier abonnieren{link}",
    "fr": "On vous a transféré cet e-mail ? Abonnez-vous ici{link}",
    "es": "¿Te han reenviado este correo? Suscríbete aquí{link}",
}
LINK_STYLES = ("spaced", "spaced", "paren", "angle", "bracket", "footnote")


def _wrap(paragraph: str, width: int, hyphens: bool) -> list[str]:
    """The paragraph hard-wrapped at `width` columns; a word is never split, except after its own hyphen."""
    return textwrap.wrap(paragraph, width, break_long_words=False, break_on_hyphens=hyphens) or [paragraph]


def build_newsletter_plaintext(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """The text/plain part of an HTML e-mail newsletter, hard-wrapped, one item per article.

    Maybe the preview text, "View this email in your browser", the name and an issue line, maybe a
    greeting; per item maybe a kicker, the headline in the page's heading style, maybe a meta line,
    the wrapped paragraphs (all, or the first ones and a "Read more" link line); items split by a
    rule or blank lines; maybe a sponsor block and a sign-off; the mail footer, maybe a link list.
    """
    lang = _lang(rng)
    when = _when(rng)
    name = rng.choice(NL_NAMES[lang])
    org = rng.choice(NL_ORGS[lang])
    host = _domain(name, rng)
    issue = rng.randint(12, 420)
    width = rng.randint(60, 78)
    hyphens = rng.random() < 0.5
    flowed = rng.random() < 0.2
    link_style = rng.choice(LINK_STYLES)
    heading = rng.choice(("stars", "stars", "plain", "caps", "underline", "hash"))
    underline = rng.choice(("-", "="))
    hash_mark = rng.choice(("# ", "## ", "### "))
    rule = rng.choice(("-" * 60, "-" * width, "=" * 60, "* * *", "~" * rng.randint(20, 40), ""))
    kicker_odds = rng.choice((0.0, 0.5, 1.0))
    kickers = list(NL_KICKERS[lang])
    kicker_shape = rng.choice(("{k}", "** {k}", "[{k}]", "— {k} —")) if heading != "stars" else "** {k}"
    meta_shape = rng.choice(NL_META[lang]) if rng.random() < 0.55 else ""
    excerpts = rng.random() < 0.5
    more = rng.choice(NL_MORE[lang])
    date_style = rng.choice(("long", "us", "short")) if lang == "en" else rng.choice(("long", "short"))
    sponsor_after = rng.randrange(len(articles) - 1) if len(articles) > 1 and rng.random() < 0.35 else -1
    links: list[str] = []
    sheet = _Sheet()

    def link(url: str) -> str:
        if link_style == "spaced":
            return f" ( {url} )"
        if link_style == "paren":
            return f" ({url})"
        if link_style == "angle":
            return f" <{url}>"
        if link_style == "bracket":
            return f" [{url}]"
        links.append(url)
        return f" [{len(links)}]"

    def tracked(path: str) -> str:
        token = "".join(rng.choice("abcdef0123456789") for _ in range(10))
        return f"https://{host}/{path}?e={token}"

    def add_wrapped(text: str) -> list[str]:
        lines = _wrap(text, width, hyphens)
        sheet.add(*(line + " " if flowed and k < len(lines) - 1 else line for k, line in enumerate(lines)))
        return lines

    def add_rule() -> None:
        sheet.blank()
        if rule:
            sheet.add(rule)
            sheet.blank()
        else:
            sheet.blank(rng.randint(1, 2))

    words = [w for a in articles for w in key_words(a.title)[:1]]
    if rng.random() < 0.5:
        preheader = rng.choice(PREHEADERS[lang])
        sheet.add(preheader.format(k=rng.choice(words), n=len(articles)))
        sheet.blank(rng.choice((0, 1)))
    if rng.random() < 0.7:
        sheet.add(*_wrap(rng.choice(BROWSER_LINES[lang]).format(link=link(tracked(f"archive/{issue}"))), width, False))
        sheet.blank()
    sheet.add(f"** {name}" if heading == "stars" else name)
    if heading == "underline":
        sheet.add(underline * len(name))
    if rng.random() < 0.75:
        date = _date(when, lang, date_style)
        weekday = WEEKDAYS[lang][when.weekday()].capitalize()
        sheet.add(rng.choice(ISSUE_LINES[lang]).format(n=issue, date=date, weekday=weekday))
    if rng.random() < 0.6:
        if rule and rng.random() < 0.5:
            sheet.add(rule)
        sheet.blank()
        greeting = rng.choice(NL_GREETINGS[lang]).format(n=issue, c=len(articles), k=rng.choice(words))
        add_wrapped(greeting)
    add_rule()

    for i, article in enumerate(articles):
        if i:
            add_rule()
        if rng.random() < kicker_odds:
            kicker = kickers[0] if i == 0 else rng.choice(kickers[1:])
            sheet.add(kicker_shape.format(k=kicker))
            if rng.random() < 0.3:
                sheet.blank()
        title = article.title.upper() if heading == "caps" else article.title
        if heading == "stars":
            sheet.add(f"** {title}")
        elif heading == "hash":
            sheet.add(hash_mark + title)
        else:
            sheet.add(title)
        if heading == "underline":
            sheet.add(underline * min(len(title), 78))
        if meta_shape:
            source = rng.choice(SOURCES[lang])
            sheet.add(meta_shape.format(a=rng.choice(AUTHORS), source=source, n=rng.randint(2, 14)))
        sheet.blank()
        shown = article.paragraphs
        if excerpts and len(shown) > 1:
            shown = shown[: rng.randint(1, min(3, len(shown) - 1))]
        truth: list[str] = []
        for j, paragraph in enumerate(shown):
            if j:
                sheet.blank()
            truth.extend(add_wrapped(paragraph))
        sheet.truth.append({"title": title, "text": "\n".join(truth)})
        if len(shown) < len(article.paragraphs) or rng.random() < 0.3:
            sheet.blank()
            sheet.add(more + link(_article_url(article, when, rng, tracking=_slug(name, rng))))
        if i == sponsor_after:
            labels, promo, action = NL_SPONSORS[lang]
            add_rule()
            label = rng.choice(labels)
            sheet.add(f"** {label}" if heading == "stars" else label)
            sheet.blank()
            add_wrapped(promo)
            sheet.blank()
            sheet.add(action + link(tracked("sponsor")))

    if rng.random() < 0.6:
        add_rule()
        signoff = rng.choice(NL_SIGNOFFS[lang])
        sheet.add(signoff)
        if signoff.endswith(","):
            sheet.add(rng.choice(AUTHORS).split()[0])
    sheet.blank()
    sheet.add(rng.choice(("=" * 60, "-" * 60, rule or "-" * width)))
    copyright_, why, address_label, change, prefs = NL_FOOTERS[lang]
    if rng.random() < 0.3:
        sheet.add(FORWARDED[lang].format(link=link(tracked("subscribe"))))
        sheet.blank()
    sheet.add(copyright_.format(year=when.year, org=org))
    if rng.random() < 0.8:
        sheet.add(why)
    if rng.random() < 0.7:
        sheet.blank()
        sheet.add(address_label, org, *rng.choice(NL_ADDRESSES[lang]))
    sheet.blank()
    if rng.random() < 0.7:
        sheet.add(change)
    first, second, end = prefs.split("{link}")
    line = first + link(tracked("profile")) + second + link(tracked("unsubscribe")) + end
    sheet.add(*_wrap(line, width, False))
    if links:
        sheet.blank()
        sheet.add("Links:", "------", *(f"[{k}] {url}" for k, url in enumerate(links, 1)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# photo_gallery
# ---------------------------------------------------------------------------

GALLERY_SITES = {
    "en": ("The Daily Sentinel", "World Today", "The Harbour Times", "Globe Photo Desk"),
    "de": ("Neue Stadtzeitung", "Nachrichten am Abend", "Weltblick"),
    "fr": ("Le Courrier de l'Est", "Info Matin", "Regards"),
    "es": ("Diario del Sur", "Noticias Hoy", "La Mirada"),
}
GALLERY_MENUS = {
    "en": ("News", "World", "Business", "Sport", "Culture", "In pictures", "Video", "Newsletters"),
    "de": ("Startseite", "Politik", "Panorama", "Sport", "Kultur", "Bilder", "Video"),
    "fr": ("Accueil", "International", "Société", "Sports", "Culture", "Photos", "Vidéos"),
    "es": ("Portada", "Internacional", "Sociedad", "Deportes", "Cultura", "Fotos", "Vídeos"),
}
GALLERY_CRUMBS = {
    "en": ("Home › News › In pictures", "News / Photography", "Home > World > Gallery"),
    "de": ("Startseite › Panorama › Bilder", "Home > Fotostrecken"),
    "fr": ("Accueil › Photos", "Accueil > International > En images"),
    "es": ("Portada › Fotos", "Inicio > Galerías"),
}
GALLERY_TITLES = {
    "en": (
        "The week in pictures",
        "Photos of the day – {weekday}",
        "The day in pictures",
        "The world in pictures: {date}",
        "In pictures: the week around the world",
    ),
    "de": ("Die Bilder des Tages", "Bilder der Woche", "Die Woche in Bildern", "Fotostrecke: Der {date} in Bildern"),
    "fr": ("L'actualité en images", "Les photos de la semaine", "La semaine en images", "Le monde en images"),
    "es": ("La jornada en imágenes", "Las fotos de la semana", "La semana en imágenes", "El mundo en fotos"),
}
STANDFIRSTS = {
    "en": (
        "A selection of the best news photographs from around the world this week.",
        "Our picture editors choose the most striking images of the day.",
        "From the front line to the front row: the week's news in photographs.",
    ),
    "de": ("Die eindrucksvollsten Fotos aus aller Welt, ausgewählt von unserer Bildredaktion.",),
    "fr": ("Une sélection des photos les plus marquantes de l'actualité, choisies par notre service photo.",),
    "es": ("Una selección de las mejores fotografías de la actualidad, elegidas por nuestros editores.",),
}
COMPILED_BY = {
    "en": ("Compiled by {a}", "Curated by {a}", "By {a}, picture editor"),
    "de": ("Zusammengestellt von {a}", "Bildauswahl: {a}"),
    "fr": ("Sélection : {a}", "Par {a}, service photo"),
    "es": ("Selección: {a}", "Por {a}, editor de fotografía"),
}
PHOTO_COUNTS = {
    "en": ("{n} photos", "{n} images", "Gallery: {n} photos"),
    "de": ("{n} Bilder", "Fotostrecke mit {n} Bildern"),
    "fr": ("{n} photos", "Diaporama : {n} photos"),
    "es": ("{n} fotos", "Galería: {n} fotos"),
}
SLIDESHOW = {
    "en": ("Start slideshow ▶", "View as slideshow", "Share this gallery"),
    "de": ("Diashow starten ▶", "Galerie teilen"),
    "fr": ("Lancer le diaporama ▶", "Partager la galerie"),
    "es": ("Ver como presentación ▶", "Compartir galería"),
}
PHOTO_COUNTERS = {
    "en": ("{i} of {n}", "{i}/{n}", "Image {i} of {n}", "Photo {i}", "{i} / {n}"),
    "de": ("Bild {i} von {n}", "{i}/{n}", "Foto {i} von {n}"),
    "fr": ("Photo {i} sur {n}", "{i}/{n}", "{i} / {n}"),
    "es": ("Foto {i} de {n}", "{i}/{n}", "Imagen {i} de {n}"),
}
LOCATIONS = {
    "en": (
        "Stockholm, Sweden",
        "Kyiv, Ukraine",
        "Los Angeles, US",
        "Beijing, China",
        "Lagos, Nigeria",
        "Rio de Janeiro, Brazil",
        "Kathmandu, Nepal",
        "Washington DC, US",
        "Paris, France",
        "Sydney, Australia",
        "Glastonbury, UK",
        "Mumbai, India",
    ),
    "de": (
        "Stockholm, Schweden",
        "Kiew, Ukraine",
        "Los Angeles, USA",
        "Peking, China",
        "Rio de Janeiro, Brasilien",
        "Berlin",
        "Paris, Frankreich",
        "Neu-Delhi, Indien",
    ),
    "fr": (
        "Stockholm, Suède",
        "Kiev, Ukraine",
        "Los Angeles, États-Unis",
        "Pékin, Chine",
        "Rio de Janeiro, Brésil",
        "Paris",
        "Marseille",
        "Bombay, Inde",
    ),
    "es": (
        "Estocolmo, Suecia",
        "Kiev, Ucrania",
        "Los Ángeles, EE UU",
        "Pekín, China",
        "Río de Janeiro, Brasil",
        "Madrid",
        "Ciudad de México",
        "Bombay, India",
    ),
}
AGENCIES = ("AFP/Getty Images", "Reuters", "AP", "EPA", "Getty Images", "Shutterstock", "Anadolu via Getty Images")
LOCAL_AGENCIES = {"en": ("PA", "Reuters"), "de": ("dpa", "picture alliance"), "fr": ("SIPA", "AFP"), "es": ("EFE",)}
CREDITS = {
    "en": ("Photograph: {a}/{ag}", "Photo: {a}/{ag}", "{a}/{ag}", "© {a} / {ag}", "Credit: {a} for {site}"),
    "de": ("Foto: {a}/{ag}", "Bild: {ag}", "© {ag}/{a}", "Quelle: {ag}"),
    "fr": ("Photo : {a} / {ag}", "© {a} / {ag}", "Crédit : {ag}"),
    "es": ("Foto: {a} ({ag})", "{a} / {ag}", "Fotografía: {a} / {ag}"),
}
IMAGE_SOURCE = {
    "en": "IMAGE SOURCE, {AG}",
    "de": "BILDQUELLE, {AG}",
    "fr": "SOURCE DE L'IMAGE, {AG}",
    "es": "FUENTE, {AG}",
}
CAPTION_LABEL = {"en": "Image caption, ", "de": "Bildunterschrift, ", "fr": "Légende, ", "es": "Pie de foto, "}
PHOTO_ACTIONS = {
    "en": ("Expand", "Share", "Download", "⤢", "Pin", "Share on Facebook", "Share on X"),
    "de": ("Vergrößern", "Teilen", "Bild teilen", "Herunterladen"),
    "fr": ("Agrandir", "Partager", "Télécharger"),
    "es": ("Ampliar", "Compartir", "Descargar"),
}
LOAD_MORE_PHOTOS = {
    "en": ("Load more photos", "Show all {n} photos", "Next gallery →"),
    "de": ("Weitere Bilder laden", "Alle {n} Bilder anzeigen", "Nächste Galerie →"),
    "fr": ("Voir plus de photos", "Voir les {n} photos", "Galerie suivante →"),
    "es": ("Cargar más fotos", "Ver las {n} fotos", "Siguiente galería →"),
}
MORE_GALLERIES = {
    "en": (
        ("More galleries", "You might also like", "More in pictures"),
        (
            "Winter solstice around the world – in pictures",
            "The best wildlife photographs of the year",
            "Photos of the day – Monday",
            "Drone photography awards: the winners",
            "A century of the Tour de France – in pictures",
        ),
    ),
    "de": (
        ("Weitere Bildergalerien", "Auch interessant"),
        ("Die besten Naturfotos des Jahres", "Die Bilder des Tages – Montag", "Winter in den Alpen"),
    ),
    "fr": (
        ("Autres diaporamas", "À voir aussi"),
        ("Les plus belles photos animalières de l'année", "Le monde en images – lundi", "L'hiver en montagne"),
    ),
    "es": (
        ("Más galerías", "También te puede interesar"),
        ("Las mejores fotos de naturaleza del año", "La jornada en imágenes – lunes", "El invierno en los Pirineos"),
    ),
}
GALLERY_FOOTERS = {
    "en": ("© {year} {site}", "About us | Contact | Terms | Privacy", "Back to top ↑"),
    "de": ("© {year} {site}", "Impressum | Datenschutz | Kontakt", "Nach oben ↑"),
    "fr": ("© {year} {site}", "Mentions légales | Confidentialité | Contact", "Haut de page ↑"),
    "es": ("© {year} {site}", "Aviso legal | Privacidad | Contacto", "Volver arriba ↑"),
}


def build_photo_gallery(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A caption-heavy photo gallery, one photo per article (the title a caption's headline).

    The site's name, a menu, a breadcrumb, the gallery's title, a standfirst, "Compiled by", a date, a
    count and "Start slideshow"; per photo maybe a counter and a credit above, maybe a location above
    or under the title, the title, the caption (the first paragraphs; maybe "Image caption, " before
    it), the credit after it on its own line or at the end of its last paragraph, action lines;
    photos split by blank lines or nothing, maybe ads; "Load more", other galleries, a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    site = rng.choice(GALLERY_SITES[lang])
    total = len(articles) if rng.random() < 0.7 else len(articles) + rng.randint(3, 30)
    date_style = rng.choice(("long", "us", "short")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    bbc = rng.random() < 0.2
    counter = rng.choice(PHOTO_COUNTERS[lang]) if rng.random() < 0.65 else ""
    credit_shape = rng.choice(CREDITS[lang])
    credit_at = "top" if bbc else rng.choice(("top", "after", "after", "suffix", "suffix", "none"))
    location_odds = rng.choice((0.0, 0.6, 1.0))
    location_at = rng.choice(("above", "above", "below"))
    location_caps = rng.random() < 0.25
    caption_low, caption_high = rng.choice(((1, 1), (1, 2), (1, 3), (2, 3)))
    full_odds = rng.choice((0.0, 0.2))
    actions = _pick(rng, PHOTO_ACTIONS[lang], 1, 3) if rng.random() < 0.45 else []
    action_join = rng.choice(("\n", "  ", " | "))
    ad_every = rng.choice((0, 0, 2, 3))
    gap = rng.random() < 0.5
    airy = gap or rng.random() < 0.5
    agencies = list(AGENCIES) + list(LOCAL_AGENCIES[lang])
    locations = rng.sample(LOCATIONS[lang], len(LOCATIONS[lang]))
    sheet = _Sheet()

    sheet.add(site)
    if rng.random() < 0.7:
        menu = _pick(rng, GALLERY_MENUS[lang], 4, 7)
        sheet.add(*(menu if rng.random() < 0.3 else [rng.choice(("  ", " | ", " · ")).join(menu)]))
    if rng.random() < 0.5:
        sheet.add(rng.choice(GALLERY_CRUMBS[lang]))
    sheet.blank(rng.randint(1, 2))
    weekday = WEEKDAYS[lang][when.weekday()]
    sheet.add(rng.choice(GALLERY_TITLES[lang]).format(weekday=weekday, date=_date(when, lang, date_style)))
    if rng.random() < 0.7:
        sheet.add(rng.choice(STANDFIRSTS[lang]))
    meta = []
    if rng.random() < 0.5:
        meta.append(rng.choice(COMPILED_BY[lang]).format(a=rng.choice(AUTHORS)))
    if rng.random() < 0.6:
        meta.append(_date(when, lang, date_style))
    if meta:
        sheet.add(*(meta if rng.random() < 0.5 else [" · ".join(meta)]))
    if rng.random() < 0.5:
        sheet.add(rng.choice(PHOTO_COUNTS[lang]).format(n=total))
    if rng.random() < 0.4:
        sheet.add(rng.choice(SLIDESHOW[lang]))
    sheet.blank(rng.randint(1, 2))

    for i, article in enumerate(articles):
        if i:
            sheet.blank(rng.randint(1, 2) if airy else rng.choice((0, 1)))
            if ad_every and i % ad_every == 0:
                sheet.add(ADVERTISEMENTS[lang])
                sheet.blank(1 if airy else 0)
        photographer = rng.choice(AUTHORS)
        agency = rng.choice(agencies)
        credit = credit_shape.format(a=photographer, ag=agency, site=site)
        location = locations[i % len(locations)] if rng.random() < location_odds else ""
        if location_caps and location:
            city, _, rest = location.partition(",")
            location = city.upper() + ("," + rest if rest else "")
        if counter:
            sheet.add(counter.format(i=i + 1, n=total))
        if bbc:
            sheet.add(IMAGE_SOURCE[lang].format(AG=agency.upper()))
        elif credit_at == "top":
            sheet.add(credit)
        if location and location_at == "above":
            sheet.add(location)
        sheet.add(article.title)
        if location and location_at == "below":
            sheet.add(location)
        if gap:
            sheet.blank()
        shown = article.paragraphs
        if rng.random() >= full_odds:
            shown = shown[: rng.randint(caption_low, caption_high)]
        last = len(shown) - 1
        write_article(
            sheet,
            article.title,
            shown,
            gap,
            prefixes={0: CAPTION_LABEL[lang]} if bbc else None,
            suffixes={last: " " + credit} if credit_at == "suffix" else None,
        )
        tail = []
        if credit_at == "after":
            tail.append(credit)
        if actions and rng.random() < 0.9:
            tail.extend(action_join.join(actions).split("\n"))
        if tail:
            if gap:
                sheet.blank()
            sheet.add(*tail)

    if total > len(articles) and rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        sheet.add(rng.choice(LOAD_MORE_PHOTOS[lang]).format(n=total))
    if rng.random() < 0.5:
        heads, titles = MORE_GALLERIES[lang]
        sheet.blank(rng.randint(1, 2))
        sheet.add(rng.choice(heads), *_pick(rng, titles, 2, 4))
    if rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        sheet.add(*(line.format(year=when.year, site=site) for line in _pick(rng, GALLERY_FOOTERS[lang], 1, 3)))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "sports_roundup": build_sports_roundup,
    "letters_page": build_letters_page,
    "newsletter_plaintext": build_newsletter_plaintext,
    "photo_gallery": build_photo_gallery,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout7", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
