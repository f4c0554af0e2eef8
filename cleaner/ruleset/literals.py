"""Required literals: the strings a pattern cannot match without, found for all rules in one scan.

Most rules can only fire where some word occurs ("advertisement", "cookie",
"all rights reserved"). `required_literals` reads a pattern's syntax tree and
returns a set of strings of which every match must contain one (or None when
it cannot tell); `LiteralScanner` finds every occurrence of all the rules'
literals in a text in one Aho-Corasick pass (pyahocorasick: 40 MB/s here,
where a prefix-merged `regex` alternation with overlapped matches ran at 1.5). The engine then
runs a rule only on the lines (or texts) where one of its literals occurs, so
the cost of a text no longer grows with the number of rules.

Both sides are compared after `fold`, which is applied character by
character: if a text contains a string, its fold contains the string's fold,
and a case-insensitive match of an ASCII letter folds to that letter.

>>> sorted(required_literals(r"(?:sign up|subscribe) (?:now|today)", 0))
['sign up now', 'sign up today', 'subscribe now', 'subscribe today']
>>> required_literals(r"\\p{Lu}[^\\n]{5,40}", 0) is None
True
"""

from __future__ import annotations

import itertools
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ahocorasick
import regex

from cleaner.core import CORE
from cleaner.memo import LineMemo

IGNORECASE = int(re.IGNORECASE)  # the parser's flags are ints; enum arithmetic is slow
VERBOSE = int(re.VERBOSE)
#: Exact string sets bigger than this are given up (only "one of these is required" is kept).
MAX_EXACT = 64
#: Classes of at most this many characters count as a choice of literals (`[-–—]`).
MAX_CLASS = 12
#: `regex` syntax the standard parser does not know, replaced by an equivalent single-character class.
REGEX_ONLY = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")


def fold(text: str) -> str:
    """The comparison form of a text: casefolded, dotless i read as i, every decimal digit read as 0.

    `regex`'s IGNORECASE matches "I" against "ı"; casefold alone keeps "ı".
    A pattern's `\\d` matches any decimal digit: read as "0", it gives
    literals such as "0:" (a clock time) that a scan can look for.

    >>> fold("İSTANBUL Straße ı, 12:45 ٣")
    'i̇stanbul strasse i, 00:00 0'
    """
    if CORE is not None:
        return str(CORE.fold(text))
    return NONZERO_DIGIT.sub("0", text.casefold().replace("ı", "i"))


#: A decimal digit (Unicode category Nd, what `\\d` matches) other than 0. (`re.sub` is three times
#: faster here than `str.translate` with a table of the 660 digits.)
NONZERO_DIGIT = re.compile(r"[^\D0]")


@dataclass(frozen=True, slots=True)
class _Info:
    """What a piece of pattern can match.

    `exact`: all the strings it matches (if few); `need`: strings one of which
    every match contains; `first`/`last`: strings every match starts/ends
    with. A zero-width piece (`zero`) matches no text: a lookahead's `first`
    is what the text after it starts with, a lookbehind's `behind` what the
    text before it ends with. Adjacent pieces combine `last` and `first` into
    a need ("[ \\t]+(?=[,.])" needs " ," or " ." ...).
    """

    exact: frozenset[str] | None
    need: frozenset[str] | None
    first: frozenset[str] | None = None
    last: frozenset[str] | None = None
    zero: bool = False
    behind: frozenset[str] | None = None
    #: The piece may match nothing or some text (`x?`, `x*`): the text after it is preceded by
    #: its `last` or by whatever came before it.
    maybe: bool = False


_EMPTY = _Info(frozenset({""}), None, zero=True)
_UNKNOWN = _Info(None, None)


def selective(needs: frozenset[str] | None) -> frozenset[str] | None:
    """`needs` if every string in it is rare enough to be worth scanning for, else None.

    A single ASCII or punctuation character (" ", ":", "-") or a frequent
    pair (". ", " t") occurs every few characters: scanning for it costs more
    than running the rule. A pair of letters ("ad"), a space before
    punctuation (" ,") or a rare symbol ("©") is kept.

    >>> selective(frozenset({"(c)", "©", "ad", " ,"})) == frozenset({"(c)", "©", "ad", " ,"})
    True
    >>> selective(frozenset({"©", ". "})), sorted(selective(frozenset({"@", "»"})))
    (None, ['@', '»'])
    """
    if needs is None or any(_frequent(s) for s in needs):
        return None
    return needs


