# %% [markdown]
# # 02 · The ACSA: what it does and how many partners Japan has
#
# <!-- course:opening -->
# **You are here:** [← 01 The article as data](01-the-article-as-data.ipynb) | 02 The ACSA | [03 Information security →](03-information-security.ipynb)
#
# **Time:** about 135 minutes for a learner who knows variables, lists and a loop: reading about 35, running the cells about 35, the exercises about 65; or two sittings: stop before "Eight, nine or ten?".
# <!-- /course:opening -->
#
# Terms in **bold** are explained in the course [glossary](../docs/glossary.md);
# every row of the course's data has its source in
# [`SOURCES.md`](../helpers/data/SOURCES.md).
#
# **Questions this notebook answers**
# - What is an Acquisition and Cross-Servicing Agreement for, and what does it leave out?
# - What does the article itself say the new agreement will do?
# - Why does an agreement signed on one day come into force months or years later?
# - One report said Japan had ACSAs with eight countries, others said New Zealand was the ninth or the tenth partner: how do I settle it with data?
#
# **By the end you will be able to**
# - explain what an ACSA lets two armed forces do, in the article's words and your own;
# - filter the course's table of agreements with pandas and count partners with `nunique()`;
# - compute the wait between signature and entry into force, and handle dates known only to the month or year;
# - find the largest, smallest and middle value of a column with `.idxmax()`, `.min()` and `.median()`;
# - compare two counts of "partners" with Python sets and say which question each one answers;
# - settle a disagreement between reports by checking what each one counts, and on which date, against the data;
# - judge what a claim about the agreement would need to be true.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/02-acsa.ipynb`; both are generated from `notebooks/src/02-acsa.py`
# > by `make notebooks`.
# >
# > **Timing (about 110 minutes alone; 90 in class).** What an ACSA is, the article's words, coverage and ammunition:
# > about 15 minutes. The table, its date columns and exercises 2.1–2.2: about
# > 15. Waits, partial dates and exercises 2.3–2.4, then the waiting-time
# > chart: about 20. "Eight, nine or ten?" with exercises 2.5–2.6, the ranking
# > and the judgement exercises 2.7–2.9, then the timeline chart: about 30.
# > Discussion: 10. If time is short, set 2.4 as homework and keep 2.5–2.8:
# > settling the disagreement between reports is the notebook's point.
# >
# > **Order.** Each chart comes *after* the exercises it would give away: the
# > waiting-time chart after 2.3–2.4, the ACSA timeline (whose title states
# > both counts) at the end of the "eight, nine or ten" section, after 2.5–2.9.
# >
# > **Discussion notes.** The English copy of the Jiji report says Japan "has
# > now *signed*" ACSAs with eight countries, and the same copy says the
# > Netherlands signed the day before: as printed, that is false (ten had
# > signed). The Yomiuri's "ninth" (1 December) was right on its date, before
# > the Netherlands signed. The notebook then goes back to the original
# > language: the Japanese copy says Japan has "so far concluded" (これまで…締結)
# > ACSAs with eight countries. 締結 is used in Japanese news both for a
# > signing (NHK on the Italy signing, 2024; TRT calling New Zealand the
# > "ninth" before any signing) and for a finished procedure, so "eight" fits
# > two counts: the eight in force on 19 December 2025, and a signing count
# > not yet updated for the Netherlands (eight had signed by 17 December).
# > Teach both readings; the evidence does not choose between them, and the
# > English sentence is false as printed either way. Do not let learners call
# > the Japanese figure an error, nor "solve" the puzzle by picking one
# > reading. The lessons: go back to the original-language source and check
# > how that language uses the word; name which count (signed, in force)
# > a headline uses. Good answers name what each report counts and on which
# > date, compute that count from the sourced rows, and say which copy
# > disagrees with the record and why. For exercise 2.9,
# > push for the distinction between *signed*, *approved by the Diet* and *in
# > force*.

# %%
# Setup: run this cell first.
import textwrap

import matplotlib.pyplot as plt

import helpers
from helpers import check

helpers.start("02")  # common slips get a plain explanation instead of a long error

article = helpers.load_seeds()[0]
agreements = helpers.load_agreements()
print("Loaded the article of", article.date, "and", len(agreements), "agreement rows.")

# %% [markdown]
# **Start over:** `helpers.start_over("02")` in a new cell gives you a fresh copy of
# this notebook and keeps yours as `02-acsa.old-1.ipynb`; then choose
# **File → Reload Notebook from Disk**.

# %% [markdown]
# ## An ACSA lets two armed forces supply each other and settle up later
#
# Armed forces that train or work together need the same everyday things:
# fuel, food, water, transport, repairs, a berth in a port. Without an
# agreement, every litre of fuel one force gives another needs its own
# contract. An **Acquisition and Cross-Servicing Agreement (ACSA)** sets the
# rules once: either force can ask the other for supplies and services, and the
# account is settled later, **in kind** (returning the same or equivalent
# goods) or **in currency** (paying for them).
#
# The short name hides a long official one. Japan's **Ministry of Foreign
# Affairs** (**MOFA** for short; the course's charts name it that way in their
# source lines) gives the title in its press release of 19 December 2025,
# <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>, and the
# course's table of agreements stores it in the row of the New Zealand ACSA:

# %%
nz_acsa = agreements.set_index("id").loc["acsa-nz-2025"]
print(textwrap.fill(nz_acsa["official_title"], 80))
print()
print(
    "Signed:", nz_acsa["signed"], "| in force:", nz_acsa["in_force"], "| confidence:", nz_acsa["confidence"]
)

# %% [markdown]
# Read the title slowly: *reciprocal* (both ways), *supplies and services*,
# between the *Self-Defense Forces of Japan* and the *New Zealand Defence
# Force*. The confidence is `high` because the source is the Japanese
# government's own release. The agreement was `pending` on the article's
# date: signed, but not yet in force. That difference matters later on.

# %% [markdown]
# ## The article gives the agreement's purposes in Japan's words
#
# Paragraph 3 says what the ACSA is for. Paragraphs are numbered from 1, as a
# reader counts, so paragraph 3 is `article.paragraphs[2]`:

# %%
print(textwrap.fill(article.paragraphs[2].text, 80))

# %% [markdown]
# The sentence belongs to the reporter, but three phrases inside it are in
# quotation marks: they are **partial quotations** from Japan's Foreign
# Ministry statement. Notebook 01's quotation table finds them:

# %%
quotes = helpers.quotes_frame(article)
in_paragraph_3 = quotes[quotes["paragraph"] == 3]
print("Speakers:", sorted(set(in_paragraph_3["speaker"])), "| kinds:", sorted(set(in_paragraph_3["kind"])))
for text in in_paragraph_3["text"]:
    print("  -", text)

# %% [markdown]
# (The comma or full stop at the end of each phrase is the article's own
# punctuation, which it puts inside the quotation marks.)
#
# In plain words, the agreement is meant to make giving supplies and services
# quick and smooth, to bring the two forces closer, and to help them take part
# together in international peace and security work. (A close reader's note:
# MOFA's English-language release, linked above, says the agreement "will
# facilitate the smooth and prompt provision of supplies and services"; the
# news report's quote reads "facilitating". Small differences like this are
# common when a report quotes a document; only comparing the two shows them.)

# %% [markdown]
# ## An ACSA covers everyday supplies and services, and never weapons
#
# What exactly may be supplied? The Japan–New Zealand treaty text was not
# checked for this course, so here are two descriptions, each with its
# confidence and where it comes from:
#
# - **The Japan–New Zealand ACSA.** Japan's Foreign Ministry release (in
#   Japanese, high: <https://www.mofa.go.jp/mofaj/press/release/pressit_000001_03135.html>)
#   says it sets the framework, such as settlement procedures, for supplies
#   and services the two forces provide each other. A Japanese news site's
#   summary of the release (low to medium: the course did not find the list
#   on MOFA's page itself: <https://internews.site/articles/article-0042.html>)
#   lists the activities (joint training, UN peacekeeping, international
#   humanitarian relief, large-scale disasters, evacuating nationals abroad)
#   and the supplies and services (food, water, fuel, transportation,
#   communications, medical services, repair and maintenance, airport and
#   seaport services, and ammunition); it says weapons are excluded and that
#   supplies are repaid in kind or, where that is hard, in currency.
# - **The Japan–UK ACSA** (signed 2017) also covers ammunition: reports of
#   its approval by Japan's Diet in April 2017 say the ACSAs with the United
#   States, Britain and Australia let Japan provide ammunition (a copy of a
#   UPI report citing Kyodo, low to medium:
#   <https://gephardtdaily.com/national-international/japan-approves-deal-to-provide-ammunition-to-allies-in-combat-zones>).
#   The course found no page to cite for the UK agreement's full list.
#
# The main point holds in every source: an ACSA is about keeping forces
# supplied, not arming them. Treat the New Zealand details as reported until
# you have read the treaty itself.

# %% [markdown]
# ## The article's two examples: fuel at sea and supplies after a disaster
#
# New Zealand's Defence Minister, Judith Collins, gave two examples. The
# article quotes her from a New Zealand government statement (the course
# could not find that statement itself, so we rely on the report):

# %%
print(textwrap.fill(article.paragraphs[3].text, 80))

