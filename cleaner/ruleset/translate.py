"""Rule patterns (`regex` module syntax) -> the compiled core's syntax (Rust `regex`), where the
meaning is provably the same; else the reason it is not.

A pattern is parsed here into its parts. Every part that matches one character (a literal, a
class, an escape such as `\\w` or `\\p{Lu}`, the dot) becomes an explicit set of code points,
and that set is read off the `regex` module itself: the part, with the flags in force where it
stands, is run over every code point (`exact_set`). So case folding, Unicode classes and their
Unicode version are this `regex`'s, never the Rust crate's. What is left is structure both
engines give the same meaning to: sequence, alternation (leftmost-first in both), greedy and lazy
repeats, capturing groups, and anchors. Word boundaries (`\\b`, `\\B`) carry over only where the
Rust crate's `\\w` is, code point by code point, this `regex`'s (`same_word_class`).

Not carried over (the rule runs through `regex`, from the core's loop): lookarounds,
back-references, atomic groups and possessive repeats, conditionals, branch resets, fuzzy
matching, version-1 set operations, `\\G`, `\\K`, `\\X`, a named group whose name Rust cannot
spell, and a pattern that can match the empty string somewhere (the two engines step over
empty matches differently).

`Use` says how a pattern is used, which decides what an anchor means:
- LINE: fullmatch or search on one line (it holds no line break): `$` and `\\Z` mean its end;
  `(?r)` (matching right to left) does not change whether a line matches, so it is dropped.
- TEXT: finditer or search over a whole text: `$` without MULTILINE (Python's "end, or before a
  final line break") has no Rust equivalent, so such a pattern stays with `regex`.

>>> translate(r"(?i)advert", Use.LINE).rust is not None
True
>>> translate(r"(?<=\\. )Ad", Use.TEXT).reason
'lookaround'
"""

from __future__ import annotations

import enum
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex
import regex._regex as regex_engine

IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII = (int(flag) for flag in (regex.I, regex.M, regex.S, regex.X, regex.A))
#: Inline flag letters this translation understands, as `regex` flags (0: no effect on a match here).
INLINE_FLAGS = {"i": IGNORECASE, "m": MULTILINE, "s": DOTALL, "x": VERBOSE, "a": ASCII, "u": 0, "L": -1}
SURROGATES = (0xD800, 0xDFFF)


class Use(enum.Enum):
    """How a pattern is run (see the module docstring)."""

    LINE = "line"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class Translation:
    """The Rust pattern (None when the pattern stays with `regex`) and, if so, why; `guard`: the
    code points on which a part written in the core's own syntax (a Unicode class, a word
    boundary) differs from `regex`'s, so that the core must not answer for a text holding one."""

    rust: str | None
    reason: str = ""
    guard: tuple[tuple[int, int], ...] = ()
    #: Whether the Rust pattern needs the core's backtracking engine (fancy-regex): lookarounds,
    #: back-references, atomic groups, possessive repeats.
    fancy: bool = False
    #: Whether it matches right to left (`(?r)`, on a line): whether it matches all of a line, or
    #: somewhere in it, is the same either way, but not where a search finds it.
    reverse: bool = False


class Untranslatable(Exception):
    """A part of the pattern the core cannot be shown to match as `regex` does."""


def translate(
    source: str, use: Use, flags: int = 0, native: NativeSet | None = None, fancy: bool = False, superset: bool = False
) -> Translation:
    """Translate `source` compiled with `flags` (`regex` flag bits) for `use` (see the module doc).

    `native` gives the code points a one-character part written in the core's syntax matches
    (the core's own parse). With it, a part is written in the core's syntax when the two sets
    differ only on a few code points beyond ASCII, which go into the guard, and word boundaries
    are allowed (guarded the same way); without it, every part is an explicit set and a word
    boundary keeps the pattern with `regex`. `fancy`: lookarounds, back-references (not under
    IGNORECASE), atomic groups, possessive repeats and a whole text's `$` may be written for the
    core's backtracking engine, which gives them the meaning `regex` does (Perl's).

    `superset`: a looser pattern instead, one that matches somewhere in every text the pattern
    matches somewhere in (see `_Parser`), for a pattern the core cannot run itself: where the
    core finds no match of it, `regex` need not be asked.

    >>> translate(r"[ \\t]*\\n(?=\\p{Ll})(?<=[\\p{Ll},;][ \\t]*\\n)", Use.TEXT).reason
    'lookaround'
    >>> translate(r"(?<=a)b(?!x)(?=c)", Use.TEXT, superset=True).rust
    '(?:\\\\x{61})\\\\x{62}(?:\\\\x{63})'
    """
    try:
        parser = _Parser(source, flags, use, native, fancy, superset)
        rust, least = parser.pattern()
    except Untranslatable as exc:
        return Translation(None, str(exc))
    if least == 0:
        return Translation(None, "may match the empty string")
    return Translation(rust, guard=union_ranges(parser.guard), fancy=parser.fancy_used, reverse=parser.reverse)


