"""cleaner.metadata on small hand-written pages: each test names one way a page shows its
headline, byline or date, and would fail without the mechanism that reads it."""

from __future__ import annotations

import pytest
from lxml import html

from cleaner.html import page_metadata
from cleaner.metadata import body_byline, byline_names, declared_metadata, visible_headline


def _tree(markup: str) -> html.HtmlElement:
    return html.fromstring(markup)


def test_block_elements_inside_a_byline_are_read_apart() -> None:
    page = _tree(
        '<html><body><h1>Rates held</h1><div class="byline"><div>Eric Song</div><div>Updated: 18 Nov 2019</div></div>'
        "</body></html>"
    )
    assert body_byline(page) == "Eric Song"


SIDEBAR = (
    "<aside><h2>Most read</h2>"
    + "".join(f'<div><p>Story {n}</p><a rel="author" href="/people/judy">Judy Murray</a></div>' for n in range(5))
    + "</aside>"
)


def test_the_byline_nearest_the_headline_is_the_articles() -> None:
    page = _tree(
        f'<html><body>{SIDEBAR}<article><h1>Harbour wall to be rebuilt</h1><p class="byline">By Ailsa Morton</p>'
        "<p>Storms broke the old wall.</p></article></body></html>"
    )
    assert body_byline(page, "Harbour wall to be rebuilt") == "Ailsa Morton"


def test_an_itemprop_that_names_the_author_among_other_properties() -> None:
    page = _tree('<html><body><h1>Rates held</h1><span itemprop="author creator">Ailsa Morton</span></body></html>')
    assert body_byline(page) == "Ailsa Morton"


@pytest.mark.parametrize("segment", ["author", "authors", "byline", "contributors", "autor", "autoren", "auteur"])
def test_a_link_to_the_authors_page(segment: str) -> None:
    page = _tree(
        f'<html><body><p class="about">Von <a href="https://blog.example/{segment}/ailsa-morton">Ailsa Morton</a></p>'
        '<h1>Rates held</h1><p>More from <a href="/news/rates">the newsroom</a></p></body></html>'
    )
    assert body_byline(page) == "Ailsa Morton"


def test_a_meta_author_that_names_the_publisher_is_not_the_author() -> None:
    page = _tree(
        '<html><head><meta name="author" content="Condé Nast">'
        '<meta name="copyright" content="Copyright (c) Condé Nast 2019"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Molly Wood"}}</script></head>'
        "<body><h1>Rates held</h1></body></html>"
    )
    assert declared_metadata(page)["author"] == "Molly Wood"


def test_byline_lead_words_in_other_languages_are_dropped() -> None:
    assert byline_names("Текст: Лида Буслаева") == "Лида Буслаева"
    assert byline_names("Door Pieter de Vries") == "Pieter de Vries"
    assert byline_names("Autor: Jan Nowak") == "Jan Nowak"


def test_a_newsrooms_credit_in_the_byline_position_is_the_author() -> None:
    page = _tree(
        '<html><body><h1>Davis Cup finals launch</h1><li class="byline__author" itemprop="author">'
        '<span itemprop="name">Telegraph Sport</span></li><p>The finals opened.</p>'
        f"{SIDEBAR.replace('rel=', 'class=author-name data-rel=')}</body></html>"
    )
    assert body_byline(page, "Davis Cup finals launch") == "Telegraph Sport"


def test_a_by_line_written_as_text_is_a_byline() -> None:
    page = _tree(
        "<html><body><h1>Managing distributed applications</h1><table><tr><td><div><em>by</em><br>"
        "Justin Murray, <br>Chris Peltz, &amp;<br>Claire Rogers, HP</div></td></tr></table>"
        "<p>By 2005 most sites ran such applications.</p></body></html>"
    )
    assert body_byline(page, "Managing distributed applications") == "Justin Murray, Chris Peltz, Claire Rogers"


