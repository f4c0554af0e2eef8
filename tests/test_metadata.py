"""cleaner.metadata on small hand-written pages: each test names one way a page shows its
headline, byline or date, and would fail without the mechanism that reads it."""

from __future__ import annotations

from lxml import html

from cleaner.metadata import body_byline


def _tree(markup: str) -> html.HtmlElement:
    return html.fromstring(markup)


def test_block_elements_inside_a_byline_are_read_apart() -> None:
    page = _tree(
        '<html><body><h1>Rates held</h1><div class="byline"><div>Eric Song</div><div>Updated: 18 Nov 2019</div></div>'
        "</body></html>"
    )
    assert body_byline(page) == "Eric Song"
