"""Clean a corpus: batches of pages through worker processes (or Ray actors), in input order, resumable.

Pages are read lazily and grouped into batches; batches are cleaned in worker
processes (at most a few in flight, so memory stays flat whatever the corpus
size) and their output is written in input order, so the output is
byte-identical whatever the number of workers. After each batch the outputs
are flushed and a journal (`.cleaner-journal.json` beside the output) records
how many batches are done, how long each output file is, and the report so
far; rerunning the same command after an interruption cuts the files back to
the journal and carries on from the next batch. A run whose journal says it
is complete is not redone.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any

from cleaner import __version__
from cleaner.compiled import compiled_status
from cleaner.core import engine_name
from cleaner.io.readers import Failure, Page, find_inputs, read_pages
from cleaner.io.streams import ParquetStream, ShardedStream, compression_of
from cleaner.io.writers import atomic_writer, safe_name
from cleaner.pipeline import Cleaner
from cleaner.types import Article, Document

JOURNAL_VERSION = 1
#: Failures listed one by one in the journal and report (all are counted).
MAX_LISTED_FAILURES = 1000
FORMATS = ("jsonl", "txt", "parquet")
#: Where batches are cleaned (RunOptions.engine).
ENGINES = ("local", "ray")


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Where a corpus run reads and writes, and how it batches and shards."""

    paths: tuple[Path, ...]
    output: Path
    format: str = "jsonl"
    compression: str | None = None
    shard_size: int | None = None
    workers: int = 1
    batch_pages: int = 64
    batch_chars: int = 2_000_000
    removed: Path | None = None
    errors: Path | None = None
    restart: bool = False
    #: Where batches are cleaned: "local" (worker processes here) or "ray" (actors on the Ray
    #: cluster at `address`; see cleaner.integrations.ray). Output is the same on both.
    engine: str = "local"
    address: str | None = None

    @property
    def directory(self) -> Path:
        """Where the journal and the reports go: the output directory, or a file output's parent."""
        return self.output if self.is_directory else self.output.parent

    @property
    def is_directory(self) -> bool:
        return self.format == "txt" or self.shard_size is not None

    def data_path(self) -> Path:
        """The (pattern of the) main output file."""
        if self.format == "txt":
            return self.output / "manifest.jsonl"
        if self.shard_size is not None:
            suffix = (
                ".parquet"
                if self.format == "parquet"
                else ".jsonl" + (f".{self.compression}" if self.compression else "")
            )
            return self.output / ("part-{:05d}" + suffix)
        return self.output

    def journal_path(self) -> Path:
        name = ".cleaner-journal.json" if self.is_directory else f".{self.output.name}.journal.json"
        return self.directory / name

    def report_paths(self) -> tuple[Path, Path]:
        if self.is_directory:
            return self.output / "report.json", self.output / "report.html"
        stem = self.output.name.split(".")[0] or "out"
        return self.directory / f"{stem}.report.json", self.directory / f"{stem}.report.html"


@dataclass(slots=True)
class Counts:
    """What cleaned pages add up to: pages, articles, characters, and hits and characters per rule."""

    documents: int = 0
    articles: int = 0
    chars_in: int = 0
    chars_out: int = 0
    bytes_in: int = 0
    rule_hits: Counter[str] = field(default_factory=Counter)
    rule_chars: Counter[str] = field(default_factory=Counter)
    rule_kinds: dict[str, str] = field(default_factory=dict)

    def add_counts(self, other: Counts) -> None:
        self.documents += other.documents
        self.articles += other.articles
        self.chars_in += other.chars_in
        self.chars_out += other.chars_out
        self.bytes_in += other.bytes_in
        self.rule_hits.update(other.rule_hits)
        self.rule_chars.update(other.rule_chars)
        self.rule_kinds.update(other.rule_kinds)


