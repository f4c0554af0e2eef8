"""The `cleaner` command line: clean, explain, rules lint, rules test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from cleaner.errors import RuleErrors
from cleaner.io.readers import Failure, Page, read_pages
from cleaner.io.writers import write_directory, write_jsonl
from cleaner.pipeline import Cleaner
from cleaner.report import EXIT_CANNOT_RUN, Report, explain_lines
from cleaner.ruleset.compiler import compile_rules
from cleaner.ruleset.examples import run_examples
from cleaner.ruleset.loader import default_rules_dir, load_rules
from cleaner.types import Article, Document

app = typer.Typer(help="Turn scraped web pages into clean, standalone article texts.", no_args_is_help=True)
rules_app = typer.Typer(help="Check rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")

RulesOption = Annotated[Optional[Path], typer.Option("--rules", help="Rule directory (default: the bundled rules).")]


def _load(rules: Path | None, keep_related: bool = False) -> Cleaner:
    try:
        return Cleaner.from_rules(rules).with_config(keep_related=keep_related)
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_CANNOT_RUN) from exc


def _clean_page(cleaner: Cleaner, page: Page) -> Document:
    if page.html is not None:
        return cleaner.clean_html(page.html, page.source_id, page.meta)
    return cleaner.clean_document(page.text, page.source_id, page.meta)


def _articles(cleaner: Cleaner, paths: list[Path], report: Report) -> Iterator[Article]:
    for item in read_pages(paths):
        if isinstance(item, Failure):
            typer.echo(f"error: {item.error}", err=True)
            report.add_failure(str(item.error))
            continue
        document = _clean_page(cleaner, item)
        articles = cleaner.articles(document)
        report.add_document(document, len(articles))
        yield from articles


@app.command()
def clean(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories of .txt pages or .jsonl records.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="OUT.jsonl, or a directory for .txt files.")],
    rules: RulesOption = None,
    keep_related: Annotated[bool, typer.Option("--keep-related", help="Also write spillover articles.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No summary.")] = False,
) -> None:
    """Clean pages into articles: JSONL if OUT ends in .jsonl, else a directory of .txt files."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or directory: {', '.join(map(str, missing))}", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN)
    cleaner = _load(rules, keep_related)
    report = Report()
    articles = _articles(cleaner, paths, report)
    if output.suffix == ".jsonl":
        write_jsonl(articles, output)
    else:
        write_directory(articles, output)
    if not quiet:
        for line in report.summary_lines():
            typer.echo(line, err=True)
    raise typer.Exit(report.exit_code)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="One .txt page (or a .jsonl file: every record).")],
    rules: RulesOption = None,
    keep_related: Annotated[bool, typer.Option("--keep-related")] = False,
) -> None:
    """Show each removal with its rule id, and the articles found."""
    cleaner = _load(rules, keep_related)
    failed = False
    for item in read_pages([file]):
        if isinstance(item, Failure):
            typer.echo(f"error: {item.error}", err=True)
            failed = True
            continue
        document = _clean_page(cleaner, item)
        for line in explain_lines(document, keep_related):
            typer.echo(line)
    raise typer.Exit(1 if failed else 0)


@rules_app.command("lint")
def rules_lint(directory: Annotated[Optional[Path], typer.Argument(help="Rule directory.")] = None) -> None:
    """Load and compile every rule file; print each problem as file:line: rule-id: message."""
    directory = directory or default_rules_dir()
    try:
        compiled = compile_rules(load_rules(directory))
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    typer.echo(f"{len(compiled.rules)} rules OK in {directory}")


@rules_app.command("test")
def rules_test(directory: Annotated[Optional[Path], typer.Argument(help="Rule directory.")] = None) -> None:
    """Run every rule's examples."""
    directory = directory or default_rules_dir()
    try:
        compiled = compile_rules(load_rules(directory))
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    passed = failed = 0
    for result in run_examples(compiled):
        if result.problem:
            failed += 1
            typer.echo(f"FAIL {result.where}: {result.problem}")
        else:
            passed += 1
    typer.echo(f"rule examples: {passed} passed, {failed} failed")
    raise typer.Exit(1 if failed else 0)


def main() -> None:
    app(prog_name="cleaner")


if __name__ == "__main__":
    main()