# -- code point sets ----------------------------------------------------------------------------

Ranges = tuple[tuple[int, int], ...]


@cache
def _every_code_point() -> str:
    """Every code point but the surrogates (a Rust string cannot hold them), in order."""
    low, high = SURROGATES
    return "".join(chr(p) for p in range(sys.maxunicode + 1) if not low <= p <= high)


def ranges_of(points: list[int]) -> Ranges:
    """Sorted code points as ranges of consecutive ones.

    >>> ranges_of([1, 2, 3, 7])
    ((1, 3), (7, 7))
    """
    out: list[tuple[int, int]] = []
    for point in points:
        if out and out[-1][1] + 1 == point:
            out[-1] = (out[-1][0], point)
        else:
            out.append((point, point))
    return tuple(out)


@cache
def exact_set(atom: str, flags: int) -> Ranges:
    """The code points that `atom` (a pattern matching one character) matches under `flags`:
    read off `regex` by matching runs of it over every code point, in order.

    >>> exact_set("[a-c]", 0), exact_set("k", regex.I)
    (((97, 99),), ((75, 75), (107, 107), (8490, 8490)))
    """
    low, high = SURROGATES
    gap = high - low + 1
    ranges: list[tuple[int, int]] = []
    for m in regex.compile(f"(?:{atom})+", flags | regex.V0).finditer(_every_code_point()):
        first, last = m.start(), m.end() - 1  # indexes; past the surrogates, a code point is `gap` more
        if first < low <= last:
            ranges.append((first, low - 1))
            first = low
        if first >= low:
            ranges.append((first + gap, last + gap))
        else:
            ranges.append((first, last))
    return tuple(ranges)


@cache
def caseless_literal(point: int, flags: int) -> Ranges:
    """The code points `regex` matches for the literal `point` under IGNORECASE (its case relatives):
    the cases `regex` itself tries, each checked; from a scan of every code point if that is missing.

    >>> caseless_literal(ord("s"), regex.I)
    ((83, 83), (115, 115), (383, 383))
    """
    all_cases = getattr(regex_engine, "get_all_cases", None)
    if all_cases is None:
        return exact_set(regex.escape(chr(point)), flags)
    pattern = regex.compile(regex.escape(chr(point)), flags | regex.V0)
    cases = {point, *all_cases(int(pattern.flags), point)}
    return ranges_of(sorted(p for p in cases if not SURROGATES[0] <= p <= SURROGATES[1] and pattern.fullmatch(chr(p))))


def rust_class(ranges: Ranges) -> str:
    """A Rust class (or one escaped character) matching exactly `ranges`.

    >>> rust_class(((97, 99), (0x1F600, 0x1F600)))
    '[\\\\x{61}-\\\\x{63}\\\\x{1F600}]'
    """
    if not ranges:
        raise Untranslatable("a class that matches nothing")
    if len(ranges) == 1 and ranges[0][0] == ranges[0][1]:
        return f"\\x{{{ranges[0][0]:X}}}"
    parts = []
    for low, high in ranges:
        parts.append(f"\\x{{{low:X}}}" if low == high else f"\\x{{{low:X}}}-\\x{{{high:X}}}")
    return "[" + "".join(parts) + "]"


#: The code points a part written in the core's syntax matches, by the core (None: not one part).
NativeSet = Callable[[str], "Ranges | None"]
#: A part is written in the core's syntax only if the engines disagree on at most this many code
#: points, none of them ASCII (a text holding one is left to `regex`).
MAX_GUARD = 20_000


