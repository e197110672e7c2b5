# %% [markdown]
# # 05 · Capstone: an analyst's briefing from the data, and the tools on a new article
#
# <!-- course:opening -->
# **You are here:** [← 04 The regional context](04-regional-context.ipynb) | 05 Capstone | [back to the course map: 00 Start here →](00-start-here.ipynb)
#
# **Time:** about 200 minutes for a learner who knows variables, lists and a loop: reading about 35, running the cells about 40, the exercises about 55, writing the briefing about 55, the discussion about 15; in class, set the briefing as homework.
# <!-- /course:opening -->
#
# The course [glossary](../docs/glossary.md) explains the terms this
# notebook uses, such as *briefing*, *as of*
# and *superseded*;
# every row of the course's data has its source in
# [`SOURCES.md`](../helpers/data/SOURCES.md).
#
# **Questions this notebook answers**
# - Which of Japan's partners had which kind of agreement on the day of the article, and since when?
# - How do I turn that into a chart and a one-page briefing, with its sources and its uncertainties, that says only what the data supports?
# - What happened after the article, and what do the sources not show yet?
# - Which of the words the article quotes are the Foreign Ministry's own, and how do I check?
# - Do the course's tools work on an article they have never seen, or on one I write myself?
# - What happens when an article is not in the right format?
#
# **By the end you will be able to**
# - build a one-row-per-partner table from `helpers.network_as_of()` with pandas `pivot_table`, for numbers and for words;
# - draw a chart of your own in the course's style: a title that states a finding, labelled axes, a source line, and shapes and fills as well as colours;
# - write a one-page analyst's briefing in which every number comes from the data and every claim names its source and its certainty;
# - say what happened after the article "as of" a stated date, and write "not found as of" where the sources are silent;
# - compare the report with its primary source, and test with Python which quotations are the source's words exactly;
# - run `load_article`, `quotes_frame` and `quotes_per_speaker` on another article, and `python -m helpers summary` from a terminal;
# - read a format error and find the line it points at.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions, a model chart title and a model
# > briefing are filled in. The student version is
# > `notebooks/05-capstone.ipynb`; both are generated from
# > `notebooks/src/05-capstone.py` by `make notebooks`.
# >
# > Suggested timing (about 150 minutes for a learner alone; in class, set
# > the one-page briefing as homework): Part 1 up to the learner's own chart,
# > 35 minutes; context, what happened next and exercises 5.2–5.4, 20
# > minutes; writing the briefing, 40 minutes; Part 2 (the report beside
# > the release, 5.9 and 5.10, 15 minutes; the optional drills on made-up articles,
# > 5.5–5.7, and the terminal, 30) 45 minutes; exercise 5.8 and the discussion 20
# > minutes. The own chart and the briefing have no checker: read a few
# > briefings aloud and ask the class to point at the output or the source
# > each claim came from. For 5.3 and 5.4, ask for the letter and the reason
# > before anyone runs `check`. Learners who finish early can change
# > `my_text` (Part 2) to test the tools on harder sentences, or draw the
# > chart for `network_as_of("2026-02-01")`.

# %%
# Setup: run this cell first.
import os
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt

import helpers
from helpers import check

helpers.start("05")  # common slips get a plain explanation instead of a long error
from helpers.charts import OKABE_ITO, SOURCE_AGREEMENTS

print("helpers loaded: the course is ready.")

# %% [markdown]
# **Start over:** `helpers.start_over("05")` in a new cell gives you a fresh copy of
# this notebook and keeps yours as `05-capstone.old-1.ipynb`; then choose
# **File → Reload Notebook from Disk**.

# %% [markdown]
# This notebook has two parts. **Part 1** brings together the news side of
# the course (notebooks 02–04): from the agreements data and the context
# table you build a table, draw a chart and write a one-page analyst's
# briefing about the agreements of 19 December 2025 and what followed.
# **Part 2** brings back notebook 01: the article is set beside the Foreign
# Ministry release it cites, and Python checks which quoted words are the
# release's own; optional drills then run the tools on made-up articles, on
# one you write, and on one that is broken.

# %% [markdown]
# ## Part 1 · A briefing built from the data
#
# A policy analyst's product is a **briefing**: one page that tells a busy
# reader what happened, where it sits, what it does not do, what is
# uncertain and what to watch, each claim with its source. Part 1 builds
# one from the course's data. The agreements data hold one row per signed
# agreement; a reader wants the opposite view, one line per partner. The
# next sections build that view as a table and a chart, add the context and
# what happened next, and end with your briefing.
#
# ## One row per partner turns the agreements list into a briefing table
#
# `helpers.network_as_of()` lists every agreement Japan had signed by a given
# day (by default the article's date) with its **state** on that day:
# `in force`, `signed, not in force`, `uncertain` (entry into force not
# verified) or `superseded` (replaced by a newer agreement of the same kind).
# Count the states first:

# %%
net = helpers.network_as_of()
partners = net["partner"].nunique()
print(f"As of {helpers.SEED_DATE:%Y-%m-%d}: {len(net)} agreements signed, with {partners} partners")
net["state"].value_counts()

# %% [markdown]
# A superseded agreement no longer counts. The `reason` column says what
# replaced it:

# %%
net.loc[net["state"] == "superseded", ["id", "signed", "reason"]]

# %% [markdown]
# The United States' first ACSA (1996) and its two amendments were replaced
# by the ACSA of 2016, and Australia's first ACSA (2010) by the one of 2017.
# The second replacement is the course's reading, not a certainty: Japan's
# Ministry of Foreign Affairs calls the 2017 agreement the "new" ACSA, but
# no source the course read says in so many words that the 2010 agreement
# ended ([`SOURCES.md`](../helpers/data/SOURCES.md)). Each row of the agreements data names
# its source; here are the sources of the two newer agreements:

# %%
agreements = helpers.load_agreements()
for row in agreements[agreements["supersedes"].notna()].itertuples():
    print(f"{row.id} replaced {row.supersedes}. Source: {row.source}")

# %% [markdown]
# We keep the other rows and add the year each agreement was signed (the
# first four characters of `signed`; some dates in the data are only a month
# or a year, and the year is always known).

# %%
current = net[net["state"] != "superseded"].copy()
current["year"] = current["signed"].str[:4].astype(int)
current[["partner", "kind", "signed", "year", "state"]].tail(4)

# %% [markdown]
# Now the pandas step that makes a briefing table. `pivot_table` turns the
# long list (one row per agreement) into a wide table: one row per partner
# (`index`), one column per kind of agreement (`columns`), and in each cell
# the year it was signed (`values`). If several rows met in one cell,
# `aggfunc="min"` would keep the earliest year; here each cell has at most
# one. An empty cell (`<NA>`) means that the partner has no agreement of
# that kind.

# %%
years = current.pivot_table(index="partner", columns="kind", values="year", aggfunc="min").astype("Int64")
years

# %% [markdown]
# Read it row by row: New Zealand has an ACSA and an ISA, both signed in
# 2025, and no RAA; the United States' ISA is its GSOMIA of 2007. The table
# shows *when* each agreement was signed, not whether it was in force: for
# that, look at the `state` column of `current` (exercise 5.8 at the end
# builds that table).
#
# ## Empty cells can be tested and counted, row by row
#
# Which partners have *both* an ACSA and an ISA? `.notna()` turns each cell
# into `True` (filled) or `False` (empty):

# %%
filled = years[["ACSA", "ISA"]].notna()
filled.head(3)

# %% [markdown]
# `.all(axis=1)` asks, for each row (`axis=1` means "across the columns of
# a row"), whether every cell is `True`; `.sum()` counts the `True`s, since
# `True` counts as 1. `.dropna()` finds the same rows another way: it drops
# every row that has an empty cell.

# %%
both = filled.all(axis=1)
print("Partners with an ACSA and an ISA:", both.sum())
print(textwrap.fill(", ".join(years[["ACSA", "ISA"]].dropna().index), 80))

# %% [markdown]
# **Exercise 5.1** (★☆☆) How many partners had signed all three kinds of
# agreement (ACSA, ISA and RAA) with Japan by 19 December 2025? Answer with a
# number computed from `years`, not typed in.

# %%
answer_5_1 = int(years.notna().all(axis=1).sum())  # SOLUTION
check("5.1", answer_5_1)

# %% [markdown]
# ## A chart of your own: shape for the kind, fill for the state
#
# The course's charts follow a few rules, and a chart you make yourself
# should too:
#
# 1. the **title states the finding**, computed from the data, not just the topic;
# 2. both **axes are labelled**, with units;
# 3. a **source line** says where the data come from;
# 4. **colour never carries meaning alone**: here the kind of agreement is a
#    marker *shape* as well as a colour, and the state is the *fill*: full
#    for in force, empty for signed but not yet in force, half for not
#    verified; so the chart still reads when printed in black and white;
# 5. the colours are the Okabe–Ito palette (`OKABE_ITO`, from
#    `helpers.charts`), which people with the common kinds of colour
#    blindness can tell apart.
#
# First the finding for the title: which partner is the newest, counting
# every agreement ever signed, replaced ones included?

# %%
first_ever = net.groupby("partner")["signed"].min().sort_values()  # each partner's first agreement
newest = first_ever.index[-1]
print(f"{len(first_ever)} partners; the newest, {newest}, signed its first agreement on {first_ever[newest]}")

# %% [markdown]
# Then the style, one dictionary per rule: the key is a kind of agreement
# (or a state), the value how to draw it.

# %%
SHAPE = {"ACSA": "o", "ISA": "s", "RAA": "^"}  # circle, square, triangle
COLOUR = {"ACSA": OKABE_ITO["blue"], "ISA": OKABE_ITO["orange"], "RAA": OKABE_ITO["bluish green"]}
FILL = {"in force": "full", "signed, not in force": "none", "uncertain": "bottom"}  # "bottom": half
# An ACSA sits a little above its partner's line and an ISA a little below,
# so that two agreements signed in the same year do not hide each other.
NUDGE = {"ACSA": -0.15, "ISA": 0.15, "RAA": 0.0}

# %% [markdown]
# The drawing is a function, `draw(rows, title)`, so that you can call it
# again with other rows and another title. It puts one marker per agreement
# at the year it was signed, on its partner's line.


# %%
def draw(rows, title):
    # One line per partner, the partner with the earliest agreement in `rows` at the top
    order = list(rows.groupby("partner")["signed"].min().sort_values().index)
    line_of = {partner: number for number, partner in enumerate(order)}

    fig, ax = plt.subplots(figsize=(8, 5.5), layout="constrained")
    for (kind, state), group in rows.groupby(["kind", "state"]):  # one group per kind and state
        x, y = group["year"], group["partner"].map(line_of) + (NUDGE[kind] if rows["kind"].nunique() > 1 else 0)
        # SHAPE[kind] with no line style draws markers only; ms is the marker size
        ax.plot(x, y, SHAPE[kind], color=COLOUR[kind], fillstyle=FILL[state], ms=9, label=f"{kind}: {state}")
    ax.set_yticks(range(len(order)), order)
    ax.invert_yaxis()  # line 0 at the top
    ax.set_xticks(range(2005, 2030, 5))  # whole years only
    ax.grid(color="#e6e6e6")  # a light line for every partner and every tick year
    ax.set_axisbelow(True)  # grid lines behind the markers
    ax.set_xlabel("Year the agreement was signed")
    ax.set_ylabel("Partner (earliest agreement drawn at the top)")
    ax.legend(loc="lower left", fontsize=8)
    ax.set_title(textwrap.fill(title, 70), loc="left", fontsize=12, fontweight="bold")
    fig.text(0.01, 0, textwrap.fill(SOURCE_AGREEMENTS, 110), fontsize=8, va="top")
    return ax


