"""The benchmark metric in cleaner.evaluation, against figures worked out by hand."""

from __future__ import annotations

from collections import Counter

import pytest

from cleaner.evaluation import (
    ArticleText,
    Pairing,
    Score,
    article_f1,
    match_articles,
    score_corpus,
    score_page,
    shingles,
    tokens,
)

# 6 tokens, shingles: "the quick brown fox", "quick brown fox jumps", "brown fox jumps over".
PARTIAL_PRED = "The quick brown fox jumps over"
# 8 tokens, shingles: "A quick brown fox", "quick brown fox jumps", "brown fox jumps over",
# "fox jumps over the", "jumps over the dog". Shared with PARTIAL_PRED: the middle two.
PARTIAL_TRUTH = "A quick brown fox jumps over the dog"


def words(first: int, last: int) -> str:
    """'w1 w2 ... wN': distinct tokens, so every shingle is distinct."""
    return " ".join(f"w{i}" for i in range(first, last + 1))


def test_tokens_are_word_runs_with_case_kept() -> None:
    assert tokens("Don't STOP—now, 2019-11-19!") == ["Don", "t", "STOP", "now", "2019", "11", "19"]


def test_identical_texts_score_one() -> None:
    text = "Prices rose on Tuesday. Wages, however, did not keep pace with them."
    score = score_page(text, text)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert (score.tp, score.fp, score.fn) == (9, 0, 0)  # 12 tokens, 9 shingles


def test_disjoint_texts_score_zero() -> None:
    score = score_page("Prices rose on Tuesday again", "Wages did not keep pace")
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    assert (score.tp, score.fp, score.fn) == (0, 2, 2)


def test_partial_overlap_by_hand() -> None:
    score = score_page(PARTIAL_PRED, PARTIAL_TRUTH)
    assert (score.tp, score.fp, score.fn) == (2, 1, 3)
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 5)
    # 2 * (2/3) * (2/5) / (2/3 + 2/5) = (8/15) / (16/15)
    assert score.f1 == pytest.approx(0.5)


def test_shingles_are_a_multiset() -> None:
    # prediction: "a b c d" twice plus the three shingles across the join; truth: one "a b c d"
    score = score_page("a b c d a b c d", "a b c d")
    assert (score.tp, score.fp, score.fn) == (1, 4, 0)
    assert score.precision == pytest.approx(0.2)
    assert score.recall == 1.0
    # both sides hold "a b c d" twice: both copies are true positives
    twice = score_page("a b c d a b c d", "a b c d z a b c d")
    assert (twice.tp, twice.fp, twice.fn) == (2, 3, 4)
    assert (twice.precision, twice.recall) == pytest.approx((2 / 5, 2 / 6))


