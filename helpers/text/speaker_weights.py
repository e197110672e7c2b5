"""The learned weights of the speaker choice (:mod:`helpers.text.choose`): evidence name → weight.

Written by ``benchmarks/train_speaker_choice.py`` from the PolNeAR train
split (without the held-back articles); nothing of the corpus's text is here.

>>> isinstance(WEIGHTS, dict)
True
"""

__all__ = ["PRONOUN_WEIGHTS", "WEIGHTS"]

WEIGHTS: dict[str, float] = {
    'o:sent_before': 1.943,
    'o:sent_after': 0.946,
    'o:pron_subject': 0.969,
    'o:prev_sent': 0.343,
    'o:prev_sent2': -0.191,
    'o:para_source': 0.499,
    'o:prev_para': 0.016,
    'o:last': -0.130,
    'by_clause': 1.112,
    'o:rules': 0.289,
    'first_in_sent': 0.284,
    'at_sent_start': 0.677,
    'verb_after': -0.275,
    'comma_after': 0.869,
    'reporting_after': 0.087,
    'possessive': -0.407,
    'institution': -1.512,
    'other': -0.357,
    'weak': -0.242,
    'was_speaker': -0.195,
    'same_para': 0.935,
    'nearer': 0.024,
    'far': 0.423,
    'alone*prev_sent': -0.306,
    'alone*para': 0.582,
    'partial*sent': -0.628,
}

PRONOUN_WEIGHTS: dict[str, float] = {}
