"""Golden pages in tests/cases/*.txt: a page and the reviewed articles it must clean into.

A case file holds the input page, then a line `=== output ===`, then the
expected output: for each article (cleaned with keep_related, so spillover
shows up with its role), a header line

    --- article <segment> [<role>] title=<title or None> meta=<meta as JSON, sorted keys>

followed by the article's text. A case file without the `=== output ===` line
is a page that must come back unchanged: one main article, no title, its text
the page itself (without the file's final newline).

The expected outputs are written by hand from what a correct clean must be.
After a deliberate change to the rules, regenerate them with

    CLEANER_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py

which rewrites the expected part of every case file (adding an output section
to a must-stay-unchanged case that changed), and then review the diff before
committing: an update is only as good as that review.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cleaner import Article, Cleaner

CASES = Path(__file__).resolve().parent / "cases"
MARKER = "=== output ==="
UPDATE = os.environ.get("CLEANER_UPDATE_GOLDEN") == "1"


def split_case(content: str) -> tuple[str, str | None]:
    """The input and the expected output (None: the input must come back unchanged)."""
    if f"\n{MARKER}\n" in content:
        page, expected = content.split(f"\n{MARKER}\n", 1)
        return page, expected.removesuffix("\n")
    return content, None


def render(articles: list[Article]) -> str:
    lines = []
    for article in articles:
        meta = json.dumps(dict(article.meta), sort_keys=True, ensure_ascii=False)
        lines.append(f"--- article {article.segment} [{article.role}] title={article.title} meta={meta}")
        lines.append(article.text)
    return "\n".join(lines)


def unchanged(page: str) -> str:
    return render([Article("case", 1, None, page.removesuffix("\n"), {"role": "main"})])


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.from_rules().with_config(keep_related=True)


CASE_FILES = sorted(CASES.glob("*.txt"))


def test_cases_exist() -> None:
    assert len(CASE_FILES) >= 8
    assert any(split_case(p.read_text(encoding="utf-8"))[1] is None for p in CASE_FILES)


@pytest.mark.parametrize("path", CASE_FILES, ids=[p.stem for p in CASE_FILES])
def test_golden(cleaner: Cleaner, path: Path) -> None:
    page, expected = split_case(path.read_text(encoding="utf-8"))
    got = render(cleaner.clean(page, source_id=path.stem))
    want = expected if expected is not None else unchanged(page)
    if got != want and UPDATE:
        path.write_text(f"{page}\n{MARKER}\n{got}\n", encoding="utf-8")
        return
    assert got == want


def test_split_case() -> None:
    assert split_case(f"a\nb\n{MARKER}\n--- article\nx\n") == ("a\nb", "--- article\nx")
    assert split_case("a\nb\n") == ("a\nb\n", None)


def test_render() -> None:
    article = Article("p", 2, "A headline", "Body.", {"source": "X", "role": "related"})
    assert render([article]) == (
        '--- article 2 [related] title=A headline meta={"role": "related", "source": "X"}\nBody.'
    )
