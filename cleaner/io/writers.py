"""Whole files written safely: under a temporary name, renamed into place when complete.

A reader never sees half a file. (Streamed, resumable outputs are
`cleaner.io.streams`; what goes into them is `cleaner.runner`.) `safe_name`
turns a page id into a file name that cannot leave the output directory.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

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
