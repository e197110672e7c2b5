"""The held-back portion of PolNeAR train: a fixed, seeded 10 % of its article ids (ids only, no text).

``benchmarks/polnear_heldback.txt`` lists them, one per line. The rules were
developed on the rest of train and measured on dev; the held-back ids were
scored once, at the end. Run this file to rebuild the list from the gold file:

    .venv/bin/python benchmarks/polnear_split.py ../shared/benchmarks/polnear/gold-train.json
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

__all__ = ["HELD_BACK_FILE", "SEED", "held_back_ids"]

SEED = 20161108  # election day, 2016
HELD_BACK_FILE = Path(__file__).with_name("polnear_heldback.txt")


def held_back_ids(all_ids: list[str], share: float = 0.10, seed: int = SEED) -> list[str]:
    """A seeded random ``share`` of ``all_ids``, sorted.

    >>> held_back_ids([f"a{i}" for i in range(20)])
    ['a13', 'a18']
    """
    ids = sorted(all_ids)
    rng = random.Random(seed)
    return sorted(rng.sample(ids, round(len(ids) * share)))


if __name__ == "__main__":
    gold = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    ids = held_back_ids([a["id"] for a in gold["articles"]])
    HELD_BACK_FILE.write_text("".join(i + "\n" for i in ids), encoding="utf-8")
    print(f"{len(ids)} held-back ids written to {HELD_BACK_FILE.name}")
