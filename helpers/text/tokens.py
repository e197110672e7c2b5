"""Words with their offsets: the one tokenizer that entities and quotations share.

A word is letters and digits, joined inside by an apostrophe, hyphen or full
stop (``Japan's``, ``Cross-Servicing``, ``U.S``). Each repetition must start
with a joiner, so matching is unambiguous and linear.

>>> [t.text for t in tokenize("Japan's Cross-Servicing pact, U.S. said.", 0)]
["Japan's", 'Cross-Servicing', 'pact', 'U.S', 'said']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import NAME_SUFFIXES

__all__ = [
    "TITLE_ABBREVIATIONS",
    "WORD",
    "Token",
    "between",
    "joined",
    "party_label",
    "tokenize",
    "word_count",
]

#: One word (see the module documentation).
WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


#: A party label after a politician's name, "(D)", "(R-Fla.)": outside the sentence's grammar.
PARTY_LABEL = re.compile(r"[DRI](?:-[A-Z][A-Za-z.]{0,5})?")
_PARTY_GAP = re.compile(r"\s+\([DRI](?:-[A-Z][A-Za-z.]{0,5})?\)\s+")


#: Titles written with a full stop that stay part of the name after them ("Rep. Jim Clyburn", "Mrs. Obama").
TITLE_ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Messrs Dr Prof Rev Hon Rep Reps Sen Sens Gov Govs Lt Gen Col Maj Capt Cmdr Adm Sgt Cpl Pvt "
    "Atty Supt Insp Det Amb Pres Sec Fr Sr Jr St".split()
)


@dataclass(slots=True, eq=False, repr=False)
class Token:
    """One word with its offsets; ``base`` drops a possessive ``'s`` (``poss`` says there was one).

    A slotted dataclass whose ``__init__`` is written out: a token is made
    from its ``text`` and ``start`` only, and every other field is computed
    once here (the tokenizer makes one per word, so this stays as fast as a
    plain slotted class). Tokens compare by identity (``eq=False``).

    >>> t = Token("Vea's", 10)
    >>> t.start, t.end, t.base, t.lower, t.poss, t.cap
    (10, 15, 'Vea', 'vea', True, True)
    """

    text: str
    start: int
    end: int
    poss: bool
    base: str
    lower: str
    cap: bool

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.poss = len(text) > 2 and text[-2] in "'’" and text[-1] == "s"
        self.base = text[:-2] if self.poss else text
        self.lower = self.base.lower()
        self.cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start})"


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The words of ``text`` in order, offsets counted from ``offset``.

    >>> tokenize("Ana said", 5)
    [Token('Ana', 5), Token('said', 9)]
    """
    return [Token(m.group(), offset + m.start()) for m in WORD.finditer(text)]


def word_count(text: str) -> int:
    """How many words ``text`` holds (``Indo-Pacific`` and ``Japan's`` count as one).

    >>> word_count("a 'Free and Open Indo-Pacific'")
    5
    """
    return len(WORD.findall(text))


def joined(text: str, a: Token, b: Token) -> bool:
    """True if only spaces separate the two words (no punctuation, no quotation mark).

    >>> a, b, c = tokenize("Ana Vea, said")
    >>> joined("Ana Vea, said", a, b), joined("Ana Vea, said", b, c)
    (True, False)
    >>> a, b = tokenize("J. Smith")
    >>> joined("J. Smith", a, b)
    True
    >>> a, b = tokenize("Rep. Clyburn")
    >>> joined("Rep. Clyburn", a, b)
    True
    """
    chars = text[a.end : b.start]
    if chars.isspace():  # ("" is not)
        return True
    if chars[-2:-1] == ")" and _PARTY_GAP.fullmatch(chars):  # "Rubio (R-Fla.) said", its label left out
        return True
    # "J. Smith", "Rep. Clyburn", "Castillo Jr. said": the full stop of an initial or a suffix does not part the words
    return chars[:1] == "." and chars[1:].isspace() and chars[1:] != "" and _abbreviated(a)


def _abbreviated(tok: Token) -> bool:
    if (len(tok.text) == 1 and tok.cap) or tok.text in NAME_SUFFIXES or tok.text in TITLE_ABBREVIATIONS:
        return True
    return tok.text.isupper() and all(len(part) == 1 for part in tok.text.split("."))  # "J.M. Berger"


def party_label(text: str, tok: Token) -> bool:
    """The word is a party label in parentheses after a name: "D" in "Holsman (D) said".

    >>> t = "Marco Rubio (R-Fla.) said"
    >>> [party_label(t, w) for w in tokenize(t)]
    [False, False, True, False]
    """
    return (
        text[tok.start - 1 : tok.start] == "("
        and text[tok.end : tok.end + 2] in (")", ".)", ") ", ").", "),", "):")
        and PARTY_LABEL.fullmatch(tok.text) is not None
    )


def between(text: str, a: Token, b: Token) -> str:
    """The characters between two words.

    >>> a, b = tokenize("Vea, said")
    >>> between("Vea, said", a, b)
    ', '
    """
    return text[a.end : b.start]
