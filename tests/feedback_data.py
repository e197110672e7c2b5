"""The course's own data, loaded once for the feedback tables (feedback_rows, feedback_slips)."""

from __future__ import annotations

import helpers
from helpers.exercises import question_ids
from helpers.exercises.bank import REGISTRY
from helpers.questions.nb05 import FICTIONAL_ARTICLE
from helpers.resources import data_file

__all__ = ["AG", "CTX", "FIRST", "OTHER", "PL", "A", "D", "M", "Q", "R", "other_context_id"]

for _n in range(6):
    question_ids(_n)

A = helpers.load_seeds()[0]
Q = helpers.quotes_frame(A)
AG = helpers.load_agreements()
PL = helpers.load_places()
D = helpers.distances_from("Tokyo")
OTHER = helpers.quotes_frame(helpers.load_article(data_file(FICTIONAL_ARTICLE)))
CTX = helpers.load_context()
FIRST = AG[AG.signed_end <= helpers.SEED_DATE].groupby(["partner", "kind"])["signed_start"].min().unstack()


def R(qid):
    return REGISTRY[qid].expected()


def M(qid, i):
    return REGISTRY[qid].mistakes[i][0]


def other_context_id():
    """An id of the context table that is not in exercise 4.5's answer."""
    return sorted(set(helpers.load_context()["id"]) - set(R("4.5")))[0]

