"""Benchmark cleaner against baselines measured in the same run, on this machine.

    .venv/bin/python tools/bench.py             # make bench: the full run (50 MB corpus)
    BENCH_MB=3 .venv/bin/python tools/bench.py  # a smoke run, under a minute

Every figure is measured in this run and every ratio is against a baseline
measured in this run:

1. corpus: JSONL text pages ({"id", "text", "url"?}) from seeds/*.txt and the
   text and segment sets of ../shared/eval-dev (their `text` only, never
   `truth` or `articles`), shuffled once and repeated with unique ids up to
   BENCH_MB; cached in BENCH_DIR and rebuilt when missing or a source changed.
2. `cleaner clean CORPUS -o OUT --workers 1 --quiet` as a child process: MB
   of input text per wall second and per CPU second (one core); also on one
   unrepeated copy of the sources ("fresh text": cleaner remembers line
   verdicts, so the repeated corpus runs faster than unseen text) and on one
   page (the fixed cost of a run). Where the compiled core runs, the fresh text and the page
   again with the Python engine (CLEANER_CORE=off) and with the core but the modules mypyc
   compiles run from source (CLEANER_COMPILED=off): what each part gives.
2b. clean prose in-process: the articles cleaner makes of the fresh text that a second clean
   leaves untouched (no hit, one article, the same text), cleaned again in a child process
   with each engine (everything built, the core with the modules from source, the Python
   engine; the fastest of three rounds each): the rate at
   which text no rule touches passes through. With everything built, also with `--segment rules`
   and `off`: the segmenter's share of that time.
3. a naive reference in this process: ftfy.fix_text, then drop the lines
   that fullmatch one alternation of the rules' line-drop patterns; its MB/s
   and cleaner's rate as a multiple of it.
4. rule scaling: the default rules against a directory holding them and nine
   renamed copies of each file whose literal words are perturbed (ten times
   the rules), on a prefix of the corpus.
5. worker scaling: wall time with --workers 1 and --workers 2 on the whole
   corpus (each side's fastest of two alternating runs), and whether the two
   outputs are byte-identical.
6. HTML: CPU cost per page of cleaner and of trafilatura alone (precision,
   no dedup) on the ScrapingHub dev pages, in this process (tools/eval_html.py).
7. peak RSS of the --workers 1 runs over the whole and the half corpus, and over
   the half and the whole of a corpus whose prose lines are reworded in every copy
   (new to cleaner's line memos, whose memory is what could grow), with its MB/s.
8. Ray (when installed): `--engine ray` on a two-node cluster started here (`ray start`, one CPU
   per node, loopback), with one and with two workers: the throughput ratio (goal >= 1.6x),
   and whether the output is byte-identical to the local engine's.

Sizes and paths come from the environment (MB = 10^6 bytes of UTF-8 text):

    BENCH_MB=50            text corpus; the memory check also runs on half of it
    BENCH_NAIVE_MB=10      prefix the naive reference runs on (it is a rate, so a prefix is fair)
    BENCH_RULES_MB=10      prefix the rule-scaling pair runs on
    BENCH_ROUNDS=2         alternating rounds of the rule-scaling pair; each side's fastest counts
    BENCH_HTML_REPEATS=5   runs of each HTML page per system; each page's fastest counts
                           (below BENCH_MB=20, a smoke run: RULES_MB, ROUNDS and HTML_REPEATS default to 1)
    BENCH_DIR=.bench       corpora, generated rules and run outputs
    BENCH_DATA=../shared/eval-dev

Exit status: 0 when the benchmark ran (whatever the verdicts), 2 when it could not.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import os
import platform
import random
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

import eval_html  # tools/eval_html.py: python puts the script's own folder first on sys.path
import ftfy
import regex
import trafilatura
import yaml

from cleaner import Cleaner
from cleaner.errors import RuleErrors
from cleaner.ruleset.cache import PatternCache
from cleaner.ruleset.compiler import compile_rules
from cleaner.ruleset.loader import default_rules_dir, load_rules, rule_files
from cleaner.ruleset.schema import Rule
from cleaner.types import Kind

PROJECT = Path(__file__).resolve().parent.parent
CASE_MARKER = "\n=== output ===\n"  # tests/cases/*.txt: the input page comes before it
CORPUS_FORMAT = 1  # bump when the corpus layout changes, so cached corpora are rebuilt

# Targets the issue sets (throughput and the naive ratio per core, end to end); the
# growth bound is ours: the whole corpus may peak at most 10% above the half corpus
# (allocator noise), not in proportion to it.
MIN_MB_PER_CORE = 10.0
MIN_NAIVE_RATIO = 12.0
#: Issue 15: clean prose that no rule touches, in-process.
MIN_PROSE_MB = 30.0
MAX_RULE_SCALING = 1.3
MIN_SPEEDUP = 1.7
#: Issue 16: two CPUs of a Ray cluster against one.
MIN_RAY_SPEEDUP = 1.6
MAX_HTML_COST = 1.15
MAX_PEAK_MB = 200.0
MAX_PEAK_GROWTH = 0.10
SMOKE_BELOW_MB = 20  # a smaller corpus is a smoke run: fewer rounds and repeats, to stay under a minute


class BenchError(Exception):
    """The benchmark cannot go on (a child failed, generated rules do not load)."""


@dataclass(frozen=True, slots=True)
class Settings:
    corpus_mb: float
    naive_mb: float
    rules_mb: float
    rounds: int
    html_repeats: int
    cache: Path
    data: Path

    @classmethod
    def from_env(cls) -> Settings:
        env = os.environ.get
        corpus_mb = float(env("BENCH_MB", "50"))
        smoke = corpus_mb < SMOKE_BELOW_MB
        return cls(
            corpus_mb=corpus_mb,
            naive_mb=float(env("BENCH_NAIVE_MB", "10")),
            rules_mb=float(env("BENCH_RULES_MB", "1" if smoke else "10")),
            rounds=max(1, int(env("BENCH_ROUNDS", "1" if smoke else "2"))),
            html_repeats=max(1, int(env("BENCH_HTML_REPEATS", "1" if smoke else "5"))),
            cache=Path(env("BENCH_DIR", str(PROJECT / ".bench"))),
            data=Path(env("BENCH_DATA", str(PROJECT.parent / "shared" / "eval-dev"))),
        )


@dataclass(frozen=True, slots=True)
class Corpus:
    path: Path
    mb: float
    records: int

    def __str__(self) -> str:
        return f"{self.mb:.1f} MB ({self.records} pages)"


@dataclass(frozen=True, slots=True)
class Usage:
    """One measured run: wall and CPU seconds, and peak RSS in MB (None: not measured)."""

    wall: float
    cpu: float
    peak_mb: float | None = None

    def rates(self, mb: float) -> str:
        per_core = f"{mb / self.cpu:.2f} MB/s per core"
        return f"{mb / self.wall:.2f} MB/s wall, {per_core} ({self.wall:.1f} s wall, {self.cpu:.1f} s CPU)"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the summary: a figure, its target and what was measured."""

    figure: str
    target: str
    measured: str
    verdict: str  # PASS, FAIL, info, skipped


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


