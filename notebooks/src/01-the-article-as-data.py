# %% [markdown]
# # 01 · The article as data: dates, sentences and who said what
#
# <!-- course:opening -->
# **You are here:** [← 00 Start here](00-start-here.ipynb) | 01 The article as data | [02 The ACSA →](02-acsa.ipynb)
#
# **Time:** about 130 minutes for a learner who knows variables, lists and a loop: reading about 25, running the cells about 40, the exercises about 65; or two sittings: stop after Exercise 1.4.
# <!-- /course:opening -->
#
# Terms in **bold** are explained in the course [glossary](../docs/glossary.md);
# the sources of the course's data are listed in
# [`SOURCES.md`](../helpers/data/SOURCES.md). Every pandas method the
# exercises need is on one page, [`docs/pandas-sheet.md`](../docs/pandas-sheet.md):
# keep it open beside the notebook.
#
# **Questions this notebook answers**
# - The article says the agreements were signed "on Friday": can I check that?
# - Who is quoted in the article, how much, and through which channel did their words arrive?
# - How does a program decide who said a quotation, and when should I disagree with it?
# - How close is the report to its primary source, and what does it leave out?
#
# **By the end you will be able to**
# - check a claim in the text ("on Friday") against the article's date;
# - split a text into sentences with the course's splitter and explain why a quotation must not be cut in two;
# - read a table of quotations: speaker, kind, channel, and the rule that found the speaker;
# - count quotations per speaker and quoted words with pandas, and read a chart of them;
# - tell apart a full quotation, a partial quotation, a paraphrase and a government's statement;
# - compare a report's wording with its primary source, and list what the report does not say;
# - judge which source to quote when a report and its primary source differ, which headline the text supports, and what a claim about it would need.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/01-the-article-as-data.ipynb`; both are generated from
# > `notebooks/src/01-the-article-as-data.py` by `make notebooks`.
# >
# > **Timing (about 110 minutes alone; 90 in class if ★★★ work is set as
# > homework).** Date and sentences 15 minutes, with Exercise 1.1 (ask
# > learners to guess the count before running the splitter); the quotations
# > table, the `rule` column and the walk-through 25 minutes, the heart of the
# > lesson (read paragraph 9 aloud); counting and the chart 15 minutes with
# > 1.4; quotation kinds and the primary source 20 minutes with 1.5 and the
# > judgement 1.7; "Defense"/"Defence" and the gaps 20 minutes with the
# > judgements 1.8 and 1.9. Set 1.6 and 1.9 (★★★) as homework if time is
# > short. Every pandas step an exercise needs is shown once before it
# > (`==`, `!=`, `&`, `.isna()`, `.iloc[0]`, `value_counts()` and picking one
# > count, `.sum()`); learners new to pandas will still lean on the hints.
# >
# > **Judgement exercises (1.7–1.9).** Ask for the reason before the letter.
# > 1.7: quote the primary source, because quotation marks promise words.
# > 1.8: the article never names China and speaks of no alliance; "signed" is
# > not "can now". 1.9: the quotation came through a written statement and
# > says "could include", naming no Japanese ships.
# >
# > **Where learners may rightly disagree with the table.** Paragraph 9's "the
# > statement added" is given to *Tokyo*: the helper takes the latest institution
# > quoted. The last statement the article actually names is the New Zealand
# > government's (paragraph 4). Most readers will still say Japan, from the
# > content (the Free and Open Indo-Pacific is Japan's policy), but the article
# > does not settle it. "Japan's Foreign Ministry", "Japan" and "Tokyo" are three
# > labels that probably stand for one source; the chart counts them apart.
# >
# > **Discussion.** Good answers separate the *speaker* (who is responsible for
# > the words) from the *channel* (the document that carried them), and notice
# > that a statement can be written by officials in a minister's name.

# %%
# Setup: run this cell first.
import textwrap

import matplotlib.pyplot as plt

import helpers
from helpers import check

helpers.start("01")  # common slips get a plain explanation instead of a long error

article = helpers.load_seeds()[0]
article

# %% [markdown]
# **Start over:** `helpers.start_over("01")` in a new cell gives you a fresh copy of
# this notebook and keeps yours as `01-the-article-as-data.old-1.ipynb`; then choose
# **File → Reload Notebook from Disk**.

