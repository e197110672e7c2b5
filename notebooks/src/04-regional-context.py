# %% [markdown]
# # 04 · The regional context: the alliances around the agreements, China and the sea, and New Zealand's debate
#
# <!-- course:opening -->
# **You are here:** [← 03 Information security](03-information-security.ipynb) | 04 The regional context | [05 Capstone →](05-capstone.ipynb)
#
# **Time:** about 135 minutes for a learner who knows variables, lists and a loop: reading about 35, running the cells about 40, the exercises about 50, the discussion about 10.
# <!-- /course:opening -->
#
# The course [glossary](../docs/glossary.md) explains the terms this
# notebook uses, such as *ANZUS*, *AUKUS*, the
# *Quad* and *independent foreign policy*;
# every row of the course's data has its source in
# [`SOURCES.md`](../helpers/data/SOURCES.md).
#
# **Questions this notebook answers**
# - Which region does the article place the agreements in, and whose words name it?
# - What alliances and groupings surround the agreements, and where do Japan and New Zealand each stand in them?
# - Who has linked the agreements to China, and in what words?
# - When sources disagree about an event, such as a passage through the Taiwan Strait in 2024, what can we say?
# - What does Winston Peters say, what does he leave unsaid, and what is the debate about New Zealand's foreign policy?
#
# **By the end you will be able to**
# - find the article's words about the region and say who is quoted for each;
# - take one value out of a table with `.item()` and measure the time between two dates with `.days`;
# - filter a table of sourced claims by topic and kind, keeping what people *said* apart from what newspapers *wrote*;
# - place the agreements among the US–Japan alliance, Five Eyes, the Quad and AUKUS, with a source for each fact;
# - judge which sentence the evidence supports when sources disagree, and which headline the data supports.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/04-regional-context.ipynb`; both are generated from
# > `notebooks/src/04-regional-context.py` by `make notebooks`.
# >
# > Timing (about 110 minutes for a learner alone: reading about 25 minutes,
# > running and reading the cells, many of which print sourced claims, about
# > 35, nine exercises about 40, the discussion 10; in class, run Part 1 in
# > 25 minutes and give most of the time to Part 2): Part 1, the region on the
# > map and in time (the article's words, distances, the timeline,
# > exercises 4.1, 4.2, 4.3), 30 minutes; Part 2, the strategic context
# > (exercises 4.4–4.8, the map of the whole network with exercise 4.9, and
# > the discussion), 80 minutes. Exercises 4.6–4.8 are judgements, and 4.9
# > asks the same of the map: have learners give their letter *and* their reason
# > before they run `check`, then compare reasons. Three more distance
# > drills of earlier versions were retired, and the exercises renumbered
# > in reading order (4.1–4.9).
# >
# > Steer the discussion away from what Peters or Collins "really meant": the
# > point is to separate what named sources said, what newspapers wrote, and
# > what the course can show. The context rows are claims *as of* 2026-12-07
# > (`helpers.DATA_AS_OF`); if a learner knows of later events, that is a
# > chance to show `docs/updating.md`.

# %%
# Setup: run this cell first.
import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd

import helpers
from helpers import check

helpers.start("04")  # common slips get a plain explanation instead of a long error

article = helpers.load_seeds()[0]
print("helpers loaded; article of", article.date, "with", len(article.paragraphs), "paragraphs.")

# %% [markdown]
# **Start over:** `helpers.start_over("04")` in a new cell gives you a fresh copy of
# this notebook and keeps yours as `04-regional-context.old-1.ipynb`; then choose
# **File → Reload Notebook from Disk**.

# %% [markdown]
# This notebook has two parts. **Part 1** places the agreements on the map
# and in time: how far New Zealand is from Japan, and how long the road to
# the signing was. **Part 2** is the heart of it: the alliances around the
# agreements, what has been said about China and the sea, and the debate in
# New Zealand. Most facts in Part 2 come from a table of sourced claims,
# each with who said it, when, the page it comes from and how sure the
# course is; the others cite their source in the text or in
# [`SOURCES.md`](../helpers/data/SOURCES.md).
#
# ## Part 1 · The region on the map and in time
#
# ## The article names the region only in Tokyo's words
#
# Three paragraphs use the word *region* (or *regional*), and two name a
# region. A short loop finds them (the same kind of test as in notebook 00):

# %%
for p in article.paragraphs:
    if "region" in p.text or "Indo-Pacific" in p.text:
        print(p.number, "region" in p.text, "Indo-Pacific" in p.text)

