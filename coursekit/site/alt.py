"""Text alternatives for the chart images of a stored notebook.

The course's notebooks draw a chart and print its text twin,
``helpers.describe_*()``, a cell or two later. The website puts that text on
the chart's ``<img>`` as ``alt``, read straight from the stored outputs (no
notebook is run). Where to find it, in order:

1. ``alt`` in the output's ``image/png`` metadata or in the cell's
   ``mystnb.image.alt`` metadata (set by the notebook's author);
2. the text printed by a later code cell whose source calls ``describe_``,
   before the next chart or the next heading (the describe text);
3. the markdown cell right after the chart (the notebook's one-sentence
   reading of it), then the one right before it.

A chart with none of these is an error naming the notebook and the cell.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Literal

__all__ = ["AltError", "ChartAlt", "chart_alts", "plain_text"]

Origin = Literal["metadata", "describe", "reading"]
IMAGE_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "image/gif")


class AltError(ValueError):
    """A chart in a notebook has no text alternative to show as ``alt``.

    >>> str(AltError("02-acsa.ipynb", 49))
    '02-acsa.ipynb: cell 49 draws a chart but has no text alternative: print helpers.describe_...() in a cell after it, or write a sentence about the chart right after it'
    """

    def __init__(self, notebook: str, cell: int) -> None:
        super().__init__(
            f"{notebook}: cell {cell} draws a chart but has no text alternative: print "
            "helpers.describe_...() in a cell after it, or write a sentence about the chart right after it"
        )


@dataclass(frozen=True)
class ChartAlt:
    """The text alternative of one image output: cell index (0-based), output index, text, origin.

    >>> ChartAlt(41, 0, "Bar chart of quotations per speaker.", "describe").origin
    'describe'
    """

    cell: int
    output: int
    alt: str
    origin: Origin


def _source(cell: dict) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else source


def _text(value: object) -> str:
    return "".join(value) if isinstance(value, list) else str(value or "")


def plain_text(markdown: str) -> str:
    """Markdown reduced to one line of plain text for an ``alt`` attribute.

    >>> plain_text("The **ISA** line (see [the data](../x.md), `agreements.csv`,\\n<https://a.b/c>).")
    'The ISA line (see the data, agreements.csv, https://a.b/c).'
    """
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    text = re.sub(r"(\*\*|__|`)", "", text)
    text = re.sub(r"(?<![\w*])[*_](\S[^*_]*?)[*_](?![\w*])", r"\1", text)
    return " ".join(text.split())


def _printed(cell: dict) -> str:
    """What a code cell printed or returned as plain text."""
    parts = []
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream" and output.get("name") == "stdout":
            parts.append(_text(output.get("text")))
        elif output.get("output_type") == "execute_result":
            value = _text(output.get("data", {}).get("text/plain"))
            try:
                literal = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                literal = value
            parts.append(literal if isinstance(literal, str) else value)
    return " ".join(" ".join(parts).split())


def _is_heading_cell(cell: dict) -> bool:
    return cell.get("cell_type") == "markdown" and _source(cell).lstrip().startswith("#")


def _draws(cell: dict) -> bool:
    return cell.get("cell_type") == "code" and any(
        key in output.get("data", {}) for output in cell.get("outputs", []) for key in IMAGE_TYPES
    )


def _paragraph(cell: dict) -> str:
    """The first paragraph of a markdown cell that is not a heading."""
    for block in re.split(r"\n\s*\n", _source(cell)):
        if block.strip() and not block.lstrip().startswith("#"):
            return plain_text(block)
    return ""


def _explicit(cell: dict, output: dict) -> str:
    meta = output.get("metadata", {})
    for key in IMAGE_TYPES:
        if isinstance(meta.get(key), dict) and meta[key].get("alt"):
            return str(meta[key]["alt"])
    image = cell.get("metadata", {}).get("mystnb", {}).get("image", {})
    return str(image.get("alt", "")) if isinstance(image, dict) else ""


def _describe_after(cells: list[dict], index: int) -> str:
    for cell in cells[index + 1 :]:
        if _draws(cell) or _is_heading_cell(cell):
            return ""
        if cell.get("cell_type") == "code" and "describe_" in _source(cell):
            text = _printed(cell)
            if text:
                return text
    return ""


def _reading(cells: list[dict], index: int) -> str:
    after = cells[index + 1] if index + 1 < len(cells) else {}
    before = cells[index - 1] if index > 0 else {}
    # The cell after reads the chart unless it opens the next section; the
    # cell before may be the heading cell that introduces the chart.
    for neighbour in (after, before):
        if neighbour.get("cell_type") == "markdown" and not (neighbour is after and _is_heading_cell(after)):
            text = _paragraph(neighbour)
            if text:
                return text
    return ""


def chart_alts(notebook: dict, name: str = "notebook") -> dict[tuple[int, int], ChartAlt]:
    """Every image output of ``notebook`` (parsed .ipynb JSON), keyed by (cell, output) index.

    >>> chart = {"cell_type": "code", "source": "draw()", "metadata": {},
    ...          "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBO"}, "metadata": {}}]}
    >>> said = {"cell_type": "code", "source": "print(helpers.describe_x())", "metadata": {},
    ...         "outputs": [{"output_type": "stream", "name": "stdout", "text": ["Bar chart of\\n", "x.\\n"]}]}
    >>> chart_alts({"cells": [chart, said]})[(0, 0)]
    ChartAlt(cell=0, output=0, alt='Bar chart of x.', origin='describe')
    >>> chart_alts({"cells": [chart]}, "05-capstone.ipynb")
    Traceback (most recent call last):
    ...
    coursekit.site.alt.AltError: 05-capstone.ipynb: cell 1 draws a chart but has no text alternative: ...
    """
    cells = notebook.get("cells", [])
    found: dict[tuple[int, int], ChartAlt] = {}
    for index, cell in enumerate(cells):
        if not _draws(cell):
            continue
        for number, output in enumerate(cell.get("outputs", [])):
            if not any(key in output.get("data", {}) for key in IMAGE_TYPES):
                continue
            explicit = _explicit(cell, output)
            if explicit:
                found[index, number] = ChartAlt(index, number, explicit, "metadata")
            elif text := _describe_after(cells, index):
                found[index, number] = ChartAlt(index, number, text, "describe")
            elif text := _reading(cells, index):
                found[index, number] = ChartAlt(index, number, text, "reading")
            else:
                raise AltError(name, index + 1)
    return found
