"""`cleaner learn`: the lines a site repeats on its pages become rules (cleaner.learn, the CLI).

The corpus of many pages per site comes from tools/site_corpus.py (the dev articles bundled in
tests/data/articles.jsonl inside invented site templates): the learned rules must take the
repeated furniture and none of the articles' lines.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.errors import RuleErrors
from cleaner.io.readers import Page
from cleaner.learn import LearnPage, LearnSettings, learn_sites, learning_pages, rule_file, unknown_to
from cleaner.ruleset.loader import load_file, load_rules

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import eval_learn  # noqa: E402
import site_corpus  # noqa: E402

runner = CliRunner()

STORIES = [
    "The ferry to Tarnby sailed an hour late because of fog in the estuary.",
    "Allotment holders voted to share one water butt per row this summer.",
    "The lifeboat crew pulled two kayakers from the water off Saltmere Point.",
    "A bakery on Mill Lane won the county prize for its rye loaf.",
    "Councillors will decide on the new bus timetable in April.",
]

TINY_RULES = """\
# Learned by `cleaner learn` from 5 pages of harbour.example: the lines those pages
# repeat. Review before committing: a line on this list that is the story's own text is lost.
description: Furniture lines learned from 5 pages of harbour.example.
site:
  domains:
  - harbour.example
rules:
- id: harbour-example.line-1
  kind: line-drop
  scope: page
  description: 'Repeated on 5 of 5 pages: "Harbour Times · Quay Street"'
  learned: true
  support:
    pages: 5
    site_pages: 5
  phrases:
  - Harbour Times · Quay Street
  examples:
  - in: |
      Harbour Times · Quay Street
    out: ''
  - in: |
      The ferry to Tarnby sailed an hour late because of fog in the estuary.
- id: harbour-example.line-2
  kind: line-drop
  scope: page
  description: 'Repeated on 4 of 5 pages: "Harbour Times edition 41"'
  learned: true
  support:
    pages: 4
    site_pages: 5
  match: Harbour\\s+Times\\s+edition\\s+\\d+
  flags:
  - ignorecase
  examples:
  - in: |
      Harbour Times edition 41
    out: ''
  - in: |
      The ferry to Tarnby sailed an hour late because of fog in the estuary.
