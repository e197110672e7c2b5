"""Exercises of notebook 03, *Information security*: Japan's ISA partners and who has which agreement."""

from __future__ import annotations

from ..datasets import SEED_DATE, load_agreements, load_places, network_as_of
from ..exercises import Question, register

__all__ = ["QUESTIONS"]


def _signed_by_seed():
    """Agreements known to have been signed on or before the seed's date."""
    agreements = load_agreements()
    return agreements[agreements["signed_end"] <= SEED_DATE]


def _partners(frame, kind: str) -> set[str]:
    return set(frame.loc[frame["kind"] == kind, "partner"])


def _isa_partner_count() -> int:
    return len(_partners(_signed_by_seed(), "ISA"))


def _not_a_country() -> str:
    places = load_places()
    organisations = set(places.loc[places["role"] == "organisation seat", "partner"])
    (name,) = organisations & _partners(load_agreements(), "ISA")
    return name


def _acsa_and_isa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ACSA") & _partners(signed, "ISA"))


def _isa_not_acsa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ISA") - _partners(signed, "ACSA"))


def _both_in_force() -> list[str]:
    net = network_as_of(SEED_DATE)
    in_force = net[net["state"] == "in force"]
    return sorted(_partners(in_force, "ACSA") & _partners(in_force, "ISA"))


def _isa_first() -> list[str]:
    signed = _signed_by_seed()
    first = signed.groupby(["partner", "kind"], observed=True)["signed_start"].min().unstack()
    both = first.dropna(subset=["ACSA", "ISA"])
    return sorted(both.index[both["ISA"] < both["ACSA"]])


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "3.1",
            "number",
            _isa_partner_count,
            hint="Keep the rows of isa whose signed_end is on or before helpers.SEED_DATE, "
            "then count the different names in the partner column (.nunique() does it).",
            fact="The first, with the United States in August 2007, is called a General Security of "
            "Military Information Agreement (GSOMIA); the newest is New Zealand's, signed on the seed's date.",
        ),
        Question(
            "3.2",
            "text",
            _not_a_country,
            accept=("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
            hint="Every partner in helpers.load_places() stands for a capital or a seat of government, "
            "except one: look at the role column.",
            fact="Its agreement with Japan was signed in Brussels on 25 June 2010 and concluded the same day "
            "(Japan's Ministry of Foreign Affairs).",
        ),
        Question(
            "3.3",
            "set",
            _acsa_and_isa,
            hint="Make a set of ACSA partners from signed_by_seed the same way as isa_partners, "
            "then keep the names in both sets with the & operator.",
            fact="New Zealand is the only partner in the data that signed both kinds on the same day, "
            "19 December 2025.",
        ),
        Question(
            "3.4",
            "set",
            _isa_not_acsa,
            hint="Set difference: the names in isa_partners that are not in your set of ACSA partners "
            "(the - operator). Order matters: a - b is not b - a.",
            fact="The difference the other way, an ACSA but no ISA, held one partner on the seed's date: "
            "the Netherlands, which signed its ACSA on 18 December 2025, the day before New Zealand.",
        ),
        Question(
            "3.5",
            "set",
            _both_in_force,
            hint="Take helpers.network_as_of('2025-12-19'), keep the rows whose state is 'in force', "
            "make one set of partners for ACSA and one for ISA, then intersect them.",
            fact="Canada misses this list only because the day its ISA entered into force could not be "
            "verified: a later Japanese report dated it to 'the 16th' of a month the course could not "
            "read (helpers/data/SOURCES.md).",
        ),
        Question(
            "3.6",
            "set",
            _isa_first,
            hint="Group signed_by_seed by partner and kind and take the earliest signed_start "
            "(.groupby([...])['signed_start'].min().unstack()), then keep the partners whose ISA "
            "date is earlier than their ACSA date.",
            fact="The United States, Australia and Canada went the other way: each signed an ACSA "
            "with Japan before its information agreement (Australia about two years before, the "
            "United States and Canada seven years or more before).",
        ),
    )
)
