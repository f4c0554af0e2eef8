"""One pure function per rule kind: find the edits a rule makes to a text.

Each function reads a text and returns `Edit`s; none of them changes the text
itself (`cleaner.engine.edits.apply_edits` does that), so each kind can be
tested on its own and every change carries its rule id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import regex

from cleaner.engine import limits
from cleaner.engine.edits import Edit, line_spans, tidy_span
from cleaner.engine.limits import RuleTimeout, line_timeout
from cleaner.memo import LineMemo
from cleaner.ruleset.compiler import CompiledRule, LineMatcher
from cleaner.ruleset.literals import Found
from cleaner.types import Kind


def drop_lines(matcher: LineMatcher, text: str, found: Found | None = None) -> list[Edit]:
    """Drop every line a line-drop rule matches in full (context rules check neighbours).

    `found` (the rule literals in `text`, line by line) lets each line skip the
    rules it cannot match; without it every rule is tried. Each line costs one
    lookup of its remembered verdict; neighbours are looked at only for the
    lines a contextual rule may match by their literals and length. The
    compiled core, where it runs, does all of it in one call, scan included.
    """
    if matcher.core is not None:
        try:
            dropped = matcher.core.drop_lines(text)
        except UnicodeEncodeError:  # a lone surrogate: text the core cannot hold
            pass
        else:
            ids = matcher.core_ids
            return [Edit(start, end, ids[rule], Kind.LINE_DROP) for start, end, rule in dropped]
    spans = line_spans(text)
    lines = text.split("\n")[: len(spans)]  # a final newline ends the last line, it does not start one
    edits = []
    for index, (start, end) in enumerate(spans):
        verdict = matcher.line_verdict(lines[index], found.line(index) if found is not None else None)
        if isinstance(verdict, str):
            edits.append(Edit(start, end, verdict, Kind.LINE_DROP))
        elif verdict:
            rule_id = _contextual_rule(matcher, lines, index, verdict, found)
            if rule_id is not None:
                edits.append(Edit(start, end, rule_id, Kind.LINE_DROP))
    return edits


def _nearest(lines: list[str], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (`step` -1) or after (+1) line `index`."""
    other = index + step
    while 0 <= other < len(lines):
        if lines[other].strip():
            return other
        other += step
    return None


def _contextual_rule(
    matcher: LineMatcher,
    lines: list[str],
    index: int,
    fitting: tuple[int, ...],
    found: Found | None,
) -> str | None:
    """The first of the contextual rules `fitting` line `index` (by its literals and length) that drops it:
    cheap checks first, then the patterns (remembered)."""
    before, after = _nearest(lines, index, -1), _nearest(lines, index, 1)
    contextual = matcher.contextual
    stripped = lines[index].strip()
    for position in fitting:
        rule = contextual[position]
        if rule.rule.isolated and not _blank_around(lines, index):
            continue
        if (rule.prev is not None and before is None) or (rule.next is not None and after is None):
            continue
        if found is not None and not (
            (before is None or _may_hold(rule.prev_needs, found, before))
            and (after is None or _may_hold(rule.next_needs, found, after))
        ):
            continue
        if not matcher.context_test(position, "match", stripped):
            continue
        if before is not None:
            previous = lines[before].strip()
            if len(previous) < rule.prev_min or not matcher.context_test(position, "prev", previous):
                continue
        if after is not None:
            following = lines[after].strip()
            if len(following) < rule.next_min or not matcher.context_test(position, "next", following):
                continue
        return rule.id
    return None


def _may_hold(needs: frozenset[str] | None, found: Found, index: int) -> bool:
    """False when line `index` lacks every literal a pattern needs (so the pattern cannot match it)."""
    return needs is None or not needs.isdisjoint(found.line(index))


def _blank_around(lines: list[str], index: int) -> bool:
    """True when the lines right before and after `index` are blank (a paragraph of its own)."""
    return 0 < index < len(lines) - 1 and not lines[index - 1].strip() and not lines[index + 1].strip()


def drop_spans(rule: CompiledRule, text: str) -> list[Edit]:
    """Delete each match inside its paragraph, tidying the spaces around it."""
    edits = []
    for m in rule.pattern.finditer(text, timeout=limits.MATCH_TIMEOUT):
        if m.end() > m.start():
            start, end = tidy_span(text, m.start(), m.end())
            edits.append(Edit(start, end, rule.id, Kind.SPAN_DROP))
    return edits


