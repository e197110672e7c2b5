"""The reading website in a real browser: every page of both editions, offline and accessible.

Run with ``make test-site``: it builds both editions (build/site,
build/site-instructor), serves each on 127.0.0.1 and visits every page in
Debian's Chromium through Playwright. Screenshots of one page, on screen
and as printed, go to build/site-check/.
"""

from __future__ import annotations

import json
import re
import time
from html import unescape
from pathlib import Path
from urllib.parse import quote, urldefrag, urlparse

import pytest
from crawl import AXE, Site, axe_violations, crawl, guard, relative

pytestmark = pytest.mark.site

REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "build" / "site-check"
EDITIONS = ("student", "instructor")
LANG = {"student": "en", "instructor": "en", "student-ja": "ja"}
#: The shortest text alternative that can describe a chart: Japanese says as much in about half the characters.
MIN_ALT = {"en": 40, "ja": 20}
BLOCKING = {"serious", "critical"}
FILENAME = re.compile(r"^[\w./-]+\.(png|jpe?g|svg|gif)$", re.IGNORECASE)


@pytest.fixture(scope="session")
def sites(serve, chromium):
    """Each edition crawled once (when a test first asks for it), axe-core run on every page.

    The student edition is checked in light and in dark mode. The instructor
    and Japanese editions are checked in light mode only: same theme, and what
    it adds (solution code, feedback boxes) has the same colours in both
    modes; checking it twice would double the test's time for no finding.
    """
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run make test-site (it installs axe-core with npm ci in site/)")

    class Crawled(dict):
        def __missing__(self, edition):
            base, served = serve(edition)
            start = time.perf_counter()
            site = crawl(chromium, base, dark=edition == "student")
            print(f"\n{edition}: {len(site.pages)} pages visited in {time.perf_counter() - start:.1f} s")
            self[edition] = (site, served)
            return self[edition]

    return Crawled()


@pytest.mark.parametrize("edition", LANG)
def test_every_page_answers_200_and_every_request_stays_on_the_machine(sites, edition):
    light, served = sites[edition]
    assert len(light.pages) >= 9, f"only {len(light.pages)} pages reachable from index.html"
    bad = {relative(url, light.base): page.status for url, page in light.pages.items() if page.status != 200}
    assert not bad, f"pages that did not answer 200: {bad}"
    assert not light.refused, f"requests that tried to leave 127.0.0.1: {light.refused}"
    assert not light.failed, f"requests that failed: {light.failed}"
    errors = [(path, status) for path, status in served if status >= 400]
    assert not errors, f"the server answered errors: {errors}"


@pytest.mark.parametrize("edition", LANG)
def test_no_internal_link_or_anchor_is_broken(sites, edition, chromium):
    light, _ = sites[edition]
    broken = []
    for url, page in light.pages.items():
        for link in page.links:
            target, anchor = urldefrag(link)
            if not target.startswith(light.base):
                continue
            if target in light.pages:
                if anchor and anchor not in light.pages[target].ids:
                    broken.append(
                        f"{relative(url, light.base)} -> {relative(link, light.base)} (no such anchor)"
                    )
            elif not _fetches(chromium, target):
                broken.append(f"{relative(url, light.base)} -> {relative(link, light.base)} (not found)")
    assert not broken, "broken internal links:\n" + "\n".join(sorted(set(broken)))


_fetched: dict[str, bool] = {}


def _fetches(browser, url: str) -> bool:
    """A non-page link (a notebook download, an image) answers 200."""
    if url not in _fetched:
        context = browser.new_context()
        try:
            _fetched[url] = context.request.get(url).status == 200
        finally:
            context.close()
    return _fetched[url]


@pytest.mark.parametrize("edition", LANG)
def test_every_image_loads_and_has_a_text_alternative(sites, edition):
    light, _ = sites[edition]
    charts, problems = 0, []
    for url, page in light.pages.items():
        for image in page.images:
            where = f"{relative(url, light.base)}: {relative(image['src'], light.base)}"
            if not image["loaded"]:
                problems.append(f"{where} did not load")
            alt = (image["alt"] or "").strip()
            if "/_images/" in image["src"]:
                charts += 1
                if len(alt) < MIN_ALT[LANG[edition]] or FILENAME.match(alt):
                    problems.append(f"{where} has alt {alt!r}, not the chart's text alternative")
    assert charts >= 5, f"only {charts} chart images found; the notebooks store more"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("edition", EDITIONS)
def test_each_chart_shows_the_text_alternative_of_its_own_cell(sites, edition):
    """The alt texts on a page are those of its notebook's charts, in the notebook's order."""
    from coursekit.site.alt import chart_alts

    site, _ = sites[edition]
    folder = REPO / "notebooks" / ("solutions" if edition == "instructor" else "")
    for url, page in site.pages.items():
        if "/notebooks/" not in url:
            continue
        notebook = json.loads(
            (folder / (Path(urlparse(url).path).stem + ".ipynb")).read_text(encoding="utf-8")
        )
        expected = [item.alt for _, item in sorted(chart_alts(notebook).items())]
        shown = [image["alt"] for image in page.images if "/_images/" in image["src"]]
        assert shown == expected, relative(url, site.base)