#: Single characters on nearly every line of prose. Others ("@", "|", ">", "»", "©") are rare enough to scan for.
COMMON_CHARACTERS = frozenset(" \t.,;:'\"!?()-/’‘“”–—…")


def _frequent(string: str) -> bool:
    """Strings that occur on nearly every line: a letter, digit, space or common punctuation mark, or a
    pair such as "e " or " t" (a word's edge), ". " (punctuation then space) or "’s" ("'" then a letter)."""
    if len(string) == 1:
        return string.isalnum() or string in COMMON_CHARACTERS
    if len(string) != 2:
        return False
    a, b = string[0], string[1]
    return b.isspace() or (a.isspace() and b.isalnum()) or (_punctuation(a) and b.isalnum())


def _punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PZ"


def required_literals(source: str, flags: int = 0) -> frozenset[str] | None:
    """Folded strings one of which every match of `source` contains; None if none can be told.

    `flags` are `regex` flags; only IGNORECASE matters here. Syntax the
    standard library cannot parse gives None (the rule then runs everywhere).

    >>> sorted(required_literals("(?i)ad(?:vert)?", 0))
    ['ad']
    >>> sorted(required_literals("[-–] ©", 0))
    ['- ©', '– ©']
    """
    return analyse(source, flags)[0]


#: "No upper bound" in a pattern width.
UNBOUNDED = sys.maxsize


def analyse(
    source: str, flags: int = 0, newlines: bool = False
) -> tuple[frozenset[str] | None, tuple[int, int] | None]:
    """A pattern's required literals (as `required_literals`) and the width of its matches, from one parse.

    The width is the least and most characters a match can span (UNBOUNDED
    for no limit); None if the pattern cannot be read. A line shorter or
    longer than that cannot match it in full, whatever else it holds.

    With `newlines`, for a pattern run on a whole text, a literal may start
    or end with a line break ("\\n-": a line that starts with "-"); the
    `LiteralScanner` finds such literals by scanning each line with a line
    break on either side.

    >>> analyse(r"\\p{Lu}[^\\n.]{0,40}", 0)
    (None, (1, 41))
    >>> analyse(r"^(?P<s>[^\\n]+)\\n(?:- [^\\n]+\\n)?- (?P=s)$", 0, newlines=True)[0]
    frozenset({'\\n-'})
    """
    if "\\\\" in source:
        return None, None  # an escaped backslash could hide "\\p{...}" from the rewrite below
    source = REGEX_ONLY.sub(r"\\w", source.removeprefix("(?r)"))
    if newlines:
        source = source.replace(r"\n", r"\ue000")  # the pattern's line breaks read as NEWLINE_STANDIN
    parse_flags = (IGNORECASE if flags & regex.IGNORECASE else 0) | (VERBOSE if flags & regex.VERBOSE else 0)
    try:
        tree = sre_parse.parse(source, parse_flags)
        low, high = tree.getwidth()
    except (re.error, OverflowError, RecursionError, ValueError):
        return None, None
    width = (low, UNBOUNDED if high >= sre.MAXREPEAT else high)
    ignorecase = bool(tree.state.flags & re.IGNORECASE)
    try:
        info = _sequence(list(tree), ignorecase)
    except RecursionError:
        return None, width
    best = _best(info)
    literals = _minimal(best) if best is not None else None
    return (_restore_newlines(literals) if newlines and literals is not None else literals), width


#: What a line break in a pattern is read as when literals may hold one (a private-use character).
NEWLINE_STANDIN = "\ue000"


def _restore_newlines(literals: frozenset[str]) -> frozenset[str] | None:
    """The literals with their line breaks back; None if a break is inside one (a line scan cannot find it)."""
    restored = frozenset(s.replace(NEWLINE_STANDIN, "\n") for s in literals)
    return restored if all(_on_one_line(s) for s in restored) else None