def drop_blocks(rule: CompiledRule, text: str, found: Found | None = None) -> list[Edit]:
    """Drop from a `start` line up to (not including) the `until` line or the end of the text.

    A block longer than `max_lines` non-blank lines or `max_chars` characters is
    left alone: it is more likely content than a widget. With `found` (the
    rule literals in `text`, line by line), only lines holding one of the
    `start` pattern's literals are tried.
    """
    may_start = None
    if found is not None and rule.needs is not None:
        if rule.needs.isdisjoint(found.present):
            return []  # no line holds one of the literals a start needs
        may_start = {i for i, words in found.by_line.items() if not rule.needs.isdisjoint(words)}
    spans = line_spans(text)
    edits = []
    index = 0
    while index < len(spans):
        if may_start is not None and index not in may_start:
            index += 1
            continue
        start, end = spans[index]
        line = text[start:end].strip()
        if not rule.fits(len(line)) or not limits.fullmatch(rule.pattern, line):
            index += 1
            continue
        stop = _block_stop(rule, text, spans, index)
        block_lines = [text[s:e] for s, e in spans[index:stop] if text[s:e].strip()]
        block_end = spans[stop - 1][1]
        if len(block_lines) > rule.rule.max_lines or block_end - start > rule.rule.max_chars:
            index += 1
            continue
        edits.append(Edit(start, block_end, rule.id, Kind.BLOCK_UNTIL))
        index = stop
    return edits


def _block_stop(rule: CompiledRule, text: str, spans: list[tuple[int, int]], first: int) -> int:
    """Index of the first line after the block: the `until` line, a blank one, or the end."""
    until = rule.rule.until
    for index in range(first + 1, len(spans)):
        line = text[spans[index][0] : spans[index][1]].strip()
        if until == "blank" and not line:
            return index
        if rule.until is not None and limits.fullmatch(rule.until, line):
            return index
    return len(spans)


def cut_footer(rule: CompiledRule, text: str) -> list[Edit]:
    """Cut from the first footer marker to the end, if that tail is at most `max_chars` long.

    A marker with no text before it is left alone: cutting there would empty the article.
    """
    m = rule.pattern.search(text, timeout=limits.MATCH_TIMEOUT)
    if m is None or len(text) - m.start() > rule.rule.max_chars or not text[: m.start()].strip():
        return []
    start = m.start()
    while start > 0 and text[start - 1].isspace():
        start -= 1
    return [Edit(start, len(text), rule.id, Kind.FOOTER_CUT)]


def repair(rule: CompiledRule, text: str) -> list[Edit]:
    """Replace each match with the rule's `replace` template (a scraper artefact fixed)."""
    return [
        Edit(m.start(), m.end(), rule.id, Kind.REPAIR, m.expand(rule.rule.replace))
        for m in rule.pattern.finditer(text, timeout=limits.MATCH_TIMEOUT)
    ]


def drop_videos(rule: CompiledRule, text: str) -> list[Edit]:
    """Drop video embeds: a timestamp with the video's title, on lines of their own or inline."""
    found = rule.pattern.finditer(text, timeout=limits.MATCH_TIMEOUT)
    edits = [Edit(m.start(), m.end(), rule.id, Kind.VIDEO_EMBED) for m in found]
    taken = [(e.start, e.end) for e in edits]
    for m in rule.inline.finditer(text, timeout=limits.MATCH_TIMEOUT):
        if not any(s < m.end() and m.start() < e for s, e in taken):
            start, end = tidy_span(text, m.start(), m.end())
            edits.append(Edit(start, end, rule.id, Kind.VIDEO_EMBED))
    return edits


def find_title(rules: Sequence[CompiledRule], text: str) -> tuple[str | None, list[Edit]]:
    """Take the first line as the headline when a title-line rule matches it and body follows.

    A rule's `next` pattern, if any, must match the first non-blank line after it.
    """
    spans = line_spans(text)
    first = next((i for i, (s, e) in enumerate(spans) if text[s:e].strip()), None)
    if first is None:
        return None, []
    start, end = spans[first]
    line = text[start:end].strip()
    if not text[end:].strip():
        return None, []
    following = next((text[s:e].strip() for s, e in spans[first + 1 :] if text[s:e].strip()), "")
    for rule in rules:
        if _titled(rule, line, following):
            while first + 1 < len(spans) and not text[spans[first + 1][0] : spans[first + 1][1]].strip():
                first += 1
                end = spans[first][1]
            return line, [Edit(0, end, rule.id, Kind.TITLE_LINE)]
    return None, []


def trim_edges(rule: CompiledRule, text: str) -> list[Edit]:
    """Drop the page chrome around the body: long runs of non-prose lines before and after it.

    The body runs from the first to the last line the `prose` pattern matches
    (plus `keep_before` lines before it, for the headline). A leading or
    trailing run with fewer than `min_run` non-blank lines is kept: that is a
    short closing line or a subtitle, not a menu or a footer.
    """
    spans = line_spans(text)
    prose = _prose_lines(rule, text, spans)
    if not prose:
        return []
    first = max(0, prose[0] - rule.rule.keep_before)
    last = prose[-1]
    edits = []
    if _has_lines(text, spans[:first], rule.rule.min_run):
        edits.append(Edit(0, spans[first][0], rule.id, Kind.EDGE_TRIM))
    if _has_lines(text, spans[last + 1 :], rule.rule.min_run) and not _continues_a_list(text, spans, last):
        edits.append(Edit(spans[last][1], len(text), rule.id, Kind.EDGE_TRIM))
    return edits


