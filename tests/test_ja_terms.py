"""The Japanese edition gives an official term's English in parentheses where a notebook first uses it.

``notebooks/locale/ja/terms.csv`` writes each term's first use (``署名 (signature)``).
A native reader asked for these in notebooks 03 and 04; the test reads the
built Japanese notebook's prose (its markdown cells, in order) and checks that
the first time the term appears, it appears as its first use.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Notebook stem → the terms (as terms.csv writes them in Japanese) whose first use it must spell out.
FIRST_USES = {
    "03-information-security": ("署名", "発効", "自衛隊"),
    "04-regional-context": ("署名", "発効", "円滑化協定"),
}


def first_use() -> dict[str, str]:
    with open(ROOT / "notebooks" / "locale" / "ja" / "terms.csv", encoding="utf-8", newline="") as f:
        return {row["japanese"]: row["first_use"] for row in csv.DictReader(f)}


def prose(stem: str) -> str:
    cells = json.loads((ROOT / "notebooks" / "ja" / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    return "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


@pytest.mark.parametrize(("stem", "term"), [(s, t) for s, terms in FIRST_USES.items() for t in terms])
def test_a_term_first_appears_with_its_english(stem, term):
    text, wanted = prose(stem), first_use()[term]
    at = text.find(term)
    assert at >= 0, f"notebooks/ja/{stem}.ipynb never uses {term}"
    assert text[at:].startswith(wanted), (
        f"notebooks/ja/{stem}.ipynb: {term} is first written {text[at : at + len(wanted) + 10]!r}, not {wanted!r}"
        f" — give the English at first use in notebooks/locale/ja/LC_MESSAGES/{stem}.po"
    )


def test_the_raa_section_names_the_agreement_in_english():
    section = prose("04-regional-context").split("## 円滑化協定 (RAA)", 1)[-1][:400]
    assert "Reciprocal Access Agreement" in section, section
