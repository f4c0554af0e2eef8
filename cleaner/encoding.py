"""Encoding repair: ftfy set to repair, not restyle, then Unicode NFC; each fix is a hit.

ftfy runs line by line (as `ftfy.fix_text` itself does) and only on lines that
could need it: a pure-ASCII line with no `&` and no control character is
returned untouched by ftfy, so it is skipped. Curly quotes, full-width
characters and ligatures are left as they are: they are style, not damage.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import ftfy
import regex
from ftfy.badness import BADNESS_RE, is_bad
from ftfy.chardata import CONTROL_CHARS

from cleaner.core import CORE
from cleaner.engine.edits import Edit, apply_edits, line_spans
from cleaner.memo import LineMemo
from cleaner.ruleset.translate import union_ranges
from cleaner.types import Kind, RuleHit

FTFY_CONFIG = ftfy.TextFixerConfig(
    # Entities are unescaped even on a line that holds a "<": ftfy's "auto" leaves them on
    # such a line, so a rule that cut the markup off would let a second clean unescape them.
    unescape_html=True,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    normalization=None,
    explain=True,
)


#: The characters some ftfy fixer acts on, whatever the line's script: HTML
#: entities ("&"), the control characters ftfy removes, C1 controls, line
#: separators and lone surrogates, as sorted ranges of code points. Mojibake
#: itself is ftfy's own `is_bad`.
FIXER_RANGES: tuple[tuple[int, int], ...] = union_ranges(
    [(ord(c), ord(c)) for c in "&\r\x85\u2028\u2029"]
    + [(0x80, 0x9F), (0xD800, 0xDFFF)]
    + [(code, code) for code in CONTROL_CHARS]
)
#: FIXER_RANGES less the surrogates, which a text the core reads cannot hold.
FIXER_CORE_RANGES = [(low, high) for low, high in FIXER_RANGES if high < 0xD800 or low > 0xDFFF]
#: The same characters as a class for the standard library's `re`, which tests it against a
#: bitmap: ten times faster here than `regex`, which scans its ranges. (The compiled core,
#: where it runs, reads a page in one pass instead: see `_fixer_lines`.)
FIXER_CHARS = re.compile(
    # (The surrogates as chr(): mypyc, which compiles this module, takes no lone surrogate in a literal.)
    "[" + "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in FIXER_RANGES) + "]"
)
#: Line and paragraph separators other than \n (vertical tab and form feed
#: included: ftfy would delete them and glue the words on either side).
NEWLINE_CHARS = "\r\x0b\x0c\x85\u2028\u2029"
NEWLINES = regex.compile("\r\n?|[" + NEWLINE_CHARS + "]")


def needs_repair(line: str) -> bool:
    """False when ftfy is certain to leave `line` alone (the cheap check on the hot path).

    With the fixers this config leaves on, ftfy changes a line only if it holds
    a character one of them acts on, or if its `is_bad` finds mojibake: the
    same tests ftfy makes, so skipping ftfy here never changes the output.

    >>> needs_repair("plain ascii"), needs_repair("“curly” café")
    (False, False)
    >>> needs_repair("caf\u00c3\u00a9"), needs_repair("a &amp; b")
    (True, True)
    """
    if FIXER_CHARS.search(line) is not None:
        return True
    return not line.isascii() and is_bad(line)


def lines_to_repair(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """Indexes of the lines for which `needs_repair` holds, found by whole-text searches.

    The same verdicts as calling `needs_repair` on every line: fixer
    characters are found in one search of the whole text, and ftfy's mojibake
    test runs only on the lines that hold a non-ASCII character.

    >>> text = "ok\\ncaf\\u00c3\\u00a9\\nfine\\na &amp; b"
    >>> lines_to_repair(text, line_spans(text))
    [1, 3]
    """
    chosen = _fixer_lines(text, spans)
    if text.isascii():
        return sorted(chosen)
    # (The lines of `spans` are those of split("\n"): a line's own isascii is seven times faster
    # than a pattern finding the lines that hold a non-ASCII character.)
    for index, line in enumerate(text.split("\n")):
        if not line.isascii() and index not in chosen:
            start, end = spans[index]
            if _is_bad(text[start:end]):
                chosen.add(index)
    return sorted(chosen)


def _fixer_lines(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indexes of the lines of `spans` (those of split("\\n")) that hold a character of
    `FIXER_RANGES`: asked of the compiled core where it runs (one pass over the page, eight
    times faster than `re`'s search on prose), else found by `FIXER_CHARS`."""
    if CORE is not None:
        try:
            return set(CORE.lines_holding(text, FIXER_CORE_RANGES))
        except UnicodeEncodeError:  # a lone surrogate: not text the core can hold
            pass
    starts = [start for start, _ in spans]
    return {bisect_right(starts, m.start()) - 1 for m in FIXER_CHARS.finditer(text)}


def _is_bad(line: str) -> bool:
    """ftfy's mojibake test, remembered (`IS_BAD`): the costliest check per line.

    A line without any of the characters some part of every branch of ftfy's
    pattern requires (`MOJIBAKE_CHARS`) cannot match it, and skips the test.
    """
    verdict = IS_BAD.get(line)
    if verdict is None:
        verdict = _prefiltered_is_bad(line)
        IS_BAD.remember(line, verdict, len(line))
    return verdict


#: ftfy's verdicts by line: a pure function of the line, so one memo serves every Cleaner.
IS_BAD: LineMemo[str, bool] = LineMemo()


