"""Run a rule's inline examples: the rule alone, on each example's input.

Used by `cleaner rules test` and by the test suite (one test per example,
named after its rule). An example with `out` must produce exactly that; one
without must come back unchanged; `title` and `segments` check the headline
and the articles a title-line or segment-boundary rule finds.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from cleaner.engine.apply import run_stage
from cleaner.ruleset.compiler import ActiveRules, CompiledRule, RuleSet
from cleaner.ruleset.schema import Example
from cleaner.segment import find_boundaries, named_groups, split_segments
from cleaner.types import Kind


@dataclass(frozen=True, slots=True)
class ExampleResult:
    """The outcome of one example: `problem` is None when it passed."""

    rule: CompiledRule
    example: Example
    index: int
    problem: str | None

    @property
    def name(self) -> str:
        return f"{self.rule.id}[{self.index}]"

    @property
    def where(self) -> str:
        return f"{self.rule.rule.file}:{self.example.line}: {self.rule.id}"


def run_example(rule: CompiledRule, example: Example) -> str | None:
    """None if `rule` does to `example` what the example says, else what went wrong."""
    if rule.kind is Kind.SEGMENT_BOUNDARY:
        return _check_segments(rule, example)
    if rule.kind is Kind.HTML_DROP:
        return _check_html(rule, example)
    if rule.kind is Kind.SEGMENT_CUE:
        return _check_cue(rule, example)
    active = ActiveRules.build([rule])
    result = run_stage(active, rule.rule.scope, example.text_in, find_headline=rule.kind is Kind.TITLE_LINE)
    want = example.text_out if example.text_out is not None else example.text_in
    if example.title is not None and result.title != example.title:
        return f"title {result.title!r}, want {example.title!r}"
    if example.title is None and result.title is not None:
        return f"took {result.title!r} as a title, want none"
    if example.text_out is None and example.title is not None:
        return None
    if result.text != want:
        verb = "changed" if example.text_out is None else "gave"
        return f"{verb} {example.text_in!r} into {result.text!r}, want {want!r}"
    return None


def _check_html(rule: CompiledRule, example: Example) -> str | None:
    """An html-drop example: `in` is HTML, `out` the page's text after the rule (whitespace folded)."""
    from cleaner.html import declares_an_article, parse_html, prune  # trafilatura loads only here
    from cleaner.metadata import declared_metadata

    tree = parse_html(example.text_in)
    if tree is None:
        return "example 'in' is not HTML"
    before = " ".join(" ".join(tree.itertext()).split())
    hits = prune(tree, [rule], declares_an_article(tree, declared_metadata(tree)))
    got = " ".join(" ".join(tree.itertext()).split())
    want = " ".join(example.text_out.split()) if example.text_out is not None else before
    if got != want:
        verb = "changed" if example.text_out is None else "left"
        skipped = [h.inserted for h in hits if h.inserted]
        return f"{verb} the text {got!r}, want {want!r}" + (f" ({skipped[0]})" if skipped else "")
    return None


def _check_cue(rule: CompiledRule, example: Example) -> str | None:
    """A segment-cue example: with `cue`, the line matches and yields those groups (dates as ISO)."""
    from cleaner.autosegment import cue_meta

    line = example.text_in.strip()
    m = rule.pattern.fullmatch(line)
    if example.cue is None:
        return None if m is None else f"matched {line!r}, which it must leave alone"
    if m is None:
        return f"did not match {line!r}"
    got = cue_meta(rule, named_groups(m))
    for key, value in example.cue.items():
        if got.get(key) != str(value):
            return f"{key} is {got.get(key)!r}, want {value!r}"
    return None


def _check_segments(rule: CompiledRule, example: Example) -> str | None:
    raw, _ = split_segments(example.text_in, find_boundaries([rule], example.text_in))
    got = [
        {"title": s.title, "meta": dict(s.meta), "role": s.role.value, "text": s.text.strip()}
        for s in raw
        if s.text.strip() or s.title
    ]
    if example.segments is None:
        return None if len(raw) == 1 else f"split an untouchable text into {len(raw)} segments"
    if len(got) != len(example.segments):
        return f"found {len(got)} segments, want {len(example.segments)}: {got!r}"
    for index, (have, want) in enumerate(zip(got, example.segments, strict=True), 1):
        problem = _segment_mismatch(have, want)
        if problem:
            return f"segment {index}: {problem}"
    return None


def _segment_mismatch(have: Mapping[str, Any], want: Mapping[str, Any]) -> str | None:
    for key, value in want.items():
        if key == "meta":
            for meta_key, meta_value in value.items():
                if have["meta"].get(meta_key) != str(meta_value):
                    return f"meta.{meta_key} is {have['meta'].get(meta_key)!r}, want {meta_value!r}"
        elif key == "text" and have["text"] != str(value).strip():
            return f"text {have['text']!r}, want {str(value).strip()!r}"
        elif key in ("title", "role") and have[key] != value:
            return f"{key} is {have[key]!r}, want {value!r}"
    return None


def run_examples(rules: RuleSet) -> Iterator[ExampleResult]:
    """Every example of every rule, in load order."""
    for rule in rules.rules:
        for index, example in enumerate(rule.rule.examples):
            yield ExampleResult(rule, example, index, run_example(rule, example))