def test_an_hatom_author_vcard_is_a_byline_and_a_comment_author_is_not() -> None:
    page = _tree(
        "<html><body><h1>Wall repairs begin</h1><p>Posted on March 2 by <span class='author vcard'>"
        "<a class='url fn n' href='/?p=7'>Ana Ruiz</a></span></p><p>The harbour wall broke.</p>"
        "<ol><li class='comment'><div class='comment-author vcard'><cite class='fn'>Tom Bell</cite></div>"
        "<p>Great news.</p></li></ol></body></html>"
    )
    assert body_byline(page, "Wall repairs begin") == "Ana Ruiz"
    commenter_only = _tree(
        "<html><body><h1>Wall repairs begin</h1><p>The harbour wall broke.</p>"
        "<div class='comment-author vcard'><cite class='fn'>Tom Bell</cite></div></body></html>"
    )
    assert body_byline(commenter_only, "Wall repairs begin") is None


def test_a_publication_named_after_the_author_is_not_a_second_author() -> None:
    assert byline_names("Ana Ruiz | The Harbour Times") == "Ana Ruiz"
    assert byline_names("By The Associated Press") == "The Associated Press"


def test_titles_and_contact_details_are_not_part_of_a_name() -> None:
    assert byline_names("Submitted by: Dr Tony Ribbink Email: a.ribbink@example.org") == "Tony Ribbink"
    assert byline_names("Mrs S J Hattersley") == "S J Hattersley"


def test_a_one_word_display_name_where_a_byline_stands() -> None:
    page = _tree(
        '<html><body><h1 id="blog-title">Effect Measure</h1><h3 class="post-title">H7 in North Korea</h3>'
        '<p>Reports from Pyongyang.</p><p class="post-footer"><em>posted by Revere at <a href="#">3:19 PM</a>'
        "</em></p></body></html>"
    )
    assert body_byline(page) == "Revere"
    admin = _tree(
        '<html><body><h1>Rates held</h1><span class="byline">By <a rel="author">Admin</a></span></body></html>'
    )
    assert body_byline(admin) is None


def test_the_day_shown_beside_the_headline_corrects_a_utc_timestamp_a_day_off() -> None:
    from cleaner.metadata import headline_date, in_page_time_zone

    page = _tree(
        '<html><body><span class="site-header__date">Nov. 20, 2019</span><h1>Is football violence a crime?</h1>'
        '<time class="article__timestamp">Nov. 18, 2019 7:04 pm ET</time><p>The referee.</p></body></html>'
    )
    shown = headline_date(page, "Is football violence a crime?")
    assert shown == "2019-11-18"
    assert in_page_time_zone("2019-11-19", shown) == "2019-11-18"
    assert in_page_time_zone("2019-11-25", shown) == "2019-11-25"  # another day: the declared one stands


def test_a_logo_h1_gives_way_to_the_posts_marked_title() -> None:
    from cleaner.metadata import visible_headline

    page = _tree(
        '<html><body><h1 id="blog-title"><a href="http://effectmeasure.example.com/">Effect Measure</a></h1>'
        '<h2 class="date-header">Tuesday, April 05, 2005</h2><h3 class="post-title">H7 in North Korea</h3>'
        "<p>Reports from Pyongyang.</p></body></html>"
    )
    assert visible_headline(page, "Effect Measure", None, None) == "H7 in North Korea"


def test_a_heading_inside_a_link_home_is_the_logo_and_the_title_element_names_the_article() -> None:
    page = _tree(
        "<html><head><title>Harbour wall to be rebuilt - Daily Post</title></head><body>"
        '<a href="/"><h1>Daily Post</h1></a><p>Storms broke the old wall.</p></body></html>'
    )
    # trafilatura's title finder offers the page's one <h1>: the logo.
    assert visible_headline(page, "Daily Post", None, "https://dailypost.example/2019/wall") == (
        "Harbour wall to be rebuilt"
    )


def test_a_heading_linking_to_a_folder_above_the_page_is_the_blogs_name() -> None:
    page = _tree(
        '<html><body><h1><a href="https://uni.example/~ann/blog/index.html">Ann Writes</a></h1>'
        '<h3 class="post-title">News round up</h3><p>Storms broke the old wall.</p></body></html>'
    )
    assert visible_headline(page, "Ann Writes", None, "https://uni.example/~ann/blog/2005/04/round-up.htm") == (
        "News round up"
    )


def test_a_headline_linking_to_its_own_article_is_not_a_logo() -> None:
    page = _tree(
        '<html><body><h1><a href="/blog/2005/04/round-up.htm">News round up</a></h1><p>Text.</p></body></html>'
    )
    assert visible_headline(page, "News round up", None, "https://uni.example/blog/2005/04/round-up.htm") == (
        "News round up"
    )