@dataclass(slots=True)
class RunReport(Counts):
    """The counts of a run, kept in the journal so a resumed run reports on the whole corpus."""

    failed: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    guarded: list[dict[str, Any]] = field(default_factory=list)
    empty: int = 0
    empties: list[dict[str, str]] = field(default_factory=list)

    def add(self, batch: BatchResult) -> None:
        self.add_counts(batch)
        self.guarded.extend(batch.guarded[: max(0, MAX_LISTED_FAILURES - len(self.guarded))])
        self.empty += len(batch.empties)
        self.empties.extend(batch.empties[: max(0, MAX_LISTED_FAILURES - len(self.empties))])
        self.failed += len(batch.failures)
        room = MAX_LISTED_FAILURES - len(self.failures)
        self.failures.extend({"origin": o, "reason": r} for o, r in batch.failures[: max(0, room)])

    def to_state(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "articles": self.articles,
            "failed": self.failed,
            "failures": self.failures,
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "bytes_in": self.bytes_in,
            "guarded": self.guarded,
            "empty": self.empty,
            "empties": self.empties,
            "rules": {
                k: [self.rule_kinds.get(k, ""), self.rule_hits[k], self.rule_chars[k]] for k in sorted(self.rule_hits)
            },
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> RunReport:
        scalars = ("documents", "articles", "chars_in", "chars_out", "bytes_in", "failed")
        report = cls(
            **{name: state[name] for name in scalars},
            failures=list(state["failures"]),
            guarded=list(state["guarded"]),
            empty=state.get("empty", 0),  # journals written before empty pages were counted lack these
            empties=list(state.get("empties", [])),
        )
        for rule_id, (kind, hits, chars) in state["rules"].items():
            report.rule_kinds[rule_id] = kind
            report.rule_hits[rule_id] = hits
            report.rule_chars[rule_id] = chars
        return report

    def to_json(self, options: RunOptions, seconds: float) -> dict[str, Any]:
        """The content of report.json (and the input of report.html)."""
        removed = sum(self.rule_chars.values())
        rules = [
            {
                "id": k,
                "kind": self.rule_kinds.get(k, ""),
                "hits": self.rule_hits[k],
                "chars_removed": self.rule_chars[k],
            }
            for k in sorted(self.rule_hits, key=lambda k: (-self.rule_chars[k], -self.rule_hits[k], k))
        ]
        return {
            "cleaner_version": __version__,
            "inputs": [str(p) for p in options.paths],
            "output": str(options.output),
            "documents": self.documents,
            "articles": self.articles,
            "failed": self.failed,
            "failures": self.failures,
            "failures_truncated": self.failed > len(self.failures),
            "guarded": self.guarded,
            "empty": self.empty,
            "empty_pages": self.empties,
            "empty_pages_truncated": self.empty > len(self.empties),
            "chars_in": self.chars_in,
            "chars_out": self.chars_out,
            "chars_removed": removed,
            "bytes_in": self.bytes_in,
            "seconds": round(seconds, 3),
            "workers": options.workers,
            "engine": options.engine,
            "core": engine_name(),
            "compiled": compiled_status(),
            "rules": rules,
        }


@dataclass(slots=True)
class BatchResult(Counts):
    """What cleaning one batch produced: serialised outputs, ready to append, and its counts."""

    records: list[str] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)
    guarded: list[dict[str, Any]] = field(default_factory=list)
    #: Pages that gave no article: {"origin", "id", "empty_reason"}.
    empties: list[dict[str, str]] = field(default_factory=list)


def output_record(article: Article, passthrough: dict[str, Any]) -> dict[str, Any]:
    """An article's output record: the input record's other fields first, unchanged, then ours.

    Fields the input record carried (`url`, `warc_id`, ...) are not repeated in `meta`.

    >>> from cleaner.types import Article
    >>> article = Article("p1", 1, None, "Body.", {"url": "u", "role": "main"})
    >>> record = output_record(article, {"url": "u", "lang": "en"})
    >>> list(record), record["meta"]
    (['url', 'lang', 'id', 'source_id', 'segment', 'title', 'text', 'meta'], {'role': 'main'})
    """
    record = {**passthrough, **article.to_record()}
    record["meta"] = {k: v for k, v in article.meta.items() if not (k in passthrough and passthrough[k] == v)}
    return record


