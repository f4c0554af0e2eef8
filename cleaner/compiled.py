"""The package's hot modules compiled to C with mypyc, loaded in place of their sources when a
build of them is there and was made from those very sources; else the sources run, byte for
byte the same, only slower.

The compiled core (`cleaner.core`, Rust) runs the rules' patterns; what is left of a page's time
is Python's own work per line and per candidate: the segmenter weighing each headline, the pass
loop, the edit bookkeeping. mypyc compiles those modules from their sources, unchanged: the
sources stay the reference, and with them the pure-Python engine.

`make venv` builds them (`tools/build_compiled.py`, where mypy and a C compiler are) into
`cleaner/_compiled/`, with a manifest of the digest of every source it compiled. A build is used
only whole, and only when every digest matches the source beside it and it was built for this
Python: a module edited since is never shadowed by its old build. `CLEANER_CORE=off` (the pure-Python
engine) or `CLEANER_COMPILED=off` (these modules alone) turns them off.

This module imports nothing of the package: it is installed (`install()`, from the package's
`__init__`) before any of the modules it may replace is imported.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

#: The modules compiled, in the package's terms: the segmenter and what it calls per line, the
#: engine's pass loop and kinds, the edit bookkeeping, encoding repair's gate and the pipeline
#: that drives them. (Not `cleaner.types`: its frozen dataclasses are the API's, pickled and
#: subclassed by users, which compiled frozen dataclasses do not allow.)
MODULES = (
    "cleaner.autosegment",
    "cleaner.core",
    "cleaner.engine.apply",
    "cleaner.engine.edits",
    "cleaner.engine.kinds",
    "cleaner.engine.limits",
    "cleaner.encoding",
    "cleaner.guard",
    "cleaner.memo",
    "cleaner.pipeline",
    "cleaner.ruleset.compiler",
    "cleaner.ruleset.literals",
    "cleaner.segment",
    "cleaner.unwrap",
)
#: The name of the shared library that holds every compiled module (the shims import it).
GROUP = "cleaner_compiled"
PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE / "_compiled"
MANIFEST = "manifest.json"
#: Values of CLEANER_CORE (the compiled core) and CLEANER_COMPILED that turn compiled code off.
OFF = ("off", "python", "0", "no", "false")


def source_of(module: str, package: Path = PACKAGE) -> Path:
    """The source file of one of `MODULES`.

    >>> source_of("cleaner.engine.apply").relative_to(PACKAGE).as_posix()
    'engine/apply.py'
    """
    return package.joinpath(*module.split(".")[1:]).with_suffix(".py")


def digest(path: Path) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def extension_suffix() -> str:
    """The file suffix of this Python's extension modules (".cpython-311-x86_64-linux-gnu.so")."""
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def build_tag() -> str:
    """What a build must have been made for: this Python's implementation, version and ABI."""
    return f"{sys.implementation.cache_tag} {extension_suffix()}"


def turned_off(environ: Mapping[str, str]) -> str | None:
    """Which environment variable turns the compiled modules off, if one does."""
    for name in ("CLEANER_CORE", "CLEANER_COMPILED"):
        if environ.get(name, "").strip().lower() in OFF:
            return name
    return None


def usable_build(build: Path = BUILD, package: Path = PACKAGE) -> tuple[dict[str, Path], str]:
    """The files of a build that may stand in for the sources (module name -> extension file, the
    shared library's included), or none, and why not.

    A build is usable whole or not at all (its modules call one another directly): it must list
    every module of `MODULES`, each with the digest of the source beside it, and be made for this
    Python (`build_tag`).
    """
    try:
        manifest = json.loads((build / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}, "not built"
    except (OSError, ValueError) as exc:
        return {}, f"unreadable manifest: {exc}"
    if not isinstance(manifest, dict) or manifest.get("tag") != build_tag():
        return {}, "built for another Python"
    files: dict[str, Path] = {}
    built = manifest.get("modules", {})
    for module in MODULES:
        entry = built.get(module) if isinstance(built, dict) else None
        if not isinstance(entry, dict):
            return {}, f"{module} is not in the build"
        try:
            source = digest(source_of(module, package))
        except OSError as exc:  # (an install without its sources: nothing to check the build against)
            return {}, f"unreadable source of {module}: {exc.strerror or exc}"
        if entry.get("source") != source:
            return {}, f"{source_of(module, package).name} changed since the build (make venv builds it again)"
        files[module] = build / str(entry.get("file"))
    group = manifest.get("group")
    if not isinstance(group, dict) or not isinstance(group.get("name"), str):
        return {}, "no shared library in the manifest"
    files[group["name"]] = build / str(group.get("file"))
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        return {}, f"missing {missing[0]}"
    return files, "in use"


class CompiledFinder:
    """Finds the compiled modules (and their shared library) in a usable build; every other
    module is found as usual."""

    def __init__(self, files: Mapping[str, Path]) -> None:
        self.files = dict(files)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None = None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        return importlib.util.spec_from_file_location(fullname, file)


#: Why the compiled modules run or do not (set by `install`): "in use", "turned off by ...", ...
STATUS = ["not installed"]


def install(environ: Mapping[str, str] | None = None) -> bool:
    """Put the compiled modules in their sources' place for this process, when allowed and usable
    (see the module's docstring); whether they are. Called once, before the package's modules load."""
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return STATUS[0] == "in use"
    switch = turned_off(os.environ if environ is None else environ)
    if switch is not None:
        STATUS[0] = f"turned off by {switch}"
        return False
    files, why = usable_build()
    STATUS[0] = why
    if not files:
        return False
    sys.meta_path.insert(0, CompiledFinder(files))
    return True


def compiled_status() -> str:
    """For `cleaner --version` and the run report: "mypyc (14 modules)" when the compiled modules
    run, else "python (why)"."""
    if STATUS[0] == "in use":
        return f"mypyc ({len(MODULES)} modules)"
    return f"python ({STATUS[0]})"


def running_compiled(module: ModuleType) -> bool:
    """Whether `module` was loaded from a compiled build (not from its source)."""
    spec = getattr(module, "__spec__", None)
    return spec is not None and isinstance(spec.loader, importlib.machinery.ExtensionFileLoader)
