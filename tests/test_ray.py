"""`cleaner clean --engine ray` on a real local Ray cluster of two nodes (`ray start --head` and a
second `ray start --address`, loopback only, started and stopped here), against `--engine local`:
the same records, audit, errors and report; a run interrupted on the cluster resumes without
duplicates; and `clean_dataset` as a Ray Data stage gives the articles the local engine gives."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from corpus_pages import records, write_corpus

from cleaner import Cleaner
from cleaner.runner import RunOptions, output_record, run

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::FutureWarning")

BIN = Path(sys.executable).parent
ENV = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
#: Each node's share of shared memory for Ray's object store (Ray's floor is 75 MB).
OBJECT_STORE = "--object-store-memory=100000000"
PAGES = 3000


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _ray(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "ray"), *arguments], env=ENV, capture_output=True, text=True, timeout=180)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """The address of a two-node Ray cluster on this machine, one CPU per node."""
    address = f"127.0.0.1:{_free_port()}"
    node = ["--node-ip-address=127.0.0.1", "--num-cpus=1", OBJECT_STORE]
    head = _ray("start", "--head", f"--port={address.split(':')[1]}", "--include-dashboard=false", *node)
    try:
        assert head.returncode == 0, head.stderr[-2000:]
        worker = _ray("start", f"--address={address}", *node)
        assert worker.returncode == 0, worker.stderr[-2000:]
        yield address
    finally:
        if ray.is_initialized():
            ray.shutdown()
        _ray("stop", "--force")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "pages.jsonl", PAGES)


def _clean(corpus: Path, out: Path, *engine: str) -> dict[str, Any]:
    audit = ["--removed", str(out / "removed.jsonl"), "--errors", str(out / "errors.jsonl")]
    result = subprocess.run(
        [str(BIN / "cleaner"), "clean", str(corpus), "-o", str(out / "articles.jsonl"), "-q", *audit, *engine],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 1, result.stderr[-3000:]  # 1: done, some pages failed (the two bad records)
    report: dict[str, Any] = json.loads((out / "articles.report.json").read_text(encoding="utf-8"))
    return report


def _sorted_by_id(path: Path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines(), key=lambda line: json.loads(line)["id"])


def test_the_ray_engine_writes_what_the_local_engine_writes(cluster: str, corpus: Path, tmp_path: Path) -> None:
    local = _clean(corpus, tmp_path / "local", "--workers", "2")
    on_ray = _clean(corpus, tmp_path / "ray", "--engine", "ray", "--address", cluster)
    articles = _sorted_by_id(tmp_path / "ray" / "articles.jsonl")
    assert len(articles) > PAGES and len({json.loads(line)["id"] for line in articles}) == len(articles)
    assert articles == _sorted_by_id(tmp_path / "local" / "articles.jsonl")
    for name in ("articles.jsonl", "removed.jsonl", "errors.jsonl"):  # in input order too: byte-identical
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
    assert (on_ray["engine"], on_ray["workers"], local["engine"]) == ("ray", 2, "local")
    for key in ("documents", "articles", "failed", "failures", "chars_out", "chars_removed", "rules"):
        assert on_ray[key] == local[key], key
    assert on_ray["failed"] == 2 and on_ray["rules"]  # the bad JSON line and the record without text


def _options(corpus: Path, out: Path, **changes: Any) -> RunOptions:
    base = RunOptions((corpus,), out / "articles.jsonl", removed=out / "removed.jsonl", batch_pages=100)
    return replace(base, **changes)


def _local_then_ray(corpus: Path, tmp_path: Path, cluster: str) -> tuple[Cleaner, RunOptions]:
    """The corpus cleaned by the local engine into tmp_path/local; the options of a run on the cluster."""
    cleaner = Cleaner.from_rules()
    run(cleaner, _options(corpus, tmp_path / "local"))
    return cleaner, _options(corpus, tmp_path / "ray", engine="ray", address=cluster, workers=2)


def _same_as_local(tmp_path: Path) -> None:
    for name in ("articles.jsonl", "removed.jsonl"):
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name


def test_a_run_interrupted_on_the_cluster_resumes_without_duplicates(
    cluster: str, corpus: Path, tmp_path: Path
) -> None:
    cleaner, on_ray = _local_then_ray(corpus, tmp_path, cluster)

    def interrupt_after_three_batches(documents: int, bytes_in: int, batches: int) -> None:
        if batches == 3:
            raise KeyboardInterrupt

    first = run(cleaner, on_ray, interrupt_after_three_batches)
    assert first.interrupted and first.report.documents + first.report.failed == 300
    assert len(ray.nodes()) == 2 and all(node["Alive"] for node in ray.nodes())
    second = run(cleaner, on_ray)
    assert second.resumed_batches == 3 and not second.interrupted
    _same_as_local(tmp_path)
    assert run(cleaner, on_ray).already_complete  # a third run redoes nothing


def test_clean_dataset_gives_the_local_engines_articles(cluster: str) -> None:
    from cleaner.integrations.ray import clean_dataset, connect

    connect(cluster)
    cleaner = Cleaner.from_rules().with_config(keep_related=True)
    pages = [{**r, "text": r.get("text") or "", "html": r.get("html")} for r in records(120)]
    rows = clean_dataset(ray.data.from_items(pages), cleaner, concurrency=2, batch_size=16).take_all()
    expected = []
    for page in pages:
        meta = {"url": page["url"]}
        if page["html"] is not None:
            document = cleaner.clean_html(page["html"], page["id"], meta)
        else:
            document = cleaner.clean_document(page["text"], page["id"], meta)
        expected += [output_record(article, meta) for article in cleaner.articles(document)]
    articles = sorted((row for row in rows if row["error"] is None), key=lambda row: row["id"])
    assert [(a["id"], a["title"], a["text"], json.loads(a["meta"])) for a in articles] == [
        (e["id"], e["title"], e["text"], e["meta"]) for e in sorted(expected, key=lambda e: e["id"])
    ]
    assert all(row["url"].startswith("https://site") for row in articles)  # other columns pass through
    assert any(json.loads(row["hits"]) for row in articles)
    empty = [row for row in rows if row["error"] is not None]
    assert [(row["source_id"], row["text"]) for row in empty] == [("page-00007", None)]
    assert empty[0]["error"].startswith("no article")


def test_the_ray_engine_writes_parquet_as_the_local_engine_does(cluster: str, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    corpus = write_corpus(tmp_path / "pages.jsonl", 300)
    tables = {}
    for name, engine in (("local", []), ("ray", ["--engine", "ray", "--address", cluster])):
        out = tmp_path / f"{name}.parquet"
        command = [str(BIN / "cleaner"), "clean", str(corpus), "-o", str(out), "-q", *engine]
        result = subprocess.run(command, env=ENV, capture_output=True, text=True, timeout=600)
        assert result.returncode == 1, result.stderr[-3000:]  # the two bad records
        tables[name] = pq.read_table(out).to_pylist()
    assert tables["ray"] == tables["local"] and len(tables["ray"]) > 300


def test_a_worker_killed_on_the_cluster_stops_the_run_and_a_rerun_finishes_it(
    cluster: str, corpus: Path, tmp_path: Path
) -> None:
    from cleaner.runner import WorkerDied

    cleaner, on_ray = _local_then_ray(corpus, tmp_path, cluster)

    def kill_the_actors_after_two_batches(documents: int, bytes_in: int, batches: int) -> None:
        if batches == 2:  # as a node lost would: the actors' processes die mid-run
            subprocess.run(["pkill", "-9", "-f", "ray::BatchCleaner"], check=False)

    with pytest.raises(WorkerDied, match="rerun the same command to resume"):
        run(cleaner, on_ray, kill_the_actors_after_two_batches)
    second = run(cleaner, on_ray)
    assert second.resumed_batches >= 2 and not second.interrupted
    _same_as_local(tmp_path)