def _on_one_line(literal: str) -> bool:
    """A literal a scan of one line, with a line break on either side, can find: a break only at its ends."""
    core = literal.strip("\n")
    if not core:
        return literal in ("\n", "\n\n")  # a line break, or an empty line
    return "\n" not in core and not literal.startswith("\n\n") and not literal.endswith("\n\n")


def _best(info: _Info) -> frozenset[str] | None:
    """The most selective requirement: the exact strings if none is empty, else the need."""
    candidates = [s for s in (info.exact, info.need) if s is not None and "" not in s]
    if not candidates:
        return None
    return max(candidates, key=_selectivity)


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    """Drop strings that contain another one: a text with "advert" has "ad" too."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _sequence(items: Sequence[tuple[object, Any]], ignorecase: bool) -> _Info:
    """A concatenation: exact strings multiplied out while few, else the best requirement of a part."""
    needs: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    whole = True
    tail: frozenset[str] | None = None
    first: frozenset[str] | None = None
    started = False
    zero = True
    for op, arg in items:
        part = _node(op, arg, ignorecase)
        if part.need is not None:
            needs.append(part.need)
        extends_run = part.exact is not None and run is not None and len(run) * len(part.exact) <= MAX_EXACT
        if part.first is not None and tail is not None and not (extends_run and not part.zero):
            needs.append(_product(tail, part.first) or frozenset({""}))
        if part.zero:
            tail = part.behind or tail
        elif part.maybe:
            zero = False
            if not started:
                first, started = None, True
            tail = _union([tail, part.last])
        else:
            zero = False
            if not started:
                first, started = part.first, True
            tail = part.last
        if extends_run:
            run = frozenset(a + b for a, b in itertools.product(run, part.exact))  # type: ignore[arg-type]
            continue
        whole = False
        if run is not None:
            needs.append(run)
        run = part.exact
    if run is not None:
        needs.append(run)
    useful = [n for n in needs if "" not in n]
    exact = run if whole else None
    last: frozenset[str] | None = None if zero else tail
    if exact is not None and "" not in exact:
        first = last = exact
    return _Info(exact, max(useful, key=_selectivity) if useful else None, first, last, zero and whole)


def _product(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    """Every left string followed by every right one, if that is few strings (and none empty)."""
    if "" in left or "" in right or len(left) * len(right) > MAX_EXACT:
        return None
    return frozenset(a + b for a, b in itertools.product(left, right))


def _selectivity(strings: frozenset[str]) -> tuple[bool, int, int]:
    """No frequent string first, then longer shortest string, then fewer strings: what rules out most text."""
    return not any(_frequent(x) for x in strings), min(len(x) for x in strings), -len(strings)


def _node(op: object, arg: Any, ignorecase: bool) -> _Info:
    if op is sre.LITERAL:
        char = _literal(arg, ignorecase)
        return _Info(frozenset({char}), None, frozenset({char}), frozenset({char})) if char is not None else _UNKNOWN
    if op is sre.IN:
        return _class(arg, ignorecase)
    if op in (sre.AT, sre.ASSERT_NOT):
        return _EMPTY
    if op is sre.ASSERT:
        direction, pattern = arg
        inner = _sequence(list(pattern), ignorecase)
        if direction < 0:
            return _Info(frozenset({""}), _best(inner), zero=True, behind=inner.last)
        return _Info(frozenset({""}), _best(inner), first=inner.first, zero=True)
    if op is sre.SUBPATTERN:
        _group, add, remove, pattern = arg
        scoped = (ignorecase or bool(add & IGNORECASE)) and not remove & IGNORECASE
        return _sequence(list(pattern), scoped)
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg), ignorecase)
    if op is sre.BRANCH:
        return _branch(arg[1], ignorecase)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, pattern = arg
        inner = _sequence(list(pattern), ignorecase)
        if high == 1 and inner.exact is not None:
            if low == 0:
                return _Info(inner.exact | {""}, None)
            return _Info(inner.exact, inner.need, inner.first, inner.last)
        if low == 0:
            return _EMPTY if high == 0 else _Info(None, None, last=inner.last, maybe=True)
        return _Info(None, _best(inner), inner.first, inner.last)
    return _UNKNOWN


def _branch(alternatives: Iterable[Any], ignorecase: bool) -> _Info:
    """An alternation: exact if every branch is, and required only if every branch requires something."""
    infos = [_sequence(list(alt), ignorecase) for alt in alternatives]
    exact: frozenset[str] | None = frozenset()
    for info in infos:
        exact = exact | info.exact if exact is not None and info.exact is not None else None
    if exact is not None and len(exact) > MAX_EXACT:
        exact = None
    first = _union(info.first for info in infos)
    last = _union(info.last for info in infos)
    need: frozenset[str] = frozenset()
    for info in infos:
        best = _best(info)
        if best is None:
            return _Info(exact, None, first, last)
        need |= best
    return _Info(exact, need, first, last)


def _union(sets: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """The union of sets, or None if any is unknown (or empty strings creep in, or it grows large)."""
    out: frozenset[str] = frozenset()
    for part in sets:
        if part is None or "" in part:
            return None
        out |= part
    return out if 0 < len(out) <= MAX_EXACT else None


def _literal(code: int, ignorecase: bool) -> str | None:
    """The folded form of a literal character; None for a newline (text is scanned line by line).

    Characters that `regex` matches case-insensitively have the same casefold
    (dotless i aside, which `fold` handles); tests/test_literals.py checks this
    against every Unicode character for the characters the shipped rules use.
    """
    return None if code == 10 else fold(chr(code))


def _class(items: Sequence[tuple[object, Any]], ignorecase: bool) -> _Info:
    """A small class of plain characters (`[-–—]`) is a choice of literals; anything else is unknown."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre.LITERAL:
            char = _literal(arg, ignorecase)
            if char is None:
                return _UNKNOWN
            chars.add(char)
        elif op is sre.RANGE and arg[1] - arg[0] < MAX_CLASS:
            for code in range(arg[0], arg[1] + 1):
                char = _literal(code, ignorecase)
                if char is None:
                    return _UNKNOWN
                chars.add(char)
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            chars.add("0")  # `\\d`: any decimal digit, which `fold` reads as 0
        else:
            return _UNKNOWN
        if len(chars) > MAX_CLASS:
            return _UNKNOWN
    return _Info(frozenset(chars), None, frozenset(chars), frozenset(chars)) if chars else _UNKNOWN


