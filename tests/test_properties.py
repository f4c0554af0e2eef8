"""Properties of cleaning that hold for any page, checked with Hypothesis.

(a) idempotence: an article's rendered text (headline, blank line, body)
    cleans into itself again;
(b) clean prose, with nothing any rule is about, passes through unchanged;
(c) the hits account for every change: replaying them rebuilds each stage's
    output, and headers plus segments tile the page text exactly;
(d) cleaning never makes a page longer, except by what repairs insert.

Pages come from two strategies: arbitrary Unicode text, and prose-like pages
of generated sentences mixed with the noise the rules remove.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cleaner import Cleaner, Document, replay
from cleaner.types import Kind

CLEANER = Cleaner.from_rules()
RELATED = CLEANER.with_config(keep_related=True)

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- strategies ------------------------------------------------------------------------------

# Words no rule is about: no ad, credit, widget, cookie, footer or header vocabulary,
# no digits (timestamps, dates), nothing that reads as a slug or a kicker.
VOCABULARY = """
the a of in on and to for with after before during week year local council river budget members town
water school children morning evening new old plan road bridge market prices rose fell said agreed
met residents farmers weather rain officials report station harbour village teachers families
workers hospital garden library museum street square house field summer winter spring autumn large
small quiet busy early late again later there here near far across along under over between
"""
WORDS = VOCABULARY.split()
CAPITALISED = [w.capitalize() for w in WORDS if len(w) > 2]


def _sentence(first: str, rest: list[str], comma: int) -> str:
    """A capitalised sentence ending in a full stop, with a comma after word `comma` if inside."""
    words = [first, *rest]
    if 0 < comma < len(rest):
        words[comma] += ","
    return " ".join(words) + "."


sentences = st.builds(
    _sentence,
    st.sampled_from(CAPITALISED),
    st.lists(st.sampled_from(WORDS), min_size=3, max_size=16),
    st.integers(min_value=0, max_value=8),
)
paragraphs = st.lists(sentences, min_size=1, max_size=5).map(" ".join)
prose_pages = st.builds(
    lambda paras, separators: "".join(p + s for p, s in zip(paras, separators, strict=False)).strip(),
    st.lists(paragraphs, min_size=1, max_size=6),
    st.lists(st.sampled_from(["\n", "\n\n"]), min_size=6, max_size=6),
)

NOISE = [
    "Advertisement",
    "ADVERTISEMENT",
    "- Advertisement -",
    "Photo: AP",
    "(Photo by Jane Doe/Getty Images)",
    "This website uses cookies. By continuing to use this site, you accept our use of cookies.",
    "Accept all cookies",
    "03:32\nRiver levels rise after storm\nRiver levels rise after storm",
    "12:05\nCouncil debates the harbour plan",
    "Hashtags",
    "Share this article",
    "No comments yet...",
    "12 comments",
    "Sign up for our free Morning Briefing newsletter",
    "Story continues below advertisement",
    "Copyright © 2024 City Herald Ltd. All rights reserved.",
    "All rights reserved.",
    "Related Articles",
    "Latest news with #Harbour",
    "City Herald\n12-03-2024\n- Politics\n- City Herald\nCouncil approves the harbour plan",
    "City Herald\n2 hours ago\n- City Herald\nRain returns to the north",
    "Harbour plan wins approval",
    "River levels rise , the council said .",
    "the river after the floods",
    "tp-sjc/pdw",
    "Published: 7:24pm, 20 Feb 2025",
    "",
    "   ",
]
noise_lines = st.sampled_from(NOISE)
inline_noise = st.sampled_from(
    [" Advertisement", " Photo: AP", " 03:32 River levels rise after storm River levels rise after storm", " ,"]
)
noisy_lines = st.one_of(
    sentences,
    paragraphs,
    noise_lines,
    st.builds(lambda a, n, b: a + n + " " + b, sentences, inline_noise, sentences),
)
noisy_pages = st.lists(noisy_lines, min_size=1, max_size=25).map("\n".join)

any_text = st.text(max_size=400)
line_text = st.lists(
    st.one_of(st.text(max_size=40), noise_lines, sentences),
    max_size=12,
).map("\n".join)
pages = st.one_of(any_text, line_text, noisy_pages)


# --- (a) idempotence -------------------------------------------------------------------------


def assert_idempotent(cleaner: Cleaner, text: str) -> None:
    for article in cleaner.clean(text, source_id="p"):
        rendered = article.render()
        again = [a.render() for a in cleaner.clean(rendered, source_id="p")]
        assert again == [rendered], f"article {article.segment} of {text!r}"


@SETTINGS
@given(st.one_of(any_text, line_text))
# Encoding repair runs before the article rules: once layout.trim removes the
# leading no-break space, ftfy takes the rest for mojibake on the second clean.
@example("\xa0\xdc\xaf")
def test_idempotent_on_any_text(text: str) -> None:
    assert_idempotent(CLEANER, text)


@SETTINGS
@given(noisy_pages)
@example("Prices rose.\nAdvertisement\nWages did not.")
# A hard-wrapped headline: the headline must be looked for again after
# repairs.hard-wrap joins its two lines, or only a second clean finds it.
@example("Storm closes schools,\nroads across the north\nSchools in three districts were closed on Tuesday.")
def test_idempotent_on_noisy_pages(text: str) -> None:
    assert_idempotent(RELATED, text)


# --- (b) clean prose passes through ----------------------------------------------------------


@SETTINGS
@given(prose_pages)
def test_clean_prose_is_unchanged(text: str) -> None:
    articles = CLEANER.clean(text, source_id="p")
    assert [(a.title, a.text, a.role) for a in articles] == [(None, text.strip(), "main")]
    assert articles[0].hits == ()


# --- (c) hits account for every change -------------------------------------------------------


def assert_accounted(document: Document) -> None:
    assert replay(document.original, document.page_hits) == document.page_text
    for segment in document.segments:
        assert replay(segment.raw, segment.hits) == segment.text, f"segment {segment.position}"
    # Headers and segments tile the page text, in order, with nothing left over.
    page = document.page_text
    headers = sorted(document.boundary_hits, key=lambda h: h.start)
    assert all(h.kind is Kind.SEGMENT_BOUNDARY and h.inserted == "" for h in headers)
    segments = list(document.segments)
    cursor = 0

    def take_segments_until(limit: int) -> None:
        nonlocal cursor
        while segments and (cursor < limit or not segments[0].raw):
            raw = segments.pop(0).raw
            assert page.startswith(raw, cursor), f"segment does not continue the page at {cursor}"
            cursor += len(raw)

    for hit in headers:
        take_segments_until(hit.start)
        assert cursor == hit.start, f"gap or overlap before header at {hit.start}"
        assert page[hit.start : hit.end] == hit.removed
        cursor = hit.end
    take_segments_until(len(page))
    assert cursor == len(page)
    assert not segments


@SETTINGS
@given(pages)
def test_hits_replay_to_output(text: str) -> None:
    assert_accounted(CLEANER.clean_document(text, source_id="p"))


@SETTINGS
@given(noisy_pages)
def test_hits_replay_to_output_on_noisy_pages(text: str) -> None:
    assert_accounted(CLEANER.clean_document(text, source_id="p"))


def test_replay_rejects_a_hit_that_does_not_fit() -> None:
    document = CLEANER.clean_document("Prices rose.\nAdvertisement\nWages did not.", source_id="p")
    (segment,) = document.segments
    assert segment.hits
    try:
        replay(segment.raw.replace("Advertisement", "Advertisemenx"), segment.hits)
    except ValueError:
        return
    raise AssertionError("replay accepted a hit that does not match the text")


# --- (d) output no longer than input plus insertions -------------------------------------------


@SETTINGS
@given(pages)
def test_output_never_longer_than_input(text: str) -> None:
    document = RELATED.clean_document(text, source_id="p")
    inserted = sum(len(h.inserted) for h in document.all_hits() if h.kind in (Kind.REPAIR, Kind.ENCODING))
    assert all(h.inserted == "" for h in document.all_hits() if h.kind not in (Kind.REPAIR, Kind.ENCODING))
    out = sum(len(a.title or "") + len(a.text) for a in RELATED.articles(document))
    assert out <= len(text) + inserted


# --- the same properties on the real pages ---------------------------------------------------

ROOT = Path(__file__).resolve().parent
REAL_PAGES = sorted((ROOT.parent / "seeds").glob("*.txt")) + sorted((ROOT / "cases").glob("*.txt"))


@pytest.mark.parametrize("path", REAL_PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in REAL_PAGES])
def test_properties_on_real_pages(path: Path) -> None:
    text = path.read_text(encoding="utf-8").split("\n=== output ===\n")[0]
    document = RELATED.clean_document(text, source_id=path.stem)
    assert_accounted(document)
    assert_idempotent(RELATED, text)
    assert_idempotent(CLEANER, text)


@settings(max_examples=500, deadline=None)
@given(text=st.text(alphabet="ab \n\r", max_size=40))
def test_line_spans_cover_the_text_line_by_line(text: str) -> None:
    """Each span is one line with its newline; asked twice (the second answer is the kept one)."""
    import re

    from cleaner.engine.edits import line_spans

    expected = [m.span() for m in re.finditer(r"[^\n]*\n|[^\n]+", text)]
    assert line_spans(text) == expected
    assert line_spans(text) == expected
