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


def _places_column(role: str, column: str) -> str:
    """The one value of ``column`` in places for ``role`` (for wrong answers with their own hint)."""
    places = load_places()
    return places.loc[places["role"] == role, column].item()


def _acsa_and_isa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ACSA") & _partners(signed, "ISA"))


def _acsa_or_isa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ACSA") | _partners(signed, "ISA"))


def _isa_not_acsa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ISA") - _partners(signed, "ACSA"))


def _acsa_not_isa() -> list[str]:
    signed = _signed_by_seed()
    return sorted(_partners(signed, "ACSA") - _partners(signed, "ISA"))


def _both_with_state(*states: str) -> list[str]:
    net = network_as_of(SEED_DATE)
    kept = net[net["state"].isin(states)]
    return sorted(_partners(kept, "ACSA") & _partners(kept, "ISA"))


def _both_in_force() -> list[str]:
    return _both_with_state("in force")


def _first_dates():
    return _signed_by_seed().groupby(["partner", "kind"])["signed_start"].min().unstack()


def _isa_first() -> list[str]:
    first = _first_dates()
    return sorted(first.index[first["ISA"] < first["ACSA"]])


def _acsa_first() -> list[str]:
    first = _first_dates()
    return sorted(first.index[first["ACSA"] < first["ISA"]])


def _isa_first_or_same_day() -> list[str]:
    first = _first_dates()
    return sorted(first.index[first["ISA"] <= first["ACSA"]])


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "3.1",
            "number",
            _isa_partner_count,
            hint="Keep the rows of isa whose signed_end is on or before helpers.SEED_DATE, "
            "then count the different names in the partner column (.nunique() does it).",
            mistakes=(
                (
                    _signed_by_seed()["partner"].nunique(),
                    "That counts partners with any kind of agreement. Start from isa, which holds only "
                    "the ISA rows.",
                ),
                (
                    int((load_agreements().query("kind == 'ISA'")["status"] == "in force").sum()),
                    "That counts the ISAs in force on the seed's date. The question asks about signing: "
                    "an agreement that is signed but not (or not known to be) in force counts too.",
                ),
            ),
            fact="The first, with the United States in August 2007, is called a General Security of "
            "Military Information Agreement (GSOMIA); the newest is New Zealand's, signed on the seed's date "
            "(MOFA's list of partners and its press release of 19 December 2025).",
        ),
        Question(
            "3.2",
            "text",
            _not_a_country,
            accept=("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
            hint="Keep the row of places whose role is neither 'capital' nor 'seat of government' "
            "(places['role'].value_counts() lists the roles), then take its partner.",
            mistakes=(
                (
                    _places_column("seat of government", "partner"),
                    "That partner is a country: its place is a seat of government rather than a "
                    "capital. Look for the third role.",
                ),
                (
                    _places_column("organisation seat", "place"),
                    "That is the place, a city. The question asks for the partner it stands for: "
                    "take the partner column, not the place column.",
                ),
            ),
            fact="Its agreement with Japan was signed in Brussels on 25 June 2010 and concluded the same day "
            "(Japan's Ministry of Foreign Affairs, release of 25 June 2010).",
        ),
        Question(
            "3.3",
            "set",
            _acsa_and_isa,
            hint="Make a set of ACSA partners from signed_by_seed the same way as isa_partners, "
            "then keep the names in both sets with the & operator.",
            mistakes=(
                (
                    _acsa_or_isa(),
                    "That is everyone with at least one of the two kinds (the | operator). "
                    "The question asks for partners with both: the & operator.",
                ),
                (
                    _both_in_force(),
                    "Those are the partners with both agreements in force. This question asks "
                    "about signing, which also counts agreements signed but not in force on that day.",
                ),
            ),
            fact="New Zealand is the only partner in the data that signed both kinds on the same day, "
            "19 December 2025 (MOFA press release of that day).",
        ),
        Question(
            "3.4",
            "set",
            _isa_not_acsa,
            hint="Set difference: the names in isa_partners that are not in your set of ACSA partners "
            "(the - operator). Order matters: a - b is not b - a.",
            mistakes=(
                (
                    _acsa_not_isa(),
                    "That is the other way round: partners with an ACSA but no ISA. "
                    "a - b keeps what is in a and not in b, so put the ISA partners first.",
                ),
            ),
            fact="The difference the other way, an ACSA but no ISA, held one partner on the seed's date: "
            "the Netherlands, which signed its ACSA on 18 December 2025, the day before New Zealand "
            "(Netherlands Ministry of Defence).",
        ),
        Question(
            "3.5",
            "set",
            _both_in_force,
            hint="Take net = helpers.network_as_of('2025-12-19'), keep the rows whose state is 'in force', "
            "make one set of partners for ACSA and one for ISA, then intersect them with &.",
            mistakes=(
                (
                    _both_with_state("in force", "uncertain"),
                    "One partner too many: Canada signed its ISA in July 2025, but no source the course "
                    "could read shows it in force by 2025-12-19, so its state is 'uncertain', not "
                    "'in force'. Keep only the rows whose state is exactly 'in force'.",
                ),
                (
                    _acsa_and_isa(),
                    "That is the answer for signed agreements (exercise 3.3). Signed is not in force: "
                    "keep only the rows of net whose state is 'in force' before making the sets.",
                ),
            ),
            fact="Canada misses this list only because the day its ISA entered into force could not be "
            "verified: a later Japanese report says MOFA announced it took effect on 'the 16th' of a month "
            "after October 2025, but the month could not be read (helpers/data/SOURCES.md; the course's "
            "sources give no link to that report).",
        ),
        Question(
            "3.6",
            "set",
            _isa_first,
            hint="In first, compare the two columns: first['ISA'] < first['ACSA'] is True where the ISA "
            "was signed earlier; keep those partners with first.index[...].",
            mistakes=(
                (
                    _acsa_first(),
                    "That is the other way round: these partners signed their ACSA first. "
                    "Check the direction of your < sign.",
                ),
                (
                    _isa_first_or_same_day(),
                    "One partner too many: New Zealand signed both on the same day, and the same day is "
                    "not 'before'. Use <, not <=.",
                ),
            ),
            fact="The United States, Australia and Canada went the other way: each signed an ACSA "
            "with Japan before its information agreement (Australia about two years before, the "
            "United States and Canada seven years or more before; course dataset agreements.csv).",
        ),
    )
)
