"""The website's own words in each language: the home page, the run note, the title suffix.

The notebooks bring their own text (``notebooks/`` or ``notebooks/ja/``); these
are the few sentences the site adds around them. English is the default; a
language missing here is refused by :func:`words`, never shown half in English.
"""

from __future__ import annotations

__all__ = ["LANGUAGES", "words"]

_EN = {
    "intro": (
        "{subtitle}. This is the reading version of the course: every page is\n"
        "one notebook, shown with the outputs it stores. Nothing runs here; to run the\n"
        "code and check your answers, download the notebook from its page."
    ),
    "instructor_banner": (
        "Instructor edition: every notebook here contains its solutions. "
        "Publish it only where learners cannot reach it; the student edition is built by `make site`."
    ),
    "in_order": "The notebooks, in order",
    "columns": "| No. | Notebook | Time |",
    "minutes": "{minutes} min",
    "hours": "{hours} h {minutes:02d} min",
    "in_all": "In all about {total}.",
    "how_to_run": "How to run a notebook",
    "run_steps": (
        "- On your own computer: get the course folder, open a terminal in it and\n"
        "  type `make lab`. The first time it sets everything up (a minute), then it\n"
        "  opens the course in JupyterLab.\n"
        "- In class: your teacher may give you a class hub; sign in there{hub}.\n"
        "  Your own copies of the notebooks are in your workspace and nothing needs\n"
        "  installing (ignore `make lab` there); hand work in from a cell with\n"
        "  `helpers.hand_in()` when your teacher asks."
    ),
    "hub_link": " or open it on [your class hub]({url})",
    "reference": "Reference",
    "teacher_docs": (
        "- [Teacher guide](docs/teacher-guide.md): timings, flows and what to watch for\n"
        "- [Answer key](docs/answer-key.md): every exercise's answer on one page\n"
    ),
    "docs": (
        "- [Glossary](docs/glossary.md): the terms the course uses\n"
        "- [Pandas sheet](docs/pandas-sheet.md): the pandas the exercises use, on one page\n"
        "- [Model briefing and self-check](docs/model-briefing.md): to open after writing your own briefing\n"
        "- [Datasheets](helpers/data/SOURCES.md): where every number in the course's tables comes from"
    ),
    "toc_notebooks": "Notebooks",
    "toc_reference": "Reference",
    "run_label": "Run this notebook",
    "download": "Download this notebook ({filename})",
    "run": (
        ". This page shows it with its stored outputs; nothing runs here. To run it and check your "
        "answers: on a class hub, sign in; your own copy is in your workspace, nothing to install. "
        "On your own computer, open a terminal in the course folder and type <code>{command}</code> "
        "(the first time, it sets everything up)."
    ),
    "run_hub": ' In class, you can also open it on <a href="{url}">the class hub</a>.',
    "lab_command": "make lab",
    "instructor_suffix": " (instructor edition)",
}

_JA = {
    "intro": (
        "{subtitle}。このサイトはコースを読むための版です。各ページが1つのノートブックで、"
        "保存された出力とともに表示されます。ここでは何も実行されません。コードを実行して答えを確かめるには、"
        "各ページからノートブックをダウンロードしてください。"
    ),
    "instructor_banner": (
        "教員版：ここにあるノートブックにはすべて解答が入っています。"
        "学習者が見られない場所にだけ公開してください。学生版は `make site LANG=ja` で作ります。"
    ),
    "in_order": "ノートブック（順番どおり）",
    "columns": "| 番号 | ノートブック | 所要時間 |",
    "minutes": "{minutes}分",
    "hours": "{hours}時間{minutes:02d}分",
    "in_all": "全体で約{total}です。",
    "how_to_run": "ノートブックの実行のしかた",
    "run_steps": (
        "- 自分のコンピューターで：コースのフォルダーを用意し、そのフォルダーで端末を開いて"
        " `make lab-ja` と入力します。初回は準備に1分ほどかかり、そのあと JupyterLab がコースを日本語で開きます。\n"
        "- 授業で：先生からクラスのハブ（class hub）を案内されることがあります。そこにサインインしてください{hub}。"
        "自分用のノートブックはワークスペースにあり、インストールは要りません（ハブでは `make lab-ja` は不要です）。"
        "先生に言われたら、セルで `helpers.hand_in()` を実行して提出します。"
    ),
    "hub_link": "（[クラスのハブ]({url})から開くこともできます）",
    "reference": "参考資料",
    "teacher_docs": (
        "- [教員用ガイド](docs/ja/teacher-guide.md)：時間配分、授業の流れ、注意点\n"
        "- [解答集](docs/ja/answer-key.md)：全演習の解答を1ページに\n"
    ),
    "docs": (
        "- [Glossary](docs/glossary.md)：コースで使う用語（英語）\n"
        "- [Pandas sheet](docs/pandas-sheet.md)：演習で使う pandas を1ページに（英語）\n"
        "- [Model briefing and self-check](docs/model-briefing.md)：自分のブリーフィングを書いたあとに開く見本（英語）\n"
        "- [Datasheets](helpers/data/SOURCES.md)：コースの表の数値の出典（英語）"
    ),
    "toc_notebooks": "ノートブック",
    "toc_reference": "参考資料",
    "run_label": "このノートブックを実行する",
    "download": "このノートブックをダウンロード（{filename}）",
    "run": (
        "。このページは保存された出力とともにノートブックを表示しており、ここでは何も実行されません。"
        "実行して答えを確かめるには、クラスのハブではサインインしてください。自分用のコピーがワークスペースにあり、"
        "インストールは要りません。自分のコンピューターでは、コースのフォルダーで端末を開いて "
        "<code>{command}</code> と入力します（初回は準備を自動で行います）。"
    ),
    "run_hub": '授業では<a href="{url}">クラスのハブ</a>で開くこともできます。',
    "lab_command": "make lab-ja",
    "instructor_suffix": "（教員版）",
    "course_title": "日本とニュージーランドの安全保障協定",
    "course_subtitle": "1本のニュース記事から学ぶ JupyterLab ノートブック講座",
}

LANGUAGES = {"en": _EN, "ja": _JA}


def words(lang: str) -> dict[str, str]:
    """The site's sentences in ``lang``; every language has every key.

    >>> words("ja")["toc_notebooks"], words("en")["toc_notebooks"]
    ('ノートブック', 'Notebooks')
    >>> words("fr")
    Traceback (most recent call last):
    ...
    ValueError: the website has no text in 'fr'; add it to coursekit/site/words.py (one of ('en', 'ja'))
    """
    if lang not in LANGUAGES:
        raise ValueError(
            f"the website has no text in {lang!r}; add it to coursekit/site/words.py (one of {tuple(LANGUAGES)})"
        )
    return LANGUAGES[lang]
