"""LineMemo: a dict of per-line verdicts whose memory is bounded by the characters of its lines.

The engine remembers what it found on a line (its literals, the rule that
drops it, whether it reads as prose or as mojibake): the passes over a page
ask again about the same lines, and the pages of one site repeat their
boilerplate. A memo bounded by entries is not bounded in memory, since an
entry holds its line: on a corpus of unique prose (lines of some 300
characters) 200,000 entries held 60 MB per memo, and memory grew with the
corpus. A LineMemo empties itself when the lines it holds reach a budget of
characters, and never holds a line over `max_line`; boilerplate lines come
back into it within a page or two.

Lookups are plain dict lookups (`memo.get(line)`, `line in memo`).

>>> memo = LineMemo(budget=10)
>>> memo.remember("advert", "ads.line", 6); memo.remember("more", None, 4)
>>> sorted(memo), memo.chars
(['advert', 'more'], 10)
>>> memo.remember("x", None, 1)  # over budget: the memo starts again
>>> sorted(memo), memo.chars
(['x'], 1)
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

#: Characters of lines one memo holds at most (with dict overhead, about 5 MB of ASCII text). The
#: distinct lines of all 2.7 MB of dev text fit (1.5M characters in the largest memo); on new prose
#: the process levels off at about 80 MB (110 MB with 4M).
MEMO_BUDGET = 2_000_000
#: Lines longer than this are never remembered (a 50 MB page on one line would empty the memo
#: at every look). It used to be 5,000, which left out the one-line paragraphs of tag pages:
#: a quarter of the dev text, scanned again on every pass (remembering them: +20% on repeated text).
MEMO_MAX_LINE = 50_000


class LineMemo(dict[K, V]):
    """A dict that empties itself when the lines it remembers exceed `budget` characters."""

    def __init__(self, budget: int | None = None, max_line: int = MEMO_MAX_LINE) -> None:
        super().__init__()
        self.budget = MEMO_BUDGET if budget is None else budget
        self.max_line = max_line
        self.chars = 0

    def remember(self, key: K, value: V, chars: int) -> None:
        """Store `value` for `key`, whose line is `chars` long (not stored if longer than `max_line` or the budget)."""
        if chars > self.max_line or chars > self.budget:
            return
        if self.chars + chars > self.budget:
            self.clear()
        self[key] = value
        self.chars += chars

    def clear(self) -> None:
        super().clear()
        self.chars = 0
