"""Sphinx configuration of the course's reading website (both editions).

Not run by hand: ``make site`` / ``make site-instructor`` call coursekit/site/build.py,
which lays out the sources (coursekit/site/stage.py) and runs Sphinx with
this folder as its configuration directory. Everything is offline: the
notebooks' stored outputs are used as they are (no execution), and every
script, style sheet and font comes from the installed theme.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the checkout, for coursekit

project = "Japan–New Zealand security agreements"
author = "the course's authors"
copyright = "the course's authors, MIT licence"
# The language is set per edition: coursekit/site/build.py passes -D language=ja for the
# Japanese one (the page chrome, <html lang> and the search index follow it).
language = "en"

extensions = ["myst_nb", "coursekit.site.sphinxext"]
exclude_patterns = ["_build", "**.ipynb_checkpoints", "_course.json"]
root_doc = "index"

# --- notebooks: stored outputs only ---------------------------------------------
nb_execution_mode = "off"
nb_output_stderr = "show"
nb_merge_streams = True
myst_enable_extensions = ["deflist", "colon_fence"]
myst_heading_anchors = 3

# --- HTML ---------------------------------------------------------------------
html_theme = "sphinx_book_theme"
templates_path = ["templates"]
html_static_path = ["static"]
html_css_files = ["course.css"]
html_favicon = "static/favicon.svg"  # so no browser asks for a missing /favicon.ico
html_copy_source = True  # the notebook download: _sources/notebooks/NN-*.ipynb
html_sourcelink_suffix = ""
html_show_sphinx = False
html_use_index = False
# Japanese search (language "ja" only): Sphinx's built-in splitter plus the course's official terms whole.
html_search_options = {"type": "coursekit.site.jasearch.TermSplitter"}  # the course has no index entries; an empty index page helps no one
html_last_updated_fmt = None
html_theme_options = {
    "use_download_button": True,
    "use_fullscreen_button": False,
    "use_repository_button": False,
    "use_source_button": False,
    "home_page_in_toc": True,
    "show_toc_level": 2,
    "navigation_with_keys": False,
}
