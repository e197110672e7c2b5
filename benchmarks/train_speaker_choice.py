"""Learn the weights of the speaker choice (helpers/text/choose.py) from the PolNeAR train split.

For every quotation the finder attributes without a reporting clause of its
own, the attribution pass lists the candidate speakers with their evidence
(helpers/text/candidates.py). This script runs the finder over the train
split *without* the held-back articles (benchmarks/polnear_heldback.txt),
matches its quotations to the gold ones with the benchmark's own scorer,
labels each candidate right or wrong with the scorer's speaker test, and fits
a conditional logit (a softmax over each quotation's candidates, L2-penalised)
by gradient descent with numpy. Only the weights are written
(helpers/text/speaker_weights.py): no text of the corpus.

    .venv/bin/python benchmarks/train_speaker_choice.py            # fit and write the weights
    .venv/bin/python benchmarks/train_speaker_choice.py --dry-run  # fit and print only
"""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path

import numpy as np


def _bench():
    """benchmarks/bench_polnear.py, loaded by its path (the benchmarks folder is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "bench_polnear", Path(__file__).with_name("bench_polnear.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_BENCH = _bench()
ROOT, find_benchmark, gold_for, load_scorer = (
    _BENCH.ROOT,
    _BENCH.find_benchmark,
    _BENCH.gold_for,
    _BENCH.load_scorer,
)

OUT = ROOT / "helpers" / "text" / "speaker_weights.py"


def examples(folder: Path, sc, weights: dict, pronoun_weights: dict) -> tuple[list, list]:
    """One list of (evidence, right?) per matched gold quotation the choice decided: the quotations
    without a clause, and those whose clause's subject is 'he' or 'she'."""
    from helpers.intake import load_pasted
    from helpers.quotes import extract_quotes
    from helpers.text.quote_spans import all_raw
    from helpers.text.walk import QuoteWalk

    gold = gold_for(folder, "train", "tune")
    out, pron = [], []
    for art in gold["articles"]:
        path = folder / "data" / "train" / "text" / (art["id"] + ".txt")
        article, _ = load_pasted(str(path), date=art["publication_date"])
        raws, per_para = all_raw(article)
        walk = QuoteWalk(article, raws, per_para)
        walk.record = walk.att.record = {}
        walk.weights, walk.att.pronoun_weights = weights, pronoun_weights
        for para, found in zip(article.paragraphs, per_para, strict=True):
            walk.paragraph(para, found)
        index_at = {r.start: r.index for r in raws}
        outs = extract_quotes(article)  # which quotations match the gold does not depend on the weights
        rows, *_ = sc.score_article(art, [q.to_dict() for q in outs], sc.paragraphs(path.read_text("utf-8")))
        accepted = {g["id"]: g["accepted"] for g in art["quotes"]}
        for row in rows:
            if not row["matched"] or row["tier"] != "direct" or not accepted[row["gold"]]:
                continue
            index = index_at.get(outs[row["out_index"]].start)
            if index is None:
                continue
            for key, into in ((index, out), (("pronoun", index), pron)):
                found = walk.record.get(key)
                if found is None or (into is pron and row["out_rule"] != "pronoun"):
                    continue
                ok = [bool(sc.speaker_ok(c.source.speaker, accepted[row["gold"]])) for c in found[0]]
                into.append([(dict(c.feats), right) for c, right in zip(found[0], ok, strict=True)])
    return out, pron


def fit(data, names: list[str], l2: float = 1e-3, steps: int = 2000, rate: float = 1.0) -> np.ndarray:
    """A conditional logit over each quotation's candidates (quotations with a right one only)."""
    groups = [g for g in data if any(ok for _, ok in g) and len(g) > 1]
    x = np.array([[f.get(n, 0.0) for n in names] for g in groups for f, _ in g])
    y = np.array([ok for g in groups for _, ok in g], float)
    gid = np.repeat(np.arange(len(groups)), [len(g) for g in groups])
    target = y / np.bincount(gid, weights=y)[gid]
    w = np.zeros(len(names))
    for _ in range(steps):
        s = x @ w
        e = np.exp(s - s.max())
        p = e / np.bincount(gid, weights=e)[gid]
        w -= rate * (x.T @ (p - target) / len(groups) + l2 * w)
    return w


def accuracy(data, names, w) -> tuple[float, float]:
    """How often the best-scoring candidate is right, and how often any is (over all quotations)."""
    right = anyright = 0
    for g in data:
        if not g:
            continue
        x = np.array([[f.get(n, 0.0) for n in names] for f, _ in g])
        s = x @ w + np.array([1e-9 if "o:rules" in f else 0.0 for f, _ in g])
        right += g[int(np.argmax(s))][1]
        anyright += any(ok for _, ok in g)
    return 100 * right / len(data), 100 * anyright / len(data)


def write(tables: dict[str, tuple[list[str], np.ndarray]]) -> None:
    head = OUT.read_text(encoding="utf-8").split("WEIGHTS: dict[str, float] = ")[0]
    body = []
    for name, (names, w) in tables.items():
        rows = "".join(f'    "{n}": {v:.3f},\n' for n, v in zip(names, w, strict=True) if abs(v) >= 5e-4)
        body.append(f"{name}: dict[str, float] = {{\n{rows}}}\n")
    OUT.write_text(head + "\n".join(body), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dry-run", action="store_true", help="print the weights, do not write them")
    ap.add_argument(
        "--pronouns",
        action="store_true",
        help="also ship the he/she choice (off: on dev it did not beat the fixed rules)",
    )
    ap.add_argument("--rounds", type=int, default=2, help="refit on the walk the new weights give")
    args = ap.parse_args(argv)
    folder = find_benchmark()
    if folder is None:
        print("PolNeAR benchmark not found (set POLNEAR_DIR): nothing trained.")
        return 0
    from helpers.text.candidates import EVIDENCE
    from helpers.text.pronouns import PRONOUN_EVIDENCE

    sc = load_scorer(folder)
    names, pnames = list(EVIDENCE), list(PRONOUN_EVIDENCE)
    weights: dict = {}
    pweights: dict = {}
    for n in range(args.rounds):
        data, pdata = examples(folder, sc, weights, pweights)
        w, pw = fit(data, names), fit(pdata, pnames)
        for label, d, ns, v in (("no clause", data, names, w), ("he/she", pdata, pnames, pw)):
            rules = accuracy(d, ns, np.array([1.0 if k == "o:rules" else 0.0 for k in ns]))
            print(f"round {n + 1}, {label}: {len(d)} quotations; rules {rules[0]:.1f}, "
                  f"learned {accuracy(d, ns, v)[0]:.1f}, any candidate right {rules[1]:.1f}")  # fmt: skip
        weights = dict(zip(names, w.tolist(), strict=True))
        pweights = dict(zip(pnames, pw.tolist(), strict=True)) if args.pronouns else {}
    for table in (weights, pweights):
        print("  " + ", ".join(f"{k} {v:+.2f}" for k, v in sorted(table.items(), key=lambda kv: -abs(kv[1]))))
    if not args.dry_run:
        write({"WEIGHTS": (names, w), "PRONOUN_WEIGHTS": (pnames, pw if args.pronouns else 0 * pw)})
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
