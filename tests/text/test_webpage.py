"""helpers.text.webpage: the article's text from a saved web page, without menus, scripts or markup."""

from __future__ import annotations

import datetime as dt

from helpers.text.webpage import text_from_html

PAGE = """<html><head><title>Site</title><script>var tracking = 1;</script><style>p {}</style></head>
<body><nav>Home | World | Sport</nav><header>Newsroom</header>
<article><h1>Japan and New Zealand sign</h1><p>One &amp; two.</p><p>“Yes,” she said.</p></article>
<time datetime="2025-12-19T09:00">today</time><footer>© Site</footer></body></html>"""


def test_the_text_keeps_paragraphs_and_decodes_entities():
    text, _ = text_from_html(PAGE)
    assert "One & two." in text and "“Yes,” she said." in text
    assert "\n\n" in text, "paragraphs stay apart"
    assert "<" not in text and "&amp;" not in text


def test_scripts_styles_menus_headers_and_footers_are_left_out():
    text, _ = text_from_html(PAGE)
    for clutter in ("tracking", "p {}", "Home | World", "Newsroom", "© Site"):
        assert clutter not in text


def test_the_page_date_is_read_from_its_time_element():
    assert text_from_html(PAGE)[1] == dt.date(2025, 12, 19)
    assert text_from_html("<p>No date here.</p>")[1] is None