# 1. The corpus ----------------------------------------------------------------


def source_files(data: Path) -> tuple[list[Path], str]:
    """The files the corpus is built from, and a line saying which they are."""
    seeds = sorted((PROJECT / "seeds").glob("*.txt"))
    sets = sorted((data / "text").glob("*.jsonl")) + sorted((data / "segments").glob("dev.jsonl"))
    if sets:
        return seeds + sets, f"seeds/*.txt + {', '.join(str(p.relative_to(data)) for p in sets)} from {data}"
    cases = sorted((PROJECT / "tests" / "cases").glob("*.txt"))
    return seeds + cases, f"eval data MISSING (nothing at {data}/text): built from seeds/ and tests/cases/ only"


def read_sources(files: Sequence[Path]) -> list[dict[str, str]]:
    """One record per source page, keeping only id, text and url (never `truth` or `articles`)."""
    records = []
    for path in files:
        if path.suffix == ".txt":
            page = path.read_text(encoding="utf-8").split(CASE_MARKER)[0]
            records.append({"id": f"{path.parent.name}/{path.stem}", "text": page})
            continue
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                raw = json.loads(line)
                record = {"id": f"{path.stem}/{raw['id']}", "text": raw["text"]}
                if raw.get("url"):
                    record["url"] = raw["url"]
                records.append(record)
    # Shuffled once, so that any prefix of the corpus mixes every source.
    random.Random(0).shuffle(records)
    return records


def repeated(base: Sequence[dict[str, str]], target_bytes: float) -> Iterator[tuple[dict[str, str], int]]:
    """The base pages over and over, each copy with its own id, until `target_bytes` of text."""
    total = 0
    for copy in itertools.count():
        for record in base:
            if total >= target_bytes:
                return
            size = len(record["text"].encode("utf-8"))
            total += size
            yield {**record, "id": f"{record['id']}~{copy}"}, size


PROSE_LINE = 80  # characters: a longer line is prose, reworded in every copy but the first
LOWER_WORD = re.compile(r"[a-z]{4,}")


def reworded(base: Sequence[dict[str, str]], target_bytes: float) -> Iterator[tuple[dict[str, str], int]]:
    """Like `repeated`, but in every copy after the first each prose line has its words swapped.

    Each page maps its words of four or more lower-case letters to other words
    of the sources, so its prose lines are new while its short lines (menus,
    bylines, widgets: the boilerplate) repeat, as on the pages of a real site.
    Memos of line verdicts then keep meeting lines they have never seen: what
    a corpus of unseen articles does to memory.
    """
    vocabulary = sorted({w for r in base for w in LOWER_WORD.findall(r["text"])})
    for record, size in repeated(base, target_bytes):
        copy = int(record["id"].rsplit("~", 1)[1])
        if copy == 0:
            yield record, size
            continue
        rng = random.Random(record["id"])
        swap: dict[str, str] = {}

        def other(m: re.Match[str], swap: dict[str, str] = swap, rng: random.Random = rng) -> str:
            return swap.setdefault(m.group(), rng.choice(vocabulary))

        lines = [LOWER_WORD.sub(other, line) if len(line) > PROSE_LINE else line for line in record["text"].split("\n")]
        text = "\n".join(lines)
        yield {**record, "text": text}, len(text.encode("utf-8"))


