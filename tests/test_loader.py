"""Malformed rule files: each must fail loudly with `file:line: rule-id: message`.

Every case writes a small rule directory to tmp_path, loads and compiles it,
and checks the exact error line: the file, the line number of the offending
key (found in the file text, not hard-coded), the rule id (`-` when the
problem is not inside a rule) and the message.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from cleaner import Cleaner, RuleError, RuleErrors
from cleaner.cli import app
from cleaner.ruleset.compiler import compile_rules
from cleaner.ruleset.loader import default_rules_dir, load_rules, optional_rule_files
from cleaner.types import Kind

ERROR_LINE = re.compile(r"(?P<file>[^\n]+?):(?P<line>\d+): (?P<rule>[^\s:]+): (?P<message>[^\n]+)")

GOOD_RULE = """\
  - id: {stem}.good
    kind: span-drop
    description: A fine rule.
    match: 'zzz'
    examples:
      - in: "azzzb"
        out: "ab"
      - in: "abc"
"""


def write(directory: Path, name: str, body: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def line_of(path: Path, needle: str) -> int:
    """The 1-based line of the first line of `path` that contains `needle`."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in {path}")


def load_errors(directory: Path) -> list[re.Match[str]]:
    """Load and compile `directory`; return the parsed error lines (each must be well-formed)."""
    with pytest.raises(RuleErrors) as info:
        compile_rules(load_rules(directory))
    message = str(info.value)
    lines = message.split("\n")
    parsed = [ERROR_LINE.fullmatch(line) for line in lines]
    bad = [line for line, m in zip(lines, parsed, strict=True) if m is None]
    assert not bad, f"error lines not of the form 'file:line: rule-id: message': {bad}"
    assert len(info.value.errors) == len(lines), "one line per error"
    return [m for m in parsed if m is not None]


def single_error(directory: Path) -> re.Match[str]:
    errors = load_errors(directory)
    assert len(errors) == 1, [e.group(0) for e in errors]
    return errors[0]


def assert_error(error: re.Match[str], path: Path, line: int, rule_id: str, *message_parts: str) -> None:
    assert error["file"] == str(path)
    assert int(error["line"]) == line, error.group(0)
    assert error["rule"] == rule_id
    for part in message_parts:
        assert part in error["message"], error.group(0)


def test_unknown_key(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        description: Ads.
        rules:
          - id: ads.label
            kind: line-drop
            description: An ad label.
            match: 'Advertisement'
            exampels:
              - in: "One.\\nAdvertisement\\n"
                out: "One.\\n"
              - in: "Advertisement spending rose."
        """,
    )
    errors = load_errors(tmp_path)
    assert len(errors) == 2, [e.group(0) for e in errors]
    assert_error(errors[0], path, line_of(path, "exampels:"), "ads.label", "unknown key 'exampels' in rule", "examples")
    # With its examples under a misspelt key the rule has none, which is its own error.
    assert_error(errors[1], path, line_of(path, "- id: ads.label"), "ads.label", "must leave alone")


def test_unknown_key_in_example(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: line-drop
            description: An ad label.
            match: 'Advertisement'
            examples:
              - in: "One.\\nAdvertisement\\n"
                ouput: "One.\\n"
              - in: "Advertisement spending rose."
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "ouput:"), "ads.label", "unknown key 'ouput' in example")


def test_unknown_kind_lists_allowed_kinds(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: line-dorp
            description: An ad label.
            match: 'Advertisement'
            examples:
              - in: "Advertisement spending rose."
        """,
    )
    error = single_error(tmp_path)
    assert_error(error, path, line_of(path, "kind: line-dorp"), "ads.label", "unknown kind 'line-dorp'")
    allowed = error["message"].split("allowed: ", 1)[1].rstrip(")").split(", ")
    assert allowed == [k.value for k in Kind if k is not Kind.ENCODING]