def _prefiltered_is_bad(line: str) -> bool:
    """ftfy's `is_bad`, run only where a character of some branch's rarest class has that branch's
    neighbours on either side (`MOJIBAKE_NEIGHBOURS`): accented prose has the rare characters, but
    seldom next to the characters mojibake puts beside them."""
    if MOJIBAKE_CHARS is None:
        return is_bad(line)
    last = len(line) - 1
    for m in MOJIBAKE_CHARS.finditer(line):
        at = m.start()
        for before, after in MOJIBAKE_NEIGHBOURS[line[at]]:
            if (before is None or (at > 0 and line[at - 1] in before)) and (
                after is None or (at < last and line[at + 1] in after)
            ):
                return is_bad(line)
    return False


Neighbours = tuple[frozenset[str] | None, frozenset[str] | None]


def _mojibake_table() -> tuple[Any, dict[str, list[Neighbours]]]:
    """For ftfy's badness pattern: a class of characters of which every match contains one, and for each
    of them the characters that must come before and after it in some branch's match (None: any).

    Each branch of the pattern is a sequence of character classes; for each
    branch the single-character class that is rarest in clean text (ASCII
    counts most, curly quotes and dashes next, accented lower-case letters
    next) is taken, with the classes right before and after it. The class is
    None (always test) if some branch has no such class.
    """
    try:
        tree = list(sre_parse.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    except (re.error, ValueError):
        return None, {}
    if BADNESS_RE.flags & re.IGNORECASE:
        return None, {}
    branches = tree[0][1][1] if len(tree) == 1 and tree[0][0] is sre.BRANCH else [tree]
    table: dict[str, list[Neighbours]] = {}
    for branch in branches:
        items = list(branch)
        singles = [_single_chars(op, arg) for op, arg in items]
        known = [index for index, chars in enumerate(singles) if chars]
        if not known:
            return None, {}
        rare = min(known, key=lambda index: (sum(map(_commonness, singles[index] or ())), len(singles[index] or ())))
        before = singles[rare - 1] if rare > 0 else None
        after = singles[rare + 1] if rare + 1 < len(items) else None
        for char in singles[rare] or ():
            table.setdefault(char, []).append((before, after))
    return re.compile("[" + "".join(re.escape(c) for c in sorted(table)) + "]"), table


def _single_chars(op: object, arg: Any) -> frozenset[str] | None:
    """The characters a one-character piece (a literal or a class of literals and ranges) matches."""
    if op is sre.LITERAL or op is sre.IN:
        chars = _required_chars(op, arg)
        return frozenset(chars) if chars else None
    return None


def _required_chars(op: object, arg: Any) -> set[str] | None:
    if op is sre.LITERAL:
        return {chr(arg)}
    if op is sre.IN:
        chars: set[str] = set()
        for kind, value in arg:
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:
                return None
        return chars
    if op is sre.MAX_REPEAT and arg[0] >= 1 and len(arg[2]) == 1:
        return _required_chars(*next(iter(arg[2])))
    return None


def _commonness(char: str) -> int:
    if char.isascii():
        return 100
    if char in "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u2022\u00b7\u00ab\u00bb\u00a0\u00ad\u00b0":
        return 10
    return 5 if char.islower() else 1


MOJIBAKE_CHARS, MOJIBAKE_NEIGHBOURS = _mojibake_table()


def repair_encoding(text: str) -> tuple[str, list[RuleHit]]:
    """Normalise newlines, fix mojibake and entities with ftfy, then apply NFC.

    >>> repair_encoding("It\u00e2\u20ac\u2122s fine")[0]
    'It\u2019s fine'
    """
    hits: list[RuleHit] = []
    if any(char in text for char in NEWLINE_CHARS):  # str's own search is many times faster than a pattern
        text, hits = apply_edits(
            text, [Edit(m.start(), m.end(), "encoding.newlines", Kind.ENCODING, "\n") for m in NEWLINES.finditer(text)]
        )
    edits = []
    spans = line_spans(text)
    for index in lines_to_repair(text, spans):
        start, end = spans[index]
        line = text[start:end]
        # ftfy sees the line without its surrounding whitespace, so the verdict on
        # "\xa0Ã¼" is the same before and after layout rules trim the space.
        content = line.strip()
        lead = len(line) - len(line.lstrip())
        fixed, name = _fixed(content)
        if fixed != content:
            begin = start + lead
            edits.append(Edit(begin, begin + len(content), name, Kind.ENCODING, fixed))
    text, more = apply_edits(text, edits)
    hits.extend(more)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, hits  # one C-level check of the whole text instead of one per line
    nfc = []
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.isascii() and not unicodedata.is_normalized("NFC", line):
            nfc.append(Edit(start, end, "unicode.nfc", Kind.ENCODING, unicodedata.normalize("NFC", line)))
    text, more = apply_edits(text, nfc)
    hits.extend(more)
    return text, hits


def _fixed(content: str) -> tuple[str, str]:
    """ftfy's repair of a line and the rule id for it, remembered (`FIXES`): a mojibake line of a
    site's boilerplate comes back on every page, and ftfy is the costliest step on it."""
    known = FIXES.get(content)
    if known is None:
        fixed, explanation = ftfy.fix_and_explain(content, config=FTFY_CONFIG)
        known = (fixed, _fix_name(explanation))
        FIXES.remember(content, known, len(content))
    return known


#: ftfy's repairs by line: a pure function of the line (the config is fixed), so one memo serves every Cleaner.
FIXES: LineMemo[str, tuple[str, str]] = LineMemo()


def _fix_name(explanation: list[ftfy.ExplanationStep] | None) -> str:
    """A rule id for what ftfy did: `ftfy.fix_encoding` for mojibake, else the fixer's name."""
    if not explanation:
        return "ftfy.fix_text"
    action, parameter = explanation[0]
    return "ftfy.fix_encoding" if action in ("encode", "decode", "transcode") else f"ftfy.{parameter}"
