"""The `cleaner` command line: clean (JSONL and directory output), explain, inputs and exit codes."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_PAGES = sorted(p.stem for p in SEEDS.glob("*.txt"))
EXPECTED = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))["pages"]
RECORD_KEYS = ["id", "source_id", "segment", "title", "text", "meta"]

runner = CliRunner()


def run(*args: str | Path) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def summary_rows(stderr: str) -> dict[str, str]:
    """The rows of the end-of-run summary table."""
    return {
        line.split("│")[1].strip(): line.split("│")[2].strip() for line in stderr.splitlines() if line.count("│") == 3
    }


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seeds_jsonl(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    out = tmp_path_factory.mktemp("jsonl") / "out.jsonl"
    result = run("clean", SEEDS, "-o", out)
    assert result.exit_code == 0, result.output
    return read_jsonl(out)


@pytest.fixture(scope="module")
def seeds_related(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    out = tmp_path_factory.mktemp("related") / "out.jsonl"
    result = run("clean", SEEDS, "-o", out, "--keep-related", "--quiet")
    assert result.exit_code == 0, result.output
    return read_jsonl(out)


# --- clean to JSONL --------------------------------------------------------------------------


def test_clean_jsonl_records(seeds_jsonl: list[dict[str, Any]]) -> None:
    assert seeds_jsonl
    for record in seeds_jsonl:
        assert list(record) == RECORD_KEYS
        assert record["id"] == f"{record['source_id']}#{record['segment']}"
        assert record["source_id"] in SEED_PAGES
        assert isinstance(record["segment"], int) and record["segment"] >= 1
        assert record["title"] is None or (isinstance(record["title"], str) and record["title"].strip())
        assert isinstance(record["text"], str) and record["text"].strip()
        assert record["meta"]["role"] == "main"
    ids = [r["id"] for r in seeds_jsonl]
    assert len(ids) == len(set(ids))


def test_clean_jsonl_pages_in_order(seeds_jsonl: list[dict[str, Any]]) -> None:
    pages = [r["source_id"] for r in seeds_jsonl]
    assert sorted(set(pages)) == SEED_PAGES
    assert pages == sorted(pages), "pages are read in sorted order"
    for page in SEED_PAGES:
        segments = [r["segment"] for r in seeds_jsonl if r["source_id"] == page]
        assert segments == sorted(segments)
        assert len(segments) == len(EXPECTED[page]["articles"])


def test_clean_jsonl_meta_from_headers(seeds_jsonl: list[dict[str, Any]]) -> None:
    tag_page = [r for r in seeds_jsonl if r["source_id"] == "001_517cb5bd72187ee7"]
    want = {"source": "Yahoo", "date": "2025-02-23", "section": "Politics", "role": "main"}
    assert {k: tag_page[0]["meta"].get(k) for k in want} == want
    assert tag_page[0]["title"] == "Why China may face 'scrutiny' over using police diplomacy to help developing world"


def test_clean_summary_on_stderr(tmp_path: Path) -> None:
    result = run("clean", SEEDS / "000_363d336a125357df.txt", "-o", tmp_path / "o.jsonl")
    assert result.exit_code == 0
    assert result.stdout == ""
    rows = summary_rows(result.stderr)
    assert rows["documents in"] == "1" and rows["articles out"] == "1" and rows["failed"] == "0"
    assert "ads.advertisement-line" in result.stderr


def test_keep_related_adds_related_records(
    seeds_jsonl: list[dict[str, Any]], seeds_related: list[dict[str, Any]]
) -> None:
    related = [r for r in seeds_related if r["meta"].get("role") == "related"]
    main = [r for r in seeds_related if r["meta"].get("role") != "related"]
    want = sum(len(spec.get("related", [])) for spec in EXPECTED.values())
    assert len(related) == want
    # The page's own articles keep their ids and content with --keep-related.
    assert main == seeds_jsonl
    assert {r["source_id"] for r in related} == {page for page, spec in EXPECTED.items() if spec.get("related")}


# --- clean to a directory --------------------------------------------------------------------


def test_clean_directory_output(tmp_path: Path, seeds_jsonl: list[dict[str, Any]]) -> None:
    out = tmp_path / "articles"
    result = run("clean", SEEDS, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    manifest = read_jsonl(out / "manifest.jsonl")
    assert len(manifest) == len(seeds_jsonl)
    texts = sorted(p.name for p in out.glob("*.txt"))
    assert texts == sorted(m["file"] for m in manifest)
    by_id = {r["id"]: r for r in seeds_jsonl}
    for entry in manifest:
        assert "text" not in entry
        record = by_id[entry["id"]]
        assert {k: v for k, v in entry.items() if k != "file"} == {k: v for k, v in record.items() if k != "text"}
        assert entry["file"] == f"{record['source_id']}.{record['segment']}.txt"
        body = (out / entry["file"]).read_text(encoding="utf-8")
        head = f"{record['title']}\n\n" if record["title"] else ""
        assert body == f"{head}{record['text']}\n"
    assert not list(out.glob(".*.tmp")), "temporary files left behind"


def test_clean_directory_output_is_confined(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "../../escape", "text": "Rates held."}) + "\n", encoding="utf-8")
    out = tmp_path / "a" / "b"
    result = run("clean", source, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    (entry,) = read_jsonl(out / "manifest.jsonl")
    assert entry["id"] == "../../escape#1"
    assert (out / entry["file"]).resolve().parent == out.resolve()
    assert sorted(p.name for p in tmp_path.rglob("*.txt")) == [entry["file"]]


def test_clean_directory_output_keeps_articles_whose_ids_look_alike(tmp_path: Path) -> None:
    # Ids that differ only in characters unsafe in file names (URLs as ids)
    # must still give one file each, not overwrite each other.
    source = tmp_path / "in.jsonl"
    records = [
        {"id": "https://news.example/a/b", "text": "First page."},
        {"id": "https://news.example/a?b", "text": "Second page."},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out"
    result = run("clean", source, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    manifest = read_jsonl(out / "manifest.jsonl")
    assert [m["id"] for m in manifest] == ["https://news.example/a/b#1", "https://news.example/a?b#1"]
    files = [m["file"] for m in manifest]
    assert len(set(files)) == 2, f"two articles written to one file: {files}"
    assert [(out / f).read_text(encoding="utf-8") for f in files] == ["First page.\n", "Second page.\n"]


# --- inputs ----------------------------------------------------------------------------------


def test_jsonl_input_passes_other_fields_through(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    records = [
        {"id": "p1", "text": "Rates held.\nAdvertisement\nStocks rose.", "url": "https://news.example/a", "lang": "en"},
        {"id": 7, "text": "Wages rose.", "lang": "de"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", source, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    first, second = read_jsonl(out)
    assert (first["id"], first["source_id"], first["text"]) == ("p1#1", "p1", "Rates held.\nStocks rose.")
    assert (second["id"], second["source_id"], second["text"]) == ("7#1", "7", "Wages rose.")
    # Other fields pass through unchanged, at the top level (as datatrove and Dolma expect), not again in meta.
    assert list(first)[:2] == ["url", "lang"] and first["url"] == "https://news.example/a" and first["lang"] == "en"
    assert second["lang"] == "de"
    assert "url" not in first["meta"] and "lang" not in second["meta"]


def test_jsonl_record_without_id(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    source.write_text("\n" + json.dumps({"text": "Rates held."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", source, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    assert record["source_id"] == "pages:2"


def test_jsonl_bad_lines_are_reported_and_skipped(tmp_path: Path) -> None:
    source = tmp_path / "pages.jsonl"
    lines = [
        json.dumps({"id": "good1", "text": "Rates held.\nAdvertisement\nStocks rose."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "good2", "text": "Wages rose."}),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", source, "-o", out)
    assert result.exit_code == 1
    assert [r["id"] for r in read_jsonl(out)] == ["good1#1", "good2#1"]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3, result.stderr
    assert errors[0].startswith(f"error: {source}:2: not valid JSON")
    assert errors[1] == f"error: {source}:3: record is not a JSON object"
    assert errors[2] == f"error: {source}:4: record has no string 'text' or 'html'"
    assert summary_rows(result.stderr)["failed"] == "3"
    assert summary_rows(result.stderr)["documents in"] == "2"


def test_unreadable_text_page_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a_good.txt").write_text("Rates held.", encoding="utf-8")
    (tmp_path / "b_bad.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "c_latin.txt").write_bytes(
        "Le café est très apprécié à Paris, où les prix ont augmenté.".encode("cp1252")
    )
    out = tmp_path / "out.jsonl"
    result = run("clean", tmp_path / "a_good.txt", tmp_path / "b_bad.txt", tmp_path / "c_latin.txt", "-o", out)
    assert result.exit_code == 1
    records = read_jsonl(out)
    assert [r["id"] for r in records] == ["a_good#1", "c_latin#1"]
    assert records[1]["text"].startswith("Le café") and records[1]["encoding"] == "cp1252"
    assert f"error: {tmp_path / 'b_bad.txt'}: binary file, not text" in result.stderr


def test_missing_input_exits_2(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run("clean", tmp_path / "nope.txt", "-o", out)
    assert result.exit_code == 2
    assert "nope.txt" in result.stderr
    assert not out.exists()


def test_bad_rules_exit_2(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "ads.yaml").write_text("rules: [\n", encoding="utf-8")
    result = run("clean", SEEDS / "002_9234101f38dc3924.txt", "-o", tmp_path / "o.jsonl", "--rules", rules)
    assert result.exit_code == 2
    assert f"{rules / 'ads.yaml'}:" in result.stderr


def test_custom_rules_option(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yaml").write_text(
        "rules:\n"
        "  - id: house.promo\n"
        "    kind: line-drop\n"
        "    description: The house promo line.\n"
        "    phrases: [Buy our mugs]\n"
        "    examples:\n"
        '      - in: "One.\\nBuy our mugs\\n"\n'
        '        out: "One.\\n"\n'
        '      - in: "Buy our mugs, he said.\\n"\n',
        encoding="utf-8",
    )
    page = tmp_path / "page.txt"
    page.write_text("Rates held.\nBuy our mugs\nAdvertisement\nStocks rose.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", page, "-o", out, "--rules", rules, "-q")
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    # Only the custom rules run: neither the bundled ad rule nor the layout trim.
    assert record["text"] == "Rates held.\nAdvertisement\nStocks rose.\n"


@pytest.mark.parametrize("kind", ["txt", "jsonl"])
def test_gzip_input(tmp_path: Path, kind: str) -> None:
    text = "Rates held.\nAdvertisement\nStocks rose."
    if kind == "txt":
        source = tmp_path / "page-1.txt.gz"
        source.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        source = tmp_path / "pages.jsonl.gz"
        source.write_bytes(gzip.compress((json.dumps({"id": "page-1", "text": text}) + "\n").encode("utf-8")))
    out = tmp_path / "out.jsonl"
    result = run("clean", source, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    assert (record["id"], record["text"]) == ("page-1#1", "Rates held.\nStocks rose.")


def test_directory_input_finds_gzip_and_skips_other_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "b.txt").write_text("Second page.", encoding="utf-8")
    (corpus / "sub" / "a.txt.gz").write_bytes(gzip.compress(b"First page."))
    (corpus / "notes.md").write_text("Not a page.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("clean", corpus, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    assert sorted((r["source_id"], r["text"]) for r in read_jsonl(out)) == [("a", "First page."), ("b", "Second page.")]


def test_crlf_page(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_bytes(b"Rates held.\r\nAdvertisement\r\nStocks rose.\r\n")
    out = tmp_path / "out.jsonl"
    result = run("clean", page, "-o", out, "-q")
    assert result.exit_code == 0, result.output
    (record,) = read_jsonl(out)
    assert record["text"] == "Rates held.\nStocks rose."


# --- explain ---------------------------------------------------------------------------------


def test_explain_names_rules_and_removed_text() -> None:
    result = run("explain", SEEDS / "000_363d336a125357df.txt")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "page 000_363d336a125357df" in out
    assert re.search(r"ads\.advertisement-line\s+'Advertisement⏎'", out)
    assert re.search(r"video\.embed\s+\"03:32⏎'We're not scammers'", out)
    assert "headers.related-heading" in out
    assert "widgets." in out
    assert "000_363d336a125357df#1" in out


def test_explain_line_numbers_point_at_each_removal() -> None:
    # The page has "Advertisement" on lines 4 and 14; each removal must be
    # placed on its own line, not both on the first occurrence.
    lines = (SEEDS / "000_363d336a125357df.txt").read_text(encoding="utf-8").splitlines()
    want = sorted(f"L{n}" for n, line in enumerate(lines, 1) if line == "Advertisement")
    assert len(want) == 2
    result = run("explain", SEEDS / "000_363d336a125357df.txt")
    got = sorted(m[1] for m in re.finditer(r"(L\d+) ads\.advertisement-line", result.stdout))
    assert got == want


def test_explain_missing_file() -> None:
    result = run("explain", ROOT / "no-such-page.txt")
    assert result.exit_code != 0
    assert "no-such-page.txt" in result.stderr


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--engine", "spark"], "--engine must be one of local, ray"),
        (["--address", "auto"], "--address is for --engine ray"),
    ],
)
def test_cli_engine_options_are_checked(tmp_path: Path, flags: list[str], message: str) -> None:
    page = tmp_path / "p.txt"
    page.write_text("The harbour board met on Tuesday.\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "out.jsonl"), *flags])
    assert result.exit_code == 2 and message in result.output
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_ray_engine_without_ray_says_how_to_install_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_ray(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "ray" or name.startswith("ray."):
            raise ImportError("No module named 'ray'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_ray)
    page = tmp_path / "p.txt"
    page.write_text("The harbour board met on Tuesday.\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(page), "-o", str(tmp_path / "out.jsonl"), "--engine", "ray"])
    assert result.exit_code == 2
    assert "pip install 'cleaner[ray]'" in result.output
    assert not (tmp_path / "out.jsonl").exists()