def test_a_date_found_by_htmldate_is_corrected_to_the_day_the_page_shows() -> None:
    page = _tree(
        "<html><body><article><h1>Duvet nearly killed him</h1>"
        '<time datetime="2019-11-19T02:04:00Z">Nov. 18, 2019 9:04 pm ET</time>'
        "<p>The man had a cough for years.</p></article></body></html>"
    )
    # Nothing declared: htmldate reads the UTC timestamp (the 19th); readers see the 18th.
    assert page_metadata(page, None, None)["date"] == "2019-11-18"


def test_a_dateline_without_markup_dates_a_page_that_declares_none() -> None:
    page = _tree(
        "<html><body><aside><p>Archive</p><p>12 May 2003</p><p>More from the archive</p></aside>"
        "<h1>KaZaA: the most wanted of 2003</h1><p>Posted on December 10, 2003</p>"
        "<p>The file-sharing service topped the list on 3 March 2003 and kept its place.</p>"
        "<p>Copyright 2003 Lycos, 1 January 2003</p><p>Last updated 5 March 2004</p></body></html>"
    )
    assert page_metadata(page, None, None)["date"] == "2003-12-10"


def test_a_page_showing_only_a_month_or_a_sentence_with_a_date_has_no_date() -> None:
    page = _tree(
        "<html><body><h1>Grade configuration in schools</h1><p>March 2005</p>"
        "<p>The board met on 3 March 2005 to discuss how schools differ in grade configuration.</p></body></html>"
    )
    assert "date" not in page_metadata(page, None, None)


def test_an_element_marked_headline_shows_the_declared_titles_story() -> None:
    page = _tree(
        '<html><body><div class="site-title">DVD Zone</div><div class="headline">Babylon 5: The Fourth Season</div>'
        '<p class="title">More reviews</p><p>The show found its feet.</p></body></html>'
    )
    assert visible_headline(page, "DVD Zone: Babylon 5: The Fourth Season Review", None, None) == (
        "Babylon 5: The Fourth Season"
    )


def test_an_element_marked_title_that_shares_few_words_is_not_the_headline() -> None:
    page = _tree(
        '<html><body><div id="title">Schools and districts</div><p>How schools differ is the question.</p>'
        "</body></html>"
    )
    assert visible_headline(page, "How do schools differ in grade configuration?", None, None) == (
        "How do schools differ in grade configuration?"
    )


def test_a_page_without_a_title_or_h1_takes_its_first_heading_not_a_jump_link() -> None:
    page = _tree(
        '<html><body><h5><a href="#top">Back to top</a></h5><p>Menu</p>'
        "<h3>4.4 Health of the environment</h3><p>Rivers are cleaner.</p><h4>Air</h4></body></html>"
    )
    assert visible_headline(page, None, None, None) == "4.4 Health of the environment"


def test_a_page_without_a_title_or_any_heading_takes_the_text_set_in_its_largest_type() -> None:
    # A page made before headings were styled: the headline is <font size="7"> in a table cell.
    body = (
        '<table><tr><td><font size="+1">Home | Fish pages</font></td></tr><tr><td><p align="center">'
        '<font size="7" color="#000080"><b>Reproductive Behaviour of Fishes</b></font></td></tr>'
        '<tr><td><font size="3"><p>Did you know that fishes embark upon courtship?</p></font>'
        '<font size="5">Q</font></td></tr></table>'
    )
    assert visible_headline(_tree(f"<html><body>{body}</body></html>"), None, None, None) == (
        "Reproductive Behaviour of Fishes"
    )
    # A declared title, or a heading, comes first; and body-sized type is never a headline.
    assert visible_headline(_tree(f"<html><body>{body}</body></html>"), "Fish courtship", None, None) == (
        "Fish courtship"
    )
    plain = '<html><body><font size="3">Did you know that fishes court?</font><font size="+1">Home</font></body></html>'
    assert visible_headline(_tree(plain), None, None, None) is None


def test_a_page_that_shows_no_date_takes_the_one_its_url_spells() -> None:
    page = _tree("<html><body><h1>Wall repairs begin</h1><p>The harbour wall broke.</p></body></html>")
    assert page_metadata(page, "https://example.com/2024/03/02/wall-repairs/", None).get("date") == "2024-03-02"
    assert page_metadata(page, "https://example.com/news/wall-repairs-2024", None).get("date") is None


