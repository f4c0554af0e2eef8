"""The cue rules `classify` asks of a line are those that may match it (`CueCandidates`): no rule
that `regex` finds matching all of a line is ever left out, and classifying with the candidates
gives the lines classifying with every rule gives, rule for rule. The compiled core's
`FullmatchSet` only ever says no where a pattern cannot match: its members are translations, or
looser ones, with counted repeats loosened further."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner import Cleaner
from cleaner.autosegment import classify
from cleaner.config import AutoSettings
from cleaner.core import CORE, FullmatchFilter
from cleaner.ruleset.compiler import ActiveRules, CompiledRule

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import layouts  # noqa: E402

CLEANER = Cleaner.from_rules()
ACTIVE = CLEANER.rules.active_for("", None)
ARTICLES = layouts.load_articles(PROJECT / "tests" / "data" / "articles.jsonl")
BUNDLED = sorted(
    [*PROJECT.glob("seeds/*.txt"), *PROJECT.glob("tests/cases/*.txt"), *PROJECT.glob("tests/data/single/*.txt")]
)
#: A word character the engines' Unicode tables disagree on, the Kelvin sign, a dotted capital I,
#: a long s: characters a guard must catch. (A lone surrogate never reaches a page's lines:
#: encoding repair replaces it. The filter's own test gives it one.)
ODD = "\u0558\u212a\u0130\u017f"

needs_core = pytest.mark.skipif(CORE is None, reason="the compiled core is not built here (or CLEANER_CORE=off)")


def _bundled_lines() -> list[str]:
    lines = {line.strip() for path in BUNDLED for line in path.read_text(encoding="utf-8").split("\n")}
    examples = {line.strip() for text in _examples() for line in text.split("\n")}
    return sorted(line for line in lines | examples if line)


def _examples(rule: CompiledRule | None = None) -> list[str]:
    """The example texts of the cue rules (of `rule` alone, if given), those it must recognise and
    those it must not."""
    rules = ACTIVE.cues if rule is None else (rule,)
    return [example.text_in for r in rules for example in (*r.rule.examples, *r.rule.todo)]


def _left_out(line: str) -> list[str]:
    """The cue rules matching all of `line` that the candidates leave out."""
    candidates = ACTIVE.cue_candidates
    assert candidates is not None
    present = ACTIVE.scan(line).line(0)
    positions = candidates.of(line, present)
    if positions is None:
        return []
    chosen = {id(candidates.rules[p]) for p in positions}
    return [rule.id for rule in ACTIVE.cues if id(rule) not in chosen and rule.pattern.fullmatch(line)]


def test_no_rule_that_matches_a_bundled_line_or_example_is_left_out() -> None:
    lines = _bundled_lines()
    assert len(lines) > 500
    matched = 0
    for line in lines:
        assert _left_out(line) == [], line
        matched += any(rule.pattern.fullmatch(line) for rule in ACTIVE.cues)
    assert matched > 100  # (the lines hold many cue lines: the test asks about matches, not only misses)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_no_rule_that_matches_a_generated_line_is_left_out(data: st.DataObject) -> None:
    rule = data.draw(st.sampled_from([r for r in ACTIVE.cues if r.rule.examples]))
    example = data.draw(st.sampled_from(_examples(rule))).split("\n")[0].strip()
    # An example of the rule, changed here and there: most stay matches, some come close.
    edits = data.draw(
        st.lists(st.tuples(st.integers(0, 200), st.text(example + ODD + " .:|-0", max_size=3)), max_size=3)
    )
    line = example
    for at, insert in edits:
        at = min(at, len(line))
        line = line[:at] + insert + line[at:]
    line = line.strip().replace("\n", " ")
    if line:
        assert _left_out(line) == [], line


def _classified(text: str, active: ActiveRules, with_candidates: bool) -> list[tuple[object, ...]]:
    lines = classify(
        text,
        active.cues,
        frozenset(),
        active.scan(text),
        AutoSettings(),
        None,
        active.cue_candidates if with_candidates else None,
    )
    return [
        (line.start, line.text, getattr(line.cue, "id", None), line.groups, getattr(line.headline, "id", None))
        for line in lines
    ]


def test_classify_with_the_candidates_as_with_every_rule_on_bundled_pages() -> None:
    pages = [path.read_text(encoding="utf-8").split("\n=== output ===\n")[0] for path in BUNDLED]
    cued = 0
    for text in pages:
        active = CLEANER.rules.active_for(text, None)
        fast = _classified(text, active, True)
        assert fast == _classified(text, active, False)
        cued += sum(1 for line in fast if line[2] or line[4])
    assert cued > 200


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10_000), st.sampled_from(sorted(layouts.LAYOUTS)))
def test_classify_with_the_candidates_as_with_every_rule_on_generated_pages(seed: int, layout: str) -> None:
    text = layouts.generate(ARTICLES, [layout], 1, seed=seed)[0].text
    active = CLEANER.rules.active_for(text, None)
    assert _classified(text, active, True) == _classified(text, active, False)


def test_copies_of_a_rule_are_asked_once_and_the_first_in_order_names_the_line() -> None:
    """Ten copies of every cue rule (new ids, the same pattern objects, as site files that copy a
    generic rule make): each line's verdict names the first rule as with the rules alone."""
    copies = tuple(
        replace(rule, rule=replace(rule.rule, id=f"{rule.id}~{n}")) for n in range(10) for rule in ACTIVE.cues
    )
    many = ActiveRules.build([*ACTIVE.cues, *copies])
    text = "\n".join(_bundled_lines()[:3000])
    assert _classified(text, many, True) == _classified(text, ACTIVE, True) == _classified(text, ACTIVE, False)


