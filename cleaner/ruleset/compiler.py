"""Rule -> CompiledRule: every pattern compiled once with `regex`, and checked.

A pattern that does not compile, or that matches the empty string (and would
therefore fire everywhere), is a RuleError naming the file, line and rule.
Line-drop rules are also merged into one `LineMatcher` per active rule set, so
the cost of testing a line does not grow rule by rule.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import regex
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from cleaner.errors import RuleError, RuleErrors
from cleaner.ruleset.schema import Rule
from cleaner.ruleset.selectors import Compound, parse_compound
from cleaner.types import Kind, Scope

FLAG_BITS = {
    "ignorecase": regex.IGNORECASE,
    "multiline": regex.MULTILINE,
    "dotall": regex.DOTALL,
    "verbose": regex.VERBOSE,
}
UNSAFE_REVERSED = regex.compile(r"\(\?P=|\\[1-9]|\\g<|\(\?>|[*+?}]\+")
QUOTE_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def fold_line(line: str) -> str:
    """Normalise a line for literal lookup: case, quotes and whitespace folded.

    >>> fold_line("  No  comments yet\u2026 ")
    'no comments yet\u2026'
    """
    return " ".join(line.translate(QUOTE_FOLD).casefold().split())


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule with its patterns compiled; `pattern` is the rule's main pattern."""

    rule: Rule
    pattern: Any = None
    prev: Any = None
    next: Any = None
    until: Any = None
    inline: Any = None
    phrases: frozenset[str] = frozenset()
    compounds: tuple[Compound, ...] | None = None

    @property
    def id(self) -> str:
        return self.rule.id

    @property
    def kind(self) -> Kind:
        return self.rule.kind


#: Distinct lines remembered by a LineMatcher. Boilerplate lines repeat
#: across the passes over a page and across the pages of a site, so most
#: lookups are answered from memory; the memory is cleared when full.
LINE_MEMO_SIZE = 200_000


@dataclass(frozen=True, slots=True)
class LineMatcher:
    """The context-free line-drop rules of a rule set: one literal lookup, then each pattern.

    Patterns are tried one by one in file order: measured on the dev pages,
    that is twice as fast as one alternation of all of them (an alternation
    loses the regex engine's per-pattern literal optimisations). A line's
    verdict is a pure function of the line, so it is remembered.
    """

    literal: dict[str, str]
    patterns: tuple[CompiledRule, ...]
    contextual: tuple[CompiledRule, ...] = ()
    memo: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def rule_for(self, line: str) -> str | None:
        """The id of the first rule that drops `line`, or None."""
        stripped = line.strip()
        if not stripped:
            return None
        if stripped in self.memo:
            return self.memo[stripped]
        verdict = self.literal.get(fold_line(stripped))
        if verdict is None:
            verdict = next((r.id for r in self.patterns if r.pattern.fullmatch(stripped)), None)
        if len(self.memo) >= LINE_MEMO_SIZE:
            self.memo.clear()
        self.memo[stripped] = verdict
        return verdict


def compile_pattern(rule: Rule, key: str, source: str, flags: Iterable[str] = ()) -> Any:
    """Compile one pattern of `rule`, rejecting bad syntax and empty matches."""
    bits = 0
    for name in flags:
        bits |= FLAG_BITS[name]
    try:
        pattern = regex.compile(source, bits)
    except (regex.error, TypeError) as exc:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} does not compile: {exc}") from exc
    if pattern.fullmatch("") is not None:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} matches the empty string")
    return pattern


def compile_selector(rule: Rule) -> Any:
    """An lxml XPath for an html-drop rule, from its CSS `select` or its `xpath`."""
    key = "select" if rule.select else "xpath"
    try:
        expression = GenericTranslator().css_to_xpath(rule.select) if rule.select else rule.xpath
        return etree.XPath(expression)
    except (SelectorError, etree.XPathError, TypeError) as exc:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} does not compile: {exc}") from exc


def compile_rule(rule: Rule) -> CompiledRule:
    """Compile the patterns that `rule`'s kind uses."""
    flags = rule.flags
    if rule.kind is Kind.VIDEO_EMBED:
        return _compile_video(rule)
    if rule.kind is Kind.BLOCK_UNTIL:
        until = None
        if rule.until not in ("end", "blank"):
            until = compile_pattern(rule, "until", rule.until, flags)
        return CompiledRule(rule, pattern=compile_pattern(rule, "start", rule.start or "", flags), until=until)
    if rule.kind is Kind.EDGE_TRIM:
        return CompiledRule(rule, pattern=compile_pattern(rule, "prose", rule.prose or "", flags))
    if rule.kind is Kind.HTML_DROP:
        compounds = parse_compound(rule.select) if rule.select else None
        return CompiledRule(rule, pattern=compile_selector(rule), compounds=tuple(compounds) if compounds else None)
    if rule.kind is Kind.SEGMENT_BOUNDARY:
        header = compile_pattern(rule, "header", rule.header or "", (*flags, "multiline"))
        return CompiledRule(rule, pattern=header)
    source = rule.match
    if source and rule.from_end:
        # A line rule whose telling part ends the line ("... (AP Photo/Name)")
        # matches right to left: whether a line matches in full is the same,
        # and the scan no longer restarts at every position of a long line.
        if UNSAFE_REVERSED.search(source):
            raise RuleError(
                rule.file,
                rule.where("from_end"),
                rule.id,
                "from_end cannot be used with backreferences or atomic groups",
            )
        source = "(?r)" + source
    pattern = compile_pattern(rule, "match", source, flags) if source else None
    prev = compile_pattern(rule, "prev", rule.prev, flags) if rule.prev else None
    nxt = compile_pattern(rule, "next", rule.next, flags) if rule.next else None
    phrases = frozenset(fold_line(p) for p in rule.phrases)
    if "" in phrases:
        raise RuleError(rule.file, rule.where("phrases"), rule.id, "phrases include an empty one")
    return CompiledRule(rule, pattern=pattern, prev=prev, next=nxt, phrases=phrases)


