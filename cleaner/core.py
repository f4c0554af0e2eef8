"""The compiled core (the `cleaner_core` extension, Rust): used when it is installed, allowed,
and built from the Unicode data of the running Python; else None, and the pure-Python engine
runs, byte for byte the same, only slower.

`CLEANER_CORE=off` (or `python`) in the environment forces the pure-Python engine (to compare
the two, or where the extension misbehaves). `cleaner --version` and every run's report say
which engine ran (`engine_name()`).

Build it with `pip install ./core` (a Rust toolchain needed; `make venv` does it when `cargo` is
on the PATH).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from cleaner.compiled import OFF  # the values of CLEANER_CORE that turn the compiled core off


def load_core(setting: str | None = None) -> ModuleType | None:
    """The extension module, or None: not installed, turned off by `setting` (default: the
    CLEANER_CORE environment variable), or built for another Unicode version than this Python's."""
    setting = os.environ.get("CLEANER_CORE", "") if setting is None else setting
    if setting.strip().lower() in OFF:
        return None
    try:
        import cleaner_core
    except ImportError:
        return None
    if getattr(cleaner_core, "UNICODE_VERSION", None) != unicodedata.unidata_version:
        return None  # its tables would fold some characters otherwise than str.casefold here
    module: ModuleType = cleaner_core
    return module


#: The core this process uses (read once, at import: a run never switches engines half-way).
CORE = load_core()


def engine_name() -> str:
    """ "rust" when the compiled core runs, else "python"."""
    return "rust" if CORE is not None else "python"


# -- patterns -----------------------------------------------------------------------------------


class CoreMatch:
    """A match the core found, with the part of `regex.Match`'s interface the engine uses."""

    __slots__ = ("_names", "_spans", "string")

    def __init__(self, string: str, spans: list[tuple[int, int] | None], names: dict[str, int]) -> None:
        self.string = string
        self._spans = spans
        self._names = names

    def _index(self, group: int | str) -> int:
        return self._names[group] if isinstance(group, str) else group

    def span(self, group: int | str = 0) -> tuple[int, int]:
        span = self._spans[self._index(group)]
        return span if span is not None else (-1, -1)

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]

    def group(self, group: int | str = 0) -> str | None:
        span = self._spans[self._index(group)]
        return None if span is None else self.string[span[0] : span[1]]

    def expand(self, template: str) -> str:
        """The `regex` template filled in (`\\1`, `\\g<name>`, `\\g<1>`, `\\n` and the like)."""
        return expand_template(template, self)


#: Escapes a replacement template may hold, as `regex` reads them.
TEMPLATE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b", "\\": "\\"}


def expand_template(template: str, match: CoreMatch) -> str:
    """`regex`'s template expansion for a core match (an unknown escape stays as written, as
    there; a group that took no part gives "").

    >>> m = CoreMatch("ab cd", [(0, 5), (0, 2), (3, 5)], {"w": 2})
    >>> expand_template(r"\\2-\\g<1>-\\g<w>\\n", m)
    'cd-ab-cd\\n'
    """
    out, index = [], 0
    while index < len(template):
        char = template[index]
        if char != "\\" or index + 1 == len(template):
            out.append(char)
            index += 1
            continue
        following = template[index + 1]
        if following == "g" and template.startswith("<", index + 2):
            close = template.index(">", index + 3)
            name = template[index + 3 : close]
            out.append(match.group(int(name) if name.isdigit() else name) or "")
            index = close + 1
        elif following.isdigit():
            digits = following + (template[index + 2] if template[index + 2 : index + 3].isdigit() else "")
            out.append(match.group(int(digits)) or "")
            index += 1 + len(digits)
        elif following in TEMPLATE_ESCAPES:
            out.append(TEMPLATE_ESCAPES[following])
            index += 2
        else:
            out.append(template[index : index + 2])
            index += 2
    return "".join(out)


