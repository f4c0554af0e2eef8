"""Rule lint beyond what the loader rejects: warnings a rule author should read.

- patterns shaped for catastrophic backtracking (nested unbounded quantifiers);
- examples that contradict each other: the same input that one rule's
  example says must change and another's says must be left alone, or must
  change into different texts;
- with a corpus, the rules that never fired on it (dead, or mistyped).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cleaner.io.readers import Failure, read_pages
from cleaner.pipeline import Cleaner
from cleaner.ruleset.compiler import RuleSet
from cleaner.ruleset.literals import backtracking_risks
from cleaner.types import Kind

PATTERN_KEYS = ("pattern", "prev", "next", "until", "inline")


def lint_warnings(rules: RuleSet) -> Iterator[str]:
    """Backtracking risks and contradicting examples, as `file:line: rule-id: warning: ...` lines."""
    yield from backtracking_warnings(rules)
    yield from contradictions(rules)


def backtracking_warnings(rules: RuleSet) -> Iterator[str]:
    """Patterns shaped for catastrophic backtracking (every match still runs under a time limit)."""
    for rule in rules.rules:
        for key in PATTERN_KEYS:
            pattern = getattr(rule, key)
            if pattern is None or not hasattr(pattern, "pattern"):
                continue
            for risk in backtracking_risks(pattern.pattern, pattern.flags):
                where = rule.rule.where("match" if key == "pattern" else key)
                yield f"{rule.rule.file}:{where}: {rule.id}: warning: {risk} (catastrophic backtracking risk)"


def contradictions(rules: RuleSet) -> Iterator[str]:
    """Text examples with the same input whose expected results differ between rules of the same scope.

    (Title and segment examples are about other outputs and are not compared.)
    """
    seen: dict[tuple[str, str], tuple[str, str, int, str | None]] = {}
    for rule in rules.rules:
        for example in rule.rule.examples:
            if example.segments is not None or example.title is not None:
                continue
            expected = example.text_out if example.text_out is not None else example.text_in
            key = (rule.rule.scope.value, example.text_in)
            if key in seen and seen[key][3] != expected and seen[key][0] != rule.id:
                other, file, line, _ = seen[key]
                yield (
                    f"{rule.rule.file}:{example.line}: {rule.id}: warning: this example's input is also "
                    f"{other}'s ({file}:{line}), which expects another result"
                )
            seen.setdefault(key, (rule.id, rule.rule.file, example.line, expected))


def never_fired(cleaner: Cleaner, corpus: Path) -> list[str]:
    """The rules (of text and HTML kinds) that removed or changed nothing on any page of `corpus`."""
    fired: set[str] = set()
    for page in read_pages([corpus]):
        if isinstance(page, Failure):
            continue
        if page.html is not None:
            document = cleaner.clean_html(page.html, page.source_id, page.meta)
        else:
            document = cleaner.clean_document(page.text, page.source_id, page.meta)
        fired.update(hit.rule_id for hit in document.all_hits())
    return [
        f"{rule.rule.file}:{rule.rule.line}: {rule.id}: warning: never fired on {corpus}"
        for rule in cleaner.rules.rules
        if rule.id not in fired
    ]


def core_placement(rules: RuleSet) -> tuple[list[str], int, int, int]:
    """Where each rule pattern runs: lines `file:line: rule-id: key runs with regex: why` for
    the patterns the compiled core does not run, and the counts (in the core, with regex, and
    of those with regex, the ones the core prefilters: see cleaner.core.PrefilteredPattern)."""
    from cleaner.core import CORE, CorePattern, PrefilteredPattern, why_not_in_core
    from cleaner.ruleset.compiler import CORE_USE

    lines, in_core, in_regex, prefiltered = [], 0, 0, 0
    for rule in rules.rules:
        for key in PATTERN_KEYS:
            pattern = getattr(rule, key)
            if pattern is None or not hasattr(pattern, "pattern"):
                continue
            if isinstance(pattern, CorePattern):
                in_core += 1
                continue
            in_regex += 1
            use = CORE_USE.get(rule.kind)
            if use is None and CORE is not None:
                why = f"{rule.kind.value} rules read their matches' groups (not yet in the core)"
            else:
                why = why_not_in_core(pattern.pattern, int(pattern.flags), use)
            if isinstance(pattern, PrefilteredPattern):
                prefiltered += 1
                why += " (the core prefilters it)"
            elif key == "pattern" and rule.kind is Kind.SEGMENT_CUE and rule.needs is None and rule.line_form:
                prefiltered += 1  # (a rule with literals is asked only of the lines that hold one)
                why += " (asked only of the lines the core finds a looser match on)"
            where = rule.rule.where("match" if key == "pattern" else key)
            lines.append(f"{rule.rule.file}:{where}: {rule.id}: {key} runs with regex: {why}")
    return lines, in_core, in_regex, prefiltered