# %% [markdown]
# - **Refuelling at sea.** *HMNZS Aotearoa* is the Royal New Zealand Navy's
#   replenishment tanker, built to pass fuel and stores to other ships while
#   both are under way. She was built by Hyundai Heavy Industries and
#   launched at its yard in Ulsan, South Korea, on 24 April 2019; she is
#   173 m long, was designed for a full-load displacement of 26,000 tonnes,
#   and can carry 8,000 tonnes of diesel and 1,550 tonnes of aviation fuel,
#   figures Janes gives "according to the RNZN" (a defence publication,
#   medium: <https://www.janes.com/amp/south-koreas-hhi-launches-rnzns-future-fleet-support-vessel/ZnlJK3dHVU9mZ28xajRJVkc5dVI5VFp1cVMwPQ2>).
#   Other reports give one total, "9,500 tonnes of fuel" (Naval News,
#   medium: <https://www.navalnews.com/naval-news/2019/04/royal-new-zealand-navys-aotearoa-auxiliary-ship-launched-in-south-korea/>).
#   The Navy's own magazine, *Navy Today*, says she "commissioned in July"
#   2020 (issue 254, 2021, high:
#   <https://issuu.com/nzdefenceforce/docs/navy-today-254/s/12301756>).
#   Fuel passed to a Japanese ship and paid back later is exactly the kind of
#   exchange an ACSA is for.
# - **Humanitarian assistance and disaster relief (HADR).** Food and medical
#   services are on the New Zealand list above, and humanitarian relief and
#   large-scale disasters are among its activities.

# %% [markdown]
# ## After Japan's 2015 security laws, ACSAs could cover more ammunition; weapons stayed out
#
# Japan's **Legislation for Peace and Security** was approved by the Diet on
# 19 September 2015 (Japan's Foreign Ministry, high confidence:
# <https://www.mofa.go.jp/fp/nsp/page1we_000084.html>) and entered into force
# on 29 March 2016 (a Jiji Press report of that day, as carried by the
# Asia-Pacific news agencies' site OANA, medium:
# <http://www.oananews.org/content/news/general/japans-security-legislation-put-force>).
# The package of one new law and revisions to ten existing ones lets the
# Self-Defense Forces, under strict conditions, use force to help an ally
# under attack (collective self-defence) and widens the support they may give
# to other forces (same two sources). According to the course's fact base, ACSAs signed after it
# (the new US one of 2016, the UK one and the new Australian one of 2017)
# allow ammunition to be provided (for the new US one, the fact base says it
# *added* ammunition outside armed-attack situations, so the question there was
# when, not whether); the first Australian ACSA, signed in 2010,
# did not. The table's `notes` column shows part of this story: it records
# that the 2010 Australian agreement excluded ammunition and that the 2016 US
# one allows it, but the note on the 2017 Australian agreement says only that
# it came out of a review after the 2015 laws:

# %%
acsa = agreements[agreements["kind"] == "ACSA"]
for row_id in ["acsa-au-2010", "acsa-us-2016", "acsa-au-2017"]:
    row = acsa.set_index("id").loc[row_id]
    print(f"{row['partner']}, signed {row['signed']}:")
    print(textwrap.fill(row["notes"], 80, initial_indent="    ", subsequent_indent="    "))

# %% [markdown]
# ## A row is one signed agreement or amendment, not one partner
#
# `acsa` (made above) keeps the rows of `agreements` whose `kind` is `"ACSA"`.
# A row is one signed **instrument**: an agreement, or an amendment that
# changes one. `status` is each row's state on the article's date.

# %%
acsa[["partner", "instrument", "signed", "in_force", "status"]]

# %% [markdown]
# The first rows are the United States'. The 1996 ACSA is **not** where the
# US–Japan security relationship begins: as notebook 01 showed, the two
# countries signed a Security Treaty in 1951, on the day Japan signed its
# peace treaty, and replaced it with the Treaty of Mutual Cooperation and
# Security in 1960 (sources in `SOURCES.md` and the context table). That
# treaty is the alliance; an ACSA is a logistics arrangement that makes
# working together easier. Speaking of the planned Japan–Philippines ACSA, a
# spokesperson of Japan's Foreign Ministry stressed that such an agreement is
# technical and does not authorize operations (as reported by the *Manila
# Standard*, medium:
# <https://manilastandard.online/news/314584984/japan-looks-forward-to-ratifying-raa-with-the-philippines-by-june.html>).
# The course's table holds only logistics and information agreements, so no
# alliance appears in it.
#
# Four statuses appear: `in force`; `superseded` (replaced by a newer
# agreement, as the United States and Australia each signed a new ACSA);
# `pending` (signed, not yet in force); and `after seed date` (the
# Philippines, which signed in January 2026 and is kept so that later dates
# can be explored). `value_counts()` counts the rows of each kind of
# instrument:

# %%
acsa["instrument"].value_counts()

# %% [markdown]
# Rows are not partners. `acsa.loc[condition, "partner"]` keeps the `partner`
# column of the rows where the condition is true, and `nunique()` counts its
# distinct values. The superseded rows, for example:

# %%
superseded_partners = acsa.loc[acsa["status"] == "superseded", "partner"]
print("Superseded rows:", len(superseded_partners), "| distinct partners:", superseded_partners.nunique())

# %% [markdown]
# ## Each date is stored as written, as a first day, a last day and a precision
#
# `signed` and `in_force` hold dates as the sources give them: a full day
# ("2017-04-25"), only a month ("2019-07"), only a year ("2017"), or the word
# "pending". To calculate with them, the table keeps three more columns beside
# each date column `X`:
#
# - `X_start`: the first day the date could be;
# - `X_end`: the last day it could be;
# - `X_precision`: how much is known: `day`, `month` or `year`.
#
# Three entries into force, known to the year, to the month and to the day:

# %%
date_columns = ["in_force", "in_force_start", "in_force_end", "in_force_precision"]
acsa.set_index("id").loc[["acsa-uk-2017", "acsa-ca-2018", "acsa-fr-2018"], date_columns]

# %% [markdown]
# To ask "did this happen on or before a given day?", compare that day with
# `X_end`: if even the last possible day is early enough, it surely happened
# in time. (Every ACSA *signing* in the table is known to the day, so
# `signed_start` and `signed_end` are the same here; the habit still matters.)
#
# `_start` and `_end` columns hold real dates, so they can be compared with
# another date, written as text or taken from `helpers.SEED_DATE`, the
# article's date. The rows signed in 2024 or later:

# %%
print("The article's date, helpers.SEED_DATE:", helpers.SEED_DATE.date())
acsa.loc[acsa["signed_start"] >= "2024-01-01", ["partner", "signed"]]

# %% [markdown]
# `.dt.year` takes the year out of each date, and `set()` keeps each name only
# once. The partners whose ACSA was signed in 2017:

# %%
signed_year = acsa["signed_start"].dt.year
signed_in_2017 = set(acsa.loc[signed_year == 2017, "partner"])
print(sorted(signed_in_2017))

# %% [markdown]
# **Exercise 2.1** (★☆☆) How many distinct partners had signed an ACSA with
# Japan on or before the article's date, `helpers.SEED_DATE`? Use the
# `signed_end` column (the last day the signing could have happened). Answer
# with a number computed from `acsa`.

# %%
answer_2_1 = acsa.loc[acsa["signed_end"] <= helpers.SEED_DATE, "partner"].nunique()  # SOLUTION
check("2.1", answer_2_1)

# %% [markdown]
# **Exercise 2.2** (★☆☆) Which partners signed an ACSA with Japan before
# 2015, the year of the security legislation? Answer with a list (or set) of
# partner names. (`acsa["signed_start"].dt.year` gives each row's signing year.)

# %%
answer_2_2 = set(acsa.loc[acsa["signed_start"].dt.year < 2015, "partner"])  # SOLUTION
check("2.2", answer_2_2)

# %% [markdown]
# ## Signing is not the end: a treaty waits for the Diet
#
# **Signature** shows that two governments agree on a text. **Entry into
# force** is the day the agreement starts to bind them. In Japan an ACSA is a
# treaty, so the **Diet** (Japan's parliament) must approve it first; then the
# two governments exchange diplomatic notes that fix the day. For Italy, for
# example, the notes were exchanged on 2025-08-06 and fixed 2025-09-05
# (medium: MOFA's Japanese release of 6 August 2025, as reproduced in full by
# a Japanese defence news site, <https://j-defense.ikaros.jp/docs/mod/003652.html>;
# MOFA's own page was not in the stored copies).
#
# That the Diet must approve an ACSA first is reported for the German ACSA
# (NHK World, in French, 30 January 2024: the government
# planned to submit it to the Diet for approval; medium:
# <https://www3.nhk.or.jp/nhkworld/fr/news/20240130_02/>) and for the
# Philippine one signed in January 2026 ("Acsa needs ratification by Japanese
# legislators before it takes effect", the *Philippine Daily Inquirer*;
# medium: <https://plus.inquirer.net/news/ph-japan-ink-new-defense-pact-to-ease-flow-of-supplies>).
# That is why the New Zealand ACSA is `pending` in the table: signed on
# 19 December 2025 and, like Japan's other ACSAs, waiting for the Diet. The
# course found no source, as of the article's date, on when the Diet would
# take it up.
#
# Subtracting two dates in pandas gives a time span; `.days` turns it into a
# number of days. France's ACSA:

# %%
france = acsa.set_index("id").loc["acsa-fr-2018"]
wait = france["in_force_start"] - france["signed_start"]
print("France: signed", france["signed"], "| in force", france["in_force"], "| wait:", wait.days, "days")

# %% [markdown]
# The same subtraction works on whole columns at once (on a column, write
# `.dt.days`). `assign` adds the result as a new column, `wait_days`, to a
# copy of the table. The last five rows:

# %%
acsa_waits = acsa.assign(wait_days=(acsa["in_force_start"] - acsa["signed_start"]).dt.days)
acsa_waits[["partner", "signed", "in_force", "wait_days"]].tail(5)

# %% [markdown]
# The three `pending` agreements have no entry into force, so they have no
# wait: pandas writes `NaN` ("not a number") for a missing number.
#
# Four methods of a column answer "which?" and "how much?" questions, and
# all of them skip `NaN`: `.min()`, `.max()` and `.median()` (the middle value
# once the values are sorted) give a value; `.idxmin()` and `.idxmax()` give
# the **row label** where the smallest or largest value sits, and `.loc` then
# reads any column of that row. Here they are on the signing years:

# %%
print("Earliest signing year:", signed_year.min(), "| median year:", signed_year.median())
latest = signed_year.idxmax()
print("Row label of the latest signing:", latest, "| its partner:", acsa.loc[latest, "partner"])

# %% [markdown]
# **Exercise 2.3** (★★☆) Which partner's ACSA had the longest wait between
# signature and entry into force? Use `acsa_waits`. Answer with the
# partner's name, as text.

# %%
answer_2_3 = acsa_waits.loc[acsa_waits["wait_days"].idxmax(), "partner"]  # SOLUTION
check("2.3", answer_2_3)

# %% [markdown]
# ## A wait computed from a partial date can be wrong
#
# Look what the subtraction does with the UK row, whose entry into force is
# known only to the year:

# %%
uk_cols = ["signed", "in_force", "in_force_start", "in_force_end", "in_force_precision", "wait_days"]
acsa_waits.set_index("id").loc[["acsa-uk-2017"], uk_cols]

# %% [markdown]
# A wait of **minus 25 days**: the agreement seems to enter into force before
# it was signed. The UK ACSA was signed on 26 January 2017 and entered into
# force some time in 2017; `in_force_start` is 1 January, the start of the
# year, not the real day. The `_start` value of a partial date is fine for
# sorting and plotting, but a wait computed from it can be wrong. How many
# entry-into-force dates are exact?

# %%
acsa["in_force_precision"].value_counts()

# %% [markdown]
# (The three rows whose `in_force` is `pending` have no entry-into-force
# date at all, so they are not counted.) To keep only the rows that pass two
# tests, put each test in brackets and join them with `&` ("and"). The rows
# signed before 2000 whose entry into force is known only to the month:

# %%
before_2000 = acsa_waits["signed_start"].dt.year < 2000
month_only = acsa_waits["in_force_precision"] == "month"
acsa_waits.loc[before_2000 & month_only, ["partner", "instrument", "signed", "in_force"]]

# %% [markdown]
# **Exercise 2.4** (★★☆) What is the *shortest* wait, in days, between
# signature and entry into force, counting only the ACSA rows (agreements and
# amendments) whose two dates are both known to the day? Start from
# `acsa_waits`; combine two conditions with `&`. Answer with a number.

# %%
# BEGIN SOLUTION
exact = acsa_waits[(acsa_waits["signed_precision"] == "day") & (acsa_waits["in_force_precision"] == "day")]
print(len(exact), "rows with both dates known to the day")
# END SOLUTION
answer_2_4 = exact["wait_days"].min()  # SOLUTION
check("2.4", answer_2_4)

# %% [markdown]
# ## The waiting-time chart shows every wait, and a range where a date is partial
#
# Now check your answers to 2.3 and 2.4 against a chart. It draws a solid bar
# for each known wait (or the shortest possible one) and a dotted box for the
# range a partial date leaves open. Its title gives the median of the exact
# waits, and its "longest" counts a month- or year-dated agreement by its
# shortest possible wait.

# %%
helpers.ratification_lag()
plt.show()

# %% [markdown]
# Most of Japan's ACSAs waited between five months and a year and a half: the
# first Australian one waited longest and the 2004 US amendment least, while
# the UK's wait is known only to lie somewhere between zero and eleven months
# (source: the course's table, compiled from MOFA, partner governments' releases
# and news reports; `helpers.describe_ratification_lag()` gives the chart in
# words).

# %% [markdown]
# ## Eight, nine or ten? Settle a disagreement between reports with data
#
# Reports around the signing gave three different numbers for one fact. Each
# is a news report (confidence medium); the links are the copies the course
# read:
#
# | Report | Written | What it says |
# |---|---|---|
# | Yomiuri Shimbun ([link](https://japannews.yomiuri.co.jp/politics/defense-security/20251201-295687)) | 1 December 2025, before the signing | New Zealand "would be the ninth country to have an ACSA with Japan" |
# | Jiji Press, in English ([a copy](https://english.adnkronos.com/2025/12/19/japan-new-zealand-defense-chiefs-vow-security-cooperation-2)) | 19 December 2025, the day of the signing | Japan "has now signed ACSAs with eight countries"; further down, the same report says Japan and the Netherlands signed an ACSA the day before |
# | GeoIndoPacific, a defence news site ([link](https://geoindopacific.com/news/japan-new-zealand-boost-interoperability-with-new-agreements)) | December 2025, after the signing | New Zealand "is the 10th country" with an ACSA, a day after the Netherlands |
# | Yomiuri Shimbun ([link](https://japannews.yomiuri.co.jp/politics/defense-security/20251229-301310/)) | 29 December 2025 | the Philippines would be the 11th, "following the Netherlands and New Zealand" |
#
# A disagreement between sources is where checking starts. The method: for
# each report, note **what it counts** (its own verb: "signed", "to have")
# and **on which day** it was written; compute that count from the table's
# dated, sourced rows for that day; then see which reports agree with the
# record. The signing counts on the days that matter:

# %%
report_days = {
    "1 December (the Yomiuri's first report)": "2025-12-01",
    "17 December": "2025-12-17",
    "19 December (the Jiji report and the article)": "2025-12-19",
}
for label, day in report_days.items():
    signed_by_day = acsa.loc[acsa["signed_end"] <= day, "partner"].nunique()
    print(f"Partners that had signed by {day}: {signed_by_day}   ({label})")

# %% [markdown]
# Ranking the partners by the day each *first* signed an ACSA shows the
# order behind those counts. `groupby("partner")` puts each partner's rows
# together, `["signed_start"].min()` keeps the earliest date of each group,
# and `sort_values()` puts the earliest first:

# %%
first_signed = acsa.groupby("partner")["signed_start"].min().sort_values()
ranking = first_signed.dt.date.to_frame("first signed")
ranking.insert(0, "order", range(1, len(ranking) + 1))
ranking

# %% [markdown]
# Hold each report up against these counts: which ones match the count for
# their own day, and which one does not? Before you decide, test the other
# reading that would fit "eight": a count of agreements **in force**.
#
# ### Which agreements bind on a given day?
#
# `helpers.network_as_of(date)` gives every agreement signed by `date` with
# its `state` on that day. Partial dates are treated carefully: an agreement
# in force "in 2017" counts as in force only from 31 December 2017, and
# before that it is `uncertain`.
#
# `state` is not the table's `status`. `status` is fixed: it is each row's
# state on the article's date, 2025-12-19, as the course's table records it.
# `state` is worked out afresh for whatever day you ask about. On the
# article's date the words match like this:
#
# | `status` in `helpers.load_agreements()` | `state` in `helpers.network_as_of()` |
# |---|---|
# | `in force` | `in force` |
# | `superseded` | `superseded` |
# | `pending` | `signed, not in force` |
# | `unverified` (entry into force not checked; two information agreements) | `uncertain` |
# | `after seed date` | not listed: the row was not yet signed |
#
# Use `status` for questions about the article's day, and `network_as_of()`
# for any other day, or when partial dates must be handled for you. Here are
# Japan's ACSAs on 30 June 2017:

# %%
mid_2017 = helpers.network_as_of("2017-06-30")
mid_2017.loc[mid_2017["kind"] == "ACSA", ["partner", "signed", "in_force", "state"]]

# %% [markdown]
# On that day Japan had ACSAs with three partners, but only two were surely in
# force: the new US agreement had replaced the old one, the first Australian
# agreement was still the one in force, and nobody can say whether the UK one
# was in force yet.
#
# **Exercise 2.5** (★★☆) Some of Japan's partners have signed more than one
# ACSA. In which year was the *oldest ACSA still in force* on the article's
# date signed? Use `acsa` and its `status` column (each row's state on
# 2025-12-19), and `.dt.year` on a date column. Answer with a year, as a
# number computed from the table.

# %%
answer_2_5 = acsa.loc[acsa["status"] == "in force", "signed_start"].dt.year.min()  # SOLUTION
check("2.5", answer_2_5)

# %% [markdown]
# To compare two groups of names, make each a Python `set`. `a - b` keeps what
# is in `a` but not in `b`; `a & b` keeps what is in both. With the partners
# that signed in 2017 (`signed_in_2017`, made above) and a small set typed in
# by hand:

# %%
european = {"United Kingdom", "France", "Germany", "Italy", "Netherlands"}
print("Signed in 2017, not European:", sorted(signed_in_2017 - european))
print("Signed in 2017 and European:", sorted(signed_in_2017 & european))

# %% [markdown]
# **Exercise 2.6** (★★★) Which partners are counted by "signed by
# 2025-12-19" but not by "in force on 2025-12-19"? Answer with a list of
# partner names. Careful: a partner can have one row that is `superseded` and
# another that is `in force`.

# %%
# BEGIN SOLUTION
signed_by_seed = set(acsa.loc[acsa["signed_end"] <= helpers.SEED_DATE, "partner"])
on_seed = helpers.network_as_of()
in_force_on_seed = set(on_seed.loc[(on_seed["kind"] == "ACSA") & (on_seed["state"] == "in force"), "partner"])
# END SOLUTION
answer_2_6 = sorted(signed_by_seed - in_force_on_seed)  # SOLUTION
check("2.6", answer_2_6)

# %% [markdown]
# So the in-force count on the article's date is ten signed partners minus
# those two:

# %%
network = helpers.network_as_of()
acsa_in_force = network[(network["kind"] == "ACSA") & (network["state"] == "in force")]
print("Partners with an ACSA in force on 2025-12-19:", acsa_in_force["partner"].nunique())

