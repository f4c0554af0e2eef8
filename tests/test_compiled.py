"""The modules compiled with mypyc (cleaner.compiled): used only whole and only when built from the
sources beside them, turned off by CLEANER_CORE=off or CLEANER_COMPILED=off, and giving the same
articles, hits and split decisions as the sources."""

from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner.autosegment
import cleaner.engine.apply
from cleaner import Cleaner, compiled
from cleaner.compiled import MODULES, CompiledFinder, build_tag, digest, source_of, turned_off, usable_build

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import layouts  # noqa: E402

IN_USE = compiled.STATUS[0] == "in use"
needs_build = pytest.mark.skipif(not IN_USE, reason=f"the compiled modules do not run: {compiled.STATUS[0]}")


def test_the_makefile_builds_again_when_a_compiled_module_changes() -> None:
    makefile = (PROJECT / "Makefile").read_text(encoding="utf-8")
    listed = re.search(r"^COMPILED_SOURCES := ((?:.*\\\n)*.*)$", makefile, re.M)
    assert listed is not None
    sources = listed.group(1).replace("\\\n", " ").split()
    assert sources == [source_of(module).relative_to(PROJECT).as_posix() for module in MODULES]


def _fake_build(root: Path, package: Path) -> Path:
    """A build of the modules of `package` (empty files where the extensions would be)."""
    build = root / "_compiled"
    suffix = build_tag().split(" ", 1)[1]
    modules = {}
    for module in MODULES:
        file = "/".join(module.split(".")) + suffix
        (build / file).parent.mkdir(parents=True, exist_ok=True)
        (build / file).write_bytes(b"")
        modules[module] = {"file": file, "source": digest(source_of(module, package))}
    (build / f"group{suffix}").write_bytes(b"")
    manifest = {"tag": build_tag(), "modules": modules, "group": {"name": "group", "file": f"group{suffix}"}}
    (build / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return build


def _package_copy(root: Path) -> Path:
    package = root / "cleaner"
    for module in MODULES:
        target = source_of(module, package)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source_of(module).read_bytes())
    return package


