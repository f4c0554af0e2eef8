"""report.html: escaping, rule order, chart size, no external resources, empty report, percentages, well-formed HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from lxml import html as lxml_html

from cleaner.report_html import EMPTY_REPORT, render_html

HOSTILE = '<script>alert("x")</script>&<img onerror=1>'

#: Small hand-made report: 250 of 1,000 characters removed (25.0%), of which
#: the rules took 150 (60.0%), 75 (30.0%), 25 (10.0%) and 0 (0.0%).
SMALL: dict[str, Any] = {
    **EMPTY_REPORT,
    "inputs": ["corpus/", "extra.jsonl"],
    "output": "out/",
    "documents": 4,
    "articles": 5,
    "failed": 1,
    "failures": [{"origin": "a.jsonl:17", "reason": "record has no string 'text' or 'html'"}],
    "chars_in": 1000,
    "chars_out": 750,
    "chars_removed": 250,
    "seconds": 1.25,
    "workers": 2,
    "rules": [
        {"id": "tails.related", "kind": "block-until", "hits": 2, "chars_removed": 75},
        {"id": "headers.tag-page", "kind": "segment-boundary", "hits": 3, "chars_removed": 0},
        {"id": "ads.advertisement-line", "kind": "line-drop", "hits": 7, "chars_removed": 150},
        {"id": "widgets.share", "kind": "phrase", "hits": 1, "chars_removed": 25},
    ],
}


class Elements(HTMLParser):
    """Records start tags with their attributes and fails on any end tag that does not close the innermost open one."""

    VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "area", "base", "col", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    parser.close()
    return parser


def bars(page: str) -> list[dict[str, str | None]]:
    return [attrs for tag, attrs in parse(page).starts if tag == "rect" and attrs.get("class") == "bar"]


def rule_report(count: int) -> dict[str, Any]:
    rules = [
        {"id": f"r.rule-{i:03d}", "kind": "line-drop", "hits": i, "chars_removed": 10 * i} for i in range(1, count + 1)
    ]
    return {
        **EMPTY_REPORT,
        "rules": rules,
        "chars_in": 100_000,
        "chars_removed": sum(r["chars_removed"] for r in rules),
    }


def table_rows(page: str, section: str) -> list[list[str]]:
    tree = lxml_html.fromstring(page)
    return [[cell.text_content() for cell in row] for row in tree.xpath(f'//section[@id="{section}"]//tbody/tr')]


def test_hostile_strings_are_escaped_everywhere() -> None:
    report = {
        **SMALL,
        "inputs": [HOSTILE],
        "output": HOSTILE,
        "failures": [{"origin": HOSTILE, "reason": HOSTILE}],
        "rules": [{"id": HOSTILE, "kind": HOSTILE, "hits": 1, "chars_removed": 9}],
    }
    page = render_html(report)
    assert "<script" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&lt;img onerror=1&gt;" in page
    tree = lxml_html.fromstring(page)
    assert not tree.xpath("//script | //img")
    # Eight places: input, output, chart title and label, table id and kind, failure origin and reason.
    assert tree.text_content().count(HOSTILE) == 8


def test_rules_table_is_sorted_by_chars_removed_then_id() -> None:
    report = {
        **SMALL,
        "rules": [*SMALL["rules"], {"id": "aaa.tie", "kind": "span-drop", "hits": 1, "chars_removed": 75}],
    }
    ids = [row[0] for row in table_rows(render_html(report), "rules")]
    assert ids == ["ads.advertisement-line", "aaa.tie", "tails.related", "widgets.share", "headers.tag-page"]


def test_chart_has_one_bar_per_rule_that_removed_characters() -> None:
    page = render_html(SMALL)
    assert len(bars(page)) == 3  # headers.tag-page removed nothing and gets no bar
    widths = [float(bar["width"] or 0) for bar in bars(page)]
    assert widths == sorted(widths, reverse=True)
    assert widths[0] == 960 and widths[1] == 480 and widths[2] == 160  # scaled to the largest
    assert "— 25 chars · 1 hit<" in page


@pytest.mark.parametrize(("count", "top", "expected"), [(30, 20, 20), (30, 5, 5), (3, 20, 3), (30, 0, 0)])
def test_chart_caps_at_top(count: int, top: int, expected: int) -> None:
    page = render_html(rule_report(count), top=top)
    assert len(bars(page)) == expected
    assert f"Top {expected} rules by characters removed" in page
    # The table still lists every rule.
    assert len(table_rows(page, "rules")) == count


def test_chart_shows_the_largest_rules_with_their_figures() -> None:
    page = render_html(rule_report(30), top=3)
    labels = [text.text_content() for text in lxml_html.fromstring(page).xpath('//section[@id="chart"]//text')]
    assert labels == [
        "r.rule-030 — 300 chars · 30 hits",
        "r.rule-029 — 290 chars · 29 hits",
        "r.rule-028 — 280 chars · 28 hits",
    ]


def test_long_rule_ids_are_shortened_in_the_chart_but_not_in_the_table() -> None:
    long_id = "sites.example-news." + "x" * 200
    page = render_html({**SMALL, "rules": [{"id": long_id, "kind": "span-drop", "hits": 1, "chars_removed": 5}]})
    tree = lxml_html.fromstring(page)
    (label,) = tree.xpath('//section[@id="chart"]//text')
    assert long_id not in label.text_content() and "…" in label.text_content()
    assert tree.xpath('//section[@id="chart"]//title')[0].text_content() == long_id
    assert table_rows(page, "rules")[0][0] == long_id


@pytest.mark.parametrize("report", [SMALL, EMPTY_REPORT, rule_report(25)], ids=["small", "empty", "many"])
def test_page_references_no_external_resources(report: dict[str, Any]) -> None:
    page = render_html(report).lower()
    for forbidden in ("http", "src=", "<link", "<script", "url(", "@import", "href="):
        assert forbidden not in page


@pytest.mark.parametrize("report", [SMALL, EMPTY_REPORT, rule_report(25)], ids=["small", "empty", "many"])
def test_page_parses_with_balanced_tags(report: dict[str, Any]) -> None:
    page = render_html(report)
    parser = parse(page)
    assert parser.errors == []
    assert parser.open == []
    assert page.startswith("<!DOCTYPE html>")
    tree = lxml_html.fromstring(page)
    assert tree.tag == "html"
    assert [s.get("id") for s in tree.xpath("//section")] == ["chart", "rules", "failures"]


def test_empty_report_renders_without_dividing_by_zero() -> None:
    page = render_html(EMPTY_REPORT)
    assert bars(page) == []
    assert "No rule removed any characters." in page
    assert "No rule fired." in page
    assert "No failures" in page
    assert "<svg" not in page


def test_percentages_on_a_small_report() -> None:
    page = render_html(SMALL)
    assert "250 (25.0%)" in page
    shares = {row[0]: row[4] for row in table_rows(page, "rules")}
    assert shares == {
        "ads.advertisement-line": "60.0%",
        "tails.related": "30.0%",
        "widgets.share": "10.0%",
        "headers.tag-page": "0.0%",
    }


def test_totals_header_shows_every_figure() -> None:
    report = {**SMALL, "chars_in": 123456789, "chars_out": 98765432, "chars_removed": 24691357, "seconds": 12.5}
    tree = lxml_html.fromstring(render_html(report))
    totals = {dt.text_content(): dt.getnext().text_content() for dt in tree.xpath("//dl[@class='totals']/dt")}
    assert totals == {
        "Documents in": "4",
        "Articles out": "5",
        "Failed": "1",
        "Characters in": "123,456,789",
        "Characters out": "98,765,432",
        "Characters removed": "24,691,357 (20.0%)",
        "Seconds": "12.5",
        "Workers": "2",
        "Inputs": "corpus/extra.jsonl",
        "Output": "out/",
    }


def test_failures_table_and_truncation_note() -> None:
    page = render_html(SMALL)
    assert table_rows(page, "failures") == [["a.jsonl:17", "record has no string 'text' or 'html'"]]
    assert "truncated" not in page
    capped = render_html({**SMALL, "failed": 1500, "failures_truncated": True, "failures": SMALL["failures"] * 2})
    assert "List truncated: showing the first 2 of 1,500 failures." in capped
    assert len(table_rows(capped, "failures")) == 2


def test_no_failures_line() -> None:
    page = render_html({**SMALL, "failed": 0, "failures": []})
    assert "No failures: every page was cleaned." in page
    assert table_rows(page, "failures") == []


def test_output_is_deterministic_and_independent_of_rule_order() -> None:
    reordered = {**SMALL, "rules": list(reversed(SMALL["rules"]))}
    assert render_html(SMALL) == render_html(dict(SMALL)) == render_html(reordered)
