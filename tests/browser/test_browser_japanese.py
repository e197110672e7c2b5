"""A learner in the Japanese edition with JupyterLab's interface in Japanese, in headless Chromium.

As ``make lab-ja`` sets it up: a workspace made with ``python -m helpers
workspace --lang ja`` and the user setting ``locale: ja_JP`` (the language
pack ``jupyterlab-language-pack-ja-JP`` is in the test environment). The
learner opens ``02-acsa.ipynb``, runs it with 実行 → すべてのセルを実行, answers
2.1 wrong and then right, and reads the feedback in Japanese.

Empty boxes ("tofu"): the browser draws the interface with the fonts of the
learner's machine. Every Windows, macOS, ChromeOS and iPadOS has a Japanese
font; a bare Linux (this test machine, a CI container) may have none. The
session's browser is given one the way a learner's machine has one: through
fontconfig, IPAexGothic from matplotlib-fontja (the [ja] extra, already
installed for the charts). ``tofu.js`` finds characters that no font draws;
the last test shows it finds them in the system's own Chromium when the
machine has no Japanese font, so that it can fail.
"""

from __future__ import annotations

import re
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from labprocess import REPO

from .conftest import CHROMIUM, CHROMIUM_ARGS
from .labpage import PANEL, VIEWPORT, menu_click, run_new_cell, script, shows_traceback
from .labserver import LabServer, serving

pytestmark = pytest.mark.browser

NOTEBOOK = "02-acsa.ipynb"
WORKSPACE = "workspace-ja"
LOCALE = {"@jupyterlab/translation-extension:plugin": {"locale": "ja_JP"}}
MENUS = ("ファイル", "編集", "表示", "実行", "カーネル", "設定", "ヘルプ")


def _solution(qid: str) -> str:
    name = "answer_" + qid.replace(".", "_")
    for line in (REPO / "notebooks" / "src" / "02-acsa.py").read_text(encoding="utf-8").splitlines():
        m = re.match(rf"\s*{name}\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
        if m:
            return f"{name} = {m.group(1)}\ncheck({qid!r}, {name})"
    raise LookupError(f"no solution line for {qid} in notebooks/src/02-acsa.py")


def _japanese_font() -> Path:
    try:
        import matplotlib_fontja
    except ImportError:
        pytest.fail("matplotlib-fontja is missing: make test-browser installs the [ja] extra", pytrace=False)
    fonts = sorted(Path(matplotlib_fontja.__file__).parent.rglob("*.ttf"))
    assert fonts, "matplotlib-fontja ships no .ttf"
    return fonts[0].parent


def _fontconfig(folder: Path) -> Path:
    """A fontconfig file: the system's fonts, and the folder of IPAexGothic."""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{_japanese_font()}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n",
        encoding="utf-8",
    )
    return conf


@pytest.fixture(scope="module")
def lab_ja():
    """JupyterLab in Japanese, serving a copy of notebooks/ with a Japanese workspace in it."""
    from helpers.workspace import create_workspace

    with serving(REPO / "notebooks", "course-browser-ja-", settings=LOCALE,
                 prepare=lambda server: create_workspace(server.root / WORKSPACE, lang="ja")) as server:
        yield server


def _context(browser, lab: LabServer):
    context = browser.new_context(viewport=VIEWPORT, locale="ja-JP")
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith(lab.url + "/")
                  else route.abort())
    login = context.new_page()
    login.goto(f"{lab.url}/lab?token={lab.token}&reset", wait_until="domcontentloaded")
    login.close()
    return context


@dataclass
class Session:
    page: object
    shot: Path
    menus: list[str]
    setup: str
    wrong: object
    right: object
    tofu: dict


def _wait_for_kernel(page, lab: LabServer) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not lab.kernels_idle():
        page.wait_for_timeout(250)
    page.wait_for_timeout(1000)


