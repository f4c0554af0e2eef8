"""Run the rules of one stage over a text, kind by kind, recording every hit.

Within a stage the kinds run in a fixed order (blocks, lines, video embeds,
spans, footers, the headline, repairs); rules of one kind run in file order.
Authors never set priorities.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from cleaner.engine.edits import Edit, apply_edits
from cleaner.engine.kinds import RULE_KINDS, drop_blocks, drop_lines, drop_model_lines, find_title, trim_edges
from cleaner.engine.limits import RuleTimeout
from cleaner.ruleset.compiler import ActiveRules, CompiledRule
from cleaner.types import Kind, RuleHit, Scope

STAGE_ORDER = (
    Kind.BLOCK_UNTIL,
    Kind.LINE_DROP,
    Kind.VIDEO_EMBED,
    Kind.SPAN_DROP,
    Kind.FOOTER_CUT,
    Kind.EDGE_TRIM,
    Kind.TITLE_LINE,
    Kind.REPAIR,
)


@dataclass(frozen=True, slots=True)
class StageResult:
    """What a stage made of a text: the new text, its hits, and a headline if one was found."""

    text: str
    hits: tuple[RuleHit, ...]
    title: str | None = None


#: A removal can expose more noise (a wire slug becomes the last line once the
#: widget after it is gone), so a stage is repeated until nothing changes.
#: On the dev pages (266 of them) four passes always sufficed: a full page
#: with menus can expose one more box of links per pass. Five is the margin.
MAX_PASSES = 5


def run_stage(
    rules: ActiveRules,
    scope: Scope,
    text: str,
    find_headline: bool = False,
    skip: frozenset[Kind] = frozenset(),
    headline: str | None = None,
) -> StageResult:
    """Apply every rule of `scope` to `text` until nothing changes (this makes cleaning idempotent).

    With `find_headline`, the first pass also takes a title line; kinds in
    `skip` do not run (text extracted from HTML has no page chrome to trim).
    `headline` is a headline the article prints above `text` (one its segment
    header gave it): line-drop and edge-trim rules see the text as the article
    shows it, headline and blank line on top, so that cleaning the rendered
    article again finds the same lines (the headline itself is never cut).
    """
    if not rules.runs_in(scope):
        return StageResult(text, ())
    quiet: dict[str, str] = {}
    result = _run_pass(rules, scope, text, find_headline, skip, quiet, headline)
    hits, title = list(result.hits), result.title

    def settle() -> None:
        nonlocal result, title
        for _ in range(MAX_PASSES - 1):
            if not result.hits:
                return
            # A later pass may remove the junk line that hid the headline: look again.
            result = _run_pass(rules, scope, result.text, find_headline and title is None, skip, quiet, headline)
            hits.extend(result.hits)
            title = title or result.title

    settle()
    if Kind.LINE_MODEL not in skip:
        # The rules are done: the line models judge what they left (see run_line_models).
        judged = run_line_models(rules, scope, result.text, headline or title, skip, find_headline)
        hits.extend(judged.hits)
        result = judged
        title = title or judged.title
    return StageResult(result.text, tuple(hits), title)


def run_line_models(
    rules: ActiveRules,
    scope: Scope,
    text: str,
    headline: str | None,
    skip: frozenset[Kind] = frozenset(),
    find_headline: bool = False,
) -> StageResult:
    """The line models of `scope` on a text the rules are done with, once; then the rules again on
    what the models left (a menu gone may bare a footer, or the headline a line above it hid), to
    their fixed point. The pipeline runs this on each article once its page is segmented for good,
    so that what a model takes never changes where the page's articles start."""
    models = rules.stage(scope, Kind.LINE_MODEL)
    text, hits = _run_models(models, text, headline) if models else (text, [])
    if not hits:
        return StageResult(text, ())
    settled = run_stage(
        rules, scope, text, find_headline and headline is None, skip | {Kind.LINE_MODEL}, headline=headline
    )
    return StageResult(settled.text, (*hits, *settled.hits), settled.title)


def _run_models(models: Sequence[CompiledRule], text: str, headline: str | None) -> tuple[str, list[RuleHit]]:
    """The text less the lines each line model takes, and the hits. A model judges the article as it
    prints, `headline` on top (its lines' neighbours are the same when the printed article is
    cleaned again), and never takes the headline."""
    hits: list[RuleHit] = []
    for rule in models:
        find = partial(drop_model_lines, rule)
        edits = find(text) if headline is None else _under(headline, text, find)
        if rule.protect:  # a line holding one of the rule's `protect` patterns stays, as with any rule
            edits = [edit for edit in edits if not _cuts_protected(rule, text, edit)]
        text, new = apply_edits(text, edits)
        hits.extend(new)
    return text, hits


