"""Hard-wrapped text joined back into paragraphs: a plain-text e-mail, a text dump at 72 columns.

Wrapped at a fixed width, a paragraph's lines neither end like sentences nor run long, so every
later step misreads them: the segmenter takes a paragraph's first line for a headline, edge rules
trim lines that do not read as prose. A break is the wrapper's, not the writer's, where the next
line's first word would not have fitted on the line; only those breaks are joined, and only on a
text most of whose lines end close under one width.

>>> text = ("The council met on Tuesday to weigh the plan for a new bridge over the\\n"
...         "river, which the mayor has backed since her campaign two years ago.\\n\\n") * 8
>>> joined, hits = unwrap(text)
>>> joined.count("\\n"), len(hits), hits[0].rule_id
(16, 8, 'repairs.wrapped-lines')
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleaner.core import EnginePattern
from cleaner.engine.edits import Edit, apply_edits, line_spans
from cleaner.types import Kind, RuleHit

RULE_ID = "repairs.wrapped-lines"
#: Lines enough to tell a width, the widths looked for, how far under the width a line broken for
#: want of room may end, and the share of lines that must end that close under it.
MIN_LINES = 12
WIDTHS = (40, 120)
SLACK = 15
NEAR_SHARE = 0.3
#: Of the breaks made for want of room, the share that must run on in lower case (mid-sentence):
#: in a list of short items or a menu, the next line starts a new item in capitals.
LOWER_SHARE = 0.4
#: A line that starts a new item, a quote, a heading or a table row, or holds no letter: never
#: the rest of the line above.
NEW_ITEM = regex.compile(r"[-*•>#|+=_~]|\d{1,3}[.)][ \t]|\[\d{1,3}\]|[^\p{L}]*$")
#: A run of characters no wrapper breaks (a URL, a path): a line holding one ends where it ends,
#: however wide the text was wrapped (a text browser's list of link targets), so it tells no width.
UNBREAKABLE = EnginePattern(r"\S{26,}")  # asked of every line: the compiled core runs it where built
#: The words of a line, as `headline_cased` counts them.
LETTERS = regex.compile(r"\p{L}+")


def wrap_width(lines: Sequence[str]) -> int | None:
    """The width the text was wrapped at, or None: most of its lines end close under one width,
    and almost none pass it.

    >>> wrap_width(["A headline"] + ["word " * 13 + "end"] * 12 + ["Short last line."])
    68
    >>> wrap_width(["A paragraph " * 20] * 12) is None
    True
    >>> wrap_width(["word " * 13 + "end"] * 12 + ["12. https://example.org/2024/12/03/a-long-story-slug-here/"] * 3)
    68
    """
    sizes = sorted(len(line) for line in lines if line and not UNBREAKABLE.search(line))
    if len(sizes) < MIN_LINES:
        return None
    width = sizes[max(0, int(len(sizes) * 0.95) - 1)]
    if not WIDTHS[0] <= width <= WIDTHS[1]:
        return None
    near = sum(width - SLACK <= size <= width for size in sizes)
    over = sum(size > width + 5 for size in sizes)
    return width if near >= NEAR_SHARE * len(sizes) and over <= 0.05 * len(sizes) else None


def forced_breaks(lines: Sequence[str], width: int) -> list[int]:
    """The lines (indices) whose break the wrapper made: the next line's first word would not fit."""
    breaks = []
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        if not line or not following or NEW_ITEM.match(following):
            continue
        if following[0].isupper() and headline_cased(line):
            continue  # a headline over its story's first line, not a sentence broken for room
        if len(line) >= width - SLACK and len(line) + 1 + len(following.split()[0]) > width:
            breaks.append(index)
    return breaks


def headline_cased(line: str, least: int = 3, share: float = 0.75) -> bool:
    """Whether `line` is cased like a headline: of its words of three letters or more (`least` at
    the least), `share` or more begin in capitals (title case, or all capitals).

    >>> headline_cased("Unpredictable Sondland Faces Questions About Trump, Ukraine")
    True
    >>> headline_cased("workers completed installation of the four RS-25 engines into")
    False
    >>> headline_cased("LONDON (AP) — Britain's Conservative Party was accused")
    False
    """
    words = [word for word in LETTERS.findall(line) if len(word) >= 3]
    return len(words) >= least and sum(word[0].isupper() for word in words) >= share * len(words)


def unwrap(text: str) -> tuple[str, list[RuleHit]]:
    """`text` with the wrapper's line breaks made spaces again, and a hit for each (see module doc)."""
    raw = text.split("\n")
    lines = [line.strip() for line in raw]
    width = wrap_width(lines)
    if width is None:
        return text, []
    breaks = forced_breaks(lines, width)
    lower = sum(lines[i + 1][0].islower() for i in breaks)
    if not breaks or lower < LOWER_SHARE * len(breaks):
        return text, []
    spans = line_spans(text)
    edits = []
    for index in breaks:
        # From the line's trailing spaces to the next line's leading ones: one space.
        begin = spans[index][0] + len(raw[index].rstrip())
        end = spans[index + 1][0] + len(raw[index + 1]) - len(raw[index + 1].lstrip())
        edits.append(Edit(begin, end, RULE_ID, Kind.REPAIR, " "))
    return apply_edits(text, edits)
