"""Time limits on rule patterns: a pattern that backtracks catastrophically must not hang a run.

Every search of a whole text runs under `MATCH_TIMEOUT` (the `regex`
module's own timeout). Per-line matches, the hot path, run under it only on
lines longer than `LONG_LINE` characters: the timeout costs about 2 µs a
call, more than most line matches, and a short line cannot take long unless
the pattern nests quantifiers, which `cleaner rules lint` reports. A pattern
that times out raises `RuleTimeout`, and the pipeline cleans that page again
without the rule, recording it.
"""

from __future__ import annotations

from typing import Any

MATCH_TIMEOUT = 5.0
LONG_LINE = 2_000


class RuleTimeout(Exception):
    """A rule's pattern ran out of time on a text."""

    def __init__(self, rule_id: str) -> None:
        self.rule_id = rule_id
        super().__init__(f"{rule_id}: pattern timed out after {MATCH_TIMEOUT:g} s")


def line_timeout(line: str) -> float | None:
    """The time limit for a per-line match: none on ordinary lines, MATCH_TIMEOUT on long ones.

    Callers pass no `timeout` at all when this is None: even `timeout=None`
    costs the `regex` module about 0.45 µs a call.
    """
    return MATCH_TIMEOUT if len(line) > LONG_LINE else None


def fullmatch(pattern: Any, line: str) -> Any:
    """`pattern.fullmatch(line)`, under the time limit if the line is long."""
    if len(line) > LONG_LINE:
        return pattern.fullmatch(line, timeout=MATCH_TIMEOUT)
    return pattern.fullmatch(line)


def search(pattern: Any, line: str) -> Any:
    """`pattern.search(line)`, under the time limit if the line is long."""
    if len(line) > LONG_LINE:
        return pattern.search(line, timeout=MATCH_TIMEOUT)
    return pattern.search(line)
