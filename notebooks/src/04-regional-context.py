# %% [markdown]
# # 04 · The regional context: the Indo-Pacific, distances from Tokyo and a timeline
#
# **You are here:** [← 03 Information security](03-information-security.ipynb) | 04 The regional context | [05 Capstone →](05-capstone.ipynb)
#
# **Time:** about 50 minutes (teaching 25, exercises 25).
#
# **Questions this notebook answers**
# - Which region does the article place the agreements in, and whose words name it?
# - What does Winston Peters say about the reasons for the agreements, and what does he leave unsaid?
# - How far is New Zealand from Japan, compared with Japan's other partners, and how is that distance measured?
# - How long did it take from the first step to the signing, and what is a Reciprocal Access Agreement?
#
# **By the end you will be able to**
# - find the article's words about the region and say who is quoted for each;
# - explain "Free and Open Indo-Pacific" and say how sure the course is of each fact about it;
# - take one value out of a table with `.item()` and compare places by their distance from Tokyo;
# - compute a great-circle distance with the haversine formula, with `helpers` and with a function of your own;
# - measure the time between two milestones with pandas dates and `.days`;
# - list Japan's Reciprocal Access Agreements and say what the course's sources do not show.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/04-regional-context.ipynb`; both are generated from
# > `notebooks/src/04-regional-context.py` by `make notebooks`.
# > Timing: about 10 minutes for the article's words (sections 1–3), 15 for
# > distances and the haversine formula (4.1, 4.2), 10 for the RAAs and the
# > defence plan (4.3), 10 for the timeline (4.4), 5 for the discussion.
# > Exercises 4.5 and 4.6 (★★★) can be left for homework; 4.6 receives the
# > learner's function itself and tries it on four pairs of places. The
# > distance chart comes after 4.5 on purpose: it shows the answers to
# > 4.1–4.3 and 4.5. In the discussion, steer learners away from guessing what
# > Peters "really meant": the point is to separate his words from what the
# > course can show.

# %%
# Setup: run this cell first.
import math
import textwrap

import matplotlib.pyplot as plt
import pandas as pd

import helpers
from helpers import check

article = helpers.load_seeds()[0]
print("helpers loaded; article of", article.date, "with", len(article.paragraphs), "paragraphs.")

# %% [markdown]
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
# security", without saying which region. The name **Indo-Pacific** appears
# only in paragraphs 8 and 9. Whose words are they? The quotation table of
# notebook 01 answers:

# %%
quotes = helpers.quotes_frame(article)
quotes.loc[quotes["paragraph"].isin([8, 9]), ["paragraph", "speaker", "kind", "via", "parent", "text"]]

# %% [markdown]
# - Paragraph 8 is a **partial quotation**: the reporter's sentence, with
#   Tokyo's words "importance of US engagement in the Indo-Pacific region"
#   inside it, "according to Tokyo". It is Japan's account of what the
#   ministers discussed; the article gives no New Zealand account of that part
#   of the meeting.
# - Paragraph 9 is a full quotation from "the statement". The article does
#   not say which statement; the program gives it to Tokyo, the source named
#   in the paragraph before.
# - Inside paragraph 9 is a **quotation within a quotation** (its `parent` is
#   9): 'Free and Open Indo-Pacific', in single quotation marks. The statement
#   itself quotes a name.

# %% [markdown]
# ## "Free and Open Indo-Pacific" is the name of a Japanese policy
#
# The single quotation marks are there because **Free and Open Indo-Pacific**
# (FOIP) is a name, not a description. The course's fact base records:
#
# | Fact | Confidence |
# |---|---|
# | Prime Minister Shinzo Abe announced it in his keynote speech at TICAD VI (the sixth Tokyo International Conference on African Development) in Nairobi, in August 2016. | **medium**: the course's fact base has this from a secondary source, not a Japanese government page |
# | Japan's Ministry of Foreign Affairs describes three pillars: (1) the rule of law, freedom of navigation and free trade; (2) economic prosperity through connectivity; (3) peace and stability, including maritime security. | **high**: the ministry's own description |
#
# The course's fact base gives no web address for either fact; the glossary,
# `docs/glossary.md`, has an entry on FOIP.
#
# Paragraph 9 says the two ministers agreed on stronger cooperation "as
# partners in promoting" it. That is the Japanese statement's framing; the
# New Zealand ministers quoted in the article do not use the phrase.
#
# Paragraph 8 mentions the United States. The course's data show how far back
# Japan's agreements with it go: the oldest row in the agreements table is a
# US one (the table holds only ACSAs, ISAs and RAAs).