# %% [markdown]
# Now one call draws every current agreement, with a title built from the
# finding above:

# %%
title = f"{newest} is the newest of Japan's {len(first_ever)} agreement partners: it signed its first agreement on {first_ever[newest]}"
draw(current, title)
plt.show()

# %% [markdown]
# The chart shows Japan's current agreements on 19 December 2025: the
# oldest are ISAs, every current ACSA and RAA was signed in 2016 or later,
# and New Zealand's two empty markers, with the Netherlands' one from the
# day before, sit in the bottom right corner. Source: the course dataset
# `agreements.csv`. The `years` table above holds the same years as text,
# for a screen reader.
#
# Replaced agreements are not drawn, and the rows follow each partner's
# earliest agreement *drawn*: the United States is at the top because of its
# 2007 ISA, although its first ACSA, replaced in 2016, dates from 1996.
#
# The two half-filled squares mark an uncertainty: the course could not
# verify when the Ukraine and Canada ISAs entered into force, so the data
# do not call them in force. The rows, with their sources:

# %%
for row in agreements[agreements["in_force"] == "unknown"].itertuples():
    print(f"{row.partner} {row.kind}, signed {row.signed} ({row.confidence} confidence). {row.notes}")
    print(f"    Source: {row.source}")

# %% [markdown]
# ## Your turn: a chart whose title states your finding
#
# The cell below draws only the ISAs (`my_rows`), under a placeholder title.
#
# 1. Run it as it is, and look at the chart.
# 2. Choose one finding that it shows: for instance, how many partners had
#    signed an ISA by 19 December 2025, or when the oldest one still current
#    was signed.
# 3. Where the cell says `# your code here`, compute the numbers of your
#    finding from `my_rows` (for example `my_rows["partner"].nunique()` or
#    `my_rows["year"].min()`) and set `my_title` to an f-string that holds
#    them, as the `title` above does.
# 4. Run the cell again. Does your title pass rule 1?
#
# If you have time, change `my_rows` too: only the agreements in force
# (`current[current["state"] == "in force"]`), or only those signed since
# 2020 (`current[current["year"] >= 2020]`). There is no checker: show your
# chart to a neighbour and point at the output each number came from.

# %%
my_rows = current[current["kind"] == "ISA"]  # ▶ the agreements to draw
my_title = "My finding: replace this text with what the chart shows"  # ▶ your title
# BEGIN SOLUTION
oldest = my_rows.sort_values("signed").iloc[0]
my_title = (
    f"{my_rows['partner'].nunique()} partners had signed an ISA with Japan by 2025-12-19; "
    f"the oldest still current dates from {oldest['year']} ({oldest['partner']})"
)
# END SOLUTION
draw(my_rows, my_title)
plt.show()

# %% [markdown]
# ## Before you write: check how sure each fact is
#
# Every row of the agreements data has a `confidence`: `high` for an
# official page (a ministry, a government), `medium` for a news report or a
# site that copies an official text, and `low` for a fact not verified or
# known only from a copy whose original page or outlet was not found (no
# agreements row is `low`; three rows of the context table are). A careful
# briefing says so when it leans on a medium or low row.

# %%
agreements.loc[agreements["confidence"] != "high", ["id", "signed", "in_force", "confidence"]]

# %% [markdown]
# Here are the numbers a briefing about New Zealand might use, all computed
# from the data:

# %%
acsa_first = net[net["kind"] == "ACSA"].groupby("partner")["signed"].min().sort_values()
nz_place = list(acsa_first.index).index("New Zealand") + 1
acsa_in_force = current.loc[(current["kind"] == "ACSA") & (current["state"] == "in force"), "partner"]
nz = current[current["partner"] == "New Zealand"]
print(f"Partners with at least one agreement signed: {net['partner'].nunique()}")
print(f"New Zealand among ACSA partners, by signing date: {nz_place} of {len(acsa_first)}")
print(f"Partners whose ACSA was in force on {helpers.SEED_DATE:%Y-%m-%d}: {acsa_in_force.nunique()}")
print("New Zealand's agreements:")
print(nz[["kind", "signed", "in_force", "state"]].to_string(index=False))

# %% [markdown]
# One number is disputed: eight, nine or ten ACSA partners. Notebook 02
# ("Eight, nine or ten?") tells the whole story and the two readings of the
# Jiji report's "eight"; here you only decide which count a briefing should
# use (exercise 5.4).
#
# ## The context a reader needs: from the context table
#
# A briefing places the news in its setting. The course's context table
# (notebook 04) holds sourced claims; a briefing picks a few and says where
# each comes from. Here are the rows an analyst might use, with their
# sources:

# %%
ctx = helpers.load_context()
picked = [
    "us-japan-treaty-1960",
    "five-eyes-1956",
    "aukus-peters-2024",
    "collins-japan-times-2025",
    "yomiuri-preview-2025",
]
for row in ctx.set_index("id").loc[picked].itertuples():
    print(f"{row.date} · {row.who} ({row.kind}, {row.confidence})")
    print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
    print(f"  Source: {row.source.split(' ; ')[0]}")
    print()

# %% [markdown]
# ## What happened next
#
# The article is of 19 December 2025; this course is used later. Every row
# of its data is true **as of** a stated day, `helpers.DATA_AS_OF`, the day
# its sources were last searched. `helpers.what_happened_next()` gives the
# sourced events after the article's date:

# %%
print("Data as of", helpers.DATA_AS_OF.date())
for row in helpers.what_happened_next().itertuples():
    print(f"{row.date} · {row.who} ({row.confidence})")
    print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
    print(f"  Source: {row.source.split(' ; ')[0]}")
    print()

