# %% [markdown]
# # 03 · Information security: what the agreement does, and who has which agreement
#
# <!-- course:opening -->
# **You are here:** [← 02 The ACSA](02-acsa.ipynb) | 03 Information security | [04 The regional context →](04-regional-context.ipynb)
#
# **Time:** about 125 minutes for a learner who knows variables, lists and a loop: reading about 30, running the cells about 35, the exercises about 50, the discussion about 10.
# <!-- /course:opening -->
#
# The course [glossary](../docs/glossary.md) explains the terms this
# notebook uses, such as *Five Eyes*, *GSOMIA*
# and *unverified*;
# every row of the course's data has its source in
# [`SOURCES.md`](../helpers/data/SOURCES.md).
#
# **Questions this notebook answers**
# - What does the Information Security Agreement with New Zealand do, and what does it not do?
# - Is an ISA the same thing as a GSOMIA?
# - Which other partners have an ISA with Japan, and since when?
# - What should I do when the data says "unknown"?
# - Which partners have both an ACSA and an ISA, and on what date is that true?
# - Will New Zealand's ISA enter into force sooner than its ACSA, and why does an ISA matter for a Five Eyes member?
#
# **By the end you will be able to**
# - explain what an Information Security Agreement does, using the article's own words;
# - tell an agreement's official title from the name a news report gives it, and relate GSOMIA to ISA;
# - distinguish "in force", "pending" and "unverified", and say what an unknown value does to a count;
# - compute with Python sets which partners have one kind of agreement, both, or only one, on a stated date;
# - build a table of each partner's first signing date for each kind of agreement, and compare its columns;
# - read the course's agreement matrix chart;
# - explain why an ACSA waits for Japan's Diet while an ISA can take effect on signature, what New Zealand's own treaty steps are, and what an ISA does and does not commit a government to share.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/03-information-security.ipynb`; both are generated from
# > `notebooks/src/03-information-security.py` by `make notebooks`.
# >
# > Timing: about 110 minutes for a learner alone (reading about 25, running
# > and reading the 37 code cells about 30, nine exercises about 45, the
# > discussion 10); in class, demonstrate the reading parts and give the
# > time to the exercises (3.1–3.2 are warm-ups of a
# > few minutes each; 3.5–3.6 are the stretch; 3.8 and 3.9 are judgements:
# > ask for the letter *and* the reason before anyone runs `check`).
# > The agreement matrix comes *after* the exercises on purpose: it shows who
# > has which agreement, so students use it to check their answers.
# > Two points to stress: (1) "it does not oblige anyone to share and is not
# > an alliance" is the *course's reading* of the article and the [glossary](../docs/glossary.md),
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

helpers.start("03")  # common slips get a plain explanation instead of a long error

article = helpers.load_seeds()[0]
agreements = helpers.load_agreements()
print("Seed date:", helpers.SEED_DATE.date())

# %% [markdown]
# **Start over:** `helpers.start_over("03")` in a new cell gives you a fresh copy of
# this notebook and keeps yours as `03-information-security.old-1.ipynb`; then choose
# **File → Reload Notebook from Disk**.

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
# | "classified information exchanged between them" | it covers information one government has marked secret (**classified**, see the [glossary](../docs/glossary.md)) and passes to the other |
# | "in line with their respective national laws and regulations" | each side protects it under **its own** laws; the agreement does not replace them |
# | "requires protection in the interests of national security" | which information: what needs protecting for national security |
#
# Notice the attribution: the sentence ends "Japan said", and only its last
# words are in quotation marks. The rest is the reporter's summary. Japan's
# Ministry of Foreign Affairs (MOFA) press release of 19 December 2025, the
# primary source, uses the same phrase, "requires protection in the
# interests of national security"
# (<https://www.mofa.go.jp/press/release/pressite_000001_01940.html>).

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
# (or the Japanese name the [glossary](../docs/glossary.md) gives, 情報保護協定, *jōhō hogo kyōtei*)
# when you look for the official text; search for "Information Security
# Agreement" when you look for news.

