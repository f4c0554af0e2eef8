"""Bad input, one document at a time: each is reported with its file (and line), the others are cleaned.

The cases the reliability issue lists: binary files, NUL bytes, other
encodings, empty and blank pages, a long single-line page, JSONL with a
truncated last line, a non-object record, a record without text, a
non-string text, a gzip file cut short, an invalid UTF-8 line, and a
symlink loop in the corpus directory.
"""

from __future__ import annotations

import gzip
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner.cli import app

runner = CliRunner()
GOOD = "Rates held.\nAdvertisement\nStocks rose.\n"


def write_corpus(root: Path) -> None:
    random.seed(7)
    root.mkdir(parents=True, exist_ok=True)
    (root / "a_binary.txt").write_bytes(bytes(random.randrange(256) for _ in range(4000)))
    (root / "b_nul.txt").write_bytes(b"Rates held.\x00\x00\nAdvertisement\nStocks rose.\n")
    (root / "c_cp1252.txt").write_bytes(
        "Le café est très apprécié à Paris, où les prix ont augmenté.\nAdvertisement\nFin.\n".encode("cp1252")
    )
    (root / "d_empty.txt").write_bytes(b"")
    (root / "e_blank.txt").write_text("  \n\n\t \n", encoding="utf-8")
    (root / "f_one_line.txt").write_text("word " * 400_000, encoding="utf-8")  # 2 MB on one line
    records = [
        json.dumps({"id": "ok1", "text": GOOD}),
        json.dumps([1, 2]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "number", "text": 42}),
    ]
    bad_utf8 = b'{"id": "latin", "text": "caf\xe9"}'
    lines = "\n".join(records).encode() + b"\n" + bad_utf8 + b"\n" + json.dumps({"id": "ok2", "text": GOOD}).encode()
    (root / "g_records.jsonl").write_bytes(lines + b'\n{"id": "trunc", "text": "Rates')
    whole = "\n".join(json.dumps({"id": f"gz{i}", "text": GOOD}) for i in range(300)).encode()
    compressed = gzip.compress(whole, mtime=0)
    (root / "h_cut.jsonl.gz").write_bytes(compressed[: len(compressed) // 2])
    (root / "loop" / "sub").mkdir(parents=True)
    (root / "loop" / "sub" / "page.txt").write_text(GOOD, encoding="utf-8")
    os.symlink("..", root / "loop" / "sub" / "up")


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("bad")
    write_corpus(root / "in")
    out = root / "out.jsonl"
    result = runner.invoke(
        app, ["clean", str(root / "in"), "-o", str(out), "--workers", "2", "--errors", str(root / "errors.jsonl")]
    )
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(line) for line in (root / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    report = json.loads((root / "out.report.json").read_text(encoding="utf-8"))
    return {"result": result, "records": records, "errors": errors, "report": report, "root": root}


def test_the_run_goes_on_and_says_something_failed(outcome: dict[str, Any]) -> None:
    assert outcome["result"].exit_code == 1, outcome["result"].output
    failures = [e for e in outcome["errors"] if "empty_reason" not in e]
    assert outcome["report"]["failed"] == len(failures) == 7


def test_empty_pages_are_listed_with_their_reason_not_as_failures(outcome: dict[str, Any]) -> None:
    empties = {Path(e["origin"]).name: e["empty_reason"] for e in outcome["errors"] if "empty_reason" in e}
    assert empties == {"d_empty.txt": "no text in the input", "e_blank.txt": "no text in the input"}
    assert outcome["report"]["empty"] == 2
    assert sorted(Path(e["origin"]).name for e in outcome["report"]["empty_pages"]) == ["d_empty.txt", "e_blank.txt"]


def test_each_failure_names_its_file_and_line(outcome: dict[str, Any]) -> None:
    root = outcome["root"] / "in"
    reasons = sorted(e["reason"] for e in outcome["errors"])
    expected = [
        f"{root / 'a_binary.txt'}: binary file, not text",
        f"{root / 'g_records.jsonl'}:2: record is not a JSON object",
        f"{root / 'g_records.jsonl'}:3: record has no string 'text' or 'html'",
        f"{root / 'g_records.jsonl'}:4: record has no string 'text' or 'html'",
        f"{root / 'g_records.jsonl'}:5: not UTF-8",
        f"{root / 'g_records.jsonl'}:7: not valid JSON",
        f"{root / 'h_cut.jsonl.gz'}: cannot read",
    ]
    for prefix in expected:
        assert any(r.startswith(prefix) for r in reasons), (prefix, reasons)
    assert sum("h_cut.jsonl.gz" in r for r in reasons) == 1


def test_every_readable_document_is_cleaned(outcome: dict[str, Any]) -> None:
    sources = {r["source_id"] for r in outcome["records"]}
    assert {"b_nul", "c_cp1252", "f_one_line", "ok1", "ok2", "page"} <= sources
    assert not {"d_empty", "e_blank"} & sources, "empty pages give no article (and are no failure)"
    assert sum(s.startswith("gz") for s in sources) >= 50, "the records before the gzip damage are kept"
    by_source = {r["source_id"]: r for r in outcome["records"]}
    assert by_source["b_nul"]["text"] == "Rates held.\nStocks rose."
    assert by_source["c_cp1252"]["text"].startswith("Le café est très apprécié")
    assert by_source["c_cp1252"]["encoding"] in ("cp1252", "cp1250", "latin_1", "iso8859_15")
    assert len(by_source["f_one_line"]["text"]) == len(("word " * 400_000).strip())


def test_symlink_loop_is_walked_once(outcome: dict[str, Any]) -> None:
    assert sum(r["source_id"] == "page" for r in outcome["records"]) == 1