@pytest.mark.parametrize(
    ("key", "pattern", "problem"),
    [
        ("match", "'(abc'", "match does not compile"),
        ("match", "'[a-'", "match does not compile"),
        ("match", "'x*'", "match matches the empty string"),
        ("match", "'(?:Ad|)'", "match matches the empty string"),
    ],
)
def test_bad_pattern(tmp_path: Path, key: str, pattern: str, problem: str) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        f"""\
        rules:
          - id: ads.label
            kind: span-drop
            description: An ad label.
            {key}: {pattern}
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, f"{key}: {pattern}"), "ads.label", problem)


def test_bad_until_pattern(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "widgets.yaml",
        """\
        rules:
          - id: widgets.tail
            kind: block-until
            description: A widget block.
            start: 'Tags'
            until: '[a'
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "until:"), "widgets.tail", "until does not compile")


def test_every_bad_pattern_is_reported(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.one
            kind: span-drop
            description: One.
            match: '(abc'
            examples:
              - in: "plain"
          - id: ads.two
            kind: span-drop
            description: Two.
            match: 'a?'
            examples:
              - in: "plain"
        """,
    )
    one, two = load_errors(tmp_path)
    assert_error(one, path, line_of(path, "match: '(abc'"), "ads.one", "does not compile")
    assert_error(two, path, line_of(path, "match: 'a?'"), "ads.two", "empty string")


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    # Ids are prefixed by the file stem, so two files can only share an id as
    # a generic file and a site file with the same stem.
    first = write(tmp_path, "news.yaml", "rules:\n" + GOOD_RULE.format(stem="news"))
    second = write(
        tmp_path, "sites/news.yaml", "site:\n  domains: [news.example]\nrules:\n" + GOOD_RULE.format(stem="news")
    )
    error = single_error(tmp_path)
    first_line = line_of(first, "- id: news.good")
    assert_error(
        error, second, line_of(second, "- id: news.good"), "news.good", f"duplicate id (first at {first}:{first_line})"
    )


def test_duplicate_key_in_rule(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: span-drop
            description: An ad label.
            match: 'Ad'
            match: 'Advert'
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "match: 'Advert'"), "ads.label", "duplicate key 'match'")


def test_rule_without_must_leave_alone_example(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: line-drop
            description: An ad label.
            match: 'Advertisement'
            examples:
              - in: "One.\\nAdvertisement\\n"
                out: "One.\\n"
        """,
    )
    error = single_error(tmp_path)
    # The examples list: its key line or its first item.
    assert int(error["line"]) in (line_of(path, "examples:"), line_of(path, "- in:"))
    assert_error(error, path, int(error["line"]), "ads.label", "needs at least one example it must leave alone")


def test_rule_without_examples(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: line-drop
            description: An ad label.
            match: 'Advertisement'
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "- id: ads.label"), "ads.label", "must leave alone")


def test_id_not_prefixed_by_file_stem(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "rules:\n" + GOOD_RULE.format(stem="adverts"))
    assert_error(single_error(tmp_path), path, line_of(path, "id: adverts.good"), "adverts.good", "file stem 'ads.'")


def test_rule_without_id(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - kind: span-drop
            description: An ad label.
            match: 'Ad'
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "- kind:"), "-", "no 'id'")


def test_missing_required_pattern(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: span-drop
            description: An ad label.
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "- id: ads.label"), "ads.label", "missing 'match'")


def test_invalid_yaml(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.label
            kind: span-drop
            description: An ad label.
            match: Ad: label
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "match: Ad: label"), "-", "not valid YAML")


def test_not_a_rule_file(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "- just\n- a list\n")
    assert_error(single_error(tmp_path), path, 1, "-", "mapping with a 'rules' list")


@pytest.mark.parametrize(
    ("flags", "needle"),
    [("[ignorcase]", "'ignorcase'"), ("[ignorecase, global]", "'global'")],
)
def test_bad_flag(tmp_path: Path, flags: str, needle: str) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        f"""\
        rules:
          - id: ads.label
            kind: span-drop
            description: An ad label.
            match: 'Ad'
            flags: {flags}
            examples:
              - in: "plain"
        """,
    )
    error = single_error(tmp_path)
    assert_error(error, path, line_of(path, "flags:"), "ads.label", f"unknown flag {needle}", "ignorecase, multiline")