def clean_batch(cleaner: Cleaner, pages: Sequence[Page | Failure], options: RunOptions) -> BatchResult:
    """Clean every page of a batch; a page that fails is recorded with its reason and the others go on.

    A failure's reason is a whole message that starts with where the page came from (file, or file:line).
    """
    result = BatchResult()
    for item in pages:
        if isinstance(item, Failure):
            result.failures.append((item.origin, str(item.error)))
            continue
        result.bytes_in += len(item.html) if item.html is not None else len(item.text.encode("utf-8"))
        try:
            document = _clean_page(cleaner, item)
            articles = cleaner.articles(document)
        except Exception as exc:  # one bad page never stops the run: it is reported, with its origin
            result.failures.append((item.origin, f"{item.origin}: {type(exc).__name__}: {exc}"))
            continue
        _collect(result, item, document, articles, options, cleaner)
    result.errors = [json.dumps({"origin": o, "reason": r}, ensure_ascii=False) + "\n" for o, r in result.failures]
    result.errors += [
        json.dumps({"origin": e["origin"], "reason": f"{e['origin']}: no article: {e['empty_reason']}", **e}) + "\n"
        for e in result.empties
    ]
    return result


def _clean_page(cleaner: Cleaner, page: Page) -> Document:
    if page.html is not None:
        return cleaner.clean_html(page.html, page.source_id, page.meta)
    return cleaner.clean_document(page.text, page.source_id, page.meta)


def _collect(
    result: BatchResult, page: Page, document: Document, articles: list[Article], options: RunOptions, cleaner: Cleaner
) -> None:
    result.documents += 1
    result.articles += len(articles)
    if not articles:
        reason = cleaner.empty_reason(document) or "no article"
        result.empties.append({"origin": page.origin, "id": document.id, "empty_reason": reason})
    if document.guard is not None:
        result.guarded.append({"origin": page.origin, "id": document.id, **document.guard})
    if document.timeouts:
        result.failures.append(
            (page.origin, f"{page.origin}: cleaned without {', '.join(document.timeouts)} (pattern timed out)")
        )
    result.chars_in += len(document.original)
    for article in articles:
        result.chars_out += len(article.text)
        record = output_record(article, page.meta)
        if options.format == "txt":
            name = f"{safe_name(article.source_id)}.{article.segment}.txt"
            record.pop("text")
            record["file"] = name
            result.texts.append((name, article.render() + "\n"))
        result.records.append(json.dumps(record, ensure_ascii=False) + "\n")
    for scope, hit in _scoped_hits(document):
        result.rule_hits[hit.rule_id] += 1
        result.rule_chars[hit.rule_id] += hit.chars_removed
        result.rule_kinds.setdefault(hit.rule_id, hit.kind.value)
        if options.removed is not None and hit.removed:
            audit = {
                "id": document.id,
                "scope": scope,
                "rule": hit.rule_id,
                "kind": hit.kind.value,
                "start": hit.start,
                "end": hit.end,
                "text": hit.removed,
                "inserted": hit.inserted,
            }
            result.removed.append(json.dumps(audit, ensure_ascii=False) + "\n")


def _scoped_hits(document: Document) -> Iterator[tuple[str, Any]]:
    """Every hit with the text its offsets refer to: "html", "page", or "segment N" (0-based)."""
    for hit in document.html_hits:
        yield "html", hit
    for hit in document.page_hits + document.boundary_hits:
        yield "page", hit
    for segment in document.segments:
        for hit in segment.hits:
            yield f"segment {segment.position}", hit


def batches(pages: Iterable[Page | Failure], options: RunOptions) -> Iterator[list[Page | Failure]]:
    """Consecutive pages grouped by count and size: the unit of work, of checkpoints and of resuming."""
    batch: list[Page | Failure] = []
    size = 0
    for page in pages:
        batch.append(page)
        if isinstance(page, Page):
            size += len(page.text) + (len(page.html) if page.html is not None else 0)
        if len(batch) >= options.batch_pages or size >= options.batch_chars:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


