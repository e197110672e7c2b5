"""Sphinx extension for the course site: chart alt texts, the run note, one h1 per page.

* ``doctree-read``: every notebook page gets, right under its title, a note
  with the link to download the notebook and how to run it (``make lab``,
  or the class hub when ``_course.json`` names one); a page with more or
  fewer than one top-level heading is an error.
* ``doctree-resolved``: every image myst-nb made from a notebook output gets
  its text alternative (:mod:`coursekit.site.alt`) as ``alt``, never a file
  name; a chart without one stops the build.

The edition, the hub address and the titles come from ``_course.json``,
which :mod:`coursekit.site.stage` writes into the source folder.
"""

from __future__ import annotations

import html
import json
import posixpath
import shutil
from pathlib import Path

from docutils import nodes
from sphinx.errors import ExtensionError
from sphinx.util import logging

from coursekit.site.alt import AltError, chart_alts
from coursekit.site.words import words

__all__ = ["run_note", "setup"]

logger = logging.getLogger(__name__)


def run_note(docname: str, hub_url: str = "", lang: str = "en") -> str:
    """The HTML note under a notebook page's title: download link and how to run it.

    >>> note = run_note("notebooks/02-acsa")
    >>> 'href="../_sources/notebooks/02-acsa.ipynb" download="02-acsa.ipynb"' in note, "make lab" in note
    (True, True)
    >>> "class hub" in run_note("notebooks/02-acsa", "https://hub.example.org/")
    True
    >>> "make lab-ja" in run_note("notebooks/02-acsa", lang="ja"), "ダウンロード" in run_note("notebooks/02-acsa", lang="ja")
    (True, True)
    """
    said = words(lang)
    filename = posixpath.basename(docname) + ".ipynb"
    href = posixpath.relpath(f"_sources/{docname}.ipynb", posixpath.dirname(docname) or ".")
    hub = said["run_hub"].format(url=html.escape(hub_url)) if hub_url else ""
    download = html.escape(said["download"].format(filename=filename))
    return (
        f'<aside class="course-run" aria-label="{html.escape(said["run_label"])}">'
        f'<p><a class="course-download" href="{html.escape(href)}" download="{html.escape(filename)}">'
        f"{download}</a>{said['run'].format(command=said['lab_command'])}{hub}</p></aside>"
    )


def _course(app) -> dict:
    path = Path(app.srcdir) / "_course.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _is_notebook(app, docname: str) -> bool:
    return str(app.env.doc2path(docname)).endswith(".ipynb")


def _check_one_title(doctree, docname: str) -> None:
    tops = [child for child in doctree.children if isinstance(child, nodes.section)]
    if len(tops) != 1:
        logger.warning(
            "%s has %d top-level headings (h1); a page needs exactly one '# ...' heading",
            docname,
            len(tops),
            type="course",
            subtype="h1",
        )


def _add_run_note(app, doctree) -> None:
    docname = app.env.docname
    _check_one_title(doctree, docname)
    if not _is_notebook(app, docname):
        return
    section = next(iter(doctree.findall(nodes.section)), None)
    if section is None or not isinstance(section.children[0], nodes.title):
        return
    course = _course(app)
    note = nodes.raw(
        "", run_note(docname, course.get("hub_url", ""), course.get("lang", "en")), format="html"
    )
    section.insert(1, note)


def _cell_of(node) -> int | None:
    while node is not None:
        if isinstance(node, nodes.container) and node.get("nb_element") == "cell_code":
            return node.get("cell_index")
        node = node.parent
    return None


def _set_alts(app, doctree, docname) -> None:
    if not _is_notebook(app, docname):
        return
    source = Path(app.env.doc2path(docname))
    try:
        alts = chart_alts(json.loads(source.read_text(encoding="utf-8")), source.name)
    except AltError as exc:
        raise ExtensionError(str(exc)) from None
    seen: dict[int, int] = {}
    for image in doctree.findall(nodes.image):
        cell = _cell_of(image)
        if cell is None:
            continue
        outputs = sorted(key for key in alts if key[0] == cell)
        position = seen.get(cell, 0)
        seen[cell] = position + 1
        if position >= len(outputs):
            raise ExtensionError(f"{source.name}: cell {cell + 1} shows more images than it stores")
        image["alt"] = alts[outputs[position]].alt


def _title(app, config) -> None:
    """The site's title, with the edition when it is the instructor's."""
    course = _course(app)
    if course:
        said = words(course.get("lang", "en"))
        suffix = said["instructor_suffix"] if course.get("edition") == "instructor" else ""
        config.html_title = course["title"] + suffix


#: The Japanese edition's font for Japanese characters, never downloaded from anywhere:
#: IPAexGothic as matplotlib-fontja ships it (the charts' font), with its licence beside it.
#: Its ``unicode-range`` holds only kana, CJK ideographs and full-width forms, so Latin text
#: keeps the reader's system font. It comes *first* in each family list: last, as a fallback
#: after system-ui, Chromium on a machine without a Japanese font drew the site title, the
#: sidebar captions and the search button as empty boxes (the system font's missing-glyph box).
JA_FONT_FAMILY = "IPAexGothic (course)"
JA_UNICODE_RANGE = "U+3000-30FF, U+3400-4DBF, U+4E00-9FFF, U+F900-FAFF, U+FF00-FFEF"
JA_FONT_CSS = (
    "".join(
        f"""@font-face {{
  font-family: "{JA_FONT_FAMILY}";
  src: url("fonts/ipaexg.ttf") format("truetype");
  font-weight: {weight};
  unicode-range: {JA_UNICODE_RANGE};
  font-display: block;
}}
"""
        for weight in ("100 549", "550 900")
    )
    + f""":root {{
  --pst-font-family-base-system: "{JA_FONT_FAMILY}", system-ui, sans-serif, "Apple Color Emoji", "Segoe UI Emoji",
    "Segoe UI Symbol", "Noto Color Emoji";
  --pst-font-family-heading: var(--pst-font-family-base-system);
  --pst-font-family-monospace-system: "{JA_FONT_FAMILY}", ui-monospace, "Cascadia Code", "Source Code Pro", "Menlo",
    "Consolas", "DejaVu Sans Mono", monospace;
}}
.navbar-brand, .bd-links .caption-text, .search-button__default-text {{
  font-family: var(--pst-font-family-base-system);
}}
"""
)


def _japanese_font(app, config) -> None:
    """In the Japanese edition, ship IPAexGothic (and its licence) as the last fallback font."""
    if config.language != "ja":
        return
    import matplotlib_fontja

    fonts = Path(matplotlib_fontja.__file__).parent / "fonts"
    static = Path(app.doctreedir).parent / "static-ja"
    (static / "fonts").mkdir(parents=True, exist_ok=True)
    for name in ("ipaexg.ttf", "IPA_Font_License_Agreement_v1.0.txt", "Readme_ipaexg00401.txt"):
        target = static / "fonts" / name
        if not target.is_file():
            shutil.copy2(fonts / name, target)
    (static / "course-ja.css").write_text(JA_FONT_CSS, encoding="utf-8")
    config.html_static_path = [*config.html_static_path, str(static)]
    app.add_css_file("course-ja.css")


def setup(app):
    """Register the hooks (Sphinx calls this)."""
    app.connect("config-inited", _title)
    app.connect("config-inited", _japanese_font)
    app.connect("doctree-read", _add_run_note)
    app.connect("doctree-resolved", _set_alts)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
