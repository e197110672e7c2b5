# %% [markdown]
# # 01 · The article as data: dates, sentences and who said what
#
# **You are here:** [← 00 Start here](00-start-here.ipynb) | 01 The article as data | [02 The ACSA →](02-acsa.ipynb)
#
# **Time:** about 45 minutes (25 reading, 20 exercises).
#
# **Questions this notebook answers**
# - The article says the agreements were signed "on Friday": can I check that?
# - Who is quoted in the article, how much, and through which channel did their words arrive?
# - How does a program decide who said a quotation, and when should I disagree with it?
# - How close is the report to its primary source, and what does it leave out?
#
# **By the end you will be able to**
# - check a claim in the text ("on Friday") against the article's date;
# - split the article into sentences and explain why a quotation must not be cut in two;
# - read a table of quotations: speaker, kind, channel, and the rule that found the speaker;
# - count quotations and quoted words per speaker with pandas, and read a chart of them;
# - tell apart a full quotation, a partial quotation, a paraphrase and a government's statement;
# - compare a report's wording with its primary source, and list what the report does not say.

# %% [markdown] tags=["instructor"]
# > **Instructor version.** Solutions are filled in. The student version is
# > `notebooks/01-the-article-as-data.ipynb`; both are generated from
# > `notebooks/src/01-the-article-as-data.py` by `make notebooks`.
# >
# > **Timing.** Sections 1–2 (date, sentences) take 5 minutes; the highlighted
# > article and the `rule` column are the heart of the lesson (10 minutes, read
# > paragraph 9 aloud); counting and the chart 5 minutes; the rest 5 minutes of
# > reading plus the exercises. Exercises 1.3–1.6 use boolean filters in pandas
# > (`frame[frame.kind == "partial"]`, `&`, `.isna()`); the notebook shows each
# > once, but learners new to pandas will lean on the hints.
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

article = helpers.load_seeds()[0]
article

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
# Affairs gives the same day for the signing in its press release (the
# course's **primary source**, see below). Had they disagreed, the date line
# might be the day the report was *published* and "Friday" the day of the
# *event*: a reader would have to find out which.

# %% [markdown]
# ## Nine paragraphs, nine sentences: a quotation is never cut in two
#
# `article.sentences()` splits every paragraph into sentences and keeps
# track of where each one sits. Each sentence knows its paragraph.

# %%
sentences = article.sentences()
print("Paragraphs:", len(article.paragraphs))
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
# **Exercise 1.1** (★☆☆) How many sentences does the article have, according
# to `article.sentences()`? Answer with a number computed in Python.

# %%
answer_1_1 = len(article.sentences())  # SOLUTION
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
# The same information as a table, one row per quotation. `via` is the
# **channel**: the document or event through which the words reached the
# reporter, in the article's own words (empty when the article does not say).
# The unnamed column on the left is pandas' row label, counting from 0; the
# quotation's own number is in `number`.

# %%
frame = helpers.quotes_frame(article)
frame[["number", "paragraph", "speaker", "kind", "via", "rule"]]

# %% [markdown]
# And the words themselves, shortened to fit:

# %%
for q in frame.itertuples():
    print(f"{q.number:>2}  ¶{q.paragraph}  {q.speaker:<25} {textwrap.shorten(q.text, 44)}")

# %% [markdown]
# To pick rows, put a test in square brackets: `frame[frame.paragraph == 3]`
# keeps the rows whose paragraph is 3.

# %%
rows_3 = frame[frame.paragraph == 3]
rows_3[["number", "speaker", "kind", "text"]]

# %% [markdown]
# `.iloc[0]` takes the first of those rows, and a column name after a dot
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
# how the program decided. These are the rules this article needs:

# %%
for rule in frame.rule.unique():
    print(textwrap.fill(f"{rule}: {helpers.RULES[rule]}", 80, subsequent_indent="    "))

# %% [markdown]
# Follow the reasoning paragraph by paragraph, with the article's words:
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
# Open Indo-Pacific" is Japan's foreign-policy vision, see the glossary), but
# the article does not say so: the table's answer is a reasonable guess, not
# a fact. When you use such a table, keep the `rule` column and check the
# rows that are not `explicit`.