# %% [markdown]
# ## Does an ISA make either side share anything?
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
# reading to test, not a fact. The [glossary's](../docs/glossary.md) entry *Information Security
# Agreement* says the same, and the treaty's full text, which is not part of
# the course data, is where you would check it.

# %% [markdown]
# ## GSOMIA is a name for the same kind of agreement
#
# Japan's information agreements do not all carry the same name. Keep the ISA
# rows of `agreements` in a table of their own, `isa`, and look for the ones
# called **GSOMIA**:

# %%
isa = agreements[agreements["kind"] == "ISA"]
isa.loc[isa["title"].str.contains("GSOMIA"), ["partner", "title", "signed", "confidence"]]

# %%
for note in isa.loc[isa["title"].str.contains("GSOMIA"), "notes"]:
    print(note)

# %% [markdown]
# GSOMIA stands for *General Security of Military Information Agreement*
# (軍事情報包括保護協定 in Japanese, as the [glossary](../docs/glossary.md) gives it). The name says
# "military information"; New Zealand's title says "information". The course
# counts both GSOMIAs among Japan's ISAs, as MOFA does: MOFA's list of Japan's
# information-protection partners, on its page about the Japan–Ukraine
# agreement, includes the United States and South Korea
# (<https://www.mofa.go.jp/mofaj/erp/c_see/ua/pageit_000001_00013.html>, in
# Japanese). The South Korean row's confidence is `medium`: its date comes
# from a news report.
#
# ## Exercises: counting ISA partners
#
# **Exercise 3.1** (★☆☆) With how many different partners had Japan signed an
# ISA by 19 December 2025, the seed's date? Answer with a number computed from
# `isa`, not typed in. (As in notebook 02: keep the rows whose `signed_end` is
# on or before `helpers.SEED_DATE`, then count the different names with
# `.nunique()`.)

# %%
answer_3_1 = isa.loc[isa["signed_end"] <= helpers.SEED_DATE, "partner"].nunique()  # SOLUTION
check("3.1", answer_3_1)

# %% [markdown]
# For the next exercise you need a second table, `places`: one place for
# Japan and for each partner, used for maps and distances. Printed whole it is
# wider than the screen, and pandas hides the middle columns behind `…`
# (`role` among them). Pick the columns you need with a list of names in
# double brackets:

# %%
places = helpers.load_places()
places[["place", "partner", "role"]].head(3)

# %% [markdown]
# The `role` column says what each place is for its partner. It has three
# different values:

# %%
places["role"].value_counts()

# %% [markdown]
# **Exercise 3.2** (★☆☆) One of Japan's ISA partners is not a country, and
# `places` shows it: its place is neither a capital nor a seat of government.
# Which partner is it? Answer with its name as text, as the `partner` column
# writes it. Pick it out of `places` with a condition on `role`; `.item()`
# takes the single value out of a one-row result.

# %%
answer_3_2 = places.loc[places["role"] == "organisation seat", "partner"].item()  # SOLUTION
check("3.2", answer_3_2)

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
#   certain. Each row's `source` column holds its web addresses.

# %% [markdown]
# ## Japan added ISA partners steadily from 2007
#
# The chart counts Japan's partners for each kind of agreement, each partner
# counted once per kind, by the date it first signed. Look at the ISA line
# (orange, dashed, with square markers).

# %%
helpers.partners_over_time(as_of="2025-12-19")
plt.show()

# %% [markdown]
# The ISA line starts with the United States in 2007, rises in small steps
# (the last ones in 2024–2025: Ukraine, Canada, New Zealand) and from 2011 on
# stays above the ACSA line: Japan has had more ISA partners than ACSA
# partners ever since. Source: the course dataset `agreements.csv`
# ([`SOURCES.md`](../helpers/data/SOURCES.md)). The same chart in words:

# %%
print(textwrap.fill(helpers.describe_partners_over_time(as_of="2025-12-19"), width=80))

# %% [markdown]
# The title's "partnerships" are **pairs of a partner and a kind of
# agreement**: the United States, with an ACSA and an ISA, counts twice. So
# the title's total is larger than the number of different partners, which is
# what the agreement matrix at the end of this notebook counts. Both counts,
# for the agreements signed by the seed's date (`.drop_duplicates()` keeps
# each partner-and-kind pair once):

