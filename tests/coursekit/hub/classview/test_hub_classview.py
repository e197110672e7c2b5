"""The class view on a real hub, in Chromium: a teacher and four learners on the roster.

One learner answers (one right, one wrong), one runs notebook 00 top to
bottom once ("Run All": placeholders and demonstration cells only), one gets
stuck (three wrong tries on one exercise), one never logs in. Their answers
go through real ``check()`` calls in their own kernels. The teacher sees the
three states, the stuck learner flagged, the missing learner named, and the
page updating itself after a new answer; a learner gets 403.

Runs in ``make test-hub`` (``COURSE_HUB_LEARNER_BIN``), with Debian's Chromium
through ``executable_path``; nothing downloads a browser.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

pytest.importorskip("jupyterhub")
pytest.importorskip("playwright.sync_api")
from hub_servers import CHROMIUM, chromium_browser, start_servers

LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = [
    pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (apt-get install chromium)"),
]

from coursekit.hub.classview.config import free_port  # noqa: E402
from coursekit.hub.client import KernelSocket, request  # noqa: E402
from coursekit.hub.harness import running_hub  # noqa: E402
from coursekit.paths import REPO  # noqa: E402

SHOTS = REPO / "build" / "classview"
SETUP = "from helpers import check\nfrom helpers.exercises.bank import REGISTRY as _REGISTRY, load_notebook\nload_notebook(0)\n"
RIGHT_0_1 = SETUP + 'answer_0_1 = _REGISTRY["0.1"].expected()\ncheck("0.1", answer_0_1)'
FROM_0_0_2 = SETUP + 'answer_0_2 = _REGISTRY["0.2"].mistakes[0][0]\ncheck("0.2", answer_0_2)'  # counted from 0


async def _kernel(hub, token, name):
    base = f"{hub.url}user/{name}/api"
    reply = await request("POST", f"{base}/sessions", token, timeout=180, body={
        "path": "00-start-here.ipynb", "type": "notebook", "name": "00", "kernel": {"name": "python3"}})
    assert reply.code == 201, reply.body
    ws = hub.url.replace("http", "ws", 1) + f"user/{name}/api/kernels/{reply.json()['kernel']['id']}/channels"
    return await KernelSocket.open(ws, token, timeout=180)


async def _run(hub, token, name, cells):
    sock = await _kernel(hub, token, name)
    try:
        for code in cells:
            result = await sock.run(code, timeout=180)
            assert result.ok, f"{name}: {result}"
    finally:
        sock.close()


async def _start(hub, names):
    return await start_servers(hub, names, tries=360)


async def _run_all(hub, token, name):
    """Notebook 00 as the learner's workspace holds it, every code cell in order: Run All."""
    reply = await request("GET", f"{hub.url}user/{name}/api/contents/00-start-here.ipynb", token)
    cells = [c["source"] if isinstance(c["source"], str) else "".join(c["source"])
             for c in reply.json()["content"]["cells"] if c["cell_type"] == "code"]
    assert any('check("0.1", 3)' in c for c in cells), "notebook 00 has its demonstration cells"
    await _run(hub, token, name, cells)  # notebook 00 runs top to bottom without an error


@pytest.fixture(scope="module")
def lesson():
    old = {k: os.environ.get(k) for k in ("COURSE_HUB_CLASSVIEW_REFRESH", "COURSE_HUB_CLASSVIEW_PORT")}
    os.environ["COURSE_HUB_CLASSVIEW_REFRESH"] = "2"  # the tests do not wait 30 s for each refresh
    os.environ["COURSE_HUB_CLASSVIEW_PORT"] = str(free_port())
    try:
        with running_hub(4, LEARNER_BIN) as hub:
            answers, runs_all, stuck, _absent = hub.learners
            tokens = asyncio.run(_start(hub, [answers, runs_all, stuck]))

            async def work():
                await _run(hub, tokens[answers], answers, [RIGHT_0_1, FROM_0_0_2])
                await _run_all(hub, tokens[runs_all], runs_all)
                await _run(hub, tokens[stuck], stuck, [FROM_0_0_2] * 3)

            asyncio.run(work())
            yield hub, tokens
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


@pytest.fixture(scope="module")
def chromium():
    with chromium_browser() as browser:
        yield browser


def _logged_in(chromium, hub, name):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(hub.url + "hub/login?next=%2Fhub%2Fhome")
    page.fill("#username_input", name)
    page.fill("#password_input", "pw-" + name)
    page.click("#login_submit")
    page.wait_for_url("**/hub/home", timeout=60_000)
    return page


def _mark(page, name, exercise):
    return page.locator(f"td[title^='{name}, {exercise}:']").inner_text().strip()


