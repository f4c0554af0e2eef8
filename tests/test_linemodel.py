"""The line model (cleaner.linemodel) and its optional rule (rules/optional/line-model.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import test_properties  # tests/test_properties.py: its page strategies and idempotence check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cleaner import Cleaner
from cleaner.cli import app
from cleaner.linemodel import FEATURES, LineModel, furniture_lines, line_features
from cleaner.ruleset.loader import default_rules_dir, optional_rules

MODEL_FILE = default_rules_dir() / "optional" / "models" / "lines.json"
#: A page whose rules leave two lines of a site's chrome between its paragraphs (the menu rule takes
#: the two in the middle of the run, not its ends).
PAGE = (
    "Harbour wall to be rebuilt\n"
    "The harbour board met on Tuesday to weigh the cost of rebuilding the sea wall that the winter storms "
    "broke in three places.\n"
    "Engineers told the board the work would take two years, and that the ferry would keep running.\n"
    "Kelvedon Clarion\nTides and timetables\nAllotment notes\nLetters to the editor\n"
    "The mayor said the council would publish the plans in the spring, once the engineers had finished their "
    "survey.\n"
)
runner = CliRunner()


def test_the_model_file_loads_and_scores_the_same_on_every_run() -> None:
    first, second = LineModel.load(MODEL_FILE), LineModel.load(MODEL_FILE)
    assert first == second and set(first.features) <= set(FEATURES)
    lines = PAGE.splitlines()
    assert first.score(lines) == second.score(lines) == LineModel.load(MODEL_FILE).score(lines)
    assert LineModel.load(Path(MODEL_FILE)).to_json() == MODEL_FILE.read_text(encoding="utf-8").replace(
        ', "trained_on_tune_pages": {"fullpage": 27, "injected": 27, "mojibake": 27}', ""
    )


@pytest.mark.parametrize(
    "lines",
    [
        [],
        ["", "   ", ""],
        ["x" * 50_000, "A short line", "y " * 25_000 + "."],
        ["日本語の文章です。東京で会議が開かれた。", "Ein deutscher Satz, der endet.", "مرحبا بالعالم", "Home"],
        ["\u200b", "\t\t", "—", "12", "https://example.com/a/b"],
    ],
    ids=["empty", "blank", "50000-chars", "mixed-scripts", "odd-marks"],
)
def test_features_and_scores_on_odd_input(lines: list[str]) -> None:
    model = LineModel.load(MODEL_FILE)
    stripped = [line.strip() for line in lines if line.strip()]
    features = line_features(stripped)
    assert len(features) == len(stripped)
    scores = model.score(lines)
    assert len(scores) == len(lines) and all(0.0 <= s <= 1.0 for s in scores)
    assert furniture_lines(model, lines, model.threshold, 2, 0.3) == furniture_lines(
        model, lines, model.threshold, 2, 0.3
    )


def test_the_optional_rule_takes_a_menu_and_keeps_the_story_and_its_headline() -> None:
    plain = Cleaner.from_rules()
    judged = Cleaner.from_rules(extra=[optional_rules("line-model")])
    assert [a.text for a in plain.clean(PAGE)] != [a.text for a in judged.clean(PAGE)]
    (article,) = judged.clean(PAGE)
    assert "Kelvedon Clarion" not in article.text and "Letters to the editor" not in article.text
    assert "The harbour board met on Tuesday" in article.text and "The mayor said the council" in article.text
    assert (article.title or article.text.splitlines()[0]) == "Harbour wall to be rebuilt"
    assert all(hit.note.startswith("score ") for hit in article.hits if hit.rule_id == "line-model.furniture-lines")


def test_each_article_of_a_multi_article_page_cleans_to_itself_with_the_line_model() -> None:
    # Two stories of a tag page, each carrying the chrome lines the model takes from PAGE alone.
    # The model must judge each article as it would judge the article cleaned again on its own:
    # judging only the articles of single-article pages (tried) left these lines in, and a second
    # clean of an article then took them.
    judged = Cleaner.from_rules(extra=[optional_rules("line-model")])
    body = PAGE.split("\n", 1)[1]
    item = "Yahoo\n{}\n- Politics\n- Yahoo\n{}\n" + body + "\n"
    page = "Latest news with #Harbour\n\n" + item.format("23-02-2025", "Harbour wall to be rebuilt")
    page += item.format("24-02-2025", "Ferry timetable changes in spring")
    articles = judged.clean(page)
    assert [a.title for a in articles] == ["Harbour wall to be rebuilt", "Ferry timetable changes in spring"]
    test_properties.assert_idempotent(judged, page)
    test_properties.assert_idempotent(judged, "0\r0000 000000\r0-0-0000\r- 0\r- 0000 000000\r0000000\r00\r0")


def test_the_line_model_is_off_unless_asked_for_and_explain_shows_its_scores(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    off = runner.invoke(app, ["explain", str(page)])
    on = runner.invoke(app, ["explain", str(page), "--line-model"])
    assert off.exit_code == 0 and on.exit_code == 0
    assert "line-model.furniture-lines" not in off.output
    assert "line-model.furniture-lines" in on.output and "(score 0." in on.output
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["clean", str(page), "-o", str(out), "-q", "--line-model"]).exit_code == 0
    assert "Kelvedon Clarion" not in out.read_text(encoding="utf-8")


def test_a_text_that_is_mostly_short_lines_loses_nothing() -> None:
    # A list of facts (a results table): the lines the model would take hold most of the text.
    model = LineModel.load(MODEL_FILE)
    table = ["Results after round 12"] + [
        f"{name}\n{points}" for name, points in zip("ABCDEFGH", range(40, 32, -1), strict=True)
    ]
    assert furniture_lines(model, "\n".join(table).split("\n"), model.threshold, 2, 0.3) == {}


JUDGED = Cleaner.from_rules(extra=[optional_rules("line-model")])


@settings(max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(test_properties.noisy_pages, test_properties.line_text))
def test_cleaning_with_the_line_model_is_idempotent(text: str) -> None:
    # The model judges an article among the lines that stay and with its headline on top, so the
    # printed article, cleaned again, loses nothing more.
    test_properties.assert_idempotent(JUDGED, text)


@pytest.mark.parametrize("path", test_properties.REAL_PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_cleaning_real_pages_with_the_line_model_is_idempotent(path: Path) -> None:
    test_properties.assert_idempotent(JUDGED, path.read_text(encoding="utf-8").split("\n=== output ===\n")[0])


def test_a_line_of_a_sites_interface_words_scores_lower_than_a_story_line_of_its_shape() -> None:
    model = LineModel.load(MODEL_FILE)
    prose = PAGE.splitlines()[1]
    story = "Engineers finish their survey of the harbour wall at dawn today"
    prompt = "Sign up for alerts and share comments from our app below"
    assert len(story.split()) == len(prompt.split())
    features = line_features([prose, story, prompt, prose])
    assert features[1]["interface"] == 0.0 and features[2]["interface"] > 0.5
    story_score = model.score([prose, story, prose])[1]
    prompt_score = model.score([prose, prompt, prose])[1]
    assert prompt_score < story_score - 0.2


def test_a_line_that_shares_the_titles_words_scores_more_as_article_text() -> None:
    model = LineModel.load(MODEL_FILE)
    title = "Harbour wall to be rebuilt after winter storms"
    echoing = "Storms broke the harbour wall in three places"
    unrelated = "Ferry tickets go on sale for the summer season"
    features = line_features([title, echoing, unrelated])
    assert features[1]["title_words"] == 0.5 and features[2]["title_words"] == 0.0  # storms, harbour, wall of 6
    assert model.score([title, echoing])[1] > model.score([title, unrelated])[1]
    # The shipped model reads a title's words as a sign of article text, an interface's as furniture.
    weights = dict(zip(model.features, model.weights, strict=True))
    assert weights["title_words"] > 0 > weights["interface"]


def test_the_model_never_takes_a_line_its_rules_protect_patterns_hold(tmp_path: Path) -> None:
    source = optional_rules("line-model")
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "lines.json").write_bytes(MODEL_FILE.read_bytes())
    text = source.read_text(encoding="utf-8").replace(
        "    model: models/lines.json\n", "    model: models/lines.json\n    protect: ['Clarion']\n"
    )
    assert "protect:" in text
    (tmp_path / source.name).write_text(text, encoding="utf-8")
    protected = Cleaner.from_rules(extra=[tmp_path / source.name])
    (article,) = protected.clean(PAGE)
    assert "Kelvedon Clarion" in article.text and "Letters to the editor" not in article.text
