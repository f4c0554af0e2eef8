"""The rules that apply to a page (`RuleSet.active_for`): sets for different sites share one literal
scanner and every stage the sites do not change, and clean exactly as sets built on their own."""

from __future__ import annotations

from pathlib import Path

from cleaner import Cleaner
from cleaner.ruleset.compiler import ActiveRules
from cleaner.types import Kind, Scope

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
CASES = Path(__file__).resolve().parent / "cases"


def _pages() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in [*sorted(SEEDS.glob("*.txt")), *sorted(CASES.glob("*.txt"))]]


def test_active_sets_share_the_scanner_and_the_stages_their_sites_leave_alone() -> None:
    rules = Cleaner.from_rules().rules
    generic = rules.active_for("A page.", None)
    daily8 = rules.active_for("A page.", "daily8.ai")  # its site file adds one article line-drop rule
    assert generic is not daily8
    assert generic.scanner is daily8.scanner
    assert len(daily8.stage(Scope.ARTICLE, Kind.LINE_DROP)) == len(generic.stage(Scope.ARTICLE, Kind.LINE_DROP)) + 1
    assert generic.line_matchers[Scope.ARTICLE] is not daily8.line_matchers[Scope.ARTICLE]
    assert generic.line_matchers[Scope.PAGE] is daily8.line_matchers[Scope.PAGE]
    # (The index itself: compiled with mypyc, a tuple is unboxed and boxed again on the way.)
    assert generic.filters[(Scope.ARTICLE, Kind.SPAN_DROP)][1] is daily8.filters[(Scope.ARTICLE, Kind.SPAN_DROP)][1]


def test_a_shared_build_cleans_as_one_of_its_own() -> None:
    """The scanner of the whole rule set finds literals a page's rules do not need: their choice
    of rules to ask, and so every verdict, is the same."""
    cleaner = Cleaner.from_rules()
    for page in _pages():
        shared = cleaner.rules.active_for(page, None)  # (a site's `detect` may pick its rules)
        held = {id(r) for rules in shared.by_stage.values() for r in rules} | {id(r) for r in shared.cues}
        held |= {id(r) for r in shared.boundaries}
        own = ActiveRules.build([r for r in cleaner.rules.rules if id(r) in held])
        assert own.scanner is not shared.scanner and set(own.scanner.literals) <= set(shared.scanner.literals)
        for scope in Scope:
            for kind in Kind:
                present = shared.scan(page).present
                mine = own.scan(page).present
                assert list(shared.candidates(scope, kind, present)) == list(own.candidates(scope, kind, mine))
        assert shared.line_matchers[Scope.ARTICLE].core_ids == own.line_matchers[Scope.ARTICLE].core_ids


def test_the_shared_builds_do_not_outlive_their_rules() -> None:
    """A memo keyed by identity keeps the objects it was built for: another object cannot take an id
    it holds, so two builds for different rules never share a stage by accident."""
    cleaner = Cleaner.from_rules()
    generic = [r for r in cleaner.rules.rules if r.rule.site is None]
    shared: dict[object, object] = {}
    first = ActiveRules.build(generic, shared)
    fewer = [r for r in generic if not (r.kind is Kind.LINE_DROP and r.rule.scope is Scope.ARTICLE)]
    second = ActiveRules.build(fewer, shared)
    assert second.line_matchers[Scope.ARTICLE] is not first.line_matchers[Scope.ARTICLE]
    assert not second.stage(Scope.ARTICLE, Kind.LINE_DROP)
    assert first.line_matchers[Scope.PAGE].core_ids == second.line_matchers[Scope.PAGE].core_ids