def fingerprint(files: Sequence[Path]) -> str:
    """Changes when a source file does, so a cached corpus is rebuilt."""
    facts = [CORPUS_FORMAT] + [(str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files]
    return hashlib.sha256(json.dumps(facts).encode()).hexdigest()[:10]


def ensure_corpus(
    cache: Path, name: str, base: Sequence[dict[str, str]], size: float, new_prose: bool = False
) -> Corpus:
    """The first `size` bytes of text of the repeated (or `reworded`) base, from the cache or written now.

    The pages come in the same order whatever the size, so a smaller corpus
    is exactly a prefix of a bigger one.
    """
    path, info = cache / f"{name}.jsonl", cache / f"{name}.json"
    if path.is_file() and info.is_file():
        facts = json.loads(info.read_text(encoding="utf-8"))
        return Corpus(path, facts["bytes"] / 1e6, facts["records"])
    total = count = 0
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8") as sink:
        for record, nbytes in (reworded if new_prose else repeated)(base, size):
            sink.write(json.dumps(record, ensure_ascii=False) + "\n")
            total, count = total + nbytes, count + 1
    partial.replace(path)
    info.write_text(json.dumps({"bytes": total, "records": count}), encoding="utf-8")
    return Corpus(path, total / 1e6, count)


def build_corpora(settings: Settings) -> dict[str, Corpus]:
    """Every corpus the figures use: whole, half, the two prefixes, and one fresh copy of the sources."""
    files, origin = source_files(settings.data)
    key = fingerprint(files)
    settings.cache.mkdir(parents=True, exist_ok=True)
    for stale in settings.cache.glob("corpus-*"):
        if not stale.name.startswith(f"corpus-{key}-"):
            stale.unlink()
    base = read_sources(files)
    megabytes = [settings.corpus_mb, settings.corpus_mb / 2, settings.naive_mb, settings.rules_mb]
    whole, half, naive, rules = (min(mb, settings.corpus_mb) * 1e6 for mb in megabytes)
    sizes = {
        "whole": whole,
        "half": half,
        "naive": naive,
        "rules": rules,
        "fresh": sum(len(r["text"].encode("utf-8")) for r in base),  # one copy: no page seen twice
        "startup": 1,  # the first page alone: what a run costs before the corpus
    }
    corpora = {
        name: ensure_corpus(settings.cache, f"corpus-{key}-{size:.0f}", base, size) for name, size in sizes.items()
    }
    for name, mb in (("new-whole", settings.corpus_mb), ("new-half", settings.corpus_mb / 2)):
        size = mb * 1e6
        corpora[name] = ensure_corpus(settings.cache, f"corpus-{key}-new-{size:.0f}", base, size, new_prose=True)
    print("1. corpus")
    print(f"  sources: {origin}")
    print(f"  {len(base)} source pages, {corpora['fresh'].mb:.2f} MB of text, repeated with unique ids")
    print(f"  whole {corpora['whole']}, half {corpora['half']}: {corpora['whole'].path}")
    return corpora


# Running cleaner as a child ---------------------------------------------------


def measure_child(command: Sequence[str], log: Path, env: dict[str, str] | None = None) -> Usage:
    """Wall time, CPU time and peak RSS of one child process run to completion.

    os.wait4 reaps exactly this child and returns its own rusage (including
    the worker processes it reaped itself). For CPU time that is what a
    RUSAGE_CHILDREN delta around the run gives; for memory a RUSAGE_CHILDREN
    delta would be wrong, as its ru_maxrss is the largest of every child this
    process ever reaped (a half-corpus run after a whole-corpus run would
    report the earlier peak). ru_maxrss is the high-water mark of the
    largest single process (with workers: the biggest one, not their sum),
    in KiB on Linux.
    """
    with log.open("wb") as output:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=output, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace")[-2000:]
        raise BenchError(f"{' '.join(command)} exited with {child.returncode}:\n{tail}")
    return Usage(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024 / 1e6)


@dataclass(frozen=True, slots=True)
class Runner:
    """Runs `cleaner clean` on a corpus into a fresh output directory."""

    executable: Path
    runs: Path
    has_workers: bool
    #: The children's environment: their pattern cache (cleaner.ruleset.cache) is the bench's own.
    env: dict[str, str] | None = None

    def clean(
        self, label: str, corpus: Corpus, workers: int = 1, rules: Path | None = None, extra: Sequence[str] = ()
    ) -> tuple[Usage, Path]:
        # A fresh directory every time: cleaner resumes (or skips) a run whose journal it finds beside the output.
        folder = self.runs / label
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        output = folder / "out.jsonl"
        command = [str(self.executable), "clean", str(corpus.path), "-o", str(output)]
        if self.has_workers:
            command += ["--workers", str(workers)]
        command += ["--quiet"]
        if rules is not None:
            command += ["--rules", str(rules)]
        return measure_child([*command, *extra], folder / "log.txt", self.env), output


def make_runner(settings: Settings) -> Runner:
    executable = Path(sys.executable).parent / "cleaner"
    if not executable.exists():
        found = shutil.which("cleaner")
        if found is None:
            raise BenchError("no `cleaner` executable beside this python or on PATH (make venv)")
        executable = Path(found)
    usage = subprocess.run([str(executable), "clean", "--help"], capture_output=True, text=True, check=False)
    has_workers = "--workers" in usage.stdout
    if not has_workers:
        print("NOTE: this cleaner has no --workers option: runs go without it and worker scaling is skipped")
    patterns = settings.cache / "pattern-cache"
    shutil.rmtree(patterns, ignore_errors=True)  # the first run below starts from an empty cache, as on a new machine
    return Runner(executable, settings.cache / "runs", has_workers, {**os.environ, "CLEANER_CACHE_DIR": str(patterns)})


# 2, 5, 7. Throughput, workers, memory -----------------------------------------


def measure_throughput(runner: Runner, corpora: dict[str, Corpus]) -> tuple[dict[str, Usage], list[Row]]:
    """Runs on the whole corpus, on one copy of the sources, and on one page (the fixed cost of a run)."""
    first = runner.clean("startup-first-w1", corpora["startup"])[0]  # fills the pattern cache
    usage = {name: runner.clean(f"{name}-w1", corpora[name])[0] for name in ("whole", "fresh", "startup")}
    whole, fresh, startup = usage["whole"], usage["fresh"], usage["startup"]
    fresh_rate = corpora["fresh"].mb / max(1e-9, fresh.cpu - startup.cpu)
    print("2. cleaner clean --workers 1, end to end (startup, reading, cleaning, writing)")
    print(f"  whole corpus {corpora['whole']}: {whole.rates(corpora['whole'].mb)}")
    print(f"  fresh text   {corpora['fresh']}: {fresh.rates(corpora['fresh'].mb)}")
    print(f"  one page (startup): {startup.wall:.1f} s wall, {startup.cpu:.1f} s CPU")
    print(
        f"  one page, first run on this machine (empty pattern cache: every pattern compiled and analysed): "
        f"{first.wall:.1f} s wall, {first.cpu:.1f} s CPU"
    )
    print(f"  fresh text less the startup: {fresh_rate:.2f} MB/s per core")
    print("  (the whole corpus repeats its sources and cleaner remembers line verdicts, so it runs faster than text")
    print("   whose lines are all new: quote the fresh figure for unseen text)")
    measure_engines(runner, corpora, usage)
    whole_rate, fresh_total = corpora["whole"].mb / whole.cpu, corpora["fresh"].mb / fresh.cpu
    rows = [
        Row(
            f"cleaner MB/s per core, whole {corpora['whole'].mb:.0f} MB",
            f">= {MIN_MB_PER_CORE:.0f}",
            f"{whole_rate:.2f}",
            verdict(whole_rate >= MIN_MB_PER_CORE),
        ),
        Row(
            f"cleaner MB/s per core, fresh {corpora['fresh'].mb:.1f} MB",
            f">= {MIN_MB_PER_CORE:.0f}",
            f"{fresh_total:.2f}",
            verdict(fresh_total >= MIN_MB_PER_CORE),
        ),
    ]
    return usage, rows


def measure_engines(runner: Runner, corpora: dict[str, Corpus], core: dict[str, Usage]) -> None:
    """The same fresh-text and one-page runs with the Python engine (CLEANER_CORE=off), beside the
    engine the runs above used (the compiled core where it is built)."""
    engine = subprocess.run(
        [str(runner.executable), "--version"], capture_output=True, text=True, env=runner.env, check=False
    ).stdout.strip()
    print(f"  engine of the runs above: {engine or 'unknown (no --version)'}")
    if "engine: rust" not in engine:
        return
    python = replace(runner, env={**(runner.env or os.environ), "CLEANER_CORE": "off"})
    fresh, startup = (python.clean(f"{name}-w1-python", corpora[name])[0] for name in ("fresh", "startup"))
    mb = corpora["fresh"].mb
    net_core = mb / max(1e-9, core["fresh"].cpu - core["startup"].cpu)
    net_python = mb / max(1e-9, fresh.cpu - startup.cpu)
    print(f"  the Python engine (CLEANER_CORE=off), same corpus: fresh text {fresh.rates(mb)}")
    print(
        f"    one page (startup): {startup.cpu:.1f} s CPU; fresh text less the startup: {net_python:.2f} MB/s per core"
    )
    print(f"  compiled core / Python engine, fresh text less the startup: {net_core / net_python:.2f}x")
    # The share of the modules compiled with mypyc (cleaner.compiled): the core with them run from source.
    alone = replace(runner, env={**(runner.env or os.environ), "CLEANER_COMPILED": "off"})
    fresh, startup = (alone.clean(f"{name}-w1-sources", corpora[name])[0] for name in ("fresh", "startup"))
    net_alone = mb / max(1e-9, fresh.cpu - startup.cpu)
    print(
        f"  the core with the modules run from source (CLEANER_COMPILED=off): fresh text less the startup "
        f"{net_alone:.2f} MB/s per core; the compiled modules make it {net_core / net_alone:.2f}x"
    )


def measure_workers(runner: Runner, whole: Corpus, one: Usage) -> list[Row]:
    print(f"5. worker scaling on the whole corpus {whole}")
    if not runner.has_workers:
        print("  skipped: this cleaner has no --workers option")
        return [Row("speed-up --workers 2 vs 1", f">= {MIN_SPEEDUP}x", "no --workers", "skipped")]
    # Each side's fastest of two alternating runs (as for rule scaling): a run is 10-30 s of wall
    # time, long enough for another tenant of the machine to take a core from one of them.
    two, output = runner.clean("whole-w2", whole, workers=2)
    same = files_equal(runner.runs / "whole-w1" / "out.jsonl", output)
    again, _ = runner.clean("whole-w1-again", whole)
    two_again, _ = runner.clean("whole-w2-again", whole, workers=2)
    one, two = min(one, again, key=lambda u: u.wall), min(two, two_again, key=lambda u: u.wall)
    speedup = one.wall / two.wall
    print(f"  --workers 1: {one.rates(whole.mb)} (fastest of 2)")
    print(f"  --workers 2: {two.rates(whole.mb)} (fastest of 2)")
    print(f"  speed-up {speedup:.2f}x; outputs byte-identical: {'yes' if same else 'NO'}")
    print(f"  (load average now {os.getloadavg()[0]:.2f}: other processes on the machine take time from the workers)")
    return speedup_rows(f"speed-up --workers 2 vs 1, {whole.mb:.0f} MB", MIN_SPEEDUP, speedup, "--workers 1 == 2", same)


def speedup_rows(figure: str, minimum: float, speedup: float, outputs: str, same: bool) -> list[Row]:
    """The summary rows of a scaling measure: the speed-up against its goal, and whether the outputs agree."""
    return [
        Row(figure, f">= {minimum}x", f"{speedup:.2f}x", verdict(speedup >= minimum)),
        Row(f"outputs {outputs}", "identical", "identical" if same else "differ", verdict(same)),
    ]


# 8. Ray: two CPUs of a two-node cluster against one ----------------------------------------------


@contextmanager
def ray_cluster(env: dict[str, str] | None) -> Iterator[str]:
    """A two-node Ray cluster on this machine (loopback, one CPU per node), stopped on leaving."""
    ray = Path(sys.executable).parent / "ray"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        address = f"127.0.0.1:{probe.getsockname()[1]}"
    node = ["--node-ip-address=127.0.0.1", "--num-cpus=1", "--object-store-memory=100000000"]
    env = {**(env or os.environ), "RAY_USAGE_STATS_ENABLED": "0"}
    starts = [
        [str(ray), "start", "--head", f"--port={address.split(':')[1]}", "--include-dashboard=false", *node],
        [str(ray), "start", f"--address={address}", *node],
    ]
    try:
        for command in starts:
            started = subprocess.run(command, env=env, capture_output=True, text=True, timeout=180, check=False)
            if started.returncode != 0:
                raise BenchError(f"{' '.join(command)} failed:\n{started.stderr[-2000:]}")
        yield address
    finally:
        subprocess.run([str(ray), "stop", "--force"], env=env, capture_output=True, timeout=180, check=False)


def measure_ray(runner: Runner, corpora: dict[str, Corpus]) -> list[Row]:
    """`--engine ray` with one and with two workers (actors) on a two-node cluster: wall-time
    throughput, each side's fastest of two alternating runs, with and without the fixed cost of a
    run on the cluster (connecting, starting the actors: a one-page run with two workers)."""
    whole = corpora["whole"]
    print(f"8. --engine ray on a local two-node cluster (one CPU per node), whole corpus {whole}")
    try:
        import ray  # noqa: F401
    except ImportError:
        print("  skipped: Ray is not installed (pip install 'cleaner[ray]')")
        return [Row("ray: 2 CPUs vs 1, throughput", f">= {MIN_RAY_SPEEDUP}x", "no ray", "skipped")]
    with ray_cluster(runner.env) as address:
        engine = ["--engine", "ray", "--address", address]
        startup = runner.clean("ray-startup", corpora["startup"], workers=2, extra=engine)[0]
        runs: dict[int, list[Usage]] = {1: [], 2: []}
        for label, workers in (("a", 1), ("a", 2), ("b", 1), ("b", 2)):
            usage, output = runner.clean(f"ray-w{workers}{label}", whole, workers=workers, extra=engine)
            runs[workers].append(usage)
    one, two = (min(runs[n], key=lambda u: u.wall) for n in (1, 2))
    same = files_equal(runner.runs / "whole-w1" / "out.jsonl", output)
    ratio = one.wall / two.wall
    net = (one.wall - startup.wall) / max(1e-9, two.wall - startup.wall)
    print(f"  1 worker:  {whole.mb / one.wall:.2f} MB/s wall ({one.wall:.1f} s, fastest of 2)")
    print(f"  2 workers: {whole.mb / two.wall:.2f} MB/s wall ({two.wall:.1f} s, fastest of 2)")
    print(f"  fixed cost of a run on the cluster (one page, 2 workers): {startup.wall:.1f} s wall")
    print(f"  throughput 2 CPUs / 1 CPU: {ratio:.2f}x end to end, {net:.2f}x less the fixed cost")
    print(f"  output == --engine local --workers 1: {'yes' if same else 'NO'}")
    return speedup_rows(
        f"ray: 2 CPUs vs 1, throughput, {whole.mb:.0f} MB", MIN_RAY_SPEEDUP, ratio, "ray == local", same
    )


def files_equal(a: Path, b: Path) -> bool:
    def digest(path: Path) -> str:
        sha = hashlib.sha256()
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 20), b""):
                sha.update(block)
        return sha.hexdigest()

    return digest(a) == digest(b)


