"""Run report as one self-contained HTML page: what each rule did to the corpus, at a glance.

`render_html` turns the content of `report.json` into `report.html`: the run
totals, a bar chart of the rules that removed the most characters, a table of
every rule that fired, and the pages that failed. The page carries its own CSS
and inline SVG and references nothing outside itself, so it opens offline and
can be attached to a ticket or mailed as is.

Everything that comes from the run (paths, rule ids, failure reasons) is
HTML-escaped: a failure reason quotes the page it choked on and may well
contain markup. The page is a pure function of the report (no clock, no
environment), so the same report always renders to the same bytes and two
reports can be diffed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

__all__ = ["render_html"]

#: Chart geometry in SVG user units; the SVG scales to the page width.
#: Each rule gets a label line above its bar rather than a label column to the
#: left, so a long rule id never squeezes the bars (tuned by eye for ids of
#: ~60 characters at 960 units wide).
CHART_WIDTH = 960
ROW_HEIGHT = 40
LABEL_BASELINE = 15
BAR_TOP = 21
BAR_HEIGHT = 13
#: Ids longer than this are shortened in the chart (the full id is the bar's
#: tooltip and is in the table); 80 characters plus the figures fit one line.
MAX_CHART_ID = 80

CSS = """
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2330; margin: 2em auto;
  max-width: 1100px; padding: 0 1em; }