# %% [markdown]
# Paragraph 1 speaks of "regional challenges" and paragraph 7 of "regional
# security", without saying which region or which challenges. The name
# **Indo-Pacific** appears only in paragraphs 8 and 9. Whose words are they?
# The quotation table of notebook 01 answers:

# %%
quotes = helpers.quotes_frame(article)
quotes.loc[quotes["paragraph"].isin([8, 9]), ["paragraph", "speaker", "kind", "via", "parent", "text"]]

# %% [markdown]
# - Paragraph 8 is a **partial quotation**: the reporter's sentence, with
#   Tokyo's words "importance of US engagement in the Indo-Pacific region"
#   inside it, "according to Tokyo". It is Japan's account of the meeting;
#   the article gives no New Zealand account of that part.
# - Paragraph 9 is a full quotation from "the statement", which the program
#   gives to Tokyo, the source named in the paragraph before. Inside it is a
#   **quotation within a quotation** (its `parent` is 9): 'Free and Open
#   Indo-Pacific', in single quotation marks, because it is the name of a
#   Japanese policy.
#
# ## A table of distances: how far is each partner from Tokyo?
#
# The **ACSA** is about moving supplies between two forces, so distance is a
# fair question. `helpers.distances_from("Tokyo")` gives one row for each of
# Japan's agreement partners: the capital (or seat) that stands for it, its
# coordinates, and its distance from Tokyo in kilometres, nearest first.
# The coordinates come from the course's `places.csv` (rounded to 0.01°,
# about 1 km; confidence medium). NATO is an organisation, so its row is
# for Brussels, where it has its headquarters.

# %%
d = helpers.distances_from("Tokyo")
d.head(3)

# %% [markdown]
# The distance is measured along a **great circle**, the shortest path on
# the surface of a globe, with the **haversine formula**: turn the degrees
# into radians, compute $h = \sin^2\!\left(\frac{\varphi_2-\varphi_1}{2}\right) + \cos\varphi_1 \cos\varphi_2 \sin^2\!\left(\frac{\lambda_2-\lambda_1}{2}\right)$
# from the latitudes φ and longitudes λ, then distance $= 2R \arcsin\sqrt{h}$
# with the Earth's mean radius $R$ = 6,371.0088 km. The first step matters:
# Python's `math.sin` reads radians, so `math.sin(30)` is not the sine of 30°.

# %%
print("sin of 30 degrees:", round(math.sin(math.radians(30)), 3), "| math.sin(30):", round(math.sin(30), 3))

# %% [markdown]
# A sphere is a little off (the Earth is slightly flattened): for
# Tokyo–Wellington, 9,276 km on the sphere against 9,245 km on the real
# shape, under 0.5 % ([`SOURCES.md`](../helpers/data/SOURCES.md)).
#
# ## `.item()` takes a single value out of a table
#
# To use Canberra's distance in a calculation, pick the rows and the column
# with `.loc[rows, column]`. The result is a small table (a pandas
# **Series**: a column with its row labels) that holds one value; `.item()`
# takes it out as a plain number:

# %%
canberra_km = d.loc[d["place"] == "Canberra", "distance_km"]
print(canberra_km)
print(round(canberra_km.item()), "km")

# %% [markdown]
# **Exercise 4.1** (★☆☆) How far is Wellington from Tokyo, in kilometres?
# Take the number from the table `d` with code, as for Canberra; do not type
# it in. Answer with a number (rounding to the whole kilometre is fine).

# %%
answer_4_1 = d.loc[d["place"] == "Wellington", "distance_km"].item()  # SOLUTION
check("4.1", answer_4_1)

# %% [markdown]
# Because the rows are sorted, a row's **position** gives its rank:
# `.iloc[0]` is the first row, `.iloc[-1]` the last.
#
# **Exercise 4.2** (★☆☆) Which of Japan's partners has its capital nearest to
# Tokyo? Take it from `d` with code. Answer with the **partner's** name as
# text (the `partner` column, not the capital).

# %%
answer_4_2 = d.iloc[0]["partner"]  # SOLUTION
check("4.2", answer_4_2)

# %% [markdown]
# The chart draws the whole table, nearest at the top, Wellington hatched:

# %%
helpers.distances_chart(d)
plt.show()

# %%
print(textwrap.fill(helpers.describe_distances_chart(d), 80))