#: An item of a numbered list: "15) Thriller", "3. Blade Runner".
NUMBERED_ITEM = regex.compile(r"\s*(\d{1,3})[.)]\s+\S")


def _continues_a_list(text: str, spans: list[tuple[int, int]], last: int) -> bool:
    """Whether the lines after line `last` go on with a numbered list the body holds: the first
    numbered item after the body is the one after the body's last (an article's list of products
    or tips runs on past its last paragraph; a footer's or a sidebar's list starts again at 1).

    >>> text = "1) Lego set\\nIt is a fine gift for anyone who grew up in the eighties.\\n2) Race track\\nmore"
    >>> _continues_a_list(text, line_spans(text), 1)
    True
    """

    def number(index: int) -> int | None:
        m = NUMBERED_ITEM.match(text, spans[index][0], spans[index][1])
        return int(m.group(1)) if m else None

    before = next((n for i in range(last, -1, -1) if (n := number(i)) is not None), None)
    after = next((n for i in range(last + 1, len(spans)) if (n := number(i)) is not None), None)
    return before is not None and after == before + 1


def _has_lines(text: str, spans: list[tuple[int, int]], count: int) -> bool:
    """Whether at least `count` of the lines at `spans` are not blank (counting stops there)."""
    for start, end in spans:
        if count <= 0:
            break
        if text[start:end].strip():
            count -= 1
    return count <= 0


def _titled(rule: CompiledRule, line: str, following: str) -> bool:
    """Whether a title-line rule takes `line` as the headline (its `next` checked on the line after)."""
    try:
        if rule.pattern.fullmatch(line, timeout=limits.MATCH_TIMEOUT) is None:
            return False
        return rule.next is None or rule.next.search(following, timeout=limits.MATCH_TIMEOUT) is not None
    except TimeoutError as exc:
        raise RuleTimeout(rule.id) from exc


def _prose_lines(rule: CompiledRule, text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The indexes of the lines of `text` that `rule` takes for prose (remembered per pattern and text:
    rules that share a `prose` pattern ask about the same text one after another)."""
    key = (rule.pattern, text)
    prose = PROSE_LINES.get(key)
    if prose is None:
        prose = [i for i, (s, e) in enumerate(spans) if _prose(rule, text[s:e].strip())]
        PROSE_LINES.remember(key, prose, len(text))
    return prose


#: Prose line indexes by (pattern, text), for the last few texts.
PROSE_LINES: LineMemo[tuple[Any, str], list[int]] = LineMemo(budget=200_000)


def _prose(rule: CompiledRule, line: str) -> bool:
    """Whether an edge-trim rule takes `line` for prose (remembered: every pass and page re-asks)."""
    timeout = line_timeout(line)
    if timeout is not None:  # a long line: under the time limit, and not remembered
        return rule.pattern.fullmatch(line, timeout=timeout) is not None
    key = (rule.pattern, line)
    verdict = PROSE.get(key)
    if verdict is None:
        verdict = rule.pattern.fullmatch(line) is not None
        PROSE.remember(key, verdict, len(line))
    return verdict


#: Prose verdicts by (pattern, line): a pure function of the two, so one memo serves every Cleaner.
PROSE: LineMemo[tuple[Any, str], bool] = LineMemo()


#: The per-rule kinds, in the order the engine runs them on an article.
RULE_KINDS: dict[Kind, Callable[[CompiledRule, str], list[Edit]]] = {
    Kind.EDGE_TRIM: trim_edges,
    Kind.BLOCK_UNTIL: drop_blocks,
    Kind.VIDEO_EMBED: drop_videos,
    Kind.SPAN_DROP: drop_spans,
    Kind.FOOTER_CUT: cut_footer,
    Kind.REPAIR: repair,
}


def drop_model_lines(rule: CompiledRule, text: str) -> list[Edit]:
    """Drop the lines a line model scores as furniture (see `cleaner.linemodel.furniture_lines`);
    each edit's note gives the line's score and the features that weighed most."""
    from cleaner.linemodel import furniture_lines

    spans = line_spans(text)
    lines = [text[start:end] for start, end in spans]
    threshold = rule.rule.threshold if rule.rule.threshold is not None else rule.line_model.threshold
    taken = furniture_lines(rule.line_model, lines, threshold, rule.rule.min_lines, rule.rule.max_share)
    edits = []
    for index in sorted(taken):
        score, reasons = taken[index]
        note = f"score {score:.2f}: " + ", ".join(f"{name} {weight:+.2f}" for name, weight in reasons)
        start, end = spans[index]
        edits.append(Edit(start, end, rule.id, Kind.LINE_MODEL, note=note))
    return edits
