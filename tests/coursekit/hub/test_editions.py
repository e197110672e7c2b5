"""The hub offers the Japanese edition per class (make hub LANG=ja) or per person (the roster's lang column).

These run without a hub: the roster, the setting, the learners' course folder
and a learner's workspace as the pre-spawn hook makes it. The real hub is in
test_hub_editions.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from fake_spawner import simple_class, spawn

from coursekit.build.edition import write_edition
from coursekit.hub.roster import RosterError, parse_roster
from coursekit.hub.settings import Settings, SettingsError, load_settings
from coursekit.hub.spawning import lab_config_dir

ROOT = Path(__file__).resolve().parents[3]
HEADER = "username,role,name,lang\nt-kim,teacher,Ms Kim,\n"


def test_the_roster_gives_a_learner_the_japanese_edition():
    roster = parse_roster(HEADER + "chiyo,learner,Chiyo,ja\naroha,learner,Aroha,\nben,learner,Ben,EN\n")
    assert roster.editions() == {"chiyo": "ja", "ben": "en"}


def test_a_roster_without_the_lang_column_still_reads():
    roster = parse_roster("username,role,name\nt-kim,teacher,Ms Kim\naroha,learner,Aroha\n")
    assert roster.editions() == {} and roster.learners == ("aroha",)


@pytest.mark.parametrize(
    ("text", "where", "says"),
    [
        (HEADER + "aroha,learner,Aroha,\nchiyo,learner,Chiyo,jp\n", "class.csv:4:", "lang 'jp' is not an edition"),
        (HEADER + "chiyo,learner,Chiyo,ja_JP\n", "class.csv:3:", "give en or ja"),
        ("username,role,name\nt-kim,teacher,Ms Kim\nchiyo,learner,Chiyo,ja\n", "class.csv:3:", "',lang' in the header"),
        ("username,role,name,language\nt-kim,teacher,,\n", "class.csv:1:", "username,role,name,lang"),
    ],
)
def test_a_wrong_lang_in_the_roster_is_a_located_error(text, where, says):
    with pytest.raises(RosterError) as caught:
        parse_roster(text, "class.csv")
    assert str(caught.value).startswith(where) and says in str(caught.value), str(caught.value)
    assert " — " in str(caught.value), "the message says what to do"


def test_the_class_edition_is_a_setting():
    assert Settings().edition_lang == "en"
    assert load_settings({"COURSE_HUB_EDITION_LANG": "ja"}).edition_lang == "ja"
    with pytest.raises(SettingsError, match=r"COURSE_HUB_EDITION_LANG='ja_JP\.UTF-8': not an edition"):
        load_settings({"COURSE_HUB_EDITION_LANG": "ja_JP.UTF-8"})


def _make(*args: str, lang_env: str = "C.UTF-8") -> str:
    if shutil.which("make") is None:
        pytest.skip("needs make")
    done = ["-o", ".venv/.installed-hub", "-o", "learner-env", "-o", "hub/node_modules/.bin/configurable-http-proxy"]
    out = subprocess.run(["make", "-n", "--no-print-directory", *done, "hub", *args, "VENV=.venv", "LEARNER_ENV=/opt/x"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=True,
                         env={**os.environ, "LANG": lang_env})
    return out.stdout


def test_make_hub_lang_ja_gives_the_class_the_japanese_edition():
    assert "--lang ja" in _make("LANG=ja")
    assert "--lang" not in _make(), "without LANG=ja the hub keeps its setting (English)"
    assert "--lang" not in _make(lang_env="ja_JP.UTF-8"), "the shell's locale is not the class's edition"


@pytest.fixture(scope="module")
def student(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("edition") / "student"
    write_edition("student", folder)
    return folder


def test_the_learners_course_holds_the_japanese_notebooks_but_no_solutions(student):
    """hub/learner-env.sh makes the learners' course folder with `coursekit edition student`."""
    for path in (ROOT / "notebooks").glob("[0-9][0-9]-*.ipynb"):
        assert (student / "notebooks" / "ja" / path.name).is_file(), f"notebooks/ja/{path.name} is missing"
    assert not (student / "notebooks" / "ja" / "solutions").exists()