@dataclass(frozen=True, slots=True)
class Found:
    """The scanned literals a text contains: anywhere, and line by line (lines split at "\\n")."""

    present: frozenset[str] = frozenset()
    by_line: dict[int, frozenset[str]] = field(default_factory=dict)

    def line(self, index: int) -> frozenset[str]:
        """The literals on line `index` (0-based)."""
        return self.by_line.get(index, _NOTHING)


_NOTHING: frozenset[str] = frozenset()


class LiteralScanner:
    """Finds every occurrence of a fixed set of folded literals in a text, in one Aho-Corasick pass.

    >>> scanner = LiteralScanner(["ad", "advert", "vert"])
    >>> sorted(scanner.scan("An ADVERT").present)
    ['ad', 'advert', 'vert']
    >>> LiteralScanner(["\\n-", "ad"]).scan("An ad\\n- Reuters").by_line
    {0: frozenset({'ad'}), 1: frozenset({'\\n-'})}
    """

    def __init__(self, literals: Iterable[str]) -> None:
        self.literals: tuple[str, ...] = tuple(sorted({w for w in literals if w}))
        self._automaton = ahocorasick.Automaton()
        for word in self.literals:
            self._automaton.add_word(word, word)
        if self.literals:
            self._automaton.make_automaton()
        #: Literals may start or end with a line break (`analyse(..., newlines=True)`): each line is then
        #: scanned with a line break on either side.
        self._padded = any("\n" in word for word in self.literals)
        self._memo: LineMemo[str, frozenset[str]] = LineMemo()
        #: The compiled core's scanner (cleaner.core), when it runs: the same lines found, in one
        #: call, remembered there; `_sets` holds the sets of literals it numbers, by number.
        self._core = CORE.Scanner(list(self.literals)) if CORE is not None else None
        self._sets: list[frozenset[str]] = [_NOTHING]
        self._generation = 0
        #: The last text scanned and what it holds: a page is scanned again as it stands by the
        #: segmenter and by the first pass of each stage (one attribute, replaced whole: threads
        #: sharing the scanner see a pair, never half of one).
        self._last: tuple[str, Found] | None = None

    def scan(self, text: str) -> Found:
        """The literals in `text`, line by line (lines split at "\\n").

        Lines are looked up in a memo first: the passes over a page and the
        pages of one site repeat most of their lines. The same text twice in a row is
        answered from the last scan.
        """
        if not self.literals:
            return Found()
        last = self._last
        if last is not None and text == last[0]:
            return last[1]
        found = self._scanned(text)
        self._last = (text, found)
        return found

    def _scanned(self, text: str) -> Found:
        """`scan` without its memo of the last text."""
        if self._core is not None:
            lines, new_sets, generation = self._core.scan(text, len(self._sets), self._generation)
            if generation != self._generation:  # the core's memo started again: sets numbered anew
                self._sets, self._generation = [_NOTHING], generation
            for number, words in new_sets:  # the sets numbered since the last scan (the core's line
                assert number == len(self._sets)  # rules scan with the same scanner)
                self._sets.append(frozenset(self.literals[k] for k in words))
            sets = self._sets
            on_lines = {index: sets[number] for index, number in lines}
            return Found(frozenset().union(*(sets[n] for n in {n for _, n in lines})), on_lines)
        memo = self._memo
        by_line: dict[int, frozenset[str]] = {}
        for index, line in enumerate(text.split("\n")):
            words = memo.get(line)
            if words is None:
                folded = f"\n{fold(line)}\n" if self._padded else fold(line)
                words = frozenset(word for _, word in self._automaton.iter(folded))
                memo.remember(line, words, len(line))
            if words:
                by_line[index] = words
        return Found(frozenset().union(*by_line.values()), by_line)