def measure_memory(runner: Runner, corpora: dict[str, Corpus], whole: Usage) -> list[Row]:
    """Peak RSS on the whole and half corpus, and on two sizes of the corpus whose prose is new in every copy.

    The repeated corpus holds only 2.7 MB of distinct text, so memos of line
    verdicts never fill on it; on new prose they do, and that is where memory
    could grow with the corpus.
    """
    half, _ = runner.clean("half-w1", corpora["half"])
    half_new, _ = runner.clean("new-half-w1", corpora["new-half"])
    whole_new, _ = runner.clean("new-whole-w1", corpora["new-whole"])
    assert whole.peak_mb and half.peak_mb and half_new.peak_mb and whole_new.peak_mb
    growth = whole.peak_mb / half.peak_mb - 1
    growth_new = whole_new.peak_mb / half_new.peak_mb - 1
    print("7. peak RSS of cleaner clean --workers 1 (ru_maxrss of the child, from wait4)")
    print(f"  half corpus  {corpora['half']}: {half.peak_mb:6.1f} MB")
    print(f"  whole corpus {corpora['whole']}: {whole.peak_mb:6.1f} MB ({growth:+.1%})")
    print("  prose new in every copy (boilerplate lines repeat, as across the pages of a site):")
    half_rates = half_new.rates(corpora["new-half"].mb)
    whole_rates = whole_new.rates(corpora["new-whole"].mb)
    print(f"  half  {corpora['new-half']}: {half_new.peak_mb:6.1f} MB, {half_rates}")
    print(f"  whole {corpora['new-whole']}: {whole_new.peak_mb:6.1f} MB ({growth_new:+.1%}), {whole_rates}")
    new_rate = corpora["new-whole"].mb / whole_new.cpu
    return [
        *peak_rows(f"whole {corpora['whole'].mb:.0f} MB", whole.peak_mb, "half -> whole", growth),
        *peak_rows(
            f"new prose {corpora['new-whole'].mb:.0f} MB", whole_new.peak_mb, "new prose half -> whole", growth_new
        ),
        Row(
            f"cleaner MB/s per core, new prose {corpora['new-whole'].mb:.0f} MB",
            f">= {MIN_MB_PER_CORE:.0f}",
            f"{new_rate:.2f}",
            verdict(new_rate >= MIN_MB_PER_CORE),
        ),
    ]


