"""Same input and rules, same bytes: across runs and worker counts (and the same records whatever the batch size).

Compressed output is one gzip member per batch, so its bytes depend on the
batch size (a run's option, fixed in its journal); its content does not.
"""

from __future__ import annotations

import gzip
from pathlib import Path

from typer.testing import CliRunner

from cleaner.cli import app

ROOT = Path(__file__).resolve().parents[2]
runner = CliRunner()


def test_runs_with_any_worker_count_or_batch_size_write_the_same_bytes(tmp_path: Path) -> None:
    outputs = []
    for number, (workers, batch) in enumerate([(1, 64), (2, 3), (2, 64), (1, 1)]):
        out = tmp_path / f"run{number}"
        args = ["clean", str(ROOT / "seeds"), str(ROOT / "tests" / "cases"), "-o", str(out / "o.jsonl.gz")]
        args += ["--workers", str(workers), "--batch-pages", str(batch), "--removed", str(out / "removed.jsonl"), "-q"]
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        outputs.append(((out / "o.jsonl.gz").read_bytes(), (out / "removed.jsonl").read_bytes()))
    same_batches = [outputs[0], outputs[2]]  # 1 and 2 workers, batches of 64
    assert same_batches[0] == same_batches[1]
    contents = {(gzip.decompress(data), removed) for data, removed in outputs}
    assert len(contents) == 1 and outputs[0][0] and outputs[0][1]