# %% [markdown]
# Wellington is the 7th nearest of Japan's 14 partners; Seoul is the nearest
# and Washington, D.C. the farthest. (Source: the course's `places.csv`,
# distances on a sphere; the cell above gives the chart in words, from
# `helpers.describe_distances_chart(d)`.) Distance is not closeness:
# the United States, Japan's ally (Part 2), is the farthest of all.
#
# ## A timeline runs from a first study to the signing
#
# The course's table of Japan–New Zealand milestones,
# `helpers.load_milestones()`, has seven steps. One of them, New Zealand's
# Defence Capability Plan, is dated only to the month (`2025-04`), because
# the reports the course read disagree on the day.

# %%
ms = helpers.load_milestones()
ms[["date", "date_precision", "track", "label", "confidence"]]

# %% [markdown]
# pandas can measure the time between two of them. `date_start` holds real
# dates (for `2025-04`, the first day of that month). Subtracting one from
# another gives a **Timedelta**, a length of time, and `.days` turns it into
# a whole number of days. From the first milestone (`.iloc[0]`) to the
# second (`.iloc[1]`):

# %%
step = ms["date_start"].iloc[1] - ms["date_start"].iloc[0]
print(step, "|", step.days, "days")

# %% [markdown]
# **Exercise 4.3** (★★☆) How many days passed from the first milestone (the
# leaders agree to study an ACSA) to the last (the signing)? Compute it from
# `ms`. Answer with a whole number of days.

# %%
answer_4_3 = (ms["date_start"].iloc[-1] - ms["date_start"].iloc[0]).days  # SOLUTION
check("4.3", answer_4_3)

# %% [markdown]
# The chart puts the seven milestones on one line:

# %%
helpers.milestones_timeline(ms)
plt.show()

# %%
print(textwrap.fill(helpers.describe_milestones_timeline(ms), 80))

# %% [markdown]
# The steps are uneven: one in 2014, then nothing in this table until 2022,
# then six steps in under four years. The hollow diamond is the defence
# plan, dated only to the month. (Source: the course's `milestones.csv`,
# from MOFA and news reports; the cell above gives the chart in words, from
# `helpers.describe_milestones_timeline(ms)`.) The gap from 2014 to
# 2022 is not empty, though: Part 2 fills it.
#
# ## Part 2 · The strategic context
#
# ## A table of sourced claims holds the context
#
# `helpers.load_context()` gives one row per claim the course makes about
# the world around the agreements. Each row says **who** said or did it,
# **when**, what the claim is (in the course's words), a brief **quotation**
# from the source where one helps, the **source** page and a
# **confidence**. The table is true *as of* `helpers.DATA_AS_OF`, the day
# its sources were last searched.

# %%
ctx = helpers.load_context()
print(len(ctx), "claims, as of", helpers.DATA_AS_OF.date())
ctx[["date", "kind", "topic", "who"]].head(4)

# %% [markdown]
# Two columns matter most for a careful reader:
#
# - **`kind`** keeps apart what a named person *said* (`statement`), what a
#   news outlet *wrote* (`report`), what happened (`event`), a government
#   `policy`, and a step in the Japan–New Zealand relationship
#   (`milestone`). "Japan is worried about China" is a different claim when a
#   minister says it and when a newspaper writes it.
# - **`confidence`**: `high` only for a government page; news reports and
#   copies of official texts are `medium`; `low` marks a claim not verified,
#   or known only from a copy whose original page or outlet was not found
#   (the definition in [`SOURCES.md`](../helpers/data/SOURCES.md)).

# %%
pd.crosstab(ctx["topic"], ctx["kind"])

# %% [markdown]
# A small loop prints a set of rows in full, with their sources. We will use
# it in every section below.


# %%
def show_claims(rows):
    for row in rows.itertuples():
        print(f"{row.date} · {row.who} ({row.kind}, {row.confidence})")
        print(textwrap.fill(row.claim, 80, initial_indent="  ", subsequent_indent="  "))
        if not pd.isna(row.quote):
            print(f'  Quoted: "{row.quote}"')
        for url in row.source.split(" ; "):  # one address per line, never broken
            print("  Source:", url)
        print()


# %% [markdown]
# ## "Free and Open Indo-Pacific" is a Japanese policy, relaunched in 2023
#
# The name in paragraph 9 has a history. Two rows of the context table:

# %%
show_claims(ctx[ctx["id"].isin(["foip-2016", "foip-new-plan-2023"])])