# %% [markdown]
# In short, with the sources above: Japan signed its 11th ACSA, with the
# Philippines, on 15 January 2026, and that one too waits for the Diet;
# Judith Collins, who signed both agreements for New Zealand, announced on
# 28 January 2026 that she would leave politics to head the Law Commission
# from mid-2026; on 21 January Luxon set New Zealand's election for
# 7 November 2026. In Japan the lower house was dissolved on 23 January and
# the election of 8 February gave the ruling party more than two-thirds of
# the seats: it is this new Diet that must approve the New Zealand ACSA.
# Japan and Canada signed an equipment transfer agreement on 27 January, and
# by 6 March 2026 their ISA, signed in July 2025, was in force: within about
# eight months (the day was not found).
#
# What the sources do **not** show is just as important. No source found by
# the course says that the New Zealand agreements have entered into force.
# `helpers.still_pending()` says so row by row, instead of guessing:

# %%
helpers.still_pending()[["id", "signed", "in_force", "finding"]]

# %% [markdown]
# Nor did the course find who succeeded Collins as Minister of Defence, or
# the result of the 2026 election. "Not found as of 2026-12-07" is a finding
# a briefing can state; "not in force" would be a claim the evidence does
# not support. It is also weak evidence: the stored sources the course
# searched thin out after late January 2026 (of the context rows, only one
# is dated later, the 2026 election day, and that date was reported in
# January 2026), so an entry into
# force reported in, say, mid-2026 could simply be missing from them. When a teacher adds a newer row (`docs/updating.md`), these
# cells change on their own.
#
# **Exercise 5.2** (★☆☆) How many days after the article's date did Japan
# sign its ACSA with the Philippines? Take the date from `ctx` (the row
# `philippines-acsa-2026`, column `date_start`) and subtract
# `helpers.SEED_DATE`. Answer with a whole number of days.

# %%
# BEGIN SOLUTION
philippines = ctx.set_index("id").loc["philippines-acsa-2026"]
# END SOLUTION
answer_5_2 = (philippines["date_start"] - helpers.SEED_DATE).days  # SOLUTION
check("5.2", answer_5_2)

# %% [markdown]
# ## Two judgements before you write
#
# **Exercise 5.3** (★★☆, judgement) It is December 2026. Which sentence
# about the New Zealand agreements belongs in the briefing? Answer with one
# letter, as text.
#
# - **A.** "The agreements are now in force."
# - **B.** "The agreements are still not in force."
# - **C.** "As of 7 December 2026 no source found shows either agreement in
#   force. The ISA may come first: Japan's ACSAs have needed the Diet's
#   approval, while several ISAs took effect on signature (others waited
#   months); New Zealand's own treaty steps for
#   these two agreements were not found."
# - **D.** "The agreements will enter into force in 2026."

# %%
answer_5_3 = "C"  # SOLUTION
check("5.3", answer_5_3)

# %% [markdown]
# **Exercise 5.4** (★★☆, judgement) Sources give New Zealand's place among
# Japan's ACSA partners as ninth and tenth, and a Jiji report counts eight
# ACSAs. Which should the briefing use? Answer with one letter.
#
# - **A.** Ninth, as the Yomiuri reported on 1 December 2025: it was right
#   when it was written, so it is a fair count to quote.
# - **B.** Eight, as a Japanese copy of the Jiji report says: the
#   original-language text, not a translation, settles it.
# - **C.** Tenth by signing date, saying so: counted from the dated rows of
#   the data, and consistent with the later reports that called the
#   Philippines the 11th.
# - **D.** None: leave the count out, since the sources disagree.

# %%
answer_5_4 = "C"  # SOLUTION
check("5.4", answer_5_4)

# %% [markdown]
# The data put New Zealand **10th** among Japan's ACSA partners by signing
# date, and the dated rows and the later reports agree on ten signatories. The
# Yomiuri's "ninth" was right on 1 December and overtaken by the Dutch
# signature on 18 December. The Jiji report's "eight" fits two counts (see
# notebook 02), so it cannot be the briefing's count without saying which.
# A briefing names its count: "the 10th partner to sign; eight of Japan's
# ACSAs were in force".

# %% [markdown]
# ## Where the new agreements sit: the map for your briefing
#
# The map of notebook 04, on the article's day: each partner at its capital
# (NATO at its seat), a marker for each kind of agreement (shape and colour
# for the kind, fill for the state) and a great circle from Tokyo, solid
# where an agreement was in force and dashed where none was yet. A briefing
# can use it for "where": read distances from the text below, not from the
# flat map.

# %%
helpers.partner_map(as_of="2025-12-19")
plt.show()

# %%
print(textwrap.fill(helpers.describe_partner_map(as_of="2025-12-19"), 80))

# %% [markdown]
# ## Your briefing: one page, every fact with its source and its certainty
#
# A briefing is for a busy reader, such as a minister's adviser: one page,
# in the order the reader needs. Write it in the cell below, in your own
# words; quote only with quotation marks and say who said it. Every number
# must come from an output above, and every claim must name its source (a
# row of the data, or a page) and, where it is not certain, say so.
#
# 1. **Bottom line** (one or two sentences): what happened, and why it
#    matters.
# 2. **What was signed**: the agreements, the date, who signed, their state.
# 3. **Where it sits**: New Zealand among Japan's partners (the table or your
#    chart), and the alliances and groupings around it.
# 4. **What it does not do**: no alliance, no obligation to share, no RAA.
# 5. **Uncertainties**: where sources disagree, what is medium confidence,
#    what is unverified.
# 6. **What happened next, and what to watch**: as of the data's date.
# 7. **Sources**: the pages you relied on.