# --- the worker side: one Cleaner per process, set once -----------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(cleaner: Cleaner, options: RunOptions) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _WORKER["cleaner"], _WORKER["options"] = cleaner, options


def _work(pages: list[Page | Failure]) -> BatchResult:
    return clean_batch(_WORKER["cleaner"], pages, _WORKER["options"])


def clean_batches(cleaner: Cleaner, work: Iterable[list[Page | Failure]], options: RunOptions) -> Iterator[BatchResult]:
    """Results in input order: in this process with one worker, else in a pool with a bounded window
    (on the Ray cluster with `engine="ray"`)."""
    if options.engine == "ray":
        from cleaner.integrations.ray import clean_batches_on_ray

        yield from clean_batches_on_ray(cleaner, work, options)
        return
    if options.workers <= 1:
        for batch in work:
            yield clean_batch(cleaner, batch, options)
        return
    context = get_context("fork") if "fork" in get_all_start_methods() else get_context("spawn")
    window = options.workers * 2
    with ProcessPoolExecutor(options.workers, context, _init_worker, (cleaner, options)) as pool:
        pending: list[Future[BatchResult]] = []
        try:
            for batch in work:
                pending.append(pool.submit(_work, batch))
                if len(pending) >= window:
                    yield pending.pop(0).result()
            while pending:
                yield pending.pop(0).result()
        finally:
            for future in pending:
                future.cancel()


# --- the journal -----------------------------------------------------------------------------


def fingerprint(options: RunOptions, cleaner: Cleaner) -> str:
    """What must not change between a run and its resumption: inputs, rules, options that shape output."""
    digest = hashlib.sha256()
    for path in find_inputs(options.paths):
        stat = path.stat() if path.exists() else None
        digest.update(f"{path}\0{stat.st_size if stat else -1}\0{stat.st_mtime_ns if stat else -1}\n".encode())
    shape = (options.format, options.compression, options.shard_size, options.batch_pages, options.batch_chars)
    digest.update(repr((shape, str(options.removed), cleaner.config, __version__)).encode())
    for rule in cleaner.rules.rules:
        digest.update(repr(rule.rule).encode())
    return digest.hexdigest()


def _write_journal(path: Path, state: dict[str, Any]) -> None:
    with atomic_writer(path) as handle:
        json.dump(state, handle, ensure_ascii=False)


def _read_journal(path: Path) -> dict[str, Any] | None:
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise OSError(f"{path}: unreadable journal ({exc}); rerun with --restart") from exc
    return state if isinstance(state, dict) and state.get("version") == JOURNAL_VERSION else None


class RunConflict(Exception):
    """The output holds a different run's partial results: resuming would mix two runs."""


class WorkerDied(Exception):
    """A worker process was killed (out of memory, a signal): the run stops at its last checkpoint."""


@dataclass(slots=True)
class RunOutcome:
    report: RunReport
    seconds: float
    resumed_batches: int
    already_complete: bool
    interrupted: bool = False
    files: list[Path] = field(default_factory=list)


Progress = Callable[[int, int, int], None]
Stream = ShardedStream | ParquetStream


