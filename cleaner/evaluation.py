"""The benchmark's quality metric: 4-token shingle precision/recall, per page and per corpus.

Pure functions, no I/O; `tools/eval_segments.py` reads the dev data and prints.
The metric is the one in ../shared/eval-dev/README.md (the ScrapingHub article
extraction benchmark's own):

* tokens are maximal runs of word characters (`\\w+`), case kept;
* shingles are the runs of 4 consecutive tokens, counted as a multiset (a text
  of 1 to 3 tokens gives one shorter shingle, an empty text none);
* per page, TP are the shared shingles, FP the prediction's surplus, FN the
  truth's missing ones; precision and recall are both 1 when FP = FN = 0 and 0
  when nothing matches;
* corpus precision is the mean over pages with a non-empty prediction, corpus
  recall the mean over pages with a non-empty truth, F1 their harmonic mean.

Multi-article pages match each predicted article to a true article one to one,
greedily by F1; a true article is recovered when its match reaches 0.9.

>>> score_page("The cat sat on the mat.", "The cat sat on the mat.").f1
1.0
>>> match_articles([ArticleText("Hi", "a b c d e")], [ArticleText("Hi", "a b c d e")]).recovered
1
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SHINGLE_SIZE = 4
"""Tokens per shingle."""

RECOVERED_F1 = 0.9
"""A true article counts as recovered when its matched prediction reaches this F1."""

_TOKEN = re.compile(r"\w+")

Shingles = Counter[tuple[str, ...]]


def tokens(text: str) -> list[str]:
    """The word tokens of `text`: maximal runs of `\\w`, case kept.

    >>> tokens("It's 9:30 — déjà vu!")
    ['It', 's', '9', '30', 'déjà', 'vu']
    """
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE_SIZE) -> Shingles:
    """Every run of `size` consecutive tokens, as a multiset.

    A text with fewer tokens than `size` (but at least one) gives one shorter
    shingle; a text without tokens gives none.

    >>> shingles("a b c d a b c d")
    Counter({('a', 'b', 'c', 'd'): 2, ('b', 'c', 'd', 'a'): 1, ('c', 'd', 'a', 'b'): 1, ('d', 'a', 'b', 'c'): 1})
    >>> shingles("Hello, world")
    Counter({('Hello', 'world'): 1})
    >>> shingles(" -- ")
    Counter()
    """
    words = tokens(text)
    if not words:
        return Counter()
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)))


@dataclass(frozen=True, slots=True)
class PageScore:
    """Precision, recall and F1 of one prediction against one truth, with the shingle counts."""

    precision: float
    recall: float
    tp: int
    fp: int
    fn: int

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall (0 when both are 0)."""
        return harmonic_mean(self.precision, self.recall)


def harmonic_mean(precision: float, recall: float) -> float:
    """F1 from precision and recall; 0 when both are 0.

    >>> harmonic_mean(0.5, 1.0)
    0.6666666666666666
    >>> harmonic_mean(0.0, 0.0)
    0.0
    """
    total = precision + recall
    return 2 * precision * recall / total if total else 0.0


def compare(predicted: Shingles, true: Shingles) -> PageScore:
    """Score two shingle multisets (see `score_page`, which tokenises first).

    >>> compare(shingles("a b c d e"), shingles("a b c d")).precision
    0.5
    """
    tp = sum((predicted & true).values())
    fp = sum((predicted - true).values())
    fn = sum((true - predicted).values())
    if fp == 0 and fn == 0:
        return PageScore(1.0, 1.0, tp, fp, fn)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return PageScore(precision, recall, tp, fp, fn)


def score_page(prediction: str, truth: str) -> PageScore:
    """Shingle precision and recall of `prediction` against `truth`.

    Both are 1 when nothing is surplus or missing (two empty texts included),
    and 0 when nothing matches.

    >>> s = score_page("a b c d e", "a b c d")
    >>> (s.precision, s.recall, s.tp, s.fp, s.fn)
    (0.5, 1.0, 1, 1, 0)
    >>> score_page("", "").f1, score_page("", "a b").f1, score_page("x y", "a b").f1
    (1.0, 0.0, 0.0)
    """
    return compare(shingles(prediction), shingles(truth))


def is_empty(text: str) -> bool:
    """Whether `text` has no shingles (no word tokens): such a page is left out of a mean.

    >>> is_empty(" \\n—\\n"), is_empty("ok")
    (True, False)
    """
    return _TOKEN.search(text) is None


@dataclass(frozen=True, slots=True)
class Score:
    """The corpus figures: mean precision, mean recall, their F1, pages scored, empty predictions."""

    precision: float
    recall: float
    f1: float
    pages: int
    empty: int


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score_corpus(pairs: Iterable[tuple[str, str]]) -> Score:
    """Score `(prediction, truth)` pages as the benchmark does.

    Precision is averaged over pages whose prediction is not empty, recall over
    pages whose truth is not empty; F1 is the harmonic mean of the two means.
    `empty` counts the empty predictions (they do not lower precision).

    >>> score_corpus([("a b c d", "a b c d"), ("", "e f g h"), ("a b c d x", "a b c d")])
    Score(precision=0.75, recall=0.6666666666666666, f1=0.7058823529411765, pages=3, empty=1)
    """
    precisions: list[float] = []
    recalls: list[float] = []
    pages = empty = 0
    for prediction, truth in pairs:
        pages += 1
        score = score_page(prediction, truth)
        if is_empty(prediction):
            empty += 1
        else:
            precisions.append(score.precision)
        if not is_empty(truth):
            recalls.append(score.recall)
    precision, recall = _mean(precisions), _mean(recalls)
    return Score(precision, recall, harmonic_mean(precision, recall), pages, empty)


