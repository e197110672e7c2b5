# %% [markdown]
# # 00 · Start here: the course, JupyterLab and a first look at the article
#
# <!-- course:opening -->
# **You are here:** 00 Start here | [01 The article as data →](01-the-article-as-data.ipynb)
#
# **Time:** about 25 minutes for a learner who knows variables, lists and a loop: reading about 15, the exercises about 10.
# <!-- /course:opening -->
#
# **Questions this notebook answers**
# - What is this course about, and in what order do I work through it?
# - How do I run a notebook, check an answer and start over?
# - What does the article look like to a program?
#
# **By the end you will be able to**
# - run cells in JupyterLab and restart a notebook from a clean state;
# - load the course's article with `helpers` and read its date and paragraphs;
# - check an exercise answer with `check(...)` and use its feedback.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/00-start-here.ipynb`; both are generated from
# > `notebooks/src/00-start-here.py` by `make notebooks`. Timing and
# > discussion notes are in `docs/teacher-guide.md`.

# %% [markdown]
# ## One news article, read closely, is the whole course
#
# On **19 December 2025** Japan and New Zealand signed two agreements in Tokyo:
# an **Acquisition and Cross-Servicing Agreement (ACSA)**, for providing each
# other's armed forces with supplies and services, settled later, and an **Information Security
# Agreement**, for protecting classified information they share. A short news
# report of the signing is the seed of this course. We read it twice: as
# *text*, to learn how a program can find who said what, and as *news*, to
# learn what the agreements do and where they sit among Japan's other security
# partnerships.
#
# <!-- course:table -->
# | Notebook | What you do | Minutes |
# |---|---|---|
# | **00 Start here** (this one) | learn the tools; a first look at the article | 25 |
# | [01 The article as data](01-the-article-as-data.ipynb) | dates, paragraphs, quotations and who said them | 130 |
# | [02 The ACSA](02-acsa.ipynb) | what the agreement is for; Japan's ACSA partners over time | 135 |
# | [03 Information security](03-information-security.ipynb) | what the ISA does and does not do; who has which agreement | 125 |
# | [04 The regional context](04-regional-context.ipynb) | the alliances around the agreements, China and the sea, New Zealand's debate, and a map of Japan's partners | 135 |
# | [05 Capstone](05-capstone.ipynb) | a short briefing of your own; run the tools on another article | 200 |
# <!-- /course:table -->
#
# Terms such as *ACSA*, *Diet approval* or *entry into force* are explained
# in the course glossary, `docs/glossary.md` (open it from the file browser on
# the left). The pandas the exercises use is on one page,
# `docs/pandas-sheet.md`.

# %% [markdown]
# ## JupyterLab runs a notebook one cell at a time
#
# A notebook is a list of *cells*. Text cells (like this one) explain; code
# cells hold Python that you run.
#
# - **Run a cell:** click in it and press **Shift + Enter**. The number that
#   appears beside it, such as `[3]`, shows the order in which cells ran.
# - **Run everything from the top:** menu **Kernel → Restart Kernel and Run All Cells…**.
#   Do this whenever the notebook seems confused: it forgets everything and
#   runs the cells in order, as they were meant to be run.
# - **Find your way:** the table of contents (the list icon in the left side bar)
#   shows every heading.
# - **Your own copy:** this notebook is your own copy, in your workspace (on
#   the class hub, the folder your account opens in; with `make lab` on your
#   own computer, the course's `workspace/` folder). Type and save freely: the
#   course's own notebooks stay as they were, and every `check` is recorded
#   there, so `helpers.progress()` still knows what you solved after a
#   restart or on another day.
# - **Start over:** to get a fresh copy of this notebook, run
#   `helpers.start_over("00")` in a new cell, then choose **File → Reload
#   Notebook from Disk**. Your old copy is kept, as `00-start-here.old-1.ipynb`.
#   (With `make lab`, from a terminal in the course folder: `python -m helpers reset 00`.)
#   To clear only the results, use **Kernel → Restart Kernel and Clear
#   Outputs of All Cells…**.
#
# Run the next cell. It loads the course's helper library; every notebook
# starts with a cell like it, so each one works when you open it cold.

# %%
# Setup: run this cell first.
import helpers
from helpers import check

helpers.start("00")  # common slips get a plain explanation instead of a long error
print("helpers loaded: the course is ready.")

# %% [markdown]
# If that cell printed an error instead, the notebook is not running in the
# course's environment. On the class hub, tell your teacher. On your own
# computer, close JupyterLab and start it again with `make lab` from the
# course folder (the README explains).

# %% [markdown]
# ## Exercises are checked by `check`, which gives a hint and never the answer
#
# Each exercise is a prompt, an answer cell holding `...`, and a call
# `check("N.k", answer)`. Run the check before answering and it tells you
# the exercise is not answered yet. Replace the `...` with your answer and
# run the cell again:
#
# - a **wrong type** (text where a number was asked): it says what type it expects;
# - a **wrong value**: a hint about the idea; a second wrong try names the
#   method and a third shows a worked step, but never the answer;
# - a **right answer**: a confirmation and one extra fact.
#
# Here is the check of exercise 0.1 (further down), run three ways before
# you have answered it. First with the placeholder `...`:

# %%
check("0.1", ...)

# %% [markdown]
# With text where a number is expected:

# %%
check("0.1", "nine")

# %% [markdown]
# With a number that is not right:

# %%
check("0.1", 3)

# %% [markdown]
# Worked solutions are in the instructor versions: your teacher has them
# (working alone with the course folder, `make lab-instructor` opens them).
# Try each exercise first: the hints usually get you there.
#
# **Handing in** (when your teacher asks): save your notebooks (**File →
# Save Notebook**), then run `helpers.hand_in()` in a new cell, or
# `helpers.hand_in(notebook="05")` for one notebook. It tells you which
# notebooks were handed in; you may hand in again, and the latest counts.
# Your teacher's feedback comes back into the folder `feedback/` of your
# workspace: open `feedback/README.md` from the file browser.

# %% [markdown]
# ## To a program the article is a date and numbered paragraphs
#
# The article is stored as plain text in the `seeds/` folder. Its first line
# starts with a space, the word `date` and the date written year-month-day
# (` date 2025-12-19 `); the first paragraph follows on the same line. After
# that come the other paragraphs, with an empty line between them. `helpers.load_seeds()` reads
# every article in that folder; the course has one.

# %%
articles = helpers.load_seeds()
article = articles[0]
article

# %% [markdown]
# The summary line says what a program found: a **date**, **9 paragraphs** and
# the file the text came from. Each part is an attribute you can ask for.

# %%
print("Date:   ", article.date)
print("Weekday:", article.weekday)

# %% [markdown]
# Each paragraph knows its number (counting from 1, as a reader does) and its
# text. Here is the first one, the *lead*, which news writers use to say the
# most important thing first.

# %%
import textwrap

lead = article.paragraphs[0]
print(f"Paragraph {lead.number}:")
print(textwrap.fill(lead.text, width=80))

# %% [markdown]
# ## Exercises
#
# **Exercise 0.1** (★☆☆) The summary line above already says how many
# paragraphs the article has. Compute the same number in Python with `len()`,
# so that your answer would still be right for another article.

# %%
answer_0_1 = len(article.paragraphs)  # SOLUTION
check("0.1", answer_0_1)

# %% [markdown]
# **Exercise 0.2** (★☆☆) Paragraph 3 is the one that says what the ACSA
# is for. How many words does it have? Answer with a number. (Tips: the lead
# above is paragraph 1, at position 0 of `article.paragraphs`;
# `text.split()` cuts a text into a list of words at the spaces, and `len()`
# counts the items of a list.)

# %%
answer_0_2 = len(article.paragraphs[2].text.split())  # SOLUTION
check("0.2", answer_0_2)

# %% [markdown]
# **Exercise 0.3** (★★☆) In which paragraph does the ship *HMNZS Aotearoa*
# appear? Answer with the paragraph's number. (Tip: `"HMNZS" in p.text` is
# `True` when the paragraph `p` contains those letters.)

# %%
# BEGIN SOLUTION
for p in article.paragraphs:
    if "HMNZS" in p.text:
        print(p.number, p.text[:60], "...")
# END SOLUTION
answer_0_3 = next(p.number for p in article.paragraphs if "HMNZS" in p.text)  # SOLUTION
check("0.3", answer_0_3)

# %% [markdown]
# **Exercise 0.4** (★★★) Some paragraphs open with a quotation mark: they
# start with somebody's own words. Which ones? Answer with a list of paragraph
# numbers, in any order.

# %%
answer_0_4 = [p.number for p in article.paragraphs if p.text.startswith('"')]  # SOLUTION
check("0.4", answer_0_4)

# %% [markdown]
# Your progress in this notebook (run again after more exercises;
# `helpers.progress()`, with nothing in the brackets, shows the whole course):

# %%
helpers.progress(0)

# %% [markdown]
# ## Discussion
#
# The article gives the date as a line of data (` date 2025-12-19 `) but
# also in words ("on Friday"). Which would you trust more, and why? What
# could go wrong if a program trusted only one of them? (There is no single
# right answer; notebook 01 comes back to it.)

# %% [markdown]
# ## Key points
#
# - The course reads one news report of 19 December 2025, first as data, then as news.
# - Run cells with Shift + Enter; use **Kernel → Restart Kernel and Run All Cells…** to start clean.
# - `helpers.load_seeds()` gives the article with its `date`, `weekday` and numbered `paragraphs`.
# - `check("N.k", answer)` gives feedback and hints, more with each try; `helpers.progress()` remembers.
# - Your work lives in your own workspace; `helpers.start_over("00")` gives a fresh copy and keeps the old one, and `helpers.hand_in()` hands your saved notebooks in.
#
# ## Further reading
#
# - The article itself: `seeds/000_12fca90ebed3288f.txt` (a news report dated 2025-12-19); `seeds/README.md` says where it comes from.
# - Japan's Ministry of Foreign Affairs press release on the signing, 19 December 2025:
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - JupyterLab's user guide: <https://jupyterlab.readthedocs.io/en/stable/user/interface.html>
#
# ---
# <!-- course:closing -->
# **Next:** [01 The article as data →](01-the-article-as-data.ipynb)
# <!-- /course:closing -->