# %% [markdown]
# Eight. The number matches the Jiji figure, but the English copy says
# "signed", and ten had signed. Does the in-force count settle it? Go back
# to the original language first.
#
# **Back to the original language.** The English text is itself a copy, and
# a translation. A Japanese-language copy of what appears to be the same Jiji
# Press report (19 December 2025, 17:40) says 「日本はこれまで米国、英国、
# カナダなど8カ国とACSAを締結している」: Japan "has so far concluded" (締結,
# *teiketsu*) ACSAs with 8 countries. (Confidence low: the course found this
# text only on a news distributor's staging site, not on Jiji's own pages.)
# Japan's Foreign Ministry uses another verb, 署名 (*shomei*, "sign"), for
# the New Zealand signing in its Japanese release.
#
# Does 締結 mean "in force"? Japanese news uses it both ways:
#
# | Reading of "eight" | What fits it | Evidence that 締結 is used this way |
# |---|---|---|
# | **the count in force** on 19 December | eight ACSAs in force (computed above) | a report of the Italy signing (2024): "once it enters into force after domestic procedures", Italy becomes Japan's eighth 締結 partner (a copy, low) |
# | **a signing count not yet updated** | eight partners had signed by 17 December, before the Netherlands signed on the 18th (computed at the start of this section) | NHK on the day Italy *signed* (2024): "Italy is the eighth", though that ACSA entered into force only in September 2025 (archived copy, medium); TRT's Japanese service (1 December 2025) called New Zealand the "ninth 締結 country" before anyone had signed (medium) |
#
# Both readings give eight; the evidence does not say which one the agency
# meant (`SOURCES.md` lists every page). What the data settles is narrow
# and firm: on 19 December 2025 ten partners had signed and eight had
# agreements in force, so the English "has now signed ... eight" is false as
# printed.
#
# **Exercise 2.7** (★★☆, judgement) The English copy of the Jiji report
# says Japan "has now signed ACSAs with eight countries"; the Japanese copy
# says Japan "has so far concluded" (締結) ACSAs with eight countries. Which
# account does the evidence support best? Answer with one letter, in quotes.
#
# - **A.** "Eight" is right as printed in English: a national news agency
#   would not miscount, so the course's table must be wrong.
# - **B.** 締結 always means "in force", so the agency meant the eight in
#   force, and the English translation alone is wrong.
# - **C.** The English sentence is false as printed (ten had signed). Eight
#   fits two counts, the agreements in force and the signatures before the
#   Netherlands signed; since Japanese reports use 締結 for both, the copy
#   cannot tell which was meant.
# - **D.** The reports disagree, so the number of partners cannot be known.

# %%
answer_2_7 = "C"  # SOLUTION
check("2.7", answer_2_7)

# %% [markdown]
# Two habits follow. When a translated report surprises you, go back to the
# original-language source, and then check how *that* language uses the
# word. And when you write a count, name it ("ten signed, eight in force")
# so that no translator or reader can swap one for the other. Notebooks 04
# and 05 refer back to this section rather than telling it again.
#
# **Exercise 2.8** (★★☆, judgement) On 1 December 2025 the Yomiuri Shimbun wrote
# that New Zealand "would be the ninth country to have an ACSA with Japan".
# The course says tenth. Which is the best account of the difference?
#
# - **A.** The 1 December report is older, so it should be ignored.
# - **B.** New Zealand signed before the Netherlands, so it was the ninth and
#   the later reports are wrong.
# - **C.** Both were right on their own dates: eight partners had signed by
#   1 December; the Netherlands signed on 18 December, one day before New
#   Zealand.
# - **D.** The 1 December report counted agreements in force, the later
#   reports counted signatures.

# %%
answer_2_8 = "C"  # SOLUTION
check("2.8", answer_2_8)

# %% [markdown]
# The Yomiuri's "ninth" fits its day: on 1 December eight partners had
# signed, so New Zealand would be the ninth. The Netherlands then signed on
# 18 December (the Dutch Ministry of Defence, in Further reading), one day
# before New Zealand, which made New Zealand the tenth, as the later reports
# say.

# %% [markdown]
# The timeline puts the whole story in one picture, one bar per agreement
# from signature to entry into force; its title states the signing count and
# the in-force count, so compare it with your answers to 2.1, 2.5 and 2.6:

# %%
helpers.acsa_timeline()
plt.show()

# %% [markdown]
# The two agreements not yet in force on the article's date, the
# Netherlands' and New Zealand's, have no bar at all: each appears as a dot
# on the dashed 2025-12-19 line, labelled "pending" on the right, because
# each was signed the day before or on that very day. (The legend's hatched
# box, "not in force on 2025-12-19", would fill the time between signature and
# that day; here there is none.) The chart shows Japan's ACSAs arriving slowly (the
# United States alone until 2010) and then quickly (four in 2024 and 2025);
# its source is the course's table, compiled from MOFA, partner governments'
# releases and news reports. For a screen reader, or to check what you see,
# every chart has a text twin:

# %%
print(textwrap.fill(helpers.describe_acsa_timeline(), 80))