# %% [markdown]
# ## The lead says "on Friday", and the date line agrees
#
# News reports written on the day say "on Friday" rather than give a date:
# readers know which Friday. A program reading the text a year later does
# not. The seed's first line, ` date 2025-12-19 `, is the anchor. Check that the
# two agree:

# %%
lead = article.paragraph(1)
print("Date line:", article.date, "→", article.weekday)
print('Lead says "on Friday":', "on Friday" in lead.text)
print("They agree:", f"on {article.weekday}" in lead.text)

# %% [markdown]
# They agree: 19 December 2025 was a Friday. Japan's Ministry of Foreign
# Affairs gives the same day for the signing in its press release, the
# course's **primary source**
# (<https://www.mofa.go.jp/press/release/pressite_000001_01940.html>). Had
# they disagreed, the date line might be the day the report was *published*
# and "Friday" the day of the *event*: a reader would have to find out which.

# %% [markdown]
# ## A sentence splitter must not cut a quotation in two
#
# `article.sentences()` splits every paragraph into sentences and keeps
# track of where each one sits. Each sentence knows its paragraph:

# %%
sentences = article.sentences()
for s in sentences[:2]:
    print(f"Paragraph {s.paragraph}:", textwrap.shorten(s.text, 70))

# %% [markdown]
# Splitting at every full stop would be simpler, and wrong. Paragraph 7 holds
# a quotation of *two* sentences. Here is what a naive split at ". " does to it:

# %%
paragraph_7 = article.paragraph(7)
for piece in paragraph_7.text.split(". "):
    print("-", textwrap.fill(piece, 78, subsequent_indent="  "))

# %% [markdown]
# The first piece opens a quotation mark that never closes and has no
# speaker; "Winston Peters said" reaches only the second piece. The course's
# splitter ignores full stops *inside* quotation marks, so paragraph 7 stays
# one sentence and Peters keeps all of his words:

# %%
in_7 = [s for s in sentences if s.paragraph == 7]
print("Sentences in paragraph 7:", len(in_7))
print("It ends: ...", " ".join(in_7[0].text.split()[-7:]))

# %% [markdown]
# The splitter also knows that the full stop of a title such as "Mr." or of
# "p.m." does not end a sentence. Try it on any text with
# `helpers.parse_article`, which turns a Python string into an article. The
# string must start like the seed: a space, `date`, a date written
# YYYY-MM-DD, a space, then the text. This one is made up:

# %%
demo = helpers.parse_article(
    ' date 2026-03-02 "We are ready. We will sign," Mr. Vea said. The meeting ended.'
)
print("The splitter:")
for s in demo.sentences():
    print("-", s.text)
print('A split at ". ":')
for piece in demo.paragraph(1).text.split(". "):
    print("-", piece)

# %% [markdown]
# **Exercise 1.1** (★☆☆) Here is another made-up paragraph, not from any
# report. First guess how many sentences it has; then count the sentences
# the course's splitter finds in it. Answer with a number computed in Python.

# %%
practice = helpers.parse_article(
    ' date 2026-03-02 "The talks went well. We agreed on two things," Ms. Rua said. '
    "Officials met again at 3 p.m. to sign them. Nobody else spoke."
)
answer_1_1 = len(practice.sentences())  # SOLUTION
check("1.1", answer_1_1)

# %% [markdown]
# ## Every quotation, highlighted by speaker
#
# `helpers.show_article(article)` prints the article with each quotation
# coloured by its speaker and labelled with the speaker's name (the names are
# there too, so the colours are never the only clue). Hover over a quotation
# to see its number, the rule that found its speaker and the channel it came
# through.

# %%
helpers.show_article(article)

# %% [markdown]
# The legend under the article counts every quotation, the nested
# 'Free and Open Indo-Pacific' too, so it says 10; later sections explain why
# you may prefer to count 9. In the exercises, answer with code that reads the
# table, not by reading the picture: code still works on the next article.
#
# The same information as a table, one row per quotation.
# `helpers.quotes_frame(article)` has many columns; a list of names in double
# square brackets picks a few. `number` is the quotation's number, counting
# from 1 like the paragraphs; the unnamed column on the left is pandas' row
# label, counting from 0. `words` counts the words inside the quotation marks,
# and `text` holds them (long ones are cut short with "...").