# %%
agreements = helpers.load_agreements()
oldest = agreements.sort_values("signed_start").iloc[0]
print(oldest["title"], "signed", oldest["signed"], "| confidence:", oldest["confidence"])
print(textwrap.fill("source: " + oldest["source"], 80))

# %% [markdown]
# ## Winston Peters gives reasons in general words
#
# Paragraph 7 is the only quotation from New Zealand's Foreign Minister.
# Read it slowly:

# %%
peters = quotes[quotes["speaker"] == "Winston Peters"].iloc[0]
print(textwrap.fill(peters["text"].rstrip(","), 80))
print("Channel named by the article:", repr(peters["via"]))

# %% [markdown]
# The article names no channel (`via` is empty): it does not say where or when
# he said this. Three phrases carry his reasons. What each says, and what it
# leaves open:
#
# | His words | What the words say | What they do not say |
# |---|---|---|
# | "increasing international tension" | tension between countries is growing | where, or between whom |
# | "strengthening interoperability with our partners" | the forces should be able to work together better (**interoperability**: compatible equipment, procedures and communications) | which partners, other than Japan |
# | "uphold the international rules-based order" | the goal is to support international law and the rules countries have agreed | which rules, or who is breaking them |
#
# He also speaks of "regional security and prosperity" without naming the
# region: in the article, "Indo-Pacific" comes only from Tokyo. A careful
# reader stops here: the words support the first two columns; anything in the
# third would be a guess about what he meant.

# %% [markdown]
# ## A table gives the distance from Tokyo to each partner's capital
#
# The **ACSA** is about moving supplies between two forces, so distance is a
# fair question. `helpers.distances_from("Tokyo")` gives a table with one row
# for each of Japan's agreement partners in the course's data: the capital
# (or seat) that stands for the partner, its coordinates, and its distance
# from Tokyo in kilometres. The rows are sorted from the nearest to the
# farthest.

# %%
d = helpers.distances_from("Tokyo")
print(len(d), "rows; columns:", list(d.columns))

# %% [markdown]
# The coordinates come from the course's `places.csv`: standard coordinates,
# rounded to 0.01° (about 1 km), confidence medium; the fact base gives them
# without a web page. NATO is an organisation, so its row is for Brussels,
# where it has its headquarters. Here is one row, Canberra's:

# %%
d[d["place"] == "Canberra"]

# %% [markdown]
# ## `.item()` takes a single value out of a table
#
# To use Canberra's distance in a calculation, pick the rows and the column
# with `.loc[rows, column]`. The result is still a small table (a pandas
# **Series**: a column with its row labels) that happens to hold one value:

# %%
canberra_km = d.loc[d["place"] == "Canberra", "distance_km"]
canberra_km

# %% [markdown]
# `.item()` takes that one value out, as a plain number you can round,
# compare or give to `check`:

# %%
print(round(canberra_km.item()), "km")

# %% [markdown]
# Because the rows are sorted, a row's **position** tells you its rank.
# `.iloc[...]` picks a row by position, counting from 0; `.iloc[-1]` is the
# last row, the farthest partner:

# %%
farthest = d.iloc[-1]
print(farthest["partner"], "-", farthest["place"], "-", round(farthest["distance_km"]), "km")

# %% [markdown]
# **Exercise 4.1** (★☆☆) How far is Wellington from Tokyo, in kilometres?
# Take the number from the table `d` with code, as for Canberra; do not type
# it in. Answer with a number (rounding to the whole kilometre is fine).

# %%
answer_4_1 = d.loc[d["place"] == "Wellington", "distance_km"].item()  # SOLUTION
check("4.1", answer_4_1)

# %% [markdown]
# **Exercise 4.2** (★☆☆) Which of Japan's partners has its capital nearest to
# Tokyo? Take it from `d` with code. Answer with the partner's name as text.

# %%
answer_4_2 = d.iloc[0]["partner"]  # SOLUTION
check("4.2", answer_4_2)

# %% [markdown]
# A chart of all these distances comes later, after the last distance
# exercise, so that you can check your answers against it.

