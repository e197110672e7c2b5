"""The glossary's Japanese column, generated from the one list of official terms.

    python -m coursekit glossary-ja          # rewrite the table in docs/glossary.md
    python -m coursekit glossary-ja --check  # exit 1 when the table is out of step

``notebooks/locale/ja/terms.csv`` (english, japanese, first_use) is the one
source of the course's Japanese terms: the translators use it, and the table
"日本語の用語 (Japanese terms)" at the end of ``docs/glossary.md`` is made from
it. A glossary entry gets a row when one of its comma-separated names is a
term's English (case aside). The Japanese an entry's own heading gives in
brackets must be that term's Japanese; tests/test_glossary_ja.py checks both.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from coursekit.paths import REPO

__all__ = ["GLOSSARY", "TERMS", "entry_terms", "head_japanese", "matches", "read_terms", "table", "update"]

GLOSSARY = REPO / "docs" / "glossary.md"
TERMS = REPO / "notebooks" / "locale" / "ja" / "terms.csv"
BEGIN = (
    "<!-- glossary-ja: generated from notebooks/locale/ja/terms.csv by python -m coursekit glossary-ja -->"
)
END = "<!-- /glossary-ja -->"
_JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff][\u3040-\u30ff\u4e00-\u9fff・ー]*")


def read_terms(path: Path = TERMS) -> dict[str, str]:
    """english -> japanese, from terms.csv.

    >>> read_terms()["Diet approval"]
    '国会承認'
    """
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["english"].strip(): row["japanese"].strip() for row in csv.DictReader(handle)}


def entry_terms(text: str) -> list[tuple[str, str]]:
    """(term, heading) of every glossary entry: the bold name and what follows it up to ``[NN]``.

    >>> entry_terms("# G\\n\\n**Diet** (国会, *Kokkai*) [02]\\n: The parliament.\\n\\n## Sources\\n")
    [('Diet', ' (国会, *Kokkai*) ')]
    """
    body = text.split("\n## Sources")[0]
    found = []
    for block in re.split(r"\n(?=\*\*)", body):
        match = re.match(r"\*\*(.+?)\*\*([^\[]*)", block, re.S)
        if match:
            found.append((match.group(1), match.group(2)))
    return found


def head_japanese(heading: str) -> list[str]:
    """The Japanese words an entry's heading gives.

    >>> head_japanese(" (物品役務相互提供協定,\\n*buppin ekimu sōgo teikyō kyōtei*) ")
    ['物品役務相互提供協定']
    """
    return _JAPANESE.findall(heading)


def matches(term: str, terms: dict[str, str]) -> str | None:
    """The terms.csv English that names glossary entry ``term``, if any.

    >>> matches("ACSA, Acquisition and Cross-Servicing Agreement", {"Acquisition and Cross-Servicing Agreement": "x"})
    'Acquisition and Cross-Servicing Agreement'
    >>> matches("Indo-Pacific", {"Free and Open Indo-Pacific": "x"}) is None
    True
    """
    names = {part.strip().lower() for part in term.split(",")}
    return next((english for english in terms if english.lower() in names), None)


def table(text: str, terms: dict[str, str]) -> str:
    """The generated section: one row per glossary entry that terms.csv names, in glossary order.

    >>> print(table("**Diet** (国会) [02]\\n: x\\n", {"Diet": "国会"}).splitlines()[-2])
    | Diet | 国会 |
    """
    rows = [(term, terms[english]) for term, _ in entry_terms(text) if (english := matches(term, terms))]
    lines = [
        BEGIN,
        "## 日本語の用語 (Japanese terms)",
        "",
        "The official Japanese of the glossary's terms, as the Japanese edition writes them",
        "(from `notebooks/locale/ja/terms.csv`, the translators' list).",
        "",
        "| Term | 日本語 |",
        "| --- | --- |",
        *(f"| {term} | {japanese} |" for term, japanese in rows),
        END,
    ]
    return "\n".join(lines)


def update(path: Path = GLOSSARY, terms_path: Path = TERMS, write: bool = True) -> bool:
    """Put the generated table at the end of the glossary; return whether it changed."""
    text = path.read_text(encoding="utf-8")
    before = text.split(BEGIN)[0].rstrip("\n") if BEGIN in text else text.rstrip("\n")
    new = before + "\n\n" + table(before, read_terms(terms_path)) + "\n"
    if new == text:
        return False
    if write:
        path.write_text(new, encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the table is out of step")
    args = parser.parse_args(argv)
    changed = update(write=not args.check)
    if args.check and changed:
        print(
            "docs/glossary.md: the Japanese terms table differs from terms.csv — run python -m coursekit glossary-ja"
        )
        return 1
    print("docs/glossary.md: Japanese terms table " + ("updated" if changed else "up to date"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
