"""A rule set's settings (`ruleset.yaml`): learned rules and model rules are off where it says so.

Each case builds a small rule directory in tmp_path (one hand-written rule file, a `learned/`
rule file, the optional line-model file copied from the bundled rules) and checks what loads,
what is an error, and the exact file and line the error names.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from test_learn import TINY_RULES
from typer.testing import CliRunner

from cleaner import Cleaner, RuleErrors
from cleaner.cli import app
from cleaner.ruleset.loader import (
    SETTINGS_FILE,
    RuleSetSettings,
    default_rules_dir,
    load_rules,
    optional_rule_files,
    optional_rules,
    ruleset_settings,
)
from cleaner.types import Kind

runner = CliRunner()

HAND_WRITTEN = """\
description: One rule written by hand.
rules:
  - id: ads.label
    kind: line-drop
    description: An ad label alone on its line.
    match: 'Advertisement'
    examples:
      - in: "It rained.\\nAdvertisement\\nThe end.\\n"
        out: "It rained.\\nThe end.\\n"
      - in: "Advertisement is a trade.\\n"
"""


def rule_set(tmp_path: Path, settings: str | None) -> Path:
    """A rule directory: a hand-written file, a learned site file, the optional line model, settings."""
    directory = tmp_path / "rules"
    (directory / "learned").mkdir(parents=True)
    (directory / "ads.yaml").write_text(HAND_WRITTEN, encoding="utf-8")
    (directory / "learned" / "harbour-example.yaml").write_text(TINY_RULES, encoding="utf-8")
    shutil.copytree(default_rules_dir() / "optional", directory / "optional")
    if settings is not None:
        (directory / SETTINGS_FILE).write_text(settings, encoding="utf-8")
    return directory


def ids(directory: Path, extra: list[Path] | None = None) -> list[str]:
    return [rule.id for rule in load_rules(directory, extra or [])]


def test_without_settings_everything_is_on(tmp_path: Path) -> None:
    directory = rule_set(tmp_path, None)
    assert ruleset_settings(directory) == RuleSetSettings()
    loaded = load_rules(directory, [optional_rules("line-model", directory)])
    assert sum(rule.learned for rule in loaded) == 2
    assert [rule.kind for rule in loaded].count(Kind.LINE_MODEL) == 1


def test_learned_false_skips_the_learned_folder(tmp_path: Path) -> None:
    directory = rule_set(tmp_path, "learned: false\n")
    assert ids(directory) == ["ads.label"]
    assert ids(rule_set(tmp_path / "on", "learned: true\n"))[0] == "ads.label"
    assert len(ids(tmp_path / "on" / "rules")) == 3


def test_learned_false_refuses_a_learned_file_passed_in(tmp_path: Path) -> None:
    directory = rule_set(tmp_path, "models: true\nlearned: false\n")
    outside = tmp_path / "harbour-example.yaml"
    outside.write_text(TINY_RULES, encoding="utf-8")
    with pytest.raises(RuleErrors) as info:
        load_rules(directory, [outside])
    assert len(info.value.errors) == 2  # both learned rules, each named
    first = info.value.errors[0]
    assert first.file == str(outside) and first.rule_id == "harbour-example.line-1"
    assert f"{directory / SETTINGS_FILE}:2: learned: false" in first.message


def test_models_false_refuses_the_line_model(tmp_path: Path) -> None:
    directory = rule_set(tmp_path, "models: false\n")
    assert len(ids(directory)) == 3  # the rule files themselves load
    with pytest.raises(RuleErrors, match=r"turns these rules off \(.*ruleset.yaml:1: models: false\)"):
        load_rules(directory, [optional_rules("line-model", directory)])


def test_lint_and_rules_test_still_check_every_file(tmp_path: Path) -> None:
    directory = rule_set(tmp_path, "models: false\nlearned: false\n")
    assert len(load_rules(directory, optional_rule_files(directory), every_file=True)) == 4  # 3 + the line model
    result = runner.invoke(app, ["rules", "lint", str(directory)])
    assert result.exit_code == 0 and "4 rules OK" in result.output, result.output


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("learned: false\nmodel: false\n", 2, "unknown setting 'model' (known: learned, models)"),
        ("learned: no way\n", 1, "learned is true or false"),
        ("- learned\n", 1, "the settings are a mapping of learned, models"),
        ("learned: [\n", 1, "not valid YAML"),
    ],
)
def test_bad_settings_name_the_file_and_line(tmp_path: Path, text: str, line: int, message: str) -> None:
    directory = rule_set(tmp_path, text)
    with pytest.raises(RuleErrors) as info:
        load_rules(directory)
    error = info.value.errors[0]
    assert (error.file, error.line) == (str(directory / SETTINGS_FILE), line)
    assert message in error.message


def test_the_bundled_rule_set_takes_both() -> None:
    settings = ruleset_settings()
    assert (settings.learned, settings.models) == (True, True)
    assert Cleaner.from_rules(extra=[optional_rules("line-model")]).rules is not None


def _pages(path: Path) -> Path:
    story = "The harbour board met on Tuesday to weigh the cost of rebuilding the sea wall in three places."
    records = [{"id": f"p{n}", "url": f"https://harbour.example/{n}", "text": f"{story} {n}\n"} for n in range(3)]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("settings", "flag", "setting"),
    [("learned: false\n", "--learn", "learned"), ("models: false\n", "--line-model", "models")],
)
def test_cli_clean_stops_with_the_setting_named(tmp_path: Path, settings: str, flag: str, setting: str) -> None:
    directory = rule_set(tmp_path, settings)
    pages = _pages(tmp_path / "pages.jsonl")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["clean", str(pages), "-o", str(out), "-q", "--rules", str(directory), flag])
    assert result.exit_code == 2
    assert f"{directory / SETTINGS_FILE}:1" in result.output and setting in result.output
    assert not out.exists()
    allowed = runner.invoke(app, ["clean", str(pages), "-o", str(out), "-q", "--rules", str(directory)])
    assert allowed.exit_code == 0 and out.exists(), allowed.output
