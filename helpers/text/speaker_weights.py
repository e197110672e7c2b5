"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["WEIGHTS"]

WEIGHTS: dict[str, float] = {
    'o:sent_before': 1.876,
    'o:sent_after': 1.008,
    'o:pron_subject': 1.007,
    'o:prev_sent': 0.270,
    'o:prev_sent2': -0.246,
    'o:para_source': 0.487,
    'o:prev_para': 0.374,
    'o:last': -0.339,
    'by_clause': 0.818,
    'o:rules': 0.300,
    'first_in_sent': 0.166,
    'at_sent_start': 0.675,
    'verb_after': -0.354,
    'comma_after': 0.812,
    'reporting_after': 0.155,
    'possessive': -0.372,
    'institution': -1.439,
    'other': -0.284,
    'weak': -0.268,
    'was_speaker': -0.121,
    'same_para': 0.899,
    'far': 0.422,
    'alone*prev_sent': -0.264,
    'alone*para': 1.042,
    'partial*sent': -0.580,
}
