"""Rule -> CompiledRule: every pattern compiled once with `regex`, and checked.

A pattern that does not compile, or that matches the empty string (and would
therefore fire everywhere), is a RuleError naming the file, line and rule.
Line-drop rules are also merged into one `LineMatcher` per active rule set, so
the cost of testing a line does not grow rule by rule.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

import regex
from cssselect import GenericTranslator, SelectorError
from lxml import etree

from cleaner.core import CORE, FullmatchFilter
from cleaner.engine.limits import LONG_LINE, MATCH_TIMEOUT, RuleTimeout, line_timeout
from cleaner.engine.limits import fullmatch as limited_fullmatch
from cleaner.engine.limits import search as limited_search
from cleaner.errors import RuleError, RuleErrors
from cleaner.memo import LineMemo
from cleaner.ruleset.cache import PatternCache
from cleaner.ruleset.literals import Found, LiteralScanner, fold, selective
from cleaner.ruleset.programs import compile_pattern as compile_program
from cleaner.ruleset.schema import Rule, SiteScope
from cleaner.ruleset.selectors import Compound, parse_compound
from cleaner.ruleset.translate import Use
from cleaner.types import Kind, Scope

FLAG_BITS = {
    "ignorecase": regex.IGNORECASE,
    "multiline": regex.MULTILINE,
    "dotall": regex.DOTALL,
    "verbose": regex.VERBOSE,
}
#: Characters of line text the segment-cue memo holds before it starts over (cue lines are short
#: and repeat across a site's pages; prose lines fill it and are never asked again).
CUE_MEMO_BUDGET = 100_000
#: How the engine runs the `match` (and `prev`, `next`) patterns of each kind, for the compiled core
#: (cleaner.ruleset.translate.Use). Segment rules, whose matches' groups are read, stay with `regex`.
CORE_USE = {
    Kind.LINE_DROP: Use.LINE,
    Kind.TITLE_LINE: Use.LINE,
    Kind.BLOCK_UNTIL: Use.LINE,
    Kind.EDGE_TRIM: Use.LINE,
    Kind.VIDEO_EMBED: Use.TEXT,
    Kind.SPAN_DROP: Use.TEXT,
    Kind.REPAIR: Use.TEXT,
    Kind.FOOTER_CUT: Use.TEXT,
}
UNSAFE_REVERSED = regex.compile(r"\(\?P=|\\[1-9]|\\g<|\(\?>|[*+?}]\+")


def fold_line(line: str) -> str:
    """Normalise a line for literal lookup: case, quotes and whitespace folded.

    >>> fold_line("  No  comments yet\u2026 ")
    'no comments yet\u2026'
    """
    quoted = line.replace("\u2018", "'").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(quoted.casefold().replace("ı", "i").split())


PHRASE_WORD_GAP = regex.compile(r"[\s'\"]+")


def phrase_needs(phrases: Iterable[str]) -> frozenset[str] | None:
    """For each phrase its longest word without quotes: a line equal to the phrase (folded) contains it.

    >>> sorted(phrase_needs(["no comments yet", "it's"]))
    ['comments', 'it']
    """
    needs = set()
    for phrase in phrases:
        words = [w for w in PHRASE_WORD_GAP.split(phrase) if w]
        if not words:
            return None
        needs.add(fold(max(words, key=len)))  # looked for by the literal scan, which reads digits as 0
    return selective(frozenset(needs)) if needs else None


def phrase_words(rule: CompiledRule) -> frozenset[str] | None:
    """`phrase_needs` of a rule's phrases: its `needs` where it has no pattern (as `compile_rule` made them)."""
    return rule.needs if rule.pattern is None else phrase_needs(rule.phrases)


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
    #: Folded strings one of which the text must contain for the rule to fire (None: no such set known).
    needs: frozenset[str] | None = None
    prev_needs: frozenset[str] | None = None
    next_needs: frozenset[str] | None = None
    protect: tuple[Any, ...] = ()
    #: Characters a match of `pattern` spans (least, most), and the least for `prev` and `next`:
    #: a line outside them is not tried (None: not known).
    width: tuple[int, int] | None = None
    prev_min: int = 0
    next_min: int = 0
    #: line-model: the model (cleaner.linemodel.LineModel) its file holds.
    line_model: Any = None
    #: segment-cue: its pattern's form for the compiled core's FullmatchFilter (cleaner.core.line_form).
    line_form: Any = None

    @property
    def id(self) -> str:
        return self.rule.id

    def fits(self, length: int) -> bool:
        """Whether a line of `length` characters may match `pattern` in full (its width allows it)."""
        return self.width is None or self.width[0] <= length <= self.width[1]

    @property
    def kind(self) -> Kind:
        return self.rule.kind


