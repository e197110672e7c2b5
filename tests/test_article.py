"""The article parser: the seed, tolerated variations, and a named table of bad inputs."""

import datetime as dt

import pytest

import helpers
from helpers import ArticleFormatError, load_article, parse_article

SEED = helpers.seed_paths()[0]

# --- the seed ---------------------------------------------------------------


def test_the_seed_reads_as_a_careful_reader_would():
    art = helpers.load_seeds()[0]
    assert art.date == dt.date(2025, 12, 19)
    assert art.weekday == "Friday"
    assert len(art.paragraphs) == 9
    assert art.paragraphs[0].text.startswith("Japan and New Zealand on Friday signed")
    assert art.paragraphs[-1].text.endswith("the statement added.")
    assert art.source == "seeds/000_12fca90ebed3288f.txt"
    assert len(art.sentences()) == 9, "each paragraph of the seed is one sentence"


def test_offsets_point_into_the_original_text():
    art = load_article(SEED)
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text
    for s in art.sentences():
        assert art.text[s.start : s.end] == s.text
    assert art.text == SEED.read_text(encoding="utf-8")


def test_to_dict_is_plain_data():
    d = load_article(SEED, source="x").to_dict()
    assert d["date"] == "2025-12-19" and d["weekday"] == "Friday" and d["source"] == "x"
    assert [p["number"] for p in d["paragraphs"]] == list(range(1, 10))


# --- tolerated variations ------------------------------------------------------

BODY = " date 2025-12-19 Lead “quoted” here.\n\nSecond paragraph,\nwrapped.   \n\n\n"


@pytest.mark.parametrize(
    "variant",
    [
        BODY,
        BODY.replace("\n", "\r\n"),
        "\ufeff" + BODY,
        BODY + "   \n\n \t\n",
        "\n\n" + BODY,
        BODY.replace("“", '"').replace("”", '"'),
        BODY.replace(" date", "date", 1),
        BODY.replace(" date 2025-12-19 Lead", " date 2025-12-19\nLead"),
    ],
    ids=[
        "plain",
        "crlf",
        "bom",
        "trailing-blank",
        "leading-blank",
        "straight-quotes",
        "no-leading-space",
        "lead-next-line",
    ],
)
def test_tolerated_variations_give_the_same_paragraphs(variant):
    art = parse_article(variant)
    assert art.date == dt.date(2025, 12, 19)
    texts = [p.text.replace("\r\n", "\n").replace("“", '"').replace("”", '"') for p in art.paragraphs]
    assert texts == ['Lead "quoted" here.', "Second paragraph,\nwrapped."]
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text


def test_sentences_respect_quotes_initials_and_abbreviations():
    art = parse_article(
        ' date 2025-12-19 "We agree. We sign," said J. Smith of the U.S. Navy. Mr. Lee left? Yes!'
    )
    assert [s.text for s in art.sentences()] == [
        '"We agree. We sign," said J. Smith of the U.S. Navy.',
        "Mr. Lee left?",
        "Yes!",
    ]


def test_paragraph_lookup_is_one_based_with_a_clear_error():
    art = parse_article(" date 2025-12-19 One.\n\nTwo.")
    assert art.paragraph(1).text == "One."
    with pytest.raises(IndexError, match="paragraphs 1 to 2; there is no paragraph 0"):
        art.paragraph(0)


def test_parse_article_wants_a_string():
    with pytest.raises(TypeError, match="use load_article"):
        parse_article(b" date 2025-12-19 x")


# --- bad input: a named table, each with its exact message -------------------

HINT = "start the file with ' date YYYY-MM-DD ' and the lead paragraph on the same line"