def _spawn(s: Settings, editions: dict[str, str], name: str):
    return spawn(s, name, editions)


def _markdown(notebook: Path) -> str:
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return "".join("".join(c["source"]) for c in cells if c["cell_type"] == "markdown")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return simple_class(tmp_path, "ja")


def test_a_learner_of_a_japanese_class_gets_the_japanese_notebooks_and_interface(settings):
    spawner = _spawn(settings, {"ben": "en"}, "chiyo")
    ws = Path(spawner.environment["COURSE_WORKSPACE"])
    assert json.loads((ws / ".course" / "workspace.json").read_text())["lang"] == "ja"
    assert (ws / "02-acsa.ipynb").read_bytes() != (ROOT / "notebooks" / "02-acsa.ipynb").read_bytes()
    assert "物品役務相互提供協定" in _markdown(ws / "02-acsa.ipynb")
    assert spawner.environment["COURSE_LANG"] == "ja"
    config = Path(spawner.environment["JUPYTER_CONFIG_PATH"])
    assert config == lab_config_dir(settings.learner_bin, "ja")
    overrides = json.loads((config / "labconfig" / "default_setting_overrides.json").read_text())
    assert overrides["@jupyterlab/translation-extension:plugin"]["locale"] == "ja_JP"


def test_the_roster_keeps_one_learner_of_a_japanese_class_in_english(settings):
    spawner = _spawn(settings, {"ben": "en"}, "ben")
    ws = Path(spawner.environment["COURSE_WORKSPACE"])
    assert (ws / "02-acsa.ipynb").is_file() and "物品役務" not in _markdown(ws / "02-acsa.ipynb")
    assert "COURSE_LANG" not in spawner.environment and "JUPYTER_CONFIG_PATH" not in spawner.environment


def test_a_workspace_keeps_the_edition_it_was_made_in(settings):
    """A class switched to Japanese mid-course: a learner's English notebooks (their work) stay, and so does the interface."""
    english = Settings(**{**settings.__dict__, "edition_lang": "en"})
    _spawn(english, {}, "aroha")
    spawner = _spawn(settings, {}, "aroha")
    ws = Path(spawner.environment["COURSE_WORKSPACE"])
    assert json.loads((ws / ".course" / "workspace.json").read_text())["lang"] == "en"
    assert "JUPYTER_CONFIG_PATH" not in spawner.environment


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_collect_sees_no_work_in_a_fresh_workspace_of_either_edition(tmp_path, lang):
    """A learner who only logged in holds the course's notebooks as the workspace got them (without outputs)."""
    from coursekit.hub.teacher.collect import collect
    from helpers.workspace import create_workspace

    ws = tmp_path / "chiyo" / "workspace"
    create_workspace(ws, lang=lang)
    book = json.loads((collect({"chiyo": ws}, tmp_path / "out") / "collection.json").read_text())["learners"]
    assert book["chiyo"]["status"] == "no work yet", book["chiyo"]
    notebook = json.loads((ws / "02-acsa.ipynb").read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
                              "source": "answer_2_1 = 7"})
    (ws / "02-acsa.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    book = json.loads((collect({"chiyo": ws}, tmp_path / "out2") / "collection.json").read_text())["learners"]
    assert book["chiyo"]["status"] == "collected", book["chiyo"]


def test_update_workspaces_knows_the_committed_versions_of_the_japanese_notebooks(tmp_path):
    """A Japanese copy made before workspaces kept their base is matched by its SHA-256 in the course's history."""
    import hashlib

    from coursekit.hub.teacher.deliver import earlier_versions

    shown = subprocess.run(["git", "-C", str(ROOT), "show", "HEAD:notebooks/ja/02-acsa.ipynb"], capture_output=True)
    if shown.returncode != 0:
        pytest.skip("not a git checkout with notebooks/ja committed")
    earlier_versions(ROOT, tmp_path, limit=1)
    assert (tmp_path / f"{hashlib.sha256(shown.stdout).hexdigest()}.ipynb").is_file()