class _BesideRegex:
    """A pattern object the core stands in front of, with `regex`'s pattern (`python`) behind it:
    its source and flags are that pattern's."""

    __slots__ = ("python",)

    def __init__(self, python: Any) -> None:
        self.python = python

    @staticmethod
    def _core_answer(method: Any, string: str) -> Any:
        """What the core's `method` says of `string`; None where it cannot say (its own None, or
        a lone surrogate: not text the core can hold)."""
        try:
            return method(string)
        except UnicodeEncodeError:
            return None

    @property
    def pattern(self) -> str:
        return str(self.python.pattern)

    @property
    def flags(self) -> int:
        return int(self.python.flags)


class CorePattern(_BesideRegex):
    """A rule pattern run by the compiled core, with `regex`'s pattern beside it: the part of
    `regex.Pattern`'s interface the engine uses. Where the core cannot answer (a text holding
    surrogates, or characters on which a part written in the core's own Unicode classes differs)
    `regex` answers. The core's engine runs in linear time, so a `timeout` is not needed; it is
    passed on when `regex` answers.

    A pattern translated for one line (`line`: its `$` is the end of the text) leaves a text that
    holds a line break to `regex` too. One that matches right to left (`reverse`) is the core's
    for `fullmatch` alone: where a search finds it is `regex`'s to say."""

    __slots__ = ("_names", "core", "line", "reverse")

    def __init__(self, python: Any, core: Any, line: bool = False, reverse: bool = False) -> None:
        super().__init__(python)
        self.core = core
        self.line = line
        self.reverse = reverse
        self._names: dict[str, int] | None = None

    def _ask(self, method: Any, string: str) -> Any:
        """The core's answer, or None where `regex` must answer."""
        if self.line and "\n" in string:
            return None
        return self._core_answer(method, string)

    @property
    def groupindex(self) -> dict[str, int]:
        if self._names is None:
            self._names = dict(self.python.groupindex)
        return self._names

    def fullmatch(self, string: str, **timeout: Any) -> Any:
        found = self._ask(self.core.fullmatch, string)
        if found is None:
            return self.python.fullmatch(string, **timeout)
        return CoreMatch(string, [(0, len(string))], {}) if found else None

    def search(self, string: str, *bounds: int, **timeout: Any) -> Any:
        """The first match, its groups not known (with `bounds`, `regex` answers)."""
        found = None if bounds or self.reverse else self._ask(self.core.search, string)
        if found is None:
            return self.python.search(string, *bounds, **timeout)
        return CoreMatch(string, [found], {}) if found[0] >= 0 else None

    def findall(self, string: str, **timeout: Any) -> list[Any]:
        """The text of every match (of a pattern without groups; with groups, `regex` answers)."""
        found = None if self.reverse or self.python.groups else self._ask(self.core.findall, string)
        if found is None:
            python: list[Any] = self.python.findall(string, **timeout)
            return python
        return list(found)

    def finditer(self, string: str, **timeout: Any) -> Iterator[Any]:
        found = None if self.reverse else self._ask(self.core.finditer, string)
        if found is None:
            python: Iterator[Any] = self.python.finditer(string, **timeout)
            return python
        names = self.groupindex
        return iter([CoreMatch(string, spans, names) for spans in found])


def core_pattern(python: Any, use: Any, store: TranslationStore | None = None, fancy: bool = False) -> Any:
    """`python` (a compiled `regex` pattern, or one compiled on first use) as a CorePattern when
    the core runs and the pattern's meaning carries over to it for `use`
    (cleaner.ruleset.translate); else `python` itself. `store` keeps translations across runs.

    `fancy`: also patterns that need the core's backtracking engine (fancy-regex: lookarounds,
    back-references, atomic groups). Off in the engine: on the bench's fresh corpus those ran 1.7x
    slower there than in `regex` (0.95 s against 0.56 s for 25 patterns), where the plain ones
    ran 3x faster (0.14 s against 0.41 s), so they stay with `regex` until the pass loop is the
    core's and a call back into Python costs more than their scan."""
    if CORE is None:
        return python
    store = store if store is not None else TranslationStore(None)
    # (The store holds only translations this build compiled: `checked`, they are not parsed again.)
    rust, guard, _, backtracking, reverse = store.translation(python.pattern, int(python.flags), use, fancy)
    if rust is None:
        if use.value != "text":  # (line rules run in the core's LineRules: prefilters of theirs measured
            return python  # five times slower there than the regex calls they would save)
        looser, guard, *_ = store.translation(python.pattern, int(python.flags), use, superset=True)
        return python if looser is None else PrefilteredPattern(python, CORE.Pattern(looser, guard, False, True))
    return CorePattern(python, CORE.Pattern(rust, guard, backtracking, True), line=use.value == "line", reverse=reverse)


