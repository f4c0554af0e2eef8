"""Rule files parsed once: the validated rules of a file kept on disk under a digest of its bytes.

Reading a rule file means a YAML parse and the schema's checks of every key
(`cleaner.ruleset.loader.load_file`): 0.05 s for the bundled rules, half a
second for a rule set ten times larger, paid by every run. A file that
loaded without errors is stored here (pickled `Rule`s) under a digest of
its path, its bytes and the loader's own code; the next run that reads the
same bytes takes its rules from the store. An edited file, a moved one or
another loader has another digest, so a stale entry is never read.

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
import hashlib
import pickle
from functools import cache
from pathlib import Path

from cleaner.errors import RuleError
from cleaner.io.writers import write_atomically
from cleaner.ruleset.loader import load_file
from cleaner.ruleset.schema import Rule

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
        entry = self.folder / f"{_digest(path, data)}.pickle"
        rules = _read(entry)
        if rules is not None:
            return rules, []
        rules, errors = load_file(path)
        if not errors:
            self._write(entry, rules)
        return rules, errors

    def _write(self, entry: Path, rules: list[Rule]) -> None:
        with contextlib.suppress(OSError):
            write_atomically(entry, pickle.dumps(rules, protocol=pickle.HIGHEST_PROTOCOL))
            _prune(entry.parent)


def _read(entry: Path) -> list[Rule] | None:
    """The rules stored in `entry`, or None when it is missing or cannot be read as a list of rules."""
    try:
        with entry.open("rb") as stored:
            rules = pickle.load(stored)
    except Exception:  # (a missing, cut or foreign file: parse the rule file instead)
        return None
    if not isinstance(rules, list) or not all(isinstance(rule, Rule) for rule in rules):
        return None
    with contextlib.suppress(OSError):
        entry.touch()  # (recently used: kept when the store is pruned)
    return rules


def _digest(path: Path, data: bytes) -> str:
    """The store's name for a rule file: its path (rule ids and site folders depend on it), its
    bytes and the loader's code."""
    hasher = hashlib.sha256(loader_version().encode())
    hasher.update(b"\0" + str(path.resolve()).encode("utf-8", "surrogateescape") + b"\0")
    hasher.update(data)
    return hasher.hexdigest()[:40]


@cache
def loader_version() -> str:
    """A digest of the loader's code and the pickle format (see `LOADER_SOURCES`)."""
    package = Path(__file__).resolve().parent.parent
    hasher = hashlib.sha256(f"pickle {pickle.HIGHEST_PROTOCOL}".encode())
    for name in LOADER_SOURCES:
        try:
            hasher.update((package / name).read_bytes())
        except OSError:
            hasher.update(f"missing {name}".encode())
    return hasher.hexdigest()


def _prune(folder: Path) -> None:
    """Remove the least recently used entries of `folder` past `MAX_ENTRIES` (errors ignored)."""
    with contextlib.suppress(OSError):
        entries = list(folder.glob("*.pickle"))
        if len(entries) <= MAX_ENTRIES:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime)
        for stale in entries[: len(entries) - MAX_ENTRIES]:
            stale.unlink(missing_ok=True)