@dataclass(frozen=True, slots=True)
class ArticleText:
    """An article to match: optional title and body."""

    title: str | None
    text: str

    def variants(self) -> tuple[str, ...]:
        """The texts it may be compared as: the body alone, and title plus body if it has a title.

        >>> ArticleText("T", "body").variants()
        ('body', 'T\\n\\nbody')
        >>> ArticleText(None, "body").variants()
        ('body',)
        """
        if self.title and self.title.strip():
            return (self.text, f"{self.title}\n\n{self.text}")
        return (self.text,)


@dataclass(frozen=True, slots=True)
class Pairing:
    """A predicted article (index) set against a true article (index), with their best F1."""

    predicted: int
    true: int
    f1: float


@dataclass(frozen=True, slots=True)
class SegmentMatch:
    """The one-to-one matching of one page's predicted articles to its true articles.

    `pairs` is the greedy matching (highest F1 first); `recovered` the true
    articles matched at F1 >= 0.9; `missed` the indexes of the others and
    `missed_titles` their titles; `closest[i]` is the predicted article most
    like true article i whether or not the matching gave it to i (None if no
    prediction shares a shingle with it), for diagnosing misses.
    """

    true_count: int
    predicted_count: int
    pairs: tuple[Pairing, ...]
    recovered: int
    missed: tuple[int, ...]
    missed_titles: tuple[str, ...]
    closest: tuple[Pairing | None, ...]

    @property
    def right_count(self) -> bool:
        """Whether the page gave as many articles as it really has."""
        return self.true_count == self.predicted_count


def article_f1(predicted: ArticleText, true: ArticleText) -> float:
    """The best F1 over the variants: predicted text or title + text, against true body or title + body.

    >>> article_f1(ArticleText(None, "Big news today a b c"), ArticleText("Big news today", "a b c"))
    1.0
    >>> article_f1(ArticleText(None, "a b c d"), ArticleText(None, "w x y z"))
    0.0
    """
    return _best_f1(_variant_shingles(predicted), _variant_shingles(true))


def _variant_shingles(article: ArticleText) -> tuple[Shingles, ...]:
    return tuple(shingles(v) for v in article.variants())


def _best_f1(predicted: Sequence[Shingles], true: Sequence[Shingles]) -> float:
    return max(compare(p, t).f1 for p in predicted for t in true)


def match_articles(
    predicted: Sequence[ArticleText], truth: Sequence[ArticleText], threshold: float = RECOVERED_F1
) -> SegmentMatch:
    """Match predicted to true articles one to one, greedily by F1, and count the recovered ones.

    All (predicted, true) pairs are ranked by F1 (ties: earlier true article,
    then earlier prediction); each pair is taken when neither side is taken
    yet. Pairs with F1 0 are never taken.

    >>> truth = [ArticleText("One", "a b c d e f"), ArticleText("Two", "g h i j k l")]
    >>> m = match_articles([ArticleText(None, "g h i j k l"), ArticleText(None, "a b c d")], truth)
    >>> m.recovered, m.missed_titles, [(p.predicted, p.true, round(p.f1, 2)) for p in m.pairs]
    (1, ('One',), [(0, 1, 1.0), (1, 0, 0.5)])
    """
    pred_shingles = [_variant_shingles(a) for a in predicted]
    true_shingles = [_variant_shingles(a) for a in truth]
    table = [[_best_f1(p, t) for p in pred_shingles] for t in true_shingles]
    ranked = sorted(
        (Pairing(p, t, table[t][p]) for t in range(len(truth)) for p in range(len(predicted))),
        key=lambda pair: (-pair.f1, pair.true, pair.predicted),
    )
    used_pred: set[int] = set()
    used_true: set[int] = set()
    pairs: list[Pairing] = []
    for pair in ranked:
        if pair.f1 <= 0.0:
            break
        if pair.predicted in used_pred or pair.true in used_true:
            continue
        used_pred.add(pair.predicted)
        used_true.add(pair.true)
        pairs.append(pair)
    recovered_true = {pair.true for pair in pairs if pair.f1 >= threshold}
    missed = tuple(t for t in range(len(truth)) if t not in recovered_true)
    closest: list[Pairing | None] = []
    for t, row in enumerate(table):
        best = max(range(len(row)), key=lambda p: (row[p], -p), default=None)
        closest.append(Pairing(best, t, row[best]) if best is not None and row[best] > 0 else None)
    return SegmentMatch(
        true_count=len(truth),
        predicted_count=len(predicted),
        pairs=tuple(pairs),
        recovered=len(recovered_true),
        missed=missed,
        missed_titles=tuple(truth[t].title or "" for t in missed),
        closest=tuple(closest),
    )
