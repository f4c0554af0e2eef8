"""`cleaner rules lint`: backtracking risks, contradicting examples, rules that never fire on a corpus."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

runner = CliRunner()

RULES = """rules:
  - id: house.nested
    kind: line-drop
    description: A label line written with nested quantifiers.
    match: '(?:\\w+\\s?)+:'
    examples:
      - in: "Share this:\\n"
        out: ""
      - in: "Prices rose.\\n"
  - id: house.ads
    kind: line-drop
    description: Ad labels.
    phrases: [Advertisement]
    examples:
      - in: "Advertisement\\n"
        out: ""
      - in: "Prices rose.\\n"
  - id: house.keep-ads
    kind: line-drop
    description: A rule whose example says the same line must stay.
    phrases: [Sponsored]
    examples:
      - in: "Advertisement\\n"
"""


def test_lint_reports_risks_contradictions_and_dead_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yaml").write_text(RULES, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "page.txt").write_text("Prices rose.\nAdvertisement\nWages did not.\n", encoding="utf-8")
    result = runner.invoke(app, ["rules", "lint", str(rules), "--corpus", str(corpus)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(f"{rules / 'house.yaml'}:5: house.nested: warning: an unbounded repeat" in line for line in lines)
    assert any("house.keep-ads: warning: this example's input is also house.ads's" in line for line in lines)
    dead = sorted(line.split(": ")[1] for line in lines if "never fired" in line)
    assert dead == ["house.keep-ads", "house.nested"]
    assert lines[-1] == f"3 rules OK in {rules}, 4 warnings"


def test_lint_of_the_shipped_rules_is_clean() -> None:
    result = runner.invoke(app, ["rules", "lint"])
    assert result.exit_code == 0 and "warning" not in result.output, result.output


def test_clean_warns_of_a_risky_pattern_when_it_loads_the_rules(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yaml").write_text(RULES, encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text("Prices rose.\nShare this:\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "o.jsonl"), "--rules", str(rules)])
    assert result.exit_code == 0, result.output
    assert f"{rules / 'house.yaml'}:5: house.nested: warning: an unbounded repeat" in result.stderr