BAD_TEXT = {
    "empty": ("", f"<text>:1:1: the article is empty — {HINT}"),
    "whitespace-only": (" \n\t\n  ", f"<text>:1:1: the article holds only whitespace — {HINT}"),
    "bom-only": ("\ufeff", f"<text>:1:1: the article is empty — {HINT}"),
    "no-date-line": ("Japan and New Zealand signed.\n\nMore.", f"<text>:1:1: no date line — {HINT}"),
    "date-missing": (
        " date \nText",
        "<text>:1:7: the date is missing after 'date' — write it as YYYY-MM-DD, e.g. 2025-12-19",
    ),
    "malformed-date": (
        " date 19/12/2025 Text",
        "<text>:1:7: malformed date '19/12/2025' — write the date as YYYY-MM-DD (e.g. 2025-12-19), then a space and the lead paragraph",
    ),
    "date-glued-to-text": (
        " date 2025-12-19Japan",
        "<text>:1:7: malformed date '2025-12-19Japan' — write the date as YYYY-MM-DD (e.g. 2025-12-19), then a space and the lead paragraph",
    ),
    "impossible-date": (
        " date 2025-02-30 Text",
        "<text>:1:7: impossible date 2025-02-30 (day is out of range for month) — check the day and the month",
    ),
    "impossible-month": (
        " date 2025-13-01 Text",
        "<text>:1:7: impossible date 2025-13-01 (month must be in 1..12) — check the day and the month",
    ),
    "date-line-not-first": (
        "Headline\n date 2025-12-19 Text",
        "<text>:2:2: the date line is not the first line of the article — move ' date YYYY-MM-DD ' to the very start of the file",
    ),
    "date-line-twice": (
        " date 2025-12-19 One.\n\n date 2025-12-20 Two.",
        "<text>:3:2: a second date line: this file holds more than one article — keep one article per file; move this one to a file of its own",
    ),
    "header-no-body": (
        " date 2025-12-19   \n\n\n",
        "<text>:1:17: the article has a date but no text — write the lead paragraph after the date, on the same line",
    ),
    "nul-character": (
        " date 2025-12-19 Te\x00xt",
        "<text>:1:20: this looks like a binary file, not text (NUL character) — give a plain-text UTF-8 file in the seed format",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_TEXT), ids=str)
def test_bad_text_gets_a_pointing_message(case):
    text, message = BAD_TEXT[case]
    with pytest.raises(ArticleFormatError) as info:
        parse_article(text)
    assert str(info.value) == message


def test_too_long_text_is_refused():
    with pytest.raises(
        ArticleFormatError,
        match=r"<text>:1:1: the article is 1,048,577 characters long; the limit is 1,048,576",
    ):
        parse_article(" date 2025-12-19 " + "x" * (helpers.MAX_BYTES - 16))


BAD_FILES = {
    "non-utf8": (
        " date 2025-12-19 Caf\xe9 au lait.\n".encode("latin-1"),
        "{path}:1:21: not UTF-8: byte 0xE9 at byte offset 20 cannot be decoded — save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
    ),
    "non-utf8-line-3": (
        b" date 2025-12-19 Lead.\n\n\x93Quoted\x94 text.\n",
        "{path}:3:1: not UTF-8: byte 0x93 at byte offset 24 cannot be decoded — save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
    ),
    "binary": (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "{path}:3:1: this looks like a binary file, not text (NUL byte at byte offset 8) — give a plain-text UTF-8 file in the seed format",
    ),
    "empty-file": (b"", f"{{path}}:1:1: the article is empty — {HINT}"),
    "too-big": (
        b" date 2025-12-19 " + b"x" * helpers.MAX_BYTES,
        "{path}:1:1: the file is larger than the limit of 1,048,576 bytes (1 MiB) — one article per file: a news article is a few kilobytes",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES), ids=str)
def test_bad_files_get_a_pointing_message(case, tmp_path):
    raw, message = BAD_FILES[case]
    path = tmp_path / f"{case}.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleFormatError) as info:
        load_article(path, source=f"{case}.txt")
    assert str(info.value) == message.format(path=f"{case}.txt")


def test_a_folder_or_missing_path_is_named(tmp_path):
    with pytest.raises(ArticleFormatError) as info:
        load_article(tmp_path, source="seeds")
    assert (
        str(info.value)
        == "seeds:1:1: this is a folder, not an article file — give the path of one .txt file inside it"
    )
    with pytest.raises(ArticleFormatError) as info:
        load_article(tmp_path / "nope.txt", source="nope.txt")
    assert str(info.value) == (
        "nope.txt:1:1: no such file — check the path; the course's articles are in the seeds/ folder"
    )