# %% [markdown]
# Counting by signing date is also how later reports counted: the Philippines
# signed on 15 January 2026 and was called the 11th (a Jiji Press report,
# <https://www.nippon.com/en/news/yjj2026011501066/japan-philippines-sign-mutual-logistics-support-pact.html>).
# The course's datasheet, [`SOURCES.md`](../helpers/data/SOURCES.md), lists
# the source of every row and the known disagreements.
#
# ## What a claim about the agreement would need
#
# A headline writer is tempted to go one step further than the facts.
#
# **Exercise 2.9** (★★★, judgement) Claim: "Since 19 December 2025, Japanese and
# New Zealand forces can supply each other under the ACSA." Which of these
# would have to be true for the claim to hold? Give every letter that
# applies, as a list such as `["A", "C"]`.
#
# - **A.** Japan's Diet has approved the agreement.
# - **B.** The agreement has entered into force.
# - **C.** The Information Security Agreement has entered into force too.
# - **D.** The two forces have already used the agreement, for example to
#   refuel at sea.

# %%
answer_2_9 = ["A", "B"]  # SOLUTION
check("2.9", answer_2_9)

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(2))

# %% [markdown]
# ## Discussion
#
# 1. You are the editor on duty on 19 December 2025 and the wire copy says
#    Japan "has now signed ACSAs with eight countries". What do you check,
#    in which order, before you publish, and what would you print instead?
# 2. A reader writes in: "Eight is right, it's the number in force." How do
#    you answer, using the English copy's words, the Japanese copy's words
#    and the data? Where did the two counts most likely get swapped?
# 3. If you had to report on what the two forces can actually do together
#    today, which count would you use, and which words ("signed", "approved",
#    "in force") would you add so that a reader cannot misread it?

# %% [markdown]
# ## Key points
#
# - An ACSA lets two armed forces provide each other supplies and services
#   (fuel, food, transport, repairs), settled in kind or in currency; weapons
#   are excluded. Of the agreements signed after Japan's 2015 security laws,
#   the course's data covers ammunition for three: the new US one (2016), the
#   UK one (2017) and the new Australian one (2017). Whether the India ACSA
#   covers it is left out (see `SOURCES.md`).
# - The article gives the agreement's purposes as partial quotations from
#   Japan's Foreign Ministry and two examples from Judith Collins: refuelling
#   at sea with *HMNZS Aotearoa*, and food or medical supplies in disaster relief.
# - Signature is not entry into force: in Japan the Diet must approve an ACSA
#   first (the first Australian one also needed a change to the Self-Defense
#   Forces Act), which took from months to years; New Zealand has its own
#   steps before it binds itself to a treaty (notebook 03).
# - A partial date ("2017") has a start, an end and a precision; compute waits
#   only from dates known to the day, or give a range.
# - When reports disagree ("eight", "ninth", "tenth"), check what each one
#   counts and on which day against dated, sourced records. Here the record
#   gives ten signatories and eight agreements in force on 19 December 2025:
#   the English copy's "has now signed ... eight" is false as printed. The
#   Japanese copy's 締結 fits two counts (eight in force; eight signed before
#   the Netherlands signed), because Japanese news uses the word for both:
#   go back to the original language, and check how it uses the word.
# - Say what you count (signed, approved, in force) and on which day; a claim
#   that forces "can" do something needs the agreement in force.
# - ACSAs are logistics arrangements, not alliances: Japan's alliance with the
#   United States rests on the security treaty of 1951, revised in 1960.
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs press release on the signing, 19 December 2025
#   (official titles): <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - The UK government on the Japan–UK ACSA, January 2017:
#   <https://www.gov.uk/government/news/uk-and-japan-strengthen-defence-ties>
# - Global Affairs Canada on the Canada–Japan ACSA, April 2018:
#   <https://www.canada.ca/en/global-affairs/news/2018/04/canada-and-japan-sign-acquisition-and-cross-servicing-agreement-to-strengthen-military-cooperation.html>
# - The Netherlands Ministry of Defence on its agreement with Japan, 18 December 2025:
#   <https://english.defensie.nl/latest/news/2025/12/18/japan-and-the-netherlands-sign-agreement-on-security-cooperation>
# - The Japan–Philippines ACSA, January 2026 (a news report):
#   <https://www.nippon.com/en/news/yjj2026011501066/japan-philippines-sign-mutual-logistics-support-pact.html>
# - The Yomiuri Shimbun's two reports, 1 December 2025 ("ninth"):
#   <https://japannews.yomiuri.co.jp/politics/defense-security/20251201-295687>
#   and 29 December 2025 (the Philippines as the 11th):
#   <https://japannews.yomiuri.co.jp/politics/defense-security/20251229-301310/>
# - Japan's Foreign Ministry on the Legislation for Peace and Security:
#   <https://www.mofa.go.jp/fp/nsp/page1we_000084.html>
# - The 1951 US–Japan Security Treaty in the State Department's *Foreign
#   Relations of the United States*:
#   <https://history.state.gov/historicaldocuments/frus1951v06p1/d735>
# - The course's datasheet, [`SOURCES.md`](../helpers/data/SOURCES.md) (every
#   row's source, and the known disagreements), and the
#   [glossary](../docs/glossary.md) (*ACSA*, *Diet approval*, *entry into
#   force*, *signature*, *superseded*, *pending*).
#
# ---
# <!-- course:closing -->
# **Next:** [03 Information security →](03-information-security.ipynb)
# <!-- /course:closing -->