def difference(first: Ranges, second: Ranges) -> Ranges:
    """The code points in one of two sets of ranges and not the other.

    >>> difference(((1, 5),), ((3, 8),))
    ((1, 2), (6, 8))
    """
    edges: dict[int, int] = {}
    for ranges in (first, second):
        for low, high in ranges:
            edges[low] = edges.get(low, 0) ^ 1
            edges[high + 1] = edges.get(high + 1, 0) ^ 1
    out, inside, start = [], 0, 0
    for point in sorted(edges):
        if edges[point] == 0:
            continue
        if inside == 0:
            start = point
        else:
            out.append((start, point - 1))
        inside ^= 1
    return tuple(out)


def union_ranges(ranges: list[tuple[int, int]]) -> Ranges:
    """Code point ranges sorted and merged where they overlap or touch.

    >>> union_ranges([(10, 12), (1, 3), (4, 5), (11, 20)])
    ((1, 5), (10, 20))
    """
    out: list[tuple[int, int]] = []
    for low, high in sorted(ranges):
        if out and low <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], high))
        else:
            out.append((low, high))
    return tuple(out)


def _size(ranges: Ranges) -> int:
    return sum(high - low + 1 for low, high in ranges)


# -- the parser ---------------------------------------------------------------------------------

#: What the parser reads of the source with patterns of its own.
REPEAT_BRACES = regex.compile(r"\{(\d*)(,?)(\d*)\}")
BRACES = regex.compile(r"\{\d*,?\d*\}")
GROUP_NAME = regex.compile(r"\?P?<([^>]*)>")
NAMED_REFERENCE = regex.compile(r"\?P=([A-Za-z_][A-Za-z0-9_]*)\)")
FLAG_GROUP = regex.compile(r"\?([a-zA-Z]*)(?:-([a-zA-Z]+))?([:)])")
PROPERTY = regex.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")
NAMED_CHARACTER = regex.compile(r"\\N\{[^}]+\}")
#: `\x41`/`\x{41}`, `\u0041`, `\U00000041`: a code point by its hexadecimal number.
CODE_POINT_ESCAPES = {
    letter: regex.compile(rf"\\x\{{([0-9a-fA-F]+)\}}|\\[xuU]([0-9a-fA-F]{{{digits}}})")
    for letter, digits in (("x", 2), ("u", 4), ("U", 8))
}
ESCAPED_CLASSES = "dDwWsS"
SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b"}
#: What a back-reference may match, in a superset (see `translate`).
ANY_TEXT = "(?s:.*)"
REFUSED_ESCAPES = {"G": "\\G", "K": "\\K", "X": "\\X", "m": "\\m", "M": "\\M", "L": "named lists"}


