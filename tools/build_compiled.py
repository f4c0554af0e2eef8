"""Compile the package's hot modules with mypyc into cleaner/_compiled/ (see cleaner/compiled.py).

    .venv/bin/python tools/build_compiled.py      # make venv runs it where a C compiler is

Writes the extension modules, their shared library and a manifest of the digest of each source
compiled; the build replaces the previous one whole, in one rename. Exit status 0 when built,
1 when the build failed (the package then runs its sources: nothing else changes).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

PROJECT = Path(__file__).resolve().parent.parent


def load_plan() -> ModuleType:
    """cleaner/compiled.py on its own (importing the package would load the modules it compiles)."""
    spec = importlib.util.spec_from_file_location("cleaner_compiled_plan", PROJECT / "cleaner" / "compiled.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses and typing look a module up by name)
    spec.loader.exec_module(module)
    return module


def build(plan: ModuleType, work: Path) -> dict[str, object]:
    """Compile `plan.MODULES` in `work`; the manifest of what was built (files relative to `work/lib`)."""
    from mypyc.build import mypycify
    from setuptools import setup

    sources = [plan.source_of(module) for module in plan.MODULES]
    before = {module: plan.digest(path) for module, path in zip(plan.MODULES, sources, strict=True)}
    paths = [str(path.relative_to(PROJECT)) for path in sources]
    lib = work / "lib"
    os.chdir(PROJECT)  # mypyc names the modules by their paths from here
    setup(
        name="cleaner-compiled",
        packages=[],
        py_modules=[],
        ext_modules=mypycify(paths, opt_level="3", group_name=plan.GROUP, target_dir=str(work / "c")),
        script_args=["--quiet", "build_ext", "--build-lib", str(lib), "--build-temp", str(work / "temp")],
    )
    after = {module: plan.digest(path) for module, path in zip(plan.MODULES, sources, strict=True)}
    changed = [module for module in plan.MODULES if before[module] != after[module]]
    if changed:
        raise RuntimeError(f"{', '.join(changed)} changed during the build: run it again")
    suffix = plan.extension_suffix()
    modules = {}
    for module in plan.MODULES:
        file = Path(*module.split(".")).with_suffix("").as_posix() + suffix
        modules[module] = {"file": file, "source": before[module]}
    group = f"{plan.GROUP}__mypyc"
    return {"tag": plan.build_tag(), "modules": modules, "group": {"name": group, "file": group + suffix}}


def install(plan: ModuleType, work: Path, manifest: dict[str, object]) -> None:
    """Move the build into cleaner/_compiled, replacing the old one in one rename."""
    staged = Path(tempfile.mkdtemp(prefix="_compiled.", dir=plan.PACKAGE))
    lib = work / "lib"
    files = [entry["file"] for entry in manifest["modules"].values()] + [manifest["group"]["file"]]  # type: ignore[attr-defined]
    for file in files:
        target = staged / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(lib / file, target)
    (staged / plan.MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    old = plan.BUILD.with_name(f"{plan.BUILD.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if plan.BUILD.exists():
        plan.BUILD.rename(old)
    staged.rename(plan.BUILD)
    shutil.rmtree(old, ignore_errors=True)


def main() -> int:
    plan = load_plan()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="cleaner-mypyc-") as work:
        try:
            manifest = build(plan, Path(work))
        except (Exception, SystemExit) as exc:  # setuptools exits on a compiler error
            print(f"cleaner: the compiled modules did not build ({exc}): the sources run", file=sys.stderr)
            return 1
        install(plan, Path(work), manifest)
    seconds = time.monotonic() - started
    print(f"cleaner: {len(plan.MODULES)} modules compiled with mypyc into {plan.BUILD} in {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
