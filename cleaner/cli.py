"""The `cleaner` command line: clean, learn, explain, rules lint, rules test."""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from cleaner import __version__
from cleaner.compiled import compiled_status
from cleaner.config import COMMENT_MODES, HTML_MODES, SEGMENT_MODES
from cleaner.core import engine_name
from cleaner.errors import RuleErrors
from cleaner.guard import GUARD_ACTIONS
from cleaner.io.readers import Failure, Page, find_inputs, read_pages
from cleaner.io.streams import COMPRESSIONS, compression_of
from cleaner.learn import (
    MIN_PAGES,
    MIN_SHARE,
    WHOLE_CORPUS,
    LearnSettings,
    SiteFurniture,
    learn_sites,
    learning_pages,
    unknown_to,
    write_rule_files,
)
from cleaner.pipeline import Cleaner
from cleaner.progress import print_summary, progress_bar
from cleaner.report import EXIT_CANNOT_RUN, EXIT_INTERRUPTED, EXIT_SOME_FAILED, explain_lines
from cleaner.ruleset.compiler import compile_rules
from cleaner.ruleset.examples import run_examples
from cleaner.ruleset.lint import backtracking_warnings, core_placement, lint_warnings, never_fired
from cleaner.ruleset.loader import default_rules_dir, load_rules, optional_rule_files, optional_rules, ruleset_settings
from cleaner.runner import ENGINES, FORMATS, RunConflict, RunOptions, WorkerDied, default_workers, run, write_reports
from cleaner.types import Document, Kind, Scope

app = typer.Typer(help="Turn scraped web pages into clean, standalone article texts.", no_args_is_help=True)
rules_app = typer.Typer(help="Check rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")


def _show_version(asked: bool) -> None:
    if asked:
        typer.echo(f"cleaner {__version__} (engine: {engine_name()}; modules: {compiled_status()})")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_show_version, is_eager=True, help="Print the version and the engine."),
    ] = False,
) -> None:
    """Turn scraped web pages into clean, standalone article texts."""


RulesOption = Annotated[Optional[Path], typer.Option("--rules", help="Rule directory (default: the bundled rules).")]
SegmentOption = Annotated[
    str,
    typer.Option(
        "--segment",
        help="Split pages into articles: auto (segment-boundary rules, then cues for layouts no rule describes), "
        "rules (the rules only) or off.",
    ),
]
HtmlOption = Annotated[
    str,
    typer.Option(
        "--html",
        help="HTML extraction: default (trafilatura, and readability-lxml where trafilatura's text falls well "
        "short of the page's paragraphs) or fast (trafilatura alone, without its fallbacks; segment rules only).",
    ),
]
CommentsOption = Annotated[
    str,
    typer.Option(
        "--comments",
        help="HTML comments: auto (a page that declares no article, such as a forum thread, keeps them: "
        "they are its text; an article's go) or never.",
    ),
]
LineModelOption = Annotated[
    bool,
    typer.Option(
        "--line-model",
        help="Also drop the lines a model of boilerplate scores as furniture (rules/optional/line-model.yaml).",
    ),
]
WholeCorpusOption = Annotated[
    bool,
    typer.Option(
        "--whole-corpus",
        help="Learn the lines the whole corpus repeats, whatever their site, as rules for every page "
        "(instead of each site's own).",
    ),
]
SiteFieldOption = Annotated[
    Optional[str],
    typer.Option(
        "--site-field", help="The record field that names a page's site (default: the host of its url, else source)."
    ),
]
ThresholdOption = Annotated[
    Optional[float],
    typer.Option("--segment-threshold", help="Evidence an article start needs under --segment auto (default 1.0)."),
]


def _segmenting(cleaner: Cleaner, segment: str, threshold: float | None) -> Cleaner:
    """The cleaner with the segmentation mode and threshold asked for."""
    if segment not in SEGMENT_MODES:
        raise typer.BadParameter(f"--segment must be one of {', '.join(SEGMENT_MODES)}")
    auto = cleaner.config.auto if threshold is None else replace(cleaner.config.auto, threshold=threshold)
    return cleaner.with_config(segment=segment, auto=auto)