# %% [markdown] tags=["student"]
# *Double-click this cell, replace the brackets with your own words, then press Shift + Enter.*
#
# > **Briefing: Japan–New Zealand security agreements (as of [date])**
# >
# > **Bottom line.** [One or two sentences.]
# >
# > **What was signed.** [Agreements, date, place, who signed, state on that day.]
# >
# > **Where it sits.** [New Zealand among Japan's partners; the alliances and groupings around it.]
# >
# > **What it does not do.** [...]
# >
# > **Uncertainties.** [Disputed, medium-confidence or unverified facts, and how you handled them.]
# >
# > **What happened next, and what to watch.** [...]
# >
# > **Sources.** [The pages or data rows behind each section.]

# %% [markdown]
# **When you have written yours** (not before), open the model briefing and
# the self-check rubric, [`docs/model-briefing.md`](../docs/model-briefing.md),
# and mark your own briefing against the rubric. The model is one good
# answer, not the only one. When your teacher asks for it, hand the notebook
# in: save it (**File → Save Notebook**), then run
# `helpers.hand_in(notebook="05")` in a new cell.

# %% [markdown]
# ## Part 2 · The report and its source, then other articles
#
# Part 1 used the agreements data. Part 2 goes back to text: the article
# beside the source it cites, Japan's Foreign Ministry release of the same
# day, with the release as the evidence. Then, if you have time, optional
# drills: the same tools on made-up articles.
#
# ## A report keeps, cuts, reorders and frames its source
#
# The course ships the first part of the Foreign Ministry's English release
# (its title, opening paragraph and items 1 and 2; the stored copy breaks
# off at item 3), under the licence MOFA applies to its website, the Public
# Data License 1.0. The file's first lines say where it comes from, under
# which licence, and how the course excerpted it:

# %%
from helpers.resources import data_file

release_text = data_file("sources/mofa-2025-12-19-signing.txt").read_text(encoding="utf-8")
header, release = release_text.split("\n----\n", 1)
print(textwrap.fill(header.splitlines()[0], 80))
print()
for block in release.strip().split("\n\n"):
    print(textwrap.fill(block, 80), end="\n\n")

# %% [markdown]
# And the article's paragraphs that report the release (1 to 3, and 6 on
# the ISA; paragraphs 4, 5 and 7 quote Collins and Peters from a New
# Zealand statement):

# %%
seed = helpers.load_seeds()[0]
for number in (1, 2, 3, 6):
    print(f"[{number}]", textwrap.fill(seed.paragraph(number).text, 76), end="\n\n")

# %% [markdown]
# Read the two side by side and note four kinds of change:
#
# - **Kept.** The three purposes of the ACSA, in short quotations. Look
#   closely: the release says the agreement "will facilitate the smooth and
#   prompt provision"; the article quotes "facilitating the smooth and prompt
#   provision". A quotation in a report can be reshaped to fit its sentence.
# - **Cut.** The official titles, the time (11:40 a.m.), the phrase
#   "settlement procedures", and the ISA's purpose of "further beneficial
#   information exchanges".
# - **Reordered and added.** The article puts Collins's examples (refuelling
#   with HMNZS Aotearoa) before the ISA, and quotes Peters: both come from a
#   New Zealand statement that the course did not find in its stored pages.
# - **Framed.** "To deepen bilateral security ties amid regional
#   challenges" is the reporter's framing: the part of the release shipped
#   here (items 1 and 2) names no challenge. Item 3, on the ministers'
#   meeting, is not in the stored copy, so the course cannot say what the
#   whole release names.
#
# None of this makes the report wrong. It tells you what to check before you
# quote a report as if it were the government's words: quote the source, or
# say "as reported by".
#
# ## Quotation marks promise the source's words: let Python check them
#
# Reading side by side finds the big changes; a search finds the small ones.
# Python's `in` says whether one text occurs, exactly, inside another. Two
# phrases from the article's lead, searched for in the release as stored:

# %%
print('"11:40 a.m." in release:', "11:40 a.m." in release)
print('"regional challenges" in release:', "regional challenges" in release)

# %% [markdown]
# The article's quotations are rows of `helpers.quotes_frame(seed)`. Their
# `text` keeps the reporter's punctuation inside the marks, such as the comma
# at the end of quotation 6, and the release may go on with something else
# there. `.strip(" ,.'")` removes spaces, commas, full stops and single marks
# at both ends of a text, and only there:

# %%
quotes = helpers.quotes_frame(seed)
quote_6 = quotes.loc[quotes["number"] == 6, "text"].item()
print(repr(quote_6))
print("In the release as the article has it:", quote_6 in release)
print("Without the reporter's punctuation:  ", quote_6.strip(" ,.'") in release)

# %% [markdown]
# **Exercise 5.9** (★★☆) Which of the article's quotations appear word for
# word in the release as the course stores it (`release`)? Test every row of
# `quotes`: its `text`, stripped as above, searched for with `in`. Answer
# with a list of quotation numbers (the `number` column), in any order,
# computed with a loop rather than typed in. (`zip(quotes["number"],
# quotes["text"])` gives each row's number and text together.)

# %%
# BEGIN SOLUTION
in_release = []
for number, text in zip(quotes["number"], quotes["text"]):
    if text.strip(" ,.'") in release:
        in_release.append(number)
# END SOLUTION
answer_5_9 = in_release  # SOLUTION
check("5.9", answer_5_9)

# %% [markdown]
# Read what the search found, and what it could not: a quotation the
# search misses may be reshaped (quotation 1), or come from a part of the
# release the course's copy leaves out (its item 3, the ministers' meeting),
# or from another source altogether (Collins and Peters). "Not found in the
# excerpt" is a finding about the excerpt; before you write "the Ministry
# never said it", read the whole release at its address above.
#
# **Exercise 5.10** (★★☆, judgement) Which of these does the article give
# that the release, as the course stores it, does not? Search `release` for
# each before you answer. Give every letter that applies, as a list such as
# `["A", "C"]`.
#
# - **A.** That the ACSA concerns the reciprocal provision of supplies and services.
# - **B.** Examples of its use: refuelling at sea with HMNZS Aotearoa, food or
#   medical supplies in disaster relief.
# - **C.** The names and offices of the two ministers who signed.
# - **D.** A New Zealand minister's words on "increasing international tension".
# - **E.** That the ISA protects information that "requires protection in the
#   interests of national security".