# %%
frame = helpers.quotes_frame(article)
frame[["number", "paragraph", "speaker", "words", "text"]]

# %% [markdown]
# To pick rows, put a test in square brackets: `frame[frame.paragraph == 3]`
# keeps the rows whose paragraph is 3. Here they are with one more column,
# `via`: the **channel**, the document or event through which the words
# reached the reporter, in the article's own words (empty when the article
# does not say).

# %%
rows_3 = frame[frame.paragraph == 3]
rows_3[["number", "speaker", "via"]]

# %% [markdown]
# `==` keeps the rows where the values are equal; `!=` ("is not equal to")
# keeps the others:

# %%
print("Rows not in paragraph 3:", len(frame[frame.paragraph != 3]))

# %% [markdown]
# `.iloc[0]` takes the first of a table's rows, and a column name after a dot
# reads one of its values:

# %%
first = rows_3.iloc[0]
print("Speaker:", first.speaker)
print("Channel:", first.via)

# %% [markdown]
# **Exercise 1.2** (★☆☆) Who said paragraph 4's quotation, and through
# which channel did it reach the reporter? Answer with a pair of texts,
# `(speaker, channel)`, taken from the table.

# %%
# BEGIN SOLUTION
row = frame[frame.paragraph == 4].iloc[0]
# END SOLUTION
answer_1_2 = (row.speaker, row.via)  # SOLUTION
check("1.2", answer_1_2)

# %% [markdown]
# ## The `rule` column is the program's reasoning: read it, and disagree where you would
#
# A speaker is not always named beside the quotation. The `rule` column says
# how the program decided. This article needs these rules:

# %%
print(sorted(set(frame.rule)))

# %% [markdown]
# In short:
#
# | Rule | The speaker is ... |
# |---|---|
# | `explicit` | named in the same sentence, with a verb such as "said" or with "according to" |
# | `carried over` | the last source named in the previous paragraph (this paragraph names none) |
# | `pronoun` | the latest speaker that "she", "he", "it" or "they" fits |
# | `institution` | a government body, or a country standing for its government ("Japan said") |
# | `capital` | a capital city standing for its government |
# | `document` | whoever issued a document mentioned earlier ("the statement added") |
# | `nested` | the speaker of the quotation around this one |
#
# The full wording of each rule is one call away, for example the
# `document` rule:

# %%
print(textwrap.fill(helpers.RULES["document"], 80))

# %% [markdown]
# (`helpers.RULES["pronoun"]` gives the pronoun rule, and so on.) A rule
# other than `explicit` is a step of reasoning, and a careful reader checks
# those rows first.
#
# **Exercise 1.3** (★★☆) In which paragraphs was a quotation's speaker found
# by a rule *other than* `explicit`? Answer with a list of paragraph numbers,
# in any order (a number that appears twice does no harm).

# %%
answer_1_3 = list(frame[frame.rule != "explicit"].paragraph)  # SOLUTION
check("1.3", answer_1_3)

# %% [markdown]
# Now check the reasoning paragraph by paragraph, with the article's words:
#
# | ¶ | The article's words | Rule | The program's conclusion | Would you agree? |
# |---|---|---|---|---|
# | 3 | (no attribution in the paragraph) | carried over | Japan's Foreign Ministry, from paragraph 2's "according to a statement from Japan's Foreign Ministry" | Yes: the primary source confirms it (below). |
# | 4 | "Collins said, according to a statement from the New Zealand government" | explicit | Judith Collins, via that statement | Yes: both the speaker and the channel are named. |
# | 5 | "she added" | pronoun | Judith Collins, the latest person quoted | Yes: "added" continues the previous speaker. |
# | 6 | "Japan said" | institution | Japan, a country standing for its government | Yes, though *which* part of the government is not said. |
# | 7 | "New Zealand Foreign Minister Winston Peters said" | explicit | Winston Peters, no channel | Yes; the article never says where or when he said it. |
# | 8 | "according to Tokyo" | capital | Tokyo, a capital standing for Japan's government | A city does not speak: see the Discussion. |
# | 9 | "the statement added" | document | Tokyo, via "the statement" | **Which statement?** See below. |
#
# Paragraph 9 is where a careful reader slows down. "The statement" points
# back to a statement already mentioned. The last one the article *names* is
# the New Zealand government's (paragraph 4); the one before is Japan's
# Foreign Ministry's (paragraph 2). The program takes the latest
# *institution quoted*, Tokyo. The content points to Japan too (the "Free and
# Open Indo-Pacific" is Japan's foreign-policy vision, see the [glossary](../docs/glossary.md)), but
# the article does not say so: the table's answer is a reasonable guess, not
# a fact. When you use such a table, keep the `rule` column and check the
# rows that are not `explicit`.