def test_a_line_showing_the_publication_and_the_update_dates_the_publication() -> None:
    for shown in (
        "Posted March 2, 2024 | Updated April 1, 2024",
        "Last updated: April 1, 2024. Published: March 2, 2024",
    ):
        page = _tree(
            f"<html><body><h1>Wall repairs begin</h1><p>{shown}</p><p>The harbour wall broke.</p></body></html>"
        )
        assert page_metadata(page, None, None, search_date=False).get("date") == "2024-03-02", shown
    updated_only = _tree("<html><body><h1>Wall repairs</h1><p>Updated April 1, 2024</p><p>It broke.</p></body></html>")
    assert page_metadata(updated_only, None, None, search_date=False).get("date") is None


def test_a_date_element_with_a_machine_date_in_content_dates_the_page() -> None:
    page = _tree(
        '<html><body><h1>Wall repairs begin</h1><span itemprop="datePublished" content="2024-03-02T10:00">March 2'
        "</span><p>The harbour wall broke in the storm.</p></body></html>"
    )
    assert page_metadata(page, None, None).get("date") == "2024-03-02"


@pytest.mark.parametrize(
    "declared",
    [
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "March 2, 2024"}</script>',
        '<meta name="original-publish-date" content="2024-03-02">',
        '<meta name="pubdate" content="20240302">',
        '<meta name="citation_publication_date" content="2024/03/02">',
    ],
)
def test_a_declared_date_in_another_spelling_is_read(declared: str) -> None:
    page = _tree(f"<html><head>{declared}</head><body><h1>Wall repairs</h1><p>It broke.</p></body></html>")
    assert declared_metadata(page).get("date") == "2024-03-02"


@pytest.mark.parametrize(
    "shown",
    [
        '<p class="date">2024年3月2日</p>',
        "<span>发布时间：2024年03月02日 10:15</span>",
        '<div class="data">2 de março de 2024</div>',
        '<span class="timestamp" data-timestamp="1709373600">2 days ago</span>',
    ],
    ids=["japanese", "chinese", "portuguese", "unix-time"],
)
def test_a_date_shown_in_another_script_language_or_as_unix_time_is_read(shown: str) -> None:
    page = _tree(f"<html><body><h1>Wall repairs begin</h1>{shown}<p>The harbour wall broke.</p></body></html>")
    assert page_metadata(page, None, None, search_date=False).get("date") == "2024-03-02"


def test_a_declared_last_change_gives_way_to_the_publication_date_the_page_shows() -> None:
    page = _tree(
        '<html><head><meta property="article:modified_time" content="2024-04-01T10:00:00"></head><body>'
        '<h1>Wall repairs begin</h1><p class="date">March 2, 2024</p><p>The harbour wall broke.</p></body></html>'
    )
    assert page_metadata(page, None, None).get("date") == "2024-03-02"
    assert "modified" not in page_metadata(page, None, None)


@pytest.mark.parametrize(
    "declared",
    [
        '<meta name="author" content="Ana Ruiz (https://example.com/ana)">',
        '<meta name="author" content="Ana Ruiz (ana@example.com)">',
        '<meta name="DC.creator" content="Ruiz, Ana">',
        '<script type="application/ld+json">{"@type": "BlogPosting",'
        ' "creator": {"@type": "Person", "name": "Ana Ruiz"}}</script>',
    ],
    ids=["url-in-parentheses", "email-in-parentheses", "dublin-core-surname-first", "json-ld-creator"],
)
def test_a_declared_author_in_another_convention_is_read_as_a_name(declared: str) -> None:
    page = _tree(f"<html><head>{declared}</head><body><h1>Wall repairs</h1><p>It broke.</p></body></html>")
    assert declared_metadata(page).get("author") == "Ana Ruiz"


def test_a_list_of_two_names_is_not_read_as_one_name_surname_first() -> None:
    page = _tree('<html><head><meta name="author" content="Ana Ruiz, Tom Bell"></head><body></body></html>')
    assert page_metadata(page, None, None).get("author") == "Ana Ruiz, Tom Bell"