# %%
answer_5_10 = ["B", "D"]  # SOLUTION
check("5.10", answer_5_10)

# %% [markdown]
# ## Optional: the tools on made-up articles
#
# > *Optional drills, on articles written for the course's tests: skip to
# > "The same tools run from a terminal" if you are short of time.
# > Exercises 5.5 to 5.7 are here.*
#
# ### The tools read any article in the seed's format
#
# Nothing in `helpers` knows our article in advance: no list of names, no
# list of quotations. A person is found because a title ("Foreign
# Minister"), a reporting verb ("said") or a comma-phrase introduces them.
# So the same tools work on any text in the seed's format: a line
# ` date YYYY-MM-DD ` followed by the lead paragraph, then paragraphs
# separated by empty lines.
#
# The course's tests use six short articles written for the purpose. They
# live in the `tests/articles/` folder of the course; the next cell finds
# that folder from where `helpers` is installed, so it works whichever
# folder the notebook runs in.

# %%
COURSE = Path(helpers.__file__).resolve().parent.parent  # the course folder
ARTICLES = COURSE / "tests" / "articles"
sorted(p.name for p in ARTICLES.glob("fict-*.txt"))

# %% [markdown]
# > ### ⚠ FICTIONAL: written for the course's tests, not news
# >
# > **Everything in the next article is invented**: the vote, the plan, the
# > people and what they say. It was written to test how the tools attribute
# > quotations, and its first sentence says so. It is not news; do not quote
# > it as fact.
#
# `load_article` reads a file; `source=` sets the name shown in tables and
# error messages, so the output shows a short name rather than where the
# course happens to sit on this computer.

# %%
name = "fict-02-pronouns-continuation.txt"
other = helpers.load_article(ARTICLES / name, source=f"tests/articles/{name}")
print(other)
print(textwrap.fill(other.paragraphs[0].text, 80))

# %% [markdown]
# `show_article` highlights each quotation in the colour of its speaker, with
# a numbered label; hover over a quotation to see the rule that found its
# speaker.

# %%
helpers.show_article(other)

# %% [markdown]
# The same result as a table, one row per quotation:

# %%
other_quotes = helpers.quotes_frame(other)
other_quotes[["number", "paragraph", "speaker", "kind", "text"]]

# %% [markdown]
# `value_counts()` counts how often each value appears in a column, the
# commonest first, and `.idxmax()` gives the label of the biggest count.
# For example, which kind of quotation is commonest here, full or partial?

# %%
kinds = other_quotes["kind"].value_counts()
print(kinds)
print("Commonest kind:", kinds.idxmax())

# %% [markdown]
# **Exercise 5.5** (★☆☆) In this fictional article, who is quoted most often?
# Answer with the speaker's name as the table writes it, computed from
# `other_quotes`.

# %%
answer_5_5 = other_quotes["speaker"].value_counts().idxmax()  # SOLUTION
check("5.5", answer_5_5)

# %% [markdown]
# The course's chart of quotations per speaker works here too; only its
# source line changes, to say which (fictional) article the quotations come
# from.

# %%
caption = f"Source: quotations found by the course's helpers in tests/articles/{name} (FICTIONAL, written for the tests)."
helpers.quotes_per_speaker(other_quotes, source=caption)
plt.show()

# %% [markdown]
# The chart counts the quotations the program found in the fictional test
# article, per speaker, with full and partial quotations stacked. Its text
# twin, for a screen reader:

# %%
print(textwrap.fill(helpers.describe_quotes_per_speaker(other_quotes), 80))

# %% [markdown]
# ### Each speaker was found by a rule, and some rules guess
#
# The `rule` column says *how* the program decided who spoke. Only
# `explicit` means that the speaker is named in the quotation's own
# sentence; the others follow a pronoun ("she added") or the paragraph
# around the quotation. Which rules did this article need?

# %%
other_quotes["rule"].value_counts()

# %% [markdown]
# What each of those rules does, in the words of `helpers.RULES`:

# %%
for rule in other_quotes["rule"].unique():
    print(f"{rule}:")
    print(textwrap.fill(helpers.RULES[rule], 80, initial_indent="    ", subsequent_indent="    "))

# %% [markdown]
# To look up one quotation by a word in it, `.str.contains(...)` marks the
# rows whose text contains that word; `.loc[rows, column]` keeps that
# column of those rows, and `.iloc[0]` takes the first value. Who asked
# about the seawalls?

# %%
about_seawalls = other_quotes["text"].str.contains("seawalls")
other_quotes.loc[about_seawalls, "speaker"].iloc[0]

# %% [markdown]
# **Exercise 5.6** (★★☆) Which rule attributed the quotation "We cannot wait
# for another report."? Answer with the rule's name as text, found with
# pandas in `other_quotes` (not by reading the highlighted article).

# %%
answer_5_6 = other_quotes.loc[other_quotes["text"].str.contains("cannot wait"), "rule"].iloc[0]  # SOLUTION
check("5.6", answer_5_6)

# %% [markdown]
# ### An article of your own is a string in the same format
#
# `parse_article` reads an article from a Python string instead of a file.
# The one below is made up, like the test articles: change it, add a
# quotation, and run the cells again to see what the program finds. Keep the
# shape: a space, `date`, the date as YYYY-MM-DD, a space, the lead; then
# an empty line between paragraphs.

# %%
my_text = """ date 2026-03-02 This is a made-up article written in a notebook: the Hilltop School robotics club on Monday won a regional contest.

Team captain Mia Tane and coach David Brook collected the trophy.

"We practised every lunchtime for a term," Tane said.

"The robot lost a wheel in the final," said Brook. "The students fixed it in four minutes."

Tane added that the team would "definitely" enter again next year.
"""
mine = helpers.parse_article(my_text, source="my-article")
helpers.quotes_frame(mine)[["paragraph", "speaker", "role", "kind", "rule", "text"]]