# %% [markdown]
# Both sources are the Government of Japan's own (high confidence). In 2016
# Shinzo Abe launched the vision; in March 2023 Fumio Kishida gave it a
# "New Plan" with four pillars of cooperation, from rules for peace to the
# safe use of the sea *and the air*. Paragraph 9 says the ministers agreed to
# cooperate "as partners in promoting" it: that is the Japanese statement's
# framing; the New Zealand ministers quoted in the article do not use the
# phrase.
#
# ## Japan's alliance is with the United States, and it is older than every agreement in the data
#
# Paragraph 8 mentions "US engagement". Japan's security ties with the
# United States do not begin with the ACSA of 1996, the oldest row in the
# agreements table. They begin with a treaty:

# %%
show_claims(ctx[ctx["id"].str.startswith("us-japan-treaty")])

# %% [markdown]
# The 1960 treaty is an **alliance**: each side declares it would act
# against an armed attack on either in the territories Japan administers.
# The course did not read the texts of the ACSA and the ISA with New
# Zealand: the press release and the reports describe no such promise. For
# the US–Japan treaties the course read copies of the texts (for 1960, a
# US Forces Japan printing kept in the CIA's online reading room), not the
# governments' own treaty pages,
# so both rows are medium confidence.
#
# To take one date out of the table, pick its row, then use `.item()`: a
# filter such as `ctx["id"] == "foip-2016"` always gives a Series, even when
# only one row matches, and `.item()` returns its single value. A date has
# a `.year`. For example, the year of the FOIP launch (its row is dated to
# the month only, so `date_start` holds the first day of that month: read
# the year, not the day):

# %%
foip_launch = ctx.loc[ctx["id"] == "foip-2016", "date_start"].item()
print("FOIP launch year:", foip_launch.year)
agreements = helpers.load_agreements()  # the agreements table, for Exercise 4.4 and later cells

# %% [markdown]
# **Exercise 4.4** (★★☆) How many years before Japan's first ACSA (the
# agreements table's earliest ACSA) was the current US–Japan treaty signed?
# Take both years from the data (`ctx` and `agreements`) with code, not typed
# in, and subtract.
# Answer with a whole number of years.

# %%
# BEGIN SOLUTION
treaty_year = ctx.set_index("id").loc["us-japan-treaty-1960", "date_start"].year
first_acsa_year = agreements.loc[agreements["kind"] == "ACSA", "signed_start"].min().year
# END SOLUTION
answer_4_4 = first_acsa_year - treaty_year  # SOLUTION
check("4.4", answer_4_4)

# %% [markdown]
# Two Japanese decisions frame what Japan's forces may do with partners:

# %%
show_claims(ctx[ctx["id"].isin(["peace-security-laws-2015", "nss-2022"])])

# %% [markdown]
# Of the ACSAs signed after the 2015 legislation, the course's data covers
# ammunition for three: the new US one (2016), the UK one (2017) and the new
# Australian one (2017), which allow it to be provided (the first Australian
# ACSA of 2010 did not; `agreements.csv` and notebook 02). Whether the India
# ACSA covers ammunition is left out (see `SOURCES.md`).
# In February 2023 Japan's foreign minister told his New Zealand counterpart
# that under the new strategy Japan was strengthening cooperation with
# "like-minded countries" (the AP report behind the 2023-02-27 milestone,
# <https://www.arabnews.jp/en/japan/article_90634/>). Note how the second
# row is sourced: the
# phrase "the greatest strategic challenge" comes from a report on the
# *draft*; the course did not read the final text in full, and says so.
#
# ## New Zealand is in Five Eyes and Japan is not: why an ISA matters
#
# **Five Eyes** is an intelligence partnership of five English-speaking
# countries. New Zealand is a member; Japan is not:

# %%
show_claims(ctx[ctx["id"].isin(["five-eyes-1956", "isa-talks-2022"])])

# %% [markdown]
# An **Information Security Agreement** is what two governments sign when
# they want to exchange classified information outside such a club: it
# sets the rules each side follows to protect what it receives (notebook
# 03). Read the 2022 row closely. Ardern said the agreement could include
# information classified up to the level of "top secret"; another report of
# the same trip quoted a spokesperson saying it "would not be intelligence"
# (a copy of that report on a reposting site, low:
# <https://thenationalpolicy.com/new-zealand-and-japan-prime-ministers-meet-agree-to-boost-security-ties>).
# The two claims are not the same, and the course keeps both. The ISA
# itself, as Japan describes it, covers classified information that
# "requires protection in the interests of national security"
# (paragraph 6 of the article).
#
# ## The Quad and AUKUS: groupings New Zealand is not in
#
# Two more groupings come up in every discussion of the region:

# %%
show_claims(ctx[ctx["id"].isin(["quad-origins", "peters-blinken-2024", "aukus-peters-2024"])])

# %% [markdown]
# - The **Quad** is Australia, India, Japan and the United States; New
#   Zealand is not a member.
# - **AUKUS** is a pact of Australia, the United Kingdom and the United
#   States. Its first "pillar" is nuclear-powered submarines for Australia;
#   Pillar II is advanced technology (Reuters, the first source of the last
#   row). In May 2024 Peters said New Zealand was
#   "a long way" from a decision on Pillar II and had not been invited.
#
# So, in the course's reading, New Zealand's agreements with Japan are not
# a step into any of these groupings: they are bilateral, between two
# governments, and no source in the data links them to the Quad or AUKUS.
#
# ## China and the sea: who said what
#
# The article's "regional challenges" are never named. Other sources do name
# them. Here is every row of the context table on China and the sea:

# %%
china = ctx[ctx["topic"] == "China and the sea"]
china[["date", "kind", "who"]]

# %% [markdown]
# Read the `kind` column before the claims. Some rows are **statements** by
# named people (Collins, a New Zealand official), others **reports** by
# newspapers and news agencies. Which is which matters for the next
# exercise, and for any sentence you write about "why" the agreements were
# signed.
#
# **Exercise 4.5** (★★☆) Which rows about China and the sea are news
# **reports**, not statements? Keep the rows of `ctx` whose `topic` is
# `"China and the sea"` and whose `kind` is `"report"` (two conditions
# joined with `&`), and answer with a list of their `id`s.

# %%
# BEGIN SOLUTION
china_reports = (ctx["topic"] == "China and the sea") & (ctx["kind"] == "report")
# END SOLUTION
answer_4_5 = ctx.loc[china_reports, "id"].tolist()  # SOLUTION
check("4.5", answer_4_5)

# %% [markdown]
# Now read the two reports that tie the agreements themselves to China:

# %%
show_claims(china[china["id"].isin(["yomiuri-preview-2025", "jiji-signing-2025"])])

# %% [markdown]
# These are Japanese newspapers' framings: "with China's continued
# aggressive maritime expansion in mind" (the Yomiuri) and "amid China's
# increasingly hegemonic moves" (Jiji Press). Two details of the Yomiuri
# preview were overtaken by events on the day: the date (it expected
# 18 December; the signing was on the 19th) and the count ("ninth"; the
# Netherlands signed the day before New Zealand, which made New Zealand the
# tenth; notebook 02, "Eight, nine or ten?", has the whole story). A third, its account of 2024 (a New Zealand ship "escorted" a
# Japanese destroyer), is one side of a disputed account, as we will see.
# A report written before an event is a forecast.
#
# What New Zealand's defence minister said is different in kind:

# %%
show_claims(china[china["id"].isin(["collins-japan-times-2025", "aotearoa-strait-2025"])])

# %% [markdown]
# In the interview Collins names places, the Taiwan Strait and the South
# China Sea, where New Zealand works with Japan, and she says New Zealand
# can be more vocal because it is "seeing quite a lot more", pointing (in
# the reporter's summary) to China's partnership deal with the Cook Islands
# (which are in free association with New Zealand), its missile test over
# the Pacific and its naval exercises in the Tasman Sea. She names China's
# moves in an interview about closer work with Japan (the link between the
# two is the reporter's framing); she does not say the agreements are
# aimed at China. Reading her as silent on China would be as wrong as
# reading her as naming it the reason. HMNZS Aotearoa, the tanker in paragraph 4 of the article, is the
# ship that sailed through the Taiwan Strait in November 2025, a few weeks
# before the signing. China answered in public: its defence ministry
# spokesman said the Chinese military had monitored the passage and that
# "we firmly oppose any country stirring up trouble in the Taiwan Strait"
# (Reuters via The Straits Times, medium; row `china-mnd-aotearoa-2025`).
#
# ### December 2025: signed during a Japan–China confrontation
#
# The signing did not happen in calm water. On 7 November 2025 Prime
# Minister Takaichi told the Diet that a Taiwan contingency could be a
# "survival-threatening situation" for Japan, the legal trigger for
# collective self-defence; China protested and told its citizens not to
# visit Japan. On 6 December a Chinese J-15 fighter locked its
# fire-control radar on Japanese jets. On signing day Koizumi described
# that incident to Collins and, Jiji reports, the two ministers "shared
# their strong concerns":

