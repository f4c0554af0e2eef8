"""Clean on a Ray cluster: the worker pool of `cleaner clean --engine ray`, and `clean_dataset`
for a Ray Data pipeline. Ray is an optional extra: `pip install 'cleaner[ray]'`.

`--engine ray` keeps everything of a local run but where batches are cleaned: the driver reads
the pages, batches them as a local run does, and sends each batch to one of a pool of actors
spread over the cluster (one per CPU unless `--workers` says otherwise), each holding one
Cleaner, built once from the driver's rules (a pickled Cleaner carries its rules as written and
compiles them where it lands, so the nodes need no rule files). Results come back in input
order and are written, journalled and reported by the driver as in a local run: the output is
byte-identical to `--engine local`, the report and the `--removed` audit hold every worker's
hits, and an interrupted run resumes from its journal, on either engine.

`clean_dataset(ds)` is the same cleaning as a Ray Data stage (`map_batches` with an actor
class): one output row per article, for pipelines that read and write with Ray Data itself.
"""

from __future__ import annotations

import json
import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from cleaner.io.readers import Failure, Page
from cleaner.pipeline import Cleaner
from cleaner.runner import BatchResult, RunOptions, WorkerDied, clean_batch, output_record

RAY_MISSING = "the ray engine needs Ray: pip install 'cleaner[ray]'"
#: Batches in flight per actor: one cleaning, one waiting, so no actor idles between batches.
IN_FLIGHT = 2
#: The columns `clean_dataset` adds to each article's row (the input's other columns come first).
ARTICLE_COLUMNS = ("id", "source_id", "segment", "title", "text", "meta", "hits", "error")


class RayUnavailable(RuntimeError):
    """Ray is not installed, or its cluster cannot be reached."""


def import_ray() -> Any:
    """The `ray` module, or RayUnavailable saying how to install it."""
    try:
        import ray
    except ImportError as exc:
        raise RayUnavailable(RAY_MISSING) from exc
    return ray


def connect(address: str | None) -> Any:
    """Ray, connected to the cluster at `address` ("auto": the one this machine belongs to;
    HOST:PORT; None: a Ray started on this machine for the run), once per process."""
    ray = import_ray()
    if not ray.is_initialized():
        options: dict[str, Any] = {"logging_level": logging.ERROR, "log_to_driver": False}
        if address is None:
            options["include_dashboard"] = False
        try:
            ray.init(address=address, **options)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            raise RayUnavailable(f"cannot reach the Ray cluster at {address}: {exc}") from exc
    return ray


def cluster_cpus(address: str | None) -> int:
    """The CPUs of the cluster at `address` (connecting to it): the default number of workers."""
    return max(1, int(connect(address).cluster_resources().get("CPU", 1)))


class BatchCleaner:
    """A Ray actor: one Cleaner, cleaning the batches sent to it as a local worker does."""

    def __init__(self, cleaner: Cleaner, options: RunOptions) -> None:
        self.cleaner, self.options = cleaner, options

    def clean(self, pages: list[Page | Failure]) -> BatchResult:
        return clean_batch(self.cleaner, pages, self.options)


def clean_batches_on_ray(
    cleaner: Cleaner, work: Iterable[list[Page | Failure]], options: RunOptions
) -> Iterator[BatchResult]:
    """The results of cleaning each batch of `work` on the cluster, in input order, with at most
    IN_FLIGHT batches per actor in flight (memory stays flat whatever the corpus size)."""
    ray = connect(options.address)
    # An actor takes a CPU: more actors than the cluster has CPUs would wait for ever.
    count = max(1, min(options.workers, cluster_cpus(options.address)))
    remote = ray.remote(num_cpus=1)(BatchCleaner)
    shared = ray.put(cleaner)
    actors = [remote.remote(shared, options) for _ in range(count)]
    pending: deque[Any] = deque()
    try:
        for number, batch in enumerate(work):
            pending.append(actors[number % count].clean.remote(batch))
            if len(pending) >= IN_FLIGHT * count:
                yield _result(ray, pending.popleft())
        while pending:
            yield _result(ray, pending.popleft())
    finally:
        for actor in actors:
            ray.kill(actor)


