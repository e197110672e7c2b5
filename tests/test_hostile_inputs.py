"""Hostile input for the article reader and the dataset loaders, generated.

Each property takes text or bytes an adversarial tester (or an unlucky
learner) could produce: CR-only and Unicode line ends, invisible characters,
digits from other scripts, NUL, wide encodings, stray quotation marks. The
promise is the same everywhere: a result that keeps every character where it
was, or one error of the module's own type naming the place, never another
exception and never a silent change.

Each check is a plain function (``check_*``) so the same inputs can be
counted against another version of the code.
"""

from __future__ import annotations

import csv
import io
import re
import string
import tempfile
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import ArticleFormatError, DatasetError, load_agreements, load_article, parse_article
from helpers.datasets import DATA_DIR
from helpers.textfiles import is_invisible

# About 15 s of CPU in all on a laptop; the datasets build a DataFrame per example, so fewer.
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TABLE_SETTINGS = settings(SETTINGS, max_examples=150)

INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u202e\u3164\u180e\x00\x07"
LINE_ENDS = ["\n", "\r", "\r\n", "\u2028", "\u2029"]
OTHER_DIGITS = "٠١٢٣٤٥٦٧٨٩０１２３４５６７８９۱۲७০"
WORDS = string.ascii_letters + " .,;:!?'\"“”‘’()-—é語"

piece = st.one_of(
    st.text(alphabet=WORDS, min_size=1, max_size=30),
    st.sampled_from(LINE_ENDS),
    st.sampled_from([c for c in INVISIBLES if c != "\x00"]),
    st.text(alphabet=OTHER_DIGITS + "0123456789-", min_size=1, max_size=10),
    st.sampled_from([" date 2025-12-20 ", "\n\n date 2024-01-01 x", "\u00a0", "\t", "\x0c", "\x00"]),
)
body = st.lists(piece, max_size=40).map("".join)
header = st.one_of(
    st.sampled_from([" date 2025-12-19 ", "date 2024-02-29 ", "\ufeff date 2025-01-01\r", " date 2025-12-19\u2029"]),
    st.builds(lambda y, m, d: f" date {y}-{m}-{d} ", *[st.text(alphabet="0123456789" + OTHER_DIGITS, min_size=n, max_size=n) for n in (4, 2, 2)]),
)  # fmt: skip

_WHERE = re.compile(r"<text>:(\d+):(\d+): \S")


def _line_count(text: str) -> int:
    return 1 + sum(text.count(end) for end in ("\n", "\r", "\u2028", "\u2029")) - text.count("\r\n")


def check_article_text(text: str) -> None:
    """Parse or one pointing error; when parsed, every visible character in one paragraph, spans exact."""
    try:
        art = parse_article(text)
    except ArticleFormatError as exc:
        where = _WHERE.match(str(exc))
        assert where, str(exc)
        line, column = int(where.group(1)), int(where.group(2))
        assert 1 <= line <= _line_count(text) and column >= 1, (str(exc), text)
        return
    owners = [0] * len(text)
    for p in art.paragraphs:
        assert text[p.start : p.end] == p.text and p.text == p.text.strip() and p.text
        assert "\u2029" not in p.text, "a paragraph separator inside a paragraph"
        assert not all(is_invisible(c) for c in p.text), "an invisible-only paragraph"
        for i in range(p.start, p.end):
            owners[i] += 1
    token = text.lstrip("\ufeff").split()[1]
    assert re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", token), f"date {token!r} accepted"
    assert art.date.isoformat() == token
    body_start = text.find(token) + len(token)
    for i in range(body_start, len(text)):
        if not is_invisible(text[i]):
            assert owners[i] == 1, f"{text[i]!r} at {i} is in {owners[i]} paragraphs"
    for s in art.sentences():
        assert text[s.start : s.end] == s.text


@SETTINGS
@given(header, body)
def test_hostile_article_text_parses_exactly_or_fails_with_a_position(head, rest):
    check_article_text(head + rest)


CODECS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "latin-1", "cp1252"]


