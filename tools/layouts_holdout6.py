"""Four more multi-article layouts, a sixth held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout6.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout6.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout6.py check [--pages N] [--seed N]

The project knows thirty-one layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`), the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`), the four of tools/layouts_holdout4.py (`reviews`, `newswire_table`,
`translated_digest`, `chat_export`) and the four of tools/layouts_holdout5.py (`search_results`,
`podcast_notes`, `ebook_digest`, `infinite_scroll`). The four here differ from all of them:

- `company_blog`: a company's or an engineering team's blog index saved as text, with the posts
  in full: the blog's name ("Northwind Engineering", "Le blog de Société Verte"), maybe a tagline,
  a menu (on one line or one entry per line) and a "Latest posts" heading; per post maybe a
  category line ("ENGINEERING", "Product · Security", "Kategorie: Technik"), maybe the date above
  the title, the title, the author (an avatar's alt text, the name and the role on three lines;
  "Written by NAME, ROLE"; the name and the role on two lines; or all of it with the date on one
  line: "Written by NAME · March 3, 2024 · 5 min read"), the date line ("Published on DATE",
  "Veröffentlicht am DATE") maybe with the reading time or with the reading time apart, the
  paragraphs with, between some, a pull quote (a sentence of an earlier paragraph in quotation
  marks or after "> "), a code line (fenced, indented or bare: "$ npm install ...", "kubectl ...")
  or an image caption ("Figure 2: The new dashboard", "Photo by NAME on Unsplash"); then maybe a
  tags line ("Tags: a, b", "#a #b"), a share line ("Share this post", "♡ Like · Share"), a like
  count and a comments line; posts split by blank lines, a rule or nothing; a sidebar ("About us"
  and a blurb, "Categories" with counts, "Archives" by month with counts, a search box, "Follow
  us") between two posts or at the end; maybe pagination, a newsletter signup ("Subscribe to our
  newsletter" / "Email address   Subscribe") and a copyright line;
- `obituaries`: a newspaper's obituaries / death-notices listing (the articles stand in for the
  notices: the title is the item's name line, the paragraphs its text): the paper's name, maybe a
  menu and "Sign in | Subscribe", a heading ("Obituaries", "Traueranzeigen", "Avis de décès",
  "Esquelas"), maybe the residue of a search form ("Search by name", "Filter by date", "Last 30
  days ▾") and a count; per item the title (in capitals on some pages), a life-dates line ("1938 –
  2024", "* 12.03.1941  † 03.12.2024", "Falleció el 3 de diciembre de 2024") and/or a "Published
  in PAPER on DATE" line (under the title or after the text), maybe a place line ("Springfield,
  Ohio", "Vannes (56)"), the paragraphs (or the first ones and "View full notice"), maybe a
  funeral home line and a guest book count, then actions ("Sign Guest Book", "Send Flowers",
  "Share", "Kondolieren", "Allumer une bougie") on one line or one per line; items split by blank
  lines, a line of tildes, an "Advertisement" line between some, or nothing; a footer ("Place an
  obituary", a phone number, "Load more obituaries", "© YEAR PAPER");
- `forum_digest_bbcode`: a forum's topic digest or board page converted from BBCode/HTML to text:
  the forum's name, maybe quick links, a breadcrumb ("Board index ‹ News & Current Events"), maybe
  a digest heading ("Daily digest — DATE") and a topic count; per thread maybe a counter ("Replies:
  12 | Views: 3,456") above or below it, the title with the remnants of its markup ("[b]TITLE[/b]",
  "**TITLE**", "[size=150]TITLE[/size]") or a label ("Topic: TITLE", "Thema: TITLE"), the first
  post's header ("Posted by NAME » Mon Dec 02, 2024 7:41 pm", "Beitrag von NAME » DATE", "NAME
  wrote:", "On DATE, NAME wrote:", or the name and the date on two lines), maybe member info
  ("Posts: 1,234 · Joined: Mar 2019"), the paragraphs, maybe a source link ("Source:
  [url]URL[/url]"), a signature ("--" or "_________________" and a motto, "Sent from my iPhone
  using Tapatalk"), action lines ("Top", "Report", "Reply with quote", "Nach oben  Zitieren"); then
  maybe short replies: "Re: TITLE" (or "AW: TITLE"), a header, a quote of a sentence of the first
  post ("> ...", "Quote from NAME:", '[quote="NAME"]...[/quote]', "NAME wrote:"), one or two lines
  of reply, the signature and actions; maybe a thread tail ("Page 1 of 2 [ 14 posts ]", "View
  full thread"); threads split by blank lines, a rule ("[hr]", "=====") or nothing; a footer ("Who
  is online", "All times are UTC+01:00", "Powered by phpBB® Forum Software © phpBB Limited");
- `app_export`: notes or saved articles exported from a read-it-later or notes app to one text
  file: maybe a header ("Exported from Instapaper on DATE", "Omnivore export", "Meine Leseliste");
  per item a separator of the page's kind ("==========" after or between items, "----- Note 3 of 7
  -----", a date heading "## 2024-03-19" when the day changes, "* * *", "⁂", or a run of blank
  lines), the metadata as "Key: value" lines ("Title: ...", "URL: ...", "Saved: ...", "Tags: #a
  #b", "Highlights: 3", "Author:", "Status: Archived"; English or localised keys, maybe bold or
  bulleted) or as YAML front matter ("---" / "title: ..." / "source: ..." / "date: ..." / "tags:
  [a, b]" / "---"), maybe the title again as a heading ("# TITLE"; the title is always shown at
  least once), maybe an "Open original" line, the paragraphs, maybe a highlights list ("##
  Highlights" and sentences of the article as "> ...", "- “...”", "• ...") and maybe a note ("Your
  notes:", "Meine Notizen:", "Mes notes :" and a short remark); maybe an end line ("— End of
  export —", "7 items exported").

Everything around the articles (blog names, menus, categories, avatars, author and date lines,
reading times, pull quotes, code lines, captions, tags, share and like lines, sidebars, signups,
search residue, life dates, publication lines, places, funeral homes, guest book actions, ads,
breadcrumbs, counters, markup remnants, labels, post headers, member info, source links,
signatures, action lines, replies and their quotes, thread tails, separators, metadata fields,
front matter, headings, highlights, notes, headers and footers) is furniture in English, German,
French or Spanish, chosen per page by the page's `random.Random`, and never part of the truth. A
page's truth is, per article in page order, the title as shown (without markup remnants such as
"[b]" and "[/b]", a "Topic:" or "Title:" label, a "# " heading mark or YAML quoting; in capitals
where the page shows it so) and the shown paragraphs joined by "\\n" (the first ones where the
layout cuts the article short). Only the first post of a thread is an article; the replies, and
the highlights of an exported item, quote the article but are not part of it.

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
    MIN_READ,
    MONTHS,
    RFC_WEEKDAYS,
    SHORT_MONTHS,
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


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------


def _pick(rng: random.Random, pool: Sequence[str], low: int, high: int) -> list[str]:
    """Between `low` and `high` entries of `pool`, in the pool's order."""
    count = rng.randint(min(low, len(pool)), min(high, len(pool)))
    return [pool[i] for i in sorted(rng.sample(range(len(pool)), count))]


def _cut(text: str, rng: random.Random, low: int, high: int) -> str:
    """`text` cut at a word boundary near a length between `low` and `high` (all of it when shorter)."""
    limit = rng.randint(low, high)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    if cut < limit // 2:  # no space to cut at (a script without spaces)
        cut = limit
    return text[:cut].rstrip(" ,;:—–-(“\"'«„")


ABBREVIATIONS = frozenset(
    _words(
        """
        Mr Mrs Ms Dr Prof Sr Jr St Rep Sen Gov Gen Lt Col Capt Sgt No vs etc Inc Ltd Co Corp
        Jan Feb Aug Sept Oct Nov Dec
        """
    )
)


