"""Score `cleaner learn` on corpora whose sites repeat (tools/site_corpus.py), in make eval.

    .venv/bin/python tools/eval_learn.py [--seeds 1 2 3] [--sites 6] [--pages 12]

For each seed: build the corpus, clean it with the bundled rules alone, learn its sites'
furniture (`cleaner.learn`, default settings: nothing here is tuned to these pages), clean it
again with the learned rules too, and count, per kind of line in the pages' truth, the share
of its lines that are gone from the articles:

- repeated / numbered furniture: what the learned rules are for (goal: 90% or more gone);
- varying furniture (a dated byline, "Related: <headline>"): no repeated-line rule can learn it;
- article lines: the goal is that the learned rules take none (lost to them: 0).

Then on real pages: the CleanPortalEval dev pages of ../shared/eval-dev (4 sites, 5 to 14
pages each), rendered to their whole visible text (one line per block element, as
`text/fullpage-dev.jsonl` is), cleaned without and with the rules learned from them: F1 against
the gold on the tune and confirm halves of the sites (tools/html_sets.py). Said so when missing.
"""

from __future__ import annotations

import argparse
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import html_sets
import lxml.html
import site_corpus  # tools/site_corpus.py: python puts the script's own folder first on sys.path
from lxml import etree

from cleaner import Cleaner
from cleaner.evaluation import score_corpus
from cleaner.html import html_lines, parse_html
from cleaner.io.readers import Page
from cleaner.learn import LearnSettings, learn_sites, learning_pages, unknown_to, write_rule_files

KINDS = ("repeated", "numbered", "varying", "article")


@dataclass
class Tally:
    """Lines of each kind in the pages' truth, and how many of them are gone from the articles."""

    lines: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gone: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def share(self, kind: str) -> float:
        return self.gone[kind] / self.lines[kind] if self.lines[kind] else 0.0


@dataclass
class LearnScore:
    """One corpus cleaned without and with the rules learned from it."""

    base: Tally
    learned: Tally
    rules: int
    #: Article lines the bundled rules keep and a learned rule takes.
    article_lines_lost: int
    #: Article lines the bundled rules keep alone, and take once the learned rules ran (a run of
    #: short lines a menu rule takes once the furniture between them is gone).
    article_lines_lost_otherwise: int = 0


def learned_cleaner(corpus: Sequence[site_corpus.SitePage], directory: Path) -> tuple[Cleaner, int]:
    """The bundled rules plus the rules learned from `corpus` (written into `directory`), and their number."""
    return learned_from([Page(page.id, page.text, "corpus", {"url": page.url}) for page in corpus], directory)


def learned_from(
    pages: Sequence[Page], directory: Path, site_field: str | None = None, settings: LearnSettings | None = None
) -> tuple[Cleaner, int]:
    """The bundled rules plus the rules learned from `pages` (written into `directory`), and their
    number; pages grouped by `site_field` (cleaner.learn.site_of; WHOLE_CORPUS: all one site)."""
    base = Cleaner.from_rules()
    learned = learn_sites(learning_pages(pages, site_field, (), Counter()), settings or LearnSettings())
    sites = [site for site in (unknown_to(base.rules, f) for f in learned) if site.lines]
    files = write_rule_files(sites, directory)
    return Cleaner.from_rules(extra=files), sum(len(site.lines) for site in sites)


def _tally(cleaner: Cleaner, corpus: Sequence[site_corpus.SitePage]) -> tuple[Tally, list[set[str]], set[str]]:
    """The tally, each page's lines kept, and the lines a learned rule removed."""
    tally = Tally()
    kept_per_page = []
    learned_ids = {rule.id for rule in cleaner.rules.rules if rule.rule.learned}
    taken: set[str] = set()
    for page in corpus:
        document = cleaner.clean_document(page.text, page.id, {"url": page.url})
        hits = [*document.page_hits, *(hit for segment in document.segments for hit in segment.hits)]
        taken.update(line.strip() for hit in hits if hit.rule_id in learned_ids for line in hit.removed.splitlines())
        articles = cleaner.articles(document)
        kept = {line.strip() for article in articles for line in article.render().splitlines() if line.strip()}
        kept_per_page.append(kept)
        for kind in KINDS:
            for line in page.truth[kind]:
                tally.lines[kind] += 1
                tally.gone[kind] += line.strip() not in kept
    return tally, kept_per_page, taken