def _load(rules: Path | None, keep_related: bool = False, extra: Sequence[Path] = ()) -> Cleaner:
    try:
        return Cleaner.from_rules(rules, extra=extra).with_config(keep_related=keep_related)
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_CANNOT_RUN) from exc


def _require(paths: Sequence[Path]) -> None:
    """Stop the run, naming them, when input paths do not exist."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        typer.echo(f"error: no such file or directory: {', '.join(map(str, missing))}", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN)


def _optional(rules: Path | None, line_model: bool) -> list[Path]:
    """The optional rule files asked for."""
    try:
        return [optional_rules("line-model", rules)] if line_model else []
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(EXIT_CANNOT_RUN) from exc


def _ray_workers(address: str | None) -> int:
    """The Ray cluster's CPUs (connecting to it), or a clear error when Ray is missing or unreachable."""
    from cleaner.integrations.ray import RayUnavailable, cluster_cpus

    try:
        return cluster_cpus(address)
    except RayUnavailable as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN) from exc


def _learn_settings(min_pages: int, min_share: float | None, whole_corpus: bool) -> LearnSettings:
    """What makes a line furniture: `min_share` when given, else 0.3 of a site's pages, or no share
    at all over the whole corpus (a prompt one site of many repeats is on few of its pages)."""
    share = min_share if min_share is not None else 0.0 if whole_corpus else MIN_SHARE
    return LearnSettings(min_pages=min_pages, min_share=share)


def _grouping(site_field: str | None, whole_corpus: bool) -> str | None:
    """The `site_field` learning groups pages by: the one given, every page (--whole-corpus), or None."""
    if whole_corpus and site_field:
        raise typer.BadParameter("--whole-corpus and --site-field: one or the other")
    return WHOLE_CORPUS if whole_corpus else site_field


def _learning_allowed(rules: Path | None) -> None:
    """Stop the run when the rule set's settings turn learned rules off."""
    settings = ruleset_settings(rules)
    if not settings.learned:
        typer.echo(f"error: --learn: the rule set turns learned rules off ({settings.where('learned')})", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN)


def _learn(
    cleaner: Cleaner, paths: Sequence[Path], output: Path, site_field: str | None, settings: LearnSettings
) -> tuple[list[Path], list[SiteFurniture], Counter[str]]:
    """Learn each site's furniture from the pages in `paths` and write its rule file into `output`;
    lines the rules remove already are left out."""
    skipped: Counter[str] = Counter()
    active = cleaner.rules.active_for("", None)
    html_rules = active.stage(Scope.PAGE, Kind.HTML_DROP)
    learned = learn_sites(learning_pages(read_pages(paths), site_field, html_rules, skipped), settings)
    sites = [site for site in (unknown_to(cleaner.rules, f) for f in learned) if site.lines]
    return write_rule_files(sites, output), sites, skipped


def _clean_page(cleaner: Cleaner, page: Page) -> Document:
    if page.html is not None:
        return cleaner.clean_html(page.html, page.source_id, page.meta)
    return cleaner.clean_document(page.text, page.source_id, page.meta)


SIZE = re.compile(r"(?i)^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$")