@dataclass(frozen=True, slots=True)
class LineMatcher:
    """The context-free line-drop rules of a rule set: one literal lookup, then the patterns that can fire.

    A line is tested only against the patterns one of whose required literals
    it contains (`Found`, from one scan of the whole text), plus the few
    patterns with no required literal; candidates are tried in file order, so
    the first rule in file order still wins. A line's verdict is a pure
    function of the line, so it is remembered.
    """

    literal: dict[str, str]
    patterns: tuple[CompiledRule, ...]
    contextual: tuple[CompiledRule, ...] = ()
    #: Indexes into `patterns`: those with no required literal, and those each literal may enable.
    unfiltered: tuple[int, ...] = ()
    by_literal: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: Literals of the `literal` phrases (a line holding none of them cannot equal a phrase).
    phrase_words: frozenset[str] | None = frozenset()
    #: The same for `contextual` (by their own pattern's literals).
    context_unfiltered: tuple[int, ...] = ()
    context_by_literal: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: The compiled core's LineRules for these rules (cleaner.core; None: the Python engine runs
    #: them), and the rule ids its edits number.
    core: Any = field(default=None, compare=False, repr=False)
    core_ids: tuple[str, ...] = ()
    #: Verdicts remembered per line (boilerplate repeats across the passes over a page and the pages of a site).
    memo: LineMemo[str, str | tuple[int, ...]] = field(default_factory=LineMemo, compare=False, repr=False)
    context_memo: LineMemo[tuple[int, str, str], bool] = field(default_factory=LineMemo, compare=False, repr=False)

    @property
    def empty(self) -> bool:
        """Whether no rule is here at all (a scope with no line-drop rule: nothing to look up per line)."""
        return not (self.literal or self.patterns or self.contextual)

    def context_test(self, position: int, part: str, line: str) -> bool:
        """Whether contextual rule `position`'s `match`, `prev` or `next` pattern holds on `line`.

        A missing `prev`/`next` holds; verdicts are remembered, since the
        passes over a page test the same lines again.
        """
        key = (position, part, line)
        verdict = self.context_memo.get(key)
        if verdict is None:
            rule = self.contextual[position]
            try:
                if part == "match":
                    verdict = (
                        bool(limited_fullmatch(rule.pattern, line))
                        if rule.pattern is not None
                        else fold_line(line) in rule.phrases
                    )
                else:
                    pattern = rule.prev if part == "prev" else rule.next
                    verdict = pattern is None or bool(limited_search(pattern, line))
            except TimeoutError as exc:
                raise RuleTimeout(rule.id) from exc
            self.context_memo.remember(key, verdict, len(line))
        return verdict

    def line_verdict(self, line: str, present: frozenset[str] | set[str] | None = None) -> str | tuple[int, ...]:
        """What the rules say about `line` on its own, remembered per line.

        The id of the first context-free rule that drops it; otherwise the
        positions, in order, of the contextual rules its literals and length
        allow (their neighbours and patterns are still to be checked). A
        line's verdict is a pure function of the line, so the passes over a
        page and the pages of a site look it up instead of testing it again.
        `present` is the set of scanned literals the line contains (None: not
        scanned, so every pattern is tried); it only narrows what is tried.

        >>> from cleaner.ruleset.loader import load_rules
        >>> matcher = compile_rules(load_rules()).active_for("", None).line_matchers[Scope.ARTICLE]
        >>> prose = "Prices rose sharply in May, the statistics office said on Tuesday. " * 4
        >>> matcher.line_verdict("Advertisement"), matcher.line_verdict(prose)
        ('ads.advertisement-line', ())
        """
        stripped = line.strip()
        if not stripped:
            return ()
        verdict = self.memo.get(stripped)
        if verdict is not None:
            return verdict
        if present is not None and not present and not self.unfiltered and self.phrase_words is not None:
            dropped_by = None  # no literal, so no context-free rule can drop the line
        else:
            dropped_by = self._context_free(stripped, present)
        verdict = dropped_by if dropped_by is not None else self._fitting_contexts(stripped, present)
        self.memo.remember(stripped, verdict, len(stripped))
        return verdict

    def rule_for(self, line: str, present: frozenset[str] | set[str] | None = None) -> str | None:
        """The id of the first context-free rule that drops `line`, or None (see `line_verdict`)."""
        verdict = self.line_verdict(line, present)
        return verdict if isinstance(verdict, str) else None

    def _context_free(self, stripped: str, present: frozenset[str] | set[str] | None) -> str | None:
        if self.literal and self._may_be_phrase(stripped, present):
            verdict = self.literal.get(fold_line(stripped))
            if verdict is not None:
                return verdict
        return self._first_match(stripped, present)

    def _fitting_contexts(self, stripped: str, present: frozenset[str] | set[str] | None) -> tuple[int, ...]:
        """Positions of the contextual rules that may match `stripped`: by its literals and its length.

        Their patterns are not run here: the neighbours are checked first, and
        most lines fail them cheaply (ten times the rules must not cost ten
        times the pattern runs).
        """
        length = len(stripped)
        return tuple(p for p in self.context_candidates(present) if self.contextual[p].fits(length))

    def _first_match(self, stripped: str, present: frozenset[str] | set[str] | None) -> str | None:
        """The id of the first candidate pattern that matches the whole line."""
        timeout = line_timeout(stripped)
        length = len(stripped)
        for index in self._candidates(present):
            rule = self.patterns[index]
            if not rule.fits(length):
                continue
            try:
                found = (
                    rule.pattern.fullmatch(stripped)
                    if timeout is None
                    else rule.pattern.fullmatch(stripped, timeout=timeout)
                )
                if found:
                    return rule.id
            except TimeoutError as exc:
                raise RuleTimeout(rule.id) from exc
        return None

    def _may_be_phrase(self, stripped: str, present: frozenset[str] | set[str] | None) -> bool:
        """False when `stripped` lacks the phrases' words (so cannot fold to one of them)."""
        return present is None or self.phrase_words is None or not self.phrase_words.isdisjoint(present)

    def context_candidates(self, present: frozenset[str] | set[str] | None) -> Iterable[int]:
        """Positions of the contextual rules a line holding the literals `present` may match, in order."""
        return _candidates(present, len(self.contextual), self.context_unfiltered, self.context_by_literal)

    def _candidates(self, present: frozenset[str] | set[str] | None) -> Iterable[int]:
        return _candidates(present, len(self.patterns), self.unfiltered, self.by_literal)


