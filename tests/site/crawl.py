"""Visit every page of a built site in Chromium, the way a reader would, and record what it shows.

Starting at index.html, follow every link that stays on the site. Every
request the pages make is routed through :func:`guard`: one that is not
for the loopback server is refused and recorded. For each page it records
the status, links, ids, images (loaded or not, their alt), headings, the
``lang`` attribute and, when asked, axe-core's violations.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urlparse

__all__ = ["AXE", "Page", "Site", "axe_violations", "crawl", "guard", "relative"]

AXE = Path(__file__).resolve().parents[2] / "site" / "node_modules" / "axe-core" / "axe.min.js"
LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}
PAGE_FACTS = """() => ({
  links: Array.from(document.querySelectorAll('a[href]')).map(a => a.href),
  ids: Array.from(document.querySelectorAll('[id], a[name]')).map(e => e.id || e.getAttribute('name')),
  images: Array.from(document.images).map(i => ({src: i.currentSrc || i.src, alt: i.getAttribute('alt'),
                                               loaded: i.complete && i.naturalWidth > 0})),
  headings: Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map(h => [+h.tagName[1], h.textContent.trim()]),
  lang: document.documentElement.getAttribute('lang'),
  run: (document.querySelector('.course-run') || {}).textContent || '',
  download: (document.querySelector('a.course-download') || {href: ''}).href,
})"""
# Switch the theme to dark mode at once (no colour transition half-way when axe measures).
DARK = """async () => {
  const style = document.createElement('style');
  style.textContent = '*, *::before, *::after { transition: none !important; animation: none !important; }';
  document.head.appendChild(style);
  document.documentElement.dataset.theme = 'dark';
  document.documentElement.dataset.mode = 'dark';
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
}"""
AXE_RUN = """async (rules) => {
  const options = rules ? {resultTypes: ['violations'], runOnly: rules} : {resultTypes: ['violations']};
  const result = await axe.run(document, options);
  return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                      nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
}"""


@dataclass
class Page:
    """What one visited page showed."""

    url: str
    status: int
    links: list[str] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    images: list[dict] = field(default_factory=list)
    headings: list[tuple[int, str]] = field(default_factory=list)
    lang: str | None = None
    run: str = ""  # the text of the download-and-run note, if the page has one
    download: str = ""  # where its download link points
    axe: list[dict] | None = None  # None: axe-core did not run on this page
    axe_dark: list[dict] | None = None


@dataclass
class Site:
    """Every page visited, every request refused (not loopback) and every failed request."""

    base: str
    pages: dict[str, Page] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def guard(site: Site):
    """A Playwright route handler: loopback requests go on, any other is refused and recorded."""

    def route(route):
        host = urlparse(route.request.url).hostname or ""
        if urlparse(route.request.url).scheme in ("http", "https", "ws", "wss") and host not in LOOPBACK:
            site.refused.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    return route


def axe_violations(page, rules: list[str] | None = None) -> list[dict]:
    """axe-core's violations on the open page (all rules, or only ``rules``); axe from site/node_modules."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    return page.evaluate(AXE_RUN, rules)


def _is_page(url: str, base: str) -> bool:
    path = urlparse(url).path
    return url.startswith(base) and (path.endswith(".html") or path.endswith("/"))


def _visit(context, url: str, site: Site, with_axe: bool, dark: bool) -> Page:
    tab = context.new_page()
    tab.on("requestfailed", lambda request: site.failed.append(f"{request.url} ({request.failure})"))
    tab.on("response", lambda r: r.status >= 400 and site.failed.append(f"{r.url} (HTTP {r.status})"))
    try:
        response = tab.goto(url, wait_until="load")
        facts = tab.evaluate(PAGE_FACTS)
        page = Page(url, response.status if response else 0, facts["links"], set(facts["ids"]))
        page.images, page.lang = facts["images"], facts["lang"]
        page.run, page.download = facts["run"], facts["download"]
        page.headings = [tuple(h) for h in facts["headings"]]
        if with_axe:
            page.axe = axe_violations(tab)
        if with_axe and dark:
            # The theme's own dark mode (html[data-theme=dark]) changes colours only,
            # so the second pass checks contrast alone.
            tab.evaluate(DARK)
            page.axe_dark = axe_violations(tab, ["color-contrast", "link-in-text-block"])
        return page
    finally:
        tab.close()


def crawl(browser, base: str, with_axe: bool = True, dark: bool = True) -> Site:
    """Visit every page reachable from ``base + 'index.html'`` (and the search page); never leave the site.

    With ``with_axe``, axe-core checks each page in light mode (every rule),
    then (with ``dark``) its contrast again after switching the theme to dark mode.
    """
    site = Site(base)
    context = browser.new_context(color_scheme="light", viewport={"width": 1280, "height": 900})
    context.route("**/*", guard(site))
    queue = [base + "index.html", base + "search.html"]  # the search page is reached by a form, not a link
    try:
        while queue:
            url = queue.pop(0)
            if url in site.pages:
                continue
            site.pages[url] = page = _visit(context, url, site, with_axe, dark)
            for link in page.links:
                target = urldefrag(link).url
                if _is_page(target, base) and target not in site.pages and target not in queue:
                    queue.append(target)
    finally:
        context.close()
    return site


def relative(url: str, base: str) -> str:
    """A page's address relative to the site, for messages."""
    return posixpath.normpath(url[len(base) :]) if url.startswith(base) else url
