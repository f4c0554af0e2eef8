"""`cleaner` as a datatrove pipeline step: `CleanerStep` takes datatrove Documents (pages) and
yields one Document per article. datatrove is an optional extra: `pip install 'cleaner[datatrove]'`.

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleaner.integrations.datatrove import CleanerStep

    LocalPipelineExecutor(
        pipeline=[JsonlReader("pages/"), CleanerStep(keep_related=True), JsonlWriter("articles/")],
        tasks=4,
    ).run()

Each article's Document has the article's `id` ("<page id>#<segment>"), its text, and in its
metadata the page's metadata, then `source_id`, `segment`, `title` and the article's `meta`
(role, date, author, ...). The step's stats count pages, articles, pages that failed or gave
no article, and per rule its hits (`hits/<rule id>`) and the characters it removed
(`removed/<rule id>`), so they appear in datatrove's stats.json beside the other steps'.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from datatrove.data import Document as DatatroveDocument
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from cleaner.pipeline import Cleaner


class CleanerStep(PipelineStep):  # type: ignore[misc]  # datatrove has no type hints
    """Clean each page into its articles (see the module's docstring).

    rules: a rule directory (default: the bundled rules), or `cleaner`: a Cleaner built already.
    html: the Documents' text is the page's HTML (e.g. from datatrove's WarcReader).
    A page that fails is counted (`failed`) and logged, and the pipeline goes on.
    """

    name = "🧹 cleaner"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        rules: str | Path | None = None,
        keep_related: bool = False,
        segment: str = "auto",
        html: bool = False,
        cleaner: Cleaner | None = None,
    ) -> None:
        super().__init__()
        self.rules, self.keep_related, self.segment, self.html = rules, keep_related, segment, html
        self._cleaner = cleaner

    @property
    def cleaner(self) -> Cleaner:
        """The Cleaner, built on first use (in the task that runs the step, not where it is defined)."""
        if self._cleaner is None:
            built = Cleaner.from_rules(self.rules).with_config(keep_related=self.keep_related, segment=self.segment)
            self._cleaner = built
        return self._cleaner

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for page in data or ():
            self.stat_update("pages")
            with self.track_time():
                articles = list(self._articles(page))
            yield from articles

    def _articles(self, page: DatatroveDocument) -> Iterator[DatatroveDocument]:
        cleaner = self.cleaner
        meta: dict[str, Any] = dict(page.metadata)
        try:
            if self.html:
                document = cleaner.clean_html(page.text, str(page.id), meta)
            else:
                document = cleaner.clean_document(page.text, str(page.id), meta)
            articles = cleaner.articles(document)
        except Exception as exc:  # one bad page never stops the pipeline
            from datatrove.utils.logging import logger

            logger.warning(f"cleaner: page {page.id}: {type(exc).__name__}: {exc}")
            self.stat_update("failed")
            return
        if not articles:
            self.stat_update("no_article")
        for hit in document.all_hits():
            self.stat_update(f"hits/{hit.rule_id}")
            self.stat_update(f"removed/{hit.rule_id}", value=hit.chars_removed, unit="chars")
        for article in articles:
            self.stat_update("articles")
            metadata = {
                **meta,
                "source_id": article.source_id,
                "segment": article.segment,
                "title": article.title,
                **article.meta,
            }
            yield DatatroveDocument(text=article.text, id=article.id, metadata=metadata)