"""


def _tiny_pages() -> list[LearnPage]:
    pages = []
    for number, story in enumerate(STORIES):
        lines = ["Harbour Times · Quay Street", story]
        if number != 2:
            lines.append(f"Harbour Times edition {41 + number % 2}")
        lines.append("Advertisement")
        pages.append(LearnPage("harbour.example", f"p{number}", tuple(lines)))
    return pages


def test_a_tiny_corpus_gives_exactly_the_expected_rule_file() -> None:
    # Three lines repeat: the masthead and an ad label on 5 pages, the edition line (its number varies)
    # on 4; the stories on none. The bundled rules remove the ad label already: it is not learned
    # again.
    learned = learn_sites(_tiny_pages(), LearnSettings(min_pages=4))
    unknown = [unknown_to(Cleaner.from_rules().rules, site) for site in learned]
    assert [line.text for line in learned[0].lines] == [
        "Advertisement",
        "Harbour Times · Quay Street",
        "Harbour Times edition 41",
    ]
    assert rule_file(unknown[0]) == TINY_RULES


def test_a_learned_rule_file_loads_and_its_examples_pass(tmp_path: Path) -> None:
    folder = tmp_path / "rules" / "learned"
    folder.mkdir(parents=True)
    (folder / "harbour-example.yaml").write_text(TINY_RULES, encoding="utf-8")
    rules, errors = load_file(folder / "harbour-example.yaml")
    assert errors == [] and [rule.learned for rule in rules] == [True, True]
    assert rules[1].support == {"pages": 4, "site_pages": 5}
    result = runner.invoke(app, ["rules", "test", str(tmp_path / "rules")])
    assert result.exit_code == 0 and "4 passed, 0 failed" in result.output


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("learned", "yes", "'learned' must be true or false"), ("support", [3], "'support' must map names to counts")],
)
def test_learned_and_support_are_checked(tmp_path: Path, key: str, value: object, message: str) -> None:
    data = yaml.safe_load(TINY_RULES)
    data["rules"][0][key] = value
    (tmp_path / "learned").mkdir()
    (tmp_path / "learned" / "harbour-example.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RuleErrors, match=message):
        load_rules(tmp_path)


def test_a_story_in_the_corpus_twice_is_not_furniture() -> None:
    # The same story on five URLs, around a template whose short lines differ: one page.
    pages = [
        LearnPage("harbour.example", f"p{n}", (f"Edition {n}", STORIES[0], STORIES[1], STORIES[2])) for n in range(5)
    ]
    assert learn_sites(pages, LearnSettings(min_pages=2)) == []


def test_numbers_and_symbols_alone_are_never_learned() -> None:
    # Page numbers and table cells repeat on every page; a rule for them would take a table's cells.
    pages = [LearnPage("stats.example", f"p{n}", ("1", "2", "|", "--", STORIES[n])) for n in range(5)]
    assert learn_sites(pages, LearnSettings(min_pages=2)) == []


def test_pages_grouped_by_source_get_rules_for_the_records_of_that_source(tmp_path: Path) -> None:
    pages = [
        Page(f"p{n}", f"Harbour Wire daily\n{story}\nHarbour Wire, Quay Street\n", "corpus", {"source": "Harbour Wire"})
        for n, story in enumerate(STORIES)
    ]
    skipped: Counter[str] = Counter()
    learned = learn_sites(learning_pages(pages, None, (), skipped))
    text = rule_file(learned[0])
    assert yaml.safe_load(text)["site"] == {"field": {"source": "Harbour Wire"}}
    assert not skipped
    (tmp_path / "learned").mkdir()
    (tmp_path / "learned" / "harbour-wire.yaml").write_text(text, encoding="utf-8")
    cleaner = Cleaner.from_rules(extra=[tmp_path / "learned" / "harbour-wire.yaml"])
    page = f"{STORIES[0]}\nHarbour Wire, Quay Street\n{STORIES[1]}\n"
    for meta, dropped in (
        ({"source": "Harbour Wire"}, True),
        ({"meta": {"source": "Harbour Wire"}}, True),
        ({"source": "AP"}, False),
        ({}, False),
    ):
        kept = "\n".join(a.text for a in cleaner.clean(page, meta=meta))
        assert ("Quay Street" not in kept) is dropped, meta


def test_learned_rules_take_the_repeated_furniture_and_no_article_line() -> None:
    # The corpus of 6 sites x 12 pages, furniture invented so that no bundled rule knows it.
    result = eval_learn.score(site_corpus.generate(site_corpus.read_articles(), sites=6, pages=12, seed=4))
    furniture = ("repeated", "numbered")
    gone = sum(result.learned.gone[k] for k in furniture) / sum(result.learned.lines[k] for k in furniture)
    assert gone >= 0.9
    assert result.article_lines_lost == 0
    assert result.learned.share("repeated") > result.base.share("repeated") + 0.5  # the learned rules did it


def _write_corpus(path: Path) -> list[site_corpus.SitePage]:
    corpus = site_corpus.generate(site_corpus.read_articles(), sites=2, pages=8, seed=2)
    path.write_text("".join(json.dumps(p.record()) + "\n" for p in corpus), encoding="utf-8")
    return corpus


def test_cli_learn_writes_one_reviewable_file_per_site(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl")
    result = runner.invoke(app, ["learn", str(tmp_path / "corpus.jsonl"), "-o", str(tmp_path / "learned")])
    assert result.exit_code == 0, result.output
    files = sorted((tmp_path / "learned").glob("*.yaml"))
    assert len(files) == 2 and not list((tmp_path / "learned").glob("*.partial"))
    hosts = {page.url.split("/")[2].removeprefix("www.") for page in corpus}
    assert {yaml.safe_load(f.read_text())["site"]["domains"][0] for f in files} == hosts
    again = runner.invoke(app, ["learn", str(tmp_path / "corpus.jsonl"), "-o", str(tmp_path / "again")])
    assert again.exit_code == 0
    assert [f.read_bytes() for f in files] == [f.read_bytes() for f in sorted((tmp_path / "again").glob("*.yaml"))]


def test_cli_clean_with_learn_removes_the_sites_furniture(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "corpus.jsonl")
    prompt = corpus[0].truth["repeated"][2]  # the site's prompt line (after its masthead and menu)
    for flag, expect_prompt in (([], True), (["--learn"], False)):
        out = tmp_path / f"out{len(flag)}.jsonl"
        result = runner.invoke(app, ["clean", str(tmp_path / "corpus.jsonl"), "-o", str(out), "-q", *flag])
        assert result.exit_code == 0, result.output
        texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
        assert any(prompt in text for text in texts) is expect_prompt


def test_cli_learn_says_when_no_page_names_its_site(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORIES[0] + "\n", encoding="utf-8")
    result = runner.invoke(app, ["learn", str(tmp_path / "a.txt"), "-o", str(tmp_path / "learned")])
    assert result.exit_code == 2
    assert "names no site" in result.output and "--site-field" in result.output


def test_a_label_opening_lines_whose_rest_varies_is_learned_but_not_before_a_sentence(tmp_path: Path) -> None:
    # "Watch next: <a headline>" closes every page, the headline differs; "Update: <a sentence>"
    # opens story text on some pages: the first label is furniture, the second is not.
    pages = []
    for number, story in enumerate(STORIES):
        lines = [story, f"Watch next: {STORIES[(number + 1) % 5][:40].rstrip()} video"]
        if number % 2:
            lines.append(f"Update: {STORIES[(number + 2) % 5]}")
        pages.append(LearnPage("harbour.example", f"p{number}", tuple(lines)))
    learned = learn_sites(pages, LearnSettings(min_pages=2))
    assert [(line.label, line.pattern) for line in learned[0].lines] == [
        ("Watch next:", r"Watch\ next:[ \t]*\S[^\n]{0,149}(?<![.!?])")
    ]
    text = rule_file(learned[0])
    assert 'Lines opening with "Watch next:" on 5 of 5 pages' in text
    (tmp_path / "learned").mkdir()
    (tmp_path / "learned" / "harbour-example.yaml").write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["rules", "test", str(tmp_path)])
    assert result.exit_code == 0 and "3 passed, 0 failed" in result.output  # one line taken, two kept


def _many_sites(path: Path) -> Path:
    """Five pages of five sites; four of them carry the same prompt, worded as no bundled rule words it."""
    records = []
    for number, story in enumerate(STORIES):
        lines = [story, "Tell a neighbour about this story"] if number != 3 else [story]
        records.append({"id": f"p{number}", "url": f"https://site{number}.example/a", "text": "\n".join(lines)})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


WHOLE_CORPUS_RULES = """\
# Learned by `cleaner learn` from 5 pages of corpus: the lines those pages
# repeat. Review before committing: a line on this list that is the story's own text is lost.
description: Furniture lines learned from 5 pages of corpus.
site:
  all: true
