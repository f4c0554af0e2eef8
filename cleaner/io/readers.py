"""Read input pages: `.txt` and `.html` files, JSONL records with `id` and `text` or `html`.

Any of them may be compressed (`.gz` or `.zst`; a multi-frame `.zst` is read across frames).

Reading is lazy (one page at a time) and never raises for a bad page: a page
that cannot be read is yielded as a `Failure` naming the file and line, so
one broken record never stops the others.
"""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import charset_normalizer
import zstandard

from cleaner.errors import InputError

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
COMPRESSED_SUFFIXES = (".gz", ".zst")


@dataclass(frozen=True, slots=True)
class Page:
    """One input page: its id, its text, and every other field of its record."""

    source_id: str
    text: str
    origin: str
    meta: dict[str, Any] = field(default_factory=dict)
    html: bytes | str | None = None


@dataclass(frozen=True, slots=True)
class Failure:
    """A page that could not be read, with the reason."""

    origin: str
    error: InputError


def _base_suffix(path: Path) -> str:
    """The format suffix, looking through a compression suffix: a.jsonl.gz -> .jsonl."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in COMPRESSED_SUFFIXES:
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (*COMPRESSED_SUFFIXES, *TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def is_input(path: Path) -> bool:
    """True for files cleaner reads: .txt, .html, .htm and .jsonl, optionally .gz or .zst."""
    return _base_suffix(path) in (*TEXT_SUFFIXES, *HTML_SUFFIXES, *JSONL_SUFFIXES)


def find_inputs(paths: Iterable[Path]) -> Iterator[Path]:
    """Input files under `paths`, directories walked in sorted order (deterministic)."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and is_input(p))
        else:
            yield path


def open_binary(path: Path) -> IO[bytes]:
    """The file's bytes, decompressed as its name says (.gz, .zst), streamed."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    if name.endswith(".zst"):
        reader = zstandard.ZstdDecompressor().stream_reader(path.open("rb"), read_across_frames=True, closefd=True)
        return io.BufferedReader(reader)
    return path.open("rb")


def _open_text(path: Path) -> IO[str]:
    return io.TextIOWrapper(open_binary(path), encoding="utf-8", errors="strict", newline="")


def read_pages(paths: Iterable[Path]) -> Iterator[Page | Failure]:
    """Every page under `paths`, in order, with failures in their place."""
    for path in find_inputs(paths):
        if not path.exists():
            yield Failure(str(path), InputError(path, None, "no such file"))
        elif _base_suffix(path) in JSONL_SUFFIXES:
            yield from read_jsonl(path)
        elif _base_suffix(path) in HTML_SUFFIXES:
            yield read_html_file(path)
        else:
            yield read_text_file(path)


def read_text_file(path: Path) -> Page | Failure:
    """A `.txt` page: the whole file, its stem as the id; decoded as UTF-8, else as detected.

    A file that is not text (not UTF-8, with control bytes throughout its
    first 8 KB) or whose encoding cannot be told is a Failure naming it;
    stray NULs in UTF-8 text are left to ftfy.
    """
    try:
        with open_binary(path) as handle:
            data = handle.read()
    except (OSError, EOFError, zstandard.ZstdError) as exc:
        return Failure(str(path), InputError(path, None, f"cannot read: {exc}"))
    text, problem = decode_text(data)
    if text is None:
        return Failure(str(path), InputError(path, None, problem))
    return Page(_stem(path), text, str(path), {"encoding": problem} if problem else {})


def decode_text(data: bytes) -> tuple[str | None, str]:
    """(text, "") for UTF-8; (text, encoding) when another encoding was detected; (None, why) for non-text.

    >>> decode_text("Le café est très apprécié à Paris, où les prix ont augmenté.".encode("cp1252"))[1]
    'cp1252'
    >>> decode_text(b"\\x00\\x01\\x02\\xffbinary")
    (None, 'binary file, not text (not UTF-8, and control bytes throughout)')
    """
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            return None, "starts like UTF-16 but does not decode as it"
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    head = data[:8192]
    controls = sum(1 for byte in head if byte < 32 and byte not in (9, 10, 12, 13))
    if controls > len(head) // 20:
        return None, "binary file, not text (not UTF-8, and control bytes throughout)"
    # Without NUL bytes the text is not UTF-16/32, whatever a guess on a short sample says.
    wide = [] if b"\x00" in data else ["utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_32_be", "utf_32_le"]
    best = charset_normalizer.from_bytes(data, cp_exclusion=wide).best()
    if best is None or not best.encoding:
        return None, "not UTF-8, and no other encoding fits"
    return str(best), best.encoding


def read_html_file(path: Path) -> Page | Failure:
    """An `.html` page as bytes (its encoding is worked out by the HTML front end)."""
    try:
        with open_binary(path) as handle:
            data = handle.read()
    except (OSError, EOFError, zstandard.ZstdError) as exc:
        return Failure(str(path), InputError(path, None, f"cannot read: {exc}"))
    return Page(_stem(path), "", str(path), html=data)


def read_jsonl(path: Path) -> Iterator[Page | Failure]:
    """One page per JSON line: `id` and `text` required, other fields kept in `meta`.

    Lines are decoded one by one, so a line that is not UTF-8 fails alone;
    a file that cannot be read further (a truncated gzip) ends with a Failure
    after the records before the damage.
    """
    try:
        with open_binary(path) as handle:
            for number, raw in enumerate(handle, 1):
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    yield Failure(f"{path}:{number}", InputError(path, number, f"not UTF-8: {exc.reason}"))
                    continue
                if line.strip():
                    yield _record(path, number, line)
    except (OSError, EOFError, zstandard.ZstdError) as exc:
        yield Failure(str(path), InputError(path, None, f"cannot read: {exc}"))


def _record(path: Path, number: int, line: str) -> Page | Failure:
    origin = f"{path}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(origin, InputError(path, number, f"not valid JSON: {exc.msg}"))
    if not isinstance(record, dict):
        return Failure(origin, InputError(path, number, "record is not a JSON object"))
    text, markup = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(markup, str):
        return Failure(origin, InputError(path, number, "record has no string 'text' or 'html'"))
    source_id = record.get("id")
    if source_id is None or str(source_id) == "":
        source_id = f"{_stem(path)}:{number}"
    meta = {k: v for k, v in record.items() if k not in ("id", "text", "html")}
    if isinstance(text, str):
        return Page(str(source_id), text, origin, meta)
    return Page(str(source_id), "", origin, meta, html=markup)
