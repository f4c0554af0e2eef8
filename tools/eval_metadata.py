"""Score the title, author and date cleaner reads from HTML pages against tests/data/html_metadata_truth.jsonl.

    .venv/bin/python tools/eval_metadata.py [--show-misses] [--half tune|confirm]

The truth file (hand-read from each page, see html_metadata_truth.md) names, for the HTML dev pages
of ../shared/eval-dev, the headline, the byline and the published date as the page shows them.
A value counts as right when it equals the truth after case and space folding (an author list
compares as the set of its names); a page whose truth is null counts as right only when nothing
is read. Pages marked "skip" (not articles) are left out. Each figure is printed for the tune and
confirm halves of the sites (tools/html_sets.py) and for all, beside trafilatura's metadata
(`bare_extraction(with_metadata=True)`) on the same pages.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

import html_sets  # tools/html_sets.py, beside this script
import trafilatura

from cleaner import Cleaner
from cleaner.html import TRAFILATURA_CONFIG

TRUTH = html_sets.PROJECT / "tests" / "data" / "html_metadata_truth.jsonl"
FIELDS = ("title", "author", "date")

Reader = Callable[[bytes, str], dict[str, Any]]


def fold(value: Any) -> str:
    return " ".join(str(value).casefold().split()) if value else ""


def author_names(value: Any) -> frozenset[str]:
    """An author field as the set of its names: "A, B and C" and "C, B, A" are the same byline."""
    text = fold(value).replace(" and ", ", ").replace(" & ", ", ").replace(" und ", ", ").replace(" et ", ", ")
    return frozenset(name.strip() for name in text.split(",") if name.strip())


def right(field: str, predicted: Any, truth: Any) -> bool:
    if field == "author":
        return author_names(predicted) == author_names(truth)
    return fold(predicted) == fold(truth)


def cleaner_reader(cleaner: Cleaner) -> Reader:
    def read(html: bytes, url: str) -> dict[str, Any]:
        document = cleaner.clean_html(html, "page", {"url": url} if url else None)
        articles = cleaner.with_config(keep_related=True).articles(document)
        meta = dict(document.meta)
        if articles and articles[0].title:
            meta["title"] = articles[0].title
        return meta

    return read


def trafilatura_reader(html: bytes, url: str) -> dict[str, Any]:
    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, config=TRAFILATURA_CONFIG)
    if document is None:
        return {}
    return {"title": document.title, "author": document.author, "date": document.date}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show-misses", action="store_true", help="print every value cleaner gets wrong")
    parser.add_argument(
        "--half",
        choices=(*html_sets.HALVES, "all"),
        default="tune",
        help="the half whose misses --show-misses prints (default tune: confirm is only for reporting)",
    )
    args = parser.parse_args(argv)
    page_sets = {s.name: s for s in html_sets.load_sets()}
    if not page_sets:
        print(f"eval data missing: no HTML set under {html_sets.EVAL_DEV} (make eval needs ../shared/eval-dev)")
        return 0
    rows = [json.loads(line) for line in TRUTH.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = {(name, p.id): p for name, s in page_sets.items() for p in s.pages}
    cases = [
        (row, pages[row["set"], row["id"]]) for row in rows if not row.get("skip") and (row["set"], row["id"]) in pages
    ]
    readers: dict[str, Reader] = {"cleaner": cleaner_reader(Cleaner.from_rules()), "trafilatura": trafilatura_reader}
    found = {name: [read(page.html, page.url) for _, page in cases] for name, read in readers.items()}
    print(f"metadata: {len(cases)} article pages of {TRUTH.name}; right = equal after case and space folding")
    print(f"  {'system':<13}{'half':<9}{'pages':>6}" + "".join(f"{f:>8}" for f in FIELDS))
    for name in readers:
        for half in (*html_sets.HALVES, "all"):
            chosen = [i for i, (_, page) in enumerate(cases) if half in ("all", page.half)]
            shares = [
                sum(right(f, found[name][i].get(f), cases[i][0][f]) for i in chosen) / max(1, len(chosen))
                for f in FIELDS
            ]
            print(f"  {name:<13}{half:<9}{len(chosen):>6}" + "".join(f"{s:8.3f}" for s in shares))
    if args.show_misses:
        for i, (row, page) in enumerate(cases):
            if args.half not in ("all", page.half):
                continue
            for f in FIELDS:
                if not right(f, found["cleaner"][i].get(f), row[f]):
                    got = found["cleaner"][i].get(f)
                    print(f"  {row['set'][:5]} {row['id'][:8]:<8} {f:<6} got {got!r} want {row[f]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