# %%
signed_by_seed = agreements[agreements["signed_end"] <= helpers.SEED_DATE]
print("Partner-and-kind pairs:", len(signed_by_seed[["partner", "kind"]].drop_duplicates()))
print("Different partners:    ", signed_by_seed["partner"].nunique())

# %% [markdown]
# ## "Unknown" is not "no": two ISAs whose entry into force is not verified
#
# Signing is not the end of the story: an agreement binds only once it
# **enters into force** ([glossary](../docs/glossary.md)). The `status` column says where each ISA
# stood on the seed's date:

# %%
isa["status"].value_counts()

# %% [markdown]
# Three different words, three different meanings ([`SOURCES.md`](../helpers/data/SOURCES.md)
# defines them):
#
# - **in force**: a source dates its entry into force on or before 2025-12-19;
# - **pending**: known *not* to be in force that day (New Zealand's was signed
#   that very day);
# - **unverified**: signed, but the course found no source for its entry into
#   force. It may well be in force; we just cannot show it.
#
# `.itertuples()` gives one row at a time, with the columns as
# names after a dot:

# %%
for row in isa[isa["status"] == "unverified"].itertuples():
    print(f"{row.partner}: signed {row.signed}, in force: {row.in_force}. {row.notes}")

# %% [markdown]
# The data stores `unknown` rather than a guess. For Canada, for example, a
# later Japanese report says MOFA announced on "the 16th" that the agreement
# took effect that day; it calls the minister who signed in July 2025 the
# foreign minister "at the time", so it was written after he left office in
# October 2025, but it gives no month (a copy on a site that reproduces news
# reports, low to medium: <https://www.fujipost.com/international/39242.html>).
# So `in_force` stays `unknown` ([`SOURCES.md`](../helpers/data/SOURCES.md)).
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
# "2015-12", some day in December 2015 (MOFA's list gives only the month). On
# 20 December 2015, was it in force?

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
# That is why `signed_by_seed`, made above, keeps only the agreements known to
# be signed by the seed's date. It compares with `signed_end`, the last day of
# the signing date's period, because a partial date such as `2013-07` is only
# "known to have happened by" its end. From it, one set of partners per kind:

# %%
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
# ## Exercises: who has which agreement
#
# Use `signed_by_seed`, `isa_partners` and the set operators above. For the
# ACSA partners, make a set `acsa_partners` the way `isa_partners` was made.
#
# **Exercise 3.3** (★★☆) Which partners had signed both an ACSA and an ISA with
# Japan by 2025-12-19? Answer with a set (or list) of partner names.

# %%
# First make the set acsa_partners, the way isa_partners was made above.
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
# ACSA and an ISA in force** on 2025-12-19, the seed's date? Start from `net`,
# made above with `helpers.network_as_of("2025-12-19")`: keep the rows whose
# `state` is `"in force"`, then use the `kind` and `partner` columns to make
# one set per kind. (The `status` column of `agreements` describes the same
# day and would work too; `network_as_of` also works for any other day.)
# Answer with a set (or list) of partner names.

# %%
# BEGIN SOLUTION
in_force_rows = net[net["state"] == "in force"]
acsa_in_force = set(in_force_rows.loc[in_force_rows["kind"] == "ACSA", "partner"])
isa_in_force = set(in_force_rows.loc[in_force_rows["kind"] == "ISA", "partner"])
# END SOLUTION
answer_3_5 = sorted(acsa_in_force & isa_in_force)  # SOLUTION
check("3.5", answer_3_5)

# %% [markdown]
# ## One table of first signing dates answers "which came first?"
#
# Sets say *who* has which kind, not *when*. For dates, group the signed
# agreements by partner and kind, take the earliest `signed_start` of each
# group, and `.unstack()` the kinds into columns: one row per partner, one
# column per kind.

# %%
first = signed_by_seed.groupby(["partner", "kind"])["signed_start"].min().unstack()
first[["ISA", "RAA"]].tail(5)

