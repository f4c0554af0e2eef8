"""Every inline example of every bundled rule, as one test each, plus rule-collection lints.

A test is named `<rule id>[<n>]` after the rule and the example's position in
its `examples` list; a failure names the rule file and line of the example
and says what went wrong. A rule's `todo` examples are known misses: they run
as strict xfails (named `<rule id>[todo-<n>]`), so fixing one makes the suite
fail until the example is promoted to `examples`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.ruleset.compiler import CompiledRule, compile_rules
from cleaner.ruleset.examples import run_example
from cleaner.ruleset.loader import SETTINGS_FILE, default_rules_dir, load_rules, optional_rule_files
from cleaner.ruleset.schema import Example

RULES = compile_rules(load_rules(None, optional_rule_files()))


def _example_params() -> list[object]:
    params: list[object] = []
    for rule in RULES.rules:
        for index, example in enumerate(rule.rule.examples):
            params.append(pytest.param(rule, example, id=f"{rule.id}[{index}]"))
        for index, example in enumerate(rule.rule.todo):
            params.append(
                pytest.param(
                    rule,
                    example,
                    id=f"{rule.id}[todo-{index}]",
                    marks=pytest.mark.xfail(reason="a known miss listed under the rule's 'todo'", strict=True),
                )
            )
    return params


@pytest.mark.parametrize(("rule", "example"), _example_params())
def test_rule_example(rule: CompiledRule, example: Example) -> None:
    problem = run_example(rule, example)
    if problem is not None:
        pytest.fail(f"{rule.rule.file}:{example.line}: {rule.id}: {problem}", pytrace=False)


def test_bundled_rules_have_examples() -> None:
    # Guards the parametrization above: an empty rule set would pass vacuously.
    assert len(RULES.rules) >= 20
    assert sum(len(r.rule.examples) for r in RULES.rules) >= 2 * len(RULES.rules)


RULE_IDS = [r.id for r in RULES.rules]


@pytest.mark.parametrize("rule", RULES.rules, ids=RULE_IDS)
def test_description_is_one_line(rule: CompiledRule) -> None:
    description = rule.rule.description
    assert description.strip(), f"{rule.rule.file}:{rule.rule.line}: {rule.id}: empty description"
    assert "\n" not in description.strip(), f"{rule.rule.file}:{rule.rule.line}: {rule.id}: description spans lines"


@pytest.mark.parametrize("rule", RULES.rules, ids=RULE_IDS)
def test_has_must_leave_alone_example(rule: CompiledRule) -> None:
    untouched = [e for e in rule.rule.examples if not e.must_change]
    assert untouched, f"{rule.rule.file}:{rule.rule.line}: {rule.id}: no example it must leave alone"


@pytest.mark.parametrize("rule", RULES.rules, ids=RULE_IDS)
def test_has_must_change_example(rule: CompiledRule) -> None:
    changed = [e for e in rule.rule.examples if e.must_change]
    assert changed, f"{rule.rule.file}:{rule.rule.line}: {rule.id}: no example it must change"


@pytest.mark.parametrize("rule", RULES.rules, ids=RULE_IDS)
def test_id_prefixed_by_file_stem(rule: CompiledRule) -> None:
    stem = Path(rule.rule.file).stem
    assert rule.id.startswith(f"{stem}."), f"{rule.rule.file}:{rule.rule.line}: {rule.id}: not prefixed by '{stem}.'"
    assert len(rule.id) > len(stem) + 1


def test_ids_unique() -> None:
    assert len(RULE_IDS) == len(set(RULE_IDS))


def test_every_rule_file_contributes_rules() -> None:
    directory = default_rules_dir()
    files = {Path(r.rule.file).resolve() for r in RULES.rules}
    folders = ("*.yaml", "sites/*.yaml", "learned/*.yaml", "optional/*.yaml")
    on_disk = {p.resolve() for pattern in folders for p in directory.glob(pattern)}
    assert on_disk - {(directory / SETTINGS_FILE).resolve()} == files  # the settings hold no rules


HARNESS_RULES = """\
rules:
  - id: harness.label
    kind: line-drop
    description: An ad label.
    match: 'Advertisement'
    examples:
      - in: "One.\\nAdvertisement\\n"
        out: "One.\\n"
      - in: "Advertisement spending rose."
  - id: harness.heading
    kind: segment-boundary
    description: A heading that opens spillover.
    header: '^=== (?P<title>[^\\n]+)\\n'
    role: related
    examples:
      - in: "The end.\\n=== Other\\nOther text.\\n"
        segments:
          - {text: "The end.", role: main}
          - {title: Other, text: "Other text.", role: related}
      - in: "The end. === Not a heading\\n"
"""


@pytest.fixture
def harness(tmp_path: Path) -> dict[str, CompiledRule]:
    # A rule file of our own, so these checks of the harness do not depend on
    # the current wording of the bundled rules.
    (tmp_path / "harness.yaml").write_text(HARNESS_RULES, encoding="utf-8")
    rules = compile_rules(load_rules(tmp_path))
    assert all(run_example(r, e) is None for r in rules.rules for e in r.rule.examples)
    return {r.id: r for r in rules.rules}


def test_run_example_reports_wrong_output(harness: dict[str, CompiledRule]) -> None:
    # The harness itself must be able to fail, or every test above is vacuous.
    wrong = Example(text_in="Prices rose.\nAdvertisement\n", text_out="Prices rose.\nAdvertisement\n", line=1)
    problem = run_example(harness["harness.label"], wrong)
    assert problem is not None
    assert problem.startswith("gave")
    assert "'Prices rose.\\n'" in problem


def test_run_example_reports_unwanted_change(harness: dict[str, CompiledRule]) -> None:
    problem = run_example(harness["harness.label"], Example(text_in="One.\nAdvertisement\n", text_out=None, line=1))
    assert problem is not None
    assert problem.startswith("changed")


def test_run_example_checks_segments(harness: dict[str, CompiledRule]) -> None:
    rule = harness["harness.heading"]
    text = "The end.\n=== Other\nOther text.\n"
    wrong_role = Example(text, None, 1, segments=({"text": "The end."}, {"text": "Other text.", "role": "main"}))
    assert run_example(rule, wrong_role) == "segment 2: role is 'related', want 'main'"
    wrong_title = Example(text, None, 1, segments=({"text": "The end."}, {"title": "Else", "text": "Other text."}))
    assert run_example(rule, wrong_title) == "segment 2: title is 'Other', want 'Else'"
    too_many = Example(text, None, 1, segments=({"text": "The end."},))
    problem = run_example(rule, too_many)
    assert problem is not None
    assert problem.startswith("found 2 segments, want 1")
    split = Example("One.\n=== Two\nThree.\n", None, 1)
    assert run_example(rule, split) == "split an untouchable text into 2 segments"