@pytest.mark.parametrize(
    ("key", "lines"),
    [
        # `flags: ignorecase` must not become one "unknown flag" error per character.
        ("flags", ["kind: span-drop", "match: 'Ad'", "flags: ignorecase"]),
        # `phrases: Tweet` must not silently become the phrases t, w and e
        # (dropping lines "T" and "e" while keeping "Tweet").
        ("phrases", ["kind: line-drop", "phrases: Tweet"]),
    ],
    ids=["flags", "phrases"],
)
def test_scalar_where_a_list_is_expected(tmp_path: Path, key: str, lines: list[str]) -> None:
    body = "rules:\n  - id: ads.label\n" + "".join(f"    {line}\n" for line in lines)
    body += '    description: A rule.\n    examples:\n      - in: "One.\\nAd\\n"\n        out: "One.\\n"\n'
    body += '      - in: "Plain text."\n'
    path = write(tmp_path, "ads.yaml", body)
    assert_error(single_error(tmp_path), path, line_of(path, f"{key}:"), "ads.label", key)


def test_site_domains_not_a_list(tmp_path: Path) -> None:
    # `domains: shop.example` must not become the "domains" s, h, o, p, ...
    body = "site:\n  domains: shop.example\nrules:\n" + GOOD_RULE.format(stem="shop")
    path = write(tmp_path, "sites/shop.yaml", body)
    assert_error(single_error(tmp_path), path, line_of(path, "domains:"), "-", "domains")


