"""The over-deletion guard, protected patterns, and rules that run out of time.

Each uses a small rule directory written by the test, so the behaviour is
pinned down whatever the shipped rules do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.engine import limits

PROSE = "The council met on Tuesday and agreed the harbour budget after a long debate. " * 6


def rules_dir(tmp_path: Path, body: str) -> Path:
    directory = tmp_path / "rules"
    directory.mkdir(exist_ok=True)
    (directory / "house.yaml").write_text("rules:\n" + body, encoding="utf-8")
    return directory


GREEDY = """
  - id: house.greedy
    kind: line-drop
    description: A careless rule that takes every line that starts with "The".
    match: 'The [^\\n]*'
    examples:
      - in: "Prices rose.\\n"
"""


def test_a_page_one_rule_would_gut_is_kept_unchanged(tmp_path: Path) -> None:
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, GREEDY))
    page = PROSE + "\nPrices rose.\n"
    (article,) = cleaner.clean(page, source_id="p")
    assert article.text == page
    assert article.meta["guard"]["rules"] == ["house.greedy"]
    assert "kept" in article.meta["guard"]["reason"] or "alone removed" in article.meta["guard"]["reason"]


def test_flag_keeps_the_cleaning_and_marks_it(tmp_path: Path) -> None:
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, GREEDY)).with_config(guard="flag")
    document = cleaner.clean_document(PROSE + "\nPrices rose.\n", source_id="p")
    assert document.guard is not None and document.guard["rules"] == ["house.greedy"]
    (article,) = cleaner.articles(document)
    assert article.text.strip() == "Prices rose." and "guard" in article.meta


def test_off_lets_the_rule_cut(tmp_path: Path) -> None:
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, GREEDY)).with_config(guard="off")
    (article,) = cleaner.clean(PROSE + "\nPrices rose.\n", source_id="p")
    assert article.text.strip() == "Prices rose." and "guard" not in article.meta


def test_small_pages_and_the_shipped_rules_on_the_samples_are_not_guarded() -> None:
    cleaner = Cleaner.from_rules()
    assert cleaner.clean_document("Advertisement\n", source_id="p").guard is None
    root = Path(__file__).resolve().parents[2]
    for path in [*sorted((root / "seeds").glob("*.txt")), *sorted((root / "tests" / "cases").glob("*.txt"))]:
        text = path.read_text(encoding="utf-8").split("\n=== output ===\n")[0]
        assert cleaner.clean_document(text, source_id=path.stem).guard is None, path.name


PROTECTED = """
  - id: house.sponsor
    kind: line-drop
    description: A sponsor line, unless it names the article's own subject.
    match: 'Sponsored by [^\\n]+'
    protect: ['Red Cross']
    examples:
      - in: "Sponsored by Acme\\n"
        out: ""
      - in: "Sponsored by the Red Cross appeal\\n"
"""


def test_protected_patterns_are_never_cut(tmp_path: Path) -> None:
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, PROTECTED))
    (article,) = cleaner.clean("Prices rose.\nSponsored by Acme\nSponsored by the Red Cross appeal\n", source_id="p")
    assert article.text.strip() == "Prices rose.\nSponsored by the Red Cross appeal"


CATASTROPHIC = """
  - id: house.slow
    kind: span-drop
    # Its lookahead keeps it with regex: the compiled core's engine runs in linear time.
    description: A pattern that backtracks exponentially on a run of a's without b.
    match: '(a|aa)+(?=\\d)\\d'
    examples:
      - in: "no match here\\n"
  - id: house.ads
    kind: line-drop
    description: Ad labels.
    phrases: [Advertisement]
    examples:
      - in: "Prices rose.\\n"
"""


def test_a_rule_that_times_out_is_skipped_for_that_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MATCH_TIMEOUT", 0.2)
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, CATASTROPHIC))
    # The pattern needs "a" then a digit ("a0" after folding): the page has one, after the run of a's.
    page = "Prices rose.\nAdvertisement\n" + "a" * 60 + "\nThe a1 key.\n"
    document = cleaner.clean_document(page, source_id="p")
    assert document.timeouts == ("house.slow",)
    (article,) = cleaner.articles(document)
    assert article.text.strip() == "Prices rose.\n" + "a" * 60 + "\nThe a1 key.", "the other rules still ran"
    fine = cleaner.clean_document("Prices rose.\nAdvertisement\nThe a1 key.\n", source_id="q")
    assert fine.timeouts == () and cleaner.articles(fine)[0].text.strip() == "Prices rose.\nThe key."


def test_the_compiled_core_runs_a_catastrophic_pattern_in_linear_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cleaner.core import CORE, CorePattern

    if CORE is None:
        pytest.skip("the compiled core is not built")
    monkeypatch.setattr(limits, "MATCH_TIMEOUT", 0.2)
    cleaner = Cleaner.from_rules(rules_dir(tmp_path, CATASTROPHIC.replace("(?=\\d)", "")))
    assert isinstance(cleaner.rules.rules[0].pattern, CorePattern)
    document = cleaner.clean_document("Prices rose.\n" + "a" * 60 + "\nThe a1 key.\n", source_id="p")
    assert document.timeouts == ()
    assert cleaner.articles(document)[0].text.strip() == "Prices rose.\n" + "a" * 60 + "\nThe key."
