"""The dev dump with the compiled core and without: every page of ../shared/eval-dev cleaned by
both engines (CLEANER_CORE=on and off, each in a process of its own), compared byte for byte.
With the core on, the modules compiled with mypyc run too where they are built
(cleaner.compiled); off, everything runs from source.

    .venv/bin/python tools/core_diff.py          # make eval runs it

Every text page (text/*-dev.jsonl, segments/dev.jsonl: the `text` only), every page of the
generated layout sets `make eval` scores (tools/eval_segments.py's GENERATED) and every HTML
page (tools/html_sets.py) is cleaned; each engine writes one line per page (its articles as records,
and its hits as rule id, kind and offsets), and the two dumps must be equal. Prints the pages
and bytes compared, each engine's time, and the first pages that differ. Exit status: 0 equal,
1 different, 2 when the data or the core is missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import html_sets  # noqa: E402

EVAL_DEV = html_sets.EVAL_DEV

DUMP = """
import json, sys
sys.path.insert(0, {tools!r})
import html_sets
from cleaner import Cleaner
from cleaner.compiled import compiled_status
from cleaner.core import engine_name
cleaner = Cleaner.from_rules().with_config(keep_related=True)
out = open(sys.argv[2], "w", encoding="utf-8")
out.write(engine_name() + "\\n")
modules = compiled_status()
def dump(document):
    articles = [a.to_record() for a in cleaner.articles(document)]
    hits = [[h.rule_id, h.kind.value, h.start, h.end] for h in document.all_hits()]
    out.write(json.dumps([articles, hits], ensure_ascii=False, sort_keys=True) + "\\n")
for line in open(sys.argv[1], encoding="utf-8"):
    page = json.loads(line)
    dump(cleaner.clean_document(page["text"], page["id"], {{"url": page.get("url") or ""}}))
for page_set in html_sets.load_sets():
    for page in page_set.pages:
        dump(cleaner.clean_html(page.html, page.id, {{"url": page.url}}))
print(modules)
"""


def text_pages() -> list[dict[str, str]]:
    """The text pages of eval-dev and of the generated layout sets: id, text and URL (never the truth)."""
    import eval_segments
    import layouts

    pages = []
    for path in sorted([*(EVAL_DEV / "text").glob("*-dev.jsonl"), EVAL_DEV / "segments" / "dev.jsonl"]):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            page_id = str(record.get("id") or f"{path.stem}:{number}")
            pages.append({"id": page_id, "text": record["text"], "url": record.get("url") or ""})
    articles = layouts.articles_from_segments(eval_segments.SEGMENTS)
    for label, module, names, seed in eval_segments.GENERATED:
        for number, page in enumerate(module.generate(articles, names, 20, seed=seed)):
            record = layouts.to_record(page)
            pages.append({"id": f"{label.split()[0]}:{number}", "text": record["text"], "url": ""})
    return pages


def run(engine: str, pages: Path, out: Path) -> tuple[float, str]:
    """Dump every page with `engine` ("on" or "off"); the wall seconds it took, and how the modules
    cleaner.compiled may compile ran."""
    started = time.perf_counter()
    code = DUMP.format(tools=str(PROJECT / "tools"))
    env = {**os.environ, "CLEANER_CORE": engine}
    result = subprocess.run([sys.executable, "-c", code, str(pages), str(out)], env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"the {engine} run failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - started, (result.stdout.strip().splitlines() or ["?"])[-1]


def main() -> int:
    if not EVAL_DEV.is_dir():
        print(f"{EVAL_DEV} is missing: no dev pages to compare the engines on", file=sys.stderr)
        return 2
    from cleaner.core import load_core

    if load_core("on") is None:
        print("the compiled core is not built here (pip install ./core): nothing to compare", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="cleaner-core-diff-") as folder:
        pages = Path(folder) / "pages.jsonl"
        texts = text_pages()
        pages.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in texts), encoding="utf-8")
        dumps = {engine: Path(folder) / f"{engine}.jsonl" for engine in ("on", "off")}
        runs = {engine: run(engine, pages, dumps[engine]) for engine in dumps}
        rust, python = (dumps[e].read_text(encoding="utf-8").splitlines() for e in ("on", "off"))
    if rust[0] != "rust" or python[0] != "python":
        print(f"the runs used the {rust[0]} and {python[0]} engines, not rust and python", file=sys.stderr)
        return 2
    html = sum(len(page_set.pages) for page_set in html_sets.load_sets())
    differing = [n for n, (a, b) in enumerate(zip(rust[1:], python[1:], strict=True)) if a != b]
    digest = hashlib.sha256("\n".join(python[1:]).encode()).hexdigest()[:16]
    print("dev dump, compiled core (and modules) against the Python engine (articles and hits of every page):")
    print(f"  {len(texts)} text pages and {html} HTML pages; dump {sum(map(len, python))} bytes, sha256 {digest}")
    print(f"  wall: rust {runs['on'][0]:.1f} s, python {runs['off'][0]:.1f} s (startup, HTML and all included)")
    print(f"  modules: {runs['on'][1]} with the core, {runs['off'][1]} without")
    print(f"  pages that differ: {len(differing)}")
    for number in differing[:5]:
        print(f"    page {number}: {(texts[number]['id'] if number < len(texts) else 'html')}")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
