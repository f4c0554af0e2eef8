"""The corpus runner: same bytes whatever the workers, resume after an interruption or a kill, shards, compression.

The corpus is the sample pages and the golden cases, repeated into JSONL
records with extra fields (so pass-through is exercised), plus a few bad
records; batches are small so a run has many checkpoints.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import zstandard
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.runner import RunConflict, RunOptions, run

ROOT = Path(__file__).resolve().parent.parent
PAGES = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
PAGES += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "cases").glob("*.txt"))]
CLEANER = Cleaner.from_rules()
runner = CliRunner()


def make_corpus(directory: Path, copies: int = 6, compression: str | None = None, unique: bool = False) -> Path:
    """JSONL pages with extra fields, a bad line and a record without text, in two files.

    `unique`: every line of every copy is new (numbered), so cleaner's line memos do not make the later
    copies nearly free: a run then lasts long enough to be stopped in the middle.
    """
    directory.mkdir(parents=True, exist_ok=True)
    lines = []
    for copy in range(copies):
        for number, text in enumerate(PAGES):
            if unique:
                text = numbered_lines(text, f"{copy}.{number}")
            lines.append(
                json.dumps({"id": f"c{copy}-p{number}", "text": text, "url": f"https://ex.org/{number}", "n": copy})
            )
    lines.insert(7, "{truncated")
    lines.insert(20, json.dumps({"id": "no-text"}))
    half = len(lines) // 2
    for name, part in (("a.jsonl", lines[:half]), ("b.jsonl", lines[half:])):
        data = ("\n".join(part) + "\n").encode("utf-8")
        if compression == "gz":
            (directory / (name + ".gz")).write_bytes(gzip.compress(data, mtime=0))
        elif compression == "zst":
            (directory / (name + ".zst")).write_bytes(zstandard.ZstdCompressor().compress(data))
        else:
            (directory / name).write_bytes(data)
    return directory


def numbered_lines(text: str, label: str) -> str:
    """`text` with `label` and the line number at the end of every non-blank line."""
    return "\n".join(f"{line} ({label}.{i})" if line.strip() else line for i, line in enumerate(text.split("\n")))


def options(corpus: Path, output: Path, **changes: Any) -> RunOptions:
    return RunOptions((corpus,), output, batch_pages=changes.pop("batch_pages", 4), **changes)


def test_one_and_two_workers_write_identical_bytes(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in")
    one = run(CLEANER, options(corpus, tmp_path / "one.jsonl", workers=1))
    two = run(CLEANER, options(corpus, tmp_path / "two.jsonl", workers=2))
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.report.documents == two.report.documents == len(PAGES) * 6
    assert one.report.failed == two.report.failed == 2
    assert one.report.to_state() == two.report.to_state()


def test_output_is_in_input_order_with_fields_passed_through(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", copies=2)
    run(CLEANER, options(corpus, tmp_path / "out.jsonl", workers=2))
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    sources = list(dict.fromkeys(r["source_id"] for r in records))
    expected = [f"c{c}-p{n}" for c in range(2) for n in range(len(PAGES))]
    assert sources == [s for s in expected if s in sources]
    assert all(r["url"].startswith("https://ex.org/") and isinstance(r["n"], int) for r in records)
    assert all("url" not in r["meta"] for r in records)


class StopAfter:
    """A progress callback that interrupts the run (as Ctrl-C would) after some batches."""

    def __init__(self, batches: int) -> None:
        self.batches = batches

    def __call__(self, documents: int, bytes_in: int, batches: int) -> None:
        if batches >= self.batches:
            raise KeyboardInterrupt


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("layout", ["file", "gz-file", "shards-zst", "txt", "parquet-shards"])
def test_interrupted_run_resumes_to_the_same_bytes(tmp_path: Path, workers: int, layout: str) -> None:
    corpus = make_corpus(tmp_path / "in")
    shapes: dict[str, dict[str, Any]] = {
        "file": {"output": "o.jsonl"},
        "gz-file": {"output": "o.jsonl.gz", "compression": "gz"},
        "shards-zst": {"output": "o", "compression": "zst", "shard_size": 20_000},
        "txt": {"output": "o", "format": "txt"},
        "parquet-shards": {"output": "o", "format": "parquet", "shard_size": 20_000},
    }
    shape = dict(shapes[layout])
    name = shape.pop("output")
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    uninterrupted = run(
        CLEANER, options(corpus, whole / name, workers=workers, removed=whole / "removed.jsonl", **shape)
    )
    first = run(
        CLEANER,
        options(corpus, resumed / name, workers=workers, removed=resumed / "removed.jsonl", **shape),
        StopAfter(3),
    )
    assert first.interrupted
    second = run(CLEANER, options(corpus, resumed / name, workers=workers, removed=resumed / "removed.jsonl", **shape))
    assert not second.interrupted
    # Byte streams checkpoint after every batch; a Parquet shard only once it is closed (its footer written).
    assert second.resumed_batches == 3 if layout != "parquet-shards" else 0 < second.resumed_batches <= 3
    assert tree(resumed) == tree(whole)
    assert second.report.to_state() == uninterrupted.report.to_state()


def tree(root: Path) -> dict[str, bytes]:
    """Every output file under `root` (journal and reports aside: they record timings)."""
    skip = ("report.json", "report.html", "journal.json")
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.endswith(skip)
    }


def test_shards_are_valid_compressed_files_of_about_the_size(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", compression="zst")
    run(CLEANER, options(corpus, tmp_path / "o", compression="gz", shard_size=15_000))
    shards = sorted((tmp_path / "o").glob("part-*.jsonl.gz"))
    assert len(shards) >= 3
    records = [json.loads(line) for shard in shards for line in gzip.decompress(shard.read_bytes()).splitlines()]
    single = run(CLEANER, options(corpus, tmp_path / "single.jsonl"))
    assert [json.loads(line) for line in (tmp_path / "single.jsonl").read_bytes().splitlines()] == records
    assert single.report.articles == len(records)
    assert not list((tmp_path / "o").glob(".*.partial"))


def test_a_complete_run_is_not_redone_and_a_changed_run_is_refused(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", copies=1)
    run(CLEANER, options(corpus, tmp_path / "o.jsonl"))
    before = (tmp_path / "o.jsonl").stat().st_mtime_ns
    again = run(CLEANER, options(corpus, tmp_path / "o.jsonl"))
    assert again.already_complete and (tmp_path / "o.jsonl").stat().st_mtime_ns == before
    # A finished run with other options is simply replaced ...
    related = run(CLEANER.with_config(keep_related=True), options(corpus, tmp_path / "o.jsonl"))
    assert not related.already_complete and related.report.articles > again.report.articles
    # ... but an unfinished one is not resumed with other options: that would mix two runs.
    assert run(CLEANER, options(corpus, tmp_path / "o.jsonl", restart=True), StopAfter(1)).interrupted
    with pytest.raises(RunConflict):
        run(CLEANER.with_config(keep_related=True), options(corpus, tmp_path / "o.jsonl"))
    restarted = run(CLEANER.with_config(keep_related=True), options(corpus, tmp_path / "o.jsonl", restart=True))
    assert not restarted.already_complete and restarted.report.articles == related.report.articles


def test_cli_reports_and_audit(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", copies=1)
    out = tmp_path / "o"
    result = runner.invoke(
        app,
        ["clean", str(corpus), "-o", str(out), "--shard-size", "1MB", "--compress", "zst", "--workers", "2",
         "--removed", str(tmp_path / "removed.jsonl"), "--errors", str(tmp_path / "errors.jsonl"), "-q"],
    )  # fmt: skip
    assert result.exit_code == 1, result.output  # two bad records
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["documents"] == len(PAGES) and report["failed"] == 2
    assert report["chars_removed"] == sum(r["chars_removed"] for r in report["rules"]) > 0
    assert "<svg" in (out / "report.html").read_text(encoding="utf-8")
    errors = [json.loads(line) for line in (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["reason"].split(": ", 2)[1] for e in errors] == [
        "not valid JSON",
        "record has no string 'text' or 'html'",
    ]
    removed = [json.loads(line) for line in (tmp_path / "removed.jsonl").read_text(encoding="utf-8").splitlines()]
    by_rule: dict[str, int] = {}
    for span in removed:
        assert span["text"] and span["rule"] and span["id"]
        by_rule[span["rule"]] = by_rule.get(span["rule"], 0) + len(span["text"]) - len(span["inserted"])
    assert {k: v for k, v in by_rule.items() if v} == {
        r["id"]: r["chars_removed"] for r in report["rules"] if r["chars_removed"]
    }


def test_killed_run_resumes_to_the_same_bytes(tmp_path: Path) -> None:
    """SIGKILL a real `cleaner clean` mid-run, rerun the same command: identical output, nothing lost or doubled."""
    # 180 batches of new lines (memos cannot make them instant): the kill lands well inside the run.
    corpus = make_corpus(tmp_path / "in", copies=24, unique=True)
    command = [sys.executable, "-m", "cleaner.cli", "clean", str(corpus), "--workers", "2", "--batch-pages", "2", "-q"]
    subprocess.run([*command, "-o", str(tmp_path / "whole.jsonl")], check=False, capture_output=True)
    target = tmp_path / "killed.jsonl"
    process = subprocess.Popen([*command, "-o", str(target)], start_new_session=True)
    journal = tmp_path / ".killed.jsonl.journal.json"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if journal.exists() and json.loads(journal.read_text(encoding="utf-8") or "{}").get("batches", 0) >= 5:
            break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    state = json.loads(journal.read_text(encoding="utf-8"))
    assert not state["complete"], "the kill came too late to test anything"
    assert not target.exists(), "an incomplete output must not appear under its final name"
    subprocess.run([*command, "-o", str(target)], check=False, capture_output=True)
    assert target.read_bytes() == (tmp_path / "whole.jsonl").read_bytes()


def test_parquet_output_holds_the_jsonl_records(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    corpus = make_corpus(tmp_path / "in", copies=2)
    run(CLEANER, options(corpus, tmp_path / "o.jsonl"))
    run(CLEANER, options(corpus, tmp_path / "o.parquet", format="parquet"))
    rows = pq.read_table(tmp_path / "o.parquet").to_pylist()
    records = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(records) > 0
    for row, record in zip(rows, records, strict=True):
        assert (row["id"], row["segment"], row["title"], row["text"]) == (
            record["id"], record["segment"], record["title"], record["text"]
        )  # fmt: skip
        assert json.loads(row["meta"]) == record["meta"]
        assert json.loads(row["fields"]) == {"url": record["url"], "n": record["n"]}
