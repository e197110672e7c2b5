"""The Japanese teacher guide keeps the English one's commands, the official terms and one style."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ENGLISH = ROOT / "docs" / "teacher-guide.md"
JAPANESE = ROOT / "docs" / "ja" / "teacher-guide.md"
TERMS = ROOT / "notebooks" / "locale" / "ja" / "terms.csv"
#: Every chapter of the English guide: the Japanese guide translates them all.
TRANSLATED = tuple(
    line.split("(")[0].strip()
    for line in ENGLISH.read_text(encoding="utf-8").splitlines()
    if line.startswith("## ")
)


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    end = text.find("\n## ", start + len(heading))
    return text[start : end if end != -1 else None]


def _commands(text: str) -> set[str]:
    """Every `...` span that runs something: make, python -m, helpers calls."""
    return {
        span
        for span in re.findall(r"`([^`\n]+)`", text.replace("\n", " "))
        if span.startswith(("sudo make", "make ", "python -m", "helpers."))
    }


@pytest.mark.parametrize("heading", TRANSLATED)
def test_every_command_of_a_translated_chapter_is_in_the_japanese_guide(heading):
    english = _commands(_section(ENGLISH.read_text(encoding="utf-8"), heading))
    japanese = JAPANESE.read_text(encoding="utf-8")
    english = {c.replace("make lab", "make lab-ja") if c == "make lab" else c for c in english}
    missing = sorted(c for c in english if c not in japanese)
    assert not missing, f"docs/ja/teacher-guide.md lacks these commands of {heading!r}: {missing}"


def test_the_japanese_guide_has_every_chapter_and_notebook_section_of_the_english_one():
    english = ENGLISH.read_text(encoding="utf-8").splitlines()
    japanese = JAPANESE.read_text(encoding="utf-8").splitlines()
    for level in ("## ", "### "):
        mine = [line for line in japanese if line.startswith(level)]
        theirs = [line for line in english if line.startswith(level)]
        assert len(mine) == len(theirs), (
            f"{len(mine)} {level.strip()} headings in Japanese, {len(theirs)} in English"
        )
    notebooks = zip(
        [line for line in english if line.startswith("### ")],
        [line for line in japanese if line.startswith("### ")],
        strict=True,
    )
    for english_notebook, japanese_notebook in notebooks:
        assert english_notebook[4:6] == japanese_notebook[4:6], (english_notebook, japanese_notebook)
    assert "まだ訳していない" not in JAPANESE.read_text(encoding="utf-8")


def test_each_official_term_is_introduced_as_terms_csv_says():
    text = JAPANESE.read_text(encoding="utf-8")
    with TERMS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    wrong = [
        f"{row['japanese']}: first written {text[text.find(row['japanese']) :][:30]!r}, terms.csv says {row['first_use']!r}"
        for row in rows
        if row["japanese"] in text and not text[text.find(row["japanese"]) :].startswith(row["first_use"])
    ]
    assert not wrong, "\n".join(wrong)


def test_the_japanese_guide_is_written_in_desu_masu():
    text = re.sub(r"`[^`]*`", "", JAPANESE.read_text(encoding="utf-8"))
    plain = [s for s in re.split(r"(?<=。)", text) if re.search(r"(である|だ|る|た)。$", s.strip())]
    assert not plain, "sentences not in です・ます体:\n" + "\n".join(plain)