class PrefilteredPattern(_BesideRegex):
    """A pattern `regex` runs, asked only where the compiled core finds a match of a looser one
    (`translate(..., superset=True)`: its lookarounds dropped, or made part of the match where
    they stand at its edge): every text the pattern matches in holds a match of that one, so
    where the core finds none, the answer is "no match" without asking `regex`. On clean text,
    the pattern's lookarounds are what `regex` spends its time on (`[ \\t]*\\n(?=\\p{Ll})...`
    tried at every line break), and the looser pattern's first character rarely occurs."""

    __slots__ = ("prefilter",)

    def __init__(self, python: Any, prefilter: Any) -> None:
        super().__init__(python)
        self.prefilter = prefilter

    def _none(self, string: str) -> bool:
        """Whether the core shows that the pattern matches nowhere in `string`."""
        found = self._core_answer(self.prefilter.search, string)
        return found is not None and found[0] < 0

    @property
    def groupindex(self) -> Any:
        return self.python.groupindex

    @property
    def groups(self) -> int:
        return int(self.python.groups)

    def fullmatch(self, string: str, **timeout: Any) -> Any:
        return None if self._none(string) else self.python.fullmatch(string, **timeout)

    def match(self, string: str, **timeout: Any) -> Any:
        return None if self._none(string) else self.python.match(string, **timeout)

    def search(self, string: str, *bounds: int, **timeout: Any) -> Any:
        if not bounds and self._none(string):
            return None
        return self.python.search(string, *bounds, **timeout)

    def finditer(self, string: str, **timeout: Any) -> Iterator[Any]:
        if self._none(string):
            return iter(())
        python: Iterator[Any] = self.python.finditer(string, **timeout)
        return python

    def findall(self, string: str, **timeout: Any) -> list[Any]:
        if self._none(string):
            return []
        python: list[Any] = self.python.findall(string, **timeout)
        return python


class FullmatchFilter:
    """Which of a list of patterns may match all of a line, asked of the compiled core in one call
    (each pattern's translation for one line, tested there) instead of one `regex` call per
    pattern. A pattern with no exact translation is in the set by a looser one (see
    `translate(..., superset=True)`: it matches all of every line the pattern matches all of),
    or, with none, is always a candidate; equal translations are compiled once. So the filter
    only says which patterns cannot match: whether a candidate does, and its groups, stay
    `regex`'s to say.

    `line_forms`: per pattern, its (translation, guard) for one line (`line_form`; None: none).
    """

    __slots__ = ("_core",)

    def __init__(self, line_forms: Sequence[tuple[str, list[tuple[int, int]]] | None]) -> None:
        assert CORE is not None
        by_source: dict[str, list[int]] = {}
        always: list[int] = []
        guard: list[tuple[int, int]] = []
        for number, form in enumerate(line_forms):
            if form is None:
                always.append(number)
            else:
                by_source.setdefault(form[0], []).append(number)
                guard.extend((low, high) for low, high in form[1])
        members = [(numbers, source) for source, numbers in by_source.items()]
        from cleaner.ruleset.translate import union_ranges

        self._core = CORE.FullmatchSet(members, always, list(union_ranges(guard)))

    def candidates(self, line: str) -> list[int] | None:
        """The numbers (positions in `line_forms`) of the patterns that may match all of `line`
        (a line of text, no line break), ascending; None where the core cannot say (ask all)."""
        try:
            numbers: list[int] | None = self._core.candidates(line)
        except UnicodeEncodeError:  # a lone surrogate: not text the core can hold
            return None
        return numbers

    def compile_error(self) -> str | None:
        """Why the core cannot build the set (then every line gets None), or None."""
        error: str | None = self._core.compile_error()
        return error