def test_the_error_names_the_path_given():
    with pytest.raises(ArticleFormatError) as info:
        parse_article("", source="articles/x.txt")
    assert info.value.path == "articles/x.txt" and str(info.value).startswith("articles/x.txt:1:1: ")


# --- hostile files: only regular files, a bounded read, every OSError one message ----------


def test_a_device_is_refused_as_not_a_regular_file():
    device = "/dev/null"  # /dev/zero and /dev/urandom are run in a subprocess (tests/test_cli.py)
    if not __import__("os").path.exists(device):
        pytest.skip("no /dev/null")
    with pytest.raises(ArticleFormatError) as info:
        load_article(device)
    assert str(info.value).startswith("/dev/null:1:1: this is a device, not a regular file — give the path")


def test_a_file_that_grows_past_its_stat_size_is_read_only_to_the_limit(tmp_path, monkeypatch):
    import os

    from helpers import textfiles

    path = tmp_path / "big.txt"
    path.write_bytes(b" date 2025-12-19 " + b"x" * (helpers.MAX_BYTES + 5000))
    real_stat = os.stat

    def lying_stat(p, *args, **kwargs):  # the file system says 10 bytes, as /proc and some shares do
        st = real_stat(p, *args, **kwargs)
        return os.stat_result((*st[:6], 10, *st[7:10])) if str(p) == str(path) else st

    monkeypatch.setattr(textfiles.os, "stat", lying_stat)
    monkeypatch.setattr(
        textfiles.os, "fstat", lambda fd: os.stat_result((*real_stat(path)[:6], 10, *real_stat(path)[7:10]))
    )
    asked = []
    real_read = os.read
    monkeypatch.setattr(textfiles.os, "read", lambda fd, n: asked.append(n) or real_read(fd, n))
    with pytest.raises(ArticleFormatError, match="larger than the limit of 1,048,576 bytes"):
        load_article(path, source="big.txt")
    assert sum(asked) <= helpers.MAX_BYTES + 1


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (PermissionError(13, "Permission denied"), "permission denied — check that you may read"),
        (OSError(36, "File name too long"), "the path is too long for this system"),
        (OSError(40, "Too many levels of symbolic links"), "a symbolic link loop"),
        (OSError(5, "Input/output error"), "cannot read the file (Input/output error)"),
    ],
    ids=["permission", "name-too-long", "symlink-loop", "io-error"],
)
def test_every_oserror_from_the_path_is_one_article_format_error(monkeypatch, exc, words):
    import errno
    import os
    from pathlib import Path

    from helpers import textfiles

    exc.errno = {13: errno.EACCES, 36: errno.ENAMETOOLONG, 40: errno.ELOOP, 5: errno.EIO}[exc.errno]

    real_stat, real_is_dir = os.stat, Path.is_dir

    def refuse(p, *args, **kwargs):
        if str(p) == "x.txt":
            raise exc
        return real_stat(p, *args, **kwargs)

    def is_dir(p, *args, **kwargs):  # the old code asked this before it guarded against errors
        return refuse(p) and real_is_dir(p, *args, **kwargs)

    monkeypatch.setattr(textfiles.os, "stat", refuse)
    monkeypatch.setattr(Path, "is_dir", is_dir)
    with pytest.raises(ArticleFormatError) as info:
        load_article("x.txt")
    assert str(info.value).startswith(f"x.txt:1:1: {words}")


def test_a_nul_in_the_path_is_one_article_format_error():
    with pytest.raises(ArticleFormatError, match=r"^a\x00b.txt:1:1: the path contains a NUL character"):
        load_article("a\x00b.txt")


@pytest.mark.parametrize(
    ("codec", "name"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32"),
     ("utf-32-le", "UTF-32")],
)  # fmt: skip
def test_utf16_and_utf32_files_are_named_with_how_to_convert(tmp_path, codec, name):
    path = tmp_path / "wide.txt"
    path.write_bytes(" date 2025-12-19 Lead.\n\nSecond.\n".encode(codec))
    with pytest.raises(ArticleFormatError) as info:
        load_article(path, source="wide.txt")
    message = str(info.value)
    assert message.startswith(f"wide.txt:1:1: this file is {name} text, not UTF-8 — "), message
    assert "binary" not in message and f"iconv -f {name} -t UTF-8" in message