@pytest.mark.parametrize("edition", LANG)
def test_each_page_has_one_h1_headings_in_order_and_a_language(sites, edition):
    light, _ = sites[edition]
    problems = []
    for url, page in light.pages.items():
        name = relative(url, light.base)
        levels = [level for level, _ in page.headings]
        if levels.count(1) != 1 or levels[:1] != [1]:
            problems.append(f"{name}: headings {page.headings[:3]}... should open with exactly one h1")
        for before, after in zip(page.headings, page.headings[1:], strict=False):
            if after[0] > before[0] + 1:
                problems.append(f"{name}: h{before[0]} {before[1]!r} is followed by h{after[0]} {after[1]!r}")
        if page.lang != LANG[edition]:
            problems.append(f"{name}: <html lang> is {page.lang!r}, not {LANG[edition]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("edition", "mode"),
    [("student", "light"), ("student", "dark"), ("instructor", "light"), ("student-ja", "light")],
)
def test_axe_finds_no_serious_or_critical_violation(sites, edition, mode):
    site, _ = sites[edition]
    results = {url: page.axe if mode == "light" else page.axe_dark for url, page in site.pages.items()}
    assert None not in results.values(), "axe-core did not run on every page"
    blocking = [
        f"{relative(url, site.base)}: {v['id']} ({v['impact']}): {v['help']} at {v['nodes']}"
        for url, violations in results.items()
        for v in violations
        if v["impact"] in BLOCKING
    ]
    assert not blocking, f"axe-core, {mode} mode:\n" + "\n".join(blocking)


def _search(chromium, base: str, query: str) -> list[str]:
    page = chromium.new_page()
    try:
        page.goto(base + "search.html?q=" + quote(query))
        page.wait_for_selector("#search-results ul.search li a", timeout=20000)
        return page.eval_on_selector_all("#search-results ul.search li a", "links => links.map(a => a.href)")
    finally:
        page.close()


def test_search_finds_acsa(serve, chromium):
    base, _ = serve("student")
    hits = _search(chromium, base, "ACSA")
    assert any("/notebooks/02-acsa.html" in hit for hit in hits), f"search for ACSA found {hits}"


@pytest.mark.parametrize("query", ["物品役務相互提供協定", "協定"])
def test_japanese_search_finds_the_japanese_pages(serve, chromium, query):
    """Offline, in the browser: the whole official term and a piece of it find the Japanese notebook 00."""
    base, _ = serve("student-ja")
    hits = _search(chromium, base, query)
    assert any("/notebooks/00-start-here.html" in hit for hit in hits), f"search for {query} found {hits}"


def test_the_japanese_edition_shows_the_japanese_notebooks_and_chrome(sites):
    site, _ = sites["student-ja"]
    notebooks = {url: page for url, page in site.pages.items() if "/notebooks/" in url}
    assert len(notebooks) == len(list((REPO / "notebooks" / "ja").glob("*.ipynb")))
    for url, page in notebooks.items():
        assert "make lab-ja" in page.run, f"{relative(url, site.base)}: the run note is not the Japanese one"
    index = (REPO / "build" / "site-ja" / "index.html").read_text(encoding="utf-8")
    assert "ノートブック" in index and "はじめに" in index, "the home page is not in Japanese"
    assert 'aria-label="検索"' in index, "the theme's chrome is not in Japanese"


@pytest.mark.parametrize("edition", EDITIONS)
def test_every_notebook_page_has_the_download_and_run_note(sites, edition):
    site, _ = sites[edition]
    notebooks = {url: page for url, page in site.pages.items() if "/notebooks/" in url}
    assert len(notebooks) == len(list((REPO / "notebooks").glob("*.ipynb")))
    for url, page in notebooks.items():
        stem = Path(urlparse(url).path).stem
        assert page.download.endswith(f"/_sources/notebooks/{stem}.ipynb"), (url, page.download)
        assert "make lab" in page.run, f"{relative(url, site.base)} does not say how to run the notebook"


def test_the_download_is_the_student_notebook_as_stored(serve, chromium):
    base, _ = serve("student")
    page = chromium.new_page()
    try:
        page.goto(base + "notebooks/02-acsa.html")
        link = page.locator("a.course-download")
        href = link.get_attribute("href")
        note = page.locator(".course-run").inner_text()
        download = page.request.get(urldefrag(page.url).url.rsplit("/", 1)[0] + "/" + href)
        stored = json.loads(download.text())
    finally:
        page.close()
    assert "make lab" in note
    original = json.loads((REPO / "notebooks" / "02-acsa.ipynb").read_text(encoding="utf-8"))
    assert stored == original, "the download is not the student notebook as stored"


