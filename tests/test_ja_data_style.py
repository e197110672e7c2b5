"""The curated tables' Japanese sentences are written the way the notebooks around them are.

A claim or an agreement's note (``helpers/locale/ja/LC_MESSAGES/data.po``) is
printed inside a notebook, next to the notebook's own prose: a native reader
noticed "11 番目" in a claim under "11番目" in the text, and "シード記事", a
word the notebooks never use (they say 記事, the article).
"""

from __future__ import annotations

import re
from pathlib import Path

import polib

DATA_PO = Path(__file__).resolve().parents[1] / "helpers" / "locale" / "ja" / "LC_MESSAGES" / "data.po"
KANA_KANJI = "\u3040-\u30ff\u4e00-\u9fff"
#: A plain number (not part of an ISO date such as 2025-12-19) and a Japanese character with a space between them.
SPACED_NUMBER = re.compile(
    rf"(?<![-\dA-Za-z])\d[\d,.]*\s+[{KANA_KANJI}]|[{KANA_KANJI}]\s+\d[\d,.]*(?![-\d])(?=[%{KANA_KANJI}])"
)


def style_problems(path: Path = DATA_PO) -> list[str]:
    """Each translated sentence of ``path`` that spaces a number from Japanese or says シード."""
    problems = []
    for entry in polib.pofile(str(path)):
        for found in SPACED_NUMBER.finditer(entry.msgstr):
            problems.append(
                f"{path.name}: {entry.comment}: {found.group(0)!r} — write the number next to the Japanese (11番目)"
            )
        if "シード" in entry.msgstr:
            problems.append(
                f"{path.name}: {entry.comment}: シード — write 記事 (or コースの記事) as the notebooks do"
            )
    return problems


def test_the_data_sentences_follow_the_notebooks_style():
    problems = style_problems()
    assert not problems, "\n".join(problems)


def test_the_style_check_finds_a_spaced_number_and_the_seed_jargon(tmp_path):
    po = tmp_path / "data.po"
    po.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#. a\nmsgid "x"\nmsgstr "日本にとって 7 番目です。"\n\n'
        '#. b\nmsgid "y"\nmsgstr "シード記事の協定です。"\n\n'
        '#. c\nmsgid "z"\nmsgstr "2025-12-19 に署名され、2015年12月に発効しました。"\n',
        encoding="utf-8",
    )
    problems = style_problems(po)
    assert len(problems) == 2, problems
    assert "7 番" in problems[0] and "シード" in problems[1]
