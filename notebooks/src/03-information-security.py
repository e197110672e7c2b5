# %% [markdown]
# # 03 · Information security: what the agreement does, and who has which agreement
#
# **You are here:** [← 02 The ACSA](02-acsa.ipynb) | 03 Information security | [04 The regional context →](04-regional-context.ipynb)
#
# **Time:** about 40 minutes (20 reading, 20 exercises).
#
# **Questions this notebook answers**
# - What does the Information Security Agreement with New Zealand do, and what does it not do?
# - Is an ISA the same thing as a GSOMIA?
# - Which other partners have an ISA with Japan, and since when?
# - What should I do when the data says "unknown"?
# - Which partners have both an ACSA and an ISA, and on what date is that true?
#
# **By the end you will be able to**
# - explain what an Information Security Agreement does, using the article's own words;
# - tell an agreement's official title from the name a news report gives it, and relate GSOMIA to ISA;
# - distinguish "in force", "pending" and "unverified", and say what an unknown value does to a count;
# - compute with Python sets which partners have one kind of agreement, both, or only one, on a stated date;
# - read the course's agreement matrix chart.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/03-information-security.ipynb`; both are generated from
# > `notebooks/src/03-information-security.py` by `make notebooks`.
# >
# > Timing: about 20 minutes of reading and demonstration, 20 of exercises
# > (3.1–3.2 take a minute each; 3.5–3.6 are the stretch).
# > Two points to stress: (1) "it does not oblige anyone to share and is not
# > an alliance" is the *course's reading* of the article and the glossary,
# > not a quotation; invite students to test it. (2) Every answer about who
# > has which agreement is true *on a date*; make students say the date.
# > Points students may raise in the discussion (suggestions, not facts in
# > the data): rules for information can be useful before any troops or ships
# > meet, while an ACSA matters once forces train or operate together; whether
# > an agreement between two countries' forces fits an organisation such as
# > NATO; the public can see that an agreement exists and what its rules are,
# > but not what is exchanged under it.

# %%
# Setup: run this cell first.
import textwrap

import matplotlib.pyplot as plt

import helpers
from helpers import check

article = helpers.load_seeds()[0]
agreements = helpers.load_agreements()
print("Seed date:", helpers.SEED_DATE.date())

# %% [markdown]
# ## The article says both sides protect what they share, each under its own laws
#
# The article names the Information Security Agreement twice. Let a program
# find the paragraphs:

# %%
for p in article.paragraphs:
    if "Information Security Agreement" in p.text:
        print(f"Paragraph {p.number}:")
        print(textwrap.fill(p.text, width=80))
        print()

# %% [markdown]
# Paragraph 2 only says who signed. Paragraph 6 says what the agreement does.
# Read it in four parts:
#
# | Part of paragraph 6 | What it tells us |
# |---|---|
# | "requiring both sides to protect" | a duty on **both** governments, the same for each |
# | "classified information exchanged between them" | it covers information one government has marked secret (**classified**, see the glossary) and passes to the other |
# | "in line with their respective national laws and regulations" | each side protects it under **its own** laws; the agreement does not replace them |
# | "requires protection in the interests of national security" | which information: what needs protecting for national security |
#
# Notice the attribution: the sentence ends "Japan said", and only its last
# words are in quotation marks. The rest is the reporter's summary. Japan's
# Ministry of Foreign Affairs (MOFA) press release of 19 December 2025, the
# primary source, uses the same phrase, "requires protection in the
# interests of national security".

# %% [markdown]
# ## The official title is longer than the news report's name
#
# "Information Security Agreement" is a description. The agreement's official
# title, as MOFA gives it, is stored in the course's `agreements` table. Each
# agreement has an `id`; New Zealand's ISA is `isa-nz-2025`.

# %%
nz_isa = agreements.set_index("id").loc["isa-nz-2025"]
print(textwrap.fill(nz_isa["official_title"], width=80))
print("Signed:", nz_isa["signed"], "| status on the seed's date:", nz_isa["status"])
print("Source:", nz_isa["source"])

# %% [markdown]
# The title speaks of the "Security of Information". Search for that title
# (or the Japanese name, 情報保護協定, *jōhō hogo kyōtei*) when you look for
# the official text; search for "Information Security Agreement" when you
# look for news.

# %% [markdown]
# ## An ISA sets rules for what is shared; it does not make anyone share
#
# Compare paragraph 6 with paragraph 3, on the ACSA. The ACSA is about
# *providing* things: "the reciprocal provision of supplies and services".
# Paragraph 6 is about *protecting* information once it has been exchanged.
# A quick test of which words appear:

# %%
paragraph_6 = article.paragraphs[5]  # Python counts from 0: position 5 is paragraph 6
for word in ["protect", "exchanged", "share", "provide", "defend", "alliance"]:
    print(f"{word!r:12} in paragraph 6: {word in paragraph_6.text}")

# %% [markdown]
# The course reads the agreement this way (our reading, not a quotation):
#
# - it sets **rules** for protecting classified information that one side
#   *chooses* to give the other;
# - it does **not** oblige either side to share anything: nothing in the
#   article says what, or how much, will be exchanged;
# - it is **not an alliance**, a promise to help defend each other: the
#   article mentions no such promise.
#
# A missing word proves little on its own (a report is short), so this is a
# reading to test, not a fact. The glossary's entry *Information Security
# Agreement* says the same, and the treaty's full text, which is not part of
# the course data, is where you would check it.

# %% [markdown]
# ## GSOMIA is a name for the same kind of agreement
#
# Japan's information agreements do not all carry the same name. Two of them
# are called **GSOMIA**:

# %%
isa = agreements[agreements["kind"] == "ISA"]
isa.loc[isa["title"].str.contains("GSOMIA"), ["partner", "title", "signed", "confidence"]]

# %%
for note in isa.loc[isa["title"].str.contains("GSOMIA"), "notes"]:
    print(note)

# %% [markdown]
# GSOMIA stands for *General Security of Military Information Agreement*
# (軍事情報包括保護協定 in Japanese). The name says "military information"; New
# Zealand's title says "information". The course counts both GSOMIAs among
# Japan's ISAs, as MOFA does: MOFA's list of Japan's information-protection
# partners includes the United States and South Korea (see
# `helpers/data/SOURCES.md`).

# %% [markdown]
# ## Japan's ISA partners: signed since 2007, not all of them equally well documented
#
# Here is every ISA in the course data, with its status on the seed's date
# and the confidence of its source.

# %%
isa[["partner", "signed", "in_force", "status", "confidence"]]

# %% [markdown]
# Two things to notice before you use this table:
#
# - **Partial dates.** `2013-07` means "some day in July 2013": the day is not
#   verified, so the data does not invent one.
# - **Confidence.** `high` rows rest on an official page (a ministry, an
#   official journal); `medium` rows on a news report or a site that
#   reproduces an official text. Facts from `medium` rows are likely but less
#   certain.
#
# ## Exercises: counting partners
#
# **Exercise 3.1** (★☆☆) With how many different partners had Japan signed an
# ISA by 19 December 2025, the seed's date? Answer with a number computed from
# `isa`, not typed in.

# %%
answer_3_1 = isa.loc[isa["signed_end"] <= helpers.SEED_DATE, "partner"].nunique()  # SOLUTION
check("3.1", answer_3_1)

# %% [markdown]
# **Exercise 3.2** (★☆☆) One of Japan's ISA partners is not a country. Which
# one? Answer with its name as the data writes it, as text. (Tip: the table
# `helpers.load_places()` has a `role` column saying what each partner's
# place is: a capital, a seat of government, or something else.)

# %%
places = helpers.load_places()
answer_3_2 = places.loc[places["role"] == "organisation seat", "partner"].iloc[0]  # SOLUTION
check("3.2", answer_3_2)

# %% [markdown]
# ## Japan added ISA partners steadily from 2007
#
# The chart counts Japan's partners for each kind of agreement, each partner
# counted once, by the date it first signed. Look at the ISA line (orange,
# dashed, with square markers).

# %%
helpers.partners_over_time(as_of="2025-12-19")
plt.show()

# %% [markdown]
# The ISA line starts with the United States in 2007, rises in small steps
# (the last ones in 2024–2025: Ukraine, Canada, New Zealand) and from 2011 on
# stays above the ACSA line: Japan has had more ISA partners than ACSA
# partners ever since. Source: the course dataset `agreements.csv`
# (`helpers/data/SOURCES.md`). The same chart in words:

# %%
print(textwrap.fill(helpers.describe_partners_over_time(as_of="2025-12-19"), width=80))

# %% [markdown]
# ## "Unknown" is not "no": two ISAs whose entry into force is not verified
#
# Signing is not the end of the story: an agreement binds only once it
# **enters into force** (glossary). The `status` column says where each ISA
# stood on the seed's date:

# %%
isa["status"].astype(str).value_counts()

# %% [markdown]
# Three different words, three different meanings:
#
# - **in force**: a source dates its entry into force on or before 2025-12-19;
# - **pending**: known *not* to be in force that day (New Zealand's was signed
#   that very day);
# - **unverified**: signed, but the course found no source for its entry into
#   force. It may well be in force; we just cannot show it.