def run(cleaner: Cleaner, options: RunOptions, progress: Progress | None = None) -> RunOutcome:
    """Clean the corpus `options.paths` into `options.output`, resuming an interrupted run.

    `progress(documents, bytes_in, batches)` is called after each batch.
    A finished run of the same inputs, rules and options is not redone; a
    finished run of other ones is replaced. Raises RunConflict when the output
    holds an *unfinished* run with other inputs, rules or options (resuming
    would mix the two; rerun with `restart=True` to start over).
    """
    started = time.monotonic()
    options.directory.mkdir(parents=True, exist_ok=True)
    journal_path = options.journal_path()
    key = fingerprint(options, cleaner)
    state = None if options.restart else _read_journal(journal_path)
    if state is not None and state.get("fingerprint") != key and state.get("complete"):
        state = None  # a finished run with other rules or inputs: clean again, replacing its output
    if state is not None and state.get("fingerprint") != key:
        raise RunConflict(
            f"{options.output} holds the output of a different run (other inputs, rules or options); "
            "rerun with --restart to start over, or choose another output"
        )
    if state is not None and state.get("complete") and not all(Path(f).exists() for f in state.get("files", [])):
        state = None  # finished once, but its output has since been deleted or moved: clean again
    if state is not None and state.get("complete"):
        report = RunReport.from_state(state["report"])
        return RunOutcome(report, time.monotonic() - started, state["batches"], True)
    streams = _streams(options)
    done = 0
    report = RunReport()
    if state is not None:
        done = state["batches"]
        report = RunReport.from_state(state["report"])
        for name, stream in streams.items():
            stream.resume(state["streams"][name])
    else:
        for stream in streams.values():
            stream.resume({"shard": 0, "offset": 0, "raw": 0})
    pages = read_pages(options.paths)
    work = batches(pages, options)
    for _ in range(done):
        if next(work, None) is None:
            break
    interrupted = False
    number = done
    try:
        for result in clean_batches(cleaner, work, options):
            _write_batch(options, streams, result)
            report.add(result)
            number += 1
            if all(getattr(stream, "durable", True) for stream in streams.values()):
                _write_journal(journal_path, _state(key, number, False, streams, report))
            if progress is not None:
                progress(report.documents, report.bytes_in, number)
    except KeyboardInterrupt:
        interrupted = True
    except (BrokenProcessPool, WorkerDied) as exc:  # a worker process, or a Ray actor or node, lost
        for stream in streams.values():
            stream.abandon()
        if isinstance(exc, WorkerDied):
            raise
        raise WorkerDied(
            f"a worker process died after {number} batches ({exc}); rerun the same command to resume"
        ) from exc
    if interrupted:
        for stream in streams.values():
            stream.abandon()
        return RunOutcome(report, time.monotonic() - started, done, False, interrupted=True)
    for stream in streams.values():
        stream.close()
    files = [f for stream in streams.values() for f in stream.files()]
    _write_journal(journal_path, {**_state(key, number, True, streams, report), "files": [str(f) for f in files]})
    return RunOutcome(report, time.monotonic() - started, done, False, files=files)


def _streams(options: RunOptions) -> dict[str, Stream]:
    data_compression = None if options.format == "txt" else options.compression
    streams: dict[str, Stream] = {"data": ShardedStream(options.data_path(), data_compression, options.shard_size)}
    if options.format == "parquet":
        streams["data"] = ParquetStream(options.data_path(), options.shard_size)
    if options.removed is not None:
        streams["removed"] = ShardedStream(options.removed, compression_of(options.removed))
    if options.errors is not None:
        streams["errors"] = ShardedStream(options.errors, compression_of(options.errors))
    return streams


def _write_batch(options: RunOptions, streams: dict[str, Stream], result: BatchResult) -> None:
    """Append one batch's outputs. Article files come first, the manifest line that lists them after."""
    for name, text in result.texts:
        with atomic_writer(options.output / name) as handle:
            handle.write(text)
    streams["data"].write("".join(result.records).encode("utf-8"))
    if "removed" in streams:
        streams["removed"].write("".join(result.removed).encode("utf-8"))
    if "errors" in streams:
        streams["errors"].write("".join(result.errors).encode("utf-8"))


def _state(
    key: str, batches_done: int, complete: bool, streams: dict[str, Stream], report: RunReport
) -> dict[str, Any]:
    return {
        "version": JOURNAL_VERSION,
        "fingerprint": key,
        "batches": batches_done,
        "complete": complete,
        "streams": {name: stream.checkpoint() for name, stream in streams.items()},
        "report": report.to_state(),
    }


def write_reports(options: RunOptions, outcome: RunOutcome) -> tuple[Path, Path]:
    """report.json and the self-contained report.html, written atomically."""
    from cleaner.report_html import render_html

    data = outcome.report.to_json(options, outcome.seconds)
    json_path, html_path = options.report_paths()
    with atomic_writer(json_path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    with atomic_writer(html_path) as handle:
        handle.write(render_html(data))
    return json_path, html_path


def default_workers() -> int:
    """The machine's cores (the default for --workers)."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))