def score(corpus: Sequence[site_corpus.SitePage]) -> LearnScore:
    """Clean `corpus` with the bundled rules, then with the rules learned from it too."""
    base_tally, base_kept, _ = _tally(Cleaner.from_rules(), corpus)
    with tempfile.TemporaryDirectory(prefix="cleaner-eval-learn-") as directory:
        cleaner, rules = learned_cleaner(corpus, Path(directory))
        learned_tally, learned_kept, taken = _tally(cleaner, corpus)
    lost = [
        line.strip()
        for page, before, after in zip(corpus, base_kept, learned_kept, strict=True)
        for line in page.truth["article"]
        if line.strip() in before and line.strip() not in after
    ]
    by_learned = sum(1 for line in lost if line in taken)
    return LearnScore(base_tally, learned_tally, rules, by_learned, len(lost) - by_learned)


def visible_text(html: bytes) -> str:
    """A page's whole visible text, one line per block element (scripts and styles left out)."""
    tree = parse_html(html.decode("utf-8"))
    if tree is None:
        return ""
    etree.strip_elements(tree, "script", "style", "noscript", "svg", "template", with_tail=False)
    body = tree.find(".//body")
    return html_lines(lxml.html.tostring(body if body is not None else tree, encoding="unicode"))


def _articles(cleaner: Cleaner, text: str, page_id: str, url: str) -> str:
    """The page's articles, each with its title on top (this gold keeps headlines), one after another."""
    document = cleaner.clean_document(text, page_id, {"url": url})
    return "\n\n".join(article.render() for article in cleaner.articles(document))


def eval_site_pages() -> None:
    """CleanPortalEval's dev pages as whole visible text: F1 without and with the rules learned from them."""
    sets = {page_set.name: page_set for page_set in html_sets.load_sets()}
    if "cleanportal" not in sets:
        print(f"\nreal pages: {html_sets.EVAL_DEV}/html-more/cleanportal is missing: that part is skipped")
        return
    pages = sets["cleanportal"].pages
    texts = {page.id: visible_text(page.html) for page in pages}
    urls = {page.id: page.url or f"https://{page.site}/{page.id}" for page in pages}
    sites = ", ".join(f"{site} {count}" for site, count in sorted(Counter(page.site for page in pages).items()))
    print(f"\nreal pages: CleanPortalEval dev pages as whole visible text ({sites}), F1 against the gold")
    with tempfile.TemporaryDirectory(prefix="cleaner-eval-learn-") as directory:
        learned, rules = learned_from(
            [Page(p.id, texts[p.id], "corpus", {"url": urls[p.id]}) for p in pages], Path(directory)
        )
        print(f"  {'cleaner':<24} {'half':<8} {'P':>6} {'R':>6} {'F1':>6}   ({rules} rules learned)")
        for name, cleaner in (("bundled rules", Cleaner.from_rules()), ("+ learned rules", learned)):
            for half in ("tune", "confirm", "all"):
                chosen = [p for p in pages if half == "all" or p.half == half]
                result = score_corpus((_articles(cleaner, texts[p.id], p.id, urls[p.id]), p.truth) for p in chosen)
                print(f"  {name:<24} {half:<8} {result.precision:>6.3f} {result.recall:>6.3f} {result.f1:>6.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1, 2, 3])
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pages", type=int, default=12)
    args = parser.parse_args(argv)
    settings = LearnSettings()
    print(
        f"\ncleaner learn (min {settings.min_pages} pages and {settings.min_share:.0%} of a site's): "
        f"corpora of {args.sites} sites x {args.pages} pages (tools/site_corpus.py); share of lines gone"
    )
    print(f"  {'seed':>4} {'rules':>5}  {'kind':<9} {'lines':>5}  {'bundled rules':>13}  {'+ learned':>9}")
    articles = site_corpus.read_articles()
    for seed in args.seeds:
        result = score(site_corpus.generate(articles, args.sites, args.pages, seed))
        for kind in KINDS:
            print(
                f"  {seed:>4} {result.rules:>5}  {kind:<9} {result.base.lines[kind]:>5}  "
                f"{result.base.share(kind):>13.1%}  {result.learned.share(kind):>9.1%}"
            )
        repeated = (result.learned.gone["repeated"] + result.learned.gone["numbered"]) / max(
            1, result.learned.lines["repeated"] + result.learned.lines["numbered"]
        )
        verdict = "ok" if repeated >= 0.9 and result.article_lines_lost == 0 else "BELOW GOAL"
        print(
            f"  {seed:>4}  repeated and numbered furniture gone: {repeated:.1%} (goal 90%); "
            f"article lines taken by learned rules: {result.article_lines_lost} (goal 0): {verdict}; "
            f"by other rules once the furniture is gone: {result.article_lines_lost_otherwise}"
        )
    eval_site_pages()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