# %%
for row in isa[isa["status"] == "unverified"].itertuples():
    print(f"{row.partner}: signed {row.signed}, in force: {row.in_force}. {row.notes}")

# %% [markdown]
# The data stores `unknown` rather than a guess. For Canada, for example, a
# later Japanese report said the agreement took effect on "the 16th" of a
# month that the course could not read (`helpers/data/SOURCES.md`), so the
# month and day stay unknown.
#
# What an unknown does to a count: it turns one number into a range.

# %%
in_force = (isa["status"] == "in force").sum()
unverified = (isa["status"] == "unverified").sum()
print(f"ISAs in force on 2025-12-19: at least {in_force}, at most {in_force + unverified}")

# %% [markdown]
# ## `network_as_of` gives the picture on any day, and says "uncertain" when it cannot tell
#
# The `status` column is fixed to the seed's date. `helpers.network_as_of(day)`
# recomputes every agreement's `state` for the day you choose. On the seed's
# date, the unverified ISAs come out as `uncertain`:

# %%
net = helpers.network_as_of("2025-12-19")
net.loc[net["kind"] == "ISA", ["partner", "signed", "in_force", "state"]].tail(3)

# %% [markdown]
# Partial dates make a day uncertain too. India's ISA entered into force in
# "2015-12", some day in December 2015. On 20 December 2015, was it in force?

# %%
net_2015 = helpers.network_as_of("2015-12-20").set_index("id")
india = net_2015.loc["isa-in-2015"]
print("In force:", india["in_force"], "| state on 2015-12-20:", india["state"])
print("Reason:  ", india["reason"])

# %% [markdown]
# The answer is honest: we cannot tell. `network_as_of` counts an agreement as
# in force only from the last day of a partial date's period (here 31 December
# 2015), and calls the days in between `uncertain`.

# %% [markdown]
# ## Python sets answer "who has both?", for a stated date
#
# A Python **set** holds each name once, in no particular order, and has
# operators for comparing groups:
#
# | Operator | Gives the names that are... | Example |
# |---|---|---|
# | `a & b` | in both `a` and `b` (intersection) | partners with both kinds |
# | `a - b` | in `a` but not in `b` (difference) | partners with only the first kind |
# | `a \| b` | in either or both (union) | partners with at least one of the two |
#
# First, fix the date the answer is for. The data holds one agreement signed
# *after* the seed's date; a question "as of 2025-12-19" must leave it out:

# %%
agreements.loc[agreements["kind"] == "ACSA", ["partner", "signed", "status"]].tail(3)

# %% [markdown]
# So we keep the agreements known to be signed by the seed's date. We compare
# with `signed_end`, the last day of the signing date's period, because a
# partial date such as `2013-07` is only "known to have happened by" its end.

# %%
signed_by_seed = agreements[agreements["signed_end"] <= helpers.SEED_DATE]
isa_partners = set(signed_by_seed.loc[signed_by_seed["kind"] == "ISA", "partner"])
raa_partners = set(signed_by_seed.loc[signed_by_seed["kind"] == "RAA", "partner"])
print("RAA partners:", sorted(raa_partners))

# %% [markdown]
# Now compare the ISA partners with the RAA partners (Reciprocal Access
# Agreements, for visiting forces; notebook 04 says more). `sorted(...)` turns
# a set into an alphabetical list, which is easier to read.

# %%
print("ISA and RAA:        ", sorted(isa_partners & raa_partners))
print("RAA but no ISA:     ", sorted(raa_partners - isa_partners))
print("ISA but no RAA:     ", len(isa_partners - raa_partners), "partners")
print("ISA or RAA or both: ", len(isa_partners | raa_partners), "partners")

# %% [markdown]
# Every one of these answers is true **as of 2025-12-19** and for agreements
# **signed** by then. Change the date, or ask about agreements *in force*
# instead of *signed*, and the answer can change.

# %% [markdown]
# ## The agreement matrix shows every partner's agreements at once
#
# One row per partner, one column per kind of agreement, as of the seed's date.

# %%
helpers.agreement_matrix(as_of="2025-12-19")
plt.show()

# %% [markdown]
# On 2025-12-19 the ISA column was the fullest of the three, and New
# Zealand's two new agreements were signed but not yet in force. Each cell
# says its state in words (✓ and a year for in force, "signed" and a year for
# signed only, `*` where entry into force is not verified, – for none), so the
# grid reads without colour. Source: the course dataset `agreements.csv`
# (`helpers/data/SOURCES.md`). The same grid in words, for screen readers:

# %%
print(textwrap.fill(helpers.describe_agreement_matrix(as_of="2025-12-19"), width=80))