def peak_rows(corpus: str, peak_mb: float, sizes: str, growth: float) -> list[Row]:
    """The two memory verdicts: a peak under MAX_PEAK_MB, and growth between two sizes under MAX_PEAK_GROWTH."""
    return [
        Row(f"peak RSS, {corpus}", f"< {MAX_PEAK_MB:.0f} MB", f"{peak_mb:.1f} MB", verdict(peak_mb < MAX_PEAK_MB)),
        Row(
            f"peak RSS growth, {sizes}",
            f"<= {MAX_PEAK_GROWTH:+.0%}",
            f"{growth:+.1%}",
            verdict(growth <= MAX_PEAK_GROWTH),
        ),
    ]


# 2b. Clean prose in-process ---------------------------------------------------------------------

PROSE = """
import json, sys, time
from cleaner import Cleaner
from cleaner.compiled import compiled_status
from cleaner.config import CleanConfig
from cleaner.core import engine_name
cleaner = Cleaner.from_rules()
pages = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
texts = [s.text for p in pages for s in cleaner.clean_document(p["text"], p["id"]).segments
         if s.role == "main" and len(s.text) >= 200]
def untouched(text):
    document = cleaner.clean_document(text, "prose")
    return (len(document.segments) == 1 and document.segments[0].text == text
            and not document.all_hits())
prose = [t for t in texts if untouched(t)]
def fastest(cleaner):
    seconds = []
    for _ in range(3):
        started = time.process_time()
        for text in prose:
            cleaner.clean_document(text, "prose")
        seconds.append(time.process_time() - started)
    return min(seconds)
modes = {}
for mode in sys.argv[2:]:  # the same texts with the segmenter set otherwise (warmed up once first)
    other = Cleaner.from_rules(config=CleanConfig(segment=mode))
    for text in prose:
        other.clean_document(text, "prose")
    modes[mode] = fastest(other)
print(json.dumps({"engine": engine_name(), "modules": compiled_status(), "texts": len(prose), "of": len(texts),
                  "mb": sum(len(t.encode()) for t in prose) / 1e6, "cpu": fastest(cleaner), "modes": modes}))
"""


