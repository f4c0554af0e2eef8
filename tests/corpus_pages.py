"""A corpus of a few thousand pages for the engine tests (tests/test_ray.py, tests/test_datatrove.py):
the bundled pages (seeds/, tests/cases/, tests/html/) repeated with unique ids and urls, some as
HTML records, with a record that is not JSON and a record with no text among them."""

from __future__ import annotations

import json
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def source_pages() -> list[dict[str, str]]:
    """The bundled pages: text pages as `text`, HTML pages as `html`."""
    texts = sorted(PROJECT.glob("seeds/*.txt")) + sorted(PROJECT.glob("tests/cases/*.txt"))
    pages = [{"text": path.read_text(encoding="utf-8")} for path in texts]
    for path in sorted(PROJECT.glob("tests/html/*.html")):
        try:
            pages.append({"html": path.read_bytes().decode("utf-8")})
        except UnicodeDecodeError:
            continue  # a JSON record holds text: the pages in other encodings are left out
    return pages


def records(count: int) -> list[dict[str, str]]:
    """`count` page records, the bundled pages in turn; record 7 has no text."""
    sources = source_pages()
    out = []
    for number in range(count):
        record = {"id": f"page-{number:05d}", "url": f"https://site{number % 7}.example/{number}"}
        out.append({**record, **({"text": None} if number == 7 else sources[number % len(sources)])})
    return out


def write_corpus(path: Path, count: int) -> Path:
    """The records as JSONL, with a line that is not JSON after the fifth."""
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in records(count)]
    lines.insert(5, "{not json\n")
    path.write_text("".join(lines), encoding="utf-8")
    return path
