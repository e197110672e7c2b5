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


def _days_to_force():
    """Agreements known to the day at both ends, with the days from signing to entry into force."""
    ag = load_agreements()
    known = ag[(ag["signed_precision"] == "day") & (ag["in_force_precision"] == "day")].copy()
    known["days_to_force"] = (known["in_force_start"] - known["signed_start"]).dt.days
    return known


def _same_day(kind: str = "ISA") -> int:
    known = _days_to_force()
    return int(((known["kind"] == kind) & (known["days_to_force"] == 0)).sum())


QUESTIONS = tuple(
    register(q)
    for q in (
        Question(
            "3.1",
            "number",
            _isa_partner_count,
            hint="Keep the rows of isa whose signed_end is on or before helpers.SEED_DATE, "
            "then count the different names in the partner column (.nunique() does it).",
            method="Filter rows with a condition on signed_end, then count distinct values with .nunique().",
            step="isa.loc[isa['signed_end'] <= helpers.SEED_DATE, 'partner'] keeps the partner names; "
            "end the line with the method that counts different names.",
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
                (
                    len(_partners(load_agreements().query("signed_end < @SEED_DATE"), "ISA")),
                    "One partner short: it signed on the seed's date itself. 'By' a date includes the "
                    "day: <= keeps it, < leaves it out.",
                    "less-than-for-on-or-before",
                ),
            ),
            fact="The first, with the United States in August 2007, is called a General Security of "
            "Military Information Agreement (GSOMIA); the newest is New Zealand's, signed on the seed's date "
            "(MOFA's list of partners and its press release of 19 December 2025).",
            computed=True,
        ),
        Question(
            "3.2",
            "text",
            _not_a_country,
            accept=("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
            hint="Keep the row of places whose role is neither 'capital' nor 'seat of government' "
            "(places['role'].value_counts() lists the roles), then take its partner.",
            method="Keep the rows of places that match a condition on 'role', then take one column and .item().",
            step="places['role'].value_counts() shows three roles; the one that is neither a capital nor a seat "
            "of government goes into places.loc[places['role'] == ..., 'partner'].",
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
            method="Build one set of names per kind, then intersect the two sets with &.",
            step="acsa_partners = set(signed_by_seed.loc[signed_by_seed['kind'] == 'ACSA', 'partner']) makes "
            "the second set; combine it with isa_partners.",
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
            method="Set difference with -: the names in the first set that are not in the second.",
            step="isa_partners - acsa_partners and acsa_partners - isa_partners give different answers: "
            "the first set is the one you keep names from.",
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
            method="Filter net by its state column first, then build and intersect one set per kind.",
            step="in_force_rows = net[net['state'] == 'in force'] keeps the right rows; make the ACSA set and "
            "the ISA set from in_force_rows as in 3.3.",
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
            "verified: a later Japanese report (a copy, fujipost.com) says MOFA announced on 'the 16th' "
            "that it took effect that day, but gives no month (helpers/data/SOURCES.md).",
        ),
        Question(
            "3.6",
            "set",
            _isa_first,
            hint="In first, compare the two columns: first['ISA'] < first['ACSA'] is True where the ISA "
            "was signed earlier; keep those partners with first.index[...].",
            method="Compare two columns of the table first row by row; first.index[...] keeps the labels "
            "where the comparison is True.",
            step="first['RAA'] > first['ISA'] was the example; the question compares the ISA column with the "
            "ACSA column, in the direction 'earlier'.",
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
        Question(
            "3.7",
            "number",
            lambda: _same_day("ISA"),
            hint="Two conditions on known, joined with &: kind == 'ISA' and days_to_force == 0; "
            ".sum() counts the rows where both are True.",
            method="A condition gives True or False per row; & joins two of them, and .sum() counts the Trues.",
            step="(known['kind'] == 'ISA') is the first condition, in round brackets; write the second for "
            "days_to_force the same way.",
            fact="They are NATO (2010), France (2011), South Korea (2016) and Germany (2021); Italy's ISA took "
            "80 days. No ACSA in the data took effect in under five months (agreements.csv).",
            mistakes=(
                (
                    int((load_agreements()["kind"] == "ISA").sum()),
                    "that counts every ISA in the data; keep only "
                    "the rows of known whose days_to_force is 0.",
                ),
                (0, "none? Look again at days_to_force for the ISA rows: four of them are 0."),
            ),
        ),
        Question(
            "3.8",
            "choice",
            "B",
            options={
                "A": "signing together does not tie their entry into force: each agreement follows its own "
                "procedure, and in the data ISAs and ACSAs follow very different ones.",
                "B": "this is what the data and the reports support: four ISAs took effect on the day they were "
                "signed, every ACSA waited five months or more, and reports on the Germany and Philippines "
                "ACSAs say an ACSA needs the Diet's approval, which the US ISA was not expected to need. It is an "
                "expectation, not a fact: New Zealand has steps of its own, and as of 2026-12-07 no source "
                "shows either in force.",
                "C": "not every ISA took effect on signature (Australia's, the United Kingdom's and Italy's "
                "waited), and the data records New Zealand's as not in force on the day it was signed.",
                "D": "New Zealand's Parliament does not vote on treaties: its convention is that a treaty of "
                "particular significance is presented with a National Interest Analysis and examined by a "
                "select committee before the government binds itself (row nz-treaty-examination-1998). "
                "That is a step to wait for, not a vote; the Diet's approval is Japan's, for the ACSA.",
            },
            hint="Look at days_to_force by kind, and at the two reports on the Diet.",
            fact="An expectation drawn from a pattern is worth stating with its evidence and its limits: "
            "'may', not 'will'.",
        ),
        Question(
            "3.9",
            "choice",
            "B",
            options={
                "A": "'classified up to the level of top secret' describes the highest level of classification the "
                "agreement could cover; it is not a promise to share "
                "anything.",
                "B": "the primary source describes measures to protect classified information the two "
                "governments exchange, in line with their own laws; it names no information either side must "
                "provide, and neither does the article. That no obligation exists is the course's reading of "
                "these summaries; the treaty's full text is where you would check it. When reports differ, "
                "the primary source's own words are the best guide to what an agreement does.",
                "C": "that quotation comes second-hand, from copies of a report, and does not match the Prime "
                "Minister's own words at the time (such agreements are 'not just about security and "
                "intelligence'); the agreement as Japan describes it does not limit the kind of classified "
                "information.",
                "D": "an ISA is between two governments; it does not open Five Eyes arrangements to Japan. "
                "Japanese reports describe the rule such agreements share: information received from one "
                "partner may not be passed to a third country without that partner's prior approval "
                "(reports on the Canada and New Zealand ISAs, linked in the notebook).",
            },
            hint="Which source describes the agreement itself, rather than what people expected of it?",
            fact="The MOFA release says the agreement will 'promote further beneficial information "
            "exchanges': a hope, stated by one side, not an obligation.",
        ),
    )
)
