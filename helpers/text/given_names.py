"""Common English given names that nearly always belong to women or to men: a hint for "she" and "he".

General knowledge, not learnt from any corpus, and deliberately short: a name
missing here (most names in the world, and every name that is given to both)
gives no hint, and a pronoun then resolves as before. An honorific (Ms, Mr)
or an earlier pronoun in the article always wins over this list.

>>> pronoun_of("Hillary Clinton"), pronoun_of("Gen. John Kasich"), pronoun_of("Ana Vea")
('she', 'he', '')
"""

from __future__ import annotations

from .tokens import TITLE_ABBREVIATIONS

__all__ = ["FEMALE", "MALE", "pronoun_of"]

FEMALE = frozenset(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret
    sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine
    debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia
    kelly christina lauren joan evelyn megan cheryl andrea hannah martha jacqueline frances gloria
    ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn
    beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla
    hillary carly melania chelsea ivanka michelle nancy elizabeth kellyanne sarah condoleezza madeleine
    huma donna debbie jill tulsi nikki kamala susana jeanne loretta valerie hope katie kate""".split()
)
MALE = frozenset(
    """james robert john michael david william richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin
    arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne
    roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bernie ted marco jeb
    rand chris mike mitt newt rudy reince corey tim bill ben rick jim harry mitch
    marco ron hugh""".split()
)


def pronoun_of(name: str) -> str:
    """'she' or 'he' for a name whose first given name is in :data:`FEMALE` or :data:`MALE`, else ''.

    >>> pronoun_of("Rep. Mike Pence"), pronoun_of("Chris")
    ('he', '')
    """
    words = [w.strip(".,") for w in name.split()]
    while words and words[0] in TITLE_ABBREVIATIONS:
        words = words[1:]
    if len(words) < 2:
        return ""
    first = words[0].lower()
    if first in FEMALE and first not in MALE:
        return "she"
    if first in MALE and first not in FEMALE:
        return "he"
    return ""
