"""The on-disk pattern cache: later runs skip compiling, and nothing they clean changes.

A run takes each pattern's literals and width from the cache and compiles the
pattern on first use (`LazyPattern`). These tests check that a warm cache
gives the same compiled rules and the same articles as no cache, that
patterns it knows are not compiled until used, and that a bad, stale or
unwritable cache is only a cache.
"""

from __future__ import annotations

import json
import pickle
import textwrap
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest
import regex

from cleaner import Cleaner
from cleaner.core import CorePattern, PrefilteredPattern
from cleaner.errors import RuleErrors
from cleaner.ruleset import cache as cache_module
from cleaner.ruleset import programs
from cleaner.ruleset.cache import LazyPattern, PatternCache, default_path
from cleaner.ruleset.compiler import CompiledRule, compile_rules
from cleaner.ruleset.literals import analyse
from cleaner.ruleset.loader import load_rules

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CASES = Path(__file__).resolve().parent / "cases"
#: The analysis a rule carries; compared field by field between a cached and an uncached compile.
ANALYSED = ("needs", "prev_needs", "next_needs", "width", "prev_min", "next_min", "phrases")


def _pages() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    pages += [path.read_text(encoding="utf-8") for path in sorted(CASES.glob("*.txt"))]
    assert len(pages) >= 5, "the sample pages are there"
    return pages


def _analysis(rule: CompiledRule) -> tuple[object, ...]:
    return tuple(getattr(rule, name) for name in ANALYSED)


def _patterns(rule: CompiledRule) -> list[object]:
    names = [f.name for f in fields(CompiledRule) if f.name in ("pattern", "prev", "next", "until", "inline")]
    found = [getattr(rule, name) for name in names] + list(rule.protect)
    return [p for p in found if p is not None and hasattr(p, "fullmatch")]


def _regex_part(pattern: Any) -> Any:
    """The `regex` pattern of a rule pattern (the compiled core's CorePattern and PrefilteredPattern hold one)."""
    return pattern.python if isinstance(pattern, (CorePattern, PrefilteredPattern)) else pattern


def test_a_warm_cache_gives_the_same_rules_as_no_cache(tmp_path: Path) -> None:
    rules = load_rules()
    plain = compile_rules(rules)
    compile_rules(rules, PatternCache(tmp_path / "patterns.json"))  # fills the file
    warm_cache = PatternCache(tmp_path / "patterns.json")
    warm = compile_rules(rules, warm_cache)
    assert [r.id for r in warm.rules] == [r.id for r in plain.rules]
    for a, b in zip(plain.rules, warm.rules, strict=True):
        assert _analysis(a) == _analysis(b), a.id
        for compiled, lazy in zip(map(_regex_part, _patterns(a)), map(_regex_part, _patterns(b)), strict=True):
            assert isinstance(lazy, LazyPattern), f"{a.id}: a known pattern is not compiled at load"
            assert (lazy.pattern, lazy.flags & ~regex.VERSION0) == (compiled.pattern, compiled.flags & ~regex.VERSION0)


def test_the_cached_analysis_is_the_analysis_of_the_compiled_pattern(tmp_path: Path) -> None:
    """The cache analyses a pattern with the flags the rule asks for; the compiled pattern's own flags
    (which add regex's defaults and inline flags) give the same literals and width."""
    cache = PatternCache(tmp_path / "patterns.json")
    compiled = compile_rules(load_rules(), cache)
    checked = 0
    for rule in compiled.rules:
        for pattern in _patterns(rule):
            real = regex.compile(pattern.pattern, pattern.flags)
            assert cache.analysis(pattern.pattern, pattern.flags) == analyse(real.pattern, real.flags), rule.id
            checked += 1
    assert checked > 80


def test_cleaning_with_a_warm_cache_gives_the_same_articles(tmp_path: Path) -> None:
    pages = _pages()
    plain = Cleaner.from_rules(cache=PatternCache(None))
    expected = [[a.render() for a in plain.clean(page)] for page in pages]
    Cleaner.from_rules(cache=PatternCache(tmp_path / "patterns.json"))
    warm = Cleaner.from_rules(cache=PatternCache(tmp_path / "patterns.json"))
    assert [[a.render() for a in warm.clean(page)] for page in pages] == expected
    assert sum(len(articles) for articles in expected) >= len(pages)


