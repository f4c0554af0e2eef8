"""Rule files parsed once: the validated rules of a file kept on disk under a digest of its bytes.

Reading a rule file means a YAML parse and the schema's checks of every key
(`cleaner.ruleset.loader.load_file`): 0.05 s for the bundled rules, half a
second for a rule set ten times larger, paid by every run. A file that
loaded without errors is stored here (its `Rule`s as JSON) under a digest
of its path, its bytes and the loader's own code; the next run that reads
the same bytes takes its rules from the store. An edited file, a moved one
or another loader has another digest, so a stale entry is never read. JSON,
not pickle: a cache directory may be shared, and reading an entry must not
run code; only the rule types are rebuilt from it.

The store is only a cache: an entry that cannot be read is loaded again
from the file, one that cannot be written is skipped, and the rules are the
same with it or without (tests/test_parsed_rules.py checks that). A file with
errors is never stored: its errors are reported on every run.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> store = ParsedRules(folder / "store")
>>> rules_file = folder / "promo.yaml"
>>> _ = rules_file.write_text('''rules:
...   - id: promo.subscribe
...     kind: line-drop
...     description: A subscribe prompt.
...     match: 'Subscribe now!'
...     examples:
...       - in: Subscribe now!
...         out: ""
...       - in: We subscribe to it.
... ''', encoding="utf-8")
>>> first, errors = store.load(rules_file)
>>> again, _ = store.load(rules_file)   # from the store
>>> [rule.id for rule in again], again == first, errors
(['promo.subscribe'], True, [])
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from cleaner.errors import RuleError
from cleaner.io.writers import atomic_writer
from cleaner.ruleset.loader import load_file
from cleaner.ruleset.schema import Example, Rule, SiteScope
from cleaner.types import Kind, Role, Scope

#: Entries kept at most: past this, the least recently used are removed when a new one is written.
MAX_ENTRIES = 5_000
#: The sources whose code decides what a file's rules are (a change to one is a new loader).
LOADER_SOURCES = ("ruleset/loader.py", "ruleset/schema.py", "types.py", "errors.py")


class ParsedRules:
    """The rules of rule files by their bytes, read from and written to the directory `folder`
    (None: nothing kept, every file parsed)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder

    def load(self, path: Path) -> tuple[list[Rule], list[RuleError]]:
        """`load_file(path)`, from the store when this file's bytes were loaded before."""
        if self.folder is None:
            return load_file(path)
        try:
            data = path.read_bytes()
        except OSError:
            return load_file(path)  # (which says what is wrong with the file)
        entry = self.folder / f"{_digest(path, data)}.json"
        rules = _read(entry)
        if rules is not None:
            return rules, []
        rules, errors = load_file(path)
        if not errors:
            self._write(entry, rules)
        return rules, errors

    def _write(self, entry: Path, rules: list[Rule]) -> None:
        with contextlib.suppress(OSError, TypeError):  # (TypeError: a value JSON cannot hold; not kept)
            with atomic_writer(entry) as out:  # (a value it cannot encode leaves no file behind)
                json.dump([_encoded(rule) for rule in rules], out, ensure_ascii=False)
            _prune(entry.parent)


def _read(entry: Path) -> list[Rule] | None:
    """The rules stored in `entry`, or None when it is missing or is not a list of rules."""
    try:
        stored = json.loads(entry.read_bytes())
        rules = [_decoded(item) for item in stored] if isinstance(stored, list) else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # a missing, cut or foreign file
        return None
    if rules is None or not all(isinstance(rule, Rule) for rule in rules):
        return None
    with contextlib.suppress(OSError):
        entry.touch()  # (recently used: kept when the store is pruned)
    return rules


TAGS = frozenset({"@type", "@enum", "@tuple"})
#: The types an entry may hold besides JSON's own (a tag names one; nothing else is rebuilt).
DATACLASSES: dict[str, Any] = {cls.__name__: cls for cls in (Rule, Example, SiteScope)}
ENUMS: dict[str, Any] = {cls.__name__: cls for cls in (Kind, Role, Scope)}


def _encoded(value: Any) -> Any:
    """`value` as JSON data: a rule type or an enum as a tagged object, a tuple tagged too."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: _encoded(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"@type": type(value).__name__, "fields": fields}
    if isinstance(value, enum.Enum):
        return {"@enum": type(value).__name__, "value": value.value}
    if isinstance(value, tuple):
        return {"@tuple": [_encoded(item) for item in value]}
    if isinstance(value, list):
        return [_encoded(item) for item in value]
    if isinstance(value, dict):
        if not all(isinstance(key, str) for key in value) or TAGS & value.keys():
            raise TypeError(f"cannot store the mapping {value!r}")
        return {key: _encoded(item) for key, item in value.items()}
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot store {type(value).__name__} {value!r}")


def _decoded(data: Any) -> Any:
    """The value `_encoded` gave `data` for (a KeyError for a type it does not know)."""
    if isinstance(data, list):
        return [_decoded(item) for item in data]
    if not isinstance(data, dict):
        return data
    if "@type" in data:
        return DATACLASSES[data["@type"]](**{key: _decoded(item) for key, item in data["fields"].items()})
    if "@enum" in data:
        return ENUMS[data["@enum"]](data["value"])
    if "@tuple" in data:
        return tuple(_decoded(item) for item in data["@tuple"])
    return {key: _decoded(item) for key, item in data.items()}


def _digest(path: Path, data: bytes) -> str:
    """The store's name for a rule file: its path (rule ids and site folders depend on it), its
    bytes and the loader's code."""
    hasher = hashlib.sha256(loader_version().encode())
    hasher.update(b"\0" + str(path.resolve()).encode("utf-8", "surrogateescape") + b"\0")
    hasher.update(data)
    return hasher.hexdigest()[:40]


@cache
def loader_version() -> str:
    """A digest of the loader's code and the entries' format (see `LOADER_SOURCES`)."""
    package = Path(__file__).resolve().parent.parent
    hasher = hashlib.sha256(b"json 1")
    for name in LOADER_SOURCES:
        try:
            hasher.update((package / name).read_bytes())
        except OSError:
            hasher.update(f"missing {name}".encode())
    return hasher.hexdigest()


def _prune(folder: Path) -> None:
    """Remove the least recently used entries of `folder` past `MAX_ENTRIES` (errors ignored)."""
    with contextlib.suppress(OSError):
        entries = list(folder.glob("*.json"))
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime)
        for stale in entries[: len(entries) - MAX_ENTRIES]:
            stale.unlink(missing_ok=True)
