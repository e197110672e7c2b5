"""The choice among a quotation's candidate speakers: a small linear score over their evidence.

Each piece of evidence a :class:`~helpers.text.candidates.Candidate` carries
has a weight (:data:`helpers.text.speaker_weights.WEIGHTS`, learned from the
PolNeAR train split by ``benchmarks/train_speaker_choice.py``; only the
weights ship). A candidate's score is the sum of its evidence times the
weights; the highest score wins, the fixed rules' choice on a tie.

>>> from helpers.text.candidates import Candidate
>>> from helpers.text.speakers import Source
>>> a = Candidate(Source("Ana Vea"), {"o:sent_before": 1.0})
>>> b = Candidate(Source("Sione Tui"), {"o:prev_para": 1.0})
>>> choose([b, a], {"o:sent_before": 2.0, "o:prev_para": 0.5}).source.speaker
'Ana Vea'
"""

from __future__ import annotations

from collections.abc import Mapping

from .candidates import Candidate

__all__ = ["choose", "score"]


def score(c: Candidate, weights: Mapping[str, float]) -> float:
    """The candidate's score: its evidence times the weights.

    >>> score(Candidate(None, {"a": 1.0, "b": 2.0}), {"a": 0.5, "b": -1.0})
    -1.5
    """
    return sum(weights.get(k, 0.0) * v for k, v in c.feats.items())


def choose(cands: list[Candidate], weights: Mapping[str, float]) -> Candidate | None:
    """The best-scoring candidate (``None`` only when there is none).

    >>> choose([], {"bias": 1.0}) is None
    True
    """
    best, best_score = None, float("-inf")
    for c in cands:
        s = score(c, weights) + (1e-9 if "o:rules" in c.feats else 0.0)
        if s > best_score:
            best, best_score = c, s
    return best