def backtracking_risks(source: str, flags: int = 0) -> list[str]:
    """Nested unbounded quantifiers in a pattern (`(a+)+`, `(\\w+\\s?)*`): the shape of catastrophic backtracking.

    A quantified group that repeats without bound and holds another unbounded
    quantifier can try exponentially many ways to split a failing line.
    Possessive and atomic groups cannot backtrack, so they are not reported.

    >>> backtracking_risks(r"(?:\\w+\\s?)+$"), backtracking_risks(r"(?:\\S+[ \\t]+){0,3}\\S+")
    (['an unbounded repeat holds another unbounded repeat'], [])
    """
    source = REGEX_ONLY.sub(r"\\w", source.removeprefix("(?r)"))
    try:
        tree = sre_parse.parse(source, re.VERBOSE if flags & regex.VERBOSE else 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return []
    return ["an unbounded repeat holds another unbounded repeat"] if _nested_unbounded(list(tree), False) else []


def _nested_unbounded(items: Sequence[tuple[object, Any]], inside: bool) -> bool:
    """Whether an unbounded repeat's body is an unbounded repeat plus only optional pieces (so splits are ambiguous)."""
    for op, arg in items:
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            _low, high, pattern = arg
            body = _flatten(list(pattern))
            if high == sre.MAXREPEAT and _ambiguous(body):
                return True
            if _nested_unbounded(body, inside or high == sre.MAXREPEAT):
                return True
        else:
            inner = [list(arg[3])] if op is sre.SUBPATTERN else [list(a) for a in arg[1]] if op is sre.BRANCH else []
            if any(_nested_unbounded(part, inside) for part in inner):
                return True
    return False


def _flatten(items: list[tuple[object, Any]]) -> list[tuple[object, Any]]:
    """A body with its plain groups opened: `(?:\\w+\\s?)` -> `\\w+`, `\\s?`."""
    while len(items) == 1 and items[0][0] is sre.SUBPATTERN:
        items = list(items[0][1][3])
    return items


def _ambiguous(body: list[tuple[object, Any]]) -> bool:
    """An unbounded repeat and otherwise only pieces that may match nothing."""
    unbounded = [x for x in body if x[0] in (sre.MAX_REPEAT, sre.MIN_REPEAT) and x[1][1] == sre.MAXREPEAT]
    optional = [
        x for x in body if (x[0] in (sre.MAX_REPEAT, sre.MIN_REPEAT) and x[1][0] == 0) or x[0] in (sre.AT, sre.ASSERT)
    ]
    return bool(unbounded) and all(x in unbounded or x in optional for x in body)
