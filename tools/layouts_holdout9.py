"""Four more multi-article layouts, a ninth held-out test set for the segmenter.

    .venv/bin/python tools/layouts_holdout9.py show [--layout NAME] [--seed N]
    .venv/bin/python tools/layouts_holdout9.py generate [--pages N] [--seed N] [-o OUT.jsonl]
    .venv/bin/python tools/layouts_holdout9.py check [--pages N] [--seed N]

The project knows forty-three layouts: the five of the shared dev pages (`tagfeed`, `related`,
`concat`, `byline`, `markdown`), the six of tools/layouts.py (`newsletter`, `wire`, `rss`,
`archive`, `cards`, `press`), the four of tools/layouts_holdout.py (`forum`, `print`,
`liveupdates`, `email`), the four of tools/layouts_holdout2.py (`pressreview`, `magazine`,
`social`, `bulletin`), the four of tools/layouts_holdout3.py (`transcript`, `wiki`, `events`,
`plaintext_dump`), the four of tools/layouts_holdout4.py (`reviews`, `newswire_table`,
`translated_digest`, `chat_export`), the four of tools/layouts_holdout5.py (`search_results`,
`podcast_notes`, `ebook_digest`, `infinite_scroll`), the four of tools/layouts_holdout6.py
(`company_blog`, `obituaries`, `forum_digest_bbcode`, `app_export`), the four of
tools/layouts_holdout7.py (`sports_roundup`, `letters_page`, `newsletter_plaintext`,
`photo_gallery`) and the four of tools/layouts_holdout8.py (`text_browser`, `wet_records`,
`telegram_channel`, `press_database`). The four here differ from all of them:

- `corpus_formats`: a file of an NLP / IR corpus holding the articles in its container format, one
  format per page. TREC SGML in the AP shape ("<DOC>", "<DOCNO> AP241203-0012 </DOCNO>", "<FILEID>",
  "<FIRST>", "<SECOND>", the headline in "<HEAD>...</HEAD>", maybe a second "<HEAD>" with an editors'
  note, "<BYLINE>" lines, "<DATELINE>", "<TEXT>" and the paragraphs indented by three spaces or not),
  the WSJ shape ("<HL> TITLE </HL>" on one line, or the headline on the "<HL>" line then "----" and
  a "By ..." line before "</HL>", "<DD>", "<SO>", "<IN>", paragraphs indented by four spaces) or the
  LA Times shape (every field as "<DATE>" / "<P>" / value / "</P>" / "</DATE>" on its own lines:
  date, section, length, headline, byline, then "<TEXT>" with one "<P>" block per paragraph); Gigaword
  ("<DOC id="AFP_SPA_20241203.0012" type="story" >", "<HEADLINE>", "<DATELINE>", "<TEXT>", "<P>"
  blocks whose text is hard-wrapped at 70 to 78 columns on most pages, maybe an "advis" document of
  editors' notes between two stories); CLEF collections (German / French news agency: "<DOCNO>
  SDA.241203.0012", "<DOCID>", "<DATE>", "<KW>", "<NO>", the headline in "<TI>", the lead paragraph in
  "<LD>" and the others in "<TX>", "<AU>"; German newspaper: "<RESSORT>", "<TITLE>"; Le Monde:
  "<ARTICLE>", "<RUBRIQUE>", "<TITLE>", "<AUTEUR>"; EFE: "<TIME>", "<SCATE>", "<FICHEROS>", "<DESTINO>",
  "<CATEGORY>", "<CLAVE>", "<NUM>", "<PRIORIDAD>", "<TITLE>", the first paragraph maybe opening with
  "Madrid, 3 dic (EFE).- "); WikiExtractor output of a Wikinews dump ("<doc id="123" url="https://
  en.wikinews.org/wiki?curid=123" title="TITLE">", maybe a revid, the title repeated as the first
  line on most pages, the paragraphs with or without blank lines between them, "</doc>"); news-crawl
  plain records ("URL: ...", "Title: ...", "Date: ..." and maybe author, language, source and word
  count fields, in one of several spellings, a blank line, maybe the title again as a line, the
  paragraphs; records split by "=====", "-----", "</doc>" or blank lines only); a CoNLL-U style plain
  text ("# newdoc id = ...", maybe "# url = ...", "# date = ...", "# title = ..." or the headline as
  the first line, maybe "# newpar" / "# newpar id = ..." before every paragraph, a blank line between
  documents). The headline is an element's content, an attribute or a field's value, and on some
  pages also a line of its own;
- `frontmatter_export`: the posts of a static site or a blog platform concatenated into one text
  file. Jekyll (YAML front matter between "---" lines: layout, title, date "2024-12-03 10:00:00
  +0100", author, categories and tags as flow or block lists, maybe excerpt_separator, image,
  comments; "_posts/2024-12-03-slug.md"), Hugo with YAML front matter (ISO dates, draft, slug,
  authors, description, a cover block) or TOML front matter between "+++" lines (maybe a "[params]"
  table), Pelican (Markdown metadata lines "Title:", "Date:", "Modified:", "Category:", "Tags:",
  "Slug:", "Authors:", "Summary:"; or reStructuredText with the headline underlined by "#" and
  ":date:" / ":tags:" / ":category:" / ":slug:" / ":authors:" / ":summary:" fields), Org mode for
  ox-hugo ("#+TITLE:", "#+DATE:", "#+HUGO_TAGS:", ...), or a plain export of a Ghost, Medium or
  Substack blog (the headline, maybe a subtitle, a meta line with the author, date and reading time,
  and the platform's trailer: "By NAME on DATE." / "Canonical link" / "Exported from Medium on ...",
  "Subscribe now" / "Share" / "Leave a comment"). Each file maybe under a name line ("==>
  content/posts/slug.md <==" as `head` and `tail` print it, the bare path, "# path", "File: path",
  files-to-prompt's "path" / "---" ... "---") or just concatenated (plain exports: split by a rule).
  Bodies in Markdown, reST or Org, paragraphs split by blank lines and hard-wrapped at 72 to 80
  columns on some pages, maybe an "# TITLE" heading repeating the headline, images ("![alt](url)",
  ".. image::", "[[file:...]]") with maybe a caption line, shortcodes and includes ("{{< figure ...
  >}}", "{{< youtube ID >}}", "{% include figure.html ... %}"), an excerpt marker ("<!--more-->",
  "<!-- more -->", "#+hugo: more"), a footnote mark after a paragraph and its note at the end, a
  "Via [SOURCE][1]" line and reference-style link lines ("[1]: https://...");
- `newspaper_ocr`: the OCR text of a scanned newspaper page, as a digitised-press archive gives it.
  Maybe the archive's citation line ("The evening star. [volume] (Washington, D.C.) 1852-current,
  December 03, 2024, Page A-5, Image 5", "Rheinische Volkszeitung, 03.12.2024, S. 5", "Source
  numerique.example / ...") and at the end its credit and permalink; the front page's masthead (the
  paper's name, a motto, the volume and number, the date, the price, a weather ear, maybe an index
  box) or an inside page's running header ("THE EVENING STAR, WASHINGTON, D. C., TUESDAY, DECEMBER
  3, 2024    A-5", "Seite 5    Der Abendbote    Dienstag, 3. Dezember 2024"); per article the
  headline on one line (in capitals on most English pages and on some others), maybe one or two
  decks (sub-headlines, wrapped, maybe in capitals, split by a short rule), maybe a byline ("By JAMES
  CARTER", "Staff Correspondent of The Star", "Von unserem Korrespondenten", "De notre envoyé
  spécial", "Por nuestro corresponsal"), the paragraphs set in a column 28 to 45 characters wide,
  the first line of a paragraph maybe indented, maybe blank lines between paragraphs, words broken
  at line ends with a hyphen ("govern-" / "ment", or after a word's own hyphen), the first
  paragraph maybe opening with a dateline ("WASHINGTON, Dec. 3 (AP).—", "BERLIN, 3. Dezember.",
  "PARIS, 3 décembre. —", "MADRID, 3 (EFE).—"); on front pages maybe one article cut short by a jump
  line ("Continued on Page A-9, Column 3", "See KEYWORD, Page A-9", "(Fortsetzung auf Seite 4)",
  "(Suite page 5.)", "(Continúa en la página 7)"), on inside pages maybe one article that only
  continues here: under its headline a "(Continued From Page A-1.)" line and its last paragraphs;
  inside an article maybe a column break (blank lines, a stray OCR speck line) or a page break (the
  page's number, the next page's running header); between articles rules, ad fragments ("HOLIDAY
  SALE", "FOR RENT—2 rooms...", "SE ALQUILA", "Zu vermieten:"), specks. OCR noise (letters misread,
  dropped or doubled punctuation, stray specks) is in that furniture only, never in the truth;
- `blog_comments`: a blog's or news site's page showing several posts in full, each followed by its
  reader comments. The site's name, maybe a tagline and a menu; per post maybe a section kicker, the
  headline, a meta line above or below it, the paragraphs, maybe tags and share lines, then the
  comments as one platform shows them: WordPress ("12 thoughts on “TITLE”", "NAME says:", "December
  3, 2024 at 10:42 am", "Reply", replies indented or opening with "@NAME", pingbacks citing the
  headline, the "Leave a Reply" form), Disqus ("47 Comments", "Login", "Recommend", "Sort by Best",
  "Join the discussion…", "NAME → OTHER", "• 3 hours ago", "6 • Reply • Share ›", "Load more
  comments"), a news site ("Comments (47)", "Kommentare (12)", sort controls, "Sign in to comment",
  the name and time, "Replying to NAME", "Reply | Report | Share", "Recommend 24", "Show 3 more
  replies", "Comments are closed"), Blogger ("12 comments:", "NAME said...", "December 3, 2024 at
  10:42 AM", "Replies", "Post a Comment", "Newer Post Older Post Home") or Facebook's comments plugin
  ("12 comments", "Sort by Top", "Add a comment...", "Like · Reply · 3d", "View 2 more replies");
  every string localised. A comment is prose written here: one sentence or several, in one to three
  paragraphs, on the post's topic, generic or quoting a sentence of the post ("“SENTENCE” — this.",
  "> SENTENCE"); some posts have none ("No comments yet."). Between posts blank lines, a rule or
  post navigation; at the end maybe "Recent Comments" ("NAME on TITLE"), "Recent Posts" and a footer.

Everything around the articles (SGML tags, document numbers, file ids, agency slugs, bylines,
datelines in their own elements, keywords, attributes, advisories, field lines, separators, comment
headers, file name lines, front matter fields, delimiters, images, captions, shortcodes, excerpt
markers, footnotes, links, subtitles, meta lines, platform trailers, archive citations, mastheads,
running headers, page numbers, decks, jump lines, ads, specks, rules, index boxes, weather ears,
site names, taglines, menus, kickers, tags, share lines, comments, names, times, actions, counts,
sort controls, forms, navigation, widgets, footers) is furniture in English, German, French or
Spanish, chosen per page by the page's `random.Random`, and never part of the truth. A page's truth
is, per article in page order, the title as shown: the headline line, element content or field
value as written (in capitals where the page prints it so; without a "# " heading mark, an
underline or a field name such as "Title: " or "#+TITLE: "; without the quotes of a quoted YAML or
TOML value) and, where the headline is only an attribute or a field, that value; and the shown
paragraphs joined by "\\n": without a dateline or an agency opener written before the first one
on its line ("Madrid, 3 dic (EFE).- ", "WASHINGTON, Dec. 3 (AP).—"), without a footnote mark
written after one; hard-wrapped lines joined by "\\n", without their indentation, where the page
wraps the text (Gigaword, wrapped Markdown / reST / Org, `newspaper_ocr`). On `newspaper_ocr`
pages a word broken at a line end stays broken in the truth exactly as printed, its first part
with the hyphen ending one truth line and the rest opening the next ("govern-\\nment"), so that
every truth line is literally a line of the page; the truth of an article cut by a jump line is
its paragraphs up to the jump, that of an article continued from another page its paragraphs
shown here. Headlines are never wrapped.

These layouts are meant to stay unseen: do not tune the segmenter on them; score them only
to confirm. Pages are deterministic: same articles, layouts and seed, byte-identical pages.
The page model (`SourceArticle`, `GeneratedPage`, `to_record`, `truth_problems`) and the
shared furniture helpers come from tools/layouts.py, small helpers and pools from
tools/layouts_holdout6.py, tools/layouts_holdout7.py and tools/layouts_holdout8.py.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
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
    SHORT_MONTHS,
    SOURCES,
    WEEKDAYS,
    Builder,
    Draft,
    GeneratedPage,
    SourceArticle,
    _ago,
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
from layouts_holdout6 import _cut, _pick, _quotable, _tags, _yaml_value  # noqa: E402
from layouts_holdout7 import _domain, _wrap  # noqa: E402
from layouts_holdout8 import (  # noqa: E402
    BROWSER_SITES,
    COMMENT_FORMS,
    COMMON_WORDS,
    MENUS,
    OTHER_HEADLINES,
    TAG_WORDS,
    TAGLINES,
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


# Headline words that make poor topics or tags, beyond COMMON_WORDS.
WEAK_WORDS = frozenset(
    _words(
        """whose shows show seems says gets makes takes goes comes finds find first last more best year years
        week weeks news report case cases"""
    )
)


def _topic(article: SourceArticle, rng: random.Random) -> str:
    """A name of the headline to talk about ("Assange", "White House", "Davis Cup Finals"): a run of capitalised
    words that the text also capitalises inside a sentence; "" when the headline has none."""
    text = " ".join(article.paragraphs)
    runs: list[list[str]] = [[]]
    for raw in article.title.split():
        word = raw.removesuffix("’s").removesuffix("'s").strip("‘’'\"“”()?!.,:;|…")
        good = (
            word.isalpha()
            and word[:1].isupper()
            and word.lower() not in COMMON_WORDS
            and word.lower() not in WEAK_WORDS
            and re.search(rf"(?<=[a-z,;] ){re.escape(word)}\b", text) is not None
        )
        if good:
            runs[-1].append(word)
        if not good or raw != word:
            runs.append([])
    names = [" ".join(run) for run in runs if run]
    return rng.choice(names[:3]) if names else ""


def _choose(rng: random.Random, pool: Sequence[str], topic: str) -> str:
    """A template of `pool`; one without a {topic} slot when there is no topic."""
    return rng.choice([shape for shape in pool if topic or "opic}" not in shape])


def _clean_tags(article: SourceArticle, lang: str, rng: random.Random, low: int, high: int) -> list[str]:
    tags = [t for t in _tags(article, lang, rng, low, high) if t not in COMMON_WORDS and t not in WEAK_WORDS]
    return tags or [rng.choice(TAG_WORDS[lang])]


def _word_count(paragraphs: Sequence[str]) -> int:
    return sum(len(paragraph.split()) for paragraph in paragraphs)


def _twelve_hour(when: dt.datetime, upper: bool) -> str:
    """10:42 am / 10:42 AM."""
    mark = "am" if when.hour < 12 else "pm"
    return f"{when.hour % 12 or 12}:{when:%M} {mark.upper() if upper else mark}"


# ---------------------------------------------------------------------------
# corpus_formats
# ---------------------------------------------------------------------------

CORPUS_FORMATS = {
    "en": ("trec_ap", "trec_wsj", "trec_la", "gigaword", "wikiextractor", "newscrawl", "conllu"),
    "de": ("clef_agency", "clef_paper", "wikiextractor", "newscrawl", "conllu"),
    "fr": ("clef_lemonde", "clef_agency", "gigaword", "wikiextractor", "newscrawl", "conllu"),
    "es": ("clef_efe", "gigaword", "wikiextractor", "newscrawl", "conllu"),
}
GIGAWORD_SOURCES = {
    "en": ("AFP_ENG", "APW_ENG", "NYT_ENG", "XIN_ENG", "LTW_ENG"),
    "fr": ("AFP_FRE", "APW_FRE"),
    "es": ("AFP_SPA", "APW_SPA", "XIN_SPA"),
}
GIGAWORD_ADVISORIES = {
    "en": (
        "Editors: The following stories moved on the {source} wire this morning. Repeating for all needing.",
        "NEWS ADVISORY: The story slugged {slug} has been withdrawn. A corrected version will move shortly.",
        "Editors: Please note the embargo on the story slugged {slug} has been lifted.",
    ),
    "fr": (
        "AVIS AUX RÉDACTIONS : la dépêche {slug} a été annulée. Une version corrigée suivra.",
        "Note aux rédactions : les dépêches suivantes ont été diffusées ce matin. Répétition pour tous besoins.",
    ),
    "es": (
        "AVISO A LOS EDITORES: la noticia {slug} ha sido anulada. En breve se transmitirá una versión corregida.",
        "Nota a los editores: las siguientes noticias se transmitieron esta mañana. Se repiten para quien las pida.",
    ),
}
AP_EDITOR_NOTES = (
    "Eds: UPDATES with comment from ministry",
    "Eds: Moved in advance for use Sunday",
    "Eds: ADDS details, background",
    "Eds: Also moved on financial wires",
)
AP_DESKS = ("Associated Press Writer", "AP Business Writer", "AP Science Writer", "AP Diplomatic Writer")
WSJ_INDUSTRIES = (
    "CONSUMER PRODUCTS (CPR)",
    "TELECOMMUNICATIONS (TEL)",
    "MEDIA (MED)",
    "AEROSPACE (ARO)",
    "BANKING (BNK)",
    "COMPUTERS (CPR)",
)
LA_SECTIONS = (
    "Part A; Page {p}; Column {c}; National Desk",
    "Metro; Part B; Page {p}; Column {c}; Metro Desk",
    "Business; Part D; Page {p}; Column {c}; Financial Desk",
    "Calendar; Part F; Page {p}; Column {c}; Entertainment Desk",
)
LA_EDITIONS = ("Home Edition", "Valley Edition", "Orange County Edition", "Bulldog Edition")
CORPUS_CITIES = ("WASHINGTON", "NEW YORK", "LONDON", "PARIS", "BERLIN", "BRUSSELS", "TOKYO", "MADRID")
EFE_CITIES = ("Madrid", "Barcelona", "Bruselas", "Washington", "Buenos Aires", "México")
EFE_CATEGORIES = (("POL", "POLITICA"), ("ECO", "ECONOMIA"), ("SOC", "SOCIEDAD"), ("CUL", "CULTURA"), ("INT", "MUNDO"))
LEMONDE_RUBRIQUES = ("INTERNATIONAL", "FRANCE", "ENTREPRISES", "CULTURE", "SOCIETE", "HORIZONS")
WIKI_HOSTS = {"en": "en.wikinews.org", "de": "de.wikinews.org", "fr": "fr.wikinews.org", "es": "es.wikinews.org"}
NEWSCRAWL_KEYS = (
    ("URL", "Title", "Date", "Author", "Language", "Source", "Word count"),
    ("url", "title", "date", "author", "lang", "source", "words"),
    ("URL", "TITLE", "DATE", "AUTHOR", "LANGUAGE", "SOURCE", "LENGTH"),
    ("url", "title", "date_publish", "authors", "language", "source_domain", "word_count"),
)
NEWSCRAWL_SEPARATORS = ("=====", "=" * 40, "-----", "</doc>", "", "")
LANG_CODES = {"en": "en", "de": "de", "fr": "fr", "es": "es"}


@dataclass
class _Corpus:
    """What the documents of one corpus file share."""

    lang: str
    rng: random.Random
    when: dt.datetime
    fmt: str
    gap: bool
    indent: str
    width: int
    number: int
    source: str


def _p_block(lines: list[str], text: str) -> None:
    lines.extend(("<P>", text, "</P>"))


def _sgml_body(sheet: _Sheet, article: SourceArticle, corpus: _Corpus, prefix: str = "") -> None:
    """The paragraphs, maybe indented; `prefix` (a dateline) before the first one on its line."""
    write_article(
        sheet,
        article.title,
        article.paragraphs,
        corpus.gap,
        prefixes={0: corpus.indent + prefix, **{j: corpus.indent for j in range(1, len(article.paragraphs))}},
    )


def _trec_ap(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    words = _word_count(article.paragraphs)
    slug = "-".join(w[:10] for w in key_words(article.title)[:2])
    cycle = rng.choice(("AM", "PM", "BC"))
    sheet.add("<DOC>", f"<DOCNO> AP{when:%y%m%d}-{corpus.number:04d} </DOCNO>")
    sheet.add(f"<FILEID>AP-NR-{when:%m-%d-%y} {when:%H%M}EST</FILEID>")
    sheet.add(f"<FIRST>{rng.choice('ruab')} {rng.choice('aif')} {cycle}-{slug} {when:%m-%d} {words:04d}</FIRST>")
    sheet.add(f"<SECOND>{cycle}-{slug},{words + rng.randint(5, 40):04d}</SECOND>")
    sheet.add(f"<HEAD>{article.title}</HEAD>")
    if rng.random() < 0.25:
        sheet.add(f"<HEAD>{rng.choice(AP_EDITOR_NOTES)}</HEAD>")
    if rng.random() < 0.7:
        sheet.add(f"<BYLINE>By {rng.choice(AUTHORS).upper()}</BYLINE>", f"<BYLINE>{rng.choice(AP_DESKS)}</BYLINE>")
    if not HAS_DATELINE.match(article.paragraphs[0]):
        sheet.add(f"<DATELINE>{rng.choice(CORPUS_CITIES)} (AP) </DATELINE>")
    sheet.add("<TEXT>")
    _sgml_body(sheet, article, corpus)
    sheet.add("</TEXT>", "</DOC>")


def _trec_wsj(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    sheet.add("<DOC>", f"<DOCNO> WSJ{when:%y%m%d}-{corpus.number:04d} </DOCNO>")
    if rng.random() < 0.6:
        sheet.add(f"<DOCID> {when:%y%m%d}-{corpus.number:04d}. </DOCID>")
    if rng.random() < 0.5:
        sheet.add(f"<HL> {article.title} </HL>")
    else:
        a, b = rng.sample(AUTHORS, 2)
        reporter = rng.choice((f"By {a}", f"By Staff Reporter {a.upper()}", f"By {a.upper()} and {b.upper()}"))
        sheet.add(f"<HL> {article.title}", "   ----", f"   {reporter} </HL>")
    sheet.add(f"<DD> {when:%m/%d/%y} </DD>")
    sheet.add("<SO> WALL STREET JOURNAL (J) </SO>")
    if rng.random() < 0.6:
        sheet.add(f"<IN> {rng.choice(WSJ_INDUSTRIES)} </IN>")
    if rng.random() < 0.4 and not HAS_DATELINE.match(article.paragraphs[0]):
        sheet.add(f"<DATELINE> {rng.choice(CORPUS_CITIES)} </DATELINE>")
    sheet.add("<TEXT>")
    _sgml_body(sheet, article, corpus)
    sheet.add("</TEXT>", "</DOC>")


def _trec_la(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    lines = ["<DOC>", f"<DOCNO> LA{when:%m%d%y}-{corpus.number:04d} </DOCNO>"]
    lines.append(f"<DOCID> {rng.randrange(10**5, 10**6)} </DOCID>")
    weekday = WEEKDAYS["en"][when.weekday()]
    lines.append("<DATE>")
    _p_block(lines, f"{_date(when, 'en', 'long')}, {weekday}, {rng.choice(LA_EDITIONS)}")
    lines.append("</DATE>")
    lines.append("<SECTION>")
    _p_block(lines, rng.choice(LA_SECTIONS).format(p=rng.randint(1, 40), c=rng.randint(1, 6)))
    lines.append("</SECTION>")
    lines.append("<LENGTH>")
    _p_block(lines, f"{_word_count(article.paragraphs)} words")
    lines.append("</LENGTH>")
    lines.append("<HEADLINE>")
    _p_block(lines, article.title)
    lines.append("</HEADLINE>")
    if rng.random() < 0.7:
        lines.append("<BYLINE>")
        _p_block(
            lines, f"By {rng.choice(AUTHORS).upper()}, {rng.choice(('TIMES STAFF WRITER', 'SPECIAL TO THE TIMES'))}"
        )
        lines.append("</BYLINE>")
    lines.append("<TEXT>")
    sheet.add(*lines)
    for paragraph in article.paragraphs:
        sheet.add("<P>", paragraph, "</P>")
    sheet.truth.append({"title": article.title, "text": "\n".join(article.paragraphs)})
    if rng.random() < 0.3:
        sheet.add("</TEXT>", "<GRAPHIC>")
        sheet.add("<P>", f"Photo, {rng.choice(AUTHORS)} / Los Angeles Times", "</P>", "</GRAPHIC>")
    else:
        sheet.add("</TEXT>")
    if rng.random() < 0.4:
        sheet.add("<TYPE>", "<P>", rng.choice(("Wire", "Column", "Profile", "News")), "</P>", "</TYPE>")
    sheet.add("</DOC>")


def _gigaword(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    if rng.random() < 0.15:
        corpus.number += 1
        slug = "-".join(w.upper() for w in key_words(article.title)[:2])
        note = rng.choice(GIGAWORD_ADVISORIES[corpus.lang]).format(source=corpus.source.split("_")[0], slug=slug)
        sheet.add(f'<DOC id="{corpus.source}_{when:%Y%m%d}.{corpus.number:04d}" type="advis" >', "<TEXT>")
        sheet.add(*_wrap(note, corpus.width, False) if corpus.width else [note])
        sheet.add("</TEXT>", "</DOC>")
        corpus.number += 1
    sheet.add(f'<DOC id="{corpus.source}_{when:%Y%m%d}.{corpus.number:04d}" type="story" >')
    sheet.add("<HEADLINE>", article.title, "</HEADLINE>")
    if not HAS_DATELINE.match(article.paragraphs[0]) and rng.random() < 0.7:
        agency = corpus.source.split("_")[0].replace("APW", "AP").replace("XIN", "Xinhua").replace("NYT", "NYT")
        city = rng.choice(CORPUS_CITIES)
        mon = SHORT_MONTHS[corpus.lang][when.month - 1].rstrip(".")
        day = f"{mon} {when.day}" if corpus.lang == "en" else f"{when.day} {mon}"
        sheet.add("<DATELINE>", f"{city}, {day} ({agency})", "</DATELINE>")
    sheet.add("<TEXT>")
    truth: list[str] = []
    for paragraph in article.paragraphs:
        lines = _wrap(paragraph, corpus.width, False) if corpus.width else [paragraph]
        sheet.add("<P>", *lines, "</P>")
        truth.extend(lines)
    sheet.truth.append({"title": article.title, "text": "\n".join(truth)})
    sheet.add("</TEXT>", "</DOC>")


def _clef_agency(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    """The Swiss news agency's German (SDA) or French (ATS) wire in the CLEF shape: lead in <LD>, rest in <TX>."""
    rng, when = corpus.rng, corpus.when
    agency = "SDA" if corpus.lang == "de" else "ATS"
    docno = f"{agency}.{when:%y%m%d}.{corpus.number:04d}"
    sheet.add("<DOC>", f"<DOCNO>{docno}</DOCNO>", f"<DOCID>{docno}</DOCID>")
    sheet.add(f"<DATE>{when:%Y%m%d}</DATE>")
    if rng.random() < 0.6:
        keywords = [_topic(article, rng), *rng.sample(TAG_WORDS[corpus.lang], 2)]
        sheet.add(f"<KW>{' '.join(k for k in keywords if k)}</KW>")
    sheet.add(f"<NO>{corpus.number:04d}</NO>")
    sheet.add(f"<TI>{article.title}</TI>")
    lead, rest = article.paragraphs[:1], article.paragraphs[1:]
    sheet.add("<LD>", *lead, "</LD>")
    if rest:
        sheet.add("<TX>", *rest, "</TX>")
    sheet.truth.append({"title": article.title, "text": "\n".join(article.paragraphs)})
    if rng.random() < 0.7:
        sheet.add(f"<AU>{''.join(part[0] for part in rng.choice(AUTHORS).split()).lower()}</AU>")
    sheet.add("</DOC>")


