"""Rule files parsed once (cleaner.ruleset.parsed): the store gives the rules the file gives, and
never a stale or broken entry's.

Each test can fail: a store that served an edited file's old rules, kept a file
with errors, trusted a cut entry or shared an entry between two paths would
change the rules a run cleans with.
"""

from __future__ import annotations

import dataclasses
import textwrap
from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.errors import RuleErrors
from cleaner.ruleset import parsed as parsed_module
from cleaner.ruleset.cache import PatternCache
from cleaner.ruleset.loader import default_rules_dir, load_file, load_rules
from cleaner.ruleset.parsed import ParsedRules

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

RULE_FILE = """\
rules:
  - id: promo.subscribe
    kind: line-drop
    description: A subscribe prompt.
    match: '{phrase}'
    examples:
      - in: "{phrase}"
        out: ""
      - in: We subscribe to it.
"""


def _write(folder: Path, phrase: str = "Subscribe now!", name: str = "promo.yaml") -> Path:
    path = folder / name
    path.write_text(RULE_FILE.format(phrase=phrase), encoding="utf-8")
    return path


def _unparsable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make parsing a rule file fail, so that only the store can give rules."""

    def refuse(path: Path) -> None:
        raise AssertionError(f"{path} was parsed again")

    monkeypatch.setattr(parsed_module, "load_file", refuse)


def test_a_stored_file_is_not_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ParsedRules(tmp_path / "store")
    path = _write(tmp_path)
    first, errors = store.load(path)
    assert errors == [] and [rule.id for rule in first] == ["promo.subscribe"]
    _unparsable(monkeypatch)
    again, errors = store.load(path)
    assert again == first and errors == []


def test_an_edited_file_is_parsed_again(tmp_path: Path) -> None:
    store = ParsedRules(tmp_path / "store")
    path = _write(tmp_path)
    store.load(path)
    _write(tmp_path, phrase="Sign up today!")
    rules, _ = store.load(path)
    assert rules[0].match == "Sign up today!"
    assert rules == load_file(path)[0]


def test_a_file_with_errors_is_not_stored(tmp_path: Path) -> None:
    store = ParsedRules(tmp_path / "store")
    path = tmp_path / "promo.yaml"
    path.write_text(textwrap.dedent(RULE_FILE.format(phrase="x")).replace("line-drop", "line-dorp"), encoding="utf-8")
    for _ in range(2):
        rules, errors = store.load(path)
        assert rules == [] and errors and "kind" in str(errors[0])
    assert not list((tmp_path / "store").glob("*.json"))


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json",
        b"null",
        b'[{"@type": "Path", "fields": {}}]',  # a type the store does not rebuild
        b'[{"@type": "Rule", "fields": {"id": "x"}}]',  # a rule without its fields
        b'[{"@type": "Example", "fields": {"text_in": "a", "text_out": null, "line": 1}}]',  # not a rule
    ],
)
def test_a_broken_entry_is_parsed_again(tmp_path: Path, damage: bytes) -> None:
    store = ParsedRules(tmp_path / "store")
    path = _write(tmp_path)
    first, _ = store.load(path)
    [entry] = (tmp_path / "store").glob("*.json")
    entry.write_bytes(damage)
    again, errors = store.load(path)
    assert again == first and errors == []


def test_the_same_bytes_under_another_name_are_not_shared(tmp_path: Path) -> None:
    """Rule ids must start with the file's stem: the copy under another name has errors of its own."""
    store = ParsedRules(tmp_path / "store")
    store.load(_write(tmp_path))
    rules, errors = store.load(_write(tmp_path, name="other.yaml"))
    assert rules == [] and any("file stem" in error.message for error in errors)


def test_another_loader_does_not_read_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ParsedRules(tmp_path / "store")
    path = _write(tmp_path)
    store.load(path)
    monkeypatch.setattr(parsed_module, "loader_version", lambda: "another loader")
    store.load(path)
    assert len(list((tmp_path / "store").glob("*.json"))) == 2


def test_the_bundled_rules_load_alike_from_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ParsedRules(tmp_path / "store")
    direct = load_rules(default_rules_dir())
    assert load_rules(default_rules_dir(), parsed=store) == direct
    _unparsable(monkeypatch)
    assert load_rules(default_rules_dir(), parsed=store) == direct


def test_errors_are_still_raised_with_a_store(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    _write(rules)
    _write(rules, name="other.yaml")  # ids of another file's stem
    with pytest.raises(RuleErrors, match="file stem"):
        load_rules(rules, parsed=ParsedRules(tmp_path / "store"))


def test_a_cleaner_from_the_store_cleans_alike(tmp_path: Path) -> None:
    cold = Cleaner.from_rules(cache=PatternCache(None))
    store = tmp_path / "cache" / "patterns.json"
    Cleaner.from_rules(cache=PatternCache(store))
    assert list((store.parent / "rule-files").glob("*.json"))
    warm = Cleaner.from_rules(cache=PatternCache(store))
    assert [compiled.rule for compiled in warm.rules.rules] == [compiled.rule for compiled in cold.rules.rules]
    for page in sorted(SEEDS.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        assert warm.clean_document(text).segments == cold.clean_document(text).segments


def test_an_unwritable_store_only_parses(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("", encoding="utf-8")  # a file where the store's folder would be
    store = ParsedRules(blocked / "store")
    rules, errors = store.load(_write(tmp_path))
    assert [rule.id for rule in rules] == ["promo.subscribe"] and errors == []


def test_the_store_keeps_at_most_its_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parsed_module, "MAX_ENTRIES", 3)
    store = ParsedRules(tmp_path / "store")
    for n in range(5):
        store.load(_write(tmp_path, phrase=f"Subscribe now {n}!"))
    assert len(list((tmp_path / "store").glob("*.json"))) == 3


def test_a_value_json_cannot_hold_as_such_is_not_stored(tmp_path: Path) -> None:
    """A mapping whose key looks like the store's own tags would come back as something else: the
    file's rules are not kept (and are parsed again next time), never kept changed."""
    path = _write(tmp_path)
    rules, _ = load_file(path)
    odd = [dataclasses.replace(rules[0], support={"@tuple": 3})]
    store = ParsedRules(tmp_path / "store")
    store._write(tmp_path / "store" / "entry.json", odd)
    assert not list((tmp_path / "store").glob("*.json"))
    store._write(tmp_path / "store" / "entry.json", rules)
    assert parsed_module._read(tmp_path / "store" / "entry.json") == rules