def _compile_video(rule: Rule) -> CompiledRule:
    """A timestamp line then a title line (printed once or twice), or the same inline."""
    stamp = rule.timestamp
    compile_pattern(rule, "timestamp", stamp)
    words = max(1, rule.max_title_words)
    title = rf"(?:[^\s]+[ \t]+){{0,{words - 1}}}[^\s]+"
    # Printed twice, any title goes; printed once, it must not read as a sentence.
    twice = rf"(?P<title>{title})[ \t]*\n[ \t]*(?P=title)"
    once = rf"(?:[^\s]+[ \t]+){{0,{words - 1}}}[^\s]*[^\s.]"
    line_form = rf"^[ \t]*(?:{stamp})[ \t]*\n[ \t]*(?:{twice}|{once})[ \t]*(?:\n|\Z)"
    inline_form = rf"(?<![^\s])(?:{stamp}) (?P<title>[^\n]{{10,300}}?) (?P=title)(?![^\s])"
    return CompiledRule(
        rule,
        pattern=compile_pattern(rule, "timestamp", line_form, ("multiline",)),
        inline=compile_pattern(rule, "timestamp", inline_form),
    )


def build_line_matcher(rules: Sequence[CompiledRule]) -> LineMatcher:
    """The line-drop rules of a stage: context-free ones merged (first rule winning), contextual ones apart."""
    free = [r for r in rules if not is_contextual(r)]
    literal: dict[str, str] = {}
    for rule in free:
        for phrase in sorted(rule.phrases):
            literal.setdefault(phrase, rule.id)
    patterns = tuple(r for r in free if r.pattern is not None)
    return LineMatcher(literal, patterns, tuple(r for r in rules if is_contextual(r)))


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The compiled rules of a rule directory, in load order."""

    rules: tuple[CompiledRule, ...]
    _cache: dict[frozenset[str], ActiveRules] = field(default_factory=dict, compare=False, repr=False)

    def active_for(self, page_text: str, domain: str | None) -> ActiveRules:
        """The rules that apply to one page: generic ones plus the sites it belongs to."""
        sites = frozenset(
            r.rule.file for r in self.rules if r.rule.site is not None and _site_applies(r, page_text, domain)
        )
        if sites not in self._cache:
            chosen = [r for r in self.rules if r.rule.site is None or r.rule.file in sites]
            self._cache[sites] = ActiveRules.build(chosen)
        return self._cache[sites]


def _site_applies(rule: CompiledRule, page_text: str, domain: str | None) -> bool:
    site = rule.rule.site
    assert site is not None
    if domain and any(domain == d or domain.endswith("." + d) for d in site.domains):
        return True
    return site.detect is not None and site.detect in page_text


def is_contextual(rule: CompiledRule) -> bool:
    """True for line-drop rules that look at neighbouring lines."""
    return rule.prev is not None or rule.next is not None or rule.rule.isolated


@dataclass(frozen=True, slots=True)
class ActiveRules:
    """Rules grouped the way the engine runs them: by scope, then kind, in file order."""

    by_stage: dict[tuple[Scope, Kind], tuple[CompiledRule, ...]]
    line_matchers: dict[Scope, LineMatcher]
    boundaries: tuple[CompiledRule, ...]

    @classmethod
    def build(cls, rules: Sequence[CompiledRule]) -> ActiveRules:
        by_stage: dict[tuple[Scope, Kind], list[CompiledRule]] = {}
        for rule in rules:
            by_stage.setdefault((rule.rule.scope, rule.kind), []).append(rule)
        matchers = {scope: build_line_matcher(by_stage.get((scope, Kind.LINE_DROP), [])) for scope in Scope}
        boundaries = tuple(by_stage.pop((Scope.PAGE, Kind.SEGMENT_BOUNDARY), []))
        return cls({k: tuple(v) for k, v in by_stage.items()}, matchers, boundaries)

    def stage(self, scope: Scope, kind: Kind) -> tuple[CompiledRule, ...]:
        return self.by_stage.get((scope, kind), ())


def compile_rules(rules: Iterable[Rule]) -> RuleSet:
    """Compile every rule, raising RuleErrors that list every bad pattern."""
    compiled, errors = [], []
    for rule in rules:
        try:
            compiled.append(compile_rule(rule))
        except RuleError as exc:
            errors.append(exc)
    if errors:
        raise RuleErrors(errors)
    return RuleSet(tuple(compiled))
