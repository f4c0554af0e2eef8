"""Article text salted with noise in phrasings no rule and no model has seen: how much stays in.

    .venv/bin/python tools/eval_salted.py [--seed N] [--line-model]

The true bodies of the text dev pages (../shared/eval-dev/text/injected-dev.jsonl, `truth`) are
salted with noise lines from tools/data/heldout_noise.yaml (ad labels, cookie notices, newsletter,
share, comment, subscription and app prompts, written for this and kept out of rules/ and out of
the line model's training): per page 2 + one per four paragraphs, at paragraph breaks, never two
on one break. Pages fall in a tune or a confirm half by their site (tools/html_sets.half_of), and
phrasings by a hash of their text: mechanisms are tuned on tune pages salted with tune phrasings,
and confirmed on confirm pages salted with confirm phrasings. Printed per part: F1, precision and
recall of the main articles against the truth (as make eval scores the text sets), the share of
noise lines left in, and of true lines lost; with the rules alone, with the optional line model,
and with the rules `cleaner clean --learn --whole-corpus` learns from the part's own pages (the
noise repeats across pages, as a corpus's prompts do; a phrasing on fewer than 4 pages is not learned).
Deterministic: the same seed gives the same pages.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import html_sets  # tools/html_sets.py
import yaml
from eval_learn import learned_from  # tools/eval_learn.py

from cleaner import Cleaner
from cleaner.evaluation import score_corpus
from cleaner.io.readers import Page
from cleaner.learn import MIN_PAGES, WHOLE_CORPUS, LearnSettings
from cleaner.ruleset.loader import optional_rules

PHRASINGS = Path(__file__).resolve().parent / "data" / "heldout_noise.yaml"
BODIES = html_sets.EVAL_DEV / "text" / "injected-dev.jsonl"


@dataclass(frozen=True, slots=True)
class SaltedPage:
    """A true body with noise lines put between its paragraphs; `noise` the lines put in."""

    id: str
    url: str
    text: str
    truth: str
    noise: tuple[str, ...]
    half: str


def phrasings(path: Path = PHRASINGS) -> dict[str, list[str]]:
    """The held-out phrasings by half ("tune", "confirm"), each half in the file's order."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    every = [str(line) for family in data.values() for line in family]
    return {half: [line for line in every if phrasing_half(line) == half] for half in html_sets.HALVES}


def phrasing_half(line: str) -> str:
    """ "tune" or "confirm" by a hash of the phrasing (stable across runs and machines)."""
    return html_sets.HALVES[hashlib.sha1(line.encode("utf-8")).digest()[0] % 2]


def salt(page_id: str, url: str, truth: str, noise: Sequence[str], half: str, seed: int = 0) -> SaltedPage:
    """`truth` with 2 + paragraphs // 4 lines of `noise` put at different paragraph breaks (or
    above the first, or below the last paragraph), chosen by a generator seeded with the page id.

    >>> page = salt("p1", "", "One.\\nTwo.\\nThree.", ["Copy link", "Pin it"], "tune")
    >>> sorted(page.noise), page.text.count("\\n")
    (['Copy link', 'Pin it'], 4)
    """
    rng = random.Random(f"{seed}:{page_id}")
    paragraphs = [line for line in truth.splitlines() if line.strip()]
    count = min(len(paragraphs) + 1, 2 + len(paragraphs) // 4)
    breaks = sorted(rng.sample(range(len(paragraphs) + 1), count))
    chosen = [rng.choice(list(noise)) for _ in breaks]
    lines = list(paragraphs)
    for gap, line in sorted(zip(breaks, chosen, strict=True), reverse=True):
        lines.insert(gap, line)
    return SaltedPage(page_id, url, "\n".join(lines) + "\n", truth, tuple(chosen), half)


def salted_pages(seed: int = 0, path: Path = BODIES) -> list[SaltedPage]:
    """Every page of `path`, salted with the phrasings of its own half."""
    halves = phrasings()
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        half = html_sets.half_of((urlsplit(record["url"]).hostname or "").removeprefix("www."))
        pages.append(salt(record["id"], record["url"], record["truth"], halves[half], half, seed))
    return pages


def clean(cleaner: Cleaner, page: SaltedPage) -> str:
    """The main articles of the salted page as `cleaner` writes them (title on top)."""
    articles = cleaner.clean(page.text, source_id=page.id, meta={"url": page.url})
    return "\n\n".join(article.render() for article in articles)


def report(label: str, cleaner: Cleaner, pages: Sequence[SaltedPage]) -> None:
    """F1 / P / R against the truth, the share of noise lines left in and of true lines lost."""
    outputs = [clean(cleaner, page) for page in pages]
    score = score_corpus(zip(outputs, (page.truth for page in pages), strict=True))
    noise = left = true = lost = 0
    for page, output in zip(pages, outputs, strict=True):
        kept = {line.strip() for line in output.splitlines()}
        noise += len(page.noise)
        left += sum(line.strip() in kept for line in page.noise)
        truth = [line.strip() for line in page.truth.splitlines() if line.strip()]
        true += len(truth)
        lost += sum(line not in kept for line in truth)
    print(
        f"  {label:<46} F1 {score.f1:.3f}  P {score.precision:.3f}  R {score.recall:.3f}  "
        f"noise left {left / max(1, noise):.1%} ({left}/{noise})  true lines lost {lost / max(1, true):.1%}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if not BODIES.is_file():
        print(f"salted text: {BODIES} is missing: no true bodies to salt, this part is skipped")
        return 0
    pages = salted_pages(args.seed)
    cleaners = {
        "rules alone": Cleaner.from_rules(),
        "rules + line model": Cleaner.from_rules(extra=[optional_rules("line-model")]),
    }
    learned = "rules + learned, whole corpus, --min-pages {}"
    counts = {half: sum(len(v) for k, v in phrasings().items() if k == half) for half in html_sets.HALVES}
    print(
        f"salted text: the true bodies of {BODIES.name} salted with held-out noise phrasings "
        f"({counts['tune']} tune, {counts['confirm']} confirm; tools/data/heldout_noise.yaml)"
    )
    for half in (*html_sets.HALVES, "all"):
        chosen = [page for page in pages if half in ("all", page.half)]
        print(f"{half} ({len(chosen)} pages)")
        for label, cleaner in cleaners.items():
            report(label, cleaner, chosen)
        for min_pages in (MIN_PAGES, 3):
            with tempfile.TemporaryDirectory(prefix="cleaner-eval-salted-") as directory:
                cleaner, count = learned_from_pages(chosen, Path(directory), min_pages)
                report(learned.format(min_pages), cleaner, chosen)
            print(f"    (`cleaner clean --learn --whole-corpus --min-pages {min_pages}`: {count} lines learned)")
    return 0


def learned_from_pages(pages: Sequence[SaltedPage], directory: Path, min_pages: int) -> tuple[Cleaner, int]:
    """The rules plus those learned from `pages` themselves, the corpus as one site (as `cleaner clean
    --learn --whole-corpus` does): what repeats across the pages, wherever it comes from."""
    corpus = [Page(page.id, page.text, "salted", {"url": page.url}) for page in pages]
    return learned_from(corpus, directory, WHOLE_CORPUS, LearnSettings(min_pages=min_pages, min_share=0.0))


if __name__ == "__main__":
    sys.exit(main())