def measure_prose(runner: Runner, corpora: dict[str, Corpus]) -> list[Row]:
    """In-process MB/s on clean prose (see 2b in the module docstring), with each engine there is."""
    print("2b. clean prose that no rule touches, in-process (the fresh text's articles a second clean leaves alone)")
    rates: dict[str, float] = {}
    # The core with the compiled modules where they are built, the core with the modules from source,
    # then the Python engine.
    for name, engine, modules in (("built", "on", "on"), ("sources", "on", "off"), ("python", "off", "off")):
        env = {**(runner.env or os.environ), "CLEANER_CORE": engine, "CLEANER_COMPILED": modules}
        # Everything built: also with the segmenter set to "rules" and "off", to show its share.
        modes = ["rules", "off"] if name == "built" else []
        command = [sys.executable, "-c", PROSE, str(corpora["fresh"].path), *modes]
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"the clean-prose run failed:\n{done.stderr[-2000:]}")
        found = json.loads(done.stdout.strip().splitlines()[-1])
        rates[name] = found["mb"] / max(1e-9, found["cpu"])
        print(
            f"  {found['engine']} engine, modules {found['modules']}: {found['texts']} of {found['of']} articles "
            f"untouched, {found['mb']:.2f} MB: {rates[name]:.2f} MB/s (CPU, fastest of 3)"
        )
        if found["modes"]:
            print(segmenter_share(found["cpu"], found["modes"], found["mb"]))
    print(
        f"  on clean prose: everything built / Python engine {rates['built'] / rates['python']:.2f}x; "
        f"compiled modules / from source (both with the core where built) {rates['built'] / rates['sources']:.2f}x"
    )
    rate = rates["built"]
    return [Row("clean prose MB/s in-process", f">= {MIN_PROSE_MB:.0f}", f"{rate:.2f}", verdict(rate >= MIN_PROSE_MB))]


def segmenter_share(auto: float, modes: dict[str, float], mb: float) -> str:
    """How much of the clean-prose time the segmenter takes: the rates with `--segment rules`
    (segment-boundary rules only) and `off` beside the default's (`auto`), CPU seconds each.

    The last figure is the bound the segmenter sets: the default's rate if all else cost nothing.

    >>> print(segmenter_share(2.0, {"rules": 1.0, "off": 0.5}, 4.0))
        segment rules: 4.00 MB/s, segment off: 8.00 MB/s
        share of the default's time: layout-agnostic segmenter 50%, all segmentation 75%
        the default's rate if all but segmentation cost nothing: 2.67 MB/s
    """
    rules, off = modes["rules"], modes["off"]
    return (
        f"    segment rules: {mb / max(1e-9, rules):.2f} MB/s, segment off: {mb / max(1e-9, off):.2f} MB/s\n"
        f"    share of the default's time: layout-agnostic segmenter {1 - rules / auto:.0%}, "
        f"all segmentation {1 - off / auto:.0%}\n"
        f"    the default's rate if all but segmentation cost nothing: {mb / max(1e-9, auto - off):.2f} MB/s"
    )


# 3. The naive reference ---------------------------------------------------------

FLAG_LETTERS = {regex.IGNORECASE: "i", regex.MULTILINE: "m", regex.DOTALL: "s", regex.VERBOSE: "x"}


def naive_pattern() -> tuple[Any, int]:
    """ONE plain alternation of the default rules' line-drop patterns, each with its own flags scoped to it.

    `(?r)` (match right to left, cleaner's speed-up for from_end rules) is
    dropped: it does not change which lines match in full.
    """
    parts = []
    for rule in compile_rules(load_rules()).rules:
        if rule.kind is Kind.LINE_DROP and rule.pattern is not None:
            letters = "".join(letter for bit, letter in FLAG_LETTERS.items() if rule.pattern.flags & bit)
            source = rule.pattern.pattern.removeprefix("(?r)")
            # A verbose pattern may end in a comment, which would swallow the closing parenthesis.
            parts.append(f"(?{letters}:{source}{chr(10) if 'x' in letters else ''})")
    return regex.compile("|".join(parts)), len(parts)


def run_naive(corpus: Corpus, pattern: Any, output: Path) -> Usage:
    """ftfy.fix_text on each page, then drop the lines the alternation matches in full; JSONL out."""
    output.parent.mkdir(parents=True, exist_ok=True)
    wall, cpu = time.perf_counter(), time.process_time()
    with corpus.path.open(encoding="utf-8") as pages, output.open("w", encoding="utf-8") as sink:
        for page in pages:
            record = json.loads(page)
            text = ftfy.fix_text(record["text"])
            kept = [line for line in text.split("\n") if not pattern.fullmatch(line.strip())]
            sink.write(json.dumps({"id": record["id"], "text": "\n".join(kept)}, ensure_ascii=False) + "\n")
    return Usage(time.perf_counter() - wall, time.process_time() - cpu)


def measure_naive(runner: Runner, corpora: dict[str, Corpus], cleaner: dict[str, Usage]) -> list[Row]:
    """The naive pass's rate, and cleaner's rates (whole corpus, fresh text) as multiples of it."""
    pattern, count = naive_pattern()
    corpus = corpora["naive"]
    usage = run_naive(corpus, pattern, runner.runs / "naive" / "out.jsonl")
    naive_rate = corpus.mb / usage.cpu
    whole = corpora["whole"].mb / cleaner["whole"].cpu / naive_rate
    fresh = corpora["fresh"].mb / cleaner["fresh"].cpu / naive_rate
    print(f"3. naive reference in-process: ftfy.fix_text + one alternation of {count} line-drop patterns")
    if corpus.mb < corpora["whole"].mb:
        print(f"  measured on the first {corpus} of the whole corpus (a rate, so a prefix is fair)")
    print(f"  naive: {usage.rates(corpus.mb)}")
    print(f"  cleaner per core / naive per core: whole corpus {whole:.2f}x, fresh text {fresh:.2f}x")
    return [
        Row(
            f"cleaner / naive per core, whole (naive {corpus.mb:.0f} MB)",
            f">= {MIN_NAIVE_RATIO:.0f}x",
            f"{whole:.2f}x",
            verdict(whole >= MIN_NAIVE_RATIO),
        ),
        Row(
            "cleaner / naive per core, fresh text",
            f">= {MIN_NAIVE_RATIO:.0f}x",
            f"{fresh:.2f}x",
            verdict(fresh >= MIN_NAIVE_RATIO),
        ),
    ]


# 4. Rule scaling ------------------------------------------------------------------