def _run_pass(
    rules: ActiveRules,
    scope: Scope,
    text: str,
    find_headline: bool,
    skip: frozenset[Kind],
    quiet: dict[str, str],
    headline: str | None = None,
) -> StageResult:
    """One pass of every kind in STAGE_ORDER over `text`.

    The text is scanned for the rules' literals once, and again only after a
    kind has changed it; a rule none of whose literals occurs is not run.
    `quiet` maps a rule (or "line-drop" for all line rules) to the text on
    which it last changed nothing: a rule's edits are a pure function of the
    text, so on that same text it is not run again (the confirming pass then
    costs only the rules whose text did change).
    """
    hits: list[RuleHit] = []
    title = None
    found, scanned = rules.scan(text), text
    for kind in STAGE_ORDER:
        if kind in skip:
            continue
        if kind is Kind.LINE_DROP:
            if quiet.get(LINE_DROP_KEY) == text or rules.line_matchers[scope].empty:
                continue
            if scanned is not text:
                found, scanned = rules.scan(text), text
            if headline is None:
                edits = drop_lines(rules.line_matchers[scope], text, found)
            else:
                edits = _under(
                    headline, text, lambda shown: drop_lines(rules.line_matchers[scope], shown, rules.scan(shown))
                )
            before = text
            text, new = apply_edits(text, _unprotected(rules, text, edits))
            hits.extend(new)
            _remember(quiet, LINE_DROP_KEY, before, new)
        elif kind is Kind.TITLE_LINE:
            if find_headline:
                title, edits = find_title(rules.stage(scope, kind), text)
                text, new = apply_edits(text, edits)
                hits.extend(new)
        else:
            stage = rules.stage(scope, kind)
            if not stage:
                continue
            if scanned is not text:
                found, scanned = rules.scan(text), text
            queue, next_index = rules.candidates(scope, kind, found.present), 0
            while next_index < len(queue):
                position = queue[next_index]
                next_index += 1
                rule = stage[position]
                if quiet.get(rule.id) == text:
                    continue
                try:
                    if kind is Kind.EDGE_TRIM and headline is not None:
                        edits = _under(headline, text, partial(trim_edges, rule))
                    elif kind is Kind.BLOCK_UNTIL:
                        edits = drop_blocks(rule, text, found)
                    else:
                        edits = RULE_KINDS[kind](rule, text)
                except TimeoutError as exc:
                    raise RuleTimeout(rule.id) from exc
                before = text
                text, new = apply_edits(text, _unprotected(rules, text, edits) if rule.protect else edits)
                hits.extend(new)
                _remember(quiet, rule.id, before, new)
                if text is not before:
                    # The text changed: the rules after this one are chosen again by its literals now.
                    found, scanned = rules.scan(text), text
                    queue = [p for p in rules.candidates(scope, kind, found.present) if p > position]
                    next_index = 0
    return StageResult(text, tuple(hits), title)


LINE_DROP_KEY = "line-drop"


def _under(headline: str, text: str, find: Callable[[str], list[Edit]]) -> list[Edit]:
    """The edits `find` makes on the text as its article prints it (`Article.render`: headline, blank
    line, text), moved back onto the text; the headline's part is left out."""
    offset = len(headline) + 2
    return [
        replace(edit, start=max(edit.start, offset) - offset, end=edit.end - offset)
        for edit in find(_shown(headline, text))
        if edit.end > offset
    ]


def _shown(headline: str, text: str) -> str:
    """`headline`, a blank line, `text`: the same string object for the same two (the rules of a kind
    ask one after another, and line spans and prose verdicts are kept per text object)."""
    last_headline, last_text, last_shown = _LAST_SHOWN[0]
    if last_headline is headline and last_text is text:
        return last_shown
    shown = f"{headline}\n\n{text}"
    _LAST_SHOWN[0] = (headline, text, shown)
    return shown


#: The last headline and text `_shown` joined, and the result (a one-entry cache).
_LAST_SHOWN: list[tuple[str | None, str | None, str]] = [(None, None, "")]


def _remember(quiet: dict[str, str], key: str, text: str, new: list[RuleHit]) -> None:
    """Note that `key` changed nothing on `text` (or forget it, if it did change something)."""
    if new:
        quiet.pop(key, None)
    else:
        quiet[key] = text


def _unprotected(rules: ActiveRules, text: str, edits: list[Edit]) -> list[Edit]:
    """The edits minus removals that would cut through one of their rule's `protect` patterns."""
    if not rules.protected:
        return edits
    kept = []
    for edit in edits:
        rule = rules.protected.get(edit.rule_id)
        if rule is None or not _cuts_protected(rule, text, edit):
            kept.append(edit)
    return kept


def _cuts_protected(rule: CompiledRule, text: str, edit: Edit) -> bool:
    """Whether `edit` would remove text one of `rule`'s `protect` patterns finds."""
    return any(pattern.search(text, edit.start, edit.end) for pattern in rule.protect)