def test_known_patterns_compile_on_first_use_only(tmp_path: Path) -> None:
    compile_rules(load_rules(), PatternCache(tmp_path / "patterns.json"))
    cleaner = Cleaner.from_rules(cache=PatternCache(tmp_path / "patterns.json"))
    by_id = {rule.id: rule for rule in cleaner.rules.rules}
    advert, cookie = by_id["ads.advertisement-line"].pattern, by_id["cookies.notice-line"].pattern
    in_core = isinstance(advert, CorePattern)
    advert, cookie = _regex_part(advert), _regex_part(cookie)
    assert "fullmatch" not in vars(advert) and "fullmatch" not in vars(cookie)
    assert [a.text for a in cleaner.clean("Prices rose.\nAdvertisement\nWages did not.")] == [
        "Prices rose.\nWages did not."
    ]
    if in_core:
        assert "fullmatch" not in vars(advert), "the compiled core answered: regex never compiled it"
    else:
        assert "fullmatch" in vars(advert), "the rule that ran was compiled"
    assert "fullmatch" not in vars(cookie), "a rule whose literals the page lacks was never compiled"


def test_equal_patterns_share_one_object(tmp_path: Path) -> None:
    directory = tmp_path / "rules"
    directory.mkdir()
    body = """\
        description: Two rules with one pattern.
        rules:
          - id: {stem}.twin
            kind: line-drop
            description: A line of dashes.
            match: '-{{3,}}'
            examples:
              - in: "A.\\n-----\\nB.\\n"
                out: "A.\\nB.\\n"
              - in: "A - B.\\n"
        """
    for stem in ("one", "two"):
        (directory / f"{stem}.yaml").write_text(textwrap.dedent(body.format(stem=stem)), encoding="utf-8")
    rules = compile_rules(load_rules(directory), PatternCache(None)).rules
    assert rules[0].pattern is rules[1].pattern


def test_a_bad_pattern_is_reported_with_a_warm_cache(tmp_path: Path) -> None:
    store = tmp_path / "patterns.json"
    compile_rules(load_rules(), PatternCache(store))
    directory = tmp_path / "rules"
    directory.mkdir()
    (directory / "bad.yaml").write_text(
        textwrap.dedent("""\
            description: A broken rule.
            rules:
              - id: bad.open
                kind: line-drop
                description: An unclosed group.
                match: '(Advertisement'
                examples:
                  - in: "Advertisement\\n"
                    out: ""
                  - in: "Prices rose.\\n"
            """),
        encoding="utf-8",
    )
    with pytest.raises(RuleErrors) as info:
        compile_rules(load_rules(directory), PatternCache(store))
    assert "bad.yaml" in str(info.value) and "bad.open" in str(info.value) and "does not compile" in str(info.value)
    assert "(Advertisement" not in store.read_text(encoding="utf-8"), "a bad pattern is never cached"


@pytest.mark.parametrize(
    "content",
    [
        "not json {",
        json.dumps({"version": "0/old", "entries": {"0\x00x+": [["x"], [1, 5]]}}),
        json.dumps({"version": cache_module._version(), "entries": {"0\x00x+": ["wrong", "shape", 3]}}),
        json.dumps([1, 2, 3]),
    ],
    ids=["not-json", "other-version", "bad-entry", "not-a-mapping"],
)
def test_a_bad_or_stale_file_is_an_empty_cache_and_is_rewritten(tmp_path: Path, content: str) -> None:
    store = tmp_path / "patterns.json"
    store.write_text(content, encoding="utf-8")
    cache = PatternCache(store)
    assert cache.pattern("x+", 0) is None
    compile_rules(load_rules(), cache)
    data = json.loads(store.read_text(encoding="utf-8"))
    assert data["version"] == cache_module._version()
    assert len(data["entries"]) > 80


