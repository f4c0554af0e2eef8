"""Score the cleaner on the shared dev data (../shared/eval-dev), next to a naive baseline.

    .venv/bin/python tools/eval_segments.py [--data PATH] [--show-misses]
    .venv/bin/python tools/eval_segments.py --text [--data DIR]

Default mode: segmentation. Each page of `segments/dev.jsonl` is cleaned with
`keep_related=True`; its articles are matched one to one to the page's true
articles (see `cleaner.evaluation.match_articles`) and counted per format. The
baseline splits the page at every run of two or more blank lines.
`--show-misses` lists every true article that was not recovered.

`--text`: each page of `text/*.jsonl` is cleaned with `keep_related=False`; the
main articles, rendered and joined by a blank line, are scored against `truth`
(`cleaner.evaluation.score_corpus`), next to leaving the text as it is.

The answers (`articles`, `truth`) are only ever read here, never given to the
cleaner. Missing data is reported plainly and is not an error (exit 0).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleaner import Cleaner
from cleaner.evaluation import ArticleText, Score, SegmentMatch, match_articles, score_corpus

PROJECT = Path(__file__).resolve().parent.parent
EVAL_DEV = PROJECT.parent / "shared" / "eval-dev"
SEGMENTS = EVAL_DEV / "segments" / "dev.jsonl"
TEXTS = EVAL_DEV / "text"
FORMATS = ("tagfeed", "related")
BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
SNIPPET = 150

Splitter = Callable[[dict[str, Any]], list[ArticleText]]


@dataclass
class Tally:
    """Counts over a group of pages."""

    pages: int = 0
    true: int = 0
    recovered: int = 0
    predicted: int = 0
    right_count: int = 0

    def add(self, match: SegmentMatch) -> None:
        self.pages += 1
        self.true += match.true_count
        self.recovered += match.recovered
        self.predicted += match.predicted_count
        self.right_count += match.right_count


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def missing(path: Path) -> int:
    print(f"eval data missing: nothing at {path} (looked for ../shared/eval-dev next to the project); nothing scored.")
    return 0


def blank_line_split(row: dict[str, Any]) -> list[ArticleText]:
    """The baseline: a new article at every run of two or more blank lines."""
    return [ArticleText(None, chunk.strip()) for chunk in BLANK_RUN.split(row["text"]) if chunk.strip()]


def cleaner_split(cleaner: Cleaner) -> Splitter:
    def split(row: dict[str, Any]) -> list[ArticleText]:
        # Only the page text and its id reach the cleaner, never `articles`.
        return [ArticleText(a.title, a.text) for a in cleaner.clean(row["text"], source_id=row["id"])]

    return split


def tally(rows: Sequence[dict[str, Any]], splitter: Splitter) -> tuple[dict[str, Tally], list[SegmentMatch]]:
    tallies = {name: Tally() for name in (*FORMATS, "overall")}
    matches = []
    for row in rows:
        truth = [ArticleText(a["title"], a["text"]) for a in row["articles"]]
        match = match_articles(splitter(row), truth)
        matches.append(match)
        tallies.setdefault(row["format"], Tally()).add(match)
        tallies["overall"].add(match)
    return tallies, matches


def print_tallies(label: str, tallies: dict[str, Tally]) -> None:
    print(f"\n{label}")
    print(f"  {'format':<9} {'pages':>5} {'true':>5} {'recovered':>9} {'predicted':>9} {'right count':>11}")
    for name, t in tallies.items():
        share = f"{t.recovered / t.true:.1%}" if t.true else "-"
        print(
            f"  {name:<9} {t.pages:>5} {t.true:>5} {t.recovered:>9} {t.predicted:>9} "
            f"{t.right_count:>5}/{t.pages:<5}  ({t.recovered}/{t.true} = {share})"
        )


def print_misses(rows: Sequence[dict[str, Any]], matches: Sequence[SegmentMatch], splitter: Splitter) -> None:
    print("\nunrecovered true articles (best F1 = most similar predicted article; matched F1 = one-to-one match):")
    if not any(match.missed for match in matches):
        print("  (none)")
    for row, match in zip(rows, matches, strict=True):
        if not match.missed:
            continue
        predicted = splitter(row)
        matched = {pair.true: pair.f1 for pair in match.pairs}
        for index, title in zip(match.missed, match.missed_titles, strict=True):
            closest = match.closest[index]
            print(f"- {row['id']} [{row['format']}] true #{index + 1}: {title!r}")
            print(f"    predicted {match.predicted_count} / true {match.true_count}", end="")
            if closest is None:
                print("; no predicted article shares a shingle with it")
                continue
            print(
                f"; best F1 {closest.f1:.3f} (predicted #{closest.predicted + 1}), "
                f"matched F1 {matched.get(index, 0.0):.3f}"
            )
            best = predicted[closest.predicted]
            print(f"    closest title: {best.title!r}")
            print(f"    closest text:  {best.text[:SNIPPET]!r}")


def eval_segments(path: Path, show_misses: bool) -> int:
    if not path.is_file():
        return missing(path)
    rows = read_jsonl(path)
    cleaner = Cleaner.from_rules().with_config(keep_related=True)
    ours = cleaner_split(cleaner)
    print(f"segments: {path} ({len(rows)} pages); recovered = matched one to one at F1 >= 0.9")
    tallies, matches = tally(rows, ours)
    print_tallies("cleaner (keep_related=True)", tallies)
    base_tallies, _ = tally(rows, blank_line_split)
    print_tallies("baseline: split at every run of 2+ blank lines (README: 237 of 347)", base_tallies)
    if show_misses:
        print_misses(rows, matches, ours)
    return 0


def print_score(label: str, score: Score) -> None:
    print(
        f"  {label:<10} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}  "
        f"empty {score.empty}/{score.pages}"
    )


def eval_text(directory: Path) -> int:
    files = sorted(directory.glob("*.jsonl")) if directory.is_dir() else []
    if not files:
        return missing(directory / "*.jsonl")
    cleaner = Cleaner.from_rules().with_config(keep_related=False)
    print(f"text: {directory}; predicted = the main articles (title + body) joined by a blank line")
    for path in files:
        rows = read_jsonl(path)
        predictions = []
        for row in rows:
            # The page's text, id and url reach the cleaner, never `truth`.
            meta = {"url": row["url"]} if row.get("url") else None
            articles = cleaner.clean(row["text"], source_id=row["id"], meta=meta)
            predictions.append("\n\n".join(a.render() for a in articles))
        print(f"\n{path.stem} ({len(rows)} pages)")
        print_score("cleaner", score_corpus(zip(predictions, (r["truth"] for r in rows), strict=True)))
        print_score("as is", score_corpus((r["text"], r["truth"]) for r in rows))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, help=f"segments file (default {SEGMENTS}) or, with --text, directory")
    parser.add_argument("--show-misses", action="store_true", help="list every true article not recovered")
    parser.add_argument("--text", action="store_true", help=f"score the text sets instead (default {TEXTS})")
    args = parser.parse_args(argv)
    if args.text:
        return eval_text(args.data or TEXTS)
    return eval_segments(args.data or SEGMENTS, args.show_misses)


if __name__ == "__main__":
    sys.exit(main())
