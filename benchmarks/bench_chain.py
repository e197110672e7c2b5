"""The whole chain on one article, old code against new (a benchmark, not a test).

Run with ``.venv/bin/python benchmarks/bench_chain.py [--against REV]``. For
1x, 10x and 100x the seed and for an article of just under 1 MiB it times

* ``extract``: quotation extraction alone (``extract_quotes``, which includes
  the entity scan) on a freshly parsed article, parsing untimed, so no cached
  result is reused, and
* ``chain``: what a notebook does with a pasted article: parse, sentences,
  quotations, the three tables (quotes, people, mentions) and ``show_article``.

With ``--against REV`` (default ``ee37ee2``, the last commit before the token layer)
the helpers of that git revision are extracted to a temporary folder; old and
new are timed in child processes, alternately, for ``ROUNDS`` rounds, and
each keeps its best time, so a shared machine's changing load falls on both
alike. Times are CPU time of the process (``time.process_time``): on a busy
machine, wall time mostly measures the wait for a core; the last columns give new ÷ old. The load average before and after is
printed with the figures.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1x", "10x", "100x", "1MiB")
#: Old and new are timed alternately this many times each.
ROUNDS = 3


def _article_text(helpers, size: str) -> str:
    seed = helpers.load_seeds()[0]
    header = seed.text[: seed.paragraphs[0].start]
    body = "\n\n".join(p.text for p in seed.paragraphs)
    if size == "1MiB":
        factor = (helpers.MAX_BYTES - len(header)) // (len(body) + 2)
    else:
        factor = int(size[:-1])
    return header + "\n\n".join([body] * factor) + "\n"


def _best(func, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.process_time()
        func()
        times.append(time.process_time() - t0)
    return min(times)


def _best_extract(helpers, extract_quotes, text: str, repeat: int) -> float:
    """Extraction alone: each round parses a fresh article (untimed), then times ``extract_quotes``."""
    times = []
    for _ in range(repeat):
        art = helpers.parse_article(text)
        t0 = time.process_time()
        extract_quotes(art)
        times.append(time.process_time() - t0)
    return min(times)


def worker() -> None:
    """Child process: time the helpers found first on sys.path; print JSON."""
    import helpers
    from helpers.quotes import extract_quotes

    out = {}
    for size in SIZES:
        text = _article_text(helpers, size)
        repeat = {"1x": 10, "10x": 5, "100x": 3, "1MiB": 2}[size]

        def chain(t=text):
            art = helpers.parse_article(t)
            art.sentences()
            extract_quotes(art)
            helpers.quotes_frame(art)
            helpers.people_frame(art)
            helpers.mentions_frame(art)
            helpers.show_article(art)

        out[size] = {
            "chars": len(text),
            "extract": _best_extract(helpers, extract_quotes, text, repeat),
            "chain": _best(chain, repeat),
        }
    print(json.dumps(out))


def _run(old_copy: Path | None) -> dict:
    """Time one helpers in a child process: the old copy through PYTHONPATH, else the installed one (new)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    if old_copy is not None:
        env["PYTHONPATH"] = str(old_copy)  # found before the editable install of this working tree
    done = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker"],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def _old_helpers(rev: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", rev, "helpers", "seeds"], capture_output=True, check=True, cwd=ROOT
    )
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def main() -> None:
    rev = sys.argv[sys.argv.index("--against") + 1] if "--against" in sys.argv else "ee37ee2"
    load_before = os.getloadavg()[0]
    old: dict = {}
    new: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        old_root = _old_helpers(rev, Path(tmp))
        for _ in range(ROUNDS):
            for best, copy in ((old, old_root), (new, None)):
                for size, got in _run(copy).items():
                    keep = best.setdefault(size, got)
                    for key in ("extract", "chain"):
                        keep[key] = min(keep[key], got[key])
    print(
        f"old = helpers at {rev}, new = this working tree; best of {ROUNDS} alternating rounds; "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after; ms, and µs per KB"
    )
    print(f"{'size':>5} {'chars':>10} | {'extract old':>11} {'new':>8} {'µs/KB old':>9} {'new':>6} {'new/old':>7}"
          f" | {'chain old':>9} {'new':>8} {'new/old':>7}")  # fmt: skip
    for size in SIZES:
        o, n = old[size], new[size]
        kb = n["chars"] / 1024
        print(
            f"{size:>5} {n['chars']:>10,} | {o['extract'] * 1e3:>11.1f} {n['extract'] * 1e3:>8.1f} "
            f"{o['extract'] * 1e6 / kb:>9.0f} {n['extract'] * 1e6 / kb:>6.0f} {n['extract'] / o['extract']:>7.2f}"
            f" | {o['chain'] * 1e3:>9.1f} {n['chain'] * 1e3:>8.1f} {n['chain'] / o['chain']:>7.2f}"
        )


if __name__ == "__main__":
    if "--worker" in sys.argv:
        worker()
    else:
        main()
