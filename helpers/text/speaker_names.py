"""One name per speaker: the last pass over an article's speakers, after every rule has chosen.

Each rule reports the name as it found it: a clause gives "Texas Sen. Ted
Cruz", a pronoun "Ted Cruz", a bare surname "Wasserman Schultz". A learner
would then count one person as two speakers. :func:`one_name_per_speaker`
decides the name once for the whole article: a name written with a title in
front ("Sen.", "Gov.", "Rep.", "Prof.") becomes the same name without it when
the article's speakers hold that one too, and a name without its given name
("Wasserman Schultz") becomes the full name a speaker already has ("Debbie
Wasserman Schultz"). The quotation's evidence (its rule) is kept.

>>> one_name_per_speaker(["Texas Sen. Ted Cruz", "Ted Cruz", "Wasserman Schultz", "Debbie Wasserman Schultz"])
{'Wasserman Schultz': 'Debbie Wasserman Schultz', 'Texas Sen. Ted Cruz': 'Ted Cruz'}
"""

from __future__ import annotations

from ..lexicon import ROLE_WORDS
from .given_names import pronoun_of
from .tokens import TITLE_ABBREVIATIONS

__all__ = ["one_name_per_speaker"]


def _titled(prefix: list[str]) -> bool:
    """Words before a name that hold a title ('Texas Sen.', 'Republican Rep.', 'Prof.')."""
    return any(w.rstrip(".") in TITLE_ABBREVIATIONS and w.endswith(".") for w in prefix)


def _given_name(word: str) -> bool:
    """A word that can be a given name before a surname: capitalised, no title, no role ('Comedian')."""
    return word[:1].isupper() and not word.endswith(".") and word.lower() not in ROLE_WORDS


def one_name_per_speaker(names) -> dict[str, str]:
    """Each speaker's name that another speaker's name stands for in this article (name → the one kept).

    A titled name ends with another speaker's name of two words or more: that one is kept. A name of
    two words or more, itself without a known given name, that ends another speaker's name after one
    more word: the longer is kept ('Wasserman Schultz', not 'Sarah Silverman' after 'Comedian').

    >>> one_name_per_speaker(["Gov. Ana Vea", "Ana Vea", "Sione Tui"])
    {'Gov. Ana Vea': 'Ana Vea'}
    >>> one_name_per_speaker(["Sarah Vea", "Comedian Sarah Vea", "Republican Rep. Tama Hone", "Rep. Tama Hone"])
    {'Republican Rep. Tama Hone': 'Rep. Tama Hone'}
    """
    names = sorted(set(n for n in names if n), key=lambda n: (len(n.split()), n))
    out: dict[str, str] = {}
    for long in names:
        words = long.split()
        for short in reversed(
            names
        ):  # the longest first: 'Debbie Wasserman Schultz' before 'Wasserman Schultz'
            n = len(short.split())
            if short == long or n < 2 or n >= len(words) or not long.endswith(" " + short):
                continue
            if _titled(words[:-n]) or (len(words) - n == 1 and _titled(short.split())):
                out.setdefault(long, short)  # 'Texas Sen. Ted Cruz', 'Republican Rep. Lee Zeldin'
            elif len(words) - n == 1 and _given_name(words[0]) and not pronoun_of(short):
                out.setdefault(short, long)  # 'Wasserman Schultz' → 'Debbie Wasserman Schultz'
    for name in list(out):  # 'Florida Rep. Debbie Wasserman Schultz' → 'Debbie Wasserman Schultz' and on
        seen = {name}
        while out[name] in out and out[name] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
    return out