# %% [markdown]
# ### Other outlets write quotations differently
#
# The seed is written in one house style. Other outlets, and government press
# releases, quote in ways the seed never does. The program knows these too,
# and names two more rules for them:
#
# | Rule | The speaker is ... |
# |---|---|
# | `role reference` | the only person introduced earlier with that role: "the PM", "the minister", "the Conservative leader" |
# | `sentence subject` | the person or institution the sentence starts with, when it has no verb such as "said": "Hale, meanwhile, thanked Grant for her 'frank answers'" |
#
# Quotation marks vary as well. British, New Zealand and Australian outlets
# often use single marks ('It's a plan,' she said); the apostrophe in *it's*
# or *ministers'* is not a mark. Some feeds double the single marks (‘‘…’’)
# or use two backticks and two apostrophes for a double mark; European
# outlets write «…». A title in marks inside a quotation (the
# ‘Vision 2040’ paper) is a name, not a second quotation. The made-up
# article below uses several of these at once.

# %%
other_style = """ date 2031-04-21 This is a made-up article in the style of a British outlet: a prime minister and a party leader answer questions.

British Prime Minister Alice Grant met Conservative Party leader Tom Hale in London on Monday.

'It's a plan we can pay for,' the PM said.

Hale, meanwhile, thanked Grant for her 'frank answers'.

'We back the "Vision 2040" paper,' the Conservative leader said, 'but it is thin on detail.'
"""
other = helpers.parse_article(other_style, source="other-style")
helpers.quotes_frame(other)[["paragraph", "speaker", "rule", "kind", "text"]]

# %% [markdown]
# Read the `rule` column as before. "The PM" is Alice Grant, and "the
# Conservative leader" Tom Hale, only because the article introduced exactly
# one person with each role; with two prime ministers, the program would not
# guess. "Vision 2040" is not a row: it is a title inside Hale's quotation.
# In paragraph 4 no one "said" anything, and the program takes the
# sentence's subject, Hale, as the speaker of 'frank answers'. Would you?
# Whose words are "frank answers": Hale's, or Grant's own description of
# her answers that Hale repeats?

# %% [markdown]
# ## Who gets quoted, and how much, depends on what you count
#
# **Should a quotation inside a quotation count?** One row of the table is
# 'Free and Open Indo-Pacific', in single marks *inside* paragraph 9's
# quotation. Its rule is `nested`, and `parent` holds the number of the
# quotation around it (`.notna()` is `True` where a value is present):

# %%
frame[frame.parent.notna()][["number", "paragraph", "speaker", "rule", "parent", "text"]]

# %% [markdown]
# Nobody said those words on their own: the statement used the name of
# Japan's policy, and the words are already inside quotation 9. The table
# keeps a row for them, so they can be highlighted and searched, but a count
# of quotations should leave them out. `frame.parent.isna()` is `True` where
# `parent` is missing, that is, for the top-level quotations:

# %%
top = frame[frame.parent.isna()]
print("Rows in the table:", len(frame), "| top-level quotations:", len(top))

# %% [markdown]
# To combine two tests, put each in round brackets and join them with `&`
# ("and"). The top-level quotations of paragraph 9:

# %%
frame[(frame.paragraph == 9) & frame.parent.isna()][["number", "speaker", "rule"]]

# %% [markdown]
# The chart makes the same choice: it counts top-level quotations per
# speaker, full and partial stacked. Its colours mean the **kind** of
# quotation (blue for full, hatched orange for partial), not the speaker:
# the orange here is not the orange of Japan's Foreign Ministry in the
# highlighted article above.

# %%
helpers.quotes_per_speaker(frame)
plt.show()

# %% [markdown]
# Japan's Foreign Ministry is quoted most often, all of it in short phrases,
# while both New Zealand ministers are quoted only in full sentences (source:
# the quotations the course's helpers found in the article, nested one left
# out). For a screen reader, the same chart in words:

# %%
print(textwrap.fill(helpers.describe_quotes_per_speaker(frame), 80))

# %% [markdown]
# The chart's numbers are a count of the `speaker` column of the top-level
# rows, which pandas gives with `value_counts()`:

# %%
counts = top.speaker.value_counts()
counts

# %% [markdown]
# A label in square brackets reads one of those counts:

# %%
print("Quotations from Tokyo:", counts["Tokyo"])

# %% [markdown]
# One more choice hides in every count: "Japan's Foreign Ministry", "Japan"
# and "Tokyo" are three labels for Japan's government, and probably for one
# document. A program keeps them apart because the article words them
# differently; a reader may decide to add them up. The `country` column
# does exactly that. Here are its values, counted over *every* row of the
# table, the nested quotation included:

# %%
frame.country.value_counts()

# %% [markdown]
# **Exercise 1.4** (★★☆) Count the *top-level* quotations by `country`
# instead of by speaker. How many come from Japan's side? Answer with a
# number computed from the table.

# %%
answer_1_4 = top.country.value_counts()["Japan"]  # SOLUTION
check("1.4", answer_1_4)

# %% [markdown]
# ## Quotation marks promise the source's own words, in whole or in part
#
# A **full quotation** gives a whole sentence (or more) in the speaker's
# words. A **partial quotation** puts marks round a phrase and weaves it into
# the reporter's own sentence. A **paraphrase** tells what was said in the
# reporter's words, without marks, so the quotations table has no row for
# it. The table's `kind` column is `full` or `partial`.
#
# **Exercise 1.5** (★★☆) In which paragraphs does the reporter weave a
# *partial* quotation into their own sentence? Leave nested quotations out.
# Answer with a list of paragraph numbers, in any order (a number that
# appears twice does no harm).

# %%
answer_1_5 = list(frame[(frame.kind == "partial") & frame.parent.isna()].paragraph)  # SOLUTION
check("1.5", answer_1_5)

# %% [markdown]
# Paragraph by paragraph, the report uses the marks in several ways, and in
# some paragraphs not at all:
#
# - **Paraphrase** (paragraph 2): the signing itself is told in the reporter's
#   words, "according to a statement from Japan's Foreign Ministry".
# - **Partial quotations** (paragraph 3): three phrases from that statement,
#   "facilitating the smooth and prompt provision of supplies and services",
#   "closer cooperation" and "actively contribute to peace and security of the
#   international community", woven into the reporter's sentence.
# - **A minister through her government's statement** (paragraphs 4–5): full
#   quotations from Judith Collins, but the channel is "a statement from the
#   New Zealand government", not an interview.
# - **A country as speaker** (paragraph 6): mostly paraphrase, with one partial
#   quotation, and "Japan said".
# - **A minister, no channel** (paragraph 7): Winston Peters in full sentences.
# - **Paraphrase plus a phrase** (paragraph 8): what the ministers "discussed",
#   then "importance of US engagement in the Indo-Pacific region", "according
#   to Tokyo".
# - **A statement as speaker** (paragraph 9): a full sentence, but it is the
#   statement talking *about* "the two ministers", not a minister talking.
#
# How much of the article is other people's words? `top.words.sum()` adds up
# the words inside top-level quotation marks; compare it with all the words
# of the paragraphs:

# %%
quoted = top.words.sum()
total = sum(len(p.text.split()) for p in article.paragraphs)
print(f"{quoted} of {total} words are inside quotation marks ({quoted / total:.0%}).")

# %% [markdown]
# The rest is the reporter's own writing, much of it paraphrase of the two
# governments' statements.

# %% [markdown]
# **Exercise 1.6** (★★★) What fraction of the words quoted in top-level
# quotations come from New Zealand speakers (the `country` column)? Answer
# with a number between 0 and 1, computed from the table (two decimal places
# are enough).

# %%
# BEGIN SOLUTION
nz_words = top[top.country == "New Zealand"].words.sum()
# END SOLUTION
answer_1_6 = nz_words / top.words.sum()  # SOLUTION
check("1.6", answer_1_6)