# %% [markdown]
# ## The haversine formula measures distance along the Earth's surface
#
# A flat map stretches the Earth, so a ruler on a map gives the wrong
# distance. On a globe, the shortest way between two points along the surface
# follows a **great circle**: a circle around the globe whose centre is the
# centre of the Earth, as the equator's is. Any route from one point to the
# other, by sea or by air, is at least that long.
#
# The **haversine formula** gives the length of that path from two
# latitudes (φ, "phi") and longitudes (λ, "lambda"):
#
# 1. turn degrees into radians (Python's trigonometry works in radians);
# 2. $h = \sin^2\!\left(\frac{\varphi_2-\varphi_1}{2}\right) + \cos\varphi_1 \cos\varphi_2 \sin^2\!\left(\frac{\lambda_2-\lambda_1}{2}\right)$,
#    a number from 0 (the same point) to 1 (opposite sides of the Earth);
# 3. distance $= 2R \arcsin\sqrt{h}$, where $R$ is the Earth's radius.
#
# `helpers` uses the mean radius, $R$ = 6,371.0088 km. The real Earth is
# slightly flattened, so a sphere is a little off: for Tokyo–Wellington,
# 9,276 km on the sphere against 9,245 km on the flattened Earth, under 0.5 %
# (helpers/data/SOURCES.md). South latitudes and west longitudes are negative.
#
# Step 1 matters. Python's `math.sin` reads its number as radians, so
# `math.sin(30)` is the sine of 30 radians (about 1,719°), not of 30°:

# %%
print("sin of 30 degrees:", round(math.sin(math.radians(30)), 3))
print("math.sin(30):     ", round(math.sin(30), 3))

# %% [markdown]
# `helpers.haversine_km(lat1, lon1, lat2, lon2)` does the three steps. Here it
# is on the coordinates of Tokyo and Canberra from `helpers.load_places()`:

# %%
places = helpers.load_places().set_index("place")
tokyo, canberra = places.loc["Tokyo"], places.loc["Canberra"]
print("Tokyo:   ", tokyo["lat"], tokyo["lon"])
print("Canberra:", canberra["lat"], canberra["lon"])
km = helpers.haversine_km(tokyo["lat"], tokyo["lon"], canberra["lat"], canberra["lon"])
print(f"Tokyo–Canberra: {km:,.0f} km")

# %% [markdown]
# The same number as Canberra's row in `d`: `distances_from` calls this
# function for every row. In exercise 4.6 you write the three steps yourself.

# %% [markdown]
# ## Reciprocal Access Agreements are a third kind of agreement
#
# The ACSA covers supplies and services, the Information Security Agreement
# covers classified information. A third kind of agreement in the course's
# data, the **Reciprocal Access Agreement (RAA)**, sets the legal terms under
# which one country's forces visit the other's for training and operations
# (entry, customs, legal status). Japan's RAAs, from `agreements` (loaded
# above):

# %%
raa = agreements[agreements["kind"] == "RAA"]
raa[["partner", "signed", "in_force", "confidence"]]

# %% [markdown]
# All three rows are high confidence: each cites an official page (Australia's
# Federal Register of Legislation or Japan's Ministry of Foreign Affairs; the
# addresses are under "Further reading").
#
# **Exercise 4.3** (★★☆) Forces that visit each other for training may care
# about distance. Which of Japan's RAA partners has its capital nearest to
# Tokyo? Combine `raa` with the distance table `d`: `.isin(...)`, used on the
# quotation table at the top of this notebook, keeps the rows whose value is
# in a list. Answer with the partner's name as text.

# %%
answer_4_3 = d.loc[d["partner"].isin(raa["partner"]), "partner"].iloc[0]  # SOLUTION
check("4.3", answer_4_3)

# %% [markdown]
# ## On the article's date New Zealand had two of the three kinds
#
# Which kinds of agreement did Japan have with each partner on
# 19 December 2025? `helpers.network_as_of()` gives one row for each
# agreement signed by that day, with its state on that day; the code leaves
# out agreements replaced by newer ones (`superseded`). Then
# `pd.crosstab(rows, columns)` counts the rows for every pair of values: one
# row per partner, one column per kind, and in each cell the number of that
# partner's agreements of that kind, so here 1 means "one" and 0 "none".

# %%
net = helpers.network_as_of()
current = net[net["state"] != "superseded"]
table = pd.crosstab(current["partner"], current["kind"])
table.loc[["Australia", "United Kingdom", "Philippines", "New Zealand"]]

# %% [markdown]
# On 19 December 2025 Australia and the United Kingdom had all three kinds
# with Japan, the Philippines only an RAA, and New Zealand two, both signed
# that day and not yet in force. The course found **no Japan–New Zealand RAA,
# and no negotiation of one, in its sources**. That is not the same as saying
# none exists or that none is planned: it is the limit of what was checked
# (helpers/data/SOURCES.md, "Left out, and why").

# %% [markdown]
# ## One New Zealand step in the data is dated only to the month
#
# The course's table of Japan–New Zealand milestones,
# `helpers.load_milestones()`, includes one step that is New Zealand's alone:
# its defence plan. Here is that row:

# %%
ms = helpers.load_milestones()
plan = ms[ms["track"] == "NZ defence policy"].iloc[0]
print("date:", plan["date"], "| precision:", plan["date_precision"], "| confidence:", plan["confidence"])
print(textwrap.fill(plan["event"], 80))

# %% [markdown]
# Its confidence is **medium**, because it comes from a news report (the
# Otago Daily Times; the address is under "Further reading"). Its date is only
# a month, `2025-04`, because the course's fact base records only the month.
# The article does not mention the plan, and the course's sources do not say
# whether it had anything to do with the signing.

# %% [markdown]
# ## A timeline runs from a first study to the signing
#
# All seven milestones, in date order:

# %%
ms[["date", "date_precision", "track", "label"]]

# %% [markdown]
# pandas can measure the time between two of them. `date_start` holds real
# dates (for `2025-04`, the first day of that month). Subtracting one date
# from another gives a **Timedelta**, a length of time. Here is the time from
# the first milestone (`.iloc[0]`) to the second (`.iloc[1]`):

# %%
step = ms["date_start"].iloc[1] - ms["date_start"].iloc[0]
step

# %% [markdown]
# `.days` turns the Timedelta into a whole number of days:

# %%
step.days

# %% [markdown]
# **Exercise 4.4** (★★☆) How many days passed from the first milestone (the
# leaders agree to study an ACSA) to the last (the signing)? Compute it from
# `ms`. Answer with a whole number of days.

# %%
answer_4_4 = (ms["date_start"].iloc[-1] - ms["date_start"].iloc[0]).days  # SOLUTION
check("4.4", answer_4_4)

# %% [markdown]
# A chart puts the seven milestones on one time line:

# %%
helpers.milestones_timeline(ms)
plt.show()

# %% [markdown]
# The steps are uneven: one in 2014, then nothing in the table until 2022,
# then six steps from April 2022 to December 2025. The title's 11.5 years is
# your answer to exercise 4.4 divided by 365.25, the average length of a year.
# The hollow diamond is the defence plan, dated only to the month. (Source:
# the course's `milestones.csv`, from MOFA and news reports; every row is
# medium confidence except the signing, which is high. Text version:
# `print(helpers.describe_milestones_timeline(ms))`.)
#
# `.diff()` subtracts each row's date from the next row's, so it gives every
# gap at once; `.dt.days` turns a whole column of Timedeltas into days:

# %%
gaps = ms[["date", "label"]].copy()
gaps["days_since_previous"] = ms["date_start"].diff().dt.days.astype("Int64")
gaps

# %% [markdown]
# The first gap, from 2014 to 2022, is by far the longest. The two gaps next
# to the month-only row (`2025-04`) are measured from 1 April, so each could
# be off by up to 29 days.

# %% [markdown]
# ## Harder exercises: back to distances, and a haversine of your own
#
# A comparison such as `d["distance_km"] > 10000` is `True` or `False` for
# each row; inside `.loc[...]` it keeps the rows where it is `True`. The
# partners more than 10,000 km from Tokyo:

# %%
d.loc[d["distance_km"] > 10000, "partner"].tolist()

# %% [markdown]
# **Exercise 4.5** (★★☆) Which partners have their capital (or seat) closer to
# Tokyo than Wellington is? Use the table `d`, and no number typed in by
# hand. Answer with a list of partner names; the order does not matter.

# %%
# BEGIN SOLUTION
wellington_km = d.loc[d["place"] == "Wellington", "distance_km"].item()
# END SOLUTION
answer_4_5 = d.loc[d["distance_km"] < wellington_km, "partner"].tolist()  # SOLUTION
check("4.5", answer_4_5)

# %% [markdown]
# ## The distance chart shows where Wellington stands
#
# The chart draws the table `d`: one bar per partner, nearest at the top,
# Wellington hatched. Check your answers to exercises 4.1, 4.2, 4.3 and 4.5
# against it.

# %%
helpers.distances_chart(d)
plt.show()

# %% [markdown]
# Wellington is the 7th nearest of Japan's 14 partners; Seoul is the nearest
# and Washington, D.C. the farthest. (Source: the course's `places.csv`,
# coordinates rounded to 0.01°, distances on a sphere. For a text version of
# the chart, run `print(helpers.describe_distances_chart(d))`.)