def _result(ray: Any, reference: Any) -> BatchResult:
    try:
        result: BatchResult = ray.get(reference)
    except (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError, ray.exceptions.NodeDiedError) as exc:
        raise WorkerDied(f"a Ray worker died ({type(exc).__name__}); rerun the same command to resume") from exc
    return result


class DatasetCleaner:
    """The actor class of `clean_dataset`: a batch of page rows (pyarrow) in, article rows out."""

    def __init__(self, cleaner: Cleaner) -> None:
        self.cleaner = cleaner

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = batch.to_pylist()
        taken: list[int] = []
        columns: dict[str, list[Any]] = {name: [] for name in ARTICLE_COLUMNS}
        for index, row in enumerate(rows):
            for record in page_records(self.cleaner, row):
                taken.append(index)
                for name in ARTICLE_COLUMNS:
                    columns[name].append(record[name])
        ours = {"segment": pa.int64()}
        passthrough = batch.drop_columns([c for c in batch.column_names if c in (*ARTICLE_COLUMNS, "html")])
        table = passthrough.take(pa.array(taken, pa.int64()))
        for name in ARTICLE_COLUMNS:
            table = table.append_column(name, pa.array(columns[name], ours.get(name, pa.string())))
        return table


def page_records(cleaner: Cleaner, row: dict[str, Any]) -> list[dict[str, Any]]:
    """One dataset row (a page: `id`, and `text` or `html`, and any other fields) cleaned into one
    row per article: `meta` and `hits` (rule id -> characters removed) as JSON text, `error` None;
    a page that fails or gives no article is one row with `text` None and the reason in `error`."""
    page_id = str(row["id"])
    meta = {k: v for k, v in row.items() if k not in ("id", "text", "html") and v is not None}
    try:
        if row.get("html") is not None:
            document = cleaner.clean_html(row["html"], page_id, meta)
        else:
            document = cleaner.clean_document(row.get("text") or "", page_id, meta)
        articles = cleaner.articles(document)
        reason = None if articles else f"no article: {cleaner.empty_reason(document) or 'no article'}"
    except Exception as exc:  # one bad page never stops the dataset: it is a row with its reason
        articles, reason = [], f"{type(exc).__name__}: {exc}"
    if not articles:
        empty = {"id": page_id, "source_id": page_id, "segment": None, "title": None, "text": None}
        return [{**empty, "meta": "{}", "hits": "{}", "error": reason}]
    out = []
    for article in articles:
        record = output_record(article, meta)
        removed: dict[str, int] = {}
        for hit in article.hits:
            removed[hit.rule_id] = removed.get(hit.rule_id, 0) + hit.chars_removed
        record["meta"] = json.dumps(record["meta"], ensure_ascii=False, sort_keys=True)
        record["hits"] = json.dumps(removed, ensure_ascii=False, sort_keys=True)
        record["error"] = None
        out.append(record)
    return out


def clean_dataset(
    dataset: Any,
    cleaner: Cleaner | None = None,
    *,
    rules: str | None = None,
    keep_related: bool = False,
    segment: str = "auto",
    concurrency: int | None = None,
    batch_size: int = 64,
) -> Any:
    """A Ray Dataset of pages (`id`, and `text` or `html`; other columns pass through) cleaned
    into a Dataset of articles, one row each: the page's other columns, then `id`, `source_id`,
    `segment`, `title`, `text`, `meta` (JSON text), `hits` (JSON text: rule id -> characters
    removed) and `error` (None; for a page that failed or gave no article, its one row has `text`
    None and the reason here). The rules are compiled once per actor (`concurrency` actors, by
    default one per CPU of the cluster).

        import ray
        from cleaner.integrations.ray import clean_dataset
        pages = ray.data.read_json("s3://bucket/pages/")
        clean_dataset(pages, keep_related=True).write_parquet("s3://bucket/articles/")
    """
    if "id" not in (dataset.schema().names if dataset.schema() is not None else ()):
        raise ValueError("clean_dataset needs an 'id' column (and 'text' or 'html')")
    if cleaner is None:
        cleaner = Cleaner.from_rules(rules).with_config(keep_related=keep_related, segment=segment)
    return dataset.map_batches(
        DatasetCleaner,
        fn_constructor_args=(cleaner,),
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=concurrency or cluster_cpus(None),
        num_cpus=1,
    )