VARIANTS = 9  # each rule file plus nine renamed, perturbed copies: ten times the rules
#: The keys whose literal words are perturbed, per kind. A pattern with no word to perturb
#: (most repairs, video-embed's timestamp) gets a word that never occurs put in front of it
#: instead, so that every copy is a distinct rule that does not fire; copied unchanged are
#: edge-trim (with its `prose` perturbed, no line would be prose and it would fire
#: everywhere) and html-drop (its selectors are not used on text). `prev`, `next`, `until`
#: and `replace` stay: a perturbed `match` already keeps the rule from firing.
PERTURBED = {
    "line-drop": ("match",),
    "span-drop": ("match",),
    "footer-cut": ("match",),
    "repair": ("match",),
    "title-line": ("match",),
    "block-until": ("start",),
    "segment-boundary": ("header",),
    "video-embed": ("timestamp",),
}
DEFAULTS = {f.name: f.default for f in fields(Rule)}  # video-embed's timestamp may be left to its default
MUST_CHANGE = {"out", "title", "segments"}  # example keys that make an example one that must change
# A regex as tokens: syntax that is not literal text (escapes with \p{..}, \N{..}, \xhh, \uhhhh;
# character classes; group openers such as (?:, (?P<name>, (?i), (?<=, (?!; back-references;
# {m,n}), words (runs of letters), and any other single character.
TOKEN = re.compile(
    r"""(?P<syntax>
        \\(?:[pPN]\{[^}]*\}|[pP]\w|x\{[^}]*\}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)
      | \[\^?\]?(?:\\.|\[:\w+:\]|[^\]])*\]
      | \(\?(?:P?<\w+>|P[=>]\w+\)|&\w+\)|\(\w+\)|<[=!]|[:=!>|]|\#[^)]*\)|[a-zA-Z-]*[:)])
      | \{\d*,?\d*\})
    | (?P<word>[^\W\d_]+)
    | (?P<other>.)""",
    re.VERBOSE | re.DOTALL,
)
WORD = re.compile(r"[^\W\d_]+")


def perturb_pattern(source: str, suffix: str) -> str:
    r"""Append `suffix` to every literal word (run of letters) of a regex, outside negative lookarounds.

    Inside `(?!...)` or `(?<!...)` a perturbed word would let the rule fire
    more, not less, so those words stay.

    >>> perturb_pattern(r"(?P<source>\w+) (?i:Advertisement|Ad|x)[a-z]\b(?!(?:and|or)/)", "zq1")
    '(?P<source>\\w+) (?i:Advertisementzq1|Adzq1|xzq1)[a-z]\\b(?!(?:and|or)/)'
    """
    out: list[str] = []
    negative: list[bool] = []  # one entry per open group: is it a negative lookaround?
    for token in TOKEN.finditer(source):
        text = token.group()
        if token.lastgroup == "word":
            out.append(text if any(negative) else text + suffix)
            continue
        opens_group = text.startswith("(?(") or (text.startswith("(") and not text.endswith(")"))
        if opens_group:
            negative.append(text in ("(?!", "(?<!"))
        elif text == ")" and negative:
            negative.pop()
        out.append(text)
    return "".join(out)


def variant_rule(rule: dict[str, Any], stem: str, new_stem: str, suffix: str) -> dict[str, Any]:
    """A renamed copy of one rule whose words are perturbed; only its must-leave-alone examples kept."""
    variant = {key: value for key, value in rule.items() if key not in ("examples", "todo")}
    variant["id"] = new_stem + str(rule["id"]).removeprefix(stem)
    for key in PERTURBED.get(rule["kind"], ()):
        source = rule.get(key, DEFAULTS[key])
        if isinstance(source, str):
            perturbed = perturb_pattern(source, suffix)
            # No word to perturb: a word that never occurs, in front (a newline ends a verbose comment).
            newline = "\n" if "verbose" in (rule.get("flags") or ()) else ""
            # A leading (?r) (match right to left) must stay in front.
            flag = "(?r)" if source.startswith("(?r)") else ""
            body = source.removeprefix(flag)
            variant[key] = perturbed if perturbed != source else f"{flag}{suffix}(?:{body}{newline})"
    if rule.get("phrases"):
        variant["phrases"] = [WORD.sub(lambda m: m.group() + suffix, phrase) for phrase in rule["phrases"]]
    variant["examples"] = [e for e in rule.get("examples") or () if not MUST_CHANGE & e.keys()]
    return variant