@pytest.fixture(scope="module")
def session(chromium, lab_ja, shots, tmp_path_factory):
    """The learner's session, in a Chromium that has a Japanese font (as a learner's machine has)."""
    env = {"FONTCONFIG_FILE": str(_fontconfig(tmp_path_factory.mktemp("fonts")))}
    browser = chromium.browser_type.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS, env=env)
    context = _context(browser, lab_ja)
    page = context.new_page()
    shot = shots / "learner-session-ja.png"
    try:
        page.goto(f"{lab_ja.url}/lab/tree/{WORKSPACE}/{NOTEBOOK}?reset", wait_until="domcontentloaded")
        page.locator(f"{PANEL} .jp-Notebook .jp-Cell").first.wait_for(timeout=60_000)
        _wait_for_kernel(page, lab_ja)
        menus = page.locator(".lm-MenuBar-item").all_inner_texts()
        menu_click(page, "実行", "すべてのセルを実行")
        page.wait_for_function(script("none_queued"), timeout=120_000)
        setup = page.locator(f"{PANEL} .jp-CodeCell").first.locator(".jp-OutputArea").inner_text()
        wrong = run_new_cell(page, "check('2.1', 999)")
        right = run_new_cell(page, _solution("2.1"))
        page.evaluate(script("scroll_to_top"))
        page.wait_for_timeout(300)
        page.screenshot(path=str(shot))  # the menus and the notebook's top, as the learner sees them
        right.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        page.screenshot(path=str(shots / "learner-session-ja-feedback.png"))
        tofu = page.evaluate(script("tofu"), "body")
        yield Session(page, shot, menus, setup, wrong, right, tofu)
    finally:
        lab_ja.shutdown_kernels()
        context.close()
        browser.close()


def test_the_interface_is_in_japanese(session):
    assert all(menu in session.menus for menu in MENUS), f"the menu bar shows {session.menus}"


def test_the_setup_cell_runs_and_speaks_japanese(session):
    assert "記事を読み込みました" in session.setup, f"the setup cell printed {session.setup[:300]!r}"


def test_a_wrong_answer_gets_japanese_feedback(session):
    text = session.wrong.inner_text()
    assert not shows_traceback(session.wrong), text[:300]
    assert "course-feedback-right" not in session.wrong.inner_html()
    assert "演習 2.1" in text and "違います" in text and "ヒント" in text, f"the feedback was {text[:300]!r}"
    assert "。 " not in text, f"a space between Japanese sentences (an English join): {text[:300]!r}"


def test_the_right_answer_gets_japanese_feedback(session):
    text = session.right.inner_text()
    assert "course-feedback-right" in session.right.inner_html(), f"the answer was not accepted: {text[:300]!r}"
    assert "正解" in text, f"the feedback was {text[:300]!r}"
    assert "！ " not in text, f"a space between Japanese sentences (an English join): {text[:300]!r}"


def test_no_character_on_the_page_is_an_empty_box(session):
    assert session.tofu["checked"] > 50, f"only {session.tofu['checked']} characters were looked at"
    assert not session.tofu["missing"], f"drawn as empty boxes (no font has them): {session.tofu['missing'][:80]!r}"


def _has_japanese_font() -> bool:
    try:
        out = subprocess.run(["fc-list", ":lang=ja", "family"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return True  # cannot tell: do not claim the machine lacks one
    return bool(out.strip())


def test_the_box_finder_finds_boxes_on_a_machine_without_a_japanese_font(chromium, lab_ja, shots):
    """The check above can fail: the system's Chromium, without the font, draws the Japanese menus as boxes."""
    if _has_japanese_font():
        pytest.skip("this machine has a Japanese font (fc-list :lang=ja), so nothing is drawn as a box")
    context = _context(chromium, lab_ja)
    page = context.new_page()
    try:
        page.goto(f"{lab_ja.url}/lab?reset", wait_until="domcontentloaded")
        page.locator(".lm-MenuBar-item").first.wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
        page.screenshot(path=str(shots / "japanese-without-a-font.png"))
        tofu = page.evaluate(script("tofu"), ".lm-MenuBar")
    finally:
        context.close()
    assert set("ファイル") <= set(tofu["missing"]), f"the menus without a Japanese font: {tofu}"