@pytest.mark.parametrize(
    ("raw", "where"),
    [
        (b" date 2025-12-19 Lead.\r\rCaf\xe9.\r", "3:4"),
        (b" date 2025-12-19 Lead.\r\n\r\nCaf\xe9.\r\n", "3:4"),
        (" date 2025-12-19 Lead \u00e9t\u00e9.\n\n\u201cA\u201d, caf".encode() + b"\xe9", "3:9"),
    ],
    ids=["cr-lines", "crlf-lines", "after-utf8-characters"],
)
def test_latin1_errors_name_line_and_column_whatever_the_line_ends(tmp_path, raw, where):
    path = tmp_path / "latin.txt"
    path.write_bytes(raw)
    with pytest.raises(ArticleFormatError, match=rf"^latin\.txt:{where}: not UTF-8: byte 0xE9"):
        load_article(path, source="latin.txt")


# --- line ends, paragraph separators, digits -------------------------------------------------


def test_cr_only_line_ends_are_line_ends():
    text = SEED.read_text(encoding="utf-8")
    art = parse_article(text.replace("\n", "\r"))
    assert len(art.paragraphs) == 9
    assert [p.text for p in art.paragraphs] == [p.text for p in load_article(SEED).paragraphs]
    with pytest.raises(ArticleFormatError, match=r"^<text>:3:2: a second date line"):
        parse_article(" date 2025-12-19 One.\r\r date 2025-12-20 Two.\r")


def test_error_positions_count_every_kind_of_line_end():
    from helpers.errors import position

    text = "a\rb\r\nc\nd\u2028e\u2029f"
    assert [position(text, text.index(ch)) for ch in "abcdef"] == [(n, 1) for n in range(1, 7)]


@pytest.mark.parametrize(
    "separator",
    ["\u2029", "\n\u200b\n", "\n\u200b\u200d\ufeff \u2060\n", "\r\u00ad\r", "\n\u3164\n", "\u2028\u2028"],
    ids=["paragraph-separator", "zero-width-space-line", "only-invisibles", "soft-hyphen-cr", "filler",
         "line-separators"],
)  # fmt: skip
def test_a_paragraph_separator_or_an_invisible_line_separates_paragraphs(separator):
    art = parse_article(f" date 2025-12-19 One.{separator}Two.")
    assert [p.text for p in art.paragraphs] == ["One.", "Two."]


def test_a_line_break_inside_a_paragraph_is_kept():
    art = parse_article(" date 2025-12-19 One\rwrapped.\u2028Still one.\n\nTwo.")
    assert [p.text for p in art.paragraphs] == ["One\rwrapped.\u2028Still one.", "Two."]


@pytest.mark.parametrize(
    "date",
    ["٢٠٢٥-١٢-١٩", "２０２５-１２-１９", "2025-１2-19", "۲۰۲۵-۱۲-۱۹", "2025-12-1\u0669"],
    ids=["arabic-indic", "full-width", "one-full-width", "persian", "last-digit"],
)
def test_the_header_date_takes_ascii_digits_only(date):
    with pytest.raises(ArticleFormatError) as info:
        parse_article(f" date {date} Lead.")
    assert str(info.value) == (
        f"<text>:1:7: the date {date!r} uses digits other than 0–9 — "
        "type it with the digits 0 to 9 as YYYY-MM-DD (e.g. 2025-12-19)"
    )


def test_an_invisible_character_before_date_is_named():
    with pytest.raises(ArticleFormatError) as info:
        parse_article("\u200b date 2025-12-19 Lead.")
    assert str(info.value) == (
        "<text>:1:1: an invisible character (U+200B ZERO WIDTH SPACE) before 'date' — "
        "delete it: the first line must start with ' date YYYY-MM-DD '"
    )
