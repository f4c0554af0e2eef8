"""Score cleaner's HTML path against trafilatura and readability-lxml on every HTML dev set.

    .venv/bin/python tools/eval_html.py [--set NAME] [--show-worst N]

The sets are those of ../shared/eval-dev read by tools/html_sets.py: ScrapingHub and, under
html-more/, CleanEval and CleanPortalEval. Every system runs on the same pages in the same run:
cleaner (trafilatura + html-drop rules + the text rules), trafilatura alone with its default,
precision and recall settings, and readability-lxml. For each set, each half of its sites
("tune": where thresholds are chosen; "confirm": only reported) and the whole, it prints mean
precision, recall, F1 (the benchmark's shingle metric, `cleaner.evaluation`) and empty pages,
then each system's CPU ms/page and cleaner's margin over the best other system. Missing data is
reported plainly and is not an error (exit 0).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence

import html_sets  # tools/html_sets.py, beside this script
import trafilatura
from readability import Document as Readability

from cleaner import Cleaner
from cleaner.evaluation import Score, score_corpus, score_page
from cleaner.html import TRAFILATURA_CONFIG, html_lines

REPEATS = 5  # each page's fastest of five runs counts, to damp noise from the machine

Extractor = Callable[[bytes, str], str]


def trafilatura_alone(**options: bool) -> Extractor:
    def run(html: bytes, url: str) -> str:
        text = trafilatura.extract(html, url=url, deduplicate=False, config=TRAFILATURA_CONFIG, **options)
        return text or ""

    return run


def readability_lxml(html: bytes, url: str) -> str:
    try:
        return html_lines(Readability(html.decode("utf-8"), url=url or None).summary(html_partial=True))
    except Exception:  # readability raises on pages it cannot parse: an empty prediction, as the others
        return ""


def cleaner_html(cleaner: Cleaner, with_titles: bool = False) -> Extractor:
    """cleaner's articles joined; `with_titles`: each with its title on top (`Article.render`),
    for gold that keeps the headline (see html_sets.HEADLINE_IN_GOLD)."""

    def run(html: bytes, url: str) -> str:
        articles = cleaner.articles(cleaner.clean_html(html, "page", {"url": url}))
        return "\n\n".join(a.render() if with_titles else a.text for a in articles)

    return run


def measure(systems: dict[str, Extractor], pages: Sequence[tuple[bytes, str]]) -> dict[str, tuple[list[str], float]]:
    """Each system's predictions and CPU milliseconds per page, page by page in turn.

    The systems take turns on every page, REPEATS times, and each page's
    fastest run counts: the machine's slow spells then fall on all systems
    alike instead of on whichever ran during them. CPU time of this process
    leaves out other processes.
    """
    best = {name: [float("inf")] * len(pages) for name in systems}
    predictions: dict[str, list[str]] = {name: [""] * len(pages) for name in systems}
    for _ in range(REPEATS):
        for index, (html, url) in enumerate(pages):
            for name, extract in systems.items():
                start = time.process_time()
                predictions[name][index] = extract(html, url)
                best[name][index] = min(best[name][index], time.process_time() - start)
    return {name: (predictions[name], sum(best[name]) * 1000 / max(1, len(pages))) for name in systems}


def systems(with_titles: bool = False) -> dict[str, Extractor]:
    return {
        "trafilatura default": trafilatura_alone(),
        "trafilatura precision": trafilatura_alone(favor_precision=True),
        "trafilatura recall": trafilatura_alone(favor_recall=True),
        "readability-lxml": readability_lxml,
        "cleaner": cleaner_html(Cleaner.from_rules(), with_titles),
        "cleaner --html fast": cleaner_html(Cleaner.from_rules().with_config(html="fast"), with_titles),
    }


def report(page_set: html_sets.PageSet, show_worst: int) -> None:
    pages = page_set.pages
    runs = measure(systems(page_set.headline_in_gold), [(p.html, p.url) for p in pages])
    titles = "with its title on top (this gold keeps headlines)" if page_set.headline_in_gold else "without its title"
    print(f"{page_set.name}: {len(pages)} pages, {len({p.site for p in pages})} sites; metric: 4-token shingles;")
    print(f"  a cleaner article is scored {titles}")
    scores: dict[str, dict[str, Score]] = {}
    for label in (*html_sets.HALVES, "all"):
        chosen = [i for i, p in enumerate(pages) if label in ("all", p.half)]
        print(f"  {label} ({len(chosen)} pages)")
        print(f"    {'system':<24}{'P':>7}{'R':>7}{'F1':>7}{'empty':>7}")
        for name, (predictions, _) in runs.items():
            score = score_corpus((predictions[i], pages[i].truth) for i in chosen)
            scores.setdefault(name, {})[label] = score
            print(f"    {name:<24}{score.precision:7.3f}{score.recall:7.3f}{score.f1:7.3f}{score.empty:7d}")
    others = [name for name in runs if not name.startswith("cleaner")]
    for label in (*html_sets.HALVES, "all"):
        best = max(others, key=lambda n: scores[n][label].f1)
        margin = scores["cleaner"][label].f1 - scores[best][label].f1
        print(f"  cleaner vs best other ({best}) on {label}: F1 {margin:+.4f}")
    cleaner = Cleaner.from_rules()
    for index, prediction in enumerate(runs["cleaner"][0]):
        if not prediction.strip():
            page = pages[index]
            reason = cleaner.empty_reason(cleaner.clean_html(page.html, page.id, {"url": page.url}))
            print(f"  no article from cleaner: {page.id} ({page.half}): {reason}")
    default_ms = runs["trafilatura default"][1]
    print("  CPU ms/page: " + ", ".join(f"{name} {ms:.1f} ({ms / default_ms:.2f}x)" for name, (_, ms) in runs.items()))
    if show_worst:
        predictions = runs["cleaner"][0]
        ranked = sorted(range(len(pages)), key=lambda k: score_page(predictions[k], pages[k].truth).f1)
        for k in ranked[:show_worst]:
            page = score_page(predictions[k], pages[k].truth)
            print(f"    {pages[k].id[:24]:<24} {pages[k].half:<8} P {page.precision:.3f} R {page.recall:.3f}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", help="score only this set (repeatable)")
    parser.add_argument("--show-worst", type=int, default=0, help="list cleaner's N lowest-F1 pages per set")
    args = parser.parse_args(argv)
    page_sets = [s for s in html_sets.load_sets() if not args.set or s.name in args.set]
    if not page_sets:
        print(f"eval data missing: no HTML set under {html_sets.EVAL_DEV} (make eval needs ../shared/eval-dev)")
        return 0
    for page_set in page_sets:
        report(page_set, args.show_worst)
    return 0


if __name__ == "__main__":
    sys.exit(main())