# %% [markdown]
# **NaT** ("not a time") is how pandas marks a missing date: here, a partner
# that has not signed that kind of agreement. (The United Kingdom's
# `2013-07-01` is the first day of its partial date, July 2013.)
#
# Comparing two columns gives `True` or `False` for every partner, and
# `first.index[...]` keeps the partners where it is `True`. Which partners
# signed their RAA after their ISA?

# %%
sorted(first.index[first["RAA"] > first["ISA"]])

# %% [markdown]
# A comparison with NaT is always `False`, so the Philippines (no ISA) and the
# United States (no RAA) drop out on their own. (`first.dropna(subset=["ISA",
# "RAA"])` would keep only the partners with both dates, if you prefer to say
# so explicitly.)
#
# **Exercise 3.6** (★★★) Among the partners with both an ACSA and an ISA, which
# signed their **first ISA before their first ACSA**? Use `first`. Answer with
# a set (or list) of partner names.

# %%
answer_3_6 = sorted(first.index[first["ISA"] < first["ACSA"]])  # SOLUTION
check("3.6", answer_3_6)

# %% [markdown]
# ## The agreement matrix shows every partner's agreements at once: check your answers
#
# One row per partner, one column per kind of agreement, as of the seed's date.
# Use it to check exercises 3.3 to 3.5.

# %%
helpers.agreement_matrix(as_of="2025-12-19")
plt.show()

# %% [markdown]
# On 2025-12-19 the ISA column was the fullest of the three, and New
# Zealand's two new agreements were signed but not yet in force. Each cell
# says its state in words, so the grid reads without colour: ✓ and a year
# means that partner has had that kind of agreement in force **since** that
# year, counting an earlier agreement that a newer one replaced. The United
# States' ACSA cell says 1996 because its first ACSA took effect that year; the
# ACSA in force today was signed in 2016 and replaced it (see the `supersedes`
# column). "signed" and a year means signed but not in force on 2025-12-19, `*`
# that entry into force is not verified, and – none. Source: the course
# dataset `agreements.csv` ([`SOURCES.md`](../helpers/data/SOURCES.md)). The same grid in words,
# for screen readers:

# %%
print(textwrap.fill(helpers.describe_agreement_matrix(as_of="2025-12-19"), width=80))

# %% [markdown]
# ## When might "pending" end for the ISA, and for the ACSA?
#
# New Zealand's two agreements were signed together and were both "pending"
# on 19 December 2025. Will they enter into force together? Not
# necessarily. In Japan an **ACSA needs the Diet's approval** (the Diet is
# Japan's parliament) before it can take effect; many of Japan's information
# security agreements took effect **on the day they were signed**. The
# course's context table (notebook 04 introduces it) keeps two reports on
# the Diet's part, each with its source:

# %%
ctx = helpers.load_context()
for row in ctx[ctx["id"].isin(["germany-acsa-diet-2024", "philippines-acsa-diet-2026"])].itertuples():
    print(f"{row.date} · {row.who} ({row.kind}, {row.confidence})")
    print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
    print(f'  Quoted: "{row.quote}"')
    print(f"  Source: {row.source.split(' ; ')[0]}")
    print()

# %% [markdown]
# The agreements data can test the pattern. For every agreement whose
# signing and entry into force are both known **to the day**, subtract the
# two dates (a **Timedelta**, as in notebook 02) and keep the number of days:

# %%
to_the_day = (agreements["signed_precision"] == "day") & (agreements["in_force_precision"] == "day")
known = agreements[to_the_day].copy()
known["days_to_force"] = (known["in_force_start"] - known["signed_start"]).dt.days
known.groupby("kind")["days_to_force"].agg(["count", "min", "median", "max"])

# %% [markdown]
# Read the table by kind: compare the shortest wait of each kind, and the
# longest. (Rows dated only to a month or year are left out, because a gap
# to or from a partial date would be a guess.)
#
# **Exercise 3.7** (★★☆) How many of the ISAs in `known` took effect on
# the very day they were signed? Count the rows of `known` whose `kind` is
# `"ISA"` and whose `days_to_force` is 0. Answer with a number.

# %%
answer_3_7 = int(((known["kind"] == "ISA") & (known["days_to_force"] == 0)).sum())  # SOLUTION
check("3.7", answer_3_7)

