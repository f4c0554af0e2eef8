"""What a corpus run shows on the terminal: a progress bar while it runs, a summary table at the end.

Both go to stderr (stdout stays free for pipes); the bar is shown only on a
terminal, and `--quiet` silences both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from cleaner.runner import RunOptions, RunOutcome


class RateColumn(ProgressColumn):
    """Documents/s and MB/s of input read so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if elapsed <= 0:
            return Text("")
        docs = task.fields.get("documents", 0)
        return Text(f"{docs / elapsed:,.0f} docs/s  {task.completed / elapsed / 1e6:.2f} MB/s", style="cyan")


@contextmanager
def progress_bar(console: Console, total_bytes: int, enabled: bool) -> Iterator[Callable[[int, int, int], None] | None]:
    """A callback `advance(documents, bytes_in, batches)` that moves a bar over the input's bytes.

    Compressed inputs make the byte total an estimate, so the bar may stop
    short of or pass its end; the rates stay exact.
    """
    if not enabled:
        yield None
        return
    columns = (
        TextColumn("cleaning"),
        BarColumn(),
        TextColumn("{task.fields[documents]:,} docs"),
        RateColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=False) as progress:
        task = progress.add_task("clean", total=max(total_bytes, 1), documents=0)

        def advance(documents: int, bytes_in: int, batches: int) -> None:
            progress.update(task, completed=bytes_in, documents=documents)

        yield advance


def print_summary(console: Console, options: RunOptions, outcome: RunOutcome, top: int = 10) -> None:
    """The end-of-run table: pages, articles, failures, characters, speed, and the busiest rules."""
    report = outcome.report
    removed = sum(report.rule_chars.values())
    table = Table(title="cleaner run", show_header=False)
    table.add_column("what")
    table.add_column("value", justify="right")
    state = "interrupted" if outcome.interrupted else "already complete" if outcome.already_complete else "done"
    table.add_row(
        "state", state + (f" (resumed after {outcome.resumed_batches} batches)" if outcome.resumed_batches else "")
    )
    table.add_row("documents in", f"{report.documents:,}")
    table.add_row("articles out", f"{report.articles:,}")
    table.add_row("failed", f"{report.failed:,}")
    table.add_row("no article (see report.json)", f"{report.empty:,}")
    table.add_row("guarded (over-deletion)", f"{len(report.guarded):,}")
    table.add_row("chars in / out", f"{report.chars_in:,} / {report.chars_out:,}")
    share = f" ({removed / report.chars_in:.1%})" if report.chars_in else ""
    table.add_row("chars removed by rules", f"{removed:,}{share}")
    if outcome.seconds > 0 and not outcome.already_complete:
        table.add_row("speed", f"{report.bytes_in / outcome.seconds / 1e6:.2f} MB/s with {options.workers} worker(s)")
    table.add_row("output", str(options.output))
    console.print(table)
    if report.rule_hits:
        rules = Table(title=f"top {top} rules by characters removed")
        rules.add_column("rule")
        rules.add_column("hits", justify="right")
        rules.add_column("chars", justify="right")
        for rule_id in sorted(report.rule_hits, key=lambda k: (-report.rule_chars[k], k))[:top]:
            rules.add_row(rule_id, f"{report.rule_hits[rule_id]:,}", f"{report.rule_chars[rule_id]:,}")
        console.print(rules)
    for page in report.guarded[:10]:
        console.print(
            f"guarded: {page['origin']}: {page['reason']} ({', '.join(page['rules'])})",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    for page in report.empties[:10]:
        console.print(
            f"no article: {page['origin']}: {page['empty_reason']}", markup=False, highlight=False, soft_wrap=True
        )
    for failure in report.failures[:10]:
        console.print(f"error: {failure['reason']}", markup=False, highlight=False, soft_wrap=True)
    if report.failed > 10:
        console.print(f"... and {report.failed - 10} more failures (see report.json)")