def line_form(python: Any, store: TranslationStore) -> tuple[str, list[tuple[int, int]]] | None:
    """`python`'s form for a `FullmatchFilter`: its translation for one line and its guard, else
    a looser one's (see `FullmatchFilter`); None where it has neither, or the core does not run."""
    if CORE is None:
        return None
    from cleaner.ruleset.translate import Use

    rust, guard, *_ = store.translation(python.pattern, int(python.flags), Use.LINE)
    if rust is None:
        rust, guard, *_ = store.translation(python.pattern, int(python.flags), Use.LINE, superset=True)
    return None if rust is None else (rust, guard)


class EnginePattern:
    """One of the engine's own patterns (not a rule's: a word, a script, a run of characters
    its heuristics count), run by the compiled core where its meaning carries over, as rule
    patterns are (see `core_pattern`); else by `regex`. Built on first use, so that importing a
    module costs nothing; its translation is kept in the engine's own store (`engine_store`).

    >>> words = EnginePattern(r"\\w{4,}")
    >>> words.findall("Trains ran again on Monday")
    ['Trains', 'again', 'Monday']
    """

    __slots__ = ("_built", "_core", "findall", "python", "search", "use")

    def __init__(self, source: str, flags: int = 0, use: Any = None) -> None:
        import regex

        from cleaner.ruleset.translate import Use

        self.python = regex.compile(source, flags)
        self.use = use if use is not None else Use.TEXT
        self.search: Any = self._first_search
        self.findall: Any = self._first_findall
        self._built = False
        self._core: Any = None

    def _build(self) -> None:
        built = self.python
        if CORE is not None:
            store = engine_store()
            built = core_pattern(self.python, self.use, store)
            store.save()  # (a handful of patterns, translated once a machine)
        self.search, self.findall = built.search, built.findall
        if isinstance(built, CorePattern) and not built.line and not built.reverse:
            self._core = built.core
        self._built = True

    def in_core(self) -> Any:
        """The core's own pattern (`cleaner_core.Pattern`) this one runs as, for the core's
        functions that take one; None where `regex` runs it."""
        if not self._built:
            self._build()
        return self._core

    def _first_search(self, string: str) -> Any:
        self._build()
        return self.search(string)

    def _first_findall(self, string: str) -> Any:
        self._build()
        return self.findall(string)


@cache
def engine_store() -> TranslationStore:
    """The translations of the engine's own patterns (`EnginePattern`), kept across runs beside
    the pattern cache (in memory only where there is none)."""
    from cleaner.ruleset.cache import default_path

    path = default_path()
    return TranslationStore(path.parent / "core-engine-translations.json" if path is not None else None)


#: Stores of other builds (another `regex`, translation code or core) kept beside a store.
KEPT_STORES = 3