def test_print_preview_is_a_handout(serve, chromium):
    """Printed, a notebook keeps its title and charts and drops the navigation."""
    base, _ = serve("student")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(base + "notebooks/03-information-security.html", wait_until="load")
        page.screenshot(path=str(SHOTS / "03-screen.png"))
        page.emulate_media(media="print")
        page.screenshot(path=str(SHOTS / "03-print.png"), full_page=True)
        page.pdf(path=str(SHOTS / "03-print.pdf"), format="A4")
        hidden = page.evaluate(
            """() => ['.bd-sidebar-primary', '.bd-sidebar-secondary', '.bd-header', '.prev-next-footer']
                 .filter(s => document.querySelector(s))
                 .filter(s => getComputedStyle(document.querySelector(s)).display !== 'none')"""
        )
        title = page.locator(".bd-article h1").first.is_visible()
        charts = page.eval_on_selector_all(
            ".bd-article img", "imgs => imgs.filter(i => i.getBoundingClientRect().width > 300).length"
        )
    finally:
        page.close()
    assert not hidden, f"navigation still printed: {hidden}"
    assert title, "the notebook's title is not printed"
    stored = json.loads((REPO / "notebooks" / "03-information-security.ipynb").read_text(encoding="utf-8"))
    expected = sum("image/png" in o.get("data", {}) for c in stored["cells"] for o in c.get("outputs", []))
    assert charts == expected, f"{charts} charts printed at a readable width; notebook 03 stores {expected}"


def test_the_editions_never_mix(built):
    student, instructor = built["student"], built["instructor"]
    assert not (student / "docs" / "teacher-guide.html").exists(), "the teacher guide is in the student site"
    assert (instructor / "docs" / "teacher-guide.html").is_file()
    leaks, kept = [], 0
    for name, lines in solution_only_lines(REPO).items():
        page = f"notebooks/{Path(name).stem}.html"
        student_text, instructor_text = _text(student / page), _text(instructor / page)
        leaks += [f"{page}: {line!r}" for line in lines if line in student_text]
        kept += sum(line in instructor_text for line in lines)
    assert not leaks, "solution code in the student site:\n" + "\n".join(leaks[:10])
    assert kept >= 10, f"only {kept} solution lines found in the instructor site"


def _lines(path: Path, kinds: tuple[str, ...]) -> set[str]:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    sources = (
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells
        if c["cell_type"] in kinds
    )
    return {line.strip() for text in sources for line in text.splitlines()}


def solution_only_lines(repo: Path) -> dict[str, set[str]]:
    """Per notebook, the code lines of the solution version found nowhere in its student version."""
    found = {}
    for solution in sorted((repo / "notebooks" / "solutions").glob("*.ipynb")):
        student = _lines(repo / "notebooks" / solution.name, ("code", "markdown"))
        student_text = "\n".join(student)
        found[solution.name] = {
            line
            for line in _lines(solution, ("code",)) - student
            if len(line) >= 12 and not line.startswith("#") and line not in student_text
        }
    return found


def _text(path: Path) -> str:
    return unescape(re.sub(r"<[^>]+>", "", path.read_text(encoding="utf-8")))


def test_axe_can_fail(chromium):
    """The accessibility check is not vacuous: a page with a bad image and low contrast fails it."""
    page = chromium.new_page()
    try:
        page.set_content(
            '<html><body><img src="data:image/png;base64,iVBORw0KGgo=">'
            '<p style="color:#ccc;background:#fff">faint</p></body></html>'
        )
        found = {v["id"] for v in axe_violations(page) if v["impact"] in BLOCKING}
    finally:
        page.close()
    assert {"image-alt", "color-contrast"} <= found, found


def test_the_guard_refuses_a_request_off_the_machine(chromium, serve):
    """The offline check is not vacuous: a page that asks for an outside address is caught."""
    base, _ = serve("student")
    site = Site(base)
    context = chromium.new_context()
    context.route("**/*", guard(site))
    page = context.new_page()
    try:
        page.goto(base + "index.html")
        page.evaluate("() => fetch('http://outside.example/x').catch(() => null)")
        page.wait_for_timeout(200)
    finally:
        context.close()
    assert [urlparse(url).hostname for url in site.refused] == ["outside.example"]


def test_the_japanese_edition_ships_its_fallback_font_with_its_licence(built):
    """A machine without a Japanese font still shows the text (IPAexGothic, IPA Font License, served locally)."""
    japanese, english = built["student-ja"], built["student"]
    assert (japanese / "_static" / "fonts" / "ipaexg.ttf").is_file()
    assert (japanese / "_static" / "fonts" / "IPA_Font_License_Agreement_v1.0.txt").is_file()
    assert "_static/course-ja.css" in (japanese / "index.html").read_text(encoding="utf-8")
    assert not (english / "_static" / "fonts").exists(), "the English site carries the Japanese font"