def _candidates(
    present: frozenset[str] | set[str] | None,
    count: int,
    unfiltered: tuple[int, ...],
    by_literal: dict[str, tuple[int, ...]],
) -> Sequence[int]:
    """In order, the rules (of `count`) that need no literal plus those needing one in `present` (None: all)."""
    if present is None:
        return range(count)
    if not present:
        return unfiltered
    chosen = set(unfiltered)
    for literal in present:
        chosen.update(by_literal.get(literal, ()))
    return sorted(chosen)


def _literal_index(rules: Sequence[CompiledRule]) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
    """The positions of the rules with no required literal, and for each literal the rules needing it."""
    by_literal: dict[str, list[int]] = {}
    for index, rule in enumerate(rules):
        for word in rule.needs or ():
            by_literal.setdefault(word, []).append(index)
    unfiltered = tuple(i for i, r in enumerate(rules) if r.needs is None)
    return unfiltered, {word: tuple(indexes) for word, indexes in by_literal.items()}


def compile_pattern(
    rule: Rule, key: str, source: str, flags: Iterable[str], cache: PatternCache, use: Use | None = None
) -> Any:
    """Compile one pattern of `rule`, rejecting bad syntax and empty matches.

    A pattern the `cache` knows is not compiled now but on first use (a
    `LazyPattern`); one it does not know is compiled, checked, analysed and
    recorded. Equal patterns share one pattern object. With `use` (how the
    engine runs it), the compiled core runs it where its meaning carries over
    (`cleaner.core.core_pattern`); else, and without the core, `regex` does.
    """
    bits = 0
    for name in flags:
        bits |= FLAG_BITS[name]
    python = _python_pattern(rule, key, source, bits, cache)
    return python if use is None else cache.core_pattern(python, use)