# %% [markdown]
# **Exercise 3.8** (★★☆, judgement) Both New Zealand agreements were
# "pending" on the seed's date. Which expectation does the evidence support
# best? Answer with one letter, as text.
#
# - **A.** They will enter into force on the same day, because they were
#   signed together.
# - **B.** The ISA may enter into force much sooner than the ACSA: several
#   of Japan's ISAs took effect on signature, while every ACSA in the data
#   waited months, and an ACSA needs the Diet's approval.
# - **C.** The ISA is already in force, because ISAs take effect on
#   signature.
# - **D.** Neither can enter into force until New Zealand's parliament has
#   voted on it.

# %%
answer_3_8 = "B"  # SOLUTION
check("3.8", answer_3_8)

# %% [markdown]
# Every ACSA in that list waited at least five months; the fastest ISAs
# took no time at all. But not every ISA was fast: the table shows which
# waited.

# %%
isa_waits = known[known["kind"] == "ISA"][["partner", "signed", "in_force", "days_to_force"]]
isa_waits.sort_values("days_to_force", ascending=False)

# %% [markdown]
# Italy's ISA waited about two and a half months, and two more that the
# table leaves out (dates known only to the month) waited longer: the
# Australian one about ten months (signed May 2012, in force March 2013) and
# the British one about six. So "ISAs take effect on signature" is too
# strong; "an ISA *can* take effect on signature" is what the data shows.
#
# Why can an ISA be faster in Japan? Three rows of the context table give
# the steps each kind of agreement goes through, in each country:

# %%
steps = ["isa-no-diet-2006", "acsa-sdf-act-2012", "nz-treaty-examination-1998"]
for row in ctx.set_index("id").loc[steps].itertuples():
    print(f"{row.date} · {row.who} ({row.kind}, {row.confidence})")
    print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
    print(f"  Source: {row.source.split(' ; ')[0]}")
    print()

# %% [markdown]
# In Japan the US information agreement was not expected to go to the Diet:
# a US diplomatic cable of December 2006 reports that the Foreign Ministry
# expected the Cabinet to endorse it and that "no Diet approval is
# required" (medium); whether every
# ISA since has skipped the Diet the course's sources do not settle
# (Australia's foreign minister spoke of "parliamentary processes in both
# countries" for the Australian one). An ACSA goes to the Diet and, at least for the first Australian one, also needed a
# change to the Self-Defense Forces Act (MOFA; high). New Zealand has steps
# of its own: by a convention since 1998, a treaty of particular
# significance goes to Parliament with a **National Interest Analysis** and
# a select committee examines it before the government binds the country.
# Whether the Minister of Foreign Affairs treated these two agreements so
# was not found. The partner's side counts too: Australia's ISA waited for
# Australia's own treaty process.
#
# So "pending" *may* end sooner for the New Zealand ISA than for its ACSA;
# that is an expectation from the pattern and the procedures, not a
# forecast with a source. As of 2026-12-07 (`helpers.DATA_AS_OF`) the course
# found no source for the entry into force of either agreement;
# `helpers.still_pending()` lists every agreement in that position, with the
# words "not found as of 2026-12-07" rather than a guess.
#
# ## Why an ISA matters here: New Zealand is in Five Eyes, Japan is not
#
# **Five Eyes** is an intelligence partnership of the United States, the
# United Kingdom, Canada, Australia and New Zealand. Japan is not a member.
# Two rows of the context table, with their sources:

# %%
for row in ctx[ctx["id"].isin(["five-eyes-1956", "isa-talks-2022"])].itertuples():
    print(f"{row.date} · {row.who} ({row.kind}, {row.confidence})")
    print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
    print(f"  Source: {row.source.split(' ; ')[0]}")
    print()

