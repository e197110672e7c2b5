"""Parse time for 1x, 10x and 100x the seed article (a benchmark, not a test).

Run with ``make bench`` (or ``.venv/bin/python benchmarks/bench_parse.py``).
Linear parsing shows as a roughly constant time per kilobyte across sizes.
"""

from __future__ import annotations

import timeit

import helpers  # the installed course package (editable in .venv)


def scaled_article(factor: int) -> str:
    """The seed's paragraphs repeated ``factor`` times under its one date line."""
    seed = helpers.load_seeds()[0]
    header = seed.text[: seed.paragraphs[0].start]
    body = "\n\n".join(p.text for p in seed.paragraphs)
    return header + "\n\n".join([body] * factor) + "\n"


def measure(label: str, func, sizes=(1, 10, 100)) -> None:
    print(f"\n{label}")
    print(f"{'size':>6} {'chars':>9} {'best of 5 (ms)':>15} {'µs per KB':>10}")
    for factor in sizes:
        text = scaled_article(factor)
        number = max(1, 200 // factor)
        best = min(timeit.repeat(lambda t=text: func(t), number=number, repeat=5)) / number
        print(f"{factor:>5}x {len(text):>9,} {best * 1e3:>15.3f} {best * 1e6 / (len(text) / 1024):>10.1f}")


def main() -> None:
    measure("parse_article", helpers.parse_article)
    measure("parse_article + sentences()", lambda t: helpers.parse_article(t).sentences())
    # Quotation and entity extraction: benchmarks/bench_quotes.py.


if __name__ == "__main__":
    main()
