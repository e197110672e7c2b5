"""The project's quotation finder on PolNeAR (US campaign news), scored by the benchmark's own scorer.

The benchmark folder is not part of the repository. It is looked for at
``$POLNEAR_DIR``, then ``../shared/benchmarks/polnear`` and
``../../shared/benchmarks/polnear`` from the repository root (a worktree sits
one level deeper). When it is absent this script says so and exits 0.

Two modes:

* default: runs ``score_polnear.py`` unchanged (one ``python -m helpers
  quotes`` process per article, so the time includes start-up) with the
  regex peer, and textacy too when ``$PEER_PYTHON`` names a Python with
  textacy and spaCy's small English model; otherwise the textacy row is taken
  from the folder's ``scores-dev.txt`` and marked so. Prints one table.
* ``--in-process``: the same matching and scoring functions (imported from the
  scorer's file) with :func:`helpers.quotes.extract_quotes` called in this
  process: seconds instead of minutes, for development. ``--part tune``
  (train without the held-back ids), ``--part heldback`` (the ids in
  ``polnear_heldback.txt``), or ``--split dev``; ``--out FILE`` writes the
  per-item results.

Nested quotations. The finder reports a quotation inside a quotation as a
record of its own (``parent`` names the enclosing one): the course teaches
nesting from it. PolNeAR annotates only the outer quotation, whose text
already holds the inner one, and its peers here report outer quotations only.
``--in-process`` therefore scores two ways, printed one under the other:
``top-level`` (records with ``parent`` None; each carries the texts of its
nested ones under ``nested``, which the scorer does not read) and ``every
record`` (what ``python -m helpers quotes --json`` prints, as the shipped
scorer counts it). The default mode prints the shipped scorer's table (every
record, the peers beside it), then the two in-process rows for the same split.

    .venv/bin/python benchmarks/bench_polnear.py
    .venv/bin/python benchmarks/bench_polnear.py --in-process --split dev
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD_BACK = Path(__file__).with_name("polnear_heldback.txt")


def find_benchmark() -> Path | None:
    """The PolNeAR benchmark folder, or None."""
    candidates = [os.environ.get("POLNEAR_DIR", "")]
    candidates += [ROOT / ".." / "shared/benchmarks/polnear", ROOT / "../.." / "shared/benchmarks/polnear"]
    for c in candidates:
        if c and (Path(c) / "score_polnear.py").is_file():
            return Path(c).resolve()
    return None


def load_scorer(folder: Path):
    spec = importlib.util.spec_from_file_location("score_polnear", folder / "score_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_for(folder: Path, split: str, part: str | None) -> dict:
    gold = json.loads((folder / f"gold-{split}.json").read_text(encoding="utf-8"))
    if part:
        held = set(HELD_BACK.read_text(encoding="utf-8").split())
        keep = (lambda i: i in held) if part == "heldback" else (lambda i: i not in held)
        gold["articles"] = [a for a in gold["articles"] if keep(a["id"])]
    return gold


def top_level(records: list[dict]) -> list[dict]:
    """The records without a ``parent``, each with the texts of its nested quotations under ``nested``.

    >>> top_level([{"number": 1, "parent": None, "text": "a 'b'"}, {"number": 2, "parent": 1, "text": "b"}])
    [{'number': 1, 'parent': None, 'text': "a 'b'", 'nested': ['b']}]
    """
    inner: dict[int, list[str]] = {}
    for r in records:
        if r["parent"] is not None:
            inner.setdefault(r["parent"], []).append(r["text"])
    return [{**r, "nested": inner.get(r["number"], [])} for r in records if r["parent"] is None]


def in_process(folder: Path, split: str, part: str | None, out: str | None, every_record: bool = False) -> dict:
    """Score ``extract_quotes`` in this process (top-level quotations, or ``every_record``); returns the summary."""
    from helpers.intake import load_pasted
    from helpers.quotes import extract_quotes

    sc = load_scorer(folder)
    gold = gold_for(folder, split, part)
    per_article, times = [], []
    n_out = m_dir = m_any = aligned = 0
    for art in gold["articles"]:
        path = folder / "data" / split / "text" / (art["id"] + ".txt")
        t0 = time.perf_counter()
        article, _ = load_pasted(str(path), date=art["publication_date"])
        outs = [q.to_dict() for q in extract_quotes(article)]
        times.append((time.perf_counter() - t0) * 1000)
        outs = outs if every_record else top_level(outs)
        text = path.read_text(encoding="utf-8")
        rows, matched, unmatched, al, _ = sc.score_article(art, outs, sc.paragraphs(text))
        n_out += len(outs)
        m_dir += sum(1 for t in matched.values() if t == "direct")
        m_any += len(matched)
        aligned += al
        per_article.append({"id": art["id"], "gold_rows": rows, "unmatched_outputs": unmatched})
    summary = sc.summarise(per_article, n_out, m_dir, m_any, times, aligned)
    if out:
        Path(out).write_text(json.dumps(per_article, ensure_ascii=False, indent=1), encoding="utf-8")
    return summary


COLUMNS = [("recall", "recall"), ("precision_lenient", "prec_len"), ("speaker_acc", "spk_acc"),
           ("speaker_acc_name", "spk_name"), ("speaker_acc_pronoun", "spk_pronoun"),
           ("speaker_e2e", "spk_e2e"), ("ms_per_article_mean", "ms/art")]  # fmt: skip


def print_summary(label: str, s: dict) -> None:
    print(f"{'':<16}" + "".join(f"{h:>12}" for _, h in COLUMNS))
    print(f"{label:<16}" + "".join(f"{'-' if s[k] is None else s[k]:>12}" for k, _ in COLUMNS))
    print(f"outputs={s['outputs']} matched={s['matched_direct']}/{s['gold_direct']} speaker_n={s['speaker_n']} "
          f"(name {s['speaker_n_name']}, pronoun {s['speaker_n_pronoun']})")  # fmt: skip


def full_run(folder: Path, split: str) -> int:
    """The scorer as it ships, tool and peers from one run; the textacy row from scores-dev.txt if no peer Python."""
    peer = os.environ.get("PEER_PYTHON", "")
    extractors = "tool,regex" + (",textacy" if peer else "")
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, str(folder / "score_polnear.py"), "--split", split, "--project", str(ROOT),
               "--extractors", extractors, "--out", str(Path(tmp) / "results.json")]  # fmt: skip
        if peer:
            cmd += ["--peer-python", peer]
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    print(done.stdout, end="")
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        return done.returncode
    if not peer and split == "dev":
        recorded = (folder / "scores-dev.txt").read_text(encoding="utf-8").splitlines()
        row = [line for line in recorded if line.startswith("textacy ")]
        if row:
            print(
                row[0]
                + "   (textacy: from scores-dev.txt, the scorer's last recorded run; set PEER_PYTHON to rerun)"
            )
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=["train", "dev"])
    ap.add_argument("--part", choices=["tune", "heldback"], help="a part of train (implies --split train)")
    ap.add_argument(
        "--in-process", action="store_true", help="call extract_quotes in this process (development)"
    )
    ap.add_argument("--out", help="with --in-process: per-item results as JSON")
    args = ap.parse_args(argv)
    folder = find_benchmark()
    if folder is None:
        print(
            "PolNeAR benchmark not found (set POLNEAR_DIR, or place it at ../shared/benchmarks/polnear): nothing run."
        )
        return 0
    split = "train" if args.part else args.split
    print(f"PolNeAR benchmark at {folder}, split {split}" + (f" ({args.part})" if args.part else ""))
    if args.in_process:
        print_summary("top-level", in_process(folder, split, args.part, args.out))
        print_summary("every record", in_process(folder, split, args.part, None, every_record=True))
        return 0
    if args.part:
        ap.error("--part needs --in-process (the shipped scorer scores whole splits)")
    status = full_run(folder, split)
    print("\nthe same split in this process: top-level quotations (nested ones inside their parent), every record")
    print_summary("top-level", in_process(folder, split, None, None))
    print_summary("every record", in_process(folder, split, None, None, every_record=True))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
