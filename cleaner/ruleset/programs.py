"""`regex` programs kept on disk: a pattern compiled once is rebuilt from its program in microseconds.

`regex.compile` parses, optimises and compiles a pattern in Python, then
hands the resulting program (a list of integers plus group tables) to its C
core (`_regex.compile`). For the bundled rules that Python part is a quarter
of a second of every run and of every worker; for large rules such as
`bylines.timestamp-line` it is tens of milliseconds each. `compile_pattern`
here records the program the first time and hands the recorded one to the
C core afterwards.

The program format belongs to the installed `regex`: a program is stored
under its version (and the Python version), any other version's files are
never read, and any failure to read, rebuild or write falls back to
`regex.compile`. tests/test_pattern_cache.py checks that a rebuilt pattern
matches exactly as the compiled one on every shipped pattern and example.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> first = compile_pattern(r"(?P<n>\\d+) ago", 0, folder)
>>> again = compile_pattern(r"(?P<n>\\d+) ago", 0, folder)  # rebuilt from the stored program
>>> again.search("3 ago").group("n"), len(list(folder.iterdir()))
('3', 1)
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sys
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import regex
import regex._main as regex_main

from cleaner.io.writers import atomic_writer

#: What a stored program is valid for: the program format is the installed regex's own.
FORMAT = f"regex {regex.__version__}/py {sys.version_info[0]}.{sys.version_info[1]}/1"


def compile_pattern(source: str, flags: int, directory: Path | None) -> Any:
    """`regex.compile(source, flags)`, rebuilt from the program stored in `directory` when there is one."""
    if directory is None:
        return regex.compile(source, flags)
    path = program_path(directory, source, flags)
    rebuilt = _rebuild(path, source, flags)
    if rebuilt is not None:
        return rebuilt
    compiled, program = _compile_recording(source, flags)
    if program is not None:
        _store(path, source, flags, program)
    return compiled


def program_path(directory: Path, source: str, flags: int) -> Path:
    """Where the program of a pattern is kept (the name depends on the `regex` version too)."""
    key = f"{FORMAT}\0{int(flags)}\0{source}"
    return directory / f"{hashlib.sha256(key.encode()).hexdigest()[:32]}.json"


def prune(directory: Path, keep: Iterable[tuple[str, int]]) -> None:
    """Delete the programs in `directory` of patterns other than `keep` (source, flags); errors ignored."""
    kept = {program_path(directory, source, flags).name for source, flags in keep}
    with contextlib.suppress(OSError):
        for path in directory.glob("*.json"):
            if path.name not in kept:
                path.unlink(missing_ok=True)


_RECORDING = threading.Lock()


def _compile_recording(source: str, flags: int) -> tuple[Any, tuple[Any, ...] | None]:
    """Compile with `regex`, recording the arguments it passes to its C core (None if it did not)."""
    recorded: list[tuple[Any, ...]] = []
    # One recorder at a time; another thread compiling meanwhile is served, and only spoils this record.
    with _RECORDING:
        core = regex_main._regex

        class Recorder:
            def __getattr__(self, name: str) -> Any:
                return getattr(core, name)

            def compile(self, *arguments: Any) -> Any:
                recorded.append(arguments)
                return core.compile(*arguments)

        regex_main._regex = Recorder()
        try:
            compiled = regex.compile(source, flags, cache_pattern=False)
        finally:
            regex_main._regex = core
    if len(recorded) != 1 or recorded[0][5]:  # named lists (\L<name>) are passed at compile time
        return compiled, None
    return compiled, recorded[0]


def _store(path: Path, source: str, flags: int, program: tuple[Any, ...]) -> None:
    pattern, pattern_flags, code, group_index, index_group, _, list_indexes, *requirements = program
    req_offset, req_chars, req_flags, groups = requirements
    stored = [
        pattern,
        int(pattern_flags),
        code,
        group_index,
        sorted(index_group.items()),
        list_indexes,
        req_offset,
        list(req_chars) if req_chars is not None else None,
        req_flags,
        groups,
    ]
    with contextlib.suppress(OSError, TypeError, ValueError), atomic_writer(path) as out:
        data = {"format": FORMAT, "source": source, "flags": int(flags), "program": stored, "digest": _digest(stored)}
        json.dump(data, out, ensure_ascii=False, separators=(",", ":"))


def _rebuild(path: Path, source: str, flags: int) -> Any:
    """The pattern rebuilt from the program stored at `path`, or None (no file, another pattern, any error)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["format"] != FORMAT or data["source"] != source or data["flags"] != int(flags):
            return None
        if data["digest"] != _digest(data["program"]):
            return None  # damaged on disk: a well-formed but altered program would match wrongly
        pattern, pattern_flags, code, group_index, index_group, list_indexes, *requirements = data["program"]
        req_offset, req_chars, req_flags, groups = requirements
        return regex_main._regex.compile(
            pattern,
            pattern_flags,
            code,
            group_index,
            {int(number): name for number, name in index_group},
            {},
            list_indexes,
            req_offset,
            tuple(req_chars) if req_chars is not None else None,
            req_flags,
            groups,
        )
    except Exception:  # a damaged or foreign file is no program: compile instead
        return None


def _digest(program: list[Any]) -> str:
    return hashlib.sha256(json.dumps(program, ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