@needs_core
def test_the_filter_says_no_only_where_a_pattern_cannot_match() -> None:
    lines = _bundled_lines()
    candidates = ACTIVE.cue_candidates
    assert candidates is not None and candidates.core is not None
    assert candidates.core.compile_error() is None
    free = [candidates.rules[p] for p in candidates.free]
    said_no = 0
    for line in lines:
        maybe = candidates.core.candidates(line)
        if maybe is None:
            continue
        for number, rule in enumerate(free):
            if number not in maybe:
                said_no += 1
                assert rule.pattern.fullmatch(line) is None, (rule.id, line)
    assert said_no > len(lines)  # (it does say no, most of the time)


@needs_core
def test_counted_repeats_are_loosened_and_short_ones_kept() -> None:
    loose = FullmatchFilter([("a{2,250}", []), ("b{3}", []), ("c{20}", []), None])
    assert loose.candidates("a" * 300) == [0, 3]  # a{2,250} is read as a{2,}: a filter may say more
    assert loose.candidates("a") == [3]  # (never less: one a is too few for either reading)
    assert loose.candidates("bbb") == [1, 3]
    assert loose.candidates("bb") == [3]  # a short count stays exact
    assert loose.candidates("c" * 9) == [2, 3]  # c{20} is read as c{8,}
    assert loose.candidates("c" * 7) == [3]


@needs_core
def test_equal_translations_share_a_member_and_odd_text_gets_every_rule() -> None:
    both = FullmatchFilter([("x+", []), ("y", [(0x212A, 0x212A)]), ("x+", [])])
    assert both.candidates("xx") == [0, 2]
    assert both.candidates("y") == [1]
    assert both.candidates("y\u212a") is None  # a guarded character: the core cannot say
    assert both.candidates("x\ud800") is None  # a lone surrogate: not text the core holds


def test_without_a_filter_every_literal_free_rule_is_a_candidate() -> None:
    candidates = ACTIVE.cue_candidates
    assert candidates is not None
    plain = replace(candidates, core=None, derived={})
    positions = plain.of("Nothing of note here", frozenset())
    assert positions == sorted(candidates.free)
    assert plain.of("Nothing", None) is None
    byline = next(r for r in candidates.rules if r.needs)
    word = sorted(byline.needs or ())[0]
    assert candidates.rules.index(byline) in (plain.of("x", frozenset({word})) or [])


@needs_core
def test_rules_lint_says_which_cue_rules_the_core_filters() -> None:
    from cleaner.ruleset.lint import core_placement

    lines, _, in_regex, prefiltered = core_placement(CLEANER.rules)
    filtered = [line for line in lines if "asked only of the lines the core finds a looser match on" in line]
    free = [rule.id for rule in ACTIVE.cues if rule.needs is None]
    assert free and sorted(line.split(": ")[1] for line in filtered) == sorted(free)
    assert len(filtered) <= prefiltered <= in_regex


@needs_core
def test_rule_sets_with_the_same_cue_rules_share_one_filter() -> None:
    shared: dict[object, object] = {}
    other = next(rule for rule in CLEANER.rules.rules if rule not in ACTIVE.cues)
    first = ActiveRules.build(list(ACTIVE.cues), shared)
    second = ActiveRules.build([*ACTIVE.cues, other], shared)
    assert first.cue_candidates is not None and second.cue_candidates is not None
    assert first.cue_candidates.core is second.cue_candidates.core is not None
    fewer = ActiveRules.build([rule for rule in ACTIVE.cues if rule.needs is not None or "time" not in rule.id], shared)
    assert fewer.cue_candidates is not None and fewer.cue_candidates.core is not first.cue_candidates.core
