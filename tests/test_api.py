"""The Python API: Cleaner.from_rules, clean, clean_document, with_config, Article, replay."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import cleaner as package
from cleaner import Article, CleanConfig, Cleaner, Document, Kind, Role, RuleErrors, RuleHit, replay

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PAGE = "Rates held steady.\nAdvertisement\nStocks rose. Advertisement The yen fell.\nPhoto: AP\n"


@pytest.fixture(scope="module")
def cleaner() -> Cleaner:
    return Cleaner.from_rules()


def test_clean_returns_articles_with_hits(cleaner: Cleaner) -> None:
    (article,) = cleaner.clean(PAGE, source_id="page-1")
    assert isinstance(article, Article)
    assert (article.id, article.source_id, article.segment) == ("page-1#1", "page-1", 1)
    assert article.title is None
    assert article.text == "Rates held steady.\nStocks rose. The yen fell."
    assert article.role == "main"
    assert dict(article.meta) == {"role": "main"}
    removed = [(h.rule_id, h.removed) for h in article.hits if h.kind is not Kind.REPAIR]
    assert ("ads.advertisement-line", "Advertisement\n") in removed
    assert ("ads.advertisement-between-sentences", " Advertisement") in removed
    assert any(rule.startswith("credits.") and text.strip() == "Photo: AP" for rule, text in removed)
    assert all(isinstance(h, RuleHit) for h in article.hits)


def test_clean_default_source_id(cleaner: Cleaner) -> None:
    (article,) = cleaner.clean("Rates held steady.")
    assert article.id == "doc#1"


def test_clean_empty_and_noise_only_pages(cleaner: Cleaner) -> None:
    assert cleaner.clean("", source_id="p") == []
    assert cleaner.clean(" \n\n\t\n", source_id="p") == []
    assert cleaner.clean("Advertisement\nPhoto: AP\n", source_id="p") == []


def test_clean_is_deterministic(cleaner: Cleaner) -> None:
    text = (SEEDS / "001_517cb5bd72187ee7.txt").read_text(encoding="utf-8")
    assert cleaner.clean(text, source_id="x") == cleaner.clean(text, source_id="x")
    assert Cleaner.from_rules().clean(text, source_id="x") == cleaner.clean(text, source_id="x")


def test_headline_becomes_title(cleaner: Cleaner) -> None:
    text = "Rates stay on hold as inflation cools\n\nThe central bank kept its rate at 4.5 per cent on Thursday.\n"
    (article,) = cleaner.clean(text, source_id="p")
    assert article.title == "Rates stay on hold as inflation cools"
    assert article.text == "The central bank kept its rate at 4.5 per cent on Thursday."
    assert (
        article.render()
        == "Rates stay on hold as inflation cools\n\nThe central bank kept its rate at 4.5 per cent on Thursday."
    )


def test_tag_page_articles_and_meta(cleaner: Cleaner) -> None:
    text = (SEEDS / "001_517cb5bd72187ee7.txt").read_text(encoding="utf-8")
    articles = cleaner.clean(text, source_id="tag")
    assert [a.segment for a in articles] == list(range(1, len(articles) + 1))
    assert len(articles) == 5
    assert articles[2].meta["source"] == "Euronews"
    assert articles[2].meta["date"] == "2025-02-20"
    assert articles[2].title == "China starts repatriating citizens freed from scam centres in Myanmar"


def test_keep_related(cleaner: Cleaner) -> None:
    text = (SEEDS / "000_363d336a125357df.txt").read_text(encoding="utf-8")
    default = cleaner.clean(text, source_id="p")
    related = cleaner.with_config(keep_related=True).clean(text, source_id="p")
    assert [a.role for a in default] == ["main"]
    assert [a.role for a in related] == ["main", "related", "related", "related"]
    # Ids do not change with keep_related: the main article is the same record.
    assert related[0] == default[0]
    assert [a.id for a in related[1:]] == ["p#2", "p#3", "p#4"]
    assert all(a.meta["source"] == "South China Morning Post" for a in related[1:])


def test_with_config_leaves_original_alone(cleaner: Cleaner) -> None:
    other = cleaner.with_config(keep_related=True, min_article_chars=50)
    assert other.config == CleanConfig(keep_related=True, min_article_chars=50)
    assert cleaner.config == CleanConfig()
    assert other.rules is cleaner.rules
    with pytest.raises(dataclasses.FrozenInstanceError):
        cleaner.config = CleanConfig()  # type: ignore[misc]


def test_min_article_chars(cleaner: Cleaner) -> None:
    strict = cleaner.with_config(min_article_chars=20)
    assert strict.clean("Short one.", source_id="p") == []
    assert [a.text for a in strict.clean("A long enough article text.", source_id="p")] == [
        "A long enough article text."
    ]


def test_repair_encoding_switch(cleaner: Cleaner) -> None:
    text = "It\u00e2\u20ac\u2122s fine."
    assert [a.text for a in cleaner.clean(text)] == ["It\u2019s fine."]
    assert [a.text for a in cleaner.with_config(repair_encoding=False).clean(text)] == [text]


@pytest.mark.parametrize("separator", ["\x0b", "\x0c", "\u2028"], ids=["VT", "FF", "LS"])
def test_whitespace_controls_do_not_glue_words(cleaner: Cleaner, separator: str) -> None:
    # A vertical tab (Word's line break) or another whitespace control between
    # two words may become a space or a line break, but must not vanish.
    (article,) = cleaner.clean(f"Prices rose{separator}wages did not.", source_id="p")
    assert article.render().split() == ["Prices", "rose", "wages", "did", "not."], repr(article.render())


def test_url_meta_is_kept(cleaner: Cleaner) -> None:
    (article,) = cleaner.clean("Rates held.", source_id="p", meta={"url": "https://news.example/a"})
    assert article.meta["url"] == "https://news.example/a"
    assert article.to_record()["meta"]["url"] == "https://news.example/a"


def test_clean_document_audit_trail(cleaner: Cleaner) -> None:
    text = "Rates held.\r\nAdvertisement\r\nStocks rose.\r\n"
    document = cleaner.clean_document(text, source_id="p", meta={"lang": "en"})
    assert isinstance(document, Document)
    assert (document.id, document.original, document.meta) == ("p", text, {"lang": "en"})
    assert document.page_text == "Rates held.\nAdvertisement\nStocks rose.\n"
    assert [h.rule_id for h in document.page_hits] == ["encoding.newlines"] * 3
    assert replay(document.original, document.page_hits) == document.page_text
    (segment,) = document.segments
    assert segment.raw == document.page_text
    assert segment.text == "Rates held.\nStocks rose."
    assert replay(segment.raw, segment.hits) == segment.text
    assert document.all_hits() == document.page_hits + document.boundary_hits + segment.hits
    assert cleaner.articles(document) == cleaner.clean(text, source_id="p", meta={"lang": "en"})


def test_clean_document_keeps_dropped_segments(cleaner: Cleaner) -> None:
    text = (SEEDS / "000_363d336a125357df.txt").read_text(encoding="utf-8")
    document = cleaner.clean_document(text, source_id="p")
    roles = [s.role for s in document.segments]
    assert roles[0] is Role.MAIN
    assert Role.RELATED in roles
    assert [s.position for s in document.segments] == list(range(len(document.segments)))
    assert len(document.boundary_hits) >= 3
    assert all(h.kind is Kind.SEGMENT_BOUNDARY for h in document.boundary_hits)


def test_article_record_and_render() -> None:
    article = Article("src", 3, "A headline", "Body text.", {"role": "related", "source": "X"})
    assert article.id == "src#3"
    assert article.role == "related"
    assert article.to_record() == {
        "id": "src#3",
        "source_id": "src",
        "segment": 3,
        "title": "A headline",
        "text": "Body text.",
        "meta": {"role": "related", "source": "X"},
    }
    assert "text" not in article.to_record(with_text=False)
    assert article.render() == "A headline\n\nBody text."
    assert Article("src", 1, None, "Body text.").render() == "Body text."
    assert Article("src", 1, None, "Body text.").role == "main"


def test_replay_applies_hits_in_order() -> None:
    hits = [
        RuleHit("a.one", Kind.LINE_DROP, 0, 3, "Ad\n"),
        RuleHit("a.two", Kind.REPAIR, 1, 2, " ", ""),
        RuleHit("a.three", Kind.REPAIR, 0, 0, "", ">"),
    ]
    assert replay("Ad\nx y", hits) == ">xy"
    with pytest.raises(ValueError, match=r"a\.one"):
        replay("No\nx y", hits)


# --- custom rule directories ------------------------------------------------------------------

CUSTOM = """\
rules:
  - id: house.sponsor
    kind: line-drop
    description: A sponsor line.
    match: 'Sponsored by [^\\n]{1,40}'
    examples:
      - in: "One.\\nSponsored by Acme\\n"
        out: "One.\\n"
      - in: "Sponsored by the council, the event drew crowds.\\n"