# %% [markdown]
# ## Exercises: who has which agreement
#
# Use `signed_by_seed`, `isa_partners` and the set operators above. You can
# check each answer against the matrix.
#
# **Exercise 3.3** (★★☆) Which partners had signed both an ACSA and an ISA with
# Japan by 2025-12-19? Answer with a set (or list) of partner names.

# %%
# BEGIN SOLUTION
acsa_partners = set(signed_by_seed.loc[signed_by_seed["kind"] == "ACSA", "partner"])
# END SOLUTION
answer_3_3 = sorted(acsa_partners & isa_partners)  # SOLUTION
check("3.3", answer_3_3)

# %% [markdown]
# **Exercise 3.4** (★★☆) Which partners had signed an ISA but no ACSA with
# Japan by 2025-12-19? Answer with a set (or list) of partner names.

# %%
answer_3_4 = sorted(isa_partners - acsa_partners)  # SOLUTION
check("3.4", answer_3_4)

# %% [markdown]
# **Exercise 3.5** (★★★) Signed is not in force. Which partners had **both an
# ACSA and an ISA in force** on 2025-12-19? Use `helpers.network_as_of` and its
# `state` column. Answer with a set (or list) of partner names.

# %%
# BEGIN SOLUTION
in_force_rows = net[net["state"] == "in force"]
acsa_in_force = set(in_force_rows.loc[in_force_rows["kind"] == "ACSA", "partner"])
isa_in_force = set(in_force_rows.loc[in_force_rows["kind"] == "ISA", "partner"])
# END SOLUTION
answer_3_5 = sorted(acsa_in_force & isa_in_force)  # SOLUTION
check("3.5", answer_3_5)

# %% [markdown]
# **Exercise 3.6** (★★★) Among the partners with both kinds, which signed their
# **first ISA before their first ACSA**? Answer with a set (or list) of
# partner names. (Tip: `signed_by_seed.groupby(["partner", "kind"],
# observed=True)["signed_start"].min().unstack()` gives one row per partner
# and one column per kind, holding the earliest signing date.)

# %%
# BEGIN SOLUTION
first = signed_by_seed.groupby(["partner", "kind"], observed=True)["signed_start"].min().unstack()
both = first.dropna(subset=["ACSA", "ISA"])
# END SOLUTION
answer_3_6 = sorted(both.index[both["ISA"] < both["ACSA"]])  # SOLUTION
check("3.6", answer_3_6)

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(3))

# %% [markdown]
# ## Discussion
#
# 1. Several partners signed an information agreement with Japan before a
#    logistics agreement (exercise 3.6), and some have only the information
#    agreement (exercise 3.4). Why might a government sign an ISA first, or
#    without an ACSA? Think about what each agreement needs in practice (forces
#    that meet, or officials who talk) and about NATO being an organisation,
#    not a country.
# 2. The article tells us that the agreement exists and what its rules are.
#    What can the public *not* know about what is shared under it, and why?
#    Who, if anyone, checks how it is used?
#
# There is no single right answer; give reasons from the article or the data.

# %% [markdown]
# ## Key points
#
# - The ISA obliges both sides to protect classified information they exchange, each under its own laws, when it "requires protection in the interests of national security" (Japan, via the article and MOFA).
# - In the course's reading it sets rules for sharing; it does not oblige anyone to share, and it is not an alliance.
# - GSOMIA (the US and South Korean agreements) is a name for the same kind of agreement; NATO is an ISA partner but an organisation, not a country.
# - "Unknown" in data is not "no": an unverified entry into force turns a count into a range, and `network_as_of` says `uncertain`.
# - Set operators (`&`, `-`, `|`) answer "who has both, only one, either" — always for a stated date and for *signed* or *in force*.
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs, press release on the signing, 19 December 2025 (official titles):
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - MOFA page on the Japan–Ukraine ISA, with the list of Japan's information-protection partners (in Japanese):
#   <https://www.mofa.go.jp/mofaj/erp/c_see/ua/pageit_000001_00013.html>
# - MOFA release on the Japan–NATO agreement, 25 June 2010 (in Japanese):
#   <https://www.mofa.go.jp/mofaj/press/release/22/6/0625_06.html>
# - UK government news on the 2013 signing with Japan:
#   <https://www.gov.uk/government/news/foreign-secretary-signs-groundbreaking-defence-and-security-agreements-with-japan>
# - How the course's agreement data was compiled, with every source and weak spot: `helpers/data/SOURCES.md`;
#   the terms: `docs/glossary.md` (*Information Security Agreement*, *GSOMIA*, *Entry into force*).
#
# ---
# **Next:** [04 The regional context →](04-regional-context.ipynb)