def _python_pattern(rule: Rule, key: str, source: str, bits: int, cache: PatternCache) -> Any:
    shared = cache.pattern(source, bits)
    if shared is not None:
        return shared
    try:
        pattern = compile_program(source, bits, cache.programs)
    except (regex.error, TypeError) as exc:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} does not compile: {exc}") from exc
    if pattern.fullmatch("") is not None:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} matches the empty string")
    return cache.add(source, bits, pattern)


def compile_selector(rule: Rule) -> Any:
    """An lxml XPath for an html-drop rule, from its CSS `select` or its `xpath`."""
    key = "select" if rule.select else "xpath"
    try:
        expression = GenericTranslator().css_to_xpath(rule.select) if rule.select else rule.xpath
        return etree.XPath(expression)
    except (SelectorError, etree.XPathError, TypeError) as exc:
        raise RuleError(rule.file, rule.where(key), rule.id, f"{key} does not compile: {exc}") from exc


def _selector(rule: Rule) -> tuple[Any, tuple[Compound, ...] | None]:
    """An html-drop rule's XPath and, where its selector is simple, its compounds (`SelectorIndex`)."""
    compounds = parse_compound(rule.select) if rule.select else None
    return compile_selector(rule), tuple(compounds) if compounds else None


def compile_rule(rule: Rule, cache: PatternCache | None = None) -> CompiledRule:
    """Compile the patterns that `rule`'s kind uses, and its `protect` patterns (see `compile_pattern`;
    without a `cache`, one in memory)."""
    cache = cache if cache is not None else PatternCache(None)
    compiled = _compile_kind(rule, cache)
    if not rule.protect:
        return compiled
    protect = tuple(compile_pattern(rule, "protect", source, rule.flags, cache) for source in rule.protect)
    return replace(compiled, protect=protect)


def _compile_kind(rule: Rule, cache: PatternCache) -> CompiledRule:
    flags = rule.flags
    if rule.kind is Kind.VIDEO_EMBED:
        return _compile_video(rule, cache)
    if rule.kind is Kind.BLOCK_UNTIL:
        until = None
        if rule.until not in ("end", "blank"):
            until = compile_pattern(rule, "until", rule.until, flags, cache, Use.LINE)
        start = compile_pattern(rule, "start", rule.start or "", flags, cache, Use.LINE)
        needs, width = _analysis(start, cache)
        return CompiledRule(rule, pattern=start, until=until, needs=needs, width=width)
    if rule.kind is Kind.EDGE_TRIM:
        return CompiledRule(rule, pattern=compile_pattern(rule, "prose", rule.prose or "", flags, cache, Use.LINE))
    if rule.kind is Kind.HTML_DROP:
        selector, compounds = cache.shared(("selector", rule.select, rule.xpath), lambda: _selector(rule))
        return CompiledRule(rule, pattern=selector, compounds=compounds)
    if rule.kind is Kind.LINE_MODEL:
        return CompiledRule(rule, line_model=_load_line_model(rule))
    if rule.kind is Kind.SEGMENT_BOUNDARY:
        header = compile_pattern(rule, "header", rule.header or "", (*flags, "multiline"), cache)
        return CompiledRule(rule, pattern=header, needs=_analysis(header, cache, newlines=True)[0])
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
    use = CORE_USE.get(rule.kind)
    pattern = compile_pattern(rule, "match", source, flags, cache, use) if source else None
    prev = compile_pattern(rule, "prev", rule.prev, flags, cache, use) if rule.prev else None
    nxt = compile_pattern(rule, "next", rule.next, flags, cache, use) if rule.next else None
    phrases = frozenset(fold_line(p) for p in rule.phrases)
    if "" in phrases:
        raise RuleError(rule.file, rule.where("phrases"), rule.id, "phrases include an empty one")
    needs, width = _analysis(pattern, cache) if pattern is not None else (phrase_needs(phrases), None)
    prev_needs, prev_width = _analysis(prev, cache) if prev is not None else (None, None)
    next_needs, next_width = _analysis(nxt, cache) if nxt is not None else (None, None)
    cue_form = cache.line_form(pattern) if rule.kind is Kind.SEGMENT_CUE and pattern is not None else None
    return CompiledRule(
        rule,
        pattern=pattern,
        prev=prev,
        next=nxt,
        phrases=phrases,
        needs=needs,
        prev_needs=prev_needs,
        next_needs=next_needs,
        width=width,
        prev_min=prev_width[0] if prev_width else 0,
        next_min=next_width[0] if next_width else 0,
        line_form=cue_form,
    )