def _clef_paper(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    docno = f"FR{when:%y%m%d}-{corpus.number:06d}"
    sheet.add("<DOC>", f"<DOCNO> {docno} </DOCNO>", f"<DOCID> {docno} </DOCID>")
    sheet.add(f"<DATE>{when:%d.%m.%Y}</DATE>")
    sheet.add(f"<RESSORT>{rng.choice(SECTIONS['de'])}</RESSORT>")
    sheet.add(f"<TITLE>{article.title}</TITLE>")
    sheet.add("<TEXT>")
    _sgml_body(sheet, article, corpus)
    sheet.add("</TEXT>", "</DOC>")


def _clef_lemonde(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    docno = f"LEMONDE{when:%y}-{corpus.number:06d}-{when:%Y%m%d}"
    sheet.add("<DOC>", f"<DOCNO>{docno}</DOCNO>", f"<DOCID>{docno}</DOCID>")
    sheet.add(f"<ARTICLE>{corpus.number}</ARTICLE>", f"<DATE>{when:%Y%m%d}</DATE>")
    sheet.add(f"<RUBRIQUE>{rng.choice(LEMONDE_RUBRIQUES)}</RUBRIQUE>")
    sheet.add(f"<TITLE>{article.title}</TITLE>")
    sheet.add("<TEXT>")
    _sgml_body(sheet, article, corpus)
    sheet.add("</TEXT>")
    if rng.random() < 0.6:
        sheet.add(f"<AUTEUR>{rng.choice(AUTHORS).upper()}</AUTEUR>")
    sheet.add("</DOC>")


def _clef_efe(sheet: _Sheet, article: SourceArticle, corpus: _Corpus) -> None:
    rng, when = corpus.rng, corpus.when
    docno = f"EFE{when:%Y%m%d}-{corpus.number:05d}"
    code, category = rng.choice(EFE_CATEGORIES)
    sheet.add("<DOC>", f"<DOCNO>{docno}</DOCNO>", f"<DOCID>{docno}</DOCID>")
    sheet.add(f"<DATE>{when:%Y%m%d}</DATE>", f"<TIME>{when:%H.%M}</TIME>", f"<SCATE>{code}</SCATE>")
    sheet.add(
        f"<FICHEROS>{when:%y}{rng.choice('FJMS')}.JPG</FICHEROS>",
        f"<DESTINO>{rng.choice(('ICX MUN', 'ICX', 'MUN'))}</DESTINO>",
    )
    sheet.add(f"<CATEGORY>{category}</CATEGORY>", f"<CLAVE>DAA{rng.randrange(1000, 10000)}</CLAVE>")
    sheet.add(f"<NUM>{rng.randint(10, 999)}</NUM>", f"<PRIORIDAD>{rng.choice('URBN')}</PRIORIDAD>")
    sheet.add(f"<TITLE>{article.title}</TITLE>", "<TEXT>")
    prefix = ""
    if not HAS_DATELINE.match(article.paragraphs[0]) and rng.random() < 0.7:
        mon = SHORT_MONTHS["es"][when.month - 1].rstrip(".")
        prefix = f"{rng.choice(EFE_CITIES)}, {when.day} {mon} (EFE).- "
    _sgml_body(sheet, article, corpus, prefix)
    sheet.add("</TEXT>", "</DOC>")


def _wikiextractor(sheet: _Sheet, article: SourceArticle, corpus: _Corpus, title_line: bool, revid: bool) -> None:
    rng = corpus.rng
    host = WIKI_HOSTS[corpus.lang]
    revision = f' revid="{rng.randrange(10**5, 5 * 10**6)}"' if revid else ""
    sheet.add(
        f'<doc id="{corpus.number}"{revision} url="https://{host}/wiki?curid={corpus.number}" title="{article.title}">'
    )
    if title_line:
        sheet.add(article.title)
        sheet.blank()
    write_article(sheet, article.title, article.paragraphs, corpus.gap)
    if rng.random() < 0.5:
        sheet.blank()
    sheet.add("</doc>")


def _newscrawl(
    sheet: _Sheet, article: SourceArticle, corpus: _Corpus, keys: Sequence[str], shown: Sequence[bool], again: bool
) -> None:
    rng, when = corpus.rng, corpus.when
    k_url, k_title, k_date, k_author, k_lang, k_source, k_words = keys
    source = rng.choice(SOURCES[corpus.lang])
    host = _domain(source, rng)
    url = f"https://www.{host}/{_slug(rng.choice(SECTIONS[corpus.lang]), rng)}/{_slug(article.title, rng)}"
    if rng.random() < 0.4:
        url += f"-{rng.randrange(10**6, 10**8)}.html"
    sheet.add(f"{k_url}: {url}", f"{k_title}: {article.title}")
    stamp = f"{when:%Y-%m-%d %H:%M:%S}" if k_date != "date_publish" else f"{when:%Y-%m-%dT%H:%M:%S}"
    sheet.add(f"{k_date}: {stamp if rng.random() < 0.8 else f'{when:%Y-%m-%d}'}")
    if shown[0] and rng.random() < 0.8:
        sheet.add(f"{k_author}: {rng.choice(AUTHORS)}")
    if shown[1]:
        sheet.add(f"{k_lang}: {LANG_CODES[corpus.lang]}")
    if shown[2]:
        sheet.add(f"{k_source}: {host}")
    if shown[3]:
        sheet.add(f"{k_words}: {_word_count(article.paragraphs)}")
    sheet.blank()
    if again:
        sheet.add(article.title)
        if corpus.gap:
            sheet.blank()
    write_article(sheet, article.title, article.paragraphs, corpus.gap)


def _conllu(sheet: _Sheet, article: SourceArticle, corpus: _Corpus, fields: Sequence[str], newpar: str) -> None:
    rng, when = corpus.rng, corpus.when
    sheet.add(f"# newdoc id = {rng.choice(('news', 'doc', corpus.lang + '-news'))}-{when:%Y%m%d}-{corpus.number:04d}")
    title_field = "title" in fields
    if "url" in fields:
        host = _domain(rng.choice(SOURCES[corpus.lang]), rng)
        sheet.add(f"# url = https://{host}/{_slug(article.title, rng)}")
    if "date" in fields:
        sheet.add(f"# date = {when:%Y-%m-%d}")
    if title_field:
        sheet.add(f"# title = {article.title}")
    start = 1
    if not title_field or rng.random() < 0.3:
        if newpar:
            sheet.add(newpar.format(n=1, d=corpus.number))
            start = 2
        sheet.add(article.title)
    breaks: dict[int, list[list[str]]] = {}
    if newpar:
        sheet.add(newpar.format(n=start, d=corpus.number))
        breaks = {j: [[newpar.format(n=start + j, d=corpus.number)]] for j in range(1, len(article.paragraphs))}
    write_article(sheet, article.title, article.paragraphs, corpus.gap and not newpar, breaks=breaks)


def build_corpus_formats(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A file of an NLP / IR corpus: TREC SGML (AP, WSJ, LA Times shapes), Gigaword, CLEF collections, the
    output of WikiExtractor, news-crawl records with plain header fields, or CoNLL-U style plain text with
    "# newdoc" comments; one container format per page."""
    lang = _lang(rng)
    fmt = rng.choice(CORPUS_FORMATS[lang])
    when = _when(rng)
    source = rng.choice(GIGAWORD_SOURCES.get(lang, GIGAWORD_SOURCES["en"]))
    corpus = _Corpus(
        lang=lang,
        rng=rng,
        when=when,
        fmt=fmt,
        gap=rng.random() < 0.5,
        indent=rng.choice(("", "   ")) if fmt == "trec_ap" else ("    " if fmt == "trec_wsj" else ""),
        width=rng.choice((0, 70, 72, 75, 78)) if fmt == "gigaword" else 0,
        number=rng.randint(1, 400),
        source=source,
    )
    if fmt in ("trec_ap", "trec_wsj", "clef_agency", "clef_paper", "clef_lemonde", "clef_efe"):
        corpus.gap = False
    title_line = rng.random() < 0.8
    revid = rng.random() < 0.4
    keys = rng.choice(NEWSCRAWL_KEYS)
    shown = [rng.random() < 0.5 for _ in range(4)]
    again = rng.random() < 0.3
    separator = rng.choice(NEWSCRAWL_SEPARATORS)
    fields = _pick(rng, ("url", "date", "title"), 0, 3)
    newpar = rng.choice(("# newpar", "# newpar id = p{n}", "# newpar id = d{d}-p{n}", "")) if rng.random() < 0.7 else ""
    sheet = _Sheet()
    simple: dict[str, Callable[[_Sheet, SourceArticle, _Corpus], None]] = {
        "trec_ap": _trec_ap,
        "trec_wsj": _trec_wsj,
        "trec_la": _trec_la,
        "gigaword": _gigaword,
        "clef_agency": _clef_agency,
        "clef_paper": _clef_paper,
        "clef_lemonde": _clef_lemonde,
        "clef_efe": _clef_efe,
    }
    for i, article in enumerate(articles):
        corpus.when = when + dt.timedelta(minutes=rng.randint(0, 1200) * (i + 1) // max(1, len(articles)))
        if fmt in simple:
            simple[fmt](sheet, article, corpus)
            corpus.number += rng.randint(1, 30)
        elif fmt == "wikiextractor":
            corpus.number += rng.randint(3, 900)
            _wikiextractor(sheet, article, corpus, title_line, revid)
        elif fmt == "newscrawl":
            if i:
                if separator:
                    sheet.blank()
                    sheet.add(separator)
                sheet.blank()
            _newscrawl(sheet, article, corpus, keys, shown, again)
        else:
            if i:
                sheet.blank()
            corpus.number += rng.randint(1, 40)
            _conllu(sheet, article, corpus, fields, newpar)
    if fmt == "newscrawl" and separator and rng.random() < 0.5:
        sheet.blank()
        sheet.add(separator)
    return sheet.draft()


# ---------------------------------------------------------------------------
# frontmatter_export
# ---------------------------------------------------------------------------

ENGINES = ("jekyll", "hugo_yaml", "hugo_toml", "pelican_md", "pelican_rst", "org", "ghost", "medium", "substack")
ENGINE_WEIGHTS = (20, 18, 14, 10, 6, 5, 9, 9, 9)
PLAIN_ENGINES = ("ghost", "medium", "substack")
SUBTITLES = {
    "en": (
        "Notes on {topic} and what comes next",
        "Why {topic} matters more than it seems",
        "A closer look at {topic}",
        "What we know so far",
        "Some thoughts after a long week",
        "The story behind the headlines",
    ),
    "de": (
        "Notizen zu {topic} und was jetzt kommt",
        "Warum {topic} wichtiger ist, als es scheint",
        "Ein genauerer Blick auf {topic}",
        "Was wir bisher wissen",
    ),
    "fr": (
        "Quelques notes sur {topic}",
        "Pourquoi {topic} compte plus qu'il n'y paraît",
        "Ce que l'on sait jusqu'ici",
        "Regard sur {topic}",
    ),
    "es": (
        "Apuntes sobre {topic}",
        "Por qué {topic} importa más de lo que parece",
        "Lo que sabemos hasta ahora",
        "Una mirada a {topic}",
    ),
}
IMAGE_ALTS = {
    "en": ("Photo of {topic}", "Illustration", "{topic}, file photo", "Screenshot", "Image: {topic}"),
    "de": ("Foto: {topic}", "Illustration", "Archivbild", "Symbolbild", "Screenshot"),
    "fr": ("Photo : {topic}", "Illustration", "Image d'archive", "Capture d'écran"),
    "es": ("Foto: {topic}", "Ilustración", "Imagen de archivo", "Captura de pantalla"),
}
IMAGE_CAPTIONS = {
    "en": ("Photo: {a}/{ag}", "{topic} in a file photo ({ag})", "Image credit: {a}"),
    "de": ("Foto: {a}/{ag}", "Archivbild: {topic} ({ag})", "Bild: {a}"),
    "fr": ("Photo : {a}/{ag}", "{topic}, photo d'archive ({ag})", "Crédit : {a}"),
    "es": ("Foto: {a}/{ag}", "{topic}, en una imagen de archivo ({ag})", "Imagen: {a}"),
}
AGENCIES = ("AP", "AFP", "Reuters", "dpa", "EFE", "Getty Images", "Unsplash")
VIA = {
    "en": ("Via", "Source:", "Originally published at", "h/t"),
    "de": ("Via", "Quelle:", "Zuerst erschienen bei"),
    "fr": ("Via", "Source :", "Publié initialement sur"),
    "es": ("Vía", "Fuente:", "Publicado originalmente en"),
}
FOOTNOTES = {
    "en": ("Figures as of {date}.", "Updated on {date} with new details.", "All quotes translated by the author."),
    "de": ("Stand: {date}.", "Aktualisiert am {date}.", "Zitate übersetzt von der Autorin."),
    "fr": ("Chiffres au {date}.", "Mis à jour le {date}.", "Citations traduites par l'auteur."),
    "es": ("Datos a {date}.", "Actualizado el {date}.", "Citas traducidas por el autor."),
}
READING = {"en": "{n} min read", "de": "{n} Min. Lesezeit", "fr": "{n} min de lecture", "es": "{n} min de lectura"}
GHOST_META = {
    "en": ("{a} · {date} · {minutes}", "Published on {date}", "{date} — {a}"),
    "de": ("{a} · {date} · {minutes}", "Veröffentlicht am {date}", "{date} — {a}"),
    "fr": ("{a} · {date} · {minutes}", "Publié le {date}", "{date} — {a}"),
    "es": ("{a} · {date} · {minutes}", "Publicado el {date}", "{date} — {a}"),
}
SUBSTACK_TRAILERS = {
    "en": (
        "Subscribe now",
        "Share",
        "Leave a comment",
        "Thanks for reading {blog}! Subscribe for free to receive new posts and support my work.",
    ),
    "de": (
        "Jetzt abonnieren",
        "Teilen",
        "Kommentar hinterlassen",
        "Danke fürs Lesen von {blog}! Abonniere kostenlos, um neue Beiträge zu erhalten.",
    ),
    "fr": (
        "S'abonner maintenant",
        "Partager",
        "Laisser un commentaire",
        "Merci de lire {blog} ! Abonnez-vous gratuitement pour recevoir les prochains articles.",
    ),
    "es": (
        "Suscríbete ahora",
        "Compartir",
        "Deja un comentario",
        "¡Gracias por leer {blog}! Suscríbete gratis para recibir nuevas publicaciones.",
    ),
}
NAME_LINES = ("{path}", "# {path}", "File: {path}", "--- {path} ---", "// {path}", "### {path}")
PLAIN_SEPARATORS = ("* * *", "—" * 20, "=" * 40, "-" * 40, "~~~")
HEX = "0123456789abcdef"
VIDEO_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"


@dataclass
class _Site:
    """What the posts of one export share."""

    lang: str
    rng: random.Random
    engine: str
    blog: str
    host: str
    author: str
    wrap: int
    h1_odds: float
    image_odds: float
    embed_odds: float
    more: str
    more_odds: float
    via_odds: float
    note_odds: float
    flow_lists: bool
    quoted: bool
    zone: str


def _markup(engine: str) -> str:
    if engine == "pelican_rst":
        return "rst"
    if engine == "org":
        return "org"
    return "plain" if engine in PLAIN_ENGINES else "md"


def _toml_string(text: str) -> str:
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return f"'{text}'" if "'" not in text else f"'''{text}'''"


def _yaml_list(key: str, values: Sequence[str], flow: bool, quoted: bool) -> list[str]:
    if flow:
        shown = ", ".join(f'"{v}"' if quoted else v for v in values)
        return [f"{key}: [{shown}]"]
    return [f"{key}:", *(f"  - {v}" for v in values)]


def _image_block(site: _Site, topic: str, slug: str, caption_odds: float = 0.5) -> list[str]:
    """An image between paragraphs, in the engine's markup."""
    rng, lang = site.rng, site.lang
    alt = _choose(rng, IMAGE_ALTS[lang], topic).format(topic=topic)
    caption = _choose(rng, IMAGE_CAPTIONS[lang], topic).format(
        topic=topic, a=rng.choice(AUTHORS), ag=rng.choice(AGENCIES)
    )
    markup = _markup(site.engine)
    stem = slug[:30].rstrip("-") or "image"
    if markup == "rst":
        if rng.random() < 0.5:
            return [f".. image:: /images/{stem}.jpg", f"   :alt: {alt}", f"   :width: {rng.choice((480, 640, 800))}px"]
        return [f".. figure:: /images/{stem}.jpg", f"   :alt: {alt}", "", f"   {caption}"]
    if markup == "org":
        lines = [f"#+CAPTION: {caption}"] if rng.random() < 0.6 else [f"#+ATTR_HTML: :alt {alt}"]
        return [*lines, f"[[file:/images/{stem}.jpg]]"]
    if site.engine.startswith("hugo") and rng.random() < 0.5:
        return [f'{{{{< figure src="/images/{stem}.jpg" alt="{alt}" caption="{caption}" >}}}}']
    if site.engine == "jekyll" and rng.random() < 0.4:
        return [f'{{% include figure.html image="/assets/img/{stem}.jpg" alt="{alt}" caption="{caption}" %}}']
    folder = "/assets/images" if site.engine == "jekyll" else "/images"
    lines = [f"![{alt}]({folder}/{stem}.{rng.choice(('jpg', 'png', 'webp'))})"]
    if rng.random() < caption_odds:
        lines.append(f"*{caption}*" if rng.random() < 0.6 else caption)
    return lines


def _embed_block(site: _Site) -> list[str]:
    rng = site.rng
    video = "".join(rng.choices(VIDEO_CHARS, k=11))
    if site.engine.startswith("hugo"):
        if rng.random() < 0.5:
            return [f"{{{{< youtube {video} >}}}}"]
        handle = _slug(rng.choice(AUTHORS), rng).replace("-", "")[:12]
        return [f'{{{{< tweet user="{handle}" id="{rng.randrange(10**17, 10**19)}" >}}}}']
    return [f'{{% include youtube.html id="{video}" %}}']


def _write_post_body(
    sheet: _Sheet,
    title: str,
    paragraphs: Sequence[str],
    breaks: dict[int, list[list[str]]],
    suffixes: dict[int, str],
    width: int,
) -> None:
    """Paragraphs split by blank lines, blocks of furniture before some (each set off by blank lines),
    maybe hard-wrapped at `width` (the truth is then the wrapped lines)."""
    truth: list[str] = []
    for j, paragraph in enumerate(paragraphs):
        if j:
            sheet.blank()
            for block in breaks.get(j, ()):
                sheet.add(*block)
                sheet.blank()
        lines = _wrap(paragraph, width, False) if width else [paragraph]
        sheet.add(*lines[:-1], lines[-1] + suffixes.get(j, ""))
        truth.extend(lines)
    sheet.truth.append({"title": title, "text": "\n".join(truth)})


def _front_matter(site: _Site, article: SourceArticle, when: dt.datetime, path_slug: str) -> list[str]:
    """The post's head: front matter, metadata lines, or the plain export's headline and meta lines."""
    rng, lang, engine = site.rng, site.lang, site.engine
    title = article.title
    author = site.author or rng.choice(AUTHORS)
    tags = _clean_tags(article, lang, rng, 1, 4)
    category = rng.choice(SECTIONS[lang])
    topic = _topic(article, rng)
    stem = path_slug[:30].rstrip("-") or "cover"
    first = article.paragraphs[0]
    summary = _cut(first, rng, 90, 180)
    summary = summary + "…" if summary != first else ""
    lines: list[str] = []
    if engine == "jekyll":
        lines.append("---")
        if rng.random() < 0.8:
            lines.append(f"layout: {rng.choice(('post', 'post', 'single', 'article'))}")
        lines.append(f"title: {_yaml_value(title, site.quoted)}")
        lines.append(f"date: {when:%Y-%m-%d %H:%M:%S} {site.zone.replace(':', '')}")
        if rng.random() < 0.3:
            lines.extend(("author:", f"  name: {author}", f"  url: https://{site.host}/about/"))
        else:
            lines.append(f"author: {author}")
        lines.extend(_yaml_list("categories", [category.lower()], site.flow_lists, False))
        lines.extend(_yaml_list("tags", tags, site.flow_lists, False))
        if site.more == "<!--more-->" and rng.random() < 0.5:
            lines.append("excerpt_separator: <!--more-->")
        if rng.random() < 0.4:
            lines.append(f"image: /assets/images/{stem}.jpg")
        if rng.random() < 0.3:
            lines.append("comments: true")
        lines.append("---")
    elif engine == "hugo_yaml":
        lines.extend(("---", f"title: {_yaml_value(title, site.quoted)}", f"date: {when:%Y-%m-%dT%H:%M:%S}{site.zone}"))
        if rng.random() < 0.3:
            later = when + dt.timedelta(days=rng.randint(1, 30))
            lines.append(f"lastmod: {later:%Y-%m-%dT%H:%M:%S}{site.zone}")
        lines.append("draft: false")
        if rng.random() < 0.4:
            lines.append(f"slug: {path_slug}")
        if rng.random() < 0.5:
            lines.extend(_yaml_list("authors", [author], site.flow_lists, True))
        else:
            lines.append(f"author: {_yaml_value(author, site.quoted)}")
        lines.extend(_yaml_list("tags", tags, site.flow_lists, site.quoted))
        lines.extend(_yaml_list("categories", [category], site.flow_lists, site.quoted))
        if summary and rng.random() < 0.3:
            lines.append(f"description: {_yaml_value(summary, True)}")
        if rng.random() < 0.3:
            lines.extend(("cover:", f"  image: images/{stem}.jpg"))
            lines.append(f"  alt: {_yaml_value(_choose(rng, IMAGE_ALTS[lang], topic).format(topic=topic), True)}")
        if rng.random() < 0.2:
            lines.append("toc: false")
        lines.append("---")
    elif engine == "hugo_toml":
        lines.extend(("+++", f"title = {_toml_string(title)}", f"date = {when:%Y-%m-%dT%H:%M:%S}{site.zone}"))
        lines.append(f"draft = {rng.choice(('false', 'false', 'true'))}")
        lines.append("tags = [" + ", ".join(f'"{t}"' for t in tags) + "]")
        lines.append(f'categories = ["{category}"]')
        lines.append(f"author = {_toml_string(author)}")
        if summary and rng.random() < 0.3:
            lines.append(f"description = {_toml_string(summary)}")
        if rng.random() < 0.35:
            lines.extend(("", "[params]", f'  image = "/images/{stem}.jpg"'))
            if rng.random() < 0.5:
                lines.append(f"  featured = {rng.choice(('true', 'false'))}")
        lines.append("+++")
    elif engine == "pelican_md":
        lines.extend((f"Title: {title}", f"Date: {when:%Y-%m-%d %H:%M}"))
        if rng.random() < 0.3:
            lines.append(f"Modified: {when + dt.timedelta(days=rng.randint(1, 20)):%Y-%m-%d %H:%M}")
        lines.extend((f"Category: {category}", f"Tags: {', '.join(tags)}", f"Slug: {path_slug}", f"Authors: {author}"))
        if summary and rng.random() < 0.4:
            lines.append(f"Summary: {summary}")
    elif engine == "pelican_rst":
        lines.extend((title, "#" * len(title), ""))
        lines.append(f":date: {when:%Y-%m-%d %H:%M}")
        if rng.random() < 0.3:
            lines.append(f":modified: {when + dt.timedelta(days=rng.randint(1, 20)):%Y-%m-%d %H:%M}")
        lines.extend(
            (f":tags: {', '.join(tags)}", f":category: {category}", f":slug: {path_slug}", f":authors: {author}")
        )
        if summary and rng.random() < 0.4:
            lines.append(f":summary: {summary}")
    elif engine == "org":
        weekday = WEEKDAYS["en"][when.weekday()][:3]
        lines.append(f"#+TITLE: {title}")
        lines.append(
            f"#+DATE: <{when:%Y-%m-%d} {weekday} {when:%H:%M}>" if rng.random() < 0.6 else f"#+DATE: {when:%Y-%m-%d}"
        )
        lines.append(f"#+AUTHOR: {author}")
        if rng.random() < 0.4:
            lines.extend(("#+HUGO_BASE_DIR: ../", "#+HUGO_SECTION: posts"))
        lines.extend((f"#+HUGO_TAGS: {' '.join(t.replace(' ', '-') for t in tags)}", f"#+HUGO_CATEGORIES: {category}"))
        if rng.random() < 0.5:
            lines.append("#+HUGO_DRAFT: false")
        if rng.random() < 0.3:
            lines.append("#+OPTIONS: toc:nil num:nil")
    else:
        lines.append(title)
        if engine == "medium" or rng.random() < 0.6:
            lines.append(_choose(rng, SUBTITLES[lang], topic).format(topic=topic))
        date = _date(when, lang, rng.choice(("long", "us", "short")) if lang == "en" else "long")
        if engine == "ghost":
            minutes = READING[lang].format(n=max(1, _word_count(article.paragraphs) // 230 + 1))
            lines.extend(("", rng.choice(GHOST_META[lang]).format(a=author, date=date, minutes=minutes)))
        elif engine == "substack":
            lines.extend((author, date))
    if lines and lines[-1] != "":
        lines.append("")
    return lines


def _post_file(site: _Site, article: SourceArticle, when: dt.datetime) -> tuple[_Sheet, str]:
    """One post's file and its path."""
    rng, lang, engine = site.rng, site.lang, site.engine
    slug = _slug(article.title, rng)
    markup = _markup(engine)
    file = _Sheet()
    file.add(*_front_matter(site, article, when, slug))
    if markup == "md" and rng.random() < site.h1_odds:
        file.add(f"# {article.title}", "")
    topic = _topic(article, rng)
    paragraphs = article.paragraphs
    breaks: dict[int, list[list[str]]] = {}
    suffixes: dict[int, str] = {}
    tail: list[list[str]] = []
    references: list[str] = []
    if markup != "plain" and rng.random() < site.image_odds:
        spot = rng.randrange(len(paragraphs))
        block = _image_block(site, topic, slug)
        if spot == 0:
            file.add(*block, "")
        else:
            breaks.setdefault(spot, []).append(block)
    if len(paragraphs) > 1 and site.more and rng.random() < site.more_odds:
        spot = 1 if len(paragraphs) < 4 or rng.random() < 0.6 else 2
        breaks.setdefault(spot, []).insert(0, [site.more])
    if engine in ("jekyll", "hugo_yaml", "hugo_toml") and len(paragraphs) > 2 and rng.random() < site.embed_odds:
        breaks.setdefault(rng.randrange(2, len(paragraphs)), []).append(_embed_block(site))
    if engine == "substack" and len(paragraphs) > 2 and rng.random() < 0.5:
        breaks.setdefault(rng.randrange(1, len(paragraphs)), []).append([SUBSTACK_TRAILERS[lang][0]])
    if markup == "md" and not site.wrap and rng.random() < site.note_odds:
        spot = rng.randrange(len(paragraphs))
        suffixes[spot] = "[^1]"
        note = rng.choice(FOOTNOTES[lang]).format(date=_date(when, lang, "long"))
        tail.append([f"[^1]: {note}"])
    if markup != "plain" and rng.random() < site.via_odds:
        source = rng.choice(SOURCES[lang])
        url = f"https://www.{_domain(source, rng)}/{when:%Y/%m/%d}/{slug}"
        via = rng.choice(VIA[lang])
        if markup == "rst":
            tail.insert(0, [f"{via} `{source} <{url}>`_"])
        elif markup == "org":
            tail.insert(0, [f"{via} [[{url}][{source}]]"])
        elif rng.random() < 0.6:
            tail.insert(0, [f"{via} [{source}][1]"])
            references.append(f"[1]: {url}")
            if rng.random() < 0.3:
                references.append(f"[2]: https://{site.host}/{rng.choice(('about', 'archive', 'tags'))}/")
        else:
            tail.insert(0, [f"{via} [{source}]({url})"])
    _write_post_body(file, article.title, paragraphs, breaks, suffixes, site.wrap)
    for block in tail:
        file.blank()
        file.add(*block)
    if references:
        file.blank()
        file.add(*references)
    if engine == "medium":
        date = _date(when, "en", "long")
        exported = when + dt.timedelta(days=rng.randint(30, 900))
        file.blank()
        file.add(f"By {site.author or rng.choice(AUTHORS)} on {date}.", "")
        file.add(
            f"Canonical link: https://medium.com/@{site.host.split('.')[0]}/{slug}-{''.join(rng.choices(HEX, k=12))}"
        )
        file.add("", f"Exported from Medium on {_date(exported, 'en', 'long')}.")
    elif engine == "substack":
        trailers = SUBSTACK_TRAILERS[lang]
        file.blank()
        if rng.random() < 0.5:
            file.add(trailers[3].format(blog=site.blog), "")
        file.add(*_pick(rng, trailers[:3], 1, 3))
    path = _post_path(site, slug, when)
    return file, path


def _post_path(site: _Site, slug: str, when: dt.datetime) -> str:
    rng, engine = site.rng, site.engine
    if engine == "jekyll":
        return f"_posts/{when:%Y-%m-%d}-{slug}.{rng.choice(('md', 'md', 'markdown'))}"
    if engine.startswith("hugo"):
        shapes = [
            f"content/posts/{slug}.md",
            f"content/blog/{when.year}/{slug}/index.md",
            f"content/post/{when:%Y-%m-%d}-{slug}.md",
        ]
        if site.lang != "en":
            shapes.append(f"content/{site.lang}/posts/{slug}.md")
        return rng.choice(shapes)
    if engine.startswith("pelican"):
        suffix = "rst" if engine == "pelican_rst" else "md"
        return rng.choice((f"content/{when.year}/{slug}.{suffix}", f"content/articles/{when:%Y-%m-%d}-{slug}.{suffix}"))
    if engine == "org":
        return rng.choice((f"content-org/{slug}.org", f"posts/{when:%Y-%m-%d}-{slug}.org"))
    if engine == "medium":
        words = "-".join(w.capitalize() for w in slug.split("-")[:6])
        return f"posts/{when:%Y-%m-%d}_{words}-{''.join(rng.choices(HEX, k=12))}.txt"
    if engine == "substack":
        return f"posts/{rng.randrange(10**8, 10**9)}.{slug}.txt"
    return f"ghost-export/{slug}.txt"


def build_frontmatter_export(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """The posts of a static site (Jekyll, Hugo, Pelican, ox-hugo) or a blog platform (Ghost, Medium, Substack)
    concatenated into one text file, each maybe under its file name ("==> path <==", files-to-prompt's
    "path" / "---"), with front matter or metadata lines and a Markdown / reST / Org body."""
    lang = _lang(rng)
    engine = rng.choices(ENGINES, weights=ENGINE_WEIGHTS)[0]
    markup = _markup(engine)
    blog = rng.choice(BROWSER_SITES[lang])
    more = {"md": rng.choice(("<!--more-->", "<!-- more -->")), "org": "#+hugo: more"}.get(markup, "")
    if engine.startswith("pelican"):
        more = ""
    site = _Site(
        lang=lang,
        rng=rng,
        engine=engine,
        blog=blog,
        host=_domain(blog, rng),
        author=rng.choice(AUTHORS) if rng.random() < 0.6 else "",
        wrap=rng.randint(72, 80) if markup != "plain" and rng.random() < 0.25 else 0,
        h1_odds=rng.choice((0.0, 0.0, 0.5, 1.0)) if engine in ("jekyll", "hugo_yaml", "hugo_toml") else 0.0,
        image_odds=rng.choice((0.0, 0.4, 0.8)),
        embed_odds=rng.choice((0.0, 0.0, 0.3)),
        more=more,
        more_odds=rng.choice((0.0, 0.5, 0.9)),
        via_odds=rng.choice((0.0, 0.2, 0.5)),
        note_odds=rng.choice((0.0, 0.0, 0.25)),
        flow_lists=rng.random() < 0.6,
        quoted=rng.random() < 0.5,
        zone=rng.choice(("+01:00", "+00:00", "-05:00", "+02:00")),
    )
    if markup == "plain":
        container = rng.choice(("head", "name", "separator", "separator"))
    else:
        container = rng.choice(("head", "head", "name", "prompt", "concat"))
    name_line = rng.choice(NAME_LINES)
    name_gap = rng.random() < 0.5
    separator = rng.choice(PLAIN_SEPARATORS)
    when = _when(rng)
    sheet = _Sheet()
    for i, article in enumerate(articles):
        when -= dt.timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 900))
        file, path = _post_file(site, article, when)
        while file.lines and file.lines[-1] == "":
            file.lines.pop()
        if container == "head":
            if i:
                sheet.blank()
            sheet.add(f"==> {path} <==")
        elif container == "name":
            if i:
                sheet.blank(rng.randint(1, 2))
            sheet.add(name_line.format(path=path))
            if name_gap:
                sheet.blank()
        elif container == "prompt":
            sheet.add(path, "---")
        elif container == "separator":
            if i:
                sheet.blank()
                sheet.add(separator)
                sheet.blank()
        elif i and rng.random() < 0.5:
            sheet.blank()
        sheet.add(*file.lines)
        sheet.truth.extend(file.truth)
        if container == "prompt":
            sheet.add("", "---")
    return sheet.draft()


# ---------------------------------------------------------------------------
# newspaper_ocr
# ---------------------------------------------------------------------------

VOWELS = frozenset("aeiouyäöüàâáéèêëíìîïóòôúùûæœ")
DIGRAPHS = frozenset(("ch", "sh", "th", "ph", "ck", "gh", "qu", "wh", "ll", "rr"))
# Misreadings of an OCR engine, by character.
OCR_SWAPS = {
    "e": ("c", "o", "é"),
    "c": ("e", "o"),
    "a": ("n", "u", "s"),
    "n": ("u", "ri", "m"),
    "m": ("rn", "in", "nn"),
    "l": ("1", "I", "i"),
    "i": ("l", "1", "í", "."),
    "I": ("l", "1", "|"),
    "t": ("f", "l"),
    "h": ("b", "li"),
    "o": ("0", "c", "e"),
    "r": ("n", "t"),
    "u": ("n", "ii"),
    "O": ("0", "Q", "C"),
    "S": ("8", "5"),
    "B": ("8", "R"),
    "E": ("F", "B"),
    "C": ("G", "("),
    "D": ("O", "I)"),
    "H": ("II", "N"),
    ",": (".", ";", ""),
    ".": (",", "'", ""),
    "0": ("O", "o"),
    "1": ("l", "I"),
    "5": ("S", "6"),
    "8": ("B", "3"),
    " ": ("", "  ", " '", " ."),
}
SPECKS = ("■", "' .", "I", "—", "•", "|", ".", "..", "i ,", "' ' '", "»", "\\", "1", ", '")
PAPERS = {
    "en": (
        ("The Evening Star", "WASHINGTON, D. C.", "Washington, D.C."),
        ("The Morning Herald", "BALTIMORE, MD.", "Baltimore, Md."),
        ("The Daily Sentinel", "SPRINGFIELD, ILL.", "Springfield, Ill."),
        ("The Portland Courier", "PORTLAND, ORE.", "Portland, Or."),
        ("The Evening Tribune", "PROVIDENCE, R. I.", "Providence, R.I."),
    ),
    "de": (
        ("Rheinische Volkszeitung", "Köln", "Köln"),
        ("Der Abendbote", "Berlin", "Berlin"),
        ("Badischer Landbote", "Karlsruhe", "Karlsruhe"),
        ("Elbe-Kurier", "Dresden", "Dresden"),
    ),
    "fr": (
        ("Le Petit Républicain", "Toulouse", "Toulouse"),
        ("L'Écho du Midi", "Montpellier", "Montpellier"),
        ("Le Courrier de l'Ouest", "Angers", "Angers"),
        ("La Dépêche du Centre", "Clermont-Ferrand", "Clermont-Ferrand"),
    ),
    "es": (
        ("El Diario del Norte", "Bilbao", "Bilbao"),
        ("La Voz de Levante", "Valencia", "Valencia"),
        ("El Heraldo de Castilla", "Valladolid", "Valladolid"),
        ("La Gaceta del Sur", "Sevilla", "Sevilla"),
    ),
}
MOTTOS = {
    "en": (
        "The Only Evening Paper in the City With the Associated Press News Service",
        "Complete Local and Wire News",
        "An Independent Newspaper",
    ),
    "de": ("Unabhängige Tageszeitung", "Heimatzeitung für Stadt und Land", "Überparteilich · Unabhängig"),
    "fr": ("Quotidien régional d'information", "Journal républicain du matin", "Le plus fort tirage de la région"),
    "es": ("Decano de la prensa regional", "Diario independiente de la mañana", "Periódico de información general"),
}
VOLUME_LINES = {
    "en": ("No. {no}—Vol. {vol}", "Vol. {vol}—No. {no}", "{vol}th YEAR. No. {no}"),
    "de": ("{vol}. Jahrgang · Nr. {no}", "Nr. {no} — {vol}. Jahrgang"),
    "fr": ("{vol}e année — N° {no}", "N° {no} — {vol}e année"),
    "es": ("Año {vol} — Núm. {no}", "Núm. {no} · Año {vol}"),
}
PRICES = {
    "en": ("TEN CENTS", "★ HOME EDITION ★  25 CENTS", "PRICE 50 CENTS", "$1.00"),
    "de": ("Einzelpreis 2,50 €", "Preis: 2,20 Euro", "2,80 €"),
    "fr": ("Prix : 1,60 €", "1,80 €", "Le numéro : 1,50 €"),
    "es": ("Precio: 1,80 euros", "1,50 €", "2 euros"),
}
WEATHER = {
    "en": (
        "WEATHER: Fair and colder tonight; tomorrow cloudy, high near 45.",
        "The Weather — Cloudy, light rain this afternoon. Temperatures today—Highest, 52; lowest, 38.",
        "FORECAST: Sunny and mild; winds from the west.",
    ),
    "de": ("Wetter: Bewölkt, später Regen, 4 bis 8 Grad.", "Das Wetter: Heiter bis wolkig, nachts Frost."),
    "fr": ("Météo : nuageux, quelques averses, 9°.", "Le temps : éclaircies l'après-midi, vent d'ouest."),
    "es": ("El tiempo: nubes y claros, máximas de 14 grados.", "Tiempo: cielo despejado, heladas nocturnas."),
}
INDEX_BOXES = {
    "en": (
        "INDEX",
        ("Amusements", "Classified", "Comics", "Editorials", "Financial", "Obituary", "Sports", "Radio-TV"),
    ),
    "de": ("Inhalt", ("Politik", "Wirtschaft", "Kultur", "Sport", "Anzeigen", "Fernsehen", "Leserbriefe")),
    "fr": ("Sommaire", ("Politique", "Économie", "Culture", "Sports", "Annonces", "Télévision", "Courrier")),
    "es": ("Sumario", ("Opinión", "Nacional", "Economía", "Cultura", "Deportes", "Anuncios", "Televisión")),
}
RUNNING_HEADS = {
    "en": (
        "{PAPER}, {PLACE}, {WEEKDAY}, {MONTH} {d}, {y}    {page}",
        "{page}    {PAPER}, {PLACE}, {WEEKDAY}, {MONTH} {d}, {y}",
        "{page}  {PAPER}  {WEEKDAY}, {MONTH} {d}, {y}",
    ),
    "de": (
        "Seite {n}    {paper}    {weekday}, {d}. {month} {y}",
        "{paper} — Nr. {no} — {weekday}, den {d}. {month} {y}    Seite {n}",
        "{n}    {PAPER}",
    ),
    "fr": ("{PAPER} — {weekday} {d} {month} {y}    {n}", "{n}    {PAPER}    {weekday} {d} {month} {y}"),
    "es": ("{PAPER} — {weekday}, {d} de {month} de {y} — Página {n}", "Pág. {n}    {PAPER}    {weekday} {d}"),
}
ARCHIVE_HEADS = {
    "en": "{lower}. [volume] ({place}) 1852-current, {Month} {dd}, {y}, Page {page}, Image {n}",
    "de": "{paper}, {dd}.{mm}.{y}, S. {n}",
    "fr": "{paper} ({place}). {y}-{mm}-{dd}.",
    "es": "{paper}. {d}/{mm}/{y}, n.º {no}, página {n}.",
}
ARCHIVE_FEET = {
    "en": (
        "Image provided by: State Historical Society; {place}",
        "Persistent link: https://archive.example.org/lccn/sn{lccn}/{y}-{mm}-{dd}/ed-1/seq-{n}/",
    ),
    "de": (
        "Digitalisat: Stadt- und Landesbibliothek {place}",
        "Permalink: https://zeitungsportal.example.de/{lccn}/{y}{mm}{dd}/seite-{n}",
    ),
    "fr": (
        "Source numerique.example.fr / Bibliothèque municipale de {place}",
        "Lien permanent : https://numerique.example.fr/ark:/12148/bpt6k{lccn}/f{n}.item",
    ),
    "es": (
        "Hemeroteca Digital · Biblioteca Municipal de {place}",
        "Enlace permanente: https://hemeroteca.example.es/issue.vm?id={lccn}&page={n}",
    ),
}
OCR_BYLINES = {
    "en": (
        "By {A}",
        "By {A}\nStaff Correspondent of {Paper}",
        "By the Associated Press.",
        "By {A}, Staff Writer",
        "Special Dispatch to {Paper}.",
    ),
    "de": ("Von unserem Korrespondenten {a}", "Von {a}", "(Eigener Bericht)", "Von unserem Redaktionsmitglied {a}"),
    "fr": ("Par {a}", "De notre envoyé spécial {a}", "(De notre correspondant particulier)", "{A}"),
    "es": ("Por {a}", "De nuestro corresponsal", "Por {A}", "{a}\nEspecial para {Paper}"),
}
OCR_DATELINES = {
    "en": ("{CITY}, {mon} {d} (AP).—", "{CITY}, {mon} {d}.—", "{CITY}, {mon} {d}—", "{CITY}, {mon} {d} (Special).—"),
    "de": ("{City}, {d}. {month}.", "{CITY}, {d}. {month} (dpa).", "{City}, {d}. {month} —"),
    "fr": ("{CITY}, {d} {month}. —", "{CITY}, {d} {month} (AFP). —", "{City}, {d} {month}. —"),
    "es": ("{CITY}, {d}. —", "{CITY}, {d} (EFE).—", "{City}, {d} de {month}. —"),
}
OCR_CITIES = {
    "en": ("WASHINGTON", "NEW YORK", "LONDON", "CHICAGO", "PARIS", "BERLIN"),
    "de": ("Berlin", "Bonn", "München", "Brüssel", "Washington", "Paris"),
    "fr": ("Paris", "Lyon", "Bruxelles", "Genève", "Washington", "Londres"),
    "es": ("Madrid", "Barcelona", "Bruselas", "Washington", "Lisboa", "París"),
}
DECKS = {
    "en": (
        "{Topic} Issue Draws Sharp Response",
        "Officials Weigh Next Steps",
        "Decision Expected Within Weeks",
        "Critics Say Plan Falls Short",
        "Move Follows Months of Debate",
        "Experts Divided Over {Topic}",
        "New Questions Raised on {Topic}",
        "Observers See Wider Implications",
    ),
    "de": (
        "Die Entscheidung fällt in den nächsten Wochen",
        "Kritiker sehen offene Fragen",
        "Neue Debatte um {Topic}",
        "Fachleute uneins über die Folgen",
    ),
    "fr": (
        "La décision attendue dans les prochaines semaines",
        "Les critiques se multiplient",
        "Nouveau débat autour de {Topic}",
        "Les experts restent divisés",
    ),
    "es": (
        "La decisión se espera en las próximas semanas",
        "Las críticas no se hacen esperar",
        "Nuevo debate sobre {Topic}",
        "Los expertos, divididos",
    ),
}
JUMP_OUT = {
    "en": ("Continued on Page A-{n}, Column {c}", "See {KEY}, Page A-{n}", "(Continued on Page {n}, Column {c}.)"),
    "de": ("(Fortsetzung auf Seite {n})", "Fortsetzung Seite {n}", "Bitte lesen Sie weiter auf Seite {n}"),
    "fr": ("(Suite page {n}.)", "Lire la suite en page {n}", "(Voir la suite en page {n}.)"),
    "es": ("(Continúa en la página {n})", "Pasa a la página {n}", "(Sigue en la pág. {n})"),
}
JUMP_IN = {
    "en": ("(Continued From Page A-1.)", "Continued From First Page.", "{KEY}—From Page A-1"),
    "de": ("(Fortsetzung von Seite 1)", "Schluss von Seite 1", "Fortsetzung von der ersten Seite"),
    "fr": ("(Suite de la première page.)", "(Suite de la page 1)", "SUITE DE LA PREMIÈRE PAGE"),
    "es": ("(Viene de la página 1)", "(Continuación de la primera página)", "VIENE DE LA PRIMERA"),
}
OCR_ADS = {
    "en": (
        ("HOLIDAY SALE", "Men's Wool Overcoats", "$89.50 to $149.50", "KESSLER & SONS · F St. at 7th"),
        ("WANTED", "Experienced Bookkeeper,", "full time. Apply Box 412,", "Star Office."),
        ("FOR RENT—2 rooms, kitchen, bath;", "near transp. $1,250 mo.", "Call ME. 8-4021."),
        ("GUARANTEED ROOF REPAIRS", "Free Estimates", "Phone LI. 3-0415"),
        ("MAYFAIR FURNITURE", "Open Tonight Till 9", "Easy Terms · Free Delivery"),
    ),
    "de": (
        ("WEIHNACHTSVERKAUF", "Wintermäntel ab 89,- €", "Kaufhaus Berger · Hohe Straße 12"),
        ("Zu vermieten:", "3-Zi.-Whg., 78 m², Balkon,", "ab 1.1. Tel. 0221/55 21 40"),
        ("Suche", "zuverlässige Bürokraft", "Zuschriften unter Chiffre 4412 an den Verlag"),
        ("Autohaus Krämer", "Jahreswagen zu Sonderpreisen", "Industriestraße 8 · Tel. 4 12 30"),
    ),
    "fr": (
        ("GRANDE VENTE DE BLANC", "Draps, nappes, serviettes", "Maison Dufour, 12, rue Nationale"),
        ("À LOUER", "Appartement F3, centre-ville", "Tél. 04 67 55 21 40"),
        ("On demande", "vendeuse expérimentée", "S'adresser au bureau du journal"),
        ("GARAGE MODERNE", "Toutes réparations", "Route de Lyon — Tél. 22-41"),
    ),
    "es": (
        ("GRAN LIQUIDACIÓN", "Abrigos de invierno desde 89 euros", "Almacenes Ruiz · Calle Mayor, 12"),
        ("SE ALQUILA", "piso céntrico, tres dormitorios", "Tel. 944 55 21 40"),
        ("SE NECESITA", "dependiente con experiencia", "Razón: en esta Administración"),
        ("TALLERES GÓMEZ", "Reparación de automóviles", "Avda. de la Estación, 4"),
    ),
}
OCR_RULES = ("—" * 8, "-" * 12, "* * *", "_" * 20, "=" * 10, "— — —", "- - - -")


def _ocr(text: str, rng: random.Random, rate: float) -> str:
    """`text` as an OCR engine may read it off a scan: a few characters misread, dropped or doubled."""
    out = []
    for char in text:
        roll = rng.random()
        if roll < rate and char in OCR_SWAPS:
            out.append(rng.choice(OCR_SWAPS[char]))
        elif roll < rate * 1.2 and char.isalpha():
            out.append(char + rng.choice(("'", ".", char, ",")))
        else:
            out.append(char)
    return "".join(out)


def _split_word(word: str, room: int) -> tuple[str, str] | None:
    """`word` broken at a line end so that its first part (with the hyphen) fits in `room` columns: after its
    own hyphen, or between two lower-case letters at a syllable-like boundary (before a consonant that a vowel
    follows, after a vowel or another consonant), keeping at least two letters before the break and three after."""
    own = word.rfind("-", 0, room)
    if 2 <= own < len(word) - 2 and word[own - 1].isalpha() and word[own + 1].isalpha():
        return word[: own + 1], word[own + 1 :]
    letters = 0
    while letters < len(word) and word[letters].isalpha():
        letters += 1
    if letters < 5 or not word[1:letters].islower():
        return None
    best = 0
    lower = word[:letters].lower()
    for k in range(2, min(room, letters - 2)):
        if lower[k - 1 : k + 1] in DIGRAPHS or lower[k] in VOWELS or lower[k + 1] not in VOWELS:
            continue
        vowel_before = lower[k - 1] in VOWELS or (lower[k - 2] in VOWELS and lower[k - 2 : k] not in DIGRAPHS)
        if vowel_before and VOWELS & set(lower[:k]):
            best = k
    if not best:
        return None
    return word[:best] + "-", word[best:]


def _column(text: str, width: int, rng: random.Random, hyphenate: float, indent: str) -> list[str]:
    """`text` set in a newspaper column `width` wide: filled greedily, a word that does not fit broken at the
    line end (`_split_word`) with odds `hyphenate`, the first line opening with `indent`."""
    lines: list[str] = []
    line = indent
    for word in text.split():
        while True:
            space = " " if line.strip() else ""
            if len(line) + len(space) + len(word) <= width:
                line += space + word
                break
            split = _split_word(word, width - len(line) - len(space)) if rng.random() < hyphenate else None
            if split:
                lines.append(line + space + split[0])
                word = split[1]
                line = ""
            elif line.strip():
                lines.append(line)
                line = ""
            else:
                line += word
                break
    if line.strip():
        lines.append(line)
    return lines


@dataclass
class _Press:
    """What one scanned page shares."""

    lang: str
    rng: random.Random
    when: dt.datetime
    paper: tuple[str, str, str]
    rate: float
    width: int
    hyphenate: float
    indent: str
    gap: bool
    page: int
    number: int
    section: str


def _page_label(press: _Press, page: int) -> str:
    if press.lang == "en":
        return f"{press.section}-{page}" if press.section else str(page)
    return {"de": f"Seite {page}", "fr": f"Page {page}", "es": f"Página {page}"}[press.lang] if page % 2 else str(page)


def _running_head(press: _Press, page: int) -> str:
    rng, lang, when = press.rng, press.lang, press.when
    name, place, _ = press.paper
    shape = rng.choice(RUNNING_HEADS[lang])
    label = f"{press.section}-{page}" if lang == "en" and press.section else str(page)
    head = shape.format(
        PAPER=name.upper(),
        paper=name,
        PLACE=place.upper(),
        WEEKDAY=WEEKDAYS[lang][when.weekday()].upper(),
        weekday=WEEKDAYS[lang][when.weekday()].capitalize(),
        MONTH=MONTHS[lang][when.month - 1].upper(),
        month=MONTHS[lang][when.month - 1],
        d=when.day,
        y=when.year,
        page=label,
        n=page,
        no=press.number,
    )
    return _ocr(head, rng, press.rate)


def _masthead(press: _Press) -> list[str]:
    rng, lang, when = press.rng, press.lang, press.when
    name, place, _ = press.paper
    lines = []
    if rng.random() < 0.5:
        lines.append(_ocr(rng.choice(WEATHER[lang]), rng, press.rate))
    lines.append(_ocr(name.upper() if rng.random() < 0.6 else name, rng, press.rate / 2))
    if rng.random() < 0.6:
        lines.append(_ocr(rng.choice(MOTTOS[lang]), rng, press.rate))
    volume = rng.choice(VOLUME_LINES[lang]).format(no=_thousands(press.number, lang), vol=rng.randint(40, 180))
    weekday = WEEKDAYS[lang][when.weekday()]
    if lang == "en":
        date = f"{place}, {weekday.upper()}, {MONTHS['en'][when.month - 1].upper()} {when.day}, {when.year}"
    else:
        date = f"{weekday.capitalize()}, {_date(when, lang, 'long')}"
    lines.append(_ocr(f"{volume}    {date}    {rng.choice(PRICES[lang])}", rng, press.rate))
    lines.append("")
    if rng.random() < 0.4:
        title, entries = INDEX_BOXES[lang]
        lines.append(_ocr(title, rng, press.rate))
        for entry in _pick(rng, entries, 3, 6):
            page = f"{rng.choice('ABC')}-{rng.randint(2, 24)}" if lang == "en" else str(rng.randint(2, 24))
            lines.append(_ocr(f"{entry} {'.' * rng.randint(3, 12)} {page}", rng, press.rate))
        lines.append("")
    return lines


def _archive(press: _Press, head: bool) -> list[str]:
    rng, lang, when = press.rng, press.lang, press.when
    name, _, plain_place = press.paper
    values = {
        "lower": name.lower(),
        "paper": name,
        "place": plain_place,
        "Month": MONTHS["en"][when.month - 1],
        "dd": f"{when.day:02d}",
        "d": when.day,
        "mm": f"{when.month:02d}",
        "y": when.year,
        "page": _page_label(press, press.page) if lang == "en" else press.page,
        "n": press.page,
        "no": press.number,
        "lccn": rng.randrange(10**7, 10**8),
    }
    if head:
        return [ARCHIVE_HEADS[lang].format(**values), ""]
    return ["", *(line.format(**values) for line in _pick(rng, ARCHIVE_FEET[lang], 1, 2))]


def _dateline_prefix(press: _Press, article: SourceArticle) -> str:
    rng, lang, when = press.rng, press.lang, press.when
    if HAS_DATELINE.match(article.paragraphs[0]) or rng.random() < 0.5:
        return ""
    city = rng.choice(OCR_CITIES[lang])
    month = MONTHS[lang][when.month - 1]
    mon = month if when.month in (5, 6, 7) else SHORT_MONTHS["en"][when.month - 1] + "."
    prefix = rng.choice(OCR_DATELINES[lang]).format(CITY=city.upper(), City=city, mon=mon, d=when.day, month=month)
    if len(press.indent) + len(prefix) > press.width - 8:
        return ""
    return prefix + rng.choice((" ", " ", ""))


def _set_paragraphs(press: _Press, paragraphs: Sequence[str], prefix: str) -> list[tuple[str, str | None]]:
    """The paragraphs set in the column: (line on the page, its truth line or None for a blank)."""
    rows: list[tuple[str, str | None]] = []
    for j, paragraph in enumerate(paragraphs):
        if j and press.gap:
            rows.append(("", None))
        opener = prefix if j == 0 else ""
        lines = _column(opener + paragraph, press.width, press.rng, press.hyphenate, press.indent)
        for k, line in enumerate(lines):
            truth = line.lstrip()
            if k == 0 and opener:
                head = " ".join(opener.split())
                truth = truth[len(head) :].lstrip() if truth.startswith(head) else truth
                if not truth:
                    rows.append((line, None))
                    continue
            rows.append((line, truth))
    return rows


def _speck(press: _Press) -> str:
    return press.rng.choice(SPECKS)


def build_newspaper_ocr(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """The OCR text of a scanned newspaper page from a digitised-press archive: masthead or running header,
    headlines, decks, bylines, narrow hyphenated columns, jump lines, a column or page break inside an article,
    ads and specks between articles; OCR noise in that furniture only."""
    lang = _lang(rng)
    front = rng.random() < 0.35
    press = _Press(
        lang=lang,
        rng=rng,
        when=_when(rng),
        paper=rng.choice(PAPERS[lang]),
        rate=rng.choice((0.01, 0.02, 0.035)),
        width=rng.randint(28, 45),
        hyphenate=rng.choice((0.5, 0.8, 1.0)),
        indent=rng.choice(("", "  ", "   ", "  ")),
        gap=False,
        page=1 if front else rng.randint(2, 28),
        number=rng.randint(1200, 52000),
        section=rng.choice(("A", "A", "") if front else ("A", "A", "B", "")) if lang == "en" else "",
    )
    press.gap = press.indent == "" or rng.random() < 0.3
    caps = {"en": 0.85, "de": 0.15, "fr": 0.5, "es": 0.5}[lang]
    deck_odds = rng.choice((0.0, 0.4, 0.8))
    byline_odds = rng.choice((0.3, 0.7))
    byline = rng.choice(OCR_BYLINES[lang])
    jump_out = front and rng.random() < 0.6
    jump_in = not front and rng.random() < 0.4
    candidates = [i for i, a in enumerate(articles) if len(a.paragraphs) >= (2 if jump_out else 3)]
    jumped = rng.choice(candidates) if (jump_out or jump_in) and candidates else -1
    page_break = rng.random() < 0.35
    column_break = rng.random() < 0.5
    broken = rng.randrange(len(articles))
    between = rng.choice(("rule", "blank", "ads", "mixed"))
    sheet = _Sheet()

    if rng.random() < 0.4:
        sheet.add(*_archive(press, True))
    if front:
        sheet.add(*_masthead(press))
    else:
        sheet.add(_running_head(press, press.page), "")
    for i, article in enumerate(articles):
        if i:
            kind = rng.choice(("rule", "blank", "ads")) if between == "mixed" else between
            sheet.blank(rng.randint(1, 2))
            if kind == "rule":
                sheet.add(_ocr(rng.choice(OCR_RULES), rng, press.rate))
                sheet.blank()
            elif kind == "ads" and rng.random() < 0.6:
                sheet.add(*(_ocr(line, rng, press.rate * 2) for line in rng.choice(OCR_ADS[lang])))
                sheet.blank()
            if rng.random() < 0.2:
                sheet.add(_speck(press))
        title = article.title.upper() if rng.random() < caps else article.title
        sheet.add(title)
        key = key_words(article.title)[0].upper()
        paragraphs = list(article.paragraphs)
        if i == jumped and jump_in:
            sheet.add(_ocr(rng.choice(JUMP_IN[lang]).format(KEY=key), rng, press.rate))
            paragraphs = paragraphs[rng.randint(1, len(paragraphs) - 2) :]
        if rng.random() < deck_odds:
            topic = _topic(article, rng)
            decks = [deck for deck in DECKS[lang] if topic or "opic}" not in deck]
            for n, deck in enumerate(rng.sample(decks, rng.randint(1, 2))):
                if n:
                    sheet.add(_ocr(rng.choice(("———", "——", "- - -", "—")), rng, press.rate))
                text = deck.format(Topic=topic[:1].upper() + topic[1:])
                if rng.random() < 0.4:
                    text = text.upper()
                sheet.add(*(_ocr(line, rng, press.rate) for line in _wrap(text, press.width, False)))
        if rng.random() < byline_odds:
            author = rng.choice(AUTHORS)
            shown = byline.format(A=author.upper(), a=author, Paper=press.paper[0])
            sheet.add(*(_ocr(line, rng, press.rate) for line in shown.split("\n")))
        if rng.random() < 0.5:
            sheet.blank()
        if i == jumped and jump_out:
            paragraphs = paragraphs[: rng.randint(1, len(paragraphs) - 1)]
        prefix = _dateline_prefix(press, article) if paragraphs[0] == article.paragraphs[0] else ""
        rows = _set_paragraphs(press, paragraphs, prefix)
        inner = [k for k in range(1, len(rows)) if rows[k][1] is not None and rows[k - 1][1] is not None]
        if i == broken and inner and (page_break or column_break):
            at = rng.choice(inner)
            if page_break:
                press.page += 1
                block: list[tuple[str, str | None]] = [
                    ("", None),
                    (_ocr(_page_label(press, press.page - 1), rng, press.rate), None),
                ]
                if rng.random() < 0.5:
                    block.append((_speck(press), None))
                block += [("", None), (_running_head(press, press.page), None), ("", None)]
            else:
                block = [("", None)] * rng.randint(1, 2)
                if rng.random() < 0.5:
                    block += [(_speck(press), None), ("", None)]
            rows[at:at] = block
        sheet.add(*(line for line, _ in rows))
        sheet.truth.append({"title": title, "text": "\n".join(t for _, t in rows if t is not None)})
        if i == jumped and jump_out:
            jump = rng.choice(JUMP_OUT[lang]).format(n=rng.randint(2, 24), c=rng.randint(1, 8), KEY=key)
            sheet.add(_ocr(jump, rng, press.rate))
    sheet.blank(rng.randint(1, 2))
    if rng.random() < 0.5:
        sheet.add(*(_ocr(line, rng, press.rate * 2) for line in rng.choice(OCR_ADS[lang])))
        sheet.blank()
    if rng.random() < 0.6:
        sheet.add(_ocr(_page_label(press, press.page), rng, press.rate))
    if rng.random() < 0.4:
        sheet.add(*_archive(press, False))
    return sheet.draft()


# ---------------------------------------------------------------------------
# blog_comments
# ---------------------------------------------------------------------------

COMMENTERS = {
    "en": (
        "Margaret H.",
        "Dave R.",
        "skeptic_42",
        "Peter from Leeds",
        "Anonymous",
        "J. Whitfield",
        "northern_lass",
        "Tom",
        "Rachel K.",
        "old_salt",
        "Kevin O'Brien",
        "quietriver",
        "Sam",
        "Linda M.",
        "truthseeker",
        "B. Okafor",
        "Harbinger77",
        "Ellen W.",
    ),
    "de": (
        "Bernd K.",
        "Kaffeetante",
        "Moewe42",
        "Jürgen Schulz",
        "Anonym",
        "Sabine",
        "Nordlicht",
        "Dr. Fischer",
        "Rheinlaender",
        "M. Yilmaz",
        "Heike",
        "tom.b",
        "Querdenker_nicht",
    ),
    "fr": (
        "Marie-Claire",
        "Gaston75",
        "Anonyme",
        "J.-P. Morel",
        "lectrice_du_soir",
        "Cigale",
        "Hélène D.",
        "Karim B.",
        "Marmotte",
        "Yves",
        "pti_lu",
    ),
    "es": (
        "Carmen L.",
        "el_viajero",
        "Anónimo",
        "Pepe G.",
        "mariajo",
        "Javier M.",
        "Lechuza",
        "Ana Belén",
        "Tito_88",
        "Rosa",
        "Ardilla",
    ),
}
COMMENT_SENTENCES = {
    "en": (
        "Great write-up, thanks for putting this together.",
        "I've been following this story for a while and this is the clearest summary I've read so far.",
        "Honestly, I don't buy it.",
        "Does anyone know whether this applies outside the US as well?",
        "My brother works in this area and he says the reality on the ground is a lot messier than the headlines "
        "suggest.",
        "This is exactly why I stopped reading the big outlets.",
        "Thank you for actually linking to the sources.",
        "I think the author is being a bit too generous here.",
        "Not sure why this is news, it was obvious months ago.",
        "Can we please get a follow-up on this in a few weeks?",
        "Well said.",
        "I read it twice and I'm still not sure what the actual conclusion is.",
        "Some of the comments here are missing the point entirely.",
        "People seem to forget that there are real people affected by all of this.",
        "The last paragraph says it all.",
        "I disagree with most of this, but it's a fair and well-argued piece.",
        "Typo in the third paragraph, by the way.",
        "We had almost the same situation in our town a couple of years back, and nobody learned anything from it.",
        "Where is the accountability?",
        "Interesting, but correlation is not causation.",
        "I remember when this kind of thing would have been a scandal.",
        "Finally someone says it out loud.",
        "This deserves a lot more attention than it is getting.",
        "Bookmarking this to share with my students.",
        "Let's wait and see what actually happens before jumping to conclusions.",
        "Sad, but not surprising.",
        "I'd love to hear the other side of the story too.",
        "Every time I read about this I get a little more depressed.",
        "The headline is a bit misleading, the article itself is much more nuanced.",
        "Thanks, this cleared up a lot of confusion for me.",
        "Anyone who has worked in government could have told you this would happen.",
        "This is the kind of reporting I'm happy to pay for.",
        "Could you do a piece on what ordinary people can do about it?",
        "I was there when it happened and it was nothing like what was described on TV.",
        "Not everything has to be turned into a political fight.",
        "Keep up the good work.",
        "My late father used to say that the truth comes out eventually, and I think he was right about this one.",
        "I'm genuinely curious how the numbers will look a year from now.",
        "It's easy to be outraged from the sidelines, much harder to actually fix anything.",
        "Whoever decided this clearly never had to live with the consequences.",
    ),
    "de": (
        "Danke für den ausführlichen Artikel.",
        "Ich sehe das ehrlich gesagt ganz anders.",
        "Weiß jemand, ob das auch für Österreich und die Schweiz gilt?",
        "Mein Schwager arbeitet in der Branche und sagt, dass die Lage vor Ort noch viel komplizierter ist.",
        "Genau deshalb lese ich diese Seite so gern.",
        "Der letzte Absatz bringt es auf den Punkt.",
        "Das war doch schon vor Monaten absehbar.",
        "Bitte bleiben Sie an dem Thema dran.",
        "Gut geschrieben, aber ein paar Zahlen hätten dem Text gutgetan.",
        "Traurig, aber leider nicht überraschend.",
        "Wo bleibt hier eigentlich die Verantwortung der Politik?",
        "Ich finde, man sollte erst einmal abwarten, bevor man urteilt.",
        "Die Überschrift ist etwas reißerisch, der Artikel selbst ist deutlich differenzierter.",
        "Bei uns im Ort gab es vor zwei Jahren fast genau denselben Fall, und gelernt hat daraus niemand etwas.",
        "Endlich spricht es mal jemand aus.",
        "Kleiner Tippfehler im dritten Absatz.",
        "Das verdient viel mehr Aufmerksamkeit.",
        "Ich habe den Text zweimal gelesen und bin mir immer noch nicht sicher, was die Schlussfolgerung ist.",
        "Vielen Dank für die Einordnung.",
        "Man vergisst leicht, dass es hier um echte Menschen geht.",
        "Von außen lässt sich das natürlich leicht kritisieren.",
        "Mal sehen, wie die Zahlen in einem Jahr aussehen.",
    ),
    "fr": (
        "Merci pour cet article très complet.",
        "Franchement, je n'y crois pas une seconde.",
        "Quelqu'un sait-il si cela s'applique aussi en Belgique et en Suisse ?",
        "Mon beau-frère travaille dans ce secteur et il dit que la réalité est bien plus compliquée.",
        "C'est exactement pour ça que je lis ce site.",
        "Le dernier paragraphe résume tout.",
        "C'était prévisible depuis des mois.",
        "Merci de suivre ce sujet dans les prochaines semaines.",
        "Bien écrit, mais quelques chiffres n'auraient pas été de trop.",
        "Triste, mais pas surprenant.",
        "Où est la responsabilité des pouvoirs publics dans tout ça ?",
        "Attendons de voir avant de tirer des conclusions.",
        "Le titre est un peu racoleur, l'article est bien plus nuancé.",
        "Dans ma commune, on a eu presque la même histoire il y a deux ans, et personne n'en a tiré de leçon.",
        "Enfin quelqu'un qui le dit.",
        "Petite coquille au troisième paragraphe.",
        "Ce sujet mérite beaucoup plus d'attention.",
        "J'ai relu deux fois et je ne vois toujours pas où l'auteur veut en venir.",
        "On oublie trop souvent qu'il s'agit de vraies personnes.",
        "C'est facile de critiquer depuis son canapé.",
    ),
    "es": (
        "Gracias por el artículo, muy completo.",
        "Sinceramente, no me lo creo.",
        "¿Alguien sabe si esto se aplica también en América Latina?",
        "Mi cuñado trabaja en el sector y dice que la realidad es mucho más complicada de lo que parece.",
        "Por esto mismo leo este blog.",
        "El último párrafo lo dice todo.",
        "Era previsible desde hace meses.",
        "Por favor, sigan informando sobre este tema.",
        "Bien escrito, aunque habrían venido bien algunos datos.",
        "Triste, pero nada sorprendente.",
        "¿Y dónde queda la responsabilidad de las instituciones?",
        "Mejor esperar a ver qué pasa antes de sacar conclusiones.",
        "El titular es algo exagerado, el artículo es mucho más matizado.",
        "En mi pueblo pasó casi lo mismo hace dos años y nadie aprendió nada.",
        "Por fin alguien lo dice.",
        "Hay una errata en el tercer párrafo.",
        "Este tema merece mucha más atención.",
        "Lo he leído dos veces y sigo sin saber cuál es la conclusión.",
        "Se nos olvida que detrás de todo esto hay personas.",
        "Es muy fácil criticar desde el sofá.",
    ),
}
TOPIC_SENTENCES = {
    "en": (
        "The part about {topic} is what worries me most.",
        "I had no idea {topic} was such a big deal until I read this.",
        "Say what you want about {topic}, but this was bound to happen.",
        "Has anyone seen any numbers on {topic} from before all this?",
        "{topic} again? I feel like we have this exact conversation every year.",
        "I live near where this happened, and {topic} is all anyone talks about.",
    ),
    "de": (
        "Das mit {topic} macht mir am meisten Sorgen.",
        "Schon wieder {topic}? Die Diskussion führen wir doch jedes Jahr.",
        "Gibt es eigentlich belastbare Zahlen zu {topic}?",
        "Über {topic} wird bei uns seit Wochen gesprochen.",
    ),
    "fr": (
        "Ce qui m'inquiète le plus, c'est {topic}.",
        "Encore {topic} ? On a ce débat tous les ans.",
        "Existe-t-il des chiffres fiables sur {topic} ?",
        "Chez nous, on ne parle que de {topic} depuis des semaines.",
    ),
    "es": (
        "Lo de {topic} es lo que más me preocupa.",
        "¿Otra vez {topic}? Tenemos este debate todos los años.",
        "¿Hay datos fiables sobre {topic}?",
        "En mi barrio no se habla de otra cosa que de {topic}.",
    ),
}
PERSONAL_SENTENCES = {
    "en": (
        "I've been reading this blog for {n} years and rarely comment, but this one got me.",
        "We went through something similar {n} years ago and it took months to sort out.",
        "Long-time lurker, first comment in {n} years.",
    ),
    "de": (
        "Ich lese hier seit {n} Jahren mit und kommentiere selten, aber das musste jetzt raus.",
        "Vor {n} Jahren hatten wir etwas Ähnliches, und es hat Monate gedauert, bis alles geklärt war.",
    ),
    "fr": (
        "Je vous lis depuis {n} ans sans jamais commenter, mais là il fallait que je réagisse.",
        "Il y a {n} ans, nous avons vécu la même chose, et il a fallu des mois pour s'en remettre.",
    ),
    "es": (
        "Llevo {n} años leyendo este blog y casi nunca comento, pero esta vez no me he podido callar.",
        "Hace {n} años nos pasó algo parecido y tardamos meses en recuperarnos.",
    ),
}
SHORT_REPLIES = {
    "en": (
        "Exactly my thoughts.",
        "Not really, read the article again.",
        "Source?",
        "Thanks, I didn't know that.",
        "Fair point.",
        "That's not what the article says though.",
        "Couldn't agree more.",
        "You're missing the point.",
        "Same here.",
        "I'm not sure that's how it works.",
        "Care to elaborate?",
    ),
    "de": (
        "Sehe ich genauso.",
        "Quelle?",
        "Das steht so aber nicht im Artikel.",
        "Guter Punkt.",
        "Danke, wusste ich nicht.",
    ),
    "fr": (
        "Tout à fait d'accord.",
        "Source ?",
        "Ce n'est pas ce que dit l'article.",
        "Bien vu.",
        "Merci, je l'ignorais.",
    ),
    "es": (
        "Totalmente de acuerdo.",
        "¿Fuente?",
        "Eso no es lo que dice el artículo.",
        "Buena observación.",
        "Gracias, no lo sabía.",
    ),
}
QUOTE_REACTIONS = {
    "en": ("This is the key sentence for me.", "— this.", "Exactly. Nobody seems to be asking why."),
    "de": ("Das ist für mich der entscheidende Satz.", "— genau das.", "Eben. Und niemand fragt, warum."),
    "fr": ("C'est la phrase clé, à mon avis.", "— tout est dit.", "Exactement. Et personne ne demande pourquoi."),
    "es": ("Esta es la frase clave para mí.", "— eso mismo.", "Exacto. Y nadie se pregunta por qué."),
}
NO_COMMENTS = {
    "en": ("No comments yet.", "Be the first to comment.", "There are no comments yet."),
    "de": ("Noch keine Kommentare.", "Schreiben Sie den ersten Kommentar."),
    "fr": ("Aucun commentaire pour l'instant.", "Soyez le premier à commenter."),
    "es": ("Todavía no hay comentarios.", "Sé el primero en comentar."),
}
WP_HEADS = {
    "en": ("{n} thoughts on “{title}”", "{n} Responses to “{title}”", "{n} Comments"),
    "de": ("{n} Gedanken zu „{title}“", "{n} Kommentare"),
    "fr": ("{n} réflexions sur « {title} »", "{n} commentaires"),
    "es": ("{n} comentarios en «{title}»", "{n} respuestas a «{title}»"),
}
WP_SAYS = {"en": "{u} says:", "de": "{u} sagt:", "fr": "{u} dit :", "es": "{u} dice:"}
WP_REPLY = {
    "en": ("Reply", "Log in to Reply"),
    "de": ("Antworten", "Zum Antworten anmelden"),
    "fr": ("Répondre", "Connectez-vous pour répondre"),
    "es": ("Responder", "Inicia sesión para responder"),
}
WP_MODERATION = {
    "en": "Your comment is awaiting moderation.",
    "de": "Dein Kommentar muss noch freigegeben werden.",
    "fr": "Votre commentaire est en attente de modération.",
    "es": "Tu comentario está pendiente de moderación.",
}
PINGBACK = {
    "en": "Pingback: {title} – {blog}",
    "de": "Pingback: {title} – {blog}",
    "fr": "Pingback : {title} – {blog}",
    "es": "Pingback: {title} – {blog}",
}
CANCEL_REPLY = {
    "en": "Cancel reply",
    "de": "Antworten abbrechen",
    "fr": "Annuler la réponse",
    "es": "Cancelar la respuesta",
}
# Disqus: (count, login, recommend, share, sort, join, reply+share, load more, footer)
DISQUS = {
    "en": (
        "{n} Comments",
        "Login",
        "Recommend",
        "Share",
        "Sort by {s}",
        ("Best", "Newest", "Oldest"),
        "Join the discussion…",
        "Reply • Share ›",
        "Load more comments",
        ("Subscribe", "Privacy", "Do Not Sell My Data"),
    ),
    "de": (
        "{n} Kommentare",
        "Anmelden",
        "Empfehlen",
        "Teilen",
        "Sortieren nach {s}",
        ("Beste", "Neueste", "Älteste"),
        "Diskutiere mit …",
        "Antworten • Teilen ›",
        "Mehr Kommentare laden",
        ("Abonnieren", "Datenschutz"),
    ),
    "fr": (
        "{n} Commentaires",
        "Connexion",
        "Recommander",
        "Partager",
        "Trier par {s}",
        ("Meilleurs", "Plus récents", "Plus anciens"),
        "Rejoindre la discussion…",
        "Répondre • Partager ›",
        "Charger plus de commentaires",
        ("S'abonner", "Confidentialité"),
    ),
    "es": (
        "{n} Comentarios",
        "Iniciar sesión",
        "Recomendar",
        "Compartir",
        "Ordenar por {s}",
        ("Mejores", "Más recientes", "Más antiguos"),
        "Únete a la conversación…",
        "Responder • Compartir ›",
        "Cargar más comentarios",
        ("Suscribirse", "Privacidad"),
    ),
}
# News site: (heads, sort line, sign in, replying to, actions, recommend, more replies, load more, closed)
NEWS_COMMENTS = {
    "en": (
        ("Comments ({n})", "{n} comments", "Reader comments ({n})"),
        "Sort by: Newest | Oldest | Most recommended",
        "Sign in or create an account to join the discussion.",
        "Replying to {u}",
        "Reply | Report | Share",
        "Recommend {n}",
        "Show {n} more replies",
        "Load more comments",
        "Comments are closed for this article.",
    ),
    "de": (
        ("Kommentare ({n})", "Leserkommentare ({n})", "{n} Kommentare"),
        "Sortieren: Neueste | Älteste | Meiste Empfehlungen",
        "Melden Sie sich an, um zu kommentieren.",
        "Antwort auf {u}",
        "Antworten | Melden | Teilen",
        "Empfehlen {n}",
        "{n} weitere Antworten anzeigen",
        "Weitere Kommentare laden",
        "Die Kommentarfunktion wurde geschlossen.",
    ),
    "fr": (
        ("Commentaires ({n})", "{n} réactions", "Vos commentaires ({n})"),
        "Trier : Plus récents | Plus anciens | Plus appréciés",
        "Connectez-vous pour réagir.",
        "En réponse à {u}",
        "Répondre | Signaler | Partager",
        "Recommander {n}",
        "Afficher {n} réponses de plus",
        "Voir plus de commentaires",
        "Les commentaires sont fermés.",
    ),
    "es": (
        ("Comentarios ({n})", "{n} comentarios", "Comentarios de los lectores ({n})"),
        "Ordenar: Más recientes | Más antiguos | Más valorados",
        "Inicia sesión para comentar.",
        "En respuesta a {u}",
        "Responder | Denunciar | Compartir",
        "Recomendar {n}",
        "Ver {n} respuestas más",
        "Cargar más comentarios",
        "Los comentarios están cerrados.",
    ),
}
# Blogger: (count head, said, replies, reply, add, post a comment, nav, subscribe)
BLOGGER = {
    "en": (
        "{n} comments:",
        "{u} said...",
        "Replies",
        "Reply",
        "Add comment",
        "Post a Comment",
        ("Newer Post", "Older Post", "Home"),
        "Subscribe to: Post Comments (Atom)",
    ),
    "de": (
        "{n} Kommentare:",
        "{u} hat gesagt…",
        "Antworten",
        "Antworten",
        "Kommentar hinzufügen",
        "Kommentar veröffentlichen",
        ("Neuerer Post", "Älterer Post", "Startseite"),
        "Abonnieren Kommentare zum Post (Atom)",
    ),
    "fr": (
        "{n} commentaires :",
        "{u} a dit…",
        "Réponses",
        "Répondre",
        "Ajouter un commentaire",
        "Enregistrer un commentaire",
        ("Article plus récent", "Article plus ancien", "Accueil"),
        "Inscription à : Publier les commentaires (Atom)",
    ),
    "es": (
        "{n} comentarios:",
        "{u} dijo...",
        "Respuestas",
        "Responder",
        "Añadir comentario",
        "Publicar un comentario",
        ("Entrada más reciente", "Entrada antigua", "Página principal"),
        "Suscribirse a: Enviar comentarios (Atom)",
    ),
}
# Facebook's comments plugin: (count, sort, orders, add, like · reply, more replies, plugin)
FACEBOOK = {
    "en": (
        "{n} comments",
        "Sort by",
        ("Top", "Newest", "Oldest"),
        "Add a comment...",
        "Like · Reply",
        "View {n} more replies",
        "Facebook Comments Plugin",
    ),
    "de": (
        "{n} Kommentare",
        "Sortieren nach",
        ("Beliebteste", "Neueste", "Älteste"),
        "Kommentieren ...",
        "Gefällt mir · Antworten",
        "Weitere {n} Antworten anzeigen",
        "Facebook-Kommentare-Plug-in",
    ),
    "fr": (
        "{n} commentaires",
        "Trier par",
        ("Les plus pertinents", "Plus récents", "Plus anciens"),
        "Ajouter un commentaire...",
        "J'aime · Répondre",
        "Afficher {n} autres réponses",
        "Plugin Commentaires Facebook",
    ),
    "es": (
        "{n} comentarios",
        "Ordenar por",
        ("Más relevantes", "Más recientes", "Más antiguos"),
        "Agrega un comentario...",
        "Me gusta · Responder",
        "Ver {n} respuestas más",
        "Plugin de comentarios de Facebook",
    ),
}
FB_AGES = {
    "en": ("{n}d", "{n}h", "{n}w", "{n}y"),
    "de": ("{n} Tg.", "{n} Std.", "{n} Wo.", "{n} J."),
    "fr": ("{n} j", "{n} h", "{n} sem", "{n} an"),
    "es": ("{n} d", "{n} h", "{n} sem", "{n} a"),
}
POST_META = {
    "en": ("Posted on {date} by {a}", "{a} · {date}", "By {a} | {date}", "{date}", "Published {date} · {a}"),
    "de": ("Veröffentlicht am {date} von {a}", "{a} · {date}", "Von {a} | {date}", "{date}"),
    "fr": ("Publié le {date} par {a}", "{a} · {date}", "Par {a} | {date}", "{date}"),
    "es": ("Publicado el {date} por {a}", "{a} · {date}", "Por {a} | {date}", "{date}"),
}
POST_TAGS = {"en": "Tags: {tags}", "de": "Schlagwörter: {tags}", "fr": "Étiquettes : {tags}", "es": "Etiquetas: {tags}"}
SHARE_ROWS = {
    "en": ("Share this:", "Facebook", "X", "Email", "Print"),
    "de": ("Teilen mit:", "Facebook", "X", "E-Mail", "Drucken"),
    "fr": ("Partager :", "Facebook", "X", "E-mail", "Imprimer"),
    "es": ("Compartir:", "Facebook", "X", "Correo electrónico", "Imprimir"),
}
POST_NAV = {
    "en": ("← Previous post", "Next post →"),
    "de": ("← Vorheriger Beitrag", "Nächster Beitrag →"),
    "fr": ("← Article précédent", "Article suivant →"),
    "es": ("← Entrada anterior", "Entrada siguiente →"),
}
RECENT_COMMENTS = {
    "en": ("Recent Comments", "{u} on {title}"),
    "de": ("Neueste Kommentare", "{u} bei {title}"),
    "fr": ("Commentaires récents", "{u} dans {title}"),
    "es": ("Comentarios recientes", "{u} en {title}"),
}
RECENT_POSTS = {"en": "Recent Posts", "de": "Neueste Beiträge", "fr": "Articles récents", "es": "Entradas recientes"}
SITE_FOOTERS = {
    "en": ("© {year} {site}", "© {year} {site} · Privacy · Terms", "Proudly powered by WordPress"),
    "de": ("© {year} {site}", "© {year} {site} · Impressum · Datenschutz"),
    "fr": ("© {year} {site}", "© {year} {site} · Mentions légales"),
    "es": ("© {year} {site}", "© {year} {site} · Aviso legal"),
}


@dataclass
class _Comment:
    name: str
    when: dt.datetime
    paragraphs: list[str]
    depth: int
    parent: str
    likes: int


def _comment_text(lang: str, article: SourceArticle, rng: random.Random, reply: bool) -> list[str]:
    """A reader's comment: a short reply, one to a few sentences, a long one in paragraphs, or a quote and a
    reaction; generic, with maybe one sentence on the post's topic or about the reader."""
    generic = COMMENT_SENTENCES[lang]
    kind = rng.choices(("short", "few", "long", "quote"), weights=(4 if reply else 1, 5, 2, 1))[0]
    if kind == "short":
        return [rng.choice(SHORT_REPLIES[lang] + generic[:8] if reply else generic)]
    if kind == "quote":
        quote = _quotable(article.paragraphs, rng)
        reaction = rng.choice(QUOTE_REACTIONS[lang])
        if reaction.startswith("—"):
            return [f"“{quote}” {reaction}"]
        opener = rng.choice((f"> {quote}", f"“{quote}”", f'"{quote}"'))
        return [opener, reaction + " " + rng.choice(generic)]
    size = rng.randint(1, 4) if kind == "few" else rng.randint(4, 8)
    sentences = rng.sample(generic, size)
    topic = _topic(article, rng)
    if topic and rng.random() < 0.5:
        topical = rng.choice(TOPIC_SENTENCES[lang]).format(topic=topic)
        sentences.insert(rng.randint(0, len(sentences)), topical)
    if rng.random() < 0.25:
        sentences.insert(0, rng.choice(PERSONAL_SENTENCES[lang]).format(n=rng.randint(2, 15)))
    if kind == "few":
        return [" ".join(sentences)]
    paragraphs = []
    while sentences:
        take = rng.randint(2, 3)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    return paragraphs


def _comments(lang: str, article: SourceArticle, rng: random.Random, posted: dt.datetime, count: int) -> list[_Comment]:
    """`count` top-level comments in page order, each maybe with replies (nested one or two deep)."""
    names = COMMENTERS[lang]
    shown: list[_Comment] = []
    moment = posted
    for _ in range(count):
        moment += dt.timedelta(minutes=rng.randint(4, 600))
        top = _Comment(rng.choice(names), moment, _comment_text(lang, article, rng, False), 0, "", rng.randint(0, 80))
        shown.append(top)
        parent = top
        last = moment
        for _ in range(rng.choices((0, 1, 2, 3), weights=(6, 3, 2, 1))[0]):
            depth = min(2, parent.depth + 1) if rng.random() < 0.4 else 1
            name = rng.choice([n for n in names if n != parent.name])
            target = parent if depth > 1 else top
            later = last = max(target.when, last) + dt.timedelta(minutes=rng.randint(2, 300))
            reply = _Comment(
                name, later, _comment_text(lang, article, rng, True), depth, target.name, rng.randint(0, 20)
            )
            shown.append(reply)
            parent = reply
    return shown


def _comment_time(when: dt.datetime, now: dt.datetime, lang: str, style: str, rng: random.Random) -> str:
    if style == "relative":
        return _ago(lang, max(2, int((now - when).total_seconds() // 60)), rng)
    if style == "wp":
        if lang == "en":
            return f"{_date(when, 'en', 'long')} at {_twelve_hour(when, False)}"
        joiner = {"de": " um ", "fr": " à ", "es": " a las "}[lang]
        clock = f"{when:%H:%M}" + (" Uhr" if lang == "de" else "")
        return _date(when, lang, "long") + joiner + (f"{when.hour} h {when:%M} min" if lang == "fr" else clock)
    if style == "blogger":
        if lang == "en":
            return f"{_date(when, 'en', 'long')} at {_twelve_hour(when, True)}"
        return f"{_date(when, lang, 'long')}, {when:%H:%M}"
    return (
        f"{_date(when, lang, 'short')} {when:%H:%M}"
        if lang != "en"
        else f"{when.day} {SHORT_MONTHS['en'][when.month - 1]} {when.year} {when:%H.%M}"
    )


def _fb_age(lang: str, when: dt.datetime, now: dt.datetime) -> str:
    days, hours, weeks, years = FB_AGES[lang]
    minutes = int((now - when).total_seconds() // 60)
    if minutes < 24 * 60:
        return hours.format(n=max(1, minutes // 60))
    if minutes < 7 * 24 * 60:
        return days.format(n=minutes // (24 * 60))
    if minutes < 365 * 24 * 60:
        return weeks.format(n=minutes // (7 * 24 * 60))
    return years.format(n=minutes // (365 * 24 * 60))


def _render_comments(
    sheet: _Sheet,
    platform: str,
    lang: str,
    article: SourceArticle,
    shown: list[_Comment],
    total: int,
    now: dt.datetime,
    rng: random.Random,
    options: dict[str, object],
) -> None:
    """The comment section of one post, as `platform` shows it."""
    indented = bool(options["indented"])
    airy = bool(options["airy"])
    time_style = str(options["time_style"])

    def body(comment: _Comment, margin: str) -> None:
        paragraphs = list(comment.paragraphs)
        if comment.depth and not indented and rng.random() < 0.6:
            paragraphs[0] = f"@{comment.parent} {paragraphs[0]}"
        for k, paragraph in enumerate(paragraphs):
            if k and airy:
                sheet.blank()
            sheet.add(margin + paragraph)

    def margin_of(comment: _Comment) -> str:
        return "    " * comment.depth if indented else ""

    def stamp(comment: _Comment) -> str:
        return _comment_time(comment.when, now, lang, time_style, rng)

    if platform == "wordpress":
        if total:
            sheet.add(rng.choice(WP_HEADS[lang]).format(n=total, title=article.title))
        else:
            sheet.add(rng.choice(NO_COMMENTS[lang]))
        sheet.blank()
        says = bool(options["says"])
        reply = WP_REPLY[lang][0] if rng.random() < 0.8 else WP_REPLY[lang][1]
        for comment in shown:
            m = margin_of(comment)
            sheet.add(m + (WP_SAYS[lang].format(u=comment.name) if says else comment.name))
            sheet.add(m + stamp(comment))
            if rng.random() < 0.03:
                sheet.add(m + WP_MODERATION[lang])
            if airy:
                sheet.blank()
            body(comment, m)
            if airy:
                sheet.blank()
            sheet.add(m + reply)
            sheet.blank()
        if rng.random() < 0.2:
            blog = rng.choice([s for s in BROWSER_SITES[lang]])
            sheet.add(PINGBACK[lang].format(title=article.title, blog=blog), "")
        form = COMMENT_FORMS[lang]
        sheet.add(form[1])
        if rng.random() < 0.3:
            sheet.add(CANCEL_REPLY[lang])
        sheet.add(*_pick(rng, form[2:], 3, len(form) - 2))
        return

    if platform == "disqus":
        count, login, recommend, share, sort, orders, join, actions, more, footer = DISQUS[lang]
        sheet.add(count.format(n=total))
        if rng.random() < 0.5:
            sheet.add(str(options["site"]))
        sheet.add(login)
        if rng.random() < 0.7:
            sheet.add(recommend, share)
        sheet.add(sort.format(s=rng.choice(orders)))
        sheet.add(join)
        if rng.random() < 0.5:
            sheet.add(
                "LOG IN WITH" if lang == "en" else login, "OR SIGN UP WITH DISQUS ?" if lang == "en" else "Disqus"
            )
        sheet.blank()
        for comment in shown:
            head = comment.name if not comment.depth else f"{comment.name} → {comment.parent}"
            sheet.add(head)
            sheet.add("• " + _comment_time(comment.when, now, lang, "relative", rng))
            body(comment, "")
            likes = f"{comment.likes} • " if comment.likes else ""
            sheet.add(likes + actions)
            sheet.blank(1 if airy else 0)
        if total > len(shown):
            sheet.add(more)
        sheet.add(*_pick(rng, footer, 1, len(footer)))
        return

    if platform == "news":
        heads, sort, sign_in, replying, actions, recommend, more_replies, load_more, closed = NEWS_COMMENTS[lang]
        sheet.add(rng.choice(heads).format(n=total))
        if rng.random() < 0.6:
            sheet.add(sort)
        if bool(options["closed"]):
            sheet.add(closed)
        elif rng.random() < 0.6:
            sheet.add(sign_in)
        sheet.blank()
        for n, comment in enumerate(shown):
            m = margin_of(comment)
            sheet.add(m + comment.name, m + stamp(comment))
            if comment.depth:
                sheet.add(m + replying.format(u=comment.parent))
            body(comment, m)
            line = actions
            if rng.random() < 0.6:
                line = f"{recommend.format(n=comment.likes)}  {actions}"
            sheet.add(m + line)
            following = shown[n + 1] if n + 1 < len(shown) else None
            if comment.depth and (following is None or not following.depth) and rng.random() < 0.3:
                sheet.add(m + more_replies.format(n=rng.randint(2, 9)))
            sheet.blank()
        if total > len(shown):
            sheet.add(load_more)
        return

    if platform == "blogger":
        count, said, replies_label, reply, add, post_comment, nav, subscribe = BLOGGER[lang]
        sheet.add(count.format(n=total) if total else rng.choice(NO_COMMENTS[lang]))
        sheet.blank()
        for n, comment in enumerate(shown):
            m = "    " * min(comment.depth, 1)
            if comment.depth and shown[n - 1].depth == 0:
                sheet.add(m + replies_label)
            sheet.add(m + said.format(u=comment.name))
            body(comment, m)
            sheet.add(m + stamp(comment))
            following = shown[n + 1] if n + 1 < len(shown) else None
            if following is None or not following.depth:
                sheet.add(m + reply)
            sheet.blank()
        sheet.add(add if rng.random() < 0.5 else post_comment)
        sheet.blank()
        sheet.add(*nav)
        if rng.random() < 0.6:
            sheet.add(subscribe)
        return

    count, sort, orders, add, like_reply, more_replies, plugin = FACEBOOK[lang]
    sheet.add(count.format(n=total), f"{sort} {rng.choice(orders)}" if rng.random() < 0.5 else sort)
    if rng.random() < 0.5 and sort:
        sheet.add(rng.choice(orders))
    sheet.add(add)
    sheet.blank(1 if airy else 0)
    for n, comment in enumerate(shown):
        m = margin_of(comment)
        sheet.add(m + comment.name)
        body(comment, m)
        likes = f" · {comment.likes}" if comment.likes and rng.random() < 0.7 else ""
        sheet.add(m + f"{like_reply}{likes} · {_fb_age(lang, comment.when, now)}")
        following = shown[n + 1] if n + 1 < len(shown) else None
        if comment.depth and (following is None or not following.depth) and rng.random() < 0.4:
            sheet.add(m + more_replies.format(n=rng.randint(2, 12)))
        sheet.blank(1 if airy else 0)
    sheet.add(plugin)


def build_blog_comments(articles: Sequence[SourceArticle], rng: random.Random) -> Draft:
    """A blog's or news site's page with several posts in full, each followed by its reader comments as WordPress,
    Disqus, a news site, Blogger or Facebook's plugin show them: counts, sort controls, names, times, the comments
    (prose, some long, some quoting the post), replies (indented or "@NAME"), actions, "Load more", forms."""
    lang = _lang(rng)
    platform = rng.choice(("wordpress", "wordpress", "disqus", "news", "blogger", "facebook"))
    site = rng.choice(BROWSER_SITES[lang])
    when = _when(rng)
    now = when + dt.timedelta(days=rng.randint(1, 30))
    gap = rng.random() < 0.6
    meta_shape = rng.choice(POST_META[lang])
    meta_above = rng.random() < 0.3
    date_style = rng.choice(("long", "us", "short")) if lang == "en" else rng.choice(("long", "short", "numeric"))
    kicker_odds = rng.choice((0.0, 0.0, 0.6))
    tag_odds = rng.choice((0.0, 0.5, 0.9))
    share_odds = rng.choice((0.0, 0.4, 0.8))
    between = rng.choice(("blank", "rule", "nav"))
    rule = rng.choice(("* * *", "—" * 30, "-" * 40, "_" * 40))
    options: dict[str, object] = {
        "indented": rng.random() < 0.5,
        "airy": rng.random() < 0.5,
        "time_style": rng.choice(("relative", "absolute", "wp" if platform == "wordpress" else "blogger")),
        "says": rng.random() < 0.6,
        "site": site,
        "closed": False,
    }
    if platform == "blogger":
        options["time_style"] = "blogger"
    recent: list[tuple[str, str]] = []
    sheet = _Sheet()
    sheet.add(site)
    if rng.random() < 0.5:
        sheet.add(rng.choice(TAGLINES[lang]))
    if rng.random() < 0.6:
        menu = _pick(rng, MENUS[lang], 4, 8)
        sheet.add(" | ".join(menu) if rng.random() < 0.5 else "  ".join(menu))
    sheet.blank()
    for i, article in enumerate(articles):
        if i:
            if between == "rule":
                sheet.blank()
                sheet.add(rule)
                sheet.blank()
            elif between == "nav":
                sheet.blank()
                previous, following = POST_NAV[lang]
                sheet.add(previous, following)
                sheet.blank()
            else:
                sheet.blank(rng.randint(2, 3))
        posted = when - dt.timedelta(days=rng.randint(0, 3) + 3 * i, minutes=rng.randint(0, 600))
        author = rng.choice(AUTHORS)
        meta = meta_shape.format(a=author, date=_date(posted, lang, date_style))
        if rng.random() < kicker_odds:
            sheet.add(rng.choice(SECTIONS[lang]).upper())
        if meta_above:
            sheet.add(meta)
        sheet.add(article.title)
        if not meta_above:
            sheet.add(meta)
        if gap:
            sheet.blank()
        write_article(sheet, article.title, article.paragraphs, gap)
        footer = []
        if rng.random() < tag_odds:
            footer.append(POST_TAGS[lang].format(tags=", ".join(_clean_tags(article, lang, rng, 2, 4))))
        if rng.random() < share_odds:
            share = SHARE_ROWS[lang]
            footer.extend((share[0], *_pick(rng, share[1:], 2, 4)) if rng.random() < 0.5 else (" ".join(share),))
        if footer:
            sheet.blank()
            sheet.add(*footer)
        sheet.blank(rng.randint(1, 2))
        count = rng.choices((0, 1, 2, 3, 4, 5, 6), weights=(1, 2, 3, 3, 3, 2, 2))[0]
        shown = _comments(lang, article, rng, posted, count)
        total = len(shown) + (rng.randint(1, 80) if shown and rng.random() < 0.4 else 0)
        if total == 1:  # "1 comments": the page shows one and hides more
            total += rng.randint(1, 20)
        options["closed"] = platform == "news" and rng.random() < 0.2
        if not shown and platform in ("disqus", "news", "facebook"):
            total = 0
        _render_comments(sheet, platform, lang, article, shown, total, now, rng, options)
        if not shown and platform in ("disqus", "news", "facebook"):
            sheet.add(rng.choice(NO_COMMENTS[lang]))
        recent.extend((c.name, article.title) for c in shown[:2])
    sheet.blank(rng.randint(1, 2))
    if recent and rng.random() < 0.4:
        head, line = RECENT_COMMENTS[lang]
        sheet.add(head)
        sheet.add(*(line.format(u=u, title=t) for u, t in rng.sample(recent, min(len(recent), rng.randint(2, 5)))))
        sheet.blank()
    if rng.random() < 0.4:
        titles = [a.title for a in articles[:3]] + _pick(rng, OTHER_HEADLINES[lang], 1, 3)
        sheet.add(RECENT_POSTS[lang], *titles[:5])
        sheet.blank()
    if rng.random() < 0.7:
        sheet.add(rng.choice(SITE_FOOTERS[lang]).format(year=now.year, site=site))
    return sheet.draft()


# ---------------------------------------------------------------------------
# API
# ---------------------------------------------------------------------------

LAYOUTS: dict[str, Builder] = {
    "corpus_formats": build_corpus_formats,
    "frontmatter_export": build_frontmatter_export,
    "newspaper_ocr": build_newspaper_ocr,
    "blog_comments": build_blog_comments,
}


HELD_OUT = layouts.HeldOut(LAYOUTS, "holdout9", __doc__)
build_page, generate, self_check, main = HELD_OUT.build_page, HELD_OUT.generate, HELD_OUT.self_check, HELD_OUT.main


if __name__ == "__main__":
    sys.exit(main())