# %% [markdown]
# ## A report is not its primary source: compare the words
#
# The article's paragraph 2 names its source for the signing, a statement
# from Japan's Foreign Ministry. That ministry's press release of 19 December
# 2025 is online (see Further reading). On the ACSA, the release says the
# agreement "will facilitate the smooth and prompt provision of supplies and
# services". Set it beside quotation 1 (read with `.iloc[0]` as in Exercise
# 1.2; `^` between two sets keeps the words that are in only one of them):

# %%
release_acsa = "will facilitate the smooth and prompt provision of supplies and services"
quote_1 = frame[frame.number == 1].iloc[0].text.rstrip(",")
print("Release:", release_acsa)
print("Article:", quote_1)
print("Words in only one of them:", sorted(set(release_acsa.split()) ^ set(quote_1.split())))

# %% [markdown]
# The reporter turned "will facilitate" into "facilitating" to fit the
# sentence ("aimed at ...") and kept the quotation marks. The meaning is the
# same, but the marks now hold words the ministry did not write in that form.
# (The comma inside the marks is the reporter's punctuation too.)
#
# Paragraph 6's phrase, on the information the ISA protects, is exact: the
# release speaks of information that "requires protection in the interests of
# national security".

# %%
release_isa = "requires protection in the interests of national security"
quote_6 = frame[frame.paragraph == 6].iloc[0].text.rstrip(",")
print("Same words:", quote_6 == release_isa)

# %% [markdown]
# So "Japan said" in paragraph 6 very likely means the same press release.
# The New Zealand government statement behind paragraphs 4–5 could not be
# found by the course's authors, so Collins's words cannot be checked this way.
#
# **Exercise 1.7** (★★☆, judgement) You are writing an essay and want to
# quote Japan's Foreign Ministry on what the ACSA is for. The article has it
# aiming at "facilitating the smooth and prompt provision of supplies and
# services"; the ministry's release says the agreement "will facilitate the
# smooth and prompt provision of supplies and services". Which wording do
# you put inside quotation marks? Answer with one letter, in quotes.
#
# - **A.** The article's: it is what readers actually saw.
# - **B.** The release's, cited to the release.
# - **C.** Either: the meaning is the same.
# - **D.** The release's wording, cited to the article, since the article is
#   where most readers will look it up.

# %%
answer_1_7 = "B"  # SOLUTION
check("1.7", answer_1_7)

# %% [markdown]
# ## "Defense" in the article, "Defence" in her title
#
# The article calls Judith Collins "New Zealand Defense Minister". Compare the
# role as the article words it (`helpers.people_frame`, the people the
# article names) with the course's table of ministers (`helpers.load_people`):

# %%
in_article = helpers.people_frame(article)
in_article[in_article.name == "Judith Collins"][["name", "role"]]

# %%
official = helpers.load_people()
official[official.person == "Judith Collins"][["person", "role", "confidence"]]

# %% [markdown]
# Her office is **Minister of Defence**, spelt the British and New Zealand
# way. The report uses the American spelling throughout, as a news agency's
# house style may (see *Defence / Defense* in the [glossary](../docs/glossary.md)); it never writes
# "Defence":

# %%
print("Paragraphs with 'defense':", [p.number for p in article.paragraphs if "defense" in p.text.lower()])
print("Paragraphs with 'defence':", [p.number for p in article.paragraphs if "defence" in p.text.lower()])

# %% [markdown]
# Neither spelling is a mistake: each government writes its own names its own
# way. The official English title of the new ACSA, from Japan's press
# release, uses *both*:

# %%
agreements = helpers.load_agreements()
acsa_title = agreements[agreements.id == "acsa-nz-2025"].iloc[0].official_title
print(textwrap.fill(acsa_title, 80))
print("Contains 'Self-Defense':", "Self-Defense" in acsa_title)
print("Contains 'Defence Force':", "Defence Force" in acsa_title)

# %% [markdown]
# Japan's forces are the "Self-Defense Forces"; New Zealand's are the "New
# Zealand Defence Force". When you search for Collins's office, use
# New Zealand's spelling. (The ministers' table has confidence `medium`: its
# roles come from news reports of the appointments, listed under Further
# reading.)

# %% [markdown]
# ## What the article does not say
#
# A short report leaves things out. Some gaps can be shown with data.
#
# **No figures.** Apart from "two" agreements and "two" countries, written
# in words, the article gives no numbers: no amounts, no durations, no dates
# beyond "Friday". Not one paragraph contains a digit:

# %%
print(
    "Paragraphs containing a digit:",
    [p.number for p in article.paragraphs if any(c.isdigit() for c in p.text)],
)

# %% [markdown]
# **No date of entry into force.** Signing an agreement is not the same as
# bringing it into force (see *entry into force* and *Diet approval* in the
# [glossary](../docs/glossary.md)). The course's dataset records both agreements as signed on the
# article's day and `pending`, that is, not in force on 19 December 2025:

# %%
agreements[agreements.partner == "New Zealand"][["kind", "signed", "in_force", "status", "confidence"]]

# %% [markdown]
# The article mentions no step still to come. In Japan an ACSA is a treaty
# that the **Diet** (Japan's parliament) must approve before it can enter into
# force; reports say so of Japan's ACSAs with Germany and the Philippines
# (both linked in notebook 02, confidence medium), and notebook 02 shows how
# long that step has taken. Information security agreements can be quicker:
# in the course's table, several of Japan's entered into force on the very
# day they were signed:

# %%
isa = agreements[agreements.kind == "ISA"]
isa[isa.signed == isa.in_force][["partner", "signed", "in_force", "confidence"]]

# %% [markdown]
# So "pending" may end sooner for the new Information Security Agreement than
# for the ACSA, but that is a possibility drawn from other agreements, not a
# fact about this one: the course found no source, as of the article's date,
# saying when either will enter into force.
#
# **No channel for three quotations.** Where did these words reach the
# reporter? The article does not say:

# %%
frame[frame.via == ""][["number", "paragraph", "speaker", "kind"]]

# %% [markdown]
# **Who else was there, and when.** Japan's press release (see Further
# reading) says the signing began at 11:40 a.m. in Tokyo and was followed by
# a meeting; the article says only "during talks in Tokyo". A Jiji Press
# report of 2025-12-19 (confidence medium; a copy:
# <https://english.adnkronos.com/2025/12/19/japan-new-zealand-defense-chiefs-vow-security-cooperation-2>)
# says that Japan's Defense Minister, Shinjiro Koizumi, also met Collins that
# day; the article does not mention him.
#
# **No name for the "regional challenges".** The lead says the two countries
# are deepening ties "amid regional challenges", and Peters speaks of
# "increasing international tension". Neither names a country:

# %%
print("Paragraphs naming China:", [p.number for p in article.paragraphs if "China" in p.text])

# %% [markdown]
# Other reports did name one. The same Jiji Press report says the two defence
# ministers agreed to boost cooperation "amid China's increasingly hegemonic
# moves in the Indo-Pacific region" (the copy linked above), and the Yomiuri Shimbun wrote before the
# signing that the agreement was meant to strengthen cooperation "with
# China's continued aggressive maritime expansion in mind" (1 December 2025,
# confidence medium:
# <https://japannews.yomiuri.co.jp/politics/defense-security/20251201-295687>).
# That framing belongs to those reports; this article leaves it out.
# Notebook 04 looks at what named sources said about the region.
#
# **No history.** The article reads as if Japan's security partnerships were
# new. They are not: Japan and the United States signed a Security Treaty at
# San Francisco on 8 September 1951 (the US State Department's *Foreign
# Relations of the United States*, high confidence:
# <https://history.state.gov/historicaldocuments/frus1951v06p1/d735>) and
# replaced it with a new treaty signed on 19 January 1960 (medium; the
# sources are in the context table of notebook 04, row `us-japan-treaty-1960`).
# Japan's first ACSA, also with the United States, followed in 1996 (notebook 02).

# %% [markdown]
# **Exercise 1.8** (★★☆, judgement) Four headlines for the article. Which
# one does the article, checked against its primary source, support? Answer
# with one letter, in quotes.
#
# - **A.** "Japan and New Zealand sign pacts to counter China"
# - **B.** "Japan and New Zealand sign supply-sharing and information-security agreements in Tokyo"
# - **C.** "Japanese and New Zealand forces can now refuel each other's ships"
# - **D.** "Japan and New Zealand agree to exchange classified intelligence"

# %%
answer_1_8 = "B"  # SOLUTION
check("1.8", answer_1_8)