rules:
- id: corpus.line-1
  kind: line-drop
  scope: page
  description: 'Repeated on 4 of 5 pages: "Tell a neighbour about this story"'
  learned: true
  support:
    pages: 4
    site_pages: 5
  phrases:
  - Tell a neighbour about this story
  examples:
  - in: |
      Tell a neighbour about this story
    out: ''
  - in: |
      The ferry to Tarnby sailed an hour late because of fog in the estuary.
"""


def test_the_whole_corpus_as_one_site_learns_what_many_sites_repeat(tmp_path: Path) -> None:
    corpus = _many_sites(tmp_path / "corpus.jsonl")
    by_site = runner.invoke(app, ["learn", str(corpus), "-o", str(tmp_path / "by-site")])
    assert by_site.exit_code == 0 and not list((tmp_path / "by-site").glob("*.yaml"))  # one page per site
    whole = runner.invoke(app, ["learn", str(corpus), "-o", str(tmp_path / "whole"), "--whole-corpus"])
    assert whole.exit_code == 0, whole.output
    assert (tmp_path / "whole" / "corpus.yaml").read_text(encoding="utf-8") == WHOLE_CORPUS_RULES
    out = tmp_path / "out.jsonl"
    cleaned = runner.invoke(app, ["clean", str(corpus), "-o", str(out), "-q", "--learn", "--whole-corpus"])
    assert cleaned.exit_code == 0, cleaned.output
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == STORIES  # the prompt gone from every page, every story whole
    out5 = tmp_path / "out5.jsonl"
    five = ["clean", str(corpus), "-o", str(out5), "-q", "--learn", "--whole-corpus", "--min-pages", "5"]
    assert runner.invoke(app, five).exit_code == 0
    assert "Tell a neighbour" in out5.read_text(encoding="utf-8")  # on 4 pages: under --min-pages 5


def test_whole_corpus_and_a_site_field_are_one_or_the_other(tmp_path: Path) -> None:
    corpus = _many_sites(tmp_path / "corpus.jsonl")
    result = runner.invoke(
        app, ["learn", str(corpus), "-o", str(tmp_path / "x"), "--whole-corpus", "--site-field", "id"]
    )
    assert result.exit_code == 2 and "one or the other" in result.output