# %% [markdown]
# **Exercise 1.3** (★★☆) In which paragraphs was a quotation's speaker found
# by a rule *other than* `explicit`? Answer with a list of paragraph numbers,
# in any order. (`!=` means "is not equal to".)

# %%
answer_1_3 = sorted(set(frame[frame.rule != "explicit"].paragraph))  # SOLUTION
check("1.3", answer_1_3)

# %% [markdown]
# ## Who gets quoted, and how much, depends on what you count
#
# **Should a quotation inside a quotation count?** The table has 10 rows, but
# one of them is 'Free and Open Indo-Pacific', in single marks *inside*
# paragraph 9's quotation. Its rule is `nested`, and `parent` holds the
# number of the quotation around it:

# %%
frame[frame.parent.notna()][["number", "paragraph", "speaker", "rule", "parent", "text"]]

# %% [markdown]
# Nobody said those four words on their own: the statement used the name of
# Japan's policy, and the words are already inside quotation 9. The table
# keeps a row for them, so they can be highlighted and searched, but a count
# of quotations should leave them out. `frame.parent.isna()` is `True` for the
# top-level quotations:

# %%
top = frame[frame.parent.isna()]
print("Rows in the table:", len(frame), "| top-level quotations:", len(top))

# %% [markdown]
# The chart makes the same choice: it counts top-level quotations per
# speaker, full and partial stacked.

# %%
helpers.quotes_per_speaker(frame)
plt.show()

# %% [markdown]
# Japan's Foreign Ministry is quoted most often, three times, all of them
# short phrases, while both New Zealand ministers are quoted only in full
# sentences (source: the quotations the course's helpers found in the
# article, nested one left out). For a screen reader, the same chart in words:

# %%
print(textwrap.fill(helpers.describe_quotes_per_speaker(frame), 80))

# %% [markdown]
# The chart's numbers are a count of the `speaker` column of the top-level
# rows, which pandas gives with `value_counts()`:

# %%
top.speaker.value_counts()

# %% [markdown]
# Counting **words** instead of quotations tells a different story. The
# `words` column counts the words inside each quotation's marks:

# %%
top.groupby("speaker")["words"].sum().sort_values(ascending=False)

# %% [markdown]
# One more choice hides in every count: "Japan's Foreign Ministry", "Japan"
# and "Tokyo" are three labels for Japan's government, and probably for one
# document. A program keeps them apart because the article words them
# differently; a reader may decide to add them up. The `country` column
# does exactly that.
#
# **Exercise 1.4** (★★☆) Count the top-level quotations by `country` instead
# of by speaker. How many come from Japan's side? Answer with a number
# computed from the table.

# %%
answer_1_4 = top.country.value_counts()["Japan"]  # SOLUTION
check("1.4", answer_1_4)

# %% [markdown]
# ## Full quotation, partial quotation, paraphrase, and a government's statement
#
# Quotation marks promise the source's own words. This report uses them in
# several ways, and in some paragraphs not at all:
#
# - **Paraphrase** (paragraph 2): the signing itself is told in the reporter's
#   words, "according to a statement from Japan's Foreign Ministry". No marks,
#   so the quotations table has no row for it.
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
# How much of the article is other people's words? Count the words inside
# top-level quotation marks against all the words of the paragraphs:

# %%
quoted = sum(len(text.split()) for text in top.text)
total = sum(len(p.text.split()) for p in article.paragraphs)
print(f"{quoted} of {total} words are inside quotation marks ({quoted / total:.0%}).")

# %% [markdown]
# The rest is the reporter's own writing, much of it paraphrase of the two
# governments' statements.

# %% [markdown]
# **Exercise 1.5** (★★☆) In which paragraphs does the reporter weave a
# *partial* quotation into their own sentence? Leave nested quotations out.
# Answer with a list of paragraph numbers, in any order. (To combine two
# tests, put each in brackets and join them with `&`, meaning "and".)

# %%
answer_1_5 = sorted(set(frame[(frame.kind == "partial") & frame.parent.isna()].paragraph))  # SOLUTION
check("1.5", answer_1_5)

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
# services". Set it beside quotation 1:

# %%
release_acsa = "will facilitate the smooth and prompt provision of supplies and services"
quote_1 = frame.loc[frame.number == 1, "text"].item().rstrip(",")
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
quote_6 = frame.loc[frame.paragraph == 6, "text"].item().rstrip(",")
print("Same words:", quote_6 == release_isa)

# %% [markdown]
# So "Japan said" in paragraph 6 very likely means the same press release.
# The New Zealand government statement behind paragraphs 4–5 could not be
# found by the course's authors, so Collins's words cannot be checked this way.

# %% [markdown]
# ## "Defense" in the article, "Defence" in her title
#
# The article calls Judith Collins "New Zealand Defense Minister". Compare the
# role as the article words it with the course's table of ministers:

# %%
in_article = helpers.people_frame(article)[["name", "role"]]
official = helpers.load_people()[["person", "role", "confidence"]]
titles = in_article.merge(
    official, left_on="name", right_on="person", suffixes=(" in the article", " (official)")
)
titles[["name", "role in the article", "role (official)", "confidence"]]

# %% [markdown]
# Her office is **Minister of Defence**, spelt the British and New Zealand
# way. The report uses the American spelling throughout, as a news agency's
# house style may (see *Defence / Defense* in the glossary); it never writes
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
acsa_title = agreements.set_index("id").loc["acsa-nz-2025", "official_title"]
print(textwrap.fill(acsa_title, 80))
print("Contains 'Self-Defense':", "Self-Defense" in acsa_title)
print("Contains 'Defence Force':", "Defence Force" in acsa_title)

# %% [markdown]
# Japan's forces are the "Self-Defense Forces"; New Zealand's are the "New
# Zealand Defence Force". When you search for Collins's office, use
# New Zealand's spelling. (The ministers' table has confidence `medium`: its
# roles come from news reports of the appointments, listed in
# `helpers/data/SOURCES.md`.)

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
# glossary). The course's dataset records both agreements as signed on the
# article's day and `pending`, that is, not in force on 19 December 2025:

# %%
agreements[agreements.partner == "New Zealand"][["kind", "signed", "in_force", "status", "confidence"]]

# %% [markdown]
# The article mentions no step still to come, in Japan's Diet or in New
# Zealand. Notebook 02 looks at how long that step has taken for Japan's
# other partners.
#
# **No channel for three quotations.** Where did these words reach the
# reporter? The article does not say:

# %%
frame[frame.via == ""][["number", "paragraph", "speaker", "kind"]]

# %% [markdown]
# **Who else was there, and when.** Japan's press release says the signing
# began at 11:40 a.m. in Tokyo and was followed by a meeting; the article
# says only "during talks in Tokyo". A Jiji Press report of the same day
# (confidence *medium*: a news report, not a government source) says that
# Japan's Defense Minister, Shinjiro Koizumi, also met Collins that day; the
# article does not mention him.

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
#
# There is no single right answer. Say what you would put in the `speaker`
# column, and why.

# %% [markdown]
# ## Key points
#
# - Check the text against the data: "on Friday" agrees with the date line, 2025-12-19.
# - A sentence splitter must not split inside quotation marks, or paragraph 7's quotation loses its speaker.
# - Each quotation has a speaker, a channel (`via`) and a `rule`: the rule is the program's reasoning, and paragraph 9's "the statement" shows it can be a guess.
# - What you count changes the answer: nested or not, quotations or words, each label or each government.
# - A report is not its primary source: the article adapts the release's words, spells New Zealand's Minister of Defence the American way, and is silent on figures, entry into force and who else took part.
#
# ## Further reading
#
# - Japan's Ministry of Foreign Affairs, press release on the signing, 19 December 2025 (the primary source):
#   <https://www.mofa.go.jp/press/release/pressite_000001_01940.html>
# - The ministers' appointments, 27 November 2023 (source of the ministers' table):
#   <https://www.1news.co.nz/2023/11/27/christopher-luxon-sworn-in-as-new-zealands-new-prime-minister>
# - The course glossary, `docs/glossary.md`: *attribution*, *partial quotation*, *paraphrase*,
#   *primary source*, *wire report*, *Defence / Defense*.
# - How the program finds speakers: run `help(helpers.extract_quotes)` and `print(helpers.RULES)`.
#
# ---
# **Next:** [02 The ACSA →](02-acsa.ipynb)