h1 { font-size: 1.5em; margin-bottom: .3em; }
h2 { font-size: 1.15em; margin-top: 2em; border-bottom: 1px solid #d8dce3; padding-bottom: .2em; }
dl.totals { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1.2em; margin: 0; }
dl.totals dt { color: #5a6372; }
dl.totals dd { margin: 0; font-variant-numeric: tabular-nums; }
ul.paths { margin: 0; padding: 0; list-style: none; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .95em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25em .6em; border-bottom: 1px solid #eceef2; vertical-align: top; }
th { background: #f4f6f9; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.reason { word-break: break-word; }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart text { font: 13px system-ui, -apple-system, "Segoe UI", sans-serif; fill: #1d2330; }
svg.chart text .figure { fill: #5a6372; }
svg.chart rect.bar { fill: #3b6fb6; }
p.note { color: #8a4b00; }
p.empty { color: #2f7a3a; }
""".strip()


#: The smallest valid report, for doctests and as a reference of the shape.
EMPTY_REPORT: Mapping[str, Any] = {
    "inputs": [],
    "output": "",
    "documents": 0,
    "articles": 0,
    "failed": 0,
    "failures": [],
    "failures_truncated": False,
    "chars_in": 0,
    "chars_out": 0,
    "chars_removed": 0,
    "seconds": 0.0,
    "workers": 1,
    "rules": [],
}


def render_html(report: Mapping[str, Any], top: int = 20) -> str:
    """A self-contained HTML page for a run report (the dict written as `report.json`).

    The page shows the totals, a bar chart of the `top` rules by characters
    removed, a table of all rules and the failures. It uses no external
    resources and no timestamps, so it opens offline and is deterministic.

    >>> page = render_html({**EMPTY_REPORT, "inputs": ["<x>.txt"]})
    >>> "&lt;x&gt;.txt" in page and "<x>" not in page
    True
    """
    rules = sort_rules(report["rules"])
    body = "\n".join(
        [
            render_totals(report),
            render_chart(rules, top),
            render_rules_table(rules),
            render_failures(report),
        ]
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>cleaner run report</title>\n<style>\n{CSS}\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )


def sort_rules(rules: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Rules by characters removed, largest first, then by id, so the order never depends on the input order.

    >>> [r["id"] for r in sort_rules([{"id": "b", "chars_removed": 5}, {"id": "a", "chars_removed": 5},
    ...                                {"id": "c", "chars_removed": 9}])]
    ['c', 'a', 'b']
    """
    return sorted(rules, key=lambda rule: (-int(rule["chars_removed"]), str(rule["id"])))


def format_number(value: float) -> str:
    """An integer count with thousands separators, which stay readable at corpus scale.

    >>> format_number(98765432)
    '98,765,432'
    """
    return f"{int(value):,}"


def format_percent(part: float, whole: float) -> str:
    """`part` as a percentage of `whole` with one decimal; a dash when `whole` is zero (nothing to share).

    >>> format_percent(1, 8), format_percent(0, 0)
    ('12.5%', '–')
    """
    if not whole:
        return "–"
    return f"{100 * part / whole:.1f}%"


def render_totals(report: Mapping[str, Any]) -> str:
    """The page header: run totals as a definition list, with the share of input characters removed."""
    removed = report["chars_removed"]
    items = [
        ("Documents in", format_number(report["documents"])),
        ("Articles out", format_number(report["articles"])),
        ("Failed", format_number(report["failed"])),
        ("Characters in", format_number(report["chars_in"])),
        ("Characters out", format_number(report["chars_out"])),
        ("Characters removed", f"{format_number(removed)} ({format_percent(removed, report['chars_in'])})"),
        ("Seconds", f"{float(report['seconds']):.1f}"),
        ("Workers", format_number(report["workers"])),
        ("Inputs", render_paths(report["inputs"])),
        ("Output", f"<code>{escape(str(report['output']))}</code>"),
    ]
    rows = "\n".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in items)
    return f'<header>\n<h1>cleaner run report</h1>\n<dl class="totals">\n{rows}\n</dl>\n</header>'


def render_paths(paths: Sequence[str]) -> str:
    """Input paths as an escaped list, one per line."""
    if not paths:
        return "–"
    items = "".join(f"<li><code>{escape(str(path))}</code></li>" for path in paths)
    return f'<ul class="paths">{items}</ul>'


def render_chart(rules: Sequence[Mapping[str, Any]], top: int) -> str:
    """An inline SVG bar chart of the first `top` sorted rules that removed characters, scaled to the largest.

    Rules that removed nothing (segment boundaries, say) get no bar: a bar of
    zero width says nothing the table does not.
    """
    shown = [rule for rule in rules if int(rule["chars_removed"]) > 0][: max(top, 0)]
    heading = f'<section id="chart">\n<h2>Top {len(shown)} rules by characters removed</h2>'
    if not shown:
        return f'{heading}\n<p class="empty">No rule removed any characters.</p>\n</section>'
    largest = int(shown[0]["chars_removed"])
    bars = "\n".join(render_bar(index, rule, largest) for index, rule in enumerate(shown))
    height = ROW_HEIGHT * len(shown)
    svg = (
        f'<svg class="chart" viewBox="0 0 {CHART_WIDTH} {height}" width="{CHART_WIDTH}" height="{height}" '
        f'role="img" aria-label="Top {len(shown)} rules by characters removed">\n{bars}\n</svg>'
    )
    return f"{heading}\n{svg}\n</section>"


def render_bar(index: int, rule: Mapping[str, Any], largest: int) -> str:
    """One chart row: a label line (id, characters removed, hits) over a bar scaled to `largest`."""
    top = index * ROW_HEIGHT
    rule_id = str(rule["id"])
    short_id = rule_id if len(rule_id) <= MAX_CHART_ID else rule_id[: MAX_CHART_ID - 1] + "…"
    chars = int(rule["chars_removed"])
    # A bar never shrinks below one unit, so a tiny but non-zero removal stays visible.
    width = max(1.0, round(CHART_WIDTH * chars / largest, 1))
    hits = int(rule["hits"])
    figures = f"{format_number(chars)} chars · {format_number(hits)} {'hit' if hits == 1 else 'hits'}"
    return (
        f'<g class="row"><title>{escape(rule_id)}</title>'
        f'<text x="0" y="{top + LABEL_BASELINE}">{escape(short_id)} '
        f'<tspan class="figure">— {figures}</tspan></text>'
        f'<rect class="bar" x="0" y="{top + BAR_TOP}" width="{width:g}" height="{BAR_HEIGHT}"/></g>'
    )


def render_rules_table(rules: Sequence[Mapping[str, Any]]) -> str:
    """Every rule that fired, in chart order, with its share of all characters the rules removed.

    The share is of the sum over the listed rules, so the column adds up to
    100% even if a report's total was computed differently.
    """
    heading = f'<section id="rules">\n<h2>All rules ({len(rules)})</h2>'
    if not rules:
        return f'{heading}\n<p class="empty">No rule fired.</p>\n</section>'
    total = sum(int(rule["chars_removed"]) for rule in rules)
    rows = "\n".join(
        f"<tr><td><code>{escape(str(rule['id']))}</code></td><td>{escape(str(rule['kind']))}</td>"
        f'<td class="num">{format_number(rule["hits"])}</td>'
        f'<td class="num">{format_number(rule["chars_removed"])}</td>'
        f'<td class="num">{format_percent(int(rule["chars_removed"]), total)}</td></tr>'
        for rule in rules
    )
    head = (
        '<tr><th>Rule</th><th>Kind</th><th class="num">Hits</th>'
        '<th class="num">Chars removed</th><th class="num">Share</th></tr>'
    )
    return f"{heading}\n<table>\n<thead>{head}</thead>\n<tbody>\n{rows}\n</tbody>\n</table>\n</section>"


def render_failures(report: Mapping[str, Any]) -> str:
    """The pages that could not be cleaned, with a note when the report kept only the first few."""
    failures = report["failures"]
    heading = f'<section id="failures">\n<h2>Failures ({format_number(report["failed"])})</h2>'
    if not failures and not report["failed"]:
        return f'{heading}\n<p class="empty">No failures: every page was cleaned.</p>\n</section>'
    note = ""
    if report["failures_truncated"]:
        shown, failed = format_number(len(failures)), format_number(report["failed"])
        note = f'\n<p class="note">List truncated: showing the first {shown} of {failed} failures.</p>'
    if not failures:
        return f"{heading}{note}\n</section>"
    rows = "\n".join(
        f'<tr><td><code>{escape(str(failure["origin"]))}</code></td><td class="reason">'
        f"{escape(str(failure['reason']))}</td></tr>"
        for failure in failures
    )
    table = f"<table>\n<thead><tr><th>Origin</th><th>Reason</th></tr></thead>\n<tbody>\n{rows}\n</tbody>\n</table>"
    return f"{heading}{note}\n{table}\n</section>"