# %% [markdown]
# **Exercise 4.6** (★★★) Write your own function
# `my_haversine_km(lat1, lon1, lat2, lon2)` that returns the distance in km.
# Use Python's `math` module (`math.radians`, `math.sin`, `math.cos`,
# `math.asin`, `math.sqrt`) and the three steps of the formula above, with
# R = 6371.0088. It starts like this:
#
# ```python
# def my_haversine_km(lat1, lon1, lat2, lon2):
#     phi1, phi2 = math.radians(lat1), math.radians(lat2)
#     ...
#     return ...
# ```
#
# Try it on **Wellington and Canberra** (their coordinates are in `places`)
# and print the result beside `helpers.haversine_km` on the same coordinates:
# the two should agree. Answer with the function itself, by its name without
# brackets: `answer_4_6 = my_haversine_km`. `check` then tries your function on
# four pairs of places and compares it with `helpers.haversine_km`.


# %%
# BEGIN SOLUTION
def my_haversine_km(lat1, lon1, lat2, lon2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = math.radians(lat2 - lat1)
    dlam = math.radians(lon2 - lon1)
    h = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlam / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


wellington = places.loc["Wellington"]
mine = my_haversine_km(wellington["lat"], wellington["lon"], canberra["lat"], canberra["lon"])
theirs = helpers.haversine_km(wellington["lat"], wellington["lon"], canberra["lat"], canberra["lon"])
print(f"mine: {mine:,.1f} km   helpers: {theirs:,.1f} km")
# END SOLUTION
answer_4_6 = my_haversine_km  # SOLUTION
check("4.6", answer_4_6)

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(4))

# %% [markdown]
# ## Discussion
#
# There is no single right answer to these; use the article's words and the
# data above.
#
# 1. **Does distance matter for a logistics agreement with a far-away
#    partner?** Wellington is more than 9,000 km from Tokyo, yet the chart
#    shows Japan's agreement partners as far away as Ottawa and Washington.
#    Collins's examples (paragraph 4) are "refuelling activities at sea using
#    HMNZS Aotearoa" and "food or medical supplies during joint humanitarian
#    assistance and disaster relief activities". The article does not say
#    where such activities would take place. Would the distance between the
#    capitals tell you much about where the two forces might meet?
# 2. **What does "Indo-Pacific" include, and who decides?** The course's
#    glossary describes it as the region from the Indian Ocean across
#    Southeast Asia to the Pacific. Which of the 14 places in the distance
#    chart would you count as inside it? In the article, the word comes only
#    from Tokyo's statement. Is a region something geography defines, or
#    something governments define by using a word?

# %% [markdown]
# ## Key points
#
# - The article names the region, "Indo-Pacific", only in Japan's words (paragraphs 8 and 9); "Free and Open Indo-Pacific" is the name of a Japanese policy, announced in 2016 (medium confidence).
# - Winston Peters speaks of "increasing international tension", "interoperability" and the "rules-based order" without saying where, with whom or which rules: read what the words say, not more.
# - The haversine formula gives great-circle distances on a sphere; Wellington is more than 9,000 km from Tokyo, the 7th nearest of Japan's 14 partners in the data. `.item()` takes one value out of a table.
# - From the 2014 agreement to study an ACSA to the 2025 signing took more than eleven years (subtract two dates, then `.days`); partial dates (the April 2025 defence plan) make some gaps approximate.
# - Japan has RAAs with Australia, the United Kingdom and the Philippines; a Japan–New Zealand RAA was not found in the course's sources.
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs press release on the signing, 19 December 2025:
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - The RAAs: Australia, <https://www.legislation.gov.au/F2023L00995>;
#   United Kingdom, <https://www.mofa.go.jp/press/release/press4e_003298.html>;
#   the Philippines, <https://www.mofa.go.jp/s_sa/sea2/ph/pageite_000001_00432.html>
# - The first milestone, the 2014 summit (a Kyodo report in The Japan Times):
#   <https://www.japantimes.co.jp/news/2014/07/07/national/abe-new-zealands-key-unite-on-tpp-defense-ties/>
# - New Zealand's Defence Capability Plan, a report in the Otago Daily Times
#   (its web address says "12m"; the figure in the course's data, from its fact base, is NZ$12 billion):
#   <https://www.odt.co.nz/news/national/govt-set-12m-defence-investment>
# - The Japan–Philippines ACSA of 15 January 2026, after the article's date (a news report, medium confidence):
#   <https://www.nippon.com/en/news/yjj2026011501066/japan-philippines-sign-mutual-logistics-support-pact.html>
# - Where every row of the course's data comes from, and how distances are computed: `helpers/data/SOURCES.md`.
#   FOIP, RAA, interoperability and the rules-based order are in the glossary, `docs/glossary.md`.
#
# ---
# **Next:** [05 Capstone →](05-capstone.ipynb)