class TranslationStore:
    """Translations for the core by (use, flags, source), read from and saved to a JSON file named
    after `path` and what a translation depends on (`_store_version`: the `regex`, the translation
    code, the core's build); None keeps them in memory. A translation reads every code point for
    each class it holds (tens of milliseconds a pattern), so a run keeps them for the next one.
    Each build has its own file: two installs sharing a cache directory (a checkout and its CI
    clone) would otherwise replace each other's store on every run and translate every pattern
    again (7 s for the default rules on a slow machine). The newest `KEPT_STORES` files of other
    builds are kept."""

    def __init__(self, path: Path | None) -> None:
        self.path = _versioned(path) if path is not None else None
        self._entries: dict[str, list[Any]] = self._read() if path is not None else {}
        self._added = False

    def translation(
        self, source: str, flags: int, use: Any, fancy: bool = False, superset: bool = False
    ) -> tuple[str | None, list[tuple[int, int]], str, bool, bool]:
        """(the core's pattern or None, its guard, why not, whether it needs the backtracking
        engine, whether it matches right to left) for a pattern (see translate; `superset`: the
        looser pattern a `PrefilteredPattern` asks the core)."""
        mode = ("+fancy" if fancy else "") + ("+superset" if superset else "")
        key = f"{use.value}{mode}\x00{flags}\x00{source}"
        entry = self._entries.get(key)
        if entry is None:
            translation = translate_for_core(source, flags, use, fancy, superset)
            guard = [list(r) for r in translation.guard]
            entry = [translation.rust, guard, translation.reason, translation.fancy, translation.reverse]
            if translation.rust is not None and CORE is not None:  # compiled once here, later on first use
                error = CORE.Pattern(translation.rust, list(translation.guard), translation.fancy).compile_error()
                if error is not None:
                    entry[:3] = [None, [], "the core cannot compile it: " + " ".join(error.split())[:160]]
            self._entries[key] = entry
            self._added = True
        rust, guard, reason, fancy, reverse = entry
        return rust, [(low, high) for low, high in guard], reason, bool(fancy), bool(reverse)

    def save(self) -> None:
        """Write the store if this run added to it (atomically; errors ignored)."""
        if self.path is None or not self._added:
            return
        from cleaner.io.writers import atomic_writer

        with contextlib.suppress(OSError), atomic_writer(self.path) as out:
            json.dump({"version": _store_version(), "entries": self._entries}, out, separators=(",", ":"))
        self._added = False
        _prune_stores(self.path)

    def _read(self) -> dict[str, list[Any]]:
        assert self.path is not None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("version") != _store_version():
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}


def _versioned(path: Path) -> Path:
    """`path` with a digest of `_store_version()` in its name: this build's own store file."""
    digest = hashlib.sha256(_store_version().encode()).hexdigest()[:12]
    return path.with_name(f"{path.stem}-{digest}{path.suffix}")


def _prune_stores(path: Path) -> None:
    """Remove the stores of other builds beside `path` but the newest `KEPT_STORES` (errors ignored)."""
    stem = path.stem.rsplit("-", 1)[0]
    others = [other for other in path.parent.glob(f"{stem}-*{path.suffix}") if other != path]
    with contextlib.suppress(OSError):
        path.with_name(stem + path.suffix).unlink(missing_ok=True)  # (the one file of earlier releases)
        others.sort(key=lambda other: other.stat().st_mtime, reverse=True)
        for old in others[KEPT_STORES:]:
            old.unlink()


@cache
def _store_version() -> str:
    """What a stored translation depends on: `regex`, the translation code, and the core's build."""
    import regex

    from cleaner.ruleset import translate

    code = hashlib.sha256(Path(translate.__file__).read_bytes()).hexdigest()[:16]
    where = getattr(CORE, "__file__", None)
    files = sorted(Path(where).parent.iterdir()) if where else []
    build = ";".join(f"{f.name}:{f.stat().st_size}:{f.stat().st_mtime_ns}" for f in files if f.is_file())
    return f"regex {regex.__version__}/translate {code}/core {build}"


def translate_for_core(source: str, flags: int, use: Any, fancy: bool = False, superset: bool = False) -> Any:
    """The translation of a pattern for the core (its parts in the core's own syntax where that
    can be guarded: see cleaner.ruleset.translate)."""
    from cleaner.ruleset.translate import translate

    assert CORE is not None
    return translate(source, use, flags, CORE.class_set, fancy, superset)


def why_not_in_core(source: str, flags: int, use: Any) -> str:
    """Why a pattern stays with `regex` (what `cleaner rules lint --core` prints)."""
    if CORE is None:
        return "the compiled core is not built here (or CLEANER_CORE=off)"
    return TranslationStore(None).translation(source, flags, use)[2] or "it runs in the core"