def _analysis(
    pattern: Any, cache: PatternCache, newlines: bool = False
) -> tuple[frozenset[str] | None, tuple[int, int] | None]:
    """The literals one of which any match of a compiled pattern contains (if selective), and its width.

    `newlines`: the pattern runs on whole texts, and its literals may start or end with a line break.
    """
    literals, width = cache.analysis(pattern.pattern, pattern.flags, newlines)
    return selective(literals), width


def _compile_video(rule: Rule, cache: PatternCache) -> CompiledRule:
    """A timestamp line then a title line (printed once or twice), or the same inline."""
    stamp = rule.timestamp
    compile_pattern(rule, "timestamp", stamp, (), cache)
    words = max(1, rule.max_title_words)
    title = rf"(?:[^\s]+[ \t]+){{0,{words - 1}}}[^\s]+"
    # Printed twice, any title goes; printed once, it must not read as a sentence.
    twice = rf"(?P<title>{title})[ \t]*\n[ \t]*(?P=title)"
    once = rf"(?:[^\s]+[ \t]+){{0,{words - 1}}}[^\s]*[^\s.]"
    line_form = rf"^[ \t]*(?:{stamp})[ \t]*\n[ \t]*(?:{twice}|{once})[ \t]*(?:\n|\Z)"
    inline_form = rf"(?<![^\s])(?:{stamp}) (?P<title>[^\n]{{10,300}}?) (?P=title)(?![^\s])"
    pattern = compile_pattern(rule, "timestamp", line_form, ("multiline",), cache, Use.TEXT)
    inline = compile_pattern(rule, "timestamp", inline_form, (), cache, Use.TEXT)
    needs, inline_needs = _analysis(pattern, cache)[0], _analysis(inline, cache)[0]
    either = needs | inline_needs if needs is not None and inline_needs is not None else None
    return CompiledRule(rule, pattern=pattern, inline=inline, needs=either)


def build_line_matcher(rules: Sequence[CompiledRule]) -> LineMatcher:
    """The line-drop rules of a stage: context-free ones merged (first rule winning), contextual ones apart."""
    free = [r for r in rules if not is_contextual(r)]
    literal: dict[str, str] = {}
    for rule in free:
        for phrase in sorted(rule.phrases):
            literal.setdefault(phrase, rule.id)
    patterns = tuple(r for r in free if r.pattern is not None)
    words: set[str] | None = set()
    for rule in free:
        if rule.phrases:
            needs = phrase_words(rule)
            words = None if needs is None or words is None else words | needs
    contextual = tuple(r for r in rules if is_contextual(r))
    unfiltered, by_literal = _literal_index(patterns)
    context_unfiltered, context_by_literal = _literal_index(contextual)
    return LineMatcher(
        literal,
        patterns,
        contextual,
        unfiltered,
        by_literal,
        frozenset(words) if words is not None else None,
        context_unfiltered,
        context_by_literal,
    )