def parse_size(value: str) -> int:
    """Bytes from a size such as 500MB, 64k or 1000000.

    >>> parse_size("500MB"), parse_size("64k"), parse_size("1000")
    (500000000, 64000, 1000)
    """
    m = SIZE.match(value)
    if m is None:
        raise typer.BadParameter(f"not a size: {value!r} (say e.g. 500MB, 64k or 1000000)")
    return int(float(m.group(1)) * {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[m.group(2).lower()])


def _run_options(
    paths: list[Path],
    output: Path,
    fmt: str | None,
    compress: str | None,
    shard_size: str | None,
    workers: int | None,
    removed: Path | None,
    errors: Path | None,
    restart: bool,
) -> RunOptions:
    """Work out the output layout from OUT's name and the options."""
    name = output.name.lower()
    single = any(name.endswith(s) for s in (".jsonl", ".jsonl.gz", ".jsonl.zst", ".parquet"))
    if fmt is None:
        fmt = "parquet" if name.endswith(".parquet") else "jsonl" if single or shard_size else "txt"
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError as exc:
            raise typer.BadParameter("--format parquet needs pyarrow: pip install 'cleaner[parquet]'") from exc
        if compress:
            raise typer.BadParameter("Parquet output is compressed inside the file (zstd); drop --compress")
    if fmt == "txt" and (single or shard_size or compress):
        raise typer.BadParameter(
            "txt output is a directory of files: drop --shard-size/--compress or use --format jsonl"
        )
    if single and shard_size:
        raise typer.BadParameter(f"--shard-size writes a directory of shards; {output} names one file")
    compression = compression_of(output) if single else compress
    if fmt in ("jsonl", "parquet") and not single and not shard_size:
        raise typer.BadParameter(f"{fmt} output: name a file (OUT.jsonl[.gz|.zst], OUT.parquet) or give --shard-size")
    return RunOptions(
        tuple(paths),
        output,
        fmt,
        compression,
        parse_size(shard_size) if shard_size else None,
        workers if workers is not None else default_workers(),
        removed=removed,
        errors=errors,
        restart=restart,
    )


@app.command()
def clean(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories: .txt, .html, .jsonl (also .gz, .zst).")],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="OUT.jsonl[.gz|.zst], or a directory (.txt files, or shards).")
    ],
    rules: RulesOption = None,
    keep_related: Annotated[bool, typer.Option("--keep-related", help="Also write spillover articles.")] = False,
    fmt: Annotated[
        Optional[str],
        typer.Option("--format", help="jsonl, txt or parquet (default: from OUT's name; a plain directory gets txt)."),
    ] = None,
    compress: Annotated[Optional[str], typer.Option("--compress", help="gz or zst, for --shard-size shards.")] = None,
    shard_size: Annotated[
        Optional[str],
        typer.Option("--shard-size", help="Write OUT/part-NNNNN.jsonl shards of about this size (e.g. 500MB)."),
    ] = None,
    workers: Annotated[
        Optional[int], typer.Option("--workers", "-j", min=1, help="Worker processes (default: all cores).")
    ] = None,
    removed: Annotated[
        Optional[Path], typer.Option("--removed", help="Also write every removed span as JSONL here.")
    ] = None,
    errors: Annotated[
        Optional[Path], typer.Option("--errors", help="Also write every failed page as JSONL here.")
    ] = None,
    restart: Annotated[
        bool, typer.Option("--restart", help="Discard an earlier run's partial output and start over.")
    ] = False,
    batch_pages: Annotated[
        int, typer.Option("--batch-pages", min=1, help="Pages per batch (the unit of resuming).")
    ] = 64,
    guard: Annotated[
        str, typer.Option("--guard", help="A page the rules would empty or one rule would gut: keep, flag or off.")
    ] = "keep",
    guard_min_kept: Annotated[float, typer.Option("--guard-min-kept", help="Guard below this share kept.")] = 0.05,
    guard_max_rule_share: Annotated[
        float, typer.Option("--guard-max-rule-share", help="Guard when one rule removes more than this share.")
    ] = 0.75,
    segment: SegmentOption = "auto",
    segment_threshold: ThresholdOption = None,
    html: HtmlOption = "default",
    comments: CommentsOption = "auto",
    learn: Annotated[
        bool,
        typer.Option(
            "--learn", help="First learn each site's furniture lines from the inputs (as `cleaner learn`), then clean."
        ),
    ] = False,
    site_field: SiteFieldOption = None,
    whole_corpus: WholeCorpusOption = False,
    min_pages: Annotated[
        int, typer.Option("--min-pages", min=2, help="With --learn: a line repeats on this many pages.")
    ] = MIN_PAGES,
    line_model: LineModelOption = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine",
            help="Where pages are cleaned: local (worker processes here) or ray (actors on a Ray cluster; "
            "pip install 'cleaner[ray]'). The output is the same.",
        ),
    ] = "local",
    address: Annotated[
        Optional[str],
        typer.Option(
            "--address", help="With --engine ray: the cluster, auto or HOST:PORT (default: a Ray started here)."
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Clean pages into articles, resumably: rerun the same command after an interruption to carry on."""
    if html not in HTML_MODES:
        raise typer.BadParameter(f"--html must be one of {', '.join(HTML_MODES)}")
    if comments not in COMMENT_MODES:
        raise typer.BadParameter(f"--comments must be one of {', '.join(COMMENT_MODES)}")
    _require(paths)
    if fmt is not None and fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    if compress is not None and compress not in COMPRESSIONS:
        raise typer.BadParameter(f"--compress must be one of {', '.join(COMPRESSIONS)}")
    if engine not in ENGINES:
        raise typer.BadParameter(f"--engine must be one of {', '.join(ENGINES)}")
    if address is not None and engine != "ray":
        raise typer.BadParameter("--address is for --engine ray")
    options = replace(
        _run_options(paths, output, fmt, compress, shard_size, workers, removed, errors, restart),
        batch_pages=batch_pages,
        engine=engine,
        address=address,
    )
    if engine == "ray":
        cpus = _ray_workers(address)
        if workers is not None and workers > cpus:
            typer.echo(f"note: the Ray cluster has {cpus} CPU(s): {cpus} workers, not {workers}", err=True)
        options = replace(options, workers=min(workers or cpus, cpus))
    if guard not in GUARD_ACTIONS:
        raise typer.BadParameter(f"--guard must be one of {', '.join(GUARD_ACTIONS)}")
    optional = _optional(rules, line_model)
    cleaner = _load(rules, keep_related, extra=optional)
    console = Console(stderr=True, quiet=quiet)
    if learn:
        _learning_allowed(rules)
        # Learned rules are data like any other: the run's fingerprint holds them, so a rerun
        # resumes when it learns the same rules from the same inputs.
        learned_dir = Path(tempfile.mkdtemp(prefix="cleaner-learned-"))
        grouping = _grouping(site_field, whole_corpus)
        settings = _learn_settings(min_pages, None, whole_corpus)
        written, sites, _ = _learn(cleaner, paths, learned_dir, grouping, settings)
        console.print(f"learned {sum(len(s.lines) for s in sites)} furniture lines of {len(sites)} site(s)")
        cleaner = _load(rules, keep_related, extra=[*optional, *written])
    cleaner = _segmenting(cleaner, segment, segment_threshold).with_config(
        guard=guard,
        guard_min_kept=guard_min_kept,
        guard_max_rule_share=guard_max_rule_share,
        html=html,
        comments=comments,
    )
    if not quiet:
        # Loading is where a rule author first sees a risky pattern (rules lint says more).
        for line in backtracking_warnings(cleaner.rules):
            typer.echo(line, err=True)
    total = sum(p.stat().st_size for p in find_inputs(paths) if p.exists())
    try:
        with progress_bar(console, total, enabled=not quiet and console.is_terminal) as advance:
            outcome = run(cleaner, options, advance)
    except (RunConflict, WorkerDied, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN) from exc
    if outcome.interrupted:
        print_summary(console, options, outcome)
        typer.echo("interrupted: rerun the same command to resume", err=True)
        raise typer.Exit(EXIT_INTERRUPTED)
    write_reports(options, outcome)
    print_summary(console, options, outcome)
    raise typer.Exit(EXIT_SOME_FAILED if outcome.report.failed else 0)


@app.command()
def learn(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories: .txt, .html, .jsonl (also .gz, .zst).")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Directory for the rule files (one per site).")],
    rules: RulesOption = None,
    site_field: SiteFieldOption = None,
    whole_corpus: WholeCorpusOption = False,
    min_pages: Annotated[
        int, typer.Option("--min-pages", min=2, help="A line repeats on this many pages.")
    ] = MIN_PAGES,
    min_share: Annotated[
        Optional[float],
        typer.Option(
            "--min-share",
            min=0.0,
            max=1.0,
            help="... and on this share of its site's pages (default 0.3; 0 with --whole-corpus).",
        ),
    ] = None,
) -> None:
    """Learn the lines each site repeats on its pages (menus, prompts, footers) as rule files to review.

    Pages are grouped by site (the host of their url, else their source, or --site-field); a line on
    at least --min-pages pages and --min-share of its site's pages, that the rules do not remove
    already, becomes a line-drop rule marked `learned: true` with its support and examples from the
    corpus. With --whole-corpus the corpus is one site: its repeated lines become rules for every
    page. Put the files under RULES/learned/ to use them, or clean with --learn.
    """
    _require(paths)
    cleaner = _load(rules)
    settings = _learn_settings(min_pages, min_share, whole_corpus)
    written, sites, skipped = _learn(cleaner, paths, output, _grouping(site_field, whole_corpus), settings)
    for site, path in zip(sites, written, strict=True):
        typer.echo(f"{site.site}: {len(site.lines)} lines repeated on its {site.pages} pages -> {path}")
    for reason, count in sorted(skipped.items()):
        typer.echo(f"skipped {count} page(s): {reason}", err=True)
    if not sites:
        typer.echo("no site repeats a line the rules do not remove already: no rule file written", err=True)
    if skipped and not sites and skipped["names no site"]:
        typer.echo("pages name their site by a url, a source, or the field given with --site-field", err=True)
        raise typer.Exit(EXIT_CANNOT_RUN)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="One .txt page (or a .jsonl file: every record).")],
    rules: RulesOption = None,
    keep_related: Annotated[bool, typer.Option("--keep-related")] = False,
    segment: SegmentOption = "auto",
    segment_threshold: ThresholdOption = None,
    line_model: LineModelOption = False,
) -> None:
    """Show each removal with its rule id, the evidence for each article start, and the articles found."""
    cleaner = _segmenting(_load(rules, keep_related, _optional(rules, line_model)), segment, segment_threshold)
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
def rules_lint(
    directory: Annotated[Optional[Path], typer.Argument(help="Rule directory.")] = None,
    corpus: Annotated[
        Optional[Path], typer.Option("--corpus", help="Also report the rules that never fire on these pages.")
    ] = None,
    core: Annotated[
        bool, typer.Option("--core", help="List the patterns the compiled core does not run, and why.")
    ] = False,
) -> None:
    """Load and compile every rule file; print each problem as file:line: rule-id: message.

    Warnings (exit 0): patterns shaped for catastrophic backtracking, examples
    that contradict each other, and with --corpus the rules that never fired.
    It also counts the patterns the compiled core runs and those `regex` runs
    (--core lists the latter with the reason).
    """
    directory = directory or default_rules_dir()
    try:
        compiled = compile_rules(load_rules(directory, optional_rule_files(directory), every_file=True))
    except RuleErrors as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(1) from exc
    warnings = [*lint_warnings(compiled)]
    if corpus is not None:
        warnings += never_fired(Cleaner(compiled), corpus)
    for line in warnings:
        typer.echo(line)
    placement, in_core, in_regex, prefiltered = core_placement(compiled)
    for line in placement if core else ():
        typer.echo(line)
    typer.echo(
        f"patterns: {in_core} run in the compiled core ({engine_name()}), {in_regex} with regex"
        + (f" ({prefiltered} of them only where the core finds a looser match)" if prefiltered else "")
    )
    typer.echo(f"{len(compiled.rules)} rules OK in {directory}" + (f", {len(warnings)} warnings" if warnings else ""))


@rules_app.command("test")
def rules_test(directory: Annotated[Optional[Path], typer.Argument(help="Rule directory.")] = None) -> None:
    """Run every rule's examples."""
    directory = directory or default_rules_dir()
    try:
        compiled = compile_rules(load_rules(directory, optional_rule_files(directory), every_file=True))
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
