"""The html-drop selector index must select exactly what the rule's XPath selects."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import Cleaner
from cleaner.html import parse_html
from cleaner.ruleset.selectors import SelectorIndex, parse_compound

HTML_DIR = Path(__file__).parent / "html"
PAGES = sorted(HTML_DIR.glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_index_agrees_with_xpath_on_fixture_pages(page: Path) -> None:
    rules = [r for r in Cleaner.from_rules().rules.rules if r.compounds]
    assert rules, "no html-drop rule uses simple selectors"
    tree = parse_html(page.read_bytes().decode("utf-8", errors="replace"))
    assert tree is not None
    found = SelectorIndex.build((n, r.compounds) for n, r in enumerate(rules)).find(tree)
    for number, rule in enumerate(rules):
        assert found.get(number, []) == list(rule.pattern(tree)), rule.id


def test_index_agrees_with_xpath_on_a_synthetic_page() -> None:
    markup = (
        '<html><body><div id="taboola-below" class="a b"><p>x</p></div>'
        '<aside class="related"><p>y</p></aside><div class="related"><video>v</video></div>'
        '<p class="relatedness">z</p><section id="comments" class="comments">c</section></body></html>'
    )
    tree = parse_html(markup)
    assert tree is not None
    selectors = ['[id^="taboola"]', "aside.related", "video", ".related", "#comments, .comments"]
    compiled = [parse_compound(s) for s in selectors]
    assert all(c is not None for c in compiled)
    found = SelectorIndex.build((n, c) for n, c in enumerate(compiled) if c).find(tree)
    from cssselect import GenericTranslator

    for number, selector in enumerate(selectors):
        want = tree.xpath(GenericTranslator().css_to_xpath(selector))
        assert found.get(number, []) == want, selector


def test_complex_selectors_are_left_to_xpath() -> None:
    assert parse_compound("article p") is None
    assert parse_compound("div > .share") is None
    assert parse_compound("a:hover") is None
