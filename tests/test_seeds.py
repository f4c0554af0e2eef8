"""The sample pages in seeds/ against seeds/expected.yaml, one test per page and mode.

The checks are those of the shared check_seeds tool, reimplemented here so the
project stands alone: text is compared with whitespace runs folded to one
space and curly quotes folded to straight ones. A default clean must yield
exactly the page's `articles` and no related ones; with keep_related the
`related` articles must follow as well, marked meta.role = "related".
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from cleaner import Article, Cleaner

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
EXPECTED: dict[str, dict[str, Any]] = yaml.safe_load((SEEDS / "expected.yaml").read_text(encoding="utf-8"))["pages"]
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(QUOTES)).strip()


def token_f1(got: str, want: str) -> float:
    g, w = Counter(fold(got).split()), Counter(fold(want).split())
    common = sum((g & w).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(w.values())
    return 2 * precision * recall / (precision + recall)


def test_fold() -> None:
    assert fold("  \u2018a\u2019\n\t \u201cb\u201d  ") == "'a' \"b\""
    assert fold(None) == ""


def test_token_f1() -> None:
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b", "c d") == 0.0
    assert token_f1("a b", "a b c d") == pytest.approx(2 / 3)


def article_problems(where: str, record: dict[str, Any], want: dict[str, Any], page_text: str) -> list[str]:
    problems = []
    text = fold(record.get("text"))
    if "title" in want:
        ok = fold(record.get("title")) == fold(want["title"]) if want["title"] else not record.get("title")
        if not ok:
            problems.append(f"{where}: title is {record.get('title')!r}, want {want['title']!r}")
    for key, value in (want.get("meta") or {}).items():
        got = (record.get("meta") or {}).get(key)
        if fold(str(got)) != fold(str(value)):
            problems.append(f"{where}: meta.{key} is {got!r}, want {value!r}")
    for snippet in want.get("contains", []):
        if fold(snippet) not in text:
            problems.append(f"{where}: lost {snippet!r}")
    for snippet in want.get("excludes", []):
        if fold(snippet) in text:
            problems.append(f"{where}: kept {snippet!r}")
    if "min_token_f1" in want:
        f1 = token_f1(record.get("text", ""), page_text)
        if f1 < want["min_token_f1"]:
            problems.append(f"{where}: token F1 against the page is {f1:.3f}, want >= {want['min_token_f1']}")
    return problems


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.from_rules()


def test_every_seed_page_is_expected() -> None:
    pages = {p.stem for p in SEEDS.glob("*.txt")}
    assert pages == set(EXPECTED)


@pytest.mark.parametrize("keep_related", [False, True], ids=["default", "keep-related"])
@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_seed_page(cleaner: Cleaner, page: str, keep_related: bool) -> None:
    spec = EXPECTED[page]
    page_text = (SEEDS / f"{page}.txt").read_text(encoding="utf-8")
    articles: list[Article] = cleaner.with_config(keep_related=keep_related).clean(page_text, source_id=page)
    records = [a.to_record() for a in articles]
    assert [r["segment"] for r in records] == sorted(r["segment"] for r in records)
    assert all(r["id"] == f"{page}#{r['segment']}" and r["source_id"] == page for r in records)
    main = [r for r in records if r["meta"].get("role", "main") != "related"]
    related = [r for r in records if r["meta"].get("role") == "related"]

    problems = []
    want_main = spec.get("articles", [])
    if len(main) != len(want_main):
        problems.append(f"{page}: {len(main)} articles, want {len(want_main)}: titles {[r['title'] for r in main]}")
    for index, (record, want) in enumerate(zip(main, want_main, strict=False), 1):
        problems += article_problems(f"{page} article {index}", record, want, page_text)
    want_related = spec.get("related", []) if keep_related else []
    if len(related) != len(want_related):
        problems.append(f"{page}: {len(related)} related articles, want {len(want_related)}")
    for index, (record, want) in enumerate(zip(related, want_related, strict=False), 1):
        problems += article_problems(f"{page} related {index}", record, want, page_text)
    assert not problems, "\n".join(problems)


def test_checks_can_fail() -> None:
    # The checker must notice a wrong title, lost and kept snippets, and a low F1.
    record = {"title": "A", "text": "kept noise", "meta": {"source": "X"}}
    want = {"title": "B", "meta": {"source": "Y"}, "contains": ["lost"], "excludes": ["noise"], "min_token_f1": 0.9}
    problems = article_problems("p", record, want, "something else entirely")
    assert len(problems) == 5
