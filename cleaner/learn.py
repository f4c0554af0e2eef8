"""Rules learned from a corpus: the lines a site repeats on many of its pages are its furniture.

A site's pages share their template (the menu, the newsletter prompt, the "Related:" label,
the copyright line) and differ in their stories. `learn_sites` groups pages by site, counts
on how many of a site's pages each line appears (case, quotes, spaces and digits folded: "©
2024" and "© 2025" are one line), and keeps the lines that repeat on at least `min_pages`
pages and `min_share` of them. `rule_file` writes them as a site rule file of `line-drop`
rules, each with the support it was learned from and examples taken from the corpus (the
line it removes, and a real line of the same pages it must keep), for a person to review.

What is never learned: lines longer than `max_line_chars` (a paragraph two pages share is
syndicated text, not furniture), lines with fewer than two letters (page numbers, table
cells), and lines that only repeat because a story is in the corpus twice (a line counts once per
context: the two longest other lines of the page it is on).

`site_field=WHOLE_CORPUS` (`cleaner learn --whole-corpus`) makes the corpus one site: lines
that repeat across it whatever site they are on (the prompts and notices many sites word alike),
learned as rules that apply on every page; a corpus of many sites needs a low `min_share` then.

>>> stories = ["The ferry sailed at dawn.", "Storms closed the pier.", "A new mayor.", "Tides rose."]
>>> pages = [LearnPage("news.example", f"p{n}", ("Sign up for the Morning Mail", story))
...          for n, story in enumerate(stories)]
>>> [(line.text, line.pages) for line in learn_sites(pages, LearnSettings(min_pages=3))[0].lines]
[('Sign up for the Morning Mail', 4)]
"""

from __future__ import annotations

import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import regex
import yaml

from cleaner.io.readers import Failure, Page
from cleaner.ruleset.compiler import CompiledRule, RuleSet, fold_line, record_field

DIGITS = regex.compile(r"\d+")
LETTER = regex.compile(r"\p{L}")
SPACES = regex.compile(r"\s+")
SLUG = regex.compile(r"[^a-z0-9]+")
#: `site_field` that makes every page one site (`cleaner learn --whole-corpus`): lines the whole
#: corpus repeats, whatever site they are on (a prompt, a label, a notice many sites share).
WHOLE_CORPUS = "*"
#: LearnSettings' defaults, for the command line's options.
MIN_PAGES = 4
MIN_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class LearnSettings:
    """What makes a line a site's furniture.

    min_pages: the line is on at least this many of the site's pages (after duplicates are merged).
    min_share: ... and on at least this share of them.
    max_line_chars: longer lines are never learned.
    max_pages: a site's pages after this many are not read (its furniture shows long before).
    example_pages: the lines of a site's first this many pages are kept to draw examples from.
    """

    min_pages: int = MIN_PAGES
    min_share: float = MIN_SHARE
    max_line_chars: int = 300
    max_pages: int = 2000
    example_pages: int = 50


@dataclass(frozen=True, slots=True)
class LearnPage:
    """One page of the corpus as learning sees it: its site, its id, its non-blank lines (stripped)."""

    site: str
    page_id: str
    lines: tuple[str, ...]
    #: How pages tell their site: "url" (the site is a web host), a record field's name (the site
    #: is that field's value), or WHOLE_CORPUS (one site: every page).
    named_by: str = "url"


@dataclass(frozen=True, slots=True)
class LearnedLine:
    """One repeated line: its most common wording, a pattern when its digits vary, and its support."""

    text: str
    pattern: str | None
    pages: int
    #: A line of the site's pages that is not furniture (the longest, on the first page holding this one).
    keep: str | None
    #: A label opening lines whose rest varies ("Related: <a headline>"): `text` is one such line.
    label: str | None = None


@dataclass(frozen=True, slots=True)
class SiteFurniture:
    """A site's learned furniture lines, most supported first."""

    site: str
    pages: int
    lines: tuple[LearnedLine, ...] = field(default_factory=tuple)
    named_by: str = "url"

    def scope(self) -> dict[str, Any]:
        """The `site` of its rule file: the pages its rules apply on (see LearnPage.named_by)."""
        if self.named_by == "url":
            return {"domains": [self.site]}
        if self.named_by == WHOLE_CORPUS:
            return {"all": True}
        return {"field": {self.named_by: self.site}}

    def page_meta(self) -> dict[str, str]:
        """A record of one of the site's pages, as far as its scope looks (to test rules with)."""
        return {} if self.named_by in ("url", WHOLE_CORPUS) else {self.named_by: self.site}