def with_core(matcher: LineMatcher, scanner: LiteralScanner) -> LineMatcher:
    """`matcher` with the compiled core's LineRules for its rules, when the core runs (it scans
    with `scanner`'s core, so the literals are numbered as `scanner.literals`)."""
    core_scanner = getattr(scanner, "_core", None)
    if CORE is None or core_scanner is None or matcher.empty:
        return matcher
    number = {word: n for n, word in enumerate(scanner.literals)}
    ids: dict[str, int] = {}

    def id_of(rule_id: str) -> int:
        return ids.setdefault(rule_id, len(ids))

    def needs(words: frozenset[str] | None) -> list[int] | None:
        return None if words is None else sorted(number[w] for w in words)

    free = [(id_of(r.id), r.pattern, needs(r.needs), r.width) for r in matcher.patterns]
    phrases = {phrase: id_of(rule_id) for phrase, rule_id in matcher.literal.items()}
    contextual = [
        (
            id_of(r.id),
            r.pattern,
            sorted(r.phrases),
            (r.prev, r.next),
            (needs(r.needs), needs(r.prev_needs), needs(r.next_needs)),
            r.width,
            (r.prev_min, r.next_min),
            r.rule.isolated,
        )
        for r in matcher.contextual
    ]
    names = tuple(ids)
    core = CORE.LineRules(
        core_scanner,
        free,
        phrases,
        needs(matcher.phrase_words),
        contextual,
        (LONG_LINE, MATCH_TIMEOUT),
        lambda rule: RuleTimeout(names[rule]),
    )
    return replace(matcher, core=core, core_ids=names)


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The compiled rules of a rule directory, in load order."""

    rules: tuple[CompiledRule, ...]
    _cache: dict[tuple[frozenset[str], frozenset[str]], ActiveRules] = field(
        default_factory=dict, compare=False, repr=False
    )
    _site_files: tuple[tuple[SiteScope, tuple[str, ...]], ...] | None = field(default=None, compare=False, repr=False)
    #: What the active rule sets share (see `ActiveRules.build`).
    _shared: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its rules as written, compiled again where it is unpickled: compiled patterns
        and XPath selectors do not pickle, and a worker (a spawned process, a node of a Ray cluster)
        needs no rule file of its own to rebuild the same rules."""
        return _compiled_again, (tuple(compiled.rule for compiled in self.rules),)

    def active_for(
        self,
        page_text: str,
        domain: str | None,
        exclude: frozenset[str] = frozenset(),
        meta: Mapping[str, Any] | None = None,
    ) -> ActiveRules:
        """The rules that apply to one page: generic ones plus the sites it belongs to (by its
        domain, its text, or the fields of its record `meta`), minus `exclude` (ids)."""
        sites = frozenset(
            file
            for site, files in self.site_files()
            if _site_applies(site, page_text, domain, meta or {})
            for file in files
        )
        key = (sites, exclude)
        if key not in self._cache:
            chosen = [r for r in self.rules if (r.rule.site is None or r.rule.file in sites) and r.id not in exclude]
            self._cache[key] = ActiveRules.build(chosen, self._shared, self.scanner())
        return self._cache[key]

    def scanner(self) -> LiteralScanner:
        """One literal scanner for all the rules, which every active set shares (see `ActiveRules.build`)."""
        if "scanner" not in self._shared:
            self._shared["scanner"] = LiteralScanner(rule_words(self.rules))
        return self._shared["scanner"]  # type: ignore[no-any-return]

    def site_files(self) -> tuple[tuple[SiteScope, tuple[str, ...]], ...]:
        """Each distinct site scope with the files that have it, in load order (a file's rules share
        one scope; files with equal scopes are tested once)."""
        if self._site_files is None:
            files: dict[SiteScope, list[str]] = {}
            for rule in self.rules:
                site = rule.rule.site
                if site is not None and rule.rule.file not in files.get(site, ()):
                    files.setdefault(site, []).append(rule.rule.file)
            object.__setattr__(self, "_site_files", tuple((site, tuple(names)) for site, names in files.items()))
        return self._site_files  # type: ignore[return-value]


def _compiled_again(rules: tuple[Rule, ...]) -> RuleSet:
    """A pickled RuleSet rebuilt (see `RuleSet.__reduce__`), with the pattern cache on disk."""
    return compile_rules(rules, PatternCache.default())


def _site_applies(site: SiteScope, page_text: str, domain: str | None, meta: Mapping[str, Any]) -> bool:
    if site.every_page:
        return True
    if domain and any(domain == d or domain.endswith("." + d) for d in site.domains):
        return True
    if site.fields and any(record_field(meta, name) == value for name, value in site.fields):
        return True
    return site.detect is not None and site.detect in page_text


def record_field(meta: Mapping[str, Any], name: str) -> str | None:
    """A field of a page's record, top level or in its `meta` mapping, as text (None: absent or empty).

    >>> record_field({"meta": {"source": "AP"}}, "source"), record_field({"lang": "en"}, "source")
    ('AP', None)
    """
    inner = meta.get("meta")
    value = meta.get(name, inner.get(name) if isinstance(inner, Mapping) else None)
    return None if value in (None, "") else str(value)


def is_contextual(rule: CompiledRule) -> bool:
    """True for line-drop rules that look at neighbouring lines."""
    return rule.prev is not None or rule.next is not None or rule.rule.isolated