# %% [markdown]
# Japan, outside the Five Eyes (the first row above), had signed
# bilateral ISAs with four of the five members (the United States,
# Australia, the United Kingdom and Canada) before New Zealand; check it in
# the matrix above. The New Zealand ISA completes that set; it does not make
# Japan a member of Five Eyes. Japanese reports describe a rule such
# agreements share:
# information received from the other side may not be passed to a third
# country without prior approval, or used for another purpose (a report on
# the Canada ISA, above; and a 2024 report written ahead of the prime
# ministers' agreement in principle on the New Zealand ISA, a copy, low to
# medium:
# <https://nikkeilive.com/politics/14686.html>).
#
# **Exercise 3.9** (★★★, judgement) Sources describe the ISA differently.
# In 2022 Ardern said it could include information classified up to the
# level of "top secret"; another report of the same trip quoted a
# spokesperson saying the information "would not be intelligence"; Japan's Ministry of Foreign Affairs (the primary source)
# says the agreement sets measures to protect classified information the
# two governments exchange. What does the ISA commit the two governments to
# share? Answer with one letter.
#
# - **A.** Top-secret intelligence: the Prime Minister said so.
# - **B.** Nothing in particular: it sets rules for protecting whatever
#   classified information either side chooses to provide.
# - **C.** Only information that is not intelligence, as the spokesperson
#   said.
# - **D.** Everything the Five Eyes partners share with New Zealand.

# %%
answer_3_9 = "B"  # SOLUTION
check("3.9", answer_3_9)

# %% [markdown]
# The ISA gives the two governments agreed rules for protecting what they
# choose to exchange; it does not say what will be exchanged. So neither
# the Prime Minister's "top secret" nor the spokesperson's "not
# intelligence" is a commitment to share: MOFA's description sets rules,
# not contents.
#
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
# 3. New Zealand shares intelligence with four countries through Five Eyes.
#    What might it gain, and what might it risk, by agreeing rules for
#    classified information with a fifth, outside that partnership?
#
# There is no single right answer; give reasons from the article or the data.

# %% [markdown]
# ## Key points
#
# - The ISA obliges both sides to protect classified information they exchange, each under its own laws, when it "requires protection in the interests of national security" (Japan, via the article and MOFA).
# - In the course's reading it sets rules for sharing; it does not oblige anyone to share, and it is not an alliance.
# - GSOMIA (the US and South Korean agreements) is a name for the same kind of agreement; NATO is an ISA partner but an organisation, not a country.
# - "Unknown" in data is not "no": an unverified entry into force turns a count into a range, and `network_as_of` says `uncertain`.
# - Set operators (`&`, `-`, `|`) answer "who has both, only one, either", and a table of first dates answers "which came first": always for a stated date and for *signed* or *in force*.
# - An ACSA needs the Diet's approval (and, for the first Australian one, a change to the Self-Defense Forces Act); the US ISA was not expected to need the Diet's approval (a 2006 US cable), and some ISAs took effect the day they were signed (NATO, France, South Korea, Germany) while others waited months (Australia, the United Kingdom, Italy). New Zealand examines significant treaties in Parliament, with a National Interest Analysis, before it binds itself. So "pending" may end sooner for New Zealand's ISA than for its ACSA; as of 2026-12-07 no source shows either in force.
# - New Zealand is in Five Eyes and Japan is not: the ISA gives the two governments rules for what they choose to exchange; it commits neither to share anything.
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
# - A news report on the Japan–Canada ISA signing, 8 July 2025:
#   <https://www.nippon.com/en/news/yjj2025070800863/japan-canada-sign-information-security-agreement.html>
# - The Diet and the Germany ACSA (NHK, 29 January 2024, in Japanese):
#   <https://www3.nhk.or.jp/news/html/20240129/k10014339591000.html>
# - Ardern on the planned ISA, information classified up to the level of "top secret" (NZ Herald, April 2022):
#   <https://nzherald.co.nz/nz/politics/jacinda-ardern-and-fumio-kishida-agree-to-enhance-intelligence-partnership-expand-trade-protect-the-pacific/WCIPZPMOLYXVO6545D6UOVAYSU>
# - How the course's agreement data was compiled, with every source and weak spot: [`SOURCES.md`](../helpers/data/SOURCES.md);
#   the terms: the [glossary](../docs/glossary.md) (*Information Security Agreement*, *GSOMIA*, *Entry into force*).
#
# ---
# <!-- course:closing -->
# **Next:** [04 The regional context →](04-regional-context.ipynb)
# <!-- /course:closing -->