# %% [markdown]
# Look closely before you trust it. Mia Tane is found, with the role
# "captain" (the word "Team" is dropped). The coach is only "Brook": the
# program does not know "coach" as a title, so it never linked "David Brook"
# in paragraph 2 to the "Brook" who speaks in paragraph 4. On a new article,
# a table like this is a first draft for a human to check, not the answer.

# %% [markdown]
# ### An article pasted from a web page needs no date line
#
# Text copied from a news site has no ` date YYYY-MM-DD ` line, one line per
# paragraph, and the site's own words around it: "Share", "Advertisement",
# the byline, a photo credit. `helpers.article_from_text` takes the text as
# you pasted it and the date in the way people write it ("2 March 2026",
# "March 2, 2026", "Mar. 2, 2026" or 2026-03-02). It builds the course
# format, parses it, and says every change it made, so nothing is dropped
# without you knowing.

# %%
import warnings

pasted = """Robotics club wins regional contest
Share
By Sam Writer, education reporter
This is a made-up article, pasted as it comes from a news site: one line per paragraph and no date line.
'We practised every lunchtime for a term,' team captain Mia Tane said.
Advertisement
Tane said the students had fixed a broken wheel "in four minutes".
Photo: Supplied
"""
with warnings.catch_warnings(record=True) as notes:
    warnings.simplefilter("always")
    pasted_article = helpers.article_from_text(pasted, date="2 March 2026", source="pasted")
for note in notes:
    print(textwrap.fill(str(note.message), 80), end="\n\n")
helpers.quotes_frame(pasted_article)[["paragraph", "speaker", "rule", "text"]]

# %% [markdown]
# Read the notes before the table. Four site lines were left out, and the
# single newlines were read as paragraph breaks. Check the paragraphs
# against the page you copied: a headline (paragraph 1 here) stays in as
# text. Without a date, and with none written at the top, you get an
# `ArticleFormatError` that says how to give one. From a terminal, the same
# works with `--date`, and a page saved from the browser (`.html`) is read
# as its article text:
#
# ```
# .venv/bin/python -m helpers quotes my-paste.txt --date "2 March 2026"
# .venv/bin/python -m helpers summary saved-page.html
# ```

# %% [markdown]
# ### A malformed article gets a message that points at the line
#
# When a text breaks the format, the parser stops with an
# `ArticleFormatError` whose message reads
# `source:line:column: what is wrong — what to do`. Wrapping the call in
# `try` / `except` lets the notebook print that message instead of stopping
# with a long traceback.

# %%
mistakes = {
    "a headline above the date line": "Robots win\n date 2026-03-02 This is a made-up article.",
    "an impossible date": " date 2026-02-30 This is a made-up article.",
    "the date written the other way round": " date 02/03/2026 This is a made-up article.",
}
for what, text in mistakes.items():
    try:
        helpers.parse_article(text, source="my-article")
    except helpers.ArticleFormatError as err:
        where_and_what, _, what_to_do = str(err).partition(" — ")
        print(f"{what} (err.line = {err.line}, err.column = {err.column}):")
        print(f"    {where_and_what}\n    — {what_to_do}")

# %% [markdown]
# The error also keeps its parts: `err.line` and `err.column` are numbers, so
# a program (or an editor) can jump to the spot. Line 2, column 2 in the
# first message is the `d` of `date` on the second line; lines and columns
# are counted from 1, as an editor counts them.
#
# **Exercise 5.7** (★★☆) The text `broken` below has a problem. On which line
# does the parser report it? Answer with the line number, taken from the
# error (`err.line`) rather than counted by eye.

# %%
broken = (
    " date 2026-03-02 This is a made-up article: a school robotics club won a contest.\n"
    "\n"
    "The team's robot lost a wheel in the final.\n"
    "\n"
    '"We fixed it in four minutes," the captain said.\n'
    "\n"
    " date 2026-03-03 This is a second made-up article, pasted in by mistake.\n"
)
# BEGIN SOLUTION
try:
    helpers.parse_article(broken, source="broken")
except helpers.ArticleFormatError as err:
    print(err)
    reported_line = err.line
# END SOLUTION
answer_5_7 = reported_line  # SOLUTION
check("5.7", answer_5_7)

# %% [markdown]
# ## The same tools run from a terminal
#
# You do not need a notebook to use the tools. In JupyterLab open
# **File → New → Terminal**; when JupyterLab was started with `make lab`,
# the terminal opens in the course folder. Then type
#
# ```
# .venv/bin/python -m helpers summary tests/articles/fict-02-pronouns-continuation.txt
# ```
#
# (on Windows: `.venv\Scripts\python -m helpers summary ...`). Use `quotes`
# instead of `summary` for one line per quotation, and add `--json` for
# output another program can read.
#
# `python -m helpers` runs one Python function, `helpers.cli.main`, with the
# words typed after it as a list. The next cell calls that function itself,
# from the course folder as the terminal would be, so it prints exactly what
# the terminal shows, and its result is the command's **exit status**. (It
# runs inside this notebook's Python: no second Python has to start and
# load the course again.)
#
# > **No Terminal in your JupyterLab?** Some hubs switch terminals off, and
# > then **File → New** shows no *Terminal*. You lose nothing: the next cell
# > does what the command does. To try another article, change the file
# > name in `words` and run the cell again.

# %%
from helpers.cli import main as helpers_command  # what `python -m helpers ...` runs

words = ["summary", "tests/articles/fict-02-pronouns-continuation.txt"]  # the words after `python -m helpers`
here = Path.cwd()
os.chdir(COURSE)  # a terminal opened in the course folder
try:
    status = helpers_command(words)
