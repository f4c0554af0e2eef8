"""What compiling a rule pattern found, kept on disk, so later runs compile only the patterns they use.

Compiling a rule set means, per pattern, a `regex` compile (to check it and
to reject empty matches) and a parse for its required literals and width
(`cleaner.ruleset.literals.analyse`). For the bundled rules that is half a
second, for a rule set ten times larger five: the fixed cost of every run
and of every worker. A pattern that compiled and was analysed once is
stored here by its source and flags; the next run takes its literals and
width from the store and leaves the `regex` compile to the pattern's first
use (`LazyPattern`), which never comes for a rule whose literals a page lacks.

The store is only a cache: a missing, unreadable or stale file (another
`regex` or analysis version) is an empty store, a file that cannot be
written is skipped, and cleaning gives the same output with it or without
(tests/test_pattern_cache.py checks that).

>>> cache = PatternCache(None)
>>> cache.pattern(r"Advert\\w*", 2) is None
True
>>> shared = cache.add(r"Advert\\w*", 2, None)
>>> cache.pattern(r"Advert\\w*", 2) is shared, cache.analysis(r"Advert\\w*", 2)
(True, (frozenset({'advert'}), (6, 9223372036854775807)))
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import regex

from cleaner.compiled import source_of
from cleaner.core import TranslationStore, core_pattern, line_form
from cleaner.io.writers import atomic_writer
from cleaner.ruleset import literals, programs
from cleaner.ruleset.literals import analyse
from cleaner.ruleset.parsed import ParsedRules

#: Bump when the way patterns are checked changes: a store of another version is ignored. A change to
#: the analysis itself needs no bump: the version includes a digest of cleaner/ruleset/literals.py.
ANALYSIS_VERSION = 3
#: Entries kept at most: a store that grew past this keeps only the patterns the last run used.
MAX_ENTRIES = 50_000
#: Environment variable naming the cache directory ("off" keeps no store).
CACHE_ENV = "CLEANER_CACHE_DIR"

Analysis = tuple[frozenset[str] | None, tuple[int, int] | None]
T = TypeVar("T")


class PatternCache:
    """Checked patterns and their analysis (literals, width) by (source, flags), read from and saved to `path`.

    `path` None keeps the store in memory only.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, list[Any]] = _read(path) if path is not None else {}
        self._used: set[str] = set()
        self._added = False
        self._patterns: dict[str, LazyPattern] = {}
        #: Compiled `regex` programs live beside the store (None: in memory only, nothing kept).
        self.programs = path.parent / "programs" if path is not None else None
        #: Translations for the compiled core, kept beside the store too, and the patterns it runs.
        self.translations = TranslationStore(path.parent / "core-translations.json" if path is not None else None)
        self._core_patterns: dict[tuple[Any, str, int], Any] = {}
        self._shared: dict[tuple[Any, ...], Any] = {}
        #: Rule files loaded before, kept beside the store too (see cleaner.ruleset.parsed).
        self.rule_files = ParsedRules(path.parent / "rule-files" if path is not None else None)

    @classmethod
    def default(cls) -> PatternCache:
        """The store in $CLEANER_CACHE_DIR, else $XDG_CACHE_HOME/cleaner, else ~/.cache/cleaner."""
        return cls(default_path())

    def pattern(self, source: str, flags: int) -> LazyPattern | None:
        """The pattern object for a pattern checked before (the same object for equal patterns), else None."""
        key = _key(source, flags)
        shared = self._patterns.get(key)
        if shared is None and key in self._entries:
            shared = self._patterns[key] = LazyPattern(source, flags, programs=self.programs)
        if shared is not None:
            self._used.add(key)
        return shared

    def add(self, source: str, flags: int, compiled: Any) -> LazyPattern:
        """Record a pattern that compiled and passed the checks, with its analysis; its shared pattern object."""
        self.analysis(source, flags)
        shared = self._patterns[_key(source, flags)] = LazyPattern(source, flags, compiled, self.programs)
        return shared

    def core_pattern(self, python: Any, use: Any) -> Any:
        """`python` run by the compiled core where its meaning carries over for `use` (one object
        for equal patterns; see cleaner.core.core_pattern)."""
        key = (use, python.pattern, int(python.flags))
        shared = self._core_patterns.get(key)
        if shared is None:
            shared = self._core_patterns[key] = core_pattern(python, use, self.translations)
        return shared

    def shared(self, key: tuple[Any, ...], build: Callable[[], T]) -> T:
        """`build()`, made once per key in this run: one object for what equal rules compile to
        (the XPath of a CSS selector that rules of several files repeat). A build that raises is
        not kept, so every rule that asks reports its own error."""
        if key not in self._shared:
            self._shared[key] = build()
        return self._shared[key]  # type: ignore[no-any-return]

    def line_form(self, python: Any) -> tuple[str, list[tuple[int, int]]] | None:
        """`python`'s form for the compiled core's `FullmatchFilter` (see cleaner.core.line_form)."""
        return line_form(python, self.translations)

    def analysis(self, source: str, flags: int, newlines: bool = False) -> Analysis:
        """The literals and width of a pattern (as `literals.analyse` gives them), made and recorded on first asking.

        `newlines`: literals may hold line breaks (a pattern run on a whole text).
        """
        key = _key(source, flags) + ("\x00newlines" if newlines else "")
        if key not in self._entries:
            self._entries[key] = _entry(*analyse(source, flags, newlines))
            self._added = True
        self._used.add(key)
        literals, width = self._entries[key]
        return (frozenset(literals) if literals is not None else None), (
            (width[0], width[1]) if width is not None else None
        )

    def save(self) -> None:
        """Write the store if this run added to it: atomically (a temporary file, then a rename); errors ignored."""
        self.translations.save()
        if self.path is None or not self._added:
            return
        entries = self._entries
        if len(entries) > MAX_ENTRIES:
            entries = {key: entries[key] for key in sorted(self._used)}
            if self.programs is not None:
                programs.prune(self.programs, [_pattern_of(key) for key in entries])
        data = {"version": _version(), "entries": entries}
        with contextlib.suppress(OSError), atomic_writer(self.path) as out:
            json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
        self._added = False


