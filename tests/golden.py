"""Golden files: ``tests/articles/NAME.txt`` beside ``NAME.expected.json``.

``expected_for(path)`` builds what the helpers say about one article, as plain
JSON-ready data. ``test_golden.py`` compares it with the stored file; after a
deliberate change, regenerate with::

    .venv/bin/python tests/golden.py          # rewrites every *.expected.json

and read the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import helpers
from helpers.entities import find_agreements, find_mentions, find_people
from helpers.intake import load_pasted
from helpers.quotes import extract_quotes

ARTICLES = Path(__file__).resolve().parent / "articles"
ROOT = ARTICLES.parent.parent


def article_paths() -> list[Path]:
    """Every golden article, sorted by name (``pasted-*`` files are read as pasted text or saved pages)."""
    return sorted([*ARTICLES.glob("*.txt"), *ARTICLES.glob("pasted-*.html")])


def expected_path(article: Path) -> Path:
    return article.with_name(article.stem + ".expected.json")


def _load(path: Path):
    """``pasted-YYYY-MM-DD-*.txt``: text as copied from a web page, dated by its name; ``*.html``: a saved page."""
    source = f"tests/articles/{path.name}"
    if not path.name.startswith("pasted-"):
        return helpers.load_article(path, source=source), ()
    date = None if path.suffix == ".html" else path.name[len("pasted-") : len("pasted-") + 10]
    return load_pasted(path, date=date, source=source)


def expected_for(path: Path) -> dict:
    """What the helpers extract from the article at ``path``, as plain data."""
    art, changes = _load(path)
    data = art.to_dict()
    if changes:
        data["changes"] = list(changes)
    data["sentences"] = [
        {"paragraph": s.paragraph, "number": s.number, "start": s.start, "end": s.end}
        for s in art.sentences()
    ]
    data["quotes"] = [q.to_dict() for q in extract_quotes(art)]
    data["people"] = [p.to_dict() for p in find_people(art)]
    data["mentions"] = [m.to_dict() for m in find_mentions(art)]
    data["agreements"] = [a.to_dict() for a in find_agreements(art)]
    return data


def dump(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def main() -> None:
    for path in article_paths():
        expected_path(path).write_text(dump(expected_for(path)), encoding="utf-8")
        print("wrote", expected_path(path).relative_to(ROOT))


if __name__ == "__main__":
    main()
