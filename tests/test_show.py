"""The quotations as a table (helpers.frames.quotes_frame) and as highlighted HTML (helpers.show.show_article)."""

from __future__ import annotations

import re

import pytest

from helpers import load_seeds, parse_article
from helpers.frames import QUOTE_COLUMNS, quotes_frame
from helpers.quotes import extract_quotes
from helpers.show import OKABE_ITO, show_article, speaker_colours

HEADER = " date 2030-01-02 "


@pytest.fixture(scope="module")
def seed():
    return load_seeds()[0]



def test_quotes_frame_columns_and_values(seed):
    df = quotes_frame(seed)
    assert tuple(df.columns) == QUOTE_COLUMNS
    for col in (
        "paragraph",
        "speaker",
        "role",
        "country",
        "kind",
        "via",
        "rule",
        "text",
        "start",
        "end",
        "words",
    ):
        assert col in df.columns
    assert len(df) == 10
    assert df.loc[3, "speaker"] == "Judith Collins" and df.loc[3, "words"] == 27
    assert str(df["parent"].dtype) == "Int64" and df["parent"].isna().sum() == 9
    assert df.groupby("kind").size().to_dict() == {"full": 4, "partial": 6}


def test_quotes_frame_of_an_article_without_quotes_is_empty_with_columns():
    df = quotes_frame(parse_article(HEADER + "Nothing quoted."))
    assert len(df) == 0 and tuple(df.columns) == QUOTE_COLUMNS


def test_show_article_highlights_every_quote_with_a_label_and_legend(seed):
    view = show_article(seed)
    html = view._repr_html_()
    assert html.count('class="hl-quote"') == 10
    assert html.count('class="hl-label"') == 10
    assert 'class="hl-legend"' in html
    assert "Japan&#x27;s Foreign Ministry" in html  # escaped
    assert html == show_article(seed).html  # deterministic
    assert "0x" not in html
    colours = speaker_colours(extract_quotes(seed))
    assert list(colours.values()) == list(OKABE_ITO[:5])
    for colour in colours.values():
        assert colour in html


def test_show_article_escapes_text_and_marks_unattributed():
    view = show_article(parse_article(HEADER + 'It carried "<script>x</script> & more."'))
    assert "<script>" not in view.html and "&lt;script&gt;" in view.html
    assert 'data-rule="unattributed"' in view.html and "dashed" in view.html


def test_seed_with_crlf_bom_and_curly_marks_is_attributed_the_same(seed):
    def attribution(art):
        return [
            (q.paragraph, q.speaker, q.rule, q.via, q.kind, q.words, q.parent) for q in extract_quotes(art)
        ]

    crlf = parse_article("\ufeff" + seed.text.replace("\n", "\r\n"))
    curly_text = re.sub(r'(^|\s)"', lambda m: m.group(1) + "“", seed.text).replace('"', "”")
    curly_text = curly_text.replace(" 'Free", " ‘Free").replace(",'", ",’")
    curly = parse_article(curly_text)
    assert attribution(crlf) == attribution(seed)
    assert attribution(curly) == attribution(seed)