def test_the_teacher_sees_states_stuck_absent_and_a_live_page(lesson, chromium):
    hub, tokens = lesson
    answers, runs_all, stuck, absent = hub.learners
    page = _logged_in(chromium, hub, hub.teachers[0])
    assert page.locator("a[href$='/services/class-view/']").count() >= 1, "the hub's home links to the view"
    reply = page.goto(hub.url + "services/class-view/")
    assert reply.status == 200, page.content()[:500]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "hub-teacher.png"), full_page=True)
    assert [_mark(page, answers, e) for e in ("0.1", "0.2", "0.3")] == ["✓1", "✗1", "·"]
    assert [_mark(page, runs_all, e) for e in ("0.1", "0.2", "0.3", "0.4")] == ["·"] * 4, \
        "Run All once: placeholders and demonstration cells are no tries"
    assert _mark(page, stuck, "0.2") == "⚠3"
    summary = page.locator("#summary").inner_text()
    assert f"Stuck now: {stuck}" in summary and f"Never logged in: {absent}" in summary
    row = page.locator("table.grid tr", has=page.locator("th", has_text="0.2")).inner_text()
    assert "Python counts list positions from 0" in row and "counted-from-0" not in row, "the mistake in words"
    assert "(2 learners)" in row, "made by two learners (one of them three times)"
    learners = page.locator("table.learners").inner_text()
    assert "never logged in" in learners and "working" in learners

    page.evaluate("window.__notReloaded = true")
    seen = []
    page.on("response", lambda r: seen.append((r.url, r.status, r.headers.get("location"))))
    with ThreadPoolExecutor(1) as pool:  # Playwright's own event loop runs in this thread
        pool.submit(asyncio.run, _run(hub, tokens[runs_all], runs_all, [RIGHT_0_1])).result()
    for _ in range(60):  # the page's CSP forbids eval, so poll from here rather than wait_for_function
        if _mark(page, runs_all, "0.1") == "✓1":
            break
        page.wait_for_timeout(500)
    assert _mark(page, runs_all, "0.1") == "✓1", "the page did not update itself after a new answer"
    assert page.evaluate("window.__notReloaded === true"), f"the live part changed without a reload {seen}"


def test_a_learner_gets_403_and_no_link(lesson, chromium):
    hub, _ = lesson
    page = _logged_in(chromium, hub, hub.learners[0])
    assert page.locator("a[href$='/services/class-view/']").count() == 0
    assert page.goto(hub.url + "services/class-view/").status == 403
    assert page.goto(hub.url + "services/class-view/fragment").status == 403


def _listening(port: int) -> set[str]:
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        host, p = local.split(":")
        if state == "0A" and int(p, 16) == port:
            found.add(".".join(str(int(host[i:i + 2], 16)) for i in (6, 4, 2, 0)))
    return found


def test_the_service_listens_on_loopback_only_and_keeps_its_secrets_in_the_hub_state(lesson):
    hub, _ = lesson
    assert _listening(int(os.environ["COURSE_HUB_CLASSVIEW_PORT"])) == {"127.0.0.1"}
    secret = hub.state / "class-view-cookie-secret"
    assert secret.stat().st_mode & 0o777 == 0o600
    assert not list(REPO.glob("**/class-view-cookie-secret"))


def _class_of(n):
    """A made-up class of ``n`` learners with long names, part-way through the course."""
    from coursekit.hub.classview.model import build, parse_time
    from coursekit.hub.teacher.report import course_exercises
    from helpers.exercises.attempts import Attempt
    from helpers.exercises.bank import REGISTRY
    from helpers.exercises.judging import mistake_entries

    now = parse_time("2026-12-01T10:00:00Z")
    names = [f"learner-with-a-long-name-{i:02d}" for i in range(1, n + 1)]
    exercises = course_exercises()
    attempts = {}
    for i, name in enumerate(names):
        rows, reached = [], exercises[: 8 + i]
        for j, ex in enumerate(reached):
            q = REGISTRY[ex]
            wrong = "chose-A" if q.kind == "choice" else next((m[2] for m in mistake_entries(q)), None)
            when = (now - dt.timedelta(minutes=2 * (len(reached) - j))).strftime("%Y-%m-%dT%H:%M:%SZ")
            rows.append(Attempt(when, ex, ex.split(".")[0].zfill(2), "wrong", wrong, 1))
            if (i + j) % 4 or j < len(reached) - 1:
                rows.append(Attempt(when, ex, ex.split(".")[0].zfill(2), "right", None, 2))
        if i % 7 == 3:  # stuck: three wrong tries on the next exercise in the last minutes
            ex = exercises[8 + i]
            rows += [Attempt((now - dt.timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%SZ"), ex,
                             ex.split(".")[0].zfill(2), "wrong", None, k) for k in (3, 2, 1)]
        attempts[name] = rows
    users = {name: {"name": name, "last_activity": now.isoformat(), "servers": {"": {"ready": True}}}
             for name in names[:-3]}
    return build(names, users, attempts, exercises, now), now


def test_the_grid_fits_1280_pixels_at_25_learners(chromium):
    from coursekit.hub.classview.app import mistake_words
    from coursekit.hub.classview.render import page as render

    view, now = _class_of(25)
    page = chromium.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_content(render(view, now, 30, "live.js", mistake_words))
    width = page.evaluate("document.documentElement.scrollWidth")
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "classview-25.png"), full_page=True)
    (SHOTS / "classview-25.json").write_text(json.dumps({"scrollWidth": width}))
    assert width <= 1280, f"the page is {width} px wide at 1280 px: the grid does not fit"
    assert page.locator("table.grid tr").count() == len(view.exercises) + 1