# %%
december = ["takaichi-taiwan-2025", "radar-lockon-2025", "jiji-signing-2025"]
show_claims(ctx.set_index("id").loc[december].reset_index())

# %% [markdown]
# Context of this kind explains why reporters framed the signing against
# China; it is still not a government's stated reason for the agreements.
# Keep the two apart when you write.

# %%
show_claims(ctx[ctx["id"] == "china-mnd-aotearoa-2025"])

# %% [markdown]
# The Pacific Islands appear too, briefly: Jiji's Japanese report of the
# signing day says the two defence ministers also agreed to cooperate in
# supporting Pacific island countries (a copy, low confidence; row
# `jiji-pacific-islands-2025`); it does not say how.
#
# ## The Taiwan Strait, 2024: three accounts of one passage
#
# On 25 September 2024 ships of three navies passed through the Taiwan
# Strait. The context table keeps three accounts:

# %%
show_claims(ctx[ctx["id"].str.startswith("strait-2024-")])

# %% [markdown]
# **Exercise 4.6** (★★★, judgement) Which sentence does the evidence
# support best? Answer with one letter, as text.
#
# - **A.** A New Zealand ship escorted a Japanese destroyer through the
#   strait; the Yomiuri says so (December 2025).
# - **B.** New Zealand, Australian and Japanese ships passed through the
#   strait on the same day; whether the Japanese destroyer sailed with the
#   other two is disputed between Japanese media and New Zealand's
#   government.
# - **C.** No Japanese ship was there: New Zealand's government would know.
# - **D.** Collins's statement is the primary source, so it settles the
#   question: the ships of New Zealand and Australia sailed alone.

# %%
answer_4_6 = "B"  # SOLUTION
check("4.6", answer_4_6)

# %% [markdown]
# ## Winston Peters gives reasons in general words, and New Zealand debates them
#
# Paragraph 7 is the only quotation from New Zealand's Foreign Minister:

# %%
peters = quotes[quotes["speaker"] == "Winston Peters"].iloc[0]
print(textwrap.fill(peters["text"].rstrip(","), 80))
print("Channel named by the article:", repr(peters["via"]))

# %% [markdown]
# The article names no channel (`via` is empty). Three phrases carry his
# reasons. What each says, and what it leaves open:
#
# | His words | What the words say | What they do not say |
# |---|---|---|
# | "increasing international tension" | tension between countries is growing | where, or between whom |
# | "strengthening interoperability with our partners" | the forces should be able to work together better (**interoperability**: compatible equipment, procedures and communications) | which partners, other than Japan |
# | "uphold the international rules-based order" | the goal is to support international law and the rules countries have agreed | which rules, or who is breaking them |
#
# A careful reader stops there: the words support the first two columns;
# anything in the third would be a guess. But the words sit inside a debate
# in New Zealand about its **independent foreign policy**: the line New
# Zealand has taken between larger powers since the mid-1980s. After New
# Zealand barred nuclear-armed ships, the United States in 1986 suspended
# its ANZUS treaty obligations to New Zealand; New Zealand did not leave the
# treaty, and its alliance with Australia under it was kept (an encyclopaedia
# entry for students, medium; the course found no government page; the
# glossary gives the link). The glossary also has entries on the
# independent foreign policy and on the rules-based order. Here are the context rows on New Zealand's
# foreign policy:

# %%
show_claims(ctx[ctx["topic"] == "NZ foreign policy"])

# %% [markdown]
# The other side of the debate, in its own words: Helen Clark, a former
# Labour prime minister, and Don Brash, a former leader of the National
# Party, wrote together urging the
# government to "reassert New Zealand's independent foreign policy" by
# staying out of AUKUS, or admit it had abandoned that policy (reported by
# the Gisborne Herald; Peters replied in the NZ Herald; both pages are listed
# in [`SOURCES.md`](../helpers/data/SOURCES.md), "Sources of other claims"). The agreements
# with Japan are not AUKUS. Note who uses which words: "increasing
# international tension" and "the international rules-based order" are
# Peters' words in paragraph 7, spoken for a government that says it would
# be irresponsible not to consider AUKUS Pillar II (row
# `aukus-peters-2024`); Clark and Brash, who urge staying out, speak of reasserting an "independent foreign policy". Whether the
# phrases carry a side in that debate is for the reader to judge; the
# sources show only who said them.
#
# **Exercise 4.7** (★★★, judgement) Which of these sentences can the
# course's sources support, as written? Several may. Answer with a list of
# letters, for example `["A", "D"]`.
#
# - **A.** Japanese news reports framed the agreements against China.
# - **B.** New Zealand's ministers named China as the reason for the
#   agreements.
# - **C.** New Zealand's defence minister said in June 2025 that New Zealand
#   works with Japan around the Taiwan Strait and the South China Sea.
# - **D.** The agreements oblige New Zealand to help defend Japan.
# - **E.** In an interview about closer defence work with Japan, New
#   Zealand's defence minister pointed to China's moves in the Pacific,
#   including its deal with the Cook Islands and its naval exercises in the
#   Tasman Sea.