def write_variant_rules(source: Path, target: Path) -> tuple[int, int]:
    """The rules of `source` and nine perturbed copies of each file, in `target`; (rules, unchanged copies)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    unchanged = 0
    for path in rule_files(source):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for k in range(1, VARIANTS + 1):
            stem = f"{path.stem}_v{k}"
            rules = [variant_rule(rule, path.stem, stem, f"zq{k}") for rule in data["rules"]]
            unchanged += sum(same_patterns(a, b) for a, b in zip(data["rules"], rules, strict=True))
            text = yaml.safe_dump({**data, "rules": rules}, sort_keys=False, allow_unicode=True, width=4096)
            (target / path.relative_to(source)).with_name(f"{stem}.yaml").write_text(text, encoding="utf-8")
    try:
        count = len(compile_rules(load_rules(target)).rules)
    except RuleErrors as exc:
        raise BenchError(f"the generated rules in {target} do not load:\n{exc}") from exc
    return count, unchanged


def load_seconds(directory: Path, cache: PatternCache) -> float:
    """CPU seconds to load and compile a rule directory into a Cleaner (the fixed cost of every run)."""
    start = time.process_time()
    Cleaner.from_rules(directory, cache=cache)
    return time.process_time() - start


def same_patterns(rule: dict[str, Any], variant: dict[str, Any]) -> bool:
    keys = (rule.keys() | variant.keys()) - {"id", "examples", "todo"}
    return all(rule.get(k) == variant.get(k) for k in keys)


def measure_rule_scaling(runner: Runner, settings: Settings, corpus: Corpus) -> list[Row]:
    rules = settings.cache / "rules-x10"
    default_count = len(load_rules(default_rules_dir()))
    count, unchanged = write_variant_rules(default_rules_dir(), rules)
    # The first run with the new rules compiles and caches their patterns; it is shown, and the rounds follow.
    first, _ = runner.clean("rules-x10-first", corpus, rules=rules)
    best: dict[str, Usage] = {}
    for _ in range(settings.rounds):
        for name, directory in (("default", None), ("x10", rules)):
            usage, _ = runner.clean(f"rules-{name}", corpus, rules=directory)
            if name not in best or usage.cpu < best[name].cpu:
                best[name] = usage
    ratio = best["x10"].cpu / best["default"].cpu
    kept = settings.cache / "pattern-cache" / "patterns.json"
    loading = {
        (name, state): load_seconds(directory, PatternCache(kept if state == "cached" else None))
        for name, directory in (("default", default_rules_dir()), ("x10", rules))
        for state in ("cached", "compiled")
    }
    print(f"4. rule scaling on the first {corpus} of the corpus, fastest of {settings.rounds} alternating rounds")
    print(f"  {default_count} default rules -> {count} rules in {rules}")
    print(f"  ({unchanged} copies, of edge-trim and html-drop rules, repeat their original's patterns)")
    print(f"  default rules: {best['default'].rates(corpus.mb)}")
    print(f"  x10 rules:     {best['x10'].rates(corpus.mb)}")
    print(f"  CPU time ratio x10 / default: {ratio:.2f}x (wall {best['x10'].wall / best['default'].wall:.2f}x)")
    print(
        f"  the first x10 run, before the rounds (its new patterns compiled and cached): {first.cpu:.1f} s CPU, "
        f"{first.cpu / best['default'].cpu:.2f}x the default rules"
    )
    print(
        "  loading the rules, part of every run (CPU, in this process), from the pattern cache / compiling every "
        f"pattern: default {loading['default', 'cached']:.2f} / {loading['default', 'compiled']:.2f} s, "
        f"x10 {loading['x10', 'cached']:.2f} / {loading['x10', 'compiled']:.2f} s"
    )
    return [
        Row(
            f"rules x10 / default, CPU time, {corpus.mb:.0f} MB",
            f"<= {MAX_RULE_SCALING}x",
            f"{ratio:.2f}x",
            verdict(ratio <= MAX_RULE_SCALING),
        )
    ]


# 6. HTML -----------------------------------------------------------------------


def html_pages(data: Path) -> list[tuple[bytes, str]] | None:
    """The ScrapingHub dev pages with their URLs (only the `url` of ground-truth.json is read)."""
    folder = data / "scrapinghub"
    files = sorted((folder / "html").glob("*.html.gz"))
    if not files:
        return None
    truth_file = folder / "ground-truth.json"
    urls = (
        {k: v.get("url", "") for k, v in json.loads(truth_file.read_text(encoding="utf-8")).items()}
        if truth_file.exists()
        else {}
    )
    return [(gzip.decompress(path.read_bytes()), urls.get(path.name.removesuffix(".html.gz"), "")) for path in files]


def measure_html(settings: Settings) -> list[Row]:
    pages = html_pages(settings.data)
    print("6. HTML: CPU time per page in this process, each page's fastest of", settings.html_repeats, "runs")
    if pages is None:
        print(f"  skipped: eval data missing (no {settings.data}/scrapinghub/html/*.html.gz)")
        return [Row("HTML cost per page, cleaner / trafilatura", f"<= {MAX_HTML_COST}x", "no data", "skipped")]
    systems = {
        "trafilatura (precision)": eval_html.trafilatura_alone(favor_precision=True),
        "cleaner": eval_html.cleaner_html(Cleaner.from_rules()),
    }
    eval_html.REPEATS = settings.html_repeats
    ms = {name: per_page for name, (_, per_page) in eval_html.measure(systems, pages).items()}
    for name, per_page in ms.items():
        print(f"  {name:<24} {1000 / per_page:7.1f} pages/s ({per_page:.1f} ms/page, {len(pages)} pages)")
    ratio = ms["cleaner"] / ms["trafilatura (precision)"]
    print(f"  cost per page cleaner / trafilatura: {ratio:.2f}x")
    return [
        Row(
            f"HTML cost per page, cleaner / trafilatura ({len(pages)} pages)",
            f"<= {MAX_HTML_COST}x",
            f"{ratio:.2f}x",
            verdict(ratio <= MAX_HTML_COST),
        )
    ]


# Machine and summary ---------------------------------------------------------------


def machine_lines() -> list[str]:
    model = next((line.split(":", 1)[1].strip() for line in _cpuinfo() if line.startswith("model name")), "?")
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=PROJECT, capture_output=True, text=True, check=False
    )
    return [
        f"cores: {os.cpu_count()} ({len(os.sched_getaffinity(0))} usable), {model}",
        f"python {platform.python_version()} on {platform.platform()}",
        f"trafilatura {trafilatura.__version__}, ftfy {ftfy.__version__}, regex {regex.__version__}",
        f"cleaner checkout {commit.stdout.strip() or '?'}",
        "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()),
    ]


def _cpuinfo() -> list[str]:
    try:
        return Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
    except OSError:
        return []


def print_summary(rows: Sequence[Row], seconds: float) -> None:
    print(f"summary (all measured in this run, {seconds / 60:.1f} min)")
    width = max(len(row.figure) for row in rows)
    print(f"  {'figure':<{width}}  {'target':>10}  {'measured':>12}  verdict")
    for row in rows:
        print(f"  {row.figure:<{width}}  {row.target:>10}  {row.measured:>12}  {row.verdict}")
    for line in machine_lines():
        print(f"  {line}")


def bench(settings: Settings) -> None:
    started = time.perf_counter()
    print("machine: " + "; ".join(machine_lines()))
    runner = make_runner(settings)
    corpora = build_corpora(settings)
    cleaner, rows = measure_throughput(runner, corpora)
    whole = cleaner["whole"]
    rows += measure_prose(runner, corpora)
    rows += measure_naive(runner, corpora, cleaner)
    rows += measure_rule_scaling(runner, settings, corpora["rules"])
    rows += measure_workers(runner, corpora["whole"], whole)
    rows += measure_html(settings)
    rows += measure_memory(runner, corpora, whole)
    rows += measure_ray(runner, corpora)
    print_summary(rows, time.perf_counter() - started)


def main() -> int:
    if len(sys.argv) > 1:
        print(__doc__)
        return 0 if sys.argv[1] in ("-h", "--help") else 2
    try:
        bench(Settings.from_env())
    except (BenchError, RuleErrors) as exc:
        print(f"bench could not run: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