def line_key(line: str) -> str | None:
    """The folded form a repeated line is counted under, or None when the line is never learned.

    >>> line_key("  © 2024  Harbour Times "), line_key("© 2025 Harbour Times")
    ('© 0 harbour times', '© 0 harbour times')
    >>> line_key("12"), line_key("|")
    (None, None)
    """
    if len(LETTER.findall(line)) < 2:
        return None
    return str(DIGITS.sub("0", fold_line(line)))


def learn_sites(pages: Iterable[LearnPage], settings: LearnSettings = LearnSettings()) -> list[SiteFurniture]:
    """Each site's furniture lines, sites in name order; sites with none are left out.

    Pages stream through: per site, the contexts each line was seen in and the lines of its
    first `example_pages` pages (to draw examples from) are kept, for at most `max_pages` pages.
    """
    counters: dict[str, SiteCounter] = {}
    for page in pages:
        counters.setdefault(page.site, SiteCounter(page.site, settings, page.named_by)).add(page)
    out = [counters[site].furniture() for site in sorted(counters)]
    return [furniture for furniture in out if furniture.lines]


class SiteCounter:
    """One site's pages as they stream by: around how many different stories each line appears."""

    def __init__(self, site: str, settings: LearnSettings, named_by: str = "url") -> None:
        self.site = site
        self.named_by = named_by
        self.settings = settings
        self.pages = 0
        self._contexts: dict[str, set[int]] = defaultdict(set)
        self._wordings: dict[str, Counter[str]] = defaultdict(Counter)
        self._kept_pages: list[LearnPage] = []
        self._labels: dict[str, _LabelSeen] = {}

    def add(self, page: LearnPage) -> None:
        """Count one page's lines (a site's pages after `max_pages` are not read).

        A line counts once per context it is seen in: the page's two longest other lines. A
        template line is seen around many stories; a story's line, even in a story the corpus
        holds twice (one story on two URLs), around one.
        """
        if self.pages >= self.settings.max_pages:
            return
        self.pages += 1
        if len(self._kept_pages) < self.settings.example_pages:
            self._kept_pages.append(page)
        keyed: dict[str, str] = {}
        for line in page.lines:
            if len(line) <= self.settings.max_line_chars and (key := line_key(line)) is not None:
                keyed.setdefault(key, line)
                self._wordings[key][" ".join(line.split())] += 1
        longest = sorted({fold_line(line) for line in page.lines}, key=lambda line: (-len(line), line))
        for key, line in keyed.items():
            folded = fold_line(line)
            context = hash("\n".join([other for other in longest[:3] if other != folded][:2]))
            self._contexts[key].add(context)
            labelled = LABELLED.match(line)
            if labelled is not None:
                label = " ".join(labelled.group("label").split())
                seen = self._labels.setdefault(fold_line(label), _LabelSeen(label))
                seen.add(context, labelled.group("rest"), line)
                seen.sentence |= len(label.split()) > LABEL_WORDS  # a clause, not a label

    def furniture(self) -> SiteFurniture:
        """The lines on at least `min_pages` pages and `min_share` of them, most supported first."""
        settings = self.settings
        needed = max(settings.min_pages, settings.min_share * self.pages)
        support = {key: len(contexts) for key, contexts in self._contexts.items()}
        repeated = {key for key, count in support.items() if count >= needed}
        # The example pages' lines that are not furniture, once (a kept line is drawn from them per rule).
        stories = [[x for x in page.lines if line_key(x) not in repeated] for page in self._kept_pages]
        keys = [{line_key(x) for x in page.lines} for page in self._kept_pages]
        lines = []
        for key in sorted(repeated, key=lambda k: (-support[k], k)):
            forms = self._wordings[key]
            text = min(forms, key=lambda form: (-forms[form], form))
            varies = len({fold_line(form) for form in forms}) > 1
            pattern = _digits_pattern(text) if varies else None
            holding = next((n for n, held in enumerate(keys) if key in held), 0)
            lines.append(LearnedLine(text, pattern, support[key], _kept_line(stories[holding])))
        for folded, seen in sorted(self._labels.items(), key=lambda item: (-len(item[1].contexts), item[0])):
            if len(seen.contexts) >= needed and len(seen.rests) >= LABEL_RESTS and not seen.sentence:
                pattern = regex.escape(seen.label) + LABEL_REST
                holding = next((n for n, page in enumerate(self._kept_pages) if seen.example in page.lines), 0)
                story = [x for x in stories[holding] if not fold_line(x).startswith(folded)]
                keep = _kept_line(story)
                lines.append(LearnedLine(seen.example, pattern, len(seen.contexts), keep, seen.label))
        return SiteFurniture(self.site, self.pages, tuple(lines), self.named_by)