# %%
answer_4_7 = ["A", "C", "E"]  # SOLUTION
check("4.7", answer_4_7)

# %% [markdown]
# ## The Pacific Islands are part of the story
#
# Two steps of the relationship missing from the timeline above mention the
# Pacific Islands by name; with the 2025 frigate talks they fill the gap
# between 2014 and 2022 and after:

# %%
show_claims(ctx[ctx["kind"] == "milestone"])

# %% [markdown]
# The 2013 statement made the two countries "strategic cooperative
# partners", the phrase their ministers still use; the 2023 declaration
# speaks of work with Pacific partners on maritime security, disaster relief
# and climate change. Notice the date of the 2023 row: `2023`, year only,
# because the report the course read shows no date. In June 2025 Collins
# also pointed to Chinese naval exercises in the Tasman Sea, between
# Australia and New Zealand.
#
# ## Reciprocal Access Agreements: the third kind, which New Zealand does not have
#
# A **Reciprocal Access Agreement (RAA)** sets the legal terms under which
# one country's forces visit the other's (entry, customs, legal status).
# Japan's RAAs, each citing an official page:

# %%
agreements.loc[agreements["kind"] == "RAA", ["partner", "signed", "in_force", "confidence"]]

# %% [markdown]
# The course found **no Japan–New Zealand RAA, and no negotiation of one, in
# its sources**. That is the limit of what was checked, not proof that none
# is planned ([`SOURCES.md`](../helpers/data/SOURCES.md), "Left out, and why").
#
# **Exercise 4.8** (★★☆, judgement) An editor offers four headlines for the
# news of 19 December 2025. Which one does the data support in every word?
# Answer with one letter.
#
# - **A.** "New Zealand lines up with Japan in the Taiwan Strait" (Collins
#   named the Taiwan Strait as a place where New Zealand works with Japan)
# - **B.** "Pacts with Japan bring New Zealand closer to AUKUS" (Peters said
#   in 2024 that not considering AUKUS Pillar II would be irresponsible)
# - **C.** "New Zealand becomes Japan's tenth logistics partner; neither new
#   pact yet in force"
# - **D.** "Japan and New Zealand to share top-secret information" (Ardern
#   said in 2022 that the ISA could cover information up to top secret)

# %%
answer_4_8 = "C"  # SOLUTION
check("4.8", answer_4_8)

# %% [markdown]
# ## The whole network on one map
#
# `helpers.partner_map(as_of=...)` puts each partner at its capital (NATO:
# its seat) with one marker per kind of agreement: shape and colour for the
# kind (circle ACSA, square ISA, triangle RAA), fill for the state (full: in
# force; hollow: signed, not yet in force; half: not verified). Each line
# from Tokyo is a great circle, the shortest path on the globe, which a flat
# map bends towards the pole: solid where an agreement was in force, dashed
# where none was yet. Grey names mark the places this notebook discusses:
# China, the Taiwan Strait, the South China Sea and the Tasman Sea (where a
# name sits is a label's position, not a boundary). Source: agreements.csv,
# places.csv; coastlines Natural Earth.

# %%
helpers.partner_map(as_of="2025-12-19")
plt.show()

# %% [markdown]
# **Exercise 4.9** (★★☆) Using the map and the distance table `d`, which
# statement does the evidence support? Answer with one letter.
#
# - **A.** New Zealand is one of Japan's nearest partners: on the map it
#   sits just below Japan.
# - **B.** Half of the partners are in Europe (NATO at its seat), and
#   Wellington is farther from Tokyo than Berlin or Kyiv.
# - **C.** Every dashed line goes to Europe.
# - **D.** The lines bend because the agreements went through other
#   countries.