def _sentences(paragraph: str) -> list[str]:
    """The paragraph split after ".", "!" or "?" (maybe with a closing quote) before a capital, a digit or
    an opening quote; not after an abbreviation ("Dr.", "Prof.") or initials ("U.S.", "W.")."""
    sentences = []
    start = 0
    for match in re.finditer(r"[.!?][”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9À-Ý])", paragraph):
        words = paragraph[start : match.start()].split()
        last = words[-1] if words else ""
        if match.group().startswith(".") and (last in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", last)):
            continue
        sentences.append(paragraph[start : match.start() + len(match.group().rstrip())].strip())
        start = match.end()
    sentences.append(paragraph[start:].strip())
    return [sentence for sentence in sentences if sentence]


def _quotable(paragraphs: Sequence[str], rng: random.Random, low: int = 40, high: int = 220) -> str:
    """A sentence of the paragraphs between `low` and `high` characters long, or else the start of a
    paragraph cut at a word with "…" after it (what a reader would highlight or a reply would quote)."""
    candidates = [s for p in paragraphs for s in _sentences(p) if low <= len(s) <= high]
    if candidates:
        return rng.choice(candidates)
    text = rng.choice(list(paragraphs))
    short = _cut(text, rng, 70, 140)
    return short if short == text else short + "…"


def _highlights(paragraphs: Sequence[str], rng: random.Random, count: int) -> list[str]:
    """Up to `count` distinct sentences of the paragraphs, in text order."""
    candidates: list[str] = []
    for paragraph in paragraphs:
        for sentence in _sentences(paragraph):
            if 30 <= len(sentence) <= 260 and sentence not in candidates:
                candidates.append(sentence)
    if not candidates:
        return [_quotable(paragraphs, rng)]
    chosen = sorted(rng.sample(range(len(candidates)), min(count, len(candidates))))
    return [candidates[i] for i in chosen]


GENERIC_TAGS = {
    "en": ("news", "engineering", "product", "culture", "data", "security", "longread", "to-read", "politics", "tech"),
    "de": ("news", "technik", "produkt", "kultur", "daten", "sicherheit", "lesenswert", "politik"),
    "fr": ("actu", "technique", "produit", "culture", "données", "sécurité", "à-lire", "politique"),
    "es": ("noticias", "ingeniería", "producto", "cultura", "datos", "seguridad", "para-leer", "política"),
}


def _tags(article: SourceArticle, lang: str, rng: random.Random, low: int, high: int) -> list[str]:
    """Tags for an item: one or two lower-cased key words of its title, then generic ones."""
    words = [
        w.lower()
        for w in key_words(article.title)
        if re.fullmatch(r"[^\W\d_][\w-]*", w) and re.search(rf"(?<!\w){re.escape(w)}", article.title)
    ]
    tags: list[str] = []
    for word in words[: rng.randint(0, 2)]:
        if word not in tags:
            tags.append(word)
    generic = list(GENERIC_TAGS[lang])
    rng.shuffle(generic)
    target = rng.randint(low, high)
    for tag in generic:
        if len(tags) >= target:
            break
        if tag not in tags:
            tags.append(tag)
    return tags


ARTICLE_DOMAINS = (
    "theguardian.com",
    "reuters.com",
    "bbc.co.uk",
    "npr.org",
    "apnews.com",
    "theverge.com",
    "arstechnica.com",
    "wired.com",
    "spiegel.de",
    "zeit.de",
    "lemonde.fr",
    "liberation.fr",
    "elpais.com",
    "eldiario.es",
    "nytimes.com",
    "washingtonpost.com",
)


URL_SHAPES = (
    "https://www.{d}/{y}/{m:02d}/{dd:02d}/{s}",
    "https://{d}/article/{s}-{n}",
    "https://www.{d}/news/{s}",
    "https://www.{d}/{y}/{s}.html",
)


def _article_url(article: SourceArticle, moment: dt.datetime, rng: random.Random, tracking: str = "") -> str:
    """A plausible URL of the article; with `tracking`, maybe the "?utm_source=" an app added to it."""
    domain = rng.choice(ARTICLE_DOMAINS)
    slug = _slug(article.title, rng)
    url = rng.choice(URL_SHAPES).format(
        d=domain, y=moment.year, m=moment.month, dd=moment.day, s=slug, n=rng.randrange(10**5, 10**8)
    )
    if tracking and rng.random() < 0.4:
        url += f"?utm_source={tracking}"
    return url


# ---------------------------------------------------------------------------
# company_blog
# ---------------------------------------------------------------------------

COMPANIES = {
    "en": ("Northwind", "Brightwater", "Kestrel Labs", "Quillpad", "Tessellate", "Orbitly", "Fernhill"),
    "de": ("Nordlicht Software", "Rheinwerk Digital", "Helios Energie", "Kranich Labs", "Brightwater"),
    "fr": ("Société Verte", "Atelier Numérique", "Ciel Bleu Technologies", "Quillpad", "Lumen & Co."),
    "es": ("Grupo Alba", "Brújula Labs", "Solana Digital", "Tessellate", "Faro Software"),
}
BLOG_NAMES = {
    "en": ("{c} Engineering", "The {c} Blog", "{c} Blog", "Inside {c}", "{c} Tech Blog", "Engineering at {c}"),
    "de": ("{c} Tech-Blog", "Der {c} Blog", "{c} Engineering", "Blog | {c}"),
    "fr": ("Le blog de {c}", "{c} Tech", "Le blog tech de {c}", "{c} Engineering"),
    "es": ("Blog de {c}", "El blog de {c}", "{c} Tech", "{c} Engineering"),
}
BLOG_TAGLINES = {
    "en": (
        "Stories from the people building {c}.",
        "Notes on engineering, product and culture.",
        "How we build {c}, and what we learn along the way.",
        "News, updates and deep dives from the {c} team.",
    ),
    "de": ("Geschichten aus unserem Entwicklungsteam.", "Technik, Produkt und Kultur bei {c}."),
    "fr": ("Les coulisses de l'équipe technique de {c}.", "Technique, produit et culture."),
    "es": ("Historias del equipo que construye {c}.", "Ingeniería, producto y cultura."),
}
BLOG_NAV = {
    "en": ("Home", "Engineering", "Product", "Design", "Culture", "Company", "Careers", "Search"),
    "de": ("Start", "Technik", "Produkt", "Design", "Kultur", "Unternehmen", "Karriere", "Suche"),
    "fr": ("Accueil", "Technique", "Produit", "Design", "Culture", "Entreprise", "Carrières", "Rechercher"),
    "es": ("Inicio", "Ingeniería", "Producto", "Diseño", "Cultura", "Empresa", "Empleo", "Buscar"),
}
LATEST_POSTS = {
    "en": ("Latest posts", "Recent posts", "All posts", "Latest from the blog", "Latest stories"),
    "de": ("Neueste Beiträge", "Alle Beiträge", "Aktuelle Artikel"),
    "fr": ("Derniers articles", "Tous les articles", "Articles récents"),
    "es": ("Últimas entradas", "Todas las entradas", "Artículos recientes"),
}
BLOG_CATEGORIES = {
    "en": (
        "Engineering",
        "Product",
        "Culture",
        "Security",
        "Data",
        "Infrastructure",
        "Design",
        "Company News",
        "Announcements",
        "Open Source",
    ),
    "de": ("Technik", "Produkt", "Kultur", "Sicherheit", "Daten", "Infrastruktur", "Unternehmen", "Neuigkeiten"),
    "fr": ("Technique", "Produit", "Culture", "Sécurité", "Données", "Infrastructure", "Entreprise", "Actualités"),
    "es": ("Ingeniería", "Producto", "Cultura", "Seguridad", "Datos", "Infraestructura", "Empresa", "Novedades"),
}
CATEGORY_LABELS = {"en": "Category: ", "de": "Kategorie: ", "fr": "Catégorie : ", "es": "Categoría: "}
AVATAR_ALTS = {
    "en": ("Avatar of {a}", "{a}'s avatar", "Photo of {a}", "{a} avatar", "Headshot of {a}"),
    "de": ("Profilbild von {a}", "Avatar von {a}", "Foto von {a}"),
    "fr": ("Photo de {a}", "Avatar de {a}", "Portrait de {a}"),
    "es": ("Foto de {a}", "Avatar de {a}", "Imagen de {a}"),
}
WRITTEN_BY = {
    "en": ("Written by {a}", "Written by {a}, {role}", "Posted by {a}", "By {a}, {role}", "{a} · {role}", "By {a}"),
    "de": ("Geschrieben von {a}", "Von {a}, {role}", "{a} · {role}", "Ein Beitrag von {a}"),
    "fr": ("Écrit par {a}", "Par {a}, {role}", "{a} · {role}", "Publié par {a}"),
    "es": ("Escrito por {a}", "Por {a}, {role}", "{a} · {role}", "Publicado por {a}"),
}
BLOG_ROLES = {
    "en": (
        "Senior Software Engineer",
        "Staff Engineer",
        "Engineering Manager",
        "Head of Product",
        "Data Scientist",
        "Product Designer",
        "Developer Advocate",
        "VP of Engineering",
        "Site Reliability Engineer",
        "Co-founder & CTO",
    ),
    "de": ("Softwareentwicklerin", "Senior Backend-Entwickler", "Teamlead Plattform", "Head of Data", "CTO"),
    "fr": (
        "Ingénieure logiciel",
        "Développeur backend",
        "Responsable produit",
        "Data scientist",
        "Directrice technique",
    ),
    "es": ("Ingeniera de software", "Desarrollador backend", "Responsable de producto", "Científica de datos", "CTO"),
}
BLOG_DATES = {
    "en": ("{date}", "{date}", "Published {date}", "Posted on {date}", "Updated {date}", "Published on {date}"),
    "de": ("{date}", "{date}", "Veröffentlicht am {date}", "Aktualisiert am {date}"),
    "fr": ("{date}", "{date}", "Publié le {date}", "Mis à jour le {date}"),
    "es": ("{date}", "{date}", "Publicado el {date}", "Actualizado el {date}"),
}
PULL_QUOTES = ("“{q}”", "> {q}", '"{q}"', "❝ {q} ❞", "„{q}“", "« {q} »")
CODE_LINES = (
    "$ npm install --save @{slug}/client",
    "curl -s https://api.{slug}.example/v2/status | jq .",
    "SELECT region, count(*) FROM events GROUP BY region;",
    "kubectl -n prod rollout restart deployment/api",
    'git log --oneline --since="2 weeks ago" | wc -l',
    "pip install {slug}-sdk==2.4.1",
    "docker run --rm -p 8080:8080 {slug}/gateway:latest",
    "export FEATURE_FLAGS=new_checkout,fast_search",
    "terraform plan -var-file=prod.tfvars",
    "for f in logs/*.gz; do zcat $f | grep -c ERROR; done",
)
CODE_LANGS = ("bash", "sql", "shell", "")
BLOG_CAPTIONS = {
    "en": ("Figure {n}: {thing}", "Image: {thing}", "Photo by {a} on Unsplash", "{thing} (click to enlarge)"),
    "de": ("Abbildung {n}: {thing}", "Foto: {a}", "Bild: {thing}"),
    "fr": ("Figure {n} : {thing}", "Photo : {a}", "Illustration : {thing}"),
    "es": ("Figura {n}: {thing}", "Foto: {a}", "Imagen: {thing}"),
}
CAPTION_THINGS = {
    "en": (
        "Our team at the spring offsite",
        "The new dashboard",
        "Request latency before and after the change",
        "Architecture overview",
        "The whiteboard after our planning session",
    ),
    "de": ("Das Team beim Offsite", "Das neue Dashboard", "Latenz vor und nach der Umstellung", "Architekturübersicht"),
    "fr": ("L'équipe lors du séminaire", "Le nouveau tableau de bord", "La latence avant et après", "L'architecture"),
    "es": ("El equipo en el offsite", "El nuevo panel", "Latencia antes y después del cambio", "La arquitectura"),
}
BLOG_TAG_LINES = {
    "en": ("Tags: {tags}", "Tagged: {tags}", "{hashtags}", "Topics: {tags}", "Filed under {tags}"),
    "de": ("Tags: {tags}", "Schlagwörter: {tags}", "{hashtags}"),
    "fr": ("Tags : {tags}", "Mots-clés : {tags}", "{hashtags}"),
    "es": ("Etiquetas: {tags}", "Tags: {tags}", "{hashtags}"),
}
SHARE_POST = {
    "en": (
        "Share this post",
        "Share this post  X  LinkedIn  Facebook  Copy link",
        "Share: X · LinkedIn · Email",
        "♡ Like  ·  Share",
        "Like  Share",
        "Share on LinkedIn | Share on X",
    ),
    "de": ("Beitrag teilen", "Teilen: X · LinkedIn · E-Mail", "♡ Gefällt mir  ·  Teilen"),
    "fr": ("Partager cet article", "Partager : X · LinkedIn · E-mail", "♡ J'aime  ·  Partager"),
    "es": ("Compartir esta entrada", "Compartir: X · LinkedIn · Correo", "♡ Me gusta  ·  Compartir"),
}
LIKE_LINES = {
    "en": ("♡ {n}", "👏 {n}", "{n} likes", "Like ({n})"),
    "de": ("♡ {n}", "{n} Likes", "Gefällt {n} Personen"),
    "fr": ("♡ {n}", "{n} j'aime", "👏 {n}"),
    "es": ("♡ {n}", "{n} me gusta", "👏 {n}"),
}
BLOG_COMMENTS = {
    "en": ("{n} comments", "{n} Comments", "Leave a comment", "Join the discussion ({n})"),
    "de": ("{n} Kommentare", "Kommentar schreiben"),
    "fr": ("{n} commentaires", "Laisser un commentaire"),
    "es": ("{n} comentarios", "Deja un comentario"),
}
# (about, categories, archives) headings of the sidebar.
SIDEBAR_HEADS = {
    "en": (("About us", "About", "About this blog"), ("Categories", "Topics"), ("Archives", "Archive", "Blog archive")),
    "de": (("Über uns", "Über diesen Blog"), ("Kategorien", "Themen"), ("Archiv", "Beitragsarchiv")),
    "fr": (("À propos", "Qui sommes-nous ?"), ("Catégories", "Thèmes"), ("Archives",)),
    "es": (("Sobre nosotros", "Acerca de"), ("Categorías", "Temas"), ("Archivo", "Archivos")),
}
ABOUT_BLURBS = {
    "en": (
        "{c} builds software that helps teams ship faster. This is where our engineers, designers and "
        "product people write about their work.",
        "We're {c}. We write here about how we build our product and how we run our company.",
        "The official blog of {c}: engineering deep dives, product news and stories from our team.",
    ),
    "de": (
        "{c} entwickelt Software für Teams. Hier schreiben unsere Entwicklerinnen und Entwickler über ihre Arbeit.",
        "Das offizielle Blog von {c}: Technik, Produkt und Unternehmenskultur.",
    ),
    "fr": (
        "{c} conçoit des logiciels pour les équipes. Ici, nos ingénieurs et designers racontent leur travail.",
        "Le blog officiel de {c} : technique, produit et culture d'entreprise.",
    ),
    "es": (
        "{c} crea software para equipos. Aquí nuestros ingenieros y diseñadores escriben sobre su trabajo.",
        "El blog oficial de {c}: ingeniería, producto y cultura de empresa.",
    ),
}
SEARCH_BOXES = {"en": ("Search …", "Search this blog"), "de": ("Suche …",), "fr": ("Rechercher…",), "es": ("Buscar…",)}
FOLLOW_US = {
    "en": ("Follow us: X · LinkedIn · GitHub · RSS", "RSS feed", "Follow us on LinkedIn"),
    "de": ("Folgen Sie uns: LinkedIn · GitHub · RSS", "RSS-Feed"),
    "fr": ("Suivez-nous : LinkedIn · GitHub · RSS", "Flux RSS"),
    "es": ("Síguenos: LinkedIn · GitHub · RSS", "Feed RSS"),
}
OLDER = {"en": "Older posts", "de": "Ältere Beiträge", "fr": "Articles plus anciens", "es": "Entradas anteriores"}
BLOG_PAGINATION = {
    "en": ("Older posts →", "Load more", "Page 1 of {p}", "← Newer  ·  Older →", "1 2 3 … {p}  Next"),
    "de": ("Ältere Beiträge →", "Mehr laden", "Seite 1 von {p}"),
    "fr": ("Articles plus anciens →", "Charger plus", "Page 1 sur {p}"),
    "es": ("Entradas anteriores →", "Cargar más", "Página 1 de {p}"),
}
SIGNUPS = {
    "en": (
        ("Subscribe to our newsletter", "Get new posts delivered to your inbox.", "Email address", "Subscribe"),
        ("Stay in the loop", "Join {n} engineers who get our monthly roundup.", "you@company.com   Sign up"),
        ("Never miss a post", "Enter your email   Subscribe", "No spam. Unsubscribe at any time."),
    ),
    "de": (
        ("Newsletter abonnieren", "Neue Beiträge direkt in Ihr Postfach.", "E-Mail-Adresse", "Abonnieren"),
        ("Bleiben Sie auf dem Laufenden", "E-Mail-Adresse eingeben   Anmelden", "Abmeldung jederzeit möglich."),
    ),
    "fr": (
        ("Abonnez-vous à notre newsletter", "Recevez nos nouveaux articles par e-mail.", "Adresse e-mail", "S'abonner"),
        ("Restez informé", "Votre e-mail   S'inscrire", "Pas de spam. Désinscription en un clic."),
    ),
    "es": (
        (
            "Suscríbete a nuestra newsletter",
            "Recibe las nuevas entradas en tu correo.",
            "Correo electrónico",
            "Suscribirme",
        ),
        ("No te pierdas nada", "Tu correo   Apuntarme", "Sin spam. Puedes darte de baja cuando quieras."),
    ),
}
BLOG_FOOTERS = {
    "en": ("© {year} {c}. All rights reserved.", "© {year} {c}, Inc.", "Privacy · Terms · Careers · Status"),
    "de": ("© {year} {c}", "Impressum · Datenschutz · Karriere"),
    "fr": ("© {year} {c}", "Mentions légales · Confidentialité · Carrières"),
    "es": ("© {year} {c}", "Aviso legal · Privacidad · Empleo"),
}


def _blog_sidebar(lang: str, rng: random.Random, company: str, when: dt.datetime) -> list[list[str]]:
    """The sidebar's blocks: a search box, "About us", categories with counts, archives by month, follow."""
    about_heads, category_heads, archive_heads = SIDEBAR_HEADS[lang]
    blocks: list[list[str]] = []
    if rng.random() < 0.3:
        blocks.append([rng.choice(SEARCH_BOXES[lang])])
    if rng.random() < 0.8:
        blocks.append([rng.choice(about_heads), rng.choice(ABOUT_BLURBS[lang]).format(c=company)])
    count_shape = rng.choice(("{c} ({n})", "{c} ({n})", "{c} {n}", "{c} · {n}", "{c}"))
    if rng.random() < 0.85:
        lines = [count_shape.format(c=c, n=rng.randint(1, 90)) for c in _pick(rng, BLOG_CATEGORIES[lang], 3, 7)]
        blocks.append([rng.choice(category_heads), *lines])
    if rng.random() < 0.8 or len(blocks) < 2:
        year, month = when.year, when.month
        lines = []
        for _ in range(rng.randint(4, 9)):
            name = MONTHS[lang][month - 1]
            lines.append(count_shape.format(c=f"{name} {year}", n=rng.randint(1, 12)))
            month -= 1
            if month == 0:
                year, month = year - 1, 12
        if rng.random() < 0.3:
            lines.append(OLDER[lang] + " …")
        blocks.append([rng.choice(archive_heads), *lines])
    if rng.random() < 0.35:
        blocks.append([rng.choice(FOLLOW_US[lang])])
    return blocks


def build_company_blog(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A company's or engineering team's blog index saved as text, the posts in full.

    The blog's name, maybe a tagline, a menu and a "Latest posts" heading; per post maybe a category
    line, the title, the author (avatar alt text, name and role; "Written by NAME"; or one line with
    the date and the reading time), the date line, the paragraphs with pull quotes, code lines or
    image captions between some, then tags, share, like and comment lines; a sidebar (about,
    categories, archives) between two posts or at the end; pagination, a newsletter signup, a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    company = rng.choice(COMPANIES[lang])
    blog = rng.choice(BLOG_NAMES[lang]).format(c=company)
    styles = ("us", "long", "short", "iso", "numeric") if lang == "en" else ("long", "short", "numeric", "iso")
    date_style = rng.choice(styles)
    category_shape = ""
    if rng.random() < 0.8:
        category_shape = rng.choice(
            ("{cat}", "{cat}", "{CAT}", "{CAT}", "{cat} · {cat2}", CATEGORY_LABELS[lang] + "{cat}")
        )
    author_kind = rng.choice(("avatar", "written", "written", "stacked"))
    avatar = rng.choice(AVATAR_ALTS[lang])
    avatar_role = rng.random() < 0.7
    written = rng.choice(WRITTEN_BY[lang])
    date_shape = rng.choice(BLOG_DATES[lang])
    read_odds = rng.choice((0.0, 0.6, 1.0))
    read_apart = rng.random() < 0.3
    joiner = rng.choice((" · ", " · ", " — ", " | ", "  "))
    meta_joined = author_kind == "written" and rng.random() < 0.4
    date_above = not meta_joined and rng.random() < 0.3
    gap = rng.random() < 0.7
    head_gap = gap or rng.random() < 0.3
    quote_odds = rng.choice((0.0, 0.3, 0.6))
    quote_shape = rng.choice(PULL_QUOTES[:4] if lang == "en" else PULL_QUOTES)
    code_odds = rng.choice((0.0, 0.0, 0.3, 0.5))
    fence = rng.choice(("fenced", "fenced", "indented", "bare"))
    caption_odds = rng.choice((0.0, 0.3, 0.5))
    caption_shape = rng.choice(BLOG_CAPTIONS[lang])
    tag_shape = rng.choice(BLOG_TAG_LINES[lang]) if rng.random() < 0.7 else ""
    share = rng.choice(SHARE_POST[lang]) if rng.random() < 0.7 else ""
    like = rng.choice(LIKE_LINES[lang]) if rng.random() < 0.3 else ""
    comments = rng.choice(BLOG_COMMENTS[lang]) if rng.random() < 0.3 else ""
    tail_gap = gap or rng.random() < 0.5
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = _separator(rng)
    sidebar_at = rng.choice(("end", "end", "between", "none"))
    sidebar_after = rng.randrange(len(articles) - 1) if sidebar_at == "between" and len(articles) > 1 else -1
    if sidebar_at == "between" and sidebar_after < 0:
        sidebar_at = "end"
    sheet = _Sheet()

    def sidebar() -> None:
        sheet.blank(rng.randint(1, 2))
        for block in _blog_sidebar(lang, rng, company, when):
            sheet.add(*block)
            sheet.blank()

    sheet.add(blog)
    if rng.random() < 0.5:
        sheet.add(rng.choice(BLOG_TAGLINES[lang]).format(c=company))
    if rng.random() < 0.75:
        nav = [BLOG_NAV[lang][0], *_pick(rng, BLOG_NAV[lang][1:], 3, 7)]
        if rng.random() < 0.3:
            sheet.add(*nav)
        else:
            sheet.add(rng.choice(("  ", " | ", " · ", "   ")).join(nav))
    sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.5:
        sheet.add(rng.choice(LATEST_POSTS[lang]))
        sheet.blank(rng.choice((0, 1, 1)))

    moment = when
    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank()
                sheet.add(rule)
                sheet.blank()
            elif between == "blank":
                sheet.blank(rng.randint(1, 3))
        moment -= dt.timedelta(days=rng.randint(1, 21), minutes=rng.randint(0, 900))
        author = rng.choice(AUTHORS)
        role = rng.choice(BLOG_ROLES[lang])
        words = sum(len(p.split()) for p in article.paragraphs)
        reading = MIN_READ[lang].format(n=max(1, round(words / rng.choice((200, 230, 250)))))
        with_read = rng.random() < read_odds
        dated = date_shape.format(date=_date(moment, lang, date_style))
        if category_shape:
            cat, cat2 = rng.sample(BLOG_CATEGORIES[lang], 2)
            sheet.add(category_shape.format(cat=cat, cat2=cat2, CAT=cat.upper()))
        if date_above:
            sheet.add(dated + (joiner + reading if with_read and not read_apart else ""))
        sheet.add(article.title)
        if meta_joined:
            line = written.format(a=author, role=role) + joiner + _date(moment, lang, date_style)
            sheet.add(line + (joiner + reading if with_read else ""))
        else:
            if author_kind == "avatar":
                sheet.add(avatar.format(a=author), author, *([role] if avatar_role else []))
            elif author_kind == "stacked":
                sheet.add(author, role)
            else:
                sheet.add(written.format(a=author, role=role))
            if not date_above:
                sheet.add(dated + (joiner + reading if with_read and not read_apart else ""))
            if with_read and read_apart:
                sheet.add(reading)
        if head_gap:
            sheet.blank()

        paragraphs = article.paragraphs
        spots = list(range(1, len(paragraphs)))
        rng.shuffle(spots)
        breaks: dict[int, list[list[str]]] = {}
        if spots and rng.random() < quote_odds:
            spot = spots.pop()
            breaks.setdefault(spot, []).append([quote_shape.format(q=_quotable(paragraphs[:spot], rng))])
        if spots and rng.random() < code_odds:
            slug = _slug(company, rng).split("-")[0]
            lines = [rng.choice(CODE_LINES).format(slug=slug) for _ in range(rng.choice((1, 1, 2)))]
            if fence == "fenced":
                lines = ["```" + rng.choice(CODE_LANGS), *lines, "```"]
            elif fence == "indented":
                lines = ["    " + line for line in lines]
            breaks.setdefault(spots.pop(), []).append(lines)
        if spots and rng.random() < caption_odds:
            caption = caption_shape.format(
                n=rng.randint(1, 4), thing=rng.choice(CAPTION_THINGS[lang]), a=rng.choice(AUTHORS)
            )
            breaks.setdefault(spots.pop(), []).append([caption])
        write_article(sheet, article.title, paragraphs, gap, breaks=breaks)

        tail: list[str] = []
        if tag_shape and rng.random() < 0.85:
            tags = _tags(article, lang, rng, 2, 4)
            tail.append(tag_shape.format(tags=", ".join(tags), hashtags=" ".join("#" + t for t in tags)))
        if share and rng.random() < 0.9:
            tail.append(share)
        if like:
            tail.append(like.format(n=rng.randint(2, 480)))
        if comments and rng.random() < 0.8:
            tail.append(comments.format(n=rng.randint(0, 60)))
        if tail:
            if tail_gap:
                sheet.blank()
            sheet.add(*tail)
        if i == sidebar_after:
            sidebar()

    if sidebar_at == "end":
        sidebar()
    else:
        sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.5:
        sheet.add(rng.choice(BLOG_PAGINATION[lang]).format(p=rng.randint(2, 40)))
        sheet.blank()
    if rng.random() < 0.9:
        signup = rng.choice(SIGNUPS[lang])
        lines = [signup[0], *(line for line in signup[1:] if rng.random() < 0.75)]
        sheet.add(*(line.format(n=_thousands(rng.randint(2, 90) * 1000, lang)) for line in lines))
        sheet.blank()
    if rng.random() < 0.8:
        footers = BLOG_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 2)))
        sheet.add(*(footers[k].format(year=when.year, c=company) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# obituaries
# ---------------------------------------------------------------------------

OBIT_SITES = {
    "en": (
        "The Springfield Courier",
        "Lakeside Gazette",
        "The Daily Sentinel",
        "Valley Herald-Tribune",
        "Northfield News",
    ),
    "de": ("Oberland-Kurier", "Neue Kreiszeitung", "Westfalen-Bote", "Allgäuer Rundschau"),
    "fr": ("L'Écho de la Vallée", "Le Républicain du Centre", "La Dépêche de l'Ouest", "Le Petit Courrier"),
    "es": ("La Voz del Valle", "El Diario de la Vega", "Heraldo de la Sierra", "Crónica de la Ribera"),
}
OBIT_MENUS = {
    "en": ("News", "Local", "Sports", "Business", "Opinion", "Obituaries", "Classifieds", "E-Edition", "Weather"),
    "de": ("Lokales", "Region", "Sport", "Kultur", "Traueranzeigen", "Immobilien", "Stellen", "E-Paper"),
    "fr": ("Actualité", "Faits divers", "Sports", "Loisirs", "Avis de décès", "Petites annonces", "Journal numérique"),
    "es": ("Local", "Comarca", "Deportes", "Cultura", "Esquelas", "Clasificados", "Hemeroteca"),
}
OBIT_ACCOUNT = {
    "en": ("Sign in | Subscribe", "Subscribe  Log in", "Subscribe for $1"),
    "de": ("Anmelden | Abo", "Jetzt abonnieren  Anmelden"),
    "fr": ("Se connecter | S'abonner", "S'abonner  Connexion"),
    "es": ("Iniciar sesión | Suscríbete", "Suscríbete  Entrar"),
}
OBIT_HEADINGS = {
    "en": ("Obituaries", "Death Notices", "Obituaries & Death Notices", "Recent Obituaries", "OBITUARIES"),
    "de": ("Traueranzeigen", "Todesanzeigen", "Nachrufe", "Traueranzeigen aus der Region"),
    "fr": ("Avis de décès", "Nécrologie", "Carnet du jour", "Avis d'obsèques"),
    "es": ("Esquelas", "Obituarios", "Necrológicas", "Esquelas y defunciones"),
}
OBIT_SEARCH = {
    "en": (
        "Search by name",
        "First name   Last name   Search",
        "Filter by date",
        "Last 30 days ▾",
        "Funeral home ▾",
        "Sort: Newest first ▾",
    ),
    "de": ("Nach Namen suchen", "Vorname   Nachname   Suchen", "Nach Datum filtern", "Letzte 14 Tage ▾", "Ort ▾"),
    "fr": ("Rechercher un nom", "Nom   Prénom   Rechercher", "Filtrer par date", "7 derniers jours ▾", "Commune ▾"),
    "es": ("Buscar por nombre", "Nombre   Apellidos   Buscar", "Filtrar por fecha", "Últimos 30 días ▾", "Localidad ▾"),
}
OBIT_COUNTS = {
    "en": ("{n} obituaries", "Showing 1–{k} of {n}", "{n} results"),
    "de": ("{n} Traueranzeigen", "{n} Treffer", "1–{k} von {n}"),
    "fr": ("{n} avis de décès", "{n} résultats", "1 à {k} sur {n}"),
    "es": ("{n} esquelas", "{n} resultados", "1–{k} de {n}"),
}
# {by}/{dy} the years, {birth}/{death} the dates in the page's style, {bnum}/{dnum} numeric dates, {age}.
LIFESPANS = {
    "en": ("{by} – {dy}", "{by} - {dy}", "{birth} – {death}", "{birth} - {death}", "Age {age}", "Died {death}"),
    "de": ("* {bnum}  † {dnum}", "{by} – {dy}", "* {birth}  † {death}", "† {death}", "geb. {bnum}, gest. {dnum}"),
    "fr": ("{by} - {dy}", "{birth} - {death}", "Décédé(e) le {death} à l'âge de {age} ans", "{age} ans"),
    "es": ("{by} - {dy}", "({by} - {dy})", "Falleció el {death}", "{birth} – {death}", "{age} años"),
}
PUBLISHED_LINES = {
    "en": ("Published in {site} on {date}.", "Published by {site} on {date}.", "Published {date}", "{site} · {date}"),
    "de": ("Erschienen in {site} am {date}", "Veröffentlicht am {date}", "{site} · {date}", "Traueranzeige vom {date}"),
    "fr": ("Publié dans {site} le {date}", "Paru le {date}", "{site} · {date}", "Avis paru le {date}"),
    "es": ("Publicado en {site} el {date}", "Publicada el {date}", "{site} · {date}", "Esquela publicada el {date}"),
}
OBIT_PLACES = {
    "en": (
        "Springfield, Ohio",
        "Hamilton, OH",
        "Cedar Falls, Iowa",
        "Portland, Maine",
        "Bakersfield, CA",
        "Lakewood, Colorado",
        "Northfield, Minn.",
    ),
    "de": ("Bielefeld", "Münster-Hiltrup", "Kempten (Allgäu)", "Bad Tölz", "Paderborn", "Lindau"),
    "fr": ("Clermont-Ferrand (63)", "Angers", "Brive-la-Gaillarde", "Vannes (56)", "Annecy", "Aurillac (15)"),
    "es": ("Valladolid", "Lorca (Murcia)", "Ourense", "Jerez de la Frontera", "Alcalá de Henares"),
}
FUNERAL_HOMES = {
    "en": (
        ("Arrangements by {n} Funeral Home", "{n} Funeral Home & Cremation Services", "Services by {n} Funeral Chapel"),
        ("Miller", "Hartley", "O'Connor", "Whitfield", "Sanders"),
    ),
    "de": (("Bestattungen {n}", "Bestattungshaus {n}", "Trauerhilfe {n}"), ("Krause", "Bauer", "Hoffmann", "Lindner")),
    "fr": (("Pompes funèbres {n}", "PF {n}", "Funérarium {n}"), ("Martin", "Durand", "Lefèvre", "Roux")),
    "es": (
        ("Tanatorio {n}", "Funeraria {n}", "Servicios funerarios {n}"),
        ("San José", "La Paz", "Ortiz", "Del Valle"),
    ),
}
FULL_NOTICE = {
    "en": ("View full notice", "Read more", "Read full obituary", "View obituary »"),
    "de": ("Anzeige ansehen", "Weiterlesen", "Zur Traueranzeige »"),
    "fr": ("Voir l'avis complet", "Lire la suite", "Voir l'avis »"),
    "es": ("Ver esquela completa", "Leer más", "Ver esquela »"),
}
OBIT_ACTIONS = {
    "en": ("Sign Guest Book", "Send Flowers", "Light a Candle", "View full notice", "Share", "Plant a Tree"),
    "de": ("Kondolieren", "Kerze anzünden", "Blumen senden", "Gedenkseite besuchen", "Teilen"),
    "fr": ("Signer le registre", "Déposer une condoléance", "Envoyer des fleurs", "Allumer une bougie", "Partager"),
    "es": ("Firmar el libro de condolencias", "Enviar flores", "Encender una vela", "Dejar un mensaje", "Compartir"),
}
GUEST_BOOK_COUNTS = {
    "en": ("{n} entries", "{n} Guest Book entries", "{n} candles lit", "{n} memories shared"),
    "de": ("{n} Kondolenzen", "{n} Kerzen", "{n} Einträge"),
    "fr": ("{n} condoléances", "{n} messages", "{n} bougies"),
    "es": ("{n} condolencias", "{n} mensajes", "{n} velas"),
}
ADVERTISEMENTS = {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "es": "Publicidad"}
OBIT_FOOTERS = {
    "en": (
        "Load more obituaries",
        "Place an obituary",
        "To place a death notice, call (555) 01{m} or email obits@{domain}",
        "Powered by Memoria",
        "© {year} {site}",
    ),
    "de": (
        "Weitere Anzeigen laden",
        "Traueranzeige aufgeben",
        "Anzeigenannahme: Tel. 0521 555 {m}",
        "© {year} {site}",
    ),
    "fr": (
        "Voir plus d'avis",
        "Publier un avis de décès",
        "Service des avis : 05 55 {m} {m} {m}",
        "© {year} {site}",
    ),
    "es": (
        "Cargar más esquelas",
        "Publicar una esquela",
        "Atención al cliente: 900 555 {m}",
        "© {year} {site}",
    ),
}


def build_obituaries(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A newspaper's obituaries / death-notices listing; the articles stand in for the notices.

    The paper's name, a menu, a heading, maybe a search form's residue and a count; per item the
    title (maybe in capitals), a life-dates line and/or a "Published in PAPER on DATE" line, maybe a
    place, the paragraphs (or the first ones and "View full notice"), maybe a funeral home and a guest
    book count, then "Sign Guest Book" / "Send Flowers" / "Share" actions; items split by blank lines,
    tildes, an "Advertisement" line or nothing; a footer.
    """
    lang = _lang(rng)
    when = _when(rng)
    site = rng.choice(OBIT_SITES[lang])
    styles = ("us", "long", "short", "numeric") if lang == "en" else ("long", "short", "numeric")
    date_style = rng.choice(styles)
    caps = rng.random() < 0.15
    lifespan = rng.choice(LIFESPANS[lang]) if rng.random() < 0.75 else ""
    published = rng.choice(PUBLISHED_LINES[lang]) if not lifespan or rng.random() < 0.45 else ""
    published_at = rng.choice(("head", "head", "tail"))
    place_odds = rng.choice((0.0, 0.5, 0.9))
    place_first = rng.random() < 0.3
    home_shapes, home_names = FUNERAL_HOMES[lang]
    home_shape = rng.choice(home_shapes) if rng.random() < 0.35 else ""
    excerpts = rng.random() < 0.3
    more = rng.choice(FULL_NOTICE[lang])
    actions = _pick(rng, [a for a in OBIT_ACTIONS[lang] if a != more], 2, 4)
    action_join = rng.choice(("\n", "  ", " | ", " · ", "   "))
    entries = rng.choice(GUEST_BOOK_COUNTS[lang]) if rng.random() < 0.3 else ""
    separator = rng.choice(("blank", "blank", "tilde", "advert", "none"))
    tilde = rng.choice(("~", "~ ~ ~", "~" * rng.randint(8, 30), "~~~"))
    airy = rng.random() < 0.6
    gap = rng.random() < 0.45
    head_gap = gap or rng.random() < 0.3
    sheet = _Sheet()

    sheet.add(site)
    if rng.random() < 0.6:
        menu = _pick(rng, OBIT_MENUS[lang], 4, 8)
        sheet.add(rng.choice(("  ", " | ", " · ")).join(menu))
    if rng.random() < 0.4:
        sheet.add(rng.choice(OBIT_ACCOUNT[lang]))
    sheet.blank(rng.randint(1, 2))
    sheet.add(rng.choice(OBIT_HEADINGS[lang]))
    if rng.random() < 0.6:
        sheet.add(*_pick(rng, OBIT_SEARCH[lang], 1, 3))
    if rng.random() < 0.4:
        total = rng.randint(len(articles) + 3, 400)
        sheet.add(rng.choice(OBIT_COUNTS[lang]).format(n=total, k=min(total, rng.choice((10, 20, 25)))))
    sheet.blank(rng.randint(1, 2))

    moment = when
    for i, article in enumerate(articles):
        if i:
            if separator == "blank":
                sheet.blank(rng.randint(1, 3))
            elif separator == "tilde":
                sheet.blank(1 if airy else 0)
                sheet.add(tilde)
                sheet.blank(1 if airy else 0)
            elif separator == "advert":
                sheet.blank()
                if rng.random() < 0.5:
                    sheet.add(ADVERTISEMENTS[lang])
                    sheet.blank()
        moment -= dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)), minutes=rng.randint(0, 300))
        death = moment - dt.timedelta(days=rng.randint(1, 6))
        age = rng.randint(48, 101)
        birth = dt.datetime(death.year - age, rng.randint(1, 12), rng.randint(1, 28))
        if (birth.month, birth.day) > (death.month, death.day):
            age -= 1
        pub_line = published.format(site=site, date=_date(moment, lang, date_style))
        title = article.title.upper() if caps else article.title
        if place_first and rng.random() < place_odds:
            sheet.add(rng.choice(OBIT_PLACES[lang]))
        sheet.add(title)
        if lifespan:
            sheet.add(
                lifespan.format(
                    by=birth.year,
                    dy=death.year,
                    birth=_date(birth, lang, date_style),
                    death=_date(death, lang, date_style),
                    bnum=_date(birth, lang, "numeric"),
                    dnum=_date(death, lang, "numeric"),
                    age=age,
                )
            )
        if not place_first and rng.random() < place_odds:
            sheet.add(rng.choice(OBIT_PLACES[lang]))
        if published and published_at == "head":
            sheet.add(pub_line)
        if head_gap:
            sheet.blank()
        shown = article.paragraphs
        if excerpts and len(shown) > 1:
            shown = shown[: rng.randint(1, 2)]
        write_article(sheet, title, shown, gap)
        tail: list[str] = []
        if excerpts and len(shown) < len(article.paragraphs):
            tail.append(more)
        if published and published_at == "tail":
            tail.append(pub_line)
        if home_shape and rng.random() < 0.7:
            tail.append(home_shape.format(n=rng.choice(home_names)))
        if entries and rng.random() < 0.8:
            tail.append(entries.format(n=rng.randint(1, 60)))
        if rng.random() < 0.9:
            shown_actions = [a for a in actions if rng.random() < 0.85] or actions[:1]
            tail.extend(action_join.join(shown_actions).split("\n"))
        if tail:
            if gap or rng.random() < 0.3:
                sheet.blank()
            sheet.add(*tail)

    if rng.random() < 0.8:
        sheet.blank(rng.randint(1, 2))
        footers = OBIT_FOOTERS[lang]
        chosen = sorted(rng.sample(range(len(footers)), rng.randint(1, 3)))
        domain = _slug(site, rng).replace("-", "") + ".example"
        sheet.add(*(footers[k].format(m=rng.randint(10, 99), domain=domain, year=when.year, site=site) for k in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# forum_digest_bbcode
# ---------------------------------------------------------------------------

FORUM_NAMES = {
    "en": ("Northwind Community Forums", "The Commons Board", "Riverside Talk", "Current Affairs Forum", "OpenDesk"),
    "de": ("Stammtisch-Forum", "Nachrichtenforum Nord", "Das Debattenbrett", "Forum am Markt"),
    "fr": ("Forum Actu & Débats", "Le Café du Commerce", "Forum de la Place", "Le Comptoir"),
    "es": ("Foro de Actualidad", "La Tertulia", "Foro Ciudadano", "El Ágora"),
}
QUICK_LINKS = {
    "en": ("Quick links  FAQ  Login  Register", "FAQ | Search | Members | Login", "Home  Forums  What's new  Members"),
    "de": ("Schnellzugriff  FAQ  Anmelden  Registrieren", "FAQ | Suche | Mitglieder | Anmelden"),
    "fr": ("Raccourcis  FAQ  Connexion  S'enregistrer", "FAQ | Rechercher | Membres | Connexion"),
    "es": ("Enlaces rápidos  FAQ  Identificarse  Registrarse", "FAQ | Buscar | Miembros | Entrar"),
}
BREADCRUMBS = {
    "en": ("Board index ‹ {board}", "Forum » {board}", "Home › Forums › {board}", "Board index » {board}"),
    "de": ("Foren-Übersicht ‹ {board}", "Forum » {board}", "Startseite › Foren › {board}"),
    "fr": ("Index du forum ‹ {board}", "Forum » {board}", "Accueil › Forums › {board}"),
    "es": ("Índice general ‹ {board}", "Foro » {board}", "Inicio › Foros › {board}"),
}
BOARDS = {
    "en": ("News & Current Events", "General Discussion", "Off-Topic", "World News", "The Lounge"),
    "de": ("Aktuelles", "Politik & Gesellschaft", "Off-Topic", "Nachrichten"),
    "fr": ("Actualités", "Discussions générales", "Hors-sujet", "Le monde"),
    "es": ("Actualidad", "General", "Off-topic", "Noticias del mundo"),
}
DIGEST_HEADS = {
    "en": ("Daily digest — {date}", "Your weekly digest: {n} new topics", "Top topics this week", "Active topics"),
    "de": ("Tägliche Zusammenfassung — {date}", "Ihre Wochenübersicht: {n} neue Themen", "Aktive Themen"),
    "fr": ("Résumé du jour — {date}", "Votre résumé hebdomadaire : {n} nouveaux sujets", "Sujets actifs"),
    "es": ("Resumen diario — {date}", "Tu resumen semanal: {n} temas nuevos", "Temas activos"),
}
TOPIC_COUNTS = {
    "en": ("{n} topics • Page 1 of {p}", "New Topic   Search this forum…   {n} topics"),
    "de": ("{n} Themen • Seite 1 von {p}", "Neues Thema   Dieses Forum durchsuchen …   {n} Themen"),
    "fr": ("{n} sujets • Page 1 sur {p}", "Nouveau sujet   Rechercher dans ce forum…   {n} sujets"),
    "es": ("{n} temas • Página 1 de {p}", "Nuevo tema   Buscar en este foro…   {n} temas"),
}
TOPIC_LABELS = {"en": "Topic: ", "de": "Thema: ", "fr": "Sujet : ", "es": "Tema: "}
TITLE_MARKUPS = ("[b]{t}[/b]", "**{t}**", "[size=150]{t}[/size]", "[u][b]{t}[/b][/u]", "[b]{t}[/b]", "{t}")
POSTED_BY = {
    "en": ("Posted by {u} » {date}", "Post by {u} » {date}", "by {u} » {date}", "{u} » {date}", "#1 by {u} » {date}"),
    "de": ("Beitrag von {u} » {date}", "von {u} » {date}", "{u} » {date}"),
    "fr": ("Message par {u} » {date}", "par {u} » {date}", "{u} » {date}"),
    "es": ("Mensaje por {u} » {date}", "por {u} » {date}", "{u} » {date}"),
}
WROTE = {
    "en": ("{u} wrote:", "On {date}, {u} wrote:", "{u} wrote on {date}:"),
    "de": ("{u} schrieb:", "Am {date} schrieb {u}:"),
    "fr": ("{u} a écrit :", "Le {date}, {u} a écrit :"),
    "es": ("{u} escribió:", "El {date}, {u} escribió:"),
}
HANDLES = {
    "en": ("mike_t", "quietriver", "Harbinger77", "sam.k", "old_salt", "Jen_R", "dataphile", "Kestrel", "gardenhoe"),
    "de": ("Rheinlaender", "bernd_k", "Moewe42", "Sternchen", "tom.b", "Kaffeetante", "Nordlicht"),
    "fr": ("lectrice_du_soir", "Gaston75", "pti_lu", "Marmotte", "jb_lyon", "Cigale"),
    "es": ("el_viajero", "mariajo", "Tito_88", "Lechuza", "pepe.m", "Ardilla"),
}
MEMBER_INFO = {
    "en": ("Posts: {posts} · Joined: {joined}", "Posts: {posts}\nJoined: {joined}", "Senior Member · {posts} posts"),
    "de": ("Beiträge: {posts} · Registriert: {joined}", "Beiträge: {posts}\nRegistriert: {joined}"),
    "fr": ("Messages : {posts} · Inscription : {joined}", "Messages : {posts}\nInscription : {joined}"),
    "es": ("Mensajes: {posts} · Registrado: {joined}", "Mensajes: {posts}\nRegistrado: {joined}"),
}
SOURCE_LINKS = {
    "en": ("Source: [url]{url}[/url]", "[url={url}]Read the full article[/url]", "Link: {url}", "Source: {url}"),
    "de": ("Quelle: [url]{url}[/url]", "Quelle: {url}", "[url={url}]Zum Artikel[/url]"),
    "fr": ("Source : [url]{url}[/url]", "Source : {url}", "[url={url}]Lire l'article[/url]"),
    "es": ("Fuente: [url]{url}[/url]", "Fuente: {url}", "[url={url}]Ver la noticia[/url]"),
}
SIGNATURE_RULES = ("--", "-- ", "_________________", "__________________")
MOTTOS = {
    "en": (
        "Carpe diem.",
        "All opinions my own.",
        "Life is short. Read more books.",
        "If it ain't broke, don't fix it.",
        "Be kind, rewind.",
    ),
    "de": ("Wer nicht fragt, bleibt dumm.", "Alles wird gut.", "Gruß aus dem Norden", "Keep calm and carry on."),
    "fr": ("Qui vivra verra.", "Le doute est le commencement de la sagesse.", "Amicalement, de Lyon"),
    "es": ("Poco a poco se va lejos.", "Quien no arriesga no gana.", "Saludos desde Sevilla"),
}
TAPATALK = {
    "en": "Sent from my iPhone using Tapatalk",
    "de": "Gesendet von meinem iPhone mit Tapatalk",
    "fr": "Envoyé de mon iPhone avec Tapatalk",
    "es": "Enviado desde mi iPhone con Tapatalk",
}
# (top, report, quote, reply with quote, like)
POST_ACTIONS = {
    "en": ("Top", "Report", "Quote", "Reply with quote", "Like"),
    "de": ("Nach oben", "Melden", "Zitieren", "Mit Zitat antworten", "Gefällt mir"),
    "fr": ("Haut", "Signaler", "Citer", "Répondre en citant", "J'aime"),
    "es": ("Arriba", "Reportar", "Citar", "Responder citando", "Me gusta"),
}
QUOTE_LABELS = {
    "en": ("Quote from {u}:", "Quote:", "{u} said:", "Quote ({u}):"),
    "de": ("Zitat von {u}:", "Zitat:", "{u} hat geschrieben:"),
    "fr": ("Citation de {u} :", "Citation :", "{u} a dit :"),
    "es": ("Cita de {u}:", "Cita:", "{u} dijo:"),
}
REPLIES = {
    "en": (
        "Thanks for posting this.",
        "Interesting read, though I'm not sure I agree.",
        "Does anyone have a link to the original?",
        "Saw this on the news last night.",
        "This. Exactly this.",
        "Not surprised at all, to be honest.",
        "Bookmarked, will read it properly later.",
        "There was a thread about this last week, can a mod merge them?",
        "Source?",
        "Wow. Didn't see that coming.",
    ),
    "de": (
        "Danke fürs Teilen.",
        "Interessant, aber so ganz überzeugt mich das nicht.",
        "Hat jemand den Link zum Original?",
        "Kam gestern auch in den Nachrichten.",
        "Überrascht mich ehrlich gesagt nicht.",
        "Dazu gab es letzte Woche schon einen Thread.",
        "Quelle?",
    ),
    "fr": (
        "Merci pour le partage.",
        "Intéressant, mais je ne suis pas convaincu.",
        "Quelqu'un a le lien vers l'article original ?",
        "Vu hier soir aux infos.",
        "Pas surpris, honnêtement.",
        "Il y avait déjà un sujet là-dessus la semaine dernière.",
        "Source ?",
    ),
    "es": (
        "Gracias por compartirlo.",
        "Interesante, aunque no estoy del todo de acuerdo.",
        "¿Alguien tiene el enlace al original?",
        "Lo vi anoche en las noticias.",
        "No me sorprende, la verdad.",
        "Ya hubo un hilo sobre esto la semana pasada.",
        "¿Fuente?",
    ),
}
COUNTERS = {
    "en": ("Replies: {r} | Views: {v}", "{r} replies · {v} views", "Replies: {r}   Views: {v}", "({r} replies)"),
    "de": ("Antworten: {r} | Zugriffe: {v}", "{r} Antworten · {v} Aufrufe", "({r} Antworten)"),
    "fr": ("Réponses : {r} | Vues : {v}", "{r} réponses · {v} vues", "({r} réponses)"),
    "es": ("Respuestas: {r} | Vistas: {v}", "{r} respuestas · {v} visitas", "({r} respuestas)"),
}
THREAD_TAILS = {
    "en": ("Page 1 of {p} [ {n} posts ]", "View full thread ({r} replies)", "Go to page 1, 2", "Show full topic"),
    "de": ("Seite 1 von {p} [ {n} Beiträge ]", "Ganzes Thema anzeigen ({r} Antworten)", "Gehe zu Seite 1, 2"),
    "fr": ("Page 1 sur {p} [ {n} messages ]", "Voir tout le sujet ({r} réponses)", "Aller à la page 1, 2"),
    "es": ("Página 1 de {p} [ {n} mensajes ]", "Ver el tema completo ({r} respuestas)", "Ir a la página 1, 2"),
}
FORUM_RULES = ("[hr]", "=" * 40, "-" * 60, "_" * 50, "* * *", "=" * 72)
FORUM_FOOTERS = {
    "en": (
        "Who is online",
        "Users browsing this forum: No registered users and {g} guests",
        "All times are UTC+{z:02d}:00",
        "Board index   Contact us   The team   Delete cookies",
        "Powered by phpBB® Forum Software © phpBB Limited",
        "You are receiving this digest because you are subscribed to {board}. Unsubscribe",
    ),
    "de": (
        "Wer ist online?",
        "Mitglieder in diesem Forum: 0 Mitglieder und {g} Gäste",
        "Alle Zeiten sind UTC+{z:02d}:00",
        "Foren-Übersicht   Kontakt   Das Team   Cookies löschen",
        "Powered by phpBB® Forum Software © phpBB Limited",
    ),
    "fr": (
        "Qui est en ligne ?",
        "Utilisateurs parcourant ce forum : Aucun utilisateur inscrit et {g} invités",
        "Heures au format UTC+{z:02d}:00",
        "Index du forum   Nous contacter   L'équipe   Supprimer les cookies",
        "Développé par phpBB® Forum Software © phpBB Limited",
    ),
    "es": (
        "¿Quién está conectado?",
        "Usuarios navegando por este Foro: No hay usuarios registrados visitando el Foro y {g} invitados",
        "Todos los horarios son UTC+{z:02d}:00",
        "Índice general   Contactarnos   El Equipo   Borrar cookies",
        "Desarrollado por phpBB® Forum Software © phpBB Limited",
    ),
}


def _forum_date(moment: dt.datetime, lang: str, style: str) -> str:
    """A post's date as forum software prints it: phpBB ("Mon Dec 02, 2024 7:41 pm", "Mo 2. Dez 2024,
    19:41"), vBulletin ("12-02-2024, 07:41 PM", "02.12.2024, 19:41") or a plain date and time."""
    day, month, year, hour, minute = moment.day, moment.month, moment.year, moment.hour, moment.minute
    hour12 = hour % 12 or 12
    ampm = "am" if hour < 12 else "pm"
    clock = f"{hour:02d}:{minute:02d}"
    weekday = moment.weekday()
    if style == "phpbb":
        if lang == "en":
            mon = SHORT_MONTHS["en"][month - 1]
            return f"{RFC_WEEKDAYS[weekday]} {mon} {day:02d}, {year} {hour12}:{minute:02d} {ampm}"
        if lang == "de":
            mon = SHORT_MONTHS["de"][month - 1].rstrip(".")
            return f"{WEEKDAYS['de'][weekday][:2]} {day}. {mon} {year}, {hour:02d}:{minute:02d}"
        if lang == "fr":
            return f"{WEEKDAYS['fr'][weekday][:3]}. {day} {SHORT_MONTHS['fr'][month - 1]} {year} {clock}"
        mon = SHORT_MONTHS["es"][month - 1].rstrip(".").capitalize()
        wd = WEEKDAYS["es"][weekday][:3].capitalize()
        return f"{wd} {mon} {day:02d}, {year} {hour12}:{minute:02d} {ampm}"
    if style == "vb":
        if lang == "en":
            return f"{month:02d}-{day:02d}-{year}, {hour12:02d}:{minute:02d} {ampm.upper()}"
        if lang == "de":
            return f"{day:02d}.{month:02d}.{year}, {hour:02d}:{minute:02d}"
        if lang == "fr":
            return f"{day:02d}/{month:02d}/{year}, {hour:02d}h{minute:02d}"
        return f"{day:02d}/{month:02d}/{year}, {hour:02d}:{minute:02d}"
    return f"{_date(moment, lang, 'short')}, {hour:02d}:{minute:02d}"


def build_forum_digest_bbcode(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A forum's topic digest or board page converted from BBCode/HTML to text, one thread per article.

    The forum's name, quick links, a breadcrumb, maybe a digest heading and a count; per thread maybe a
    counter ("Replies: 12 | Views: 3,456"), the title in markup remnants or after a label, the first
    post (a "Posted by NAME » DATE" or "NAME wrote:" header, maybe member info, the paragraphs, maybe a
    source link, a signature, action lines), then maybe short replies ("Re: TITLE", a header, a quote
    of the first post, a line or two), a thread tail; threads split by blank lines, a rule or nothing;
    a footer ("Who is online", "Powered by phpBB").
    """
    lang = _lang(rng)
    when = _when(rng)
    forum = rng.choice(FORUM_NAMES[lang])
    board = rng.choice(BOARDS[lang])
    handles = list(HANDLES[lang]) + rng.sample(AUTHORS, 3)
    labelled = rng.random() < 0.3
    title_shape = TOPIC_LABELS[lang] + "{t}" if labelled else rng.choice(TITLE_MARKUPS)
    if labelled and rng.random() < 0.4:
        title_shape = TOPIC_LABELS[lang] + rng.choice(("[b]{t}[/b]", "**{t}**"))
    header_kind = rng.choice(("by", "by", "wrote", "stacked"))
    by_shape = rng.choice(POSTED_BY[lang])
    wrote_shape = rng.choice(WROTE[lang])
    date_style = rng.choice(("phpbb", "phpbb", "vb", "plain"))
    info = rng.choice(MEMBER_INFO[lang]) if rng.random() < 0.3 else ""
    gap = rng.random() < 0.6
    source_odds = rng.choice((0.0, 0.3, 0.6))
    source_shape = rng.choice(SOURCE_LINKS[lang])
    sig_odds = rng.choice((0.0, 0.35, 0.7))
    sig_rule = rng.choice(SIGNATURE_RULES)
    top, report, quote, reply_quote, like = POST_ACTIONS[lang]
    action_lines = rng.choice(
        (
            [top],
            [report, reply_quote],
            [f"{report}  {reply_quote}", top],
            [f"{quote} | {report} | {top}"],
            [f"[{reply_quote}]"],
            [f"{like}  {quote}  {report}"],
            [],
        )
    )
    reply_odds = rng.choice((0.0, 0.5, 0.8))
    max_replies = rng.choice((1, 2, 3))
    reply_subject = rng.random() < 0.5
    re_mark = "AW: " if lang == "de" and rng.random() < 0.3 else "Re: "
    quote_kind = rng.choice(("gt", "label", "bbcode", "bbcode_inline", "wrote"))
    quote_label = rng.choice(QUOTE_LABELS[lang])
    counter = rng.choice(COUNTERS[lang]) if rng.random() < 0.55 else ""
    counter_above = rng.random() < 0.5
    thread_tail = rng.choice(THREAD_TAILS[lang]) if rng.random() < 0.3 else ""
    between = rng.choice(("blank", "blank", "rule", "none"))
    rule = rng.choice(FORUM_RULES)
    airy = gap or rng.random() < 0.5
    sheet = _Sheet()

    def post_header(user: str, moment: dt.datetime) -> list[str]:
        date = _forum_date(moment, lang, date_style)
        if header_kind == "by":
            return [by_shape.format(u=user, date=date)]
        if header_kind == "wrote":
            return [wrote_shape.format(u=user, date=date)]
        return [user, date]

    def signature() -> list[str]:
        if rng.random() >= sig_odds:
            return []
        if rng.random() < 0.25:
            return [TAPATALK[lang]]
        return [sig_rule, rng.choice(MOTTOS[lang])]

    sheet.add(forum)
    if rng.random() < 0.5:
        sheet.add(rng.choice(QUICK_LINKS[lang]))
    if rng.random() < 0.7:
        sheet.add(rng.choice(BREADCRUMBS[lang]).format(board=board))
    if rng.random() < 0.4:
        heading = rng.choice(DIGEST_HEADS[lang])
        sheet.blank(rng.choice((0, 1)))
        sheet.add(heading.format(date=_date(when, lang, "long"), n=len(articles) + rng.randint(0, 9)))
    elif rng.random() < 0.4:
        topics = rng.randint(len(articles) + 5, 900)
        sheet.add(rng.choice(TOPIC_COUNTS[lang]).format(n=_thousands(topics, lang), p=-(-topics // 25)))
    sheet.blank(rng.randint(1, 2))

    moment = when
    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank(1 if airy else 0)
                sheet.add(rule)
                sheet.blank(1 if airy else 0)
            elif between == "blank":
                sheet.blank(rng.randint(1, 2) if airy else 1)
        replies = rng.randint(1, max_replies) if rng.random() < reply_odds else 0
        total = replies + rng.randint(0, 40)
        views = total * rng.randint(20, 300) + rng.randint(12, 999)
        counter_line = counter.format(r=total, v=_thousands(views, lang))
        if counter and counter_above:
            sheet.add(counter_line)
        sheet.add(title_shape.format(t=article.title))
        author = rng.choice(handles)
        moment -= dt.timedelta(minutes=rng.randint(30, 4000))
        sheet.add(*post_header(author, moment))
        if info and rng.random() < 0.8:
            joined = f"{SHORT_MONTHS[lang][rng.randrange(12)]} {rng.randint(2006, moment.year - 1)}"
            sheet.add(*info.format(posts=_thousands(rng.randint(3, 9000), lang), joined=joined).split("\n"))
        if gap:
            sheet.blank()
        write_article(sheet, article.title, article.paragraphs, gap)
        post_tail: list[list[str]] = []
        if rng.random() < source_odds:
            post_tail.append([source_shape.format(url=_article_url(article, moment, rng))])
        sig = signature()
        if sig:
            post_tail.append(sig)
        if action_lines:
            post_tail.append(list(action_lines))
        for block in post_tail:
            if gap:
                sheet.blank()
            sheet.add(*block)

        reply_moment = moment
        for _ in range(replies):
            sheet.blank(1 if airy else rng.choice((0, 1)))
            replier = rng.choice([h for h in handles if h != author])
            reply_moment += dt.timedelta(minutes=rng.randint(4, 900))
            if reply_subject:
                sheet.add(re_mark + article.title)
            sheet.add(*post_header(replier, reply_moment))
            quoted = _quotable(article.paragraphs, rng)
            if quote_kind == "gt":
                sheet.add("> " + quoted)
            elif quote_kind == "label":
                sheet.add(quote_label.format(u=author), quoted)
            elif quote_kind == "bbcode":
                sheet.add(f'[quote="{author}"]', quoted, "[/quote]")
            elif quote_kind == "bbcode_inline":
                sheet.add(f"[quote={author}]{quoted}[/quote]")
            else:
                sheet.add(WROTE[lang][0].format(u=author), quoted)
            if gap:
                sheet.blank()
            sheet.add(*rng.sample(REPLIES[lang], rng.choice((1, 1, 2))))
            sig = signature()
            if sig:
                sheet.add(*sig)
            if action_lines and rng.random() < 0.7:
                sheet.add(*action_lines)

        thread_lines: list[str] = []
        if counter and not counter_above:
            thread_lines.append(counter_line)
        if thread_tail and rng.random() < 0.8:
            thread_lines.append(thread_tail.format(p=total // 10 + 1, n=total + 1, r=total))
        if thread_lines:
            sheet.blank(1 if airy else 0)
            sheet.add(*thread_lines)

    if rng.random() < 0.7:
        sheet.blank(rng.randint(1, 2))
        footers = FORUM_FOOTERS[lang]
        chosen = _pick(rng, footers, 1, 4)
        if footers[1] in chosen and footers[0] not in chosen:
            chosen.insert(0, footers[0])
        sheet.add(*(line.format(g=rng.randint(2, 60), z=rng.choice((0, 1, 2)), board=board) for line in chosen))
    return sheet.draft()


# ---------------------------------------------------------------------------
# app_export
# ---------------------------------------------------------------------------

APPS = (
    "Pocket",
    "Instapaper",
    "Readwise Reader",
    "Omnivore",
    "Matter",
    "Raindrop.io",
    "Wallabag",
    "Evernote",
    "Bear",
    "Joplin",
    "Apple Notes",
    "Notion",
)
EXPORT_HEADERS = {
    "en": (
        "{app} export",
        "Exported from {app} on {date}",
        "{app} — {n} items",
        "My reading list",
        "Saved articles ({n})",
        "Export · {date} · {n} notes",
    ),
    "de": ("{app}-Export", "Exportiert aus {app} am {date}", "Meine Leseliste", "Gespeicherte Artikel ({n})"),
    "fr": ("Export {app}", "Exporté depuis {app} le {date}", "Ma liste de lecture", "Articles enregistrés ({n})"),
    "es": (
        "Exportación de {app}",
        "Exportado desde {app} el {date}",
        "Mi lista de lectura",
        "Artículos guardados ({n})",
    ),
}
# title, url, saved, tags, highlights, author, source, words, status, reading time
FIELD_KEYS = {
    "en": ("Title", "URL", "Saved", "Tags", "Highlights", "Author", "Source", "Word count", "Status", "Reading time"),
    "de": ("Titel", "URL", "Gespeichert", "Tags", "Markierungen", "Autor", "Quelle", "Wörter", "Status", "Lesezeit"),
    "fr": (
        "Titre",
        "URL",
        "Enregistré le",
        "Étiquettes",
        "Surlignages",
        "Auteur",
        "Source",
        "Mots",
        "Statut",
        "Temps de lecture",
    ),
    "es": (
        "Título",
        "URL",
        "Guardado",
        "Etiquetas",
        "Subrayados",
        "Autor",
        "Fuente",
        "Palabras",
        "Estado",
        "Tiempo de lectura",
    ),
}
STATUSES = {
    "en": ("Archived", "Unread", "Read", "Favorite"),
    "de": ("Archiviert", "Ungelesen", "Gelesen", "Favorit"),
    "fr": ("Archivé", "Non lu", "Lu", "Favori"),
    "es": ("Archivado", "Sin leer", "Leído", "Favorito"),
}
NOTE_MARKS = {
    "en": ("----- Note {i} of {n} -----", "=== Item {i}/{n} ===", "[{i}/{n}]", "-- {i} --"),
    "de": ("----- Notiz {i} von {n} -----", "=== Eintrag {i}/{n} ===", "[{i}/{n}]"),
    "fr": ("----- Note {i} sur {n} -----", "=== Élément {i}/{n} ===", "[{i}/{n}]"),
    "es": ("----- Nota {i} de {n} -----", "=== Elemento {i}/{n} ===", "[{i}/{n}]"),
}
OPEN_ORIGINAL = {
    "en": ("Open original", "[Read original]({url})", "Original: {url}", "View on {host}"),
    "de": ("Original öffnen", "[Original lesen]({url})", "Original: {url}"),
    "fr": ("Ouvrir l'original", "[Lire l'original]({url})", "Original : {url}"),
    "es": ("Abrir original", "[Leer el original]({url})", "Original: {url}"),
}
HIGHLIGHT_HEADS = {
    "en": ("Highlights", "## Highlights", "Highlights:", "### Highlights ({k})"),
    "de": ("Markierungen", "## Markierungen", "Hervorhebungen:"),
    "fr": ("Surlignages", "## Passages surlignés", "Extraits :"),
    "es": ("Subrayados", "## Destacados", "Fragmentos:"),
}
HIGHLIGHT_SHAPES = ("> {s}", "- “{s}”", "• {s}", "- {s}", '"{s}"')
NOTE_LABELS = {
    "en": ("Your notes:", "Notes:", "My note:", "## Notes", "Note:"),
    "de": ("Meine Notizen:", "Notiz:", "## Notizen"),
    "fr": ("Mes notes :", "Note :", "## Notes"),
    "es": ("Mis notas:", "Nota:", "## Notas"),
}
NOTE_TEXTS = {
    "en": (
        "Follow up on this for Monday's meeting.",
        "Good background for the piece on {k}.",
        "Compare with what we read last week.",
        "Send to the team.",
        "Check the numbers before quoting.",
        "Re-read later, long but worth it.",
        "Interesting angle on {k}.",
        "Not convinced by the second half.",
    ),
    "de": (
        "Für das Meeting am Montag vormerken.",
        "Guter Hintergrund zum Thema {k}.",
        "Mit dem Artikel von letzter Woche vergleichen.",
        "Ans Team weiterleiten.",
        "Zahlen vor dem Zitieren prüfen.",
    ),
    "fr": (
        "À relire pour la réunion de lundi.",
        "Bon contexte sur {k}.",
        "Comparer avec l'article de la semaine dernière.",
        "À envoyer à l'équipe.",
        "Vérifier les chiffres avant de citer.",
    ),
    "es": (
        "Revisar para la reunión del lunes.",
        "Buen contexto sobre {k}.",
        "Comparar con lo que leímos la semana pasada.",
        "Enviar al equipo.",
        "Comprobar las cifras antes de citar.",
    ),
}
EXPORT_ENDS = {
    "en": ("— End of export —", "{n} items exported", "Exported with {app} · {date}", "END"),
    "de": ("— Ende des Exports —", "{n} Einträge exportiert", "Exportiert mit {app} · {date}"),
    "fr": ("— Fin de l'export —", "{n} éléments exportés", "Exporté avec {app} · {date}"),
    "es": ("— Fin de la exportación —", "{n} elementos exportados", "Exportado con {app} · {date}"),
}


def _saved(moment: dt.datetime, lang: str, style: str) -> str:
    """When an item was saved, as an app prints it."""
    if style == "iso":
        return f"{moment:%Y-%m-%d %H:%M}"
    if style == "isoz":
        return f"{moment:%Y-%m-%dT%H:%M:%S}Z"
    if style == "rfc":
        mon = SHORT_MONTHS["en"][moment.month - 1]
        return f"{RFC_WEEKDAYS[moment.weekday()]}, {moment.day:02d} {mon} {moment.year} {moment:%H:%M:%S} +0000"
    if style == "words" and lang == "en":
        hour12 = moment.hour % 12 or 12
        return f"{_date(moment, 'en', 'long')} at {hour12}:{moment:%M} {'AM' if moment.hour < 12 else 'PM'}"
    if style == "words":
        joiner = {"de": " um ", "fr": " à ", "es": " a las "}[lang]
        return _date(moment, lang, "long") + joiner + f"{moment:%H:%M}"
    return f"{_date(moment, lang, 'numeric')} {moment:%H:%M}"


def _yaml_value(text: str, quoted: bool) -> str:
    """`text` as a YAML scalar: in double quotes (single quotes when it holds one) when `quoted` or when
    it would not read as plain text; bare when it holds both kinds of quotation mark."""
    quoted = quoted or ": " in text or text.startswith(("[", "{", "'", '"', "#", "&", "*", "!", "|", ">", "%", "@"))
    if quoted and '"' not in text:
        return f'"{text}"'
    if quoted and "'" not in text:
        return f"'{text}'"
    return text


def build_app_export(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """Notes or saved articles exported from a read-it-later or notes app to one text file.

    Maybe a header; per item a separator of the page's kind ("==========", "----- Note 3 of 7 -----",
    a "## DATE" heading when the day changes, "* * *", a run of blank lines), the metadata as
    "Key: value" lines or YAML front matter, maybe the title again as a heading (always shown at least
    once), maybe an "Open original" line, the paragraphs, maybe a highlights list (sentences of the
    article) and a note; maybe an end line.
    """
    lang = _lang(rng)
    when = _when(rng)
    app = rng.choice(APPS)
    tracking = {"Pocket": "pocket_saves", "Instapaper": "instapaper", "Matter": "matter"}.get(app, "")
    n = len(articles)
    front = rng.random() < 0.35  # YAML front matter, else "Key: value" lines
    separator = rng.choice(("equals", "note_of", "date_heading", "asterism", "blank", "rule"))
    equals_after = rng.random() < 0.5  # "==========" after every item (Kindle-like), else between items
    note_mark = rng.choice(NOTE_MARKS[lang])
    asterism = rng.choice(("* * *", "***", "⁂", "• • •"))
    rule = rng.choice(("_" * rng.randint(10, 40), "-" * rng.randint(10, 40), "~~~"))
    if rule.startswith("-") and front:
        rule = "_" * len(rule)
    heading_date = rng.choice(("## {iso}", "## {iso}", "# {long}", "## {weekday}, {long}", "{iso}"))
    airy = rng.random() < 0.7
    gap = rng.random() < 0.7
    newest_first = rng.random() < 0.7
    saved_style = rng.choice(("iso", "isoz", "rfc", "words", "numeric"))

    keys = FIELD_KEYS[lang] if lang == "en" or rng.random() < 0.6 else FIELD_KEYS["en"]
    colon = " : " if keys is FIELD_KEYS["fr"] else ": "
    key_mark = rng.choice(("{k}{c}", "{k}{c}", "{k}{c}", "- {k}{c}", "**{k}{c}** "))
    key_mark = key_mark.replace("{c}", colon.rstrip() if key_mark.startswith("**") else colon)
    optional = ["url", "saved", "tags", "highlights", "author", "source", "words", "status", "read"]
    odds = {"url": 0.9, "saved": 0.8, "tags": 0.6, "highlights": 0.4, "author": 0.3, "source": 0.3}
    fields = [f for f in optional if rng.random() < odds.get(f, 0.15)]
    if rng.random() < 0.4:
        rng.shuffle(fields)
    with_title_field = rng.random() < 0.85
    yaml_url_key = rng.choice(("source", "url", "link"))
    yaml_date_key = rng.choice(("date", "created", "saved", "clipped"))
    yaml_quoted = rng.random() < 0.6
    yaml_block_tags = rng.random() < 0.4
    yaml_date = rng.choice(("iso_date", "isoz"))
    tag_style = rng.choice(("hash", "comma", "bracket"))
    heading_odds = 1.0 if not with_title_field else rng.choice((0.0, 0.0, 0.6, 1.0))
    heading_mark = rng.choice(("# ", "# ", "## ", ""))
    original = rng.choice(OPEN_ORIGINAL[lang]) if rng.random() < 0.3 else ""
    highlight_odds = rng.choice((0.0, 0.5, 0.8))
    highlight_head = rng.choice(HIGHLIGHT_HEADS[lang])
    highlight_shape = rng.choice(HIGHLIGHT_SHAPES)
    note_odds = rng.choice((0.0, 0.3, 0.6))
    note_label = rng.choice(NOTE_LABELS[lang])
    note_inline = not note_label.startswith("#") and rng.random() < 0.5
    sheet = _Sheet()

    moments = []
    moment = when
    for _ in articles:
        moments.append(moment)
        if rng.random() > 0.35:
            moment -= dt.timedelta(days=rng.randint(1, 9))
        moment -= dt.timedelta(minutes=rng.randint(5, 600))
    if not newest_first:
        moments.reverse()

    if rng.random() < 0.6:
        header = rng.choice(EXPORT_HEADERS[lang]).format(app=app, date=_date(when, lang, "long"), n=n)
        sheet.add(header)
        if rng.random() < 0.3:
            sheet.add("=" * len(header) if rng.random() < 0.5 else "-" * len(header))
        sheet.blank(rng.randint(1, 2))

    last_day: dt.date | None = None
    for i, (article, saved) in enumerate(zip(articles, moments, strict=True)):
        if separator == "equals":
            if i and not equals_after:
                sheet.blank(1 if airy else 0)
                sheet.add("==========")
                sheet.blank(1 if airy else 0)
        elif separator == "note_of":
            if i:
                sheet.blank(rng.randint(1, 2) if airy else 1)
            sheet.add(note_mark.format(i=i + 1, n=n))
            sheet.blank(1 if airy else 0)
        elif separator == "date_heading":
            if saved.date() != last_day:
                if i:
                    sheet.blank(rng.randint(1, 2))
                weekday = WEEKDAYS[lang][saved.weekday()]
                iso = f"{saved:%Y-%m-%d}"
                sheet.add(heading_date.format(iso=iso, long=_date(saved, lang, "long"), weekday=weekday.capitalize()))
                sheet.blank()
            elif i:
                sheet.blank(rng.randint(2, 3))
            last_day = saved.date()
        elif separator in ("asterism", "rule"):
            if i:
                sheet.blank(1 if airy else 0)
                sheet.add(asterism if separator == "asterism" else rule)
                sheet.blank(1 if airy else 0)
        elif i:
            sheet.blank(rng.randint(3, 5))

        url = _article_url(article, saved, rng, tracking)
        host = url.split("/")[2].removeprefix("www.")
        tags = _tags(article, lang, rng, 1, 4)
        highlights = _highlights(article.paragraphs, rng, rng.randint(1, 3)) if rng.random() < highlight_odds else []
        author = rng.choice(AUTHORS)

        if front:
            lines = ["---"]
            if with_title_field:
                lines.append("title: " + _yaml_value(article.title, yaml_quoted))
            if "author" in fields:
                lines.append("author: " + _yaml_value(author, yaml_quoted))
            lines.append(f"{yaml_url_key}: {url}")
            stamp = f"{saved:%Y-%m-%d}" if yaml_date == "iso_date" else f"{saved:%Y-%m-%dT%H:%M:%S}Z"
            lines.append(f"{yaml_date_key}: {stamp}")
            if "tags" in fields:
                if yaml_block_tags:
                    lines.append("tags:")
                    lines.extend(f"  - {tag}" for tag in tags)
                else:
                    lines.append(f"tags: [{', '.join(tags)}]")
            if "highlights" in fields:
                lines.append(f"highlights: {len(highlights)}")
            lines.append("---")
            sheet.add(*lines)
        else:
            values = {
                "url": url,
                "saved": _saved(saved, lang, saved_style),
                "tags": {
                    "hash": " ".join("#" + t for t in tags),
                    "comma": ", ".join(tags),
                    "bracket": "[" + ", ".join(tags) + "]",
                }[tag_style],
                "highlights": str(len(highlights)),
                "author": author,
                "source": host,
                "words": _thousands(sum(len(p.split()) for p in article.paragraphs), lang),
                "status": rng.choice(STATUSES[lang]),
                "read": MIN_READ[lang].format(n=max(1, sum(len(p.split()) for p in article.paragraphs) // 230)),
            }
            index = dict(zip(("title", *optional), keys, strict=True))
            lines = []
            if with_title_field:
                lines.append(key_mark.format(k=index["title"]) + article.title)
            lines.extend(key_mark.format(k=index[f]) + values[f] for f in fields)
            sheet.add(*lines)
        if rng.random() < heading_odds:
            sheet.blank()
            sheet.add(heading_mark + article.title)
        if original and rng.random() < 0.8:
            sheet.add(original.format(url=url, host=host))
        sheet.blank()
        write_article(sheet, article.title, article.paragraphs, gap)

        if highlights:
            sheet.blank()
            sheet.add(highlight_head.format(k=len(highlights)))
            if highlight_head.startswith("#"):
                sheet.blank(1 if gap else 0)
            for sentence in highlights:
                sheet.add(highlight_shape.format(s=sentence))
        if rng.random() < note_odds:
            words = [w for w in key_words(article.title) if w[:1].isalpha()] or [article.title.split()[0]]
            note = rng.choice(NOTE_TEXTS[lang]).format(k=rng.choice(words))
            sheet.blank()
            if note_inline:
                sheet.add(f"{note_label} {note}")
            else:
                sheet.add(note_label)
                if note_label.startswith("#"):
                    sheet.blank()
                sheet.add(note)
        if separator == "equals" and equals_after:
            sheet.blank(1 if airy else 0)
            sheet.add("==========")
            sheet.blank(1 if airy else 0)

    if rng.random() < 0.35:
        sheet.blank(rng.randint(1, 2))
        sheet.add(rng.choice(EXPORT_ENDS[lang]).format(n=n, app=app, date=_date(when, lang, "numeric")))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "company_blog": build_company_blog,
    "obituaries": build_obituaries,
    "forum_digest_bbcode": build_forum_digest_bbcode,
    "app_export": build_app_export,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout6", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
