"""A real hub gives a Japanese class the Japanese edition, and the roster can keep one learner in English.

The class's edition is Japanese (``make hub LANG=ja`` sets
``COURSE_HUB_EDITION_LANG``); the roster's lang column gives the second
learner ``en``. Each learner's server is asked what JupyterLab would show
(its settings and translations API), each kernel what language the feedback
speaks, and the teacher's tools read the Japanese workspace. Runs only where
a learner environment is given (``make test-hub`` sets ``COURSE_HUB_LEARNER_BIN``).
"""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import re
from pathlib import Path

import pytest

pytest.importorskip("jupyterhub")
LEARNER_BIN = os.environ.get("COURSE_HUB_LEARNER_BIN")
pytestmark = pytest.mark.skipif(not LEARNER_BIN, reason="needs a learner environment: run make test-hub")

from hub_servers import start_servers  # noqa: E402

from coursekit.hub.client import KernelSocket, request  # noqa: E402
from coursekit.hub.harness import running_hub  # noqa: E402

REPO = Path(__file__).resolve().parents[3]
TRANSLATION = "@jupyterlab/translation-extension:plugin"


async def _setup(hub):
    return await start_servers(hub, hub.learners)


@pytest.fixture(scope="module")
def classroom():
    """A Japanese class of two: the first learner takes the class's edition, the roster gives the second English."""
    with running_hub(2, LEARNER_BIN, edition_lang="ja", langs=("", "en")) as hub:
        yield hub, asyncio.run(_setup(hub))


def _workspace(hub, name: str) -> Path:
    home = Path(pwd.getpwnam(name).pw_dir) if hub.mode == "system" else hub.state / "homes" / name
    return home / "workspace"


def _get(hub, token: str, path: str) -> dict:
    reply = asyncio.run(request("GET", hub.url.rstrip("/") + path, token))
    assert reply.code == 200, (path, reply.code, reply.body[:300])
    return reply.json()


def _markdown(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


def _run_in_kernel(hub, token: str, name: str, cells: list[str]) -> list:
    async def go():
        base = f"{hub.url}user/{name}/api"
        session = (await request("POST", f"{base}/sessions", token,
                                 {"path": "probe.ipynb", "type": "notebook", "name": "probe",
                                  "kernel": {"name": "python3"}})).json()
        ws = hub.url.replace("http", "ws", 1) + f"user/{name}/api/kernels/{session['kernel']['id']}/channels"
        sock = await KernelSocket.open(ws, token)
        try:
            return [await sock.run(code) for code in cells]
        finally:
            sock.close()
            await request("DELETE", f"{base}/sessions/{session['id']}", token)

    return asyncio.run(go())


def test_the_japanese_class_gets_japanese_notebooks_and_the_roster_keeps_one_learner_english(classroom):
    hub, _ = classroom
    ja, en = (_workspace(hub, name) for name in hub.learners)
    assert json.loads((ja / ".course" / "workspace.json").read_text())["lang"] == "ja"
    assert "物品役務相互提供協定" in _markdown(ja / "02-acsa.ipynb")
    assert {p.name for p in ja.glob("[0-9][0-9]-*.ipynb")} == {p.name for p in (REPO / "notebooks").glob("[0-9][0-9]-*.ipynb")}
    assert json.loads((en / ".course" / "workspace.json").read_text())["lang"] == "en"
    assert "物品役務" not in _markdown(en / "02-acsa.ipynb")


def test_jupyterlab_speaks_japanese_to_the_japanese_learner_only(classroom):
    hub, tokens = classroom
    ja, en = hub.learners
    plugin = _get(hub, tokens[ja], f"/user/{ja}/lab/api/settings/{TRANSLATION}")
    assert plugin["schema"]["properties"]["locale"]["default"] == "ja_JP", plugin["schema"]["properties"]["locale"]
    pack = _get(hub, tokens[ja], f"/user/{ja}/lab/api/translations/ja_JP")
    assert not pack.get("message") and pack["data"], f"the Japanese language pack is not in the learners' env: {pack}"
    english = _get(hub, tokens[en], f"/user/{en}/lab/api/settings/{TRANSLATION}")
    assert english["schema"]["properties"]["locale"]["default"] != "ja_JP"


def _before_check(notebook: Path, qid: str) -> str:
    """The code cells of ``notebook`` that come before the check of exercise ``qid``."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    code = []
    for cell in (c for c in cells if c["cell_type"] == "code"):
        source = "".join(cell["source"])
        if f'check("{qid}"' in source:
            break
        code.append(source)
    return "\n".join(code)


def _solution(qid: str) -> str:
    name = "answer_" + qid.replace(".", "_")
    for line in (REPO / "notebooks" / "src" / "02-acsa.py").read_text(encoding="utf-8").splitlines():
        m = re.match(rf"\s*{name}\s*=\s*(.+?)\s*#\s*SOLUTION\s*$", line)
        if m:
            return f"{name} = {m.group(1)}\nprint(check({qid!r}, {name}))"
    raise LookupError(qid)


@pytest.fixture(scope="module")
def worked(classroom):
    """The Japanese learner runs notebook 02 up to 2.1, answers it wrong, then right."""
    hub, tokens = classroom
    ja = hub.learners[0]
    setup = _before_check(_workspace(hub, ja) / "02-acsa.ipynb", "2.1")
    cells = ["import helpers.i18n\nprint(helpers.i18n.current_language())", setup,
             "print(check('2.1', 999))", _solution("2.1")]
    return _run_in_kernel(hub, tokens[ja], ja, cells)


def test_the_japanese_learners_feedback_is_in_japanese(worked):
    language, setup, wrong, right = worked
    assert language.ok and language.output.strip() == "ja", "the kernel's language comes from COURSE_LANG"
    assert setup.ok, setup
    assert wrong.ok and "演習 2.1" in wrong.output and "違います" in wrong.output, wrong.output
    assert right.ok and "正解" in right.output, right.output


def test_the_teachers_report_and_collection_read_the_japanese_workspace(classroom, worked, tmp_path):
    from coursekit.hub.teacher.collect import collect
    from coursekit.hub.teacher.progress import class_progress
    from coursekit.hub.teacher.report import course_exercises

    hub, _ = classroom
    ja, en = hub.learners
    spaces = {name: _workspace(hub, name) for name in hub.learners}
    progress = class_progress(spaces, course_exercises())
    assert progress.cell(ja, "2.1").state == "solved" and progress.cell(ja, "2.1").tries == 2
    book = json.loads((collect(spaces, tmp_path / "submissions") / "collection.json").read_text())["learners"]
    assert book[ja]["status"] == "collected", book[ja]  # progress lines: work was done
    assert book[en]["status"] == "no work yet", book[en]  # the English learner's copies are the course's, untouched