# %%
answer_4_9 = "B"  # SOLUTION
check("4.9", answer_4_9)

# %% [markdown]
# The map's text description, partner by partner, nearest first (it is what
# a screen reader gives for the map):

# %%
print(textwrap.fill(helpers.describe_partner_map(as_of="2025-12-19"), 80))

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(4))

# %% [markdown]
# ## Discussion
#
# There is no single right answer; use the article's words and the rows of
# `ctx`, and name the source of each claim you make.
#
# 1. **Who links the agreements to China?** In the data, Japanese newspapers
#    do; New Zealand's ministers name seas and ships. Why might a government
#    avoid naming a country, and why might a newspaper name it? What would
#    count as evidence of the governments' own reasons?
# 2. **Independent, or aligned?** Peters says the grounds of New Zealand's
#    independent foreign policy have "seismically shifted"; Clark and Brash
#    urge the government to reassert it. Do agreements on supplies and on
#    protecting information with Japan fit an independent foreign policy, or
#    not? What would you need to know to decide?
# 3. **Does distance matter?** Wellington is more than 9,000 km from Tokyo,
#    yet Japan has agreements with partners as far away as Ottawa and
#    Washington. Where would the two forces actually meet?

# %% [markdown]
# ## Key points
#
# - The article names the region, "Indo-Pacific", only in Japan's words; "Free and Open Indo-Pacific" is a Japanese policy launched in 2016 and given a "New Plan" with four pillars in 2023 (Government of Japan, high confidence).
# - Japan's alliance is with the United States (treaty of 1951, replaced in 1960); the press release and the reports describe no promise to defend in the agreements with New Zealand. New Zealand is in Five Eyes and Japan is not, which is why an Information Security Agreement matters; New Zealand is in neither the Quad nor AUKUS.
# - Japanese newspapers framed the agreements against China, and they were signed during a Japan–China confrontation (the Taiwan remark of 7 November 2025, the radar incident of 6 December), which Koizumi and Collins discussed that day. In an interview about closer work with Japan, Collins pointed to China's moves (the Cook Islands deal, the Tasman Sea exercises) without calling China the agreements' reason. Keep what people said (`statement`) apart from what papers wrote (`report`).
# - When sources disagree (the Taiwan Strait, 2024), report the disagreement and name the sources; a later report does not settle an earlier dispute, and silence is not denial.
# - Peters's reasons are general words inside a live New Zealand debate about its independent foreign policy; read what the words say, not more. Other steps in the relationship a specialist would add: New Zealand's 2023 Defence Policy and Strategy Statement, the Japanese destroyers' visit to Wellington in August 2025, and New Zealand ships monitoring North Korea sanctions from Japan (context rows `dpss-2023`, `ise-wellington-2025`).
# - `.item()` takes one value out of a table; subtracting dates gives a Timedelta and `.days`; two conditions on a table are joined with `&`.
#
# ## Further reading
#
# - Every claim in Part 2, with its source: `helpers.load_context()`, documented in [`SOURCES.md`](../helpers/data/SOURCES.md) (section "context.csv").
# - Japan's Ministry of Foreign Affairs press release on the signing, 19 December 2025:
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - Japan's "New Plan for a Free and Open Indo-Pacific" (Government of Japan, 2023):
#   <https://www.japan.go.jp/kizuna/2023/05/new_plan_for_free_and_open_indo-pacific.html>
# - The 2013 Auckland meeting and the "strategic cooperative partnership" (MOFA):
#   <https://www.mofa.go.jp/region/page6e_000087.html>
# - The Quad, as Australia describes it: <https://dfat.gov.au/international-relations/regional-architecture/quad>
# - Peters on AUKUS Pillar II (RNZ, 2 May 2024):
#   <https://www.rnz.co.nz/news/national/515736/winston-peters-still-trying-to-find-out-what-aukus-pillar-2-is-about>
# - The RAAs, one source each:
#   - Australia: <https://www.legislation.gov.au/F2023L00995>
#   - United Kingdom: <https://www.mofa.go.jp/press/release/press4e_003298.html>
#   - the Philippines: <https://www.mofa.go.jp/s_sa/sea2/ph/pageite_000001_00432.html>
# - FOIP, RAA, interoperability and the rules-based order: the [glossary](../docs/glossary.md).
#
# ---
# <!-- course:closing -->
# **Next:** [05 Capstone →](05-capstone.ipynb)
# <!-- /course:closing -->