def test_a_build_of_these_very_sources_is_used_whole(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    build = _fake_build(tmp_path, package)
    files, why = usable_build(build, package)
    assert why == "in use"
    assert set(files) == {*MODULES, "group"}
    assert files["cleaner.engine.apply"] == build / ("cleaner/engine/apply" + build_tag().split(" ", 1)[1])


def test_a_source_edited_since_the_build_leaves_every_module_to_its_source(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    build = _fake_build(tmp_path, package)
    edited = source_of("cleaner.autosegment", package)
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    files, why = usable_build(build, package)
    assert files == {}
    assert "autosegment.py changed since the build" in why


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [
        (lambda m: m.update(tag="cpython-310 .so"), "built for another Python"),
        (lambda m: m["modules"].pop("cleaner.memo"), "cleaner.memo is not in the build"),
        (lambda m: m.pop("group"), "no shared library"),
    ],
)
def test_a_build_for_something_else_is_not_used(tmp_path: Path, spoil, reason: str) -> None:  # type: ignore[no-untyped-def]
    package = _package_copy(tmp_path)
    build = _fake_build(tmp_path, package)
    manifest = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    spoil(manifest)
    (build / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    files, why = usable_build(build, package)
    assert files == {} and reason in why


def test_a_source_that_cannot_be_read_leaves_the_build_unused(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    build = _fake_build(tmp_path, package)
    source_of("cleaner.memo", package).unlink()
    files, why = usable_build(build, package)
    assert files == {} and why.startswith("unreadable source of cleaner.memo")


def test_a_missing_file_or_manifest_is_said(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    assert usable_build(tmp_path / "nowhere", package) == ({}, "not built")
    build = _fake_build(tmp_path, package)
    (build / ("group" + build_tag().split(" ", 1)[1])).unlink()
    files, why = usable_build(build, package)
    assert files == {} and why.startswith("missing ")


def test_either_switch_turns_them_off() -> None:
    assert turned_off({}) is None
    assert turned_off({"CLEANER_CORE": "on"}) is None
    assert turned_off({"CLEANER_CORE": "off"}) == "CLEANER_CORE"
    assert turned_off({"CLEANER_COMPILED": " Off "}) == "CLEANER_COMPILED"
    assert turned_off({"CLEANER_CORE": "python", "CLEANER_COMPILED": "off"}) == "CLEANER_CORE"


def test_the_finder_finds_only_the_modules_of_the_build(tmp_path: Path) -> None:
    finder = CompiledFinder({"cleaner.memo": tmp_path / "memo.so"})
    assert finder.find_spec("cleaner.pipeline") is None
    spec = finder.find_spec("cleaner.memo")
    assert spec is not None and spec.origin == str(tmp_path / "memo.so")


def test_the_modules_run_compiled_exactly_when_a_usable_build_is_in_use() -> None:
    assert compiled.running_compiled(cleaner.autosegment) is IN_USE
    assert compiled.running_compiled(cleaner.engine.apply) is IN_USE
    assert compiled.compiled_status().startswith("mypyc" if IN_USE else "python (")


def _dump(pages: Path, **environ: str) -> str:
    code = (
        "import json, sys\n"
        "from cleaner import Cleaner\n"
        "from cleaner.compiled import compiled_status\n"
        "c = Cleaner.from_rules().with_config(keep_related=True)\n"
        "print(compiled_status())\n"
        "for line in open(sys.argv[1], encoding='utf-8'):\n"
        "    r = json.loads(line)\n"
        "    d = c.clean_document(r['text'], r['id'])\n"
        "    print(json.dumps([a.to_record() for a in c.articles(d)], ensure_ascii=False))\n"
        "    print(json.dumps([[h.rule_id, h.start, h.end, h.removed] for h in d.all_hits()], ensure_ascii=False))\n"
        "    print(repr(d.splits))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(pages)], env={**os.environ, **environ}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@needs_build
def test_compiled_and_source_modules_give_the_same_articles_hits_and_splits(tmp_path: Path) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("seeds/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(PROJECT.glob("tests/cases/*.txt"))]
    articles = layouts.load_articles(PROJECT / "tests" / "data" / "articles.jsonl")
    for layout in sorted(layouts.LAYOUTS):  # multi-article pages: every split decision weighed
        texts += [page.text for page in layouts.generate(articles, [layout], 3, seed=7)]
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps({"id": f"p{n}", "text": t}) + "\n" for n, t in enumerate(texts)))
    built = _dump(pages, CLEANER_COMPILED="on")
    sources = _dump(pages, CLEANER_COMPILED="off")
    assert built.split("\n", 1)[0].startswith("mypyc")
    assert sources.split("\n", 1)[0] == "python (turned off by CLEANER_COMPILED)"
    assert built.count("auto.") > 50  # the segmenter weighed candidates, and the dumps show it
    assert built.split("\n", 1)[1] == sources.split("\n", 1)[1]


@needs_build
def test_the_doctests_of_the_compiled_modules_hold_from_their_sources() -> None:
    sources = [str(source_of(module)) for module in MODULES]
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--doctest-modules", *sources],
        env={**os.environ, "CLEANER_COMPILED": "off"},
        capture_output=True,
        text=True,
        cwd=PROJECT,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert re.search(r"\b([3-9]\d|\d{3,}) passed", result.stdout), result.stdout[-500:]


class _Subclassed(Cleaner):
    """A user's own kind of cleaner (compiled, `Cleaner` allows interpreted subclasses)."""


def test_a_cleaner_pickles_and_may_be_subclassed() -> None:
    cleaner = Cleaner.from_rules()
    page = "Rates held.\nAdvertisement\nStocks rose."
    for original in (cleaner, _Subclassed(cleaner.rules, cleaner.config)):
        again = pickle.loads(pickle.dumps(original))  # as a Ray actor or a spawned worker gets it
        assert type(again) is type(original)
        assert [a.text for a in again.clean(page)] == ["Rates held.\nStocks rose."]


@needs_build
def test_runs_with_and_without_the_build_share_the_stores_on_disk() -> None:
    """The pattern store and the parsed rule files are versioned by the sources, not by the build:
    otherwise runs with and without it (CI runs both) would each discard the other's store."""
    code = (
        "from cleaner.ruleset import cache, parsed\n"
        "from cleaner.compiled import compiled_status\n"
        "print(compiled_status().split()[0], cache._version(), parsed.loader_version())\n"
    )
    said: dict[str, list[str]] = {}
    for setting in ("on", "off"):
        environ = {**os.environ, "CLEANER_COMPILED": setting}
        run = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True)
        said[setting] = run.stdout.split()
    assert said["on"][0] == "mypyc" and said["off"][0] == "python"
    assert said["on"][1:] == said["off"][1:]