@dataclass(frozen=True, slots=True)
class CueCandidates:
    """Which segment-cue rules to ask of a line: those whose required literals it holds (from the
    literal scan), and of those with none, the ones the compiled core's `FullmatchFilter` lets
    through (all of them without the core). A line's cost grows with the rules it may match,
    not with all of them: ten times the cue rules, most of them for other sites' literals, cost
    a line little more. Equal patterns share one place in the filter.
    """

    #: The cue rules, in load order: positions below are into this tuple.
    rules: tuple[CompiledRule, ...]
    #: Positions of the rules with no required literal, and those each literal enables.
    free: tuple[int, ...]
    by_literal: dict[str, tuple[int, ...]]
    literals: frozenset[str]
    #: The core's filter over the `free` rules (numbered as positions in `free`), or None.
    core: FullmatchFilter | None = None
    #: What the segmenter derives from these rules, made once (see autosegment._CueAsker).
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, rules: tuple[CompiledRule, ...], filters: dict[Any, FullmatchFilter] | None = None) -> CueCandidates:
        """The candidates for `rules`; `filters` keeps the core's filters by what they hold, for
        the next rules to share (the rules that apply to a page vary with its sites, its cue
        rules rarely do: each filter compiles its patterns on first use)."""
        free, by_literal = _literal_index(rules)
        core = None
        if CORE is not None and free:
            forms = [rules[p].line_form for p in free]
            key = tuple((form[0], tuple(map(tuple, form[1]))) if form is not None else None for form in forms)
            filters = filters if filters is not None else {}
            core = filters.get(key)
            if core is None:
                core = filters[key] = FullmatchFilter(forms)
        return cls(rules, free, by_literal, frozenset(by_literal), core)

    def of(self, line: str, present: frozenset[str] | None) -> list[int] | None:
        """Positions of the rules that may match all of `line` (which holds the rule literals
        `present`), ascending; None where that is not known (no literals given): ask them all."""
        if present is None:
            return None
        chosen: set[int] = set()
        for word in present & self.literals:
            chosen.update(self.by_literal[word])
        maybe = self.core.candidates(line) if self.core is not None else None
        chosen.update(self.free if maybe is None else (self.free[number] for number in maybe))
        return sorted(chosen)


@dataclass(frozen=True, slots=True)
class ActiveRules:
    """Rules grouped the way the engine runs them: by scope, then kind, in file order."""

    by_stage: dict[tuple[Scope, Kind], tuple[CompiledRule, ...]]
    line_matchers: dict[Scope, LineMatcher]
    boundaries: tuple[CompiledRule, ...]
    #: segment-cue rules, in load order: the vocabulary of the layout-agnostic segmenter.
    cues: tuple[CompiledRule, ...] = ()
    scanner: LiteralScanner = field(default_factory=lambda: LiteralScanner(()))
    #: Rules with `protect` patterns, by id (the engine checks their removals).
    protected: dict[str, CompiledRule] = field(default_factory=dict)
    #: Per stage, the positions of its rules with no required literal, and those each literal may enable.
    filters: dict[tuple[Scope, Kind], tuple[tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]] = field(
        default_factory=dict
    )
    #: Which segment-cue rules to ask of a line (cleaner.autosegment.classify).
    cue_candidates: CueCandidates | None = field(default=None, compare=False, repr=False)
    #: What the segment-cue rules say of each line text seen (cleaner.autosegment.classify), bounded.
    cue_memo: LineMemo[str, Any] = field(default_factory=lambda: LineMemo(CUE_MEMO_BUDGET), compare=False, repr=False)

    @classmethod
    def build(
        cls, rules: Sequence[CompiledRule], shared: dict[Any, Any] | None = None, scanner: LiteralScanner | None = None
    ) -> ActiveRules:
        """The rules grouped; `shared` keeps what rule sets with the same rules can share (the
        compiled core's cue filter: see `CueCandidates.build`; a stage's line matcher and literal
        index). `scanner`: one for a superset of these rules' literals (the rule set's, which its
        active sets share: a page's sites change a few stages, the rest is built once), else
        one for theirs alone."""
        memo = shared if shared is not None else {}
        by_stage: dict[tuple[Scope, Kind], list[CompiledRule]] = {}
        for rule in rules:
            by_stage.setdefault((rule.rule.scope, rule.kind), []).append(rule)
        matchers = {
            scope: _shared_build(memo, "line-matcher", by_stage.get((scope, Kind.LINE_DROP), []), build_line_matcher)
            for scope in Scope
        }
        boundaries = tuple(by_stage.pop((Scope.PAGE, Kind.SEGMENT_BOUNDARY), []))
        cues = tuple(r for scope in Scope for r in by_stage.pop((scope, Kind.SEGMENT_CUE), []))
        scanner = scanner if scanner is not None else LiteralScanner(rule_words(rules))
        matchers = {
            scope: _shared_build(memo, "with-core", [matcher, scanner], lambda pair: with_core(*pair))
            for scope, matcher in matchers.items()
        }
        protected = {r.id: r for r in rules if r.protect}
        cue_candidates = CueCandidates.build(cues, shared) if cues else None
        filters = {
            stage: _shared_build(memo, "filter", stage_rules, _stage_filter) for stage, stage_rules in by_stage.items()
        }
        return cls(
            {k: tuple(v) for k, v in by_stage.items()},
            matchers,
            boundaries,
            cues,
            scanner,
            protected,
            filters,
            cue_candidates,
        )

    def runs_in(self, scope: Scope) -> bool:
        """Whether any text rule applies at `scope` (html-drop and segment rules are not text rules)."""
        skip = (Kind.HTML_DROP, Kind.SEGMENT_BOUNDARY, Kind.SEGMENT_CUE)
        return any(s is scope and k not in skip and rules for (s, k), rules in self.by_stage.items())

    def scan(self, text: str) -> Found:
        """Which rule literals occur in `text`, and on which lines."""
        return self.scanner.scan(text)

    def stage(self, scope: Scope, kind: Kind) -> tuple[CompiledRule, ...]:
        return self.by_stage.get((scope, kind), ())

    def candidates(self, scope: Scope, kind: Kind, present: frozenset[str]) -> Sequence[int]:
        """Positions in `stage(scope, kind)` of the rules a text holding the literals `present` may fire, in order.

        The cost does not grow with the rules whose literals the text lacks.
        """
        unfiltered, by_literal, literals = self.filters.get((scope, kind), ((), {}, frozenset()))
        # A page holds many literals, most of them other stages': keep this stage's (one C-level intersection).
        return _candidates(present & literals, len(self.stage(scope, kind)), unfiltered, by_literal)


