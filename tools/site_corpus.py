"""Build a corpus whose sites repeat: many pages per site, each with the site's own furniture.

    .venv/bin/python tools/site_corpus.py [--sites 6] [--pages 12] [--seed 1] [-o corpus.jsonl]

`cleaner learn` finds the lines a site repeats on its pages. To measure it, this module makes
such a corpus from the dev articles (`tests/data/articles.jsonl`, 40 real articles): each site
gets a template of furniture lines invented from word pools (so that no bundled rule knows
them: the learned rules must do the work), and each page is one article inside the template.

Furniture comes in three kinds, told apart in each page's truth:
- `repeated`: the same line on most of the site's pages (a masthead, a menu, a prompt, an address);
- `numbered`: one line whose numbers change from page to page ("© 2021 ...", "14 comments");
- `varying`: lines that differ on every page (a byline with a date, "Related: <another headline>"),
  which no repeated-line rule can learn; they are reported apart.
Each template line is left off a page now and then (one time in eight), as templates vary.

One page per site is its story fetched twice (the same article on two URLs): a repeated
story must not be learned as furniture.

A record is `{"id", "url", "text"}` with `truth`: `{"article": [lines], "repeated": [...],
"numbered": [...], "varying": [...]}` (cleaner never reads it). Deterministic: the same
articles, sizes and seed give the same corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
ARTICLES = PROJECT / "tests" / "data" / "articles.jsonl"

#: Invented words: a site's name, sections and prompts are made of them, so no bundled rule knows them.
PLACES = ["Portmarsh", "Kelvedon", "Ashgrove", "Tarnby", "Wexcombe", "Holloway Vale", "Brindle", "Saltmere"]
PAPERS = ["Courier", "Lantern", "Gazette", "Clarion", "Packet", "Beacon", "Sentinel", "Ledger"]
SECTIONS = ["Local", "Harbour", "Markets", "Weather", "Letters", "Schools", "Allotments", "Tides", "Sport", "Arts"]
PROMPTS = [
    "Get the {paper}'s evening digest in your letterbox",
    "Our {place} readers club meets on Thursdays",
    "Tell the {paper} what happened on your street",
    "Members of the {paper} read every story first",
    "Join the {place} {paper} supper club this winter",
]
ADDRESSES = ["{n} Quay Street, {place}", "{paper} House, {n} Mill Lane, {place}", "Unit {n}, Old Ropeworks, {place}"]
AUTHORS = ["Ivy Marsh", "Tom Becker", "Ana Ruiz", "Kenji Ota", "Maya Lind", "Omar Haddad", "Lena Vogt", "Sam Okoro"]


@dataclass(frozen=True)
class SitePage:
    """One page of the corpus, with what each of its lines is."""

    id: str
    url: str
    text: str
    truth: dict[str, list[str]]

    def record(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "text": self.text, "truth": self.truth}


def read_articles(path: Path = ARTICLES) -> list[tuple[str, list[str]]]:
    """The dev articles as (title, paragraphs)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        out.append((record["title"], [p for p in record["text"].split("\n") if p.strip()]))
    return out


def _template(rng: random.Random, number: int) -> dict[str, Any]:
    place, paper = PLACES[number % len(PLACES)], PAPERS[(number * 3) % len(PAPERS)]
    sections = rng.sample(SECTIONS, 5)
    values = {"place": place, "paper": paper, "n": rng.randint(2, 90)}
    return {
        "host": f"{place.lower().replace(' ', '')}-{paper.lower()}.example",
        "head": [f"The {place} {paper}", " · ".join(sections)],
        "prompt": rng.choice(PROMPTS).format(**values),
        "foot": [rng.choice(ADDRESSES).format(**values), f"Write to the {paper}: desk@{paper.lower()}.example"],
        "paper": paper,
    }


def build_site(
    articles: Sequence[tuple[str, list[str]]], template: dict[str, Any], pages: int, rng: random.Random
) -> list[SitePage]:
    """`pages` pages of one site (the last one a second copy of its first story)."""
    chosen = rng.sample(range(len(articles)), pages - 1)
    chosen.append(chosen[0])  # the same story fetched twice
    out = []
    for number, index in enumerate(chosen):
        title, paragraphs = articles[index]
        other = articles[rng.choice([i for i in range(len(articles)) if i != index])][0]
        truth: dict[str, list[str]] = {"article": [], "repeated": [], "numbered": [], "varying": []}
        lines: list[str] = []

        def put(kind: str, line: str, sometimes: bool = True, lines: list[str] = lines, truth: dict = truth) -> None:
            if sometimes and rng.random() < 1 / 8:
                return  # templates vary: a line is left off a page now and then
            lines.append(line)
            truth[kind].append(line)

        for line in template["head"]:
            put("repeated", line)
        put("article", title, sometimes=False)
        author, day = rng.choice(AUTHORS), rng.randint(1, 28)
        put("varying", f"{author} · {day} March 2024 · {template['paper']}", sometimes=False)
        half = max(1, len(paragraphs) // 2)
        for paragraph in paragraphs[:half]:
            put("article", paragraph, sometimes=False)
        put("repeated", template["prompt"])
        put("varying", f"Related: {other}")
        for paragraph in paragraphs[half:]:
            put("article", paragraph, sometimes=False)
        put("numbered", f"{rng.randint(2, 60)} comments")
        for line in template["foot"]:
            put("repeated", line)
        put("numbered", f"© {rng.randint(2015, 2024)} The {template['head'][0].split(' ', 2)[-1]}")
        slug = "-".join(title.lower().split()[:5])
        url = f"https://www.{template['host']}/{2024 - number % 3}/{slug}-{number}"
        out.append(SitePage(f"{template['host']}-{number:03d}", url, "\n".join(lines) + "\n", truth))
    return out


def generate(
    articles: Sequence[tuple[str, list[str]]], sites: int = 6, pages: int = 12, seed: int = 1
) -> list[SitePage]:
    """The corpus: `sites` sites of `pages` pages each, in site order."""
    rng = random.Random(seed)
    out: list[SitePage] = []
    for number in range(sites):
        out.extend(build_site(articles, _template(rng, number), pages, rng))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", type=int, default=6)
    parser.add_argument("--pages", type=int, default=12)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args(argv)
    corpus = generate(read_articles(), args.sites, args.pages, args.seed)
    text = "".join(json.dumps(page.record(), ensure_ascii=False) + "\n" for page in corpus)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