def default_path() -> Path | None:
    """Where the store lives (None when $CLEANER_CACHE_DIR is "off")."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen) / "patterns.json"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "cleaner" / "patterns.json"


def _entry(literals: frozenset[str] | None, width: tuple[int, int] | None) -> list[Any]:
    return [sorted(literals) if literals is not None else None, list(width) if width else None]


def _key(source: str, flags: int) -> str:
    return f"{int(flags)}\x00{source}"


def _pattern_of(key: str) -> tuple[str, int]:
    """The (source, flags) of an entry's key."""
    flags, source = key.split("\x00", 2)[:2]
    return source, int(flags)


def _version() -> str:
    return f"{ANALYSIS_VERSION}/regex {regex.__version__}/literals {_ANALYSIS_DIGEST}"


def _analysis_source() -> Path:
    """The analysis code's source: `literals.__file__` is the compiled module where it runs compiled
    (cleaner.compiled), whose build runs only while it matches this source. A digest of the build
    would make runs with and without it replace each other's store (CI runs both)."""
    source = source_of(literals.__name__)
    return source if source.is_file() else Path(literals.__file__)


#: What the analysis code is: a store made by other code (an edit, another release) is not used.
_ANALYSIS_DIGEST = hashlib.sha256(_analysis_source().read_bytes()).hexdigest()[:16]


def _read(path: Path) -> dict[str, list[Any]]:
    """The entries of a store file, or none if it is missing, unreadable or of another version."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _version() or not isinstance(data.get("entries"), dict):
        return {}
    return {key: entry for key, entry in data["entries"].items() if _well_formed(entry)}


def _well_formed(entry: Any) -> bool:
    if not isinstance(entry, list) or len(entry) != 2:
        return False
    literals, width = entry
    literals_ok = literals is None or (isinstance(literals, list) and all(isinstance(s, str) for s in literals))
    width_ok = width is None or (
        isinstance(width, list) and len(width) == 2 and all(isinstance(n, int) and n >= 0 for n in width)
    )
    return literals_ok and width_ok


class LazyPattern:
    """A `regex` pattern that compiles on first use; `pattern` and `flags` are known before.

    After the first use its methods are the compiled pattern's own (bound
    into the instance), so a call costs what it would on the compiled pattern.

    >>> lazy = LazyPattern(r"\\d+", 0)
    >>> lazy.pattern, "search" in vars(lazy)
    ('\\\\d+', False)
    >>> lazy.search("abc 42").group(), "search" in vars(lazy)
    ('42', True)
    """

    def __init__(self, source: str, flags: int, compiled: Any = None, programs: Path | None = None) -> None:
        self.pattern = source
        self.flags = flags
        #: Where compiled programs are kept (`cleaner.ruleset.programs`); None: compile with `regex`.
        self.programs = programs
        if compiled is not None:
            self._bind(compiled)

    def __getattr__(self, name: str) -> Any:
        # Called only for a name the instance lacks: before the first use, any pattern method.
        if name.startswith("__") or name not in PATTERN_METHODS:
            raise AttributeError(name)
        self._bind(programs.compile_pattern(self.pattern, self.flags, self.programs))
        return self.__dict__[name]

    def _bind(self, compiled: Any) -> None:
        for method in PATTERN_METHODS:
            self.__dict__[method] = getattr(compiled, method)

    def __reduce__(self) -> tuple[Any, ...]:
        return (LazyPattern, (self.pattern, self.flags, None, self.programs))

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags})"


#: The pattern methods the engine and the tools call (a compiled pattern's attributes besides these are not offered).
PATTERN_METHODS = (
    "match",
    "fullmatch",
    "search",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "groupindex",
    "groups",
)
