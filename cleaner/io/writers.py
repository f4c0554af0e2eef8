"""Write articles: one JSONL file, or a directory of `.txt` files plus `manifest.jsonl`.

Every file is written under a temporary name in the same directory and
renamed into place when complete, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from cleaner.types import Article

UNSAFE = re.compile(r"[^\w.-]+")


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """Open a temporary file beside `path`; rename it to `path` only if the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record_line(article: Article, with_text: bool = True) -> str:
    """One JSON line for an article (keys in a fixed order, non-ASCII kept)."""
    return json.dumps(article.to_record(with_text), ensure_ascii=False) + "\n"


def safe_name(source_id: str) -> str:
    """A file name from an id that cannot leave the output directory.

    >>> safe_name("001_abc"), safe_name("../etc/passwd")
    ('001_abc', 'etc_passwd-e96c47eabf')
    """
    name = UNSAFE.sub("_", source_id).strip("._")[:150] or "page"
    if name != source_id:
        # Two ids that sanitise alike ("a/b", "a?b") must not share a file.
        name += "-" + hashlib.sha1(source_id.encode("utf-8")).hexdigest()[:10]
    return name


def write_jsonl(articles: Iterable[Article], path: Path) -> int:
    """Write all articles to one JSONL file; return how many."""
    count = 0
    with atomic_writer(path) as handle:
        for article in articles:
            handle.write(record_line(article))
            count += 1
    return count


def write_directory(articles: Iterable[Article], directory: Path) -> int:
    """Write one `.txt` per article (headline, blank line, body) and a manifest."""
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    with atomic_writer(directory / "manifest.jsonl") as manifest:
        for article in articles:
            name = f"{safe_name(article.source_id)}.{article.segment}.txt"
            with atomic_writer(directory / name) as handle:
                handle.write(article.render() + "\n")
            record = article.to_record(with_text=False)
            record["file"] = name
            manifest.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