T = TypeVar("T")


def rule_words(rules: Iterable[CompiledRule]) -> set[str]:
    """The literals the rules' patterns and line-drop phrases need (a text lacking all of a rule's
    cannot fire it): what a scanner for these rules looks for."""
    words: set[str] = set()
    for rule in rules:
        for needs in (rule.needs, rule.prev_needs, rule.next_needs):
            words.update(needs or ())
        if rule.kind is Kind.LINE_DROP and rule.phrases:
            words.update(phrase_words(rule) or ())
    return words


def _stage_filter(
    rules: Sequence[CompiledRule],
) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]], frozenset[str]]:
    unfiltered, by_literal = _literal_index(rules)
    return unfiltered, by_literal, frozenset(by_literal)


def _shared_build(memo: dict[Any, Any], what: Any, objects: Sequence[Any], build: Callable[[Any], T]) -> T:
    """`build(objects)`, made once per `what` and these very objects (by identity: the memo keeps
    them, so that no other object takes their place in it)."""
    key = (what, tuple(map(id, objects)))
    kept = memo.get(key)
    if kept is None:
        kept = memo[key] = (tuple(objects), build(objects))
    return kept[1]


def _load_line_model(rule: Rule) -> Any:
    """The model a line-model rule names, read from its file (a path relative to the rule file)."""
    from cleaner.linemodel import LineModel

    path = Path(rule.file).parent / (rule.model or "")
    try:
        return LineModel.load(path)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise RuleError(rule.file, rule.where("model"), rule.id, f"cannot read the model {path}: {exc}") from exc


def compile_rules(rules: Iterable[Rule], cache: PatternCache | None = None) -> RuleSet:
    """Compile every rule, raising RuleErrors that list every bad pattern.

    With a `cache` (`PatternCache.default()` for the one on disk), patterns
    checked by an earlier run compile on first use, and new ones are added
    to it.
    """
    cache = cache if cache is not None else PatternCache(None)
    compiled, errors = [], []
    for rule in rules:
        try:
            compiled.append(compile_rule(rule, cache))
        except RuleError as exc:
            errors.append(exc)
    if errors:
        raise RuleErrors(errors)
    cache.save()
    return RuleSet(tuple(compiled))