def test_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    cache = PatternCache(blocker / "sub" / "patterns.json")  # its directory cannot be made
    rules = compile_rules(load_rules(), cache)
    assert len(rules.rules) > 50
    assert not (blocker / "sub").exists()


def test_the_cache_location_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path))
    assert default_path() == tmp_path / "patterns.json"
    monkeypatch.setenv("CLEANER_CACHE_DIR", "off")
    assert default_path() is None
    monkeypatch.delenv("CLEANER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_path() == tmp_path / "xdg" / "cleaner" / "patterns.json"


def test_a_lazy_pattern_acts_as_the_compiled_one_and_pickles() -> None:
    source, flags = r"(?P<word>ad\w*)", regex.IGNORECASE
    lazy, real = LazyPattern(source, flags), regex.compile(source, flags)
    text = "An ADVERT, ads and Adverts"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    revived = pickle.loads(pickle.dumps(lazy))
    assert revived.pattern == source and revived.flags == flags
    assert revived.sub("x", text) == real.sub("x", text)
    assert revived.fullmatch("ads").group("word") == "ads"
    assert pickle.loads(pickle.dumps(LazyPattern(source, flags))).search(text).span() == real.search(text).span()
    with pytest.raises(AttributeError):
        lazy.no_such_method  # noqa: B018


# --- compiled programs (cleaner.ruleset.programs) ---------------------------------------------


def _texts() -> list[str]:
    """Every rule example's input, and the lines and paragraphs of the sample pages."""
    texts = [example.text_in for rule in load_rules() for example in rule.examples]
    for page in _pages():
        texts.extend(line for line in page.split("\n") if line.strip())
    return sorted(set(texts))


def _behaviour(pattern: object, texts: list[str]) -> list[object]:
    out: list[object] = []
    for text in texts:
        out.append([(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text)])  # type: ignore[attr-defined]
        full = pattern.fullmatch(text.strip())  # type: ignore[attr-defined]
        out.append(full.span() if full else None)
    return out


def test_a_rebuilt_program_matches_as_the_compiled_pattern(tmp_path: Path) -> None:
    """Every shipped pattern, compiled by `regex` and rebuilt from its stored program, finds the same
    matches, groups and full matches on every example and sample line."""
    texts = _texts()
    sources = {
        (p.pattern, p.flags & ~regex.VERSION0 & ~regex.UNICODE)
        for rule in compile_rules(load_rules()).rules
        for p in _patterns(rule)
    }
    assert len(sources) > 80
    for source, flags in sorted(sources):
        recorded = programs.compile_pattern(source, flags, tmp_path)
        rebuilt = programs.compile_pattern(source, flags, tmp_path)
        assert rebuilt is not recorded and rebuilt.pattern == source
        assert rebuilt.groupindex == recorded.groupindex and rebuilt.groups == recorded.groups
        assert _behaviour(rebuilt, texts) == _behaviour(regex.compile(source, flags), texts), source
    assert len(list(tmp_path.iterdir())) == len(sources), "one program per pattern"


def test_a_damaged_or_foreign_program_is_compiled_again(tmp_path: Path) -> None:
    source = r"(?P<n>\d+) (?i:minutes?) ago"
    programs.compile_pattern(source, 0, tmp_path)
    (stored,) = tmp_path.iterdir()
    original = json.loads(stored.read_text(encoding="utf-8"))
    damaged = [
        "{",
        json.dumps({**original, "program": original["program"][:3]}),
        json.dumps({**original, "format": "regex 1999.1.1/py 3.0/1"}),
        json.dumps({**original, "source": "other"}),
        json.dumps({**original, "program": [source, 0, [1, 2, 3], {}, [], [], 0, None, 0, 0]}),
    ]
    for content in damaged:
        stored.write_text(content, encoding="utf-8")
        pattern = programs.compile_pattern(source, 0, tmp_path)
        assert pattern.search("It was 5 Minutes ago").group("n") == "5", content[:40]
        assert json.loads(stored.read_text(encoding="utf-8")) == original, "the program is stored again"


def test_programs_are_kept_beside_the_store_and_used_by_lazy_patterns(tmp_path: Path) -> None:
    store = tmp_path / "patterns.json"
    compile_rules(load_rules(), PatternCache(store))
    kept = sorted((tmp_path / "programs").iterdir())
    assert len(kept) > 80
    warm = Cleaner.from_rules(cache=PatternCache(store))
    advert = next(_regex_part(rule.pattern) for rule in warm.rules.rules if rule.id == "ads.advertisement-line")
    assert advert.programs == tmp_path / "programs"
    for path in kept:
        path.write_text("{", encoding="utf-8")  # every program damaged: patterns compile again, same output
    assert [a.text for a in warm.clean("Prices rose.\nAdvertisement\nWages did not.")] == [
        "Prices rose.\nWages did not."
    ]


def test_a_full_store_keeps_only_the_last_runs_patterns_and_programs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = tmp_path / "cache" / "patterns.json"
    compile_rules(load_rules(), PatternCache(store))
    assert len(list((tmp_path / "cache" / "programs").iterdir())) > 80
    directory = tmp_path / "rules"
    directory.mkdir()
    (directory / "one.yaml").write_text(
        textwrap.dedent("""\
            description: One rule.
            rules:
              - id: one.dashes
                kind: line-drop
                description: A line of dashes.
                match: '-{3,}'
                examples:
                  - in: "A.\\n-----\\nB.\\n"
                    out: "A.\\nB.\\n"
                  - in: "A - B.\\n"
            """),
        encoding="utf-8",
    )
    monkeypatch.setattr(cache_module, "MAX_ENTRIES", 10)
    compile_rules(load_rules(directory), PatternCache(store))
    kept = json.loads(store.read_text(encoding="utf-8"))["entries"]
    assert [key.split("\x00", 1)[1] for key in kept] == ["-{3,}"]
    assert [p.name for p in (tmp_path / "cache" / "programs").iterdir()] == [
        programs.program_path(tmp_path, "-{3,}", 0).name
    ]


def test_programs_recorded_from_several_threads_are_all_right(tmp_path: Path) -> None:
    """Recording swaps regex's C core for a recorder under a lock: threads compiling at once all get
    working patterns, and regex's own core is back afterwards."""
    from concurrent.futures import ThreadPoolExecutor

    import regex._main as regex_main

    core = regex_main._regex
    sources = [rf"(?P<n>\d{{{k}}}) ago|item {k}" for k in range(1, 40)]
    with ThreadPoolExecutor(8) as pool:
        patterns = list(pool.map(lambda s: programs.compile_pattern(s, 0, tmp_path), sources))
    assert regex_main._regex is core
    for k, pattern in enumerate(patterns, 1):
        assert pattern.fullmatch(f"item {k}") and pattern.search("x " + "7" * k + " ago").group("n") == "7" * k
    rebuilt = [programs.compile_pattern(s, 0, tmp_path) for s in sources]
    assert [p.pattern for p in rebuilt] == sources


def test_each_build_keeps_its_own_translation_store_and_the_newest_others(tmp_path: Path) -> None:
    """A checkout and a clone of it sharing one cache directory must not replace each other's store."""
    import os

    from cleaner.core import KEPT_STORES, TranslationStore

    (tmp_path / "core-translations.json").write_text("{}")  # the single file earlier releases kept
    others = [tmp_path / f"core-translations-{n:012d}.json" for n in range(KEPT_STORES + 2)]
    for age, other in enumerate(others):
        other.write_text("{}")
        os.utime(other, (1_000_000 - age, 1_000_000 - age))  # the first is the newest
    engine = tmp_path / "core-engine-translations-000000000000.json"
    engine.write_text("{}")
    store = TranslationStore(tmp_path / "core-translations.json")
    assert store.path is not None and store.path.parent == tmp_path and store.path not in others
    store._entries["line\x000\x00x"] = ["x", [], "", False, False]
    store._added = True
    store.save()
    again = TranslationStore(tmp_path / "core-translations.json")
    assert again.path == store.path and again._entries == store._entries
    left = sorted(path.name for path in tmp_path.iterdir())
    assert left == sorted([store.path.name, engine.name, *(other.name for other in others[:KEPT_STORES])])