class _Parser:
    """A recursive-descent reader of `regex` (version 0) syntax that writes the Rust pattern as it
    goes. Each method returns (Rust text, least characters it matches)."""

    def __init__(
        self,
        source: str,
        flags: int,
        use: Use,
        native: NativeSet | None = None,
        fancy: bool = False,
        superset: bool = False,
    ) -> None:
        self.superset = superset
        #: The lookaround the last part read was, in a superset: (ahead, positive, its Rust text, least).
        self.lookaround: tuple[bool, bool, str, int] | None = None
        self.source = source
        self.position = 0
        self.use = use
        self.reverse = False
        self.flags = int(flags) | self._global_flags(source)
        if self.flags & ~(IGNORECASE | MULTILINE | DOTALL | VERBOSE | ASCII | regex.U | regex.V0):
            raise Untranslatable("a flag other than i, m, s, x, a, u")
        self.native = native
        self.guard: list[tuple[int, int]] = []
        self.fancy_allowed = fancy
        self.fancy_used = False

    def _global_flags(self, source: str) -> int:
        """Version 0: an inline `(?flags)` group applies to the whole pattern, wherever it is."""
        flags = 0
        for m in regex.finditer(r"(?<!\\)(?:\\\\)*\(\?([a-zA-Z]+)\)", source):
            for letter in m.group(1):
                if letter == "r":
                    if self.use is Use.TEXT and not self.superset:  # (where there is a match is no matter)
                        raise Untranslatable("matches right to left (?r)")
                    self.reverse = True
                    continue
                if letter in ("V", "f", "w", "b", "e", "p", "L"):
                    raise Untranslatable(f"flag {letter}")
                if letter not in INLINE_FLAGS:
                    raise Untranslatable(f"flag {letter}")
                flags |= INLINE_FLAGS[letter]
        return flags

    # The grammar: pattern := branch ('|' branch)*; branch := piece*; piece := atom quantifier?

    def pattern(self) -> tuple[str, int]:
        text, least = self.alternation(self.flags, top=True)
        if self.position < len(self.source):
            raise Untranslatable(f"unexpected {self.source[self.position]!r} at {self.position}")
        return text, least

    def alternation(self, flags: int, top: bool = False) -> tuple[str, int]:
        branches = [self.branch(flags, top)]
        while self._peek() == "|":
            self.position += 1
            branches.append(self.branch(flags, top))
        return "|".join(text for text, _ in branches), min(least for _, least in branches)

    def branch(self, flags: int, top: bool = False) -> tuple[str, int]:
        parts: list[str] = []
        looks: list[tuple[bool, bool, str, int] | None] = []
        least = 0
        while True:
            self._skip_verbose(flags)
            char = self._peek()
            if char is None or char in "|)":
                break
            self.lookaround = None
            text, width = self.piece(flags)
            parts.append(text)
            looks.append(self.lookaround)
            least += width
        if top and self.superset:
            least += self._absorb_edges(parts, looks)
        return "".join(parts), least

    @staticmethod
    def _absorb_edges(parts: list[str], looks: list[tuple[bool, bool, str, int] | None]) -> int:
        """In a superset, a pattern's lookarounds are dropped; but one that asserts what comes
        right after the whole match (a lookahead with only lookarounds after it) or right before
        it (a lookbehind with only lookarounds before it) becomes part of the match: every text
        the pattern matches in holds the match with it. The least characters that adds."""
        added = 0
        for indices, ahead in ((range(len(parts) - 1, -1, -1), True), (range(len(parts)), False)):
            for index in indices:
                look = looks[index]
                if look is None:
                    break
                if look[0] is ahead and look[1]:
                    parts[index] = f"(?:{look[2]})"
                    added += look[3]
                    break
        return added

    def piece(self, flags: int) -> tuple[str, int]:
        text, least = self.atom(flags)
        self._skip_verbose(flags)
        quantifier = self._quantifier()
        if quantifier is None:
            return text, least
        low, high, lazy = quantifier
        if text == "":
            self.lookaround = None  # (a lookaround made optional asserts nothing)
            return "", 0  # a repeated flag group or comment: nothing to repeat
        self._skip_verbose(flags)
        possessive = self._peek() == "+"
        if possessive:
            self.position += 1
            possessive = not self.superset  # (a superset backtracks where regex would not: it matches more)
            if possessive:
                self._fancy("possessive repeat")
        bound = "" if high == low else ("," if high is None else f",{high}")
        rust = f"(?:{text}){{{low}{bound}}}" + ("?" if lazy else "+" if possessive else "")
        return rust, least * low

    def _fancy(self, what: str) -> None:
        """Note a part only the backtracking engine runs (or refuse it, where that is not allowed)."""
        if not self.fancy_allowed:
            raise Untranslatable(what)
        self.fancy_used = True

    def _quantifier(self) -> tuple[int, int | None, bool] | None:
        char = self._peek()
        if char in ("*", "+", "?"):
            self.position += 1
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
        elif char == "{":
            m = REPEAT_BRACES.match(self.source, self.position)
            if m is None or (not m.group(1) and not m.group(3) and m.group(2)) or not (m.group(1) or m.group(3)):
                return None  # not a repeat: a literal brace
            low = int(m.group(1) or 0)
            high = int(m.group(3)) if m.group(3) else (None if m.group(2) else low)
            if high is not None and high < low:
                raise Untranslatable("a repeat whose bounds are reversed")
            self.position = m.end()
        else:
            return None
        lazy = self._peek() == "?"
        if lazy:
            self.position += 1
        return low, high, lazy

    def atom(self, flags: int) -> tuple[str, int]:
        char = self._peek()
        assert char is not None
        if char == "(":
            return self.group(flags)
        if char == "[":
            return self.bracket(flags)
        if char == "\\":
            return self.escape(flags)
        self.position += 1
        if char == ".":
            return self._set(".", flags), 1
        if char == "^":
            return ("(?m:^)" if flags & MULTILINE else r"\A"), 0
        if char == "$":
            if flags & MULTILINE:
                return "(?m:$)", 0
            if self.use is Use.LINE:
                return r"\z", 0
            if self.superset:
                return "(?m:$)", 0  # before any line break: more places than before a final one
            self._fancy("$ without MULTILINE on a whole text (end, or before a final line break)")
            return r"(?=\n?\z)", 0
        if char in "*+?{" and not (char == "{" and self._literal_brace()):
            raise Untranslatable(f"nothing to repeat at {self.position - 1}")
        return self._literal(ord(char), flags), 1

    def _literal_brace(self) -> bool:
        return BRACES.match(self.source, self.position - 1) is None

    def _literal(self, point: int, flags: int) -> str:
        if flags & IGNORECASE:  # spelt out: a few code points, the same in either engine of the core
            return rust_class(caseless_literal(point, flags & (IGNORECASE | ASCII)))
        return rust_class(((point, point),))

    def _set(self, atom: str, flags: int) -> str:
        """A part matching one character (as written in `regex` syntax), in the core's syntax."""
        flags &= IGNORECASE | ASCII | DOTALL
        return self._written(atom, exact_set(atom, flags), flags)

    def _written(self, atom: str, members: Ranges, flags: int) -> str:
        """`atom` in the core's own syntax if it means `members` there but for a guardable few code
        points (added to the guard), else `members` spelt out."""
        text, guard = _write_part(atom, members, flags, self.native)
        self.guard.extend(guard)
        return text

    def group(self, flags: int) -> tuple[str, int]:
        source, start = self.source, self.position
        self.position += 1
        name = None
        if source.startswith("?", self.position):
            rest = source[self.position + 1 :]
            if rest.startswith(":"):
                self.position += 2
            elif rest.startswith(("P<", "<")) and not rest.startswith(("<=", "<!")):
                m = GROUP_NAME.match(source, self.position)
                if m is None:
                    raise Untranslatable(f"a group at {start}")
                name = m.group(1)
                if not regex.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    raise Untranslatable(f"group name {name!r}")
                self.position = m.end()
            elif rest.startswith(("=", "!", "<=", "<!")):
                opener = "(?" + ("<" + rest[1] if rest.startswith("<") else rest[0])
                self.position += len(opener) - 1
                if self.superset:  # dropped (it only narrows where the pattern matches), or see _absorb_edges
                    text, least = self.alternation(flags)
                    self._closed(start, "")
                    self.lookaround = (not opener.startswith("(?<"), opener[-1] == "=", text, least)
                    return "", 0
                self._fancy("lookaround")
                text, _ = self.alternation(flags)
                return self._closed(start, opener + text + ")"), 0
            elif rest.startswith(">"):
                if not self.superset:  # (in a superset, a plain group: it may backtrack, so match more)
                    self._fancy("atomic group")
                self.position += 2
                text, least = self.alternation(flags)
                return self._closed(start, f"(?:{text})" if self.superset else f"(?>{text})"), least
            elif rest.startswith("P=") and (self.superset or not flags & IGNORECASE):
                m = NAMED_REFERENCE.match(source, self.position)
                if m is None:
                    raise Untranslatable(f"a back-reference at {start}")
                self.position = m.end()
                if self.superset:
                    return ANY_TEXT, 0  # whatever the group held
                self._fancy("back-reference")
                return f"\\k<{m.group(1)}>", 0
            elif rest.startswith("#"):
                end = source.find(")", self.position)
                if end < 0:
                    raise Untranslatable("an unclosed comment")
                self.position = end + 1
                return "", 0
            elif rest.startswith(("P=", "P>", "&", "R", "|", "(")) or rest[:1].isdigit():
                raise Untranslatable("back-reference, recursion, branch reset or conditional")
            else:
                m = FLAG_GROUP.match(source, self.position)
                if m is None:
                    raise Untranslatable(f"a group at {start}")
                if m.group(3) == ")":
                    if m.group(2):
                        raise Untranslatable("flags turned off for the rest of the pattern")
                    self.position = m.end()
                    return "", 0  # a global flag group: read in _global_flags
                flags = self._scoped(flags, m.group(1), m.group(2) or "")
                self.position = m.end()
        text, least = self.alternation(flags)
        if self._peek() != ")":
            raise Untranslatable(f"an unclosed group at {start}")
        self.position += 1
        if name is not None:
            return f"(?P<{name}>{text})", least
        if source[start + 1 : start + 2] == "?":
            return f"(?:{text})", least
        return f"({text})", least

    def _closed(self, start: int, text: str) -> str:
        if self._peek() != ")":
            raise Untranslatable(f"an unclosed group at {start}")
        self.position += 1
        return text

    def _scoped(self, flags: int, on: str, off: str) -> int:
        for letters, turn_on in ((on, True), (off, False)):
            for letter in letters:
                bit = INLINE_FLAGS.get(letter, -1)
                if bit < 0 or letter in "r":
                    raise Untranslatable(f"scoped flag {letter}")
                flags = flags | bit if turn_on else flags & ~bit
        return flags

    def bracket(self, flags: int) -> tuple[str, int]:
        """A set `[...]`: its extent found here, its members read off `regex` (exact_set)."""
        source, start = self.source, self.position
        index = start + 1
        if source.startswith("^", index):
            index += 1
        if source.startswith("]", index):
            index += 1
        while index < len(source) and source[index] != "]":
            if source[index] == "\\":
                index += 2
            elif source.startswith("[:", index):
                close = source.find(":]", index + 2)
                index = close + 2 if close >= 0 else index + 1
            elif source[index] == "[":
                raise Untranslatable("a nested set")
            else:
                if source.startswith(("&&", "||", "--", "~~"), index) and flags & regex.V1:
                    raise Untranslatable("set operations")
                index += 1
        if index >= len(source):
            raise Untranslatable(f"an unclosed set at {start}")
        self.position = index + 1
        return self._set(source[start : index + 1], flags), 1

    def escape(self, flags: int) -> tuple[str, int]:
        source, start = self.source, self.position
        if start + 1 >= len(source):
            raise Untranslatable("a trailing backslash")
        letter = source[start + 1]
        self.position = start + 2
        if letter in ESCAPED_CLASSES:
            return self._set("\\" + letter, flags), 1
        if letter in "pP":
            m = PROPERTY.match(source, start)
            if m is None:
                raise Untranslatable(f"a property at {start}")
            self.position = m.end()
            return self._set(m.group(), flags), 1
        if letter in "bB":
            if self.native is None or flags & ASCII:
                raise Untranslatable("word boundary")
            if self._written(r"\w", exact_set(r"\w", 0), 0).startswith("["):  # spelt out: not guardable
                raise Untranslatable("word boundary")
            return "\\" + letter, 0
        if letter == "A":
            return r"\A", 0
        if letter == "Z":
            return r"\z", 0  # regex's \Z is the very end of the string
        if letter in SIMPLE_ESCAPES:
            return self._literal(ord(SIMPLE_ESCAPES[letter]), flags), 1
        if letter in "xuU":
            m = CODE_POINT_ESCAPES[letter].match(source, start)
            if m is None:
                raise Untranslatable(f"an escape at {start}")
            self.position = m.end()
            return self._literal(int(m.group(1) or m.group(2), 16), flags), 1
        if letter == "N":
            m = NAMED_CHARACTER.match(source, start)
            if m is None:
                raise Untranslatable(f"an escape at {start}")
            self.position = m.end()
            return self._set(m.group(), flags), 1
        if letter in "123456789" and not source[start + 2 : start + 3].isdigit() and self.superset:
            return ANY_TEXT, 0  # whatever the group held
        if letter in "123456789" and not source[start + 2 : start + 3].isdigit() and not flags & IGNORECASE:
            self._fancy("back-reference or octal escape")
            return "\\" + letter, 0
        if letter.isdigit() or letter == "g":
            raise Untranslatable("back-reference or octal escape")
        if letter in REFUSED_ESCAPES or letter.isalnum():
            raise Untranslatable(f"escape \\{letter}")
        return self._literal(ord(letter), flags), 1

    def _peek(self) -> str | None:
        return self.source[self.position] if self.position < len(self.source) else None

    def _skip_verbose(self, flags: int) -> None:
        """With VERBOSE, white space and `#` comments between parts are not part of the pattern."""
        if not flags & VERBOSE:
            return
        source = self.source
        while self.position < len(source):
            char = source[self.position]
            if char.isspace():
                self.position += 1
            elif char == "#":
                end = source.find("\n", self.position)
                self.position = len(source) if end < 0 else end + 1
            else:
                return


@cache
def _write_part(atom: str, members: Ranges, flags: int, native: NativeSet | None) -> tuple[str, Ranges]:
    """See `_Parser._written`: the part's text, and the code points to guard."""
    if native is not None and not flags & ASCII:
        own = ("(?i:" if flags & IGNORECASE else "(?:") + ("(?s:.)" if atom == "." and flags & DOTALL else atom) + ")"
        theirs = native(own)
        if theirs is not None:
            differs = difference(members, tuple(theirs))
            if not differs or (differs[0][0] >= 0x80 and _size(differs) <= MAX_GUARD):
                return own, differs
    return rust_class(members), ()
