"""The Japanese website draws every Japanese character with a real glyph, never an empty box (tofu).

The machine (like many a teacher's laptop) has no Japanese system font, so
only the font the Japanese site ships, IPAexGothic from ``_static/fonts``,
can draw kana and kanji. Chromium says, per element, which fonts drew how
many glyphs (DevTools' ``CSS.getPlatformFontsForNode``): every Japanese
character must be drawn by IPAexGothic. A screenshot of a notebook page goes
to build/site-check/ja-02-screen.png to look at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.site

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "build" / "site-check"
PAGES = ("index.html", "notebooks/02-acsa.html")
#: Kana, CJK punctuation, ideographs and full-width forms: the characters the shipped font is for.
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
#: The parts of the theme's chrome that showed boxes: the site title, the sidebar captions, the search button.
CHROME = (".navbar-brand", ".bd-links .caption-text", ".search-button__default-text")

#: Marks each visible element whose own text holds Japanese; returns (selector path, its own text).
_MARK = """() => {
  const found = [];
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('');
    const box = el.getBoundingClientRect();
    if (/[\\u3000-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef]/.test(own) && box.width > 0 && box.height > 0) {
      el.setAttribute('data-ja-check', String(found.length));
      found.push(own);
    }
  }
  return found;
}"""


def untouched_boxes(page) -> list[str]:
    """Elements of ``page`` with a Japanese character that IPAexGothic did not draw (each drawn as a box)."""
    texts = page.evaluate(_MARK)
    cdp = page.context.new_cdp_session(page)
    cdp.send("DOM.enable")
    cdp.send("CSS.enable")
    root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
    problems = []
    for index, text in enumerate(texts):
        node = cdp.send("DOM.querySelector", {"nodeId": root, "selector": f'[data-ja-check="{index}"]'})
        fonts = cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]})["fonts"]
        drawn = sum(font["glyphCount"] for font in fonts if font["familyName"] == "IPAexGothic")
        wanted = len(JAPANESE.findall(text))
        if drawn < wanted:
            used = ", ".join(f"{f['familyName']} ({f['glyphCount']})" for f in fonts)
            problems.append(f"{text.strip()[:30]!r}: {wanted} Japanese characters, drawn by {used}")
    cdp.detach()
    return problems


@pytest.mark.parametrize("path", PAGES)
def test_every_japanese_character_is_drawn_by_the_shipped_font(serve, chromium, path):
    base, _ = serve("student-ja")
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + path, wait_until="load")
        page.evaluate("() => document.fonts.ready")
        loaded = page.evaluate("() => document.fonts.check('16px \"IPAexGothic (course)\"', '日本語')")
        chrome = page.evaluate("sels => sels.filter(s => document.querySelector(s))", list(CHROME))
        problems = untouched_boxes(page)
        if path.startswith("notebooks/"):
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / "ja-02-screen.png"))
        families = page.evaluate(
            "sels => sels.map(s => getComputedStyle(document.querySelector(s)).fontFamily)", chrome
        )
    finally:
        page.close()
    assert loaded, "the page's fonts cannot draw Japanese: IPAexGothic (course) did not load"
    assert chrome == list(CHROME), f"the theme's chrome changed: only {chrome} found"
    assert all(family.startswith('"IPAexGothic (course)"') for family in families), families
    assert not problems, f"{path}: Japanese drawn as empty boxes:\n" + "\n".join(problems)
