"""Quotation and entity extraction time for 1x, 10x and 100x the seed article (a benchmark, not a test).

Run with ``.venv/bin/python benchmarks/bench_quotes.py`` (add ``--stress`` for
texts built to expose quadratic behaviour). The bigger articles
repeat the seed's paragraphs under its one date line. Linear extraction shows
as a roughly constant time per kilobyte across the sizes; the last column says
how the time per kilobyte compares with the 1x article. Results are cached per
article object, so every timed call gets a fresh copy of the article
(``dataclasses.replace``), never a remembered result. The whole chain, old
code against new: ``benchmarks/bench_chain.py``.
"""

from __future__ import annotations

import dataclasses
import sys
import timeit

from bench_parse import scaled_article  # beside this file: Python puts a script's folder on sys.path

import helpers
from helpers.entities import find_mentions
from helpers.quotes import extract_quotes


def measure(label: str, func, sizes=(1, 10, 100)) -> None:
    print(f"\n{label}")
    print(f"{'size':>6} {'chars':>9} {'quotes':>7} {'best of 5 (ms)':>15} {'µs per KB':>10} {'vs 1x':>6}")
    base = None
    for factor in sizes:
        article = helpers.parse_article(scaled_article(factor))
        n_quotes = len(extract_quotes(article))
        number = max(1, 50 // factor)
        best = (
            min(timeit.repeat(lambda a=article: func(dataclasses.replace(a)), number=number, repeat=5))
            / number
        )
        per_kb = best * 1e6 / (len(article.text) / 1024)
        base = base or per_kb
        print(
            f"{factor:>5}x {len(article.text):>9,} {n_quotes:>7} {best * 1e3:>15.2f} {per_kb:>10.1f} "
            f"{per_kb / base:>5.2f}x"
        )


# Texts built to trip a careless implementation into quadratic time (run with --stress).
STRESS = {
    "one sentence of quotations": '"x," she said, "y," he said, ',
    "titles without names": "Minister ",
    "reporting verbs only": "said ",
    "nested marks in one quotation": "\"'a' 'b' ",
    "quotation running on": '"We go\n\n',
    "capitalised words": "Ana Vea ",
}


def stress() -> None:
    print("\nstress: one unit repeated; time per KB should stay flat as the text grows")
    print(f"{'case':>30} {'chars':>9} {'ms':>8} {'µs per KB':>10}")
    for label, unit in STRESS.items():
        for repeat in (2_000, 8_000, 32_000):
            text = (" date 2025-12-19 " + unit * repeat)[: helpers.MAX_BYTES]
            article = helpers.parse_article(text)
            best = min(
                timeit.repeat(lambda a=article: extract_quotes(dataclasses.replace(a)), number=1, repeat=3)
            )
            print(f"{label:>30} {len(text):>9,} {best * 1e3:>8.1f} {best * 1e6 / (len(text) / 1024):>10.1f}")


def main() -> None:
    measure("extract_quotes (parsed article in, attributed quotations out)", extract_quotes)
    measure("find_mentions (people, places, agreements, ships, documents)", find_mentions)
    measure("parse_article + extract_quotes", lambda a: extract_quotes(helpers.parse_article(a.text)))
    if "--stress" in sys.argv[1:]:
        stress()


if __name__ == "__main__":
    main()