#: A line opening with a label ("Related:", "Read more »", "Topics |"): a few words before a colon,
#: a bar or a guillemet, then the rest of the line.
LABELLED = regex.compile(r"(?P<label>\p{L}[\p{L}\p{N}'’ -]{0,30}?[ \t]*[:|»›])[ \t]*(?P<rest>\S.{0,149})")
#: What follows a learned label: a headline or a link (up to 150 characters), never a sentence.
LABEL_REST = r"[ \t]*\S[^\n]{0,149}(?<![.!?])"
#: A label is learned when this many different rests follow it (one rest always: a whole line).
LABEL_RESTS = 3
#: A label has at most this many words ("Read more on the site:"); more is a clause of a sentence.
LABEL_WORDS = 4
SENTENCE_END = regex.compile(r"[.!?][\"'”’)]*$")


class _LabelSeen:
    """The lines opening with one label: the contexts they were seen in, their rests, an example."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.contexts: set[int] = set()
        self.rests: set[str] = set()
        self.sentence = False
        self.example = ""

    def add(self, context: int, rest: str, line: str) -> None:
        """One more line opening with the label: seen in `context`, `rest` after the label."""
        self.contexts.add(context)
        if len(self.rests) < 2 * LABEL_RESTS:
            self.rests.add(fold_line(rest))
        self.sentence |= bool(SENTENCE_END.search(rest))
        if not self.example or (len(line), line) < (len(self.example), self.example):
            self.example = " ".join(line.split())


def _digits_pattern(text: str) -> str:
    r"""A pattern for a line whose numbers vary: literal text, `\d+` for each number, `\s+` for spaces.

    >>> _digits_pattern("© 2024 Harbour Times (3 min)")
    '©\\s+\\d+\\s+Harbour\\s+Times\\s+\\(\\d+\\s+min\\)'
    """
    out = []
    for piece in regex.split(r"(\d+|\s+)", text.strip()):
        if not piece:
            continue
        out.append(r"\d+" if piece.isdigit() else r"\s+" if piece.isspace() else regex.escape(piece))
    return "".join(out)


def _kept_line(story: Sequence[str], most_chars: int = 240) -> str | None:
    """A line of a page's story (its lines that are not furniture), for the rules to leave alone: the
    longest of at most `most_chars` characters (an example a reviewer reads whole), else the
    shortest longer one."""
    short = [line for line in story if len(line) <= most_chars]
    if short:
        return max(short, key=lambda line: (len(line), line))
    return min(story, key=lambda line: (len(line), line), default=None)


def site_slug(site: str) -> str:
    """A file stem (and rule id prefix) for a site: lower case, runs of other characters as "-".

    >>> site_slug("www.Harbour-Times.example"), site_slug("AP News")
    ('www-harbour-times-example', 'ap-news')
    """
    return SLUG.sub("-", site.lower()).strip("-") or "site"


def rule_file(furniture: SiteFurniture) -> str:
    """A site rule file (YAML) of the site's learned `line-drop` rules.

    A web host's rules apply on its pages (and its subdomains'); a site named by a field (pages
    grouped by `source`, or by --site-field) on the pages whose record has that value; rules learned
    from the whole corpus on every page.
    """
    stem = site_slug(furniture.site)
    scope = furniture.scope()
    rules = []
    for number, line in enumerate(furniture.lines, 1):
        rule: dict[str, Any] = {
            "id": f"{stem}.line-{number}",
            "kind": "line-drop",
            "scope": "page",
            "description": (
                f"Lines opening with {_quoted(line.label)} on {line.pages} of {furniture.pages} pages, then a "
                f"headline or a link: {_quoted(line.text)}"
                if line.label
                else f"Repeated on {line.pages} of {furniture.pages} pages: {_quoted(line.text)}"
            ),
            "learned": True,
            "support": {"pages": line.pages, "site_pages": furniture.pages},
        }
        if line.pattern is None:
            rule["phrases"] = [line.text]
        else:
            rule["match"] = line.pattern
            rule["flags"] = ["ignorecase"]
        examples: list[dict[str, str]] = [{"in": line.text + "\n", "out": ""}]
        if line.label:
            examples.append({"in": f"{line.label} the council voted on Tuesday, and the plan was approved.\n"})
        if line.keep is not None:
            examples.append({"in": line.keep + "\n"})
        else:
            examples.append({"in": "A sentence of the story, which no furniture line is.\n"})
        rule["examples"] = examples
        rules.append(rule)
    header = (
        f"# Learned by `cleaner learn` from {furniture.pages} pages of {furniture.site}: the lines those pages\n"
        "# repeat. Review before committing: a line on this list that is the story's own text is lost.\n"
    )
    body = {
        "description": f"Furniture lines learned from {furniture.pages} pages of {furniture.site}.",
        "site": scope,
        "rules": rules,
    }
    return header + yaml.dump(body, Dumper=_RuleDumper, sort_keys=False, allow_unicode=True, width=10_000)


class _RuleDumper(yaml.SafeDumper):
    """YAML as rule files are written by hand: a text with line breaks as a literal block."""


def _text_style(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text and not text.endswith(" \n") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_RuleDumper.add_representer(str, _text_style)


def _quoted(text: str, limit: int = 80) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return f'"{shown}"'


def site_of(meta: Mapping[str, Any], field_name: str | None) -> tuple[str, str] | None:
    """The site a record belongs to, and what named it (LearnPage.named_by): `field_name`'s value
    when given (a top-level field, or one in `meta`; WHOLE_CORPUS: every record is one site), else
    the host of its `url` (without "www."), else its `source`; None when it says none.

    >>> site_of({"url": "https://www.harbour.example/a"}, None), site_of({"meta": {"source": "AP"}}, None)
    (('harbour.example', 'url'), ('AP', 'source'))
    """
    from cleaner.pipeline import page_domain

    if field_name == WHOLE_CORPUS:
        return "corpus", WHOLE_CORPUS
    if field_name:
        value = record_field(meta, field_name)
        return (value, field_name) if value is not None else None
    host = page_domain(meta.get("url"))
    if host:
        return host, "url"
    source = record_field(meta, "source")
    return (source, "source") if source is not None else None


def learning_pages(
    items: Iterable[Page | Failure], field_name: str | None, html_rules: Sequence[CompiledRule], skipped: Counter[str]
) -> Iterator[LearnPage]:
    """The pages read from a corpus as learning sees them (HTML as trafilatura's text). A page that
    names no site, and one that could not be read, is counted in `skipped` by reason and left out."""
    for item in items:
        if isinstance(item, Failure):
            skipped["could not be read"] += 1
            continue
        named = site_of(item.meta, field_name)
        if named is None:
            skipped["names no site"] += 1
            continue
        text = item.text
        if item.html is not None:
            from cleaner.html import extract  # trafilatura loads only when there is HTML to read

            url = item.meta.get("url")
            text = extract(item.html, url if isinstance(url, str) else None, html_rules).text
        lines = tuple(stripped for line in text.splitlines() if (stripped := line.strip()))
        yield LearnPage(named[0], item.source_id, lines, named[1])


def unknown_to(rules: RuleSet, furniture: SiteFurniture) -> SiteFurniture:
    """The site's furniture less the lines `rules` remove or cut already (on the site's pages)."""
    from cleaner.pipeline import rules_touch

    domain = furniture.site if furniture.named_by == "url" else None
    meta = furniture.page_meta()
    kept = tuple(
        line for line in furniture.lines if not rules_touch(rules.active_for(line.text, domain, meta=meta), line.text)
    )
    return replace(furniture, lines=kept)


def write_rule_files(sites: Iterable[SiteFurniture], directory: Path) -> list[Path]:
    """One rule file per site in `directory` (created if missing), each written whole or not at all."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for furniture in sites:
        path = directory / f"{site_slug(furniture.site)}.yaml"
        partial = path.with_name(path.name + ".partial")
        partial.write_text(rule_file(furniture), encoding="utf-8")
        os.replace(partial, path)
        written.append(path)
    return written