"""


def test_from_rules_custom_directory(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(CUSTOM, encoding="utf-8")
    for path in (tmp_path, str(tmp_path)):
        custom = Cleaner.from_rules(path)
        assert [r.id for r in custom.rules.rules] == ["house.sponsor"]
        (article,) = custom.clean("Rates held.\nSponsored by Acme\nAdvertisement\n", source_id="p")
        # Only the custom rule ran: the ad label stays, and nothing trims the end.
        assert article.text == "Rates held.\nAdvertisement\n"
        assert [(h.rule_id, h.removed) for h in article.hits] == [("house.sponsor", "Sponsored by Acme\n")]


def test_from_rules_with_config(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(CUSTOM, encoding="utf-8")
    custom = Cleaner.from_rules(tmp_path, CleanConfig(keep_related=True))
    assert custom.config.keep_related


def test_from_rules_bad_directory(tmp_path: Path) -> None:
    (tmp_path / "house.yaml").write_text(CUSTOM.replace("line-drop", "line-dropper"), encoding="utf-8")
    with pytest.raises(RuleErrors, match=r"house\.yaml:3: house\.sponsor: unknown kind 'line-dropper'"):
        Cleaner.from_rules(tmp_path)


def test_public_names() -> None:
    for name in package.__all__:
        assert hasattr(package, name), name
