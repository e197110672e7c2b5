"""Pasted articles: written dates, single newlines, site clutter, saved web pages, the CLI's --date."""

from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from helpers import ArticleFormatError, IntakeWarning, article_from_text
from helpers.intake import is_clutter, prepare_text
from helpers.quotes import extract_quotes
from helpers.text.dates import find_written_date, parse_written_date
from helpers.text.webpage import text_from_html

ROOT = Path(__file__).resolve().parent.parent
PASTED = (
    "Share\nBy Mele Fonua\nTonga signed a pact.\n'It's a big step,' Minister Ana Vea said.\nAdvertisement\n"
)


@pytest.mark.parametrize(
    "written",
    ["2025-12-19", "19 December 2025", "December 19, 2025", "Dec. 19, 2025", "19th Dec 2025", "Sept 9, 2025"],
)
def test_written_dates(written):
    assert parse_written_date(written) is not None
    assert parse_written_date(written).year == 2025


def test_dates_use_ascii_digits_and_real_days():
    assert parse_written_date("٢٠٢٥-١٢-١٩") is None
    assert parse_written_date("31 April 2025") is None
    assert find_written_date("Updated: Fri 19 Dec 2025, 5:04pm").isoformat() == "2025-12-19"


def test_single_newlines_become_paragraphs_with_a_warning():
    with pytest.warns(IntakeWarning, match="single newlines"):
        art = article_from_text(PASTED, date="19 December 2025")
    assert [p.text for p in art.paragraphs] == [
        "Tonga signed a pact.",
        "'It's a big step,' Minister Ana Vea said.",
    ]
    (q,) = extract_quotes(art)
    assert (q.text, q.speaker) == ("It's a big step,", "Ana Vea")


def test_clutter_is_left_out_and_named():
    changes = prepare_text(PASTED, date="2025-12-19").changes
    assert "'Share'" in changes[0] and "'By Mele Fonua'" in changes[0] and "'Advertisement'" in changes[0]
    assert is_clutter("Photo: Getty Images", False) and not is_clutter("Share prices fell.", True)


def test_blank_line_paragraphs_are_kept_and_nothing_is_said():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        art = article_from_text("One line\nwrapped here.\n\nTwo.", date="2025-12-19")
    assert [p.text for p in art.paragraphs] == ["One line wrapped here.", "Two."]


def test_date_found_at_the_top_or_a_clear_error():
    with pytest.warns(IntakeWarning, match="date line"):
        art = article_from_text("Published: 19 December 2025\nTonga signed.")
    assert art.date.isoformat() == "2025-12-19"
    with pytest.raises(ArticleFormatError, match="no date given"):
        article_from_text("Tonga signed.")
    with pytest.raises(ArticleFormatError, match="cannot read the date"):
        article_from_text("Tonga signed.", date="next Friday")


def test_the_course_format_passes_through_unchanged():
    text = " date 2025-12-19 Lead.\n\nSecond."
    assert prepare_text(text).text == text


def test_saved_web_page():
    text, date = text_from_html(
        "<body><nav><p>Menu</p></nav><p>Tonga &amp; Fiji signed.</p><script>x='<p>no</p>'</script></body>"
    )
    assert (text, date) == ("Tonga & Fiji signed.", None)


def test_cli_date_option(tmp_path):
    f = tmp_path / "pasted.txt"
    f.write_text(PASTED, encoding="utf-8")
    run = [sys.executable, "-m", "helpers", "quotes", str(f)]
    ok = subprocess.run(
        [*run, "--date", "Dec. 19, 2025"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert ok.returncode == 0 and "Ana Vea" in ok.stdout and "note: paragraphs" in ok.stderr
    bad = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, check=False)
    assert bad.returncode == 2 and "--date" in bad.stderr and "Traceback" not in bad.stderr


def test_load_pasted_reads_only_regular_files(tmp_path):
    from helpers.intake import load_pasted

    with pytest.raises(ArticleFormatError, match="this is a folder, not an article file"):
        load_pasted(tmp_path, date="2025-12-19")
    if Path("/dev/zero").exists():  # read through the bounded reader: refused at once, never read
        with pytest.raises(ArticleFormatError, match="this is a device, not a regular file"):
            load_pasted("/dev/zero", date="2025-12-19")
    page = tmp_path / "page.html"
    page.write_text(
        '<meta property="article:published_time" content="2025-12-19"><p>"Yes," Ana Vea said.</p>'
    )
    art, changes = load_pasted(page)
    assert art.date.isoformat() == "2025-12-19" and "web page" in changes[0]