def test_case_is_kept_and_punctuation_ignored() -> None:
    assert score_page("Hello World again now", "hello world again now").f1 == 0.0
    assert score_page("Hello, world -- again: now!", "Hello world again now").f1 == 1.0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Breaking", Counter({("Breaking",): 1})),
        ("Breaking news", Counter({("Breaking", "news"): 1})),
        ("Breaking news, today", Counter({("Breaking", "news", "today"): 1})),
        ("a b c d", Counter({("a", "b", "c", "d"): 1})),
        ("a b c d e", Counter({("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1})),
        ("", Counter()),
        (" ... — ", Counter()),
    ],
)
def test_short_texts_give_one_shorter_shingle(text: str, expected: Counter[tuple[str, ...]]) -> None:
    assert shingles(text) == expected


def test_short_texts_match_only_whole() -> None:
    assert score_page("Breaking news", "Breaking news").f1 == 1.0
    # ("Breaking", "news") and ("Breaking", "news", "today") are different shingles
    assert score_page("Breaking news", "Breaking news today").f1 == 0.0


def test_empty_edge_cases() -> None:
    both_empty = score_page("", "")
    assert (both_empty.precision, both_empty.recall) == (1.0, 1.0)
    nothing_predicted = score_page("", "some true text here")
    assert (nothing_predicted.precision, nothing_predicted.recall) == (0.0, 0.0)
    nothing_true = score_page("some predicted text here", "")
    assert (nothing_true.precision, nothing_true.recall) == (0.0, 0.0)


def test_corpus_excludes_empty_prediction_from_precision() -> None:
    score = score_corpus(
        [
            ("same text on both sides", "same text on both sides"),  # P 1, R 1
            ("", "a true text the cleaner lost"),  # empty: no precision, R 0
            (PARTIAL_PRED, PARTIAL_TRUTH),  # P 2/3, R 2/5
        ]
    )
    assert score.precision == pytest.approx((1 + 2 / 3) / 2)  # 5/6, the empty page left out
    assert score.recall == pytest.approx((1 + 0 + 2 / 5) / 3)  # 7/15, every page with a truth
    assert score.f1 == pytest.approx(70 / 117)  # 2 * 5/6 * 7/15 / (5/6 + 7/15)
    assert (score.pages, score.empty) == (3, 1)


def test_corpus_excludes_empty_truth_from_recall_and_counts_punctuation_as_empty() -> None:
    score = score_corpus([("one two three four", "one two three four"), ("stray words here", ""), ("--", "x y")])
    assert score.precision == pytest.approx(0.5)  # pages 1 and 2; page 3's "--" has no tokens
    assert score.recall == pytest.approx(0.5)  # pages 1 and 3
    assert (score.pages, score.empty) == (3, 1)


def test_empty_corpus() -> None:
    assert score_corpus([]) == Score(0.0, 0.0, 0.0, 0, 0)


def test_title_plus_body_alternative_on_the_true_side() -> None:
    true = ArticleText("Storm hits coast", "Heavy rain fell overnight")
    glued = ArticleText(None, "Storm hits coast. Heavy rain fell overnight")
    # against the body alone: P 1/4, R 1 -> 0.4; against title + body: 1.0
    assert score_page(glued.text, true.text).f1 == pytest.approx(0.4)
    assert article_f1(glued, true) == 1.0
    assert match_articles([glued], [true]).recovered == 1


def test_title_plus_text_alternative_on_the_predicted_side() -> None:
    true = ArticleText("", "Storm hits coast. Heavy rain fell overnight")  # headline kept in the body
    predicted = ArticleText("Storm hits coast", "Heavy rain fell overnight")
    assert score_page(predicted.text, true.text).f1 == pytest.approx(0.4)
    assert article_f1(predicted, true) == 1.0


def test_best_variant_is_taken_not_the_title_version_always() -> None:
    true = ArticleText("Completely different headline words", words(1, 10))
    predicted = ArticleText(None, words(1, 10))
    assert article_f1(predicted, true) == 1.0


def test_greedy_matching_is_one_to_one_and_best_first() -> None:
    truth = [ArticleText("A", words(1, 8)), ArticleText("B", words(20, 27))]
    near_a = ArticleText(None, words(1, 7))  # 4 of A's 5 shingles: P 1, R 0.8, F1 8/9
    exact_a = ArticleText(None, words(1, 8))
    match = match_articles([near_a, exact_a], truth)
    # in prediction order near_a would take A (F1 0.89 < 0.9) and nothing would be recovered
    assert match.pairs == (Pairing(1, 0, 1.0),)
    assert match.recovered == 1
    assert match.missed == (1,)
    assert match.missed_titles == ("B",)
    assert (match.true_count, match.predicted_count, match.right_count) == (2, 2, True)
    assert match.closest[1] is None


def test_a_taken_prediction_is_not_reused() -> None:
    truth = [ArticleText("A", words(1, 8)), ArticleText("A2", words(1, 8) + " x")]
    match = match_articles([ArticleText(None, words(1, 8))], truth)
    assert match.recovered == 1
    assert match.missed_titles == ("A2",)
    # A2's closest prediction is the one A took; the diagnosis still shows it
    closest = match.closest[1]
    assert closest is not None
    assert closest.predicted == 0
    assert closest.f1 == pytest.approx(10 / 11)  # its 5 shingles all in A2's body of 6: P 1, R 5/6


def test_recovered_threshold_is_inclusive() -> None:
    truth = [ArticleText("T", words(1, 13))]  # 10 shingles
    at_threshold = ArticleText(None, words(1, 12) + " x")  # 9 shared, 1 surplus: P = R = 0.9
    below = ArticleText(None, words(1, 11) + " x y")  # 8 shared, 2 surplus, 2 missing: 0.8
    assert match_articles([at_threshold], truth).recovered == 1
    assert match_articles([below], truth).recovered == 0
    assert match_articles([below], truth).pairs[0].f1 == pytest.approx(0.8)


def test_no_predictions_and_wrong_count() -> None:
    truth = [ArticleText("A", words(1, 8))]
    none = match_articles([], truth)
    assert (none.recovered, none.missed_titles, none.pairs, none.closest) == (0, ("A",), (), (None,))
    extra = match_articles([ArticleText(None, words(1, 8)), ArticleText(None, "noise")], truth)
    assert (extra.recovered, extra.right_count) == (1, False)