@pytest.mark.parametrize(
    ("key", "value", "problem"),
    [
        ("scope", "pagee", "unknown scope 'pagee'"),
        ("max_chars", "lots", "'max_chars' must be a whole number"),
    ],
)
def test_bad_option_values(tmp_path: Path, key: str, value: str, problem: str) -> None:
    path = write(
        tmp_path,
        "footers.yaml",
        f"""\
        rules:
          - id: footers.cut
            kind: footer-cut
            description: A footer.
            match: 'Copyright'
            {key}: {value}
            examples:
              - in: "plain"
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, f"{key}: {value}"), "footers.cut", problem)


def test_multi_article_only_must_be_true_or_false(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "cues.yaml",
        """\
        rules:
          - id: cues.shouted
            kind: segment-cue
            cue: headline
            description: A headline in capitals.
            match: '[A-Z ]{8,60}'
            multi_article_only: often
            examples:
              - in: "Plain text."
        """,
    )
    problem = "'multi_article_only' must be true or false"
    assert_error(single_error(tmp_path), path, line_of(path, "multi_article_only:"), "cues.shouted", problem)


def load_error_objects(directory: Path) -> list[RuleError]:
    with pytest.raises(RuleErrors) as info:
        compile_rules(load_rules(directory))
    return info.value.errors


def test_python_object_tag_is_rejected_without_constructing(tmp_path: Path) -> None:
    marker = tmp_path / "constructed"
    path = write(
        tmp_path,
        "rules/ads.yaml",
        f"""\
        rules:
          - id: ads.label
            kind: span-drop
            description: !!python/object/apply:os.mkdir ["{marker}"]
            match: 'Ad'
            examples:
              - in: "plain"
        """,
    )
    (error,) = load_error_objects(tmp_path / "rules")
    assert not marker.exists(), "the YAML tag constructed a Python object"
    assert (error.file, error.line, error.rule_id) == (str(path), line_of(path, "!!python/object"), "-")
    assert error.message.startswith("not valid YAML")


def test_python_object_tag_new_style(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "rules: !!python/object:collections.OrderedDict {}\n")
    (error,) = load_error_objects(tmp_path)
    assert (error.file, error.line, error.rule_id) == (str(path), 1, "-")
    assert error.message.startswith("not valid YAML")


# --- site files ----------------------------------------------------------------------------


def test_site_unknown_key(tmp_path: Path) -> None:
    path = write(
        tmp_path, "sites/shop.yaml", "site:\n  domain: [shop.example]\nrules:\n" + GOOD_RULE.format(stem="shop")
    )
    assert_error(single_error(tmp_path), path, line_of(path, "domain:"), "-", "unknown key 'domain' in site")


def test_site_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "sites/shop.yaml", "site: shop.example\nrules:\n" + GOOD_RULE.format(stem="shop"))
    assert_error(single_error(tmp_path), path, 1, "-", "'site' is a mapping")


@pytest.mark.parametrize("site", ["", "site: {}\n"], ids=["no-site-key", "empty-site"])
def test_site_file_without_scope(tmp_path: Path, site: str) -> None:
    # A file under sites/ holds site-specific rules (README: applied when the
    # page's domain matches or its `detect` text appears). Without domains or
    # detect its rules would silently run on every page (no `site`) or on none
    # (an empty `site`): either way the file is malformed.
    path = write(tmp_path, "sites/shop.yaml", site + "rules:\n" + GOOD_RULE.format(stem="shop"))
    error = single_error(tmp_path)
    assert error["file"] == str(path)
    assert int(error["line"]) == 1
    assert "site" in error["message"]


SITE_RULES = """\
site:
  domains: [shop.example]
  detect: 'Powered by ShopCMS'
rules:
  - id: shop.widget
    kind: line-drop
    description: The shop's basket widget.
    phrases: [Add to basket]
    examples:
      - in: "One.\\nAdd to basket\\n"
        out: "One.\\n"
      - in: "Add to basket, she said.\\n"
"""


@pytest.mark.parametrize(
    ("url", "extra", "dropped"),
    [
        ("https://shop.example/item/1", "", True),
        ("https://www.shop.example/item/1", "", True),
        ("https://news.shop.example/item/1", "", True),
        ("shop.example/item", "", True),
        ("https://other.example/item/1", "", False),
        ("https://notshop.example/item/1", "", False),
        (None, "", False),
        (None, "\nPowered by ShopCMS", True),
    ],
)
def test_site_rules_apply_only_to_their_site(tmp_path: Path, url: str | None, extra: str, dropped: bool) -> None:
    write(tmp_path, "generic.yaml", "rules:\n" + GOOD_RULE.format(stem="generic"))
    write(tmp_path, "sites/shop.yaml", SITE_RULES)
    cleaner = Cleaner.from_rules(tmp_path)
    meta = {"url": url} if url else {}
    (article,) = cleaner.clean(f"One azzzb.\nAdd to basket\nTwo.{extra}", source_id="p", meta=meta)
    # The generic rule always runs.
    assert "zzz" not in article.text
    assert ("Add to basket" not in article.text) is dropped
    site_hits = [h for h in article.hits if h.rule_id == "shop.widget"]
    assert bool(site_hits) is dropped


@pytest.mark.parametrize(
    ("site", "meta", "dropped"),
    [
        ("field: {source: Shop Wire}", {"source": "Shop Wire"}, True),
        ("field: {source: Shop Wire}", {"meta": {"source": "Shop Wire"}}, True),
        ("field: {source: Shop Wire}", {"source": "Other Wire"}, False),
        ("field: {source: Shop Wire}", {}, False),
        ("all: true", {}, True),
        ("all: true", {"url": "https://other.example/1"}, True),
    ],
)
def test_field_and_all_scopes(tmp_path: Path, site: str, meta: dict[str, Any], dropped: bool) -> None:
    write(
        tmp_path,
        "learned/shop.yaml",
        SITE_RULES.replace("  domains: [shop.example]\n  detect: 'Powered by ShopCMS'", f"  {site}"),
    )
    (article,) = Cleaner.from_rules(tmp_path).clean("One azzzb.\nAdd to basket\nTwo.", source_id="p", meta=meta)
    assert ("Add to basket" not in article.text) is dropped


@pytest.mark.parametrize(
    ("site", "message"),
    [
        ("field: [source]", "'field' maps field names to strings"),
        ("field: {source: 3}", "'field' maps field names to strings"),
        ("all: false", "'all' is true or left out"),
        ("all: yes please", "'all' is true or left out"),
    ],
)
def test_bad_field_and_all_scopes(tmp_path: Path, site: str, message: str) -> None:
    path = write(
        tmp_path,
        "learned/shop.yaml",
        SITE_RULES.replace("  domains: [shop.example]\n  detect: 'Powered by ShopCMS'", f"  {site}"),
    )
    assert_error(single_error(tmp_path), path, 2, "-", message)


def test_all_problems_of_all_files_reported(tmp_path: Path) -> None:
    first = write(tmp_path, "ads.yaml", "rules:\n" + GOOD_RULE.format(stem="adverts"))
    second = write(tmp_path, "cookies.yaml", "rules:\n" + GOOD_RULE.format(stem="cookies").replace("span-drop", "span"))
    errors = load_errors(tmp_path)
    assert [(e["file"], e["rule"]) for e in errors] == [(str(first), "adverts.good"), (str(second), "cookies.good")]


def test_missing_rules_directory(tmp_path: Path) -> None:
    with pytest.raises(RuleErrors, match="rules directory not found"):
        load_rules(tmp_path / "nope")


def test_bundled_rules_load() -> None:
    # Every kind has a bundled rule (the line model's is optional: loaded when asked for).
    rules = compile_rules(load_rules(None, optional_rule_files()))
    assert {r.kind for r in rules.rules} >= {k for k in Kind if k is not Kind.ENCODING}
    assert Kind.LINE_MODEL not in {r.kind for r in compile_rules(load_rules()).rules}


# --- the CLI ---------------------------------------------------------------------------------

runner = CliRunner()


def test_cli_lint_bad_directory(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "rules:\n" + GOOD_RULE.format(stem="adverts"))
    result = runner.invoke(app, ["rules", "lint", str(tmp_path)])
    assert result.exit_code == 1
    expected = f"{path}:{line_of(path, 'id: adverts.good')}: adverts.good: id must start with the file stem 'ads.'"
    assert expected in result.stderr.splitlines()


def test_cli_lint_bad_pattern(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "rules:\n" + GOOD_RULE.format(stem="ads").replace("'zzz'", "'z('"))
    result = runner.invoke(app, ["rules", "lint", str(tmp_path)])
    assert result.exit_code == 1
    line = f"{path}:{line_of(path, 'match:')}: ads.good: match does not compile"
    assert any(out.startswith(line) for out in result.stderr.splitlines()), result.stderr


def test_cli_lint_bundled_rules() -> None:
    result = runner.invoke(app, ["rules", "lint", str(default_rules_dir())])
    assert result.exit_code == 0, result.output
    count = len(load_rules(None, optional_rule_files()))  # lint checks the optional files too
    assert f"{count} rules OK" in result.stdout


def test_cli_lint_default_directory() -> None:
    result = runner.invoke(app, ["rules", "lint"])
    assert result.exit_code == 0, result.output


def test_cli_rules_test_reports_failing_example(tmp_path: Path) -> None:
    path = write(tmp_path, "ads.yaml", "rules:\n" + GOOD_RULE.format(stem="ads").replace('out: "ab"', 'out: "a b"'))
    result = runner.invoke(app, ["rules", "test", str(tmp_path)])
    assert result.exit_code == 1
    line = line_of(path, 'in: "azzzb"')
    assert f"FAIL {path}:{line}: ads.good:" in result.stdout
    assert "1 passed, 1 failed" in result.stdout


def test_cli_rules_test_bundled() -> None:
    result = runner.invoke(app, ["rules", "test"])
    assert result.exit_code == 0, result.output
    assert ", 0 failed" in result.stdout


def test_from_end_rejects_backreferences(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "ads.yaml",
        """\
        rules:
          - id: ads.doubled
            kind: line-drop
            description: A label printed twice.
            match: '(?P<label>\\w+) (?P=label)'
            from_end: true
            examples:
              - in: "One.\\nAd Ad\\n"
                out: "One.\\n"
              - in: "Plain text."
        """,
    )
    assert_error(single_error(tmp_path), path, line_of(path, "from_end:"), "ads.doubled", "from_end cannot be used")
