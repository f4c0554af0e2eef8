"""`CleanerStep` inside a datatrove pipeline (LocalPipelineExecutor, datatrove's own JsonlReader
and JsonlWriter): the articles the local engine writes, with the hits in datatrove's stats."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from corpus_pages import records

from cleaner import Cleaner

pytest.importorskip("datatrove")
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.readers import JsonlReader  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from cleaner.integrations.datatrove import CleanerStep  # noqa: E402


def _pages(folder: Path, count: int) -> list[dict[str, str]]:
    """Text pages as datatrove reads them (`id`, `text`, the rest as metadata), in two files."""
    pages = [r for r in records(count) if r.get("text")]
    folder.mkdir()
    for part in (0, 1):
        lines = [json.dumps(page) + "\n" for page in pages[part::2]]
        (folder / f"part-{part}.jsonl").write_text("".join(lines), encoding="utf-8")
    return pages


def _written(folder: Path) -> list[dict[str, object]]:
    rows = []
    for path in sorted(folder.glob("*.jsonl.gz")):
        rows += [json.loads(line) for line in gzip.decompress(path.read_bytes()).decode("utf-8").splitlines()]
    return rows


def test_the_step_yields_the_local_engines_articles(tmp_path: Path) -> None:
    pages = _pages(tmp_path / "pages", 300)
    pipeline = [
        JsonlReader(str(tmp_path / "pages")),
        CleanerStep(keep_related=True),
        JsonlWriter(str(tmp_path / "articles")),
    ]
    LocalPipelineExecutor(pipeline=pipeline, tasks=2, workers=1, logging_dir=str(tmp_path / "logs")).run()
    cleaner = Cleaner.from_rules().with_config(keep_related=True)
    expected = {
        article.id: (article.text, article.title, article.source_id, dict(article.meta))
        for page in pages
        for article in cleaner.clean(page["text"], source_id=page["id"], meta={"url": page["url"]})
    }
    written = _written(tmp_path / "articles")
    assert len(written) == len(expected) > len(pages)
    for row in written:
        metadata = row["metadata"]
        assert isinstance(metadata, dict)
        meta = {k: v for k, v in metadata.items() if k not in ("source_id", "segment", "title", "file_path")}
        assert (row["text"], metadata["title"], metadata["source_id"], meta) == expected[str(row["id"])]
        assert metadata["url"].startswith("https://site")
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    step = next(s for s in stats if "cleaner" in s["name"])
    assert step["stats"]["pages"] == len(pages)  # a count datatrove writes as a number
    assert step["stats"]["articles"] == len(expected)
    assert step["stats"]["hits/headers.tagfeed-card"] > 0
    assert step["stats"]["removed/headers.tagfeed-card"]["total"] > 0  # characters, with their mean


def test_a_page_that_fails_is_counted_and_the_pipeline_goes_on(tmp_path: Path) -> None:
    from datatrove.data import Document

    class Broken(Cleaner):
        def clean_document(self, text: str, source_id: str = "doc", *args: object, **kwargs: object):  # type: ignore[no-untyped-def, override]
            if source_id == "bad":
                raise ValueError("a broken page")
            return super().clean_document(text, source_id, *args, **kwargs)  # type: ignore[arg-type]

    step = CleanerStep(cleaner=Broken(Cleaner.from_rules().rules))
    story = "The harbour board met on Tuesday to weigh the cost of rebuilding the sea wall."
    pages = [Document(text=story, id="bad"), Document(text=story, id="good")]
    out = list(step.run(iter(pages)))
    assert [doc.id for doc in out] == ["good#1"]
    assert step.stats["failed"].total == 1 and step.stats["pages"].total == 2
