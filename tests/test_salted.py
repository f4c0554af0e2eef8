"""The held-out noise phrasings (tools/data/heldout_noise.yaml) stay held out, and the salting
that tools/eval_salted.py scores with puts exactly its lines in, between whole paragraphs."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from cleaner.ruleset.loader import default_rules_dir

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT / "tools"))
import eval_salted  # noqa: E402

FAMILIES: dict[str, list[str]] = yaml.safe_load(eval_salted.PHRASINGS.read_text(encoding="utf-8"))
EVERY = [line for lines in FAMILIES.values() for line in lines]
RULE_TEXTS = {path: path.read_text(encoding="utf-8").casefold() for path in default_rules_dir().rglob("*.yaml")}


def test_the_phrasings_are_strings_in_families_of_the_issue() -> None:
    assert {"ads", "cookies", "newsletter", "share", "comments"} <= FAMILIES.keys()
    assert all(isinstance(line, str) and line.strip() == line and line for line in EVERY)
    assert len(set(EVERY)) == len(EVERY) >= 90


@pytest.mark.parametrize("phrasing", EVERY)
def test_no_rule_file_quotes_a_held_out_phrasing(phrasing: str) -> None:
    quoting = [path.name for path, text in RULE_TEXTS.items() if phrasing.casefold() in text]
    assert not quoting, f"{phrasing!r} is held out of the rules; it is quoted in {quoting}"


def test_both_halves_of_the_phrasings_hold_every_family() -> None:
    halves = eval_salted.phrasings()
    assert sorted(halves["tune"] + halves["confirm"]) == sorted(EVERY)
    for lines in FAMILIES.values():
        assert {eval_salted.phrasing_half(line) for line in lines} == {"tune", "confirm"}


paragraph = st.text(
    st.characters(codec="utf-8", exclude_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"), min_size=1
)


@given(st.lists(paragraph.filter(str.strip).map(str.strip), min_size=1, max_size=30), st.integers(0, 5))
def test_salting_puts_in_its_noise_lines_between_whole_paragraphs(paragraphs: list[str], seed: int) -> None:
    noise = ["Copy the address of this article", "Join the discussion below"]
    truth = "\n".join(paragraphs)
    page = eval_salted.salt("p", "", truth, noise, "tune", seed)
    lines = page.text.splitlines()
    assert len(page.noise) == min(len(paragraphs) + 1, 2 + len(paragraphs) // 4)
    # Take the noise lines out where they were put in: the truth comes back whole, in order.
    rest = list(lines)
    for line in page.noise:
        rest.remove(line)
    assert rest == paragraphs
    assert eval_salted.salt("p", "", truth, noise, "tune", seed) == page  # deterministic
