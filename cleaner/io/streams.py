"""Append-only output streams that survive a crash: partial files, checkpoints, shards, compression.

A stream writes under a hidden temporary name beside its final name and is
renamed into place only when complete, so readers never see a half-written
file. Data is appended one batch at a time; each batch is compressed on its
own (a gzip member, a zstd frame), so a file cut after any batch is still a
valid compressed file. `checkpoint()` gives the state to store in the run's
journal; `ShardedStream.resume(state)` truncates the partial file back to
that state, so a killed run continues exactly where its journal says.

>>> import tempfile, pathlib
>>> root = pathlib.Path(tempfile.mkdtemp())
>>> stream = ShardedStream(root / "out.jsonl", compression=None)
>>> stream.write(b'{"a": 1}\\n'); stream.close()
>>> (root / "out.jsonl").read_bytes()
b'{"a": 1}\\n'
"""

from __future__ import annotations

import gzip
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import zstandard

COMPRESSIONS = ("gz", "zst")


def compression_of(path: Path) -> str | None:
    """The compression an output name asks for: "gz", "zst" or None."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in COMPRESSIONS else None


def compress(data: bytes, compression: str | None) -> bytes:
    """One self-contained compressed unit (gzip member with mtime 0, zstd frame): deterministic bytes."""
    if compression == "gz":
        return gzip.compress(data, compresslevel=6, mtime=0)
    if compression == "zst":
        return zstandard.ZstdCompressor(level=3).compress(data)
    return data


def partial_name(path: Path) -> Path:
    """The hidden temporary name a file is written under until it is complete."""
    return path.with_name(f".{path.name}.partial")


class _Shards:
    """File names of a stream split into shards: `path` is a `{:05d}` pattern when `shard_size` is set."""

    path: Path
    shard_size: int | None
    shard: int

    def shard_path(self, index: int) -> Path:
        return Path(str(self.path).format(index)) if self.shard_size else self.path

    def files(self) -> list[Path]:
        """The final files this stream has produced."""
        return [self.shard_path(i) for i in range(self.shard + 1) if self.shard_path(i).exists()]


@dataclass
class ShardedStream(_Shards):
    """An output written in batches, optionally split into shards of about `shard_size` bytes.

    With `shard_size`, `path` is a pattern such as `out/part-{:05d}.jsonl.gz`
    and a shard is closed at the first batch boundary after it reaches the
    size (uncompressed), so shard boundaries depend only on the data.
    """

    path: Path
    compression: str | None
    shard_size: int | None = None
    shard: int = 0
    offset: int = 0
    raw_in_shard: int = 0

    def __post_init__(self) -> None:
        self._handle: Any = None

    def checkpoint(self) -> dict[str, int]:
        """What the journal stores: the shard being written and how many bytes of it are good."""
        return {"shard": self.shard, "offset": self.offset, "raw": self.raw_in_shard}

    def resume(self, state: dict[str, int]) -> None:
        """Continue after a crash: finish renames of closed shards, cut the open one back to `state`."""
        self.shard, self.offset, self.raw_in_shard = state["shard"], state["offset"], state["raw"]
        for index in range(self.shard):
            final, partial = self.shard_path(index), partial_name(self.shard_path(index))
            if partial.exists() and not final.exists():
                os.replace(partial, final)
        partial = partial_name(self.shard_path(self.shard))
        if self.offset == 0:
            partial.unlink(missing_ok=True)
            return
        if not partial.exists() or partial.stat().st_size < self.offset:
            raise OSError(f"{partial}: shorter than the journal says; cannot resume (use --restart)")
        with partial.open("r+b") as handle:
            handle.truncate(self.offset)

    def write(self, data: bytes) -> None:
        """Append one batch (already serialised), compressed as one unit; may close the shard after it."""
        if not data:
            return
        if self._handle is None:
            target = partial_name(self.shard_path(self.shard))
            target.parent.mkdir(parents=True, exist_ok=True)
            self._handle = target.open("ab")
        chunk = compress(data, self.compression)
        self._handle.write(chunk)
        self._handle.flush()
        self.offset += len(chunk)
        self.raw_in_shard += len(data)
        if self.shard_size and self.raw_in_shard >= self.shard_size:
            self._finish_shard()
            self.shard += 1
            self.offset = self.raw_in_shard = 0

    def _finish_shard(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
        partial = partial_name(self.shard_path(self.shard))
        final = self.shard_path(self.shard)
        if partial.exists():
            os.replace(partial, final)
        elif not self.shard_size:
            final.parent.mkdir(parents=True, exist_ok=True)
            final.write_bytes(b"")  # an empty run still leaves its (empty) output file

    def close(self) -> None:
        """Rename the open file into place (a sharded stream skips an empty last shard)."""
        if self.shard_size and self.offset == 0 and self._handle is None:
            return
        self._finish_shard()

    def abandon(self) -> None:
        """Close the open file without renaming it (an interrupted run: the partial file stays)."""
        if self._handle is not None:
            self._handle.close()
            self._handle = None


#: The columns of Parquet output; `meta` and the input record's other `fields` are JSON strings,
#: so every row group has the same schema whatever the records carry.
PARQUET_COLUMNS = ("id", "source_id", "segment", "title", "text", "meta", "fields")
OWN_FIELDS = frozenset({"id", "source_id", "segment", "title", "text", "meta"})


@dataclass
class ParquetStream(_Shards):
    """Parquet output (needs pyarrow): one row group per batch, shards of about `shard_size` bytes.

    A Parquet file is only valid once its footer is written, so a shard
    becomes durable when it is closed; `durable` tells the run when it may
    record a checkpoint. A resumed run redoes the batches of the open shard.
    """

    path: Path
    shard_size: int | None = None
    shard: int = 0
    raw_in_shard: int = 0
    durable: bool = True

    def __post_init__(self) -> None:
        self._writer: Any = None

    def checkpoint(self) -> dict[str, int]:
        return {"shard": self.shard, "offset": 0, "raw": 0}

    def resume(self, state: dict[str, int]) -> None:
        self.shard, self.raw_in_shard = state["shard"], 0
        partial_name(self.shard_path(self.shard)).unlink(missing_ok=True)

    def write(self, data: bytes) -> None:
        import json

        import pyarrow as pa
        import pyarrow.parquet as pq

        if not data:
            return
        rows = [json.loads(line) for line in data.splitlines()]
        columns: dict[str, list[Any]] = {name: [] for name in PARQUET_COLUMNS}
        for row in rows:
            for name in PARQUET_COLUMNS[:5]:
                columns[name].append(row.get(name))
            columns["meta"].append(json.dumps(row.get("meta", {}), ensure_ascii=False, sort_keys=True))
            extra = {k: v for k, v in row.items() if k not in OWN_FIELDS}
            columns["fields"].append(json.dumps(extra, ensure_ascii=False, sort_keys=True))
        schema = pa.schema([(n, pa.int32() if n == "segment" else pa.string()) for n in PARQUET_COLUMNS])
        table = pa.table(columns, schema=schema)
        if self._writer is None:
            target = partial_name(self.shard_path(self.shard))
            target.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(target, schema, compression="zstd")
        self._writer.write_table(table)
        self.durable = False
        self.raw_in_shard += len(data)
        if self.shard_size and self.raw_in_shard >= self.shard_size:
            self._finish_shard()
            self.shard += 1
            self.raw_in_shard = 0

    def _finish_shard(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
            os.replace(partial_name(self.shard_path(self.shard)), self.shard_path(self.shard))
        self.durable = True

    def close(self) -> None:
        self._finish_shard()

    def abandon(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