# %% [markdown]
# **Exercise 1.9** (★★★, judgement) A blog writes: "Defence Minister Judith
# Collins told reporters in Tokyo that the ACSA will let HMNZS Aotearoa
# refuel Japanese ships." Which of these would have to be true for that
# sentence to be accurate? Give every letter that applies, as a list such as
# `["A", "C"]`.
#
# - **A.** Collins said those words to reporters, not only in a written statement.
# - **B.** Her words say the ACSA *will* be used for refuelling, and name Japanese ships.
# - **C.** The ACSA was already in force on 19 December 2025.
# - **D.** Japan's Foreign Ministry release also mentions HMNZS Aotearoa.

# %%
answer_1_9 = ["A", "B"]  # SOLUTION
check("1.9", answer_1_9)

# %% [markdown]
# Your progress in this notebook (run again after more exercises):

# %%
print(helpers.progress(1))

# %% [markdown]
# ## Discussion
#
# 1. In paragraph 8 the article writes "according to Tokyo", and the table
#    lists *Tokyo* as a speaker. Should a city count as a speaker? Would you
#    merge "Tokyo", "Japan" and "Japan's Foreign Ministry" into one speaker
#    before counting? What would you gain, and what would you lose, if the
#    three turned out to be different documents?
# 2. Judith Collins's words in paragraphs 4–5 came "according to a statement
#    from the New Zealand government", and paragraph 9's sentence is "the
#    statement" speaking about "the two ministers". Who is really speaking in
#    a government statement: the minister named, the officials who wrote it,
#    or the government as a whole? Does it matter to a reader?
# 3. The article says "regional challenges"; other reports of the same day
#    say "China". If you wrote the headline, which would you use, what would
#    you have to cite, and what would a reader in Beijing, Tokyo or
#    Wellington take from each?
#
# There is no single right answer. For 1 and 2, say what you would put in the
# `speaker` column, and why; for 3, say what each choice claims.

# %% [markdown]
# ## Key points
#
# - Check the text against the data: "on Friday" agrees with the date line, 2025-12-19.
# - A sentence splitter must not split inside quotation marks (or paragraph 7's quotation loses its speaker), nor after a title such as "Mr.".
# - Each quotation has a speaker, a channel (`via`) and a `rule`: the rule is the program's reasoning, and paragraph 9's "the statement" shows it can be a guess.
# - What you count changes the answer: nested or not, quotations or words, each label or each government.
# - A report is not its primary source: the article adapts the release's words, spells New Zealand's Minister of Defence the American way, and is silent on figures, entry into force, who else took part, which country the "regional challenges" are and the history behind the agreements.
# - When a report and its primary source differ on the words, quote the primary source; a headline or a claim should say no more than the sources do ("signed", not "can now"; "agreement", not "alliance").
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs, press release on the signing, 19 December 2025 (the primary source):
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - The sources of the ministers' table (`helpers.load_people()`, confidence medium), reports of the appointments:
#   Toshimitsu Motegi as Minister for Foreign Affairs, 21 October 2025,
#   <https://www.anews.com.tr/asia/2025/10/21/japans-pm-takaichi-sworn-in-by-emperor-as-unveils-new-cabinet>;
#   Judith Collins and Winston Peters in New Zealand's new government, November 2023,
#   <https://www.1news.co.nz/2023/11/27/christopher-luxon-sworn-in-as-new-zealands-new-prime-minister> and
#   <https://www.smh.com.au/world/oceania/it-took-six-weeks-but-nz-now-has-a-government-and-two-job-sharing-deputies-20231124-p5emob.html>
# - The Yomiuri Shimbun's report of 1 December 2025, before the signing:
#   <https://japannews.yomiuri.co.jp/politics/defense-security/20251201-295687>
# - The 1951 US–Japan Security Treaty in the US State Department's *Foreign Relations of the United States*:
#   <https://history.state.gov/historicaldocuments/frus1951v06p1/d735>
# - The course [glossary](../docs/glossary.md): *attribution*, *partial quotation*, *paraphrase*,
#   *primary source*, *wire report*, *Defence / Defense*, *Diet approval*, *pending*.
# - The course's datasheet, [`SOURCES.md`](../helpers/data/SOURCES.md): the source and confidence of every row.
# - How the program finds speakers: run `help(helpers.extract_quotes)` and `print(helpers.RULES)`.
#
# ---
# <!-- course:closing -->
# **Next:** [02 The ACSA →](02-acsa.ipynb)
# <!-- /course:closing -->