def check_article_file(raw: bytes, codec: str, text: str) -> None:
    """load_article on any bytes: an Article or one ArticleFormatError, UTF-16/32 named as such."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "a.txt")
        path.write_bytes(raw)
        try:
            art = load_article(path, source="a.txt")
        except ArticleFormatError as exc:
            message = str(exc)
            assert message.startswith("a.txt:") and "\n" not in message.split(" — ")[0], message
            # (a wide text that itself holds NUL characters is reported as binary: that is true too)
            if codec.startswith(("utf-16", "utf-32")) and text.strip() and "\x00" not in text:
                assert f"{codec[:6].upper()} text, not UTF-8" in message, message
            elif not codec.startswith(("utf-16", "utf-32")):
                assert "UTF-16" not in message and "UTF-32" not in message, message
            return
        assert art.text == raw.decode("utf-8")


@SETTINGS
@given(header, body, st.sampled_from(CODECS))
def test_hostile_article_files_load_or_fail_in_one_line(head, rest, codec):
    text = head + rest
    try:
        raw = text.encode(codec)
    except UnicodeEncodeError:
        raw = text.encode("utf-8", errors="surrogatepass")
        codec = "utf-8"
    check_article_file(raw, codec, text)


# --------------------------------------------------------------------------- datasets

AGREEMENTS = (DATA_DIR / "agreements.csv").read_text(encoding="utf-8")
ROWS = list(csv.reader(io.StringIO(AGREEMENTS, newline="")))
TEXT_COLUMNS = ("title", "official_title", "notes")
HOSTILE_CHARS = INVISIBLES + OTHER_DIGITS + "\"',\n\r\t\u00a0\u2029 é–“”"


def check_dataset_cells(rows: list[list[str]], changed: list[tuple[int, int, str]]) -> None:
    """Loads with every text cell exactly as written, or one DatasetError naming the file."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "agreements.csv")
        buffer = io.StringIO()
        # Every cell quoted: unquoted, a notes cell ending in "\r" would be written as a CRLF line end,
        # which the file then honestly means (the cell without its "\r").
        csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL).writerows(rows)
        path.write_text(buffer.getvalue(), encoding="utf-8")
        try:
            frame = load_agreements(path)
        except DatasetError as exc:
            assert str(exc).startswith("agreements.csv:"), str(exc)
            return
    hidden = [(r, c, v) for r, c, v in changed if any(ch in INVISIBLES for ch in v)]
    assert not hidden, f"invisible characters accepted in {[(r, ROWS[0][c]) for r, c, _ in hidden]}"
    for row, col, value in changed:
        name = ROWS[0][col]
        if name in TEXT_COLUMNS:
            got = frame.loc[row - 2, name]
            assert (pd.isna(got) and value == "") or got == value, (name, got, value)
        if name in ("signed", "in_force") and value not in ("pending", "unknown"):
            assert value.isascii(), f"date {value!r} accepted"


@st.composite
def mutated_rows(draw):
    rows = [list(r) for r in ROWS]
    changed = []
    for _ in range(draw(st.integers(1, 3))):
        row = draw(st.integers(2, len(rows)))
        col = draw(st.integers(0, len(rows[0]) - 1))
        value = rows[row - 1][col]
        at = draw(st.integers(0, len(value)))
        extra = draw(st.text(alphabet=HOSTILE_CHARS, min_size=1, max_size=3))
        value = draw(st.sampled_from([value[:at] + extra + value[at:], extra, value.replace("0", extra[0])]))
        rows[row - 1][col] = value
        changed = [c for c in changed if c[:2] != (row, col)] + [(row, col, value)]
    return rows, changed


@TABLE_SETTINGS
@given(mutated_rows())
def test_hostile_dataset_cells_load_as_written_or_fail_precisely(case):
    check_dataset_cells(*case)


def check_dataset_bytes(raw: bytes) -> None:
    """Any bytes: a table or one DatasetError, never another exception."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "agreements.csv")
        path.write_bytes(raw)
        try:
            load_agreements(path)
        except DatasetError as exc:
            assert str(exc).startswith("agreements.csv"), str(exc)


@TABLE_SETTINGS
@given(
    st.lists(
        st.tuples(st.integers(0, len(AGREEMENTS.encode())), st.sampled_from([b'"', b"\x00", b"\xe9", b"\r", b",", b"\n", b"\xff\xfe", b'""'])),
        min_size=1,
        max_size=4,
    )
)  # fmt: skip
def test_hostile_dataset_bytes_never_raise_anything_else(edits):
    raw = AGREEMENTS.encode()
    for at, junk in sorted(edits, reverse=True):
        raw = raw[:at] + junk + raw[at:]
    check_dataset_bytes(raw)


def test_the_invisible_class_holds_every_format_and_control_character():
    import sys
    import unicodedata

    missing = [
        f"U+{i:04X}"
        for i in range(sys.maxunicode + 1)
        if unicodedata.category(chr(i)) in ("Cf", "Cc") and not is_invisible(chr(i))
    ]
    assert not missing, f"add to helpers.textfiles._INVISIBLE_CLASS: {missing}"