finally:
    os.chdir(here)  # back to this notebook's folder
print("exit status:", status)

# %% [markdown]
# Exit status 0 means success. For a file that is missing or breaks the
# format, the command prints the same one-line `source:line:column` message
# and exits with status 2, so a script that runs it can tell.

# %% [markdown]
# ## Back to the briefing: `pivot_table` holds words as well as numbers
#
# The `years` table held numbers. `pivot_table` can hold words too, such as
# the signing dates as the data write them (some only a month or a year).
# With words, use `aggfunc="first"`: each cell takes the first value that
# falls in it, here the only one.

# %%
signed_as_written = current.pivot_table(index="partner", columns="kind", values="signed", aggfunc="first")
signed_as_written.head(4)

# %% [markdown]
# `.fillna("")` replaces each empty cell (`<NA>`) with empty text, which
# reads more cleanly in a briefing. (`current.pivot(index=..., columns=...,
# values=...)` builds the same table when no cell gets more than one value.)

# %%
signed_as_written.fillna("").head(4)

# %% [markdown]
# **Exercise 5.8** (★★★) Build `status_table`: a DataFrame with one row per
# partner (the partner names as the index) and the columns `ACSA`, `ISA` and
# `RAA`. Each cell holds the state on 19 December 2025 of that partner's
# agreement of that kind, in the words of `network_as_of()` (`in force`,
# `signed, not in force` or `uncertain`). Start from
# `helpers.network_as_of()` (not from `current`, so that you take every step
# yourself) and leave out the superseded agreements first; a
# partner with no agreement of a kind gets an empty cell (`<NA>`, or `""` if
# you use `.fillna("")`). Give it as `answer_5_8`; the check names what is
# missing or wrong.

# %%
# BEGIN SOLUTION
now = helpers.network_as_of()
now = now[now["state"] != "superseded"]
status_table = now.pivot_table(index="partner", columns="kind", values="state", aggfunc="first").fillna("")
# END SOLUTION
answer_5_8 = status_table  # SOLUTION
check("5.8", answer_5_8)

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(5))

# %% [markdown]
# ## Discussion
#
# 1. **Before you trust an automatic "who said what" table on a new article,
#    what would you check?** Think of the rules that guess (a pronoun, the
#    paragraph before), a speaker the program names only by surname, a
#    quotation inside a quotation, and the channel: "according to a
#    statement" is not the same as someone saying it to a reporter.
# 2. **What can this data not tell a policy reader?** For instance: whether
#    the agreements will ever be used, and how often; what information, if
#    any, will be shared (an ISA sets rules, it does not oblige anyone to
#    share); what has happened since the data's as-of date; and what the
#    governments' own reasons were, which no source in the data states.
# 3. **Who reads your briefing, and what do they do with it?** A minister's
#    adviser in Wellington and one in Beijing would want different "what to
#    watch" lists from the same facts. Which facts would you keep for each?
#
# There is no single right answer; compare your lists with a neighbour's.

# %% [markdown]
# ## Key points
#
# - `pivot_table` turns a long list (one row per agreement) into a briefing table (one row per partner); `aggfunc="first"` fills it with words, `.fillna("")` empties the gaps, and `.notna().all(axis=1)` finds the full rows.
# - A chart of your own follows the course's rules: a title that states the finding, labelled axes, a source line, and shape or fill as well as colour.
# - An analyst's briefing is one page in the reader's order (bottom line, what was signed, where it sits, what it does not do, uncertainties, what next, sources); it keeps "signed" apart from "in force", names a source for every claim and says where sources disagree or a fact is unverified.
# - Data is true *as of* a date (`helpers.DATA_AS_OF`): after the article, Japan signed its 11th ACSA (Philippines, 15 January 2026), dissolved its lower house (23 January) and re-elected a ruling party with a two-thirds majority (8 February), and the Japan–Canada ISA was in force by 6 March 2026; no source found shows the New Zealand agreements in force, so a briefing says "not found as of", not "not in force".
# - When reports disagree on a count, the dated record and a later independent report settle it; a report written before an event is a forecast.
# - A report keeps, cuts, reorders and frames its source: compare it with the primary text (here Japan's Foreign Ministry release) before you quote it as the government's words. A search (`in`) shows which quoted words are the source's exactly; a phrase missing from an excerpt is not thereby missing from the source.
# - The tools read any article in the seed's format; on a new article their "who said what" table is a draft to check, not the truth.
# - A malformed text gets an `ArticleFormatError` that names the line, the column and what to do.
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs press release on the signing, 19 December 2025:
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - The Netherlands' Ministry of Defence on its ACSA with Japan, signed the day before, 18 December 2025:
#   <https://english.defensie.nl/latest/news/2025/12/18/japan-and-the-netherlands-sign-agreement-on-security-cooperation>
# - Where every row of the agreements and context data comes from, and where sources disagree: [`SOURCES.md`](../helpers/data/SOURCES.md).
# - The Japan–Philippines ACSA, 15 January 2026 (Jiji Press via nippon.com):
#   <https://www.nippon.com/en/news/yjj2026011501066/japan-philippines-sign-mutual-logistics-support-pact.html>
# - Collins to leave politics to head the Law Commission (her party's release, 28 January 2026):
#   <https://www.national.org.nz/news/20260128-hon-judtih-collins-collins-to-leave-politics-to-head-law-commission>
# - How a teacher adds a row when an agreement enters into force: `docs/updating.md`.
# - pandas' `pivot_table`: <https://pandas.pydata.org/docs/reference/api/pandas.DataFrame.pivot_table.html>
# - The course glossary: [docs/glossary.md](../docs/glossary.md).
#
# ---
# <!-- course:closing -->
# **This is the last notebook.** Back to the course map: [00 Start here](00-start-here.ipynb) · words explained: [the glossary](../docs/glossary.md)
# <!-- /course:closing -->
