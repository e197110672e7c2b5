"""A hostile learner (and a teacher's mistyped roster) against the hub's editions: one test per attack.

The pre-spawn hook reads the edition back from the learner's own
``~/workspace/.course/workspace.json``, which the learner can rewrite at any
time; the hub must take from it nothing but one of the course's editions,
and must start the server whatever the file holds.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from fake_spawner import simple_class, spawn

from coursekit.hub.accounts import Place, workspace_edition
from coursekit.hub.roster import RosterError, parse_roster, read_roster
from coursekit.hub.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return simple_class(tmp_path, "en")


def _spawn(s: Settings, name: str):
    return spawn(s, name)


def _record(s: Settings, name: str) -> Path:
    return s.state / "homes" / name / "workspace" / ".course" / "workspace.json"


FORGED = [
    "ja\n[I 2026-12-07 10:00:00 JupyterHub] course: t-kim logged in as root",
    "../../../../tmp/evil",
    "x" * 500_000,
    "JA",
]


@pytest.mark.parametrize("lang", FORGED, ids=["newline", "path", "huge", "upper"])
def test_a_forged_edition_in_the_learners_record_is_not_taken(settings, lang):
    _spawn(settings, "aroha")  # the workspace exists; now the learner rewrites its record from a kernel
    record = _record(settings, "aroha")
    state = json.loads(record.read_text())
    record.write_text(json.dumps({**state, "lang": lang}))
    place = Place(record.parents[2], record.parents[1], None, None)
    assert workspace_edition(place) is None, "only one of the course's editions may come back from a learner's file"
    spawner = _spawn(settings, "aroha")
    assert "COURSE_LANG" not in spawner.environment and "JUPYTER_CONFIG_PATH" not in spawner.environment
    assert not any(lang in line for line in spawner.logged)


@pytest.mark.parametrize("body", [b"[" * 1_000_000, b"\xff\xfe{}", b"[]", b'"ja"'],
                         ids=["deep-array", "not-utf8", "list", "string"])
def test_a_hostile_record_does_not_stop_the_learners_server(settings, body):
    """A record no JSON reader can take (nested a million deep) must not fail the spawn: the server starts in English."""
    _spawn(settings, "aroha")
    _record(settings, "aroha").write_bytes(body)
    spawner = _spawn(settings, "aroha")  # on the old hub: RecursionError from the pre-spawn hook, no server
    assert spawner.environment["COURSE_WORKSPACE"].endswith("workspace")
    assert "COURSE_LANG" not in spawner.environment


@pytest.mark.skipif(os.geteuid() != 0, reason="files of another owner need root")
def test_a_record_the_learner_does_not_own_is_not_read(tmp_path):
    """A hard link to someone else's file in place of the record: the hub reads only the learner's own files."""
    home = tmp_path / "home"
    (home / "workspace" / ".course").mkdir(parents=True)
    (home / "workspace" / ".course" / "workspace.json").write_text('{"lang": "ja"}')  # root's, as a hard link would be
    os.chown(home, 65534, 65534)
    assert workspace_edition(Place(home, home / "workspace", None, None)) is None


@pytest.mark.parametrize("header", ["username,role,lang", "username,role,language", "username,role,edition"])
def test_a_roster_with_lang_as_its_third_column_is_a_located_error(header):
    """The teacher left out the name column: 'ja' would silently become chiyo's name and chiyo get English."""
    with pytest.raises(RosterError) as caught:
        parse_roster(f"{header}\nt-kim,teacher,\nchiyo,learner,ja\n", "class.csv")
    assert str(caught.value).startswith("class.csv:1:") and "username,role,name,lang" in str(caught.value)


def test_a_roster_saved_by_a_spreadsheet_in_a_japanese_encoding_is_a_located_error(tmp_path):
    roster = tmp_path / "class.csv"
    roster.write_bytes("username,role,name,lang\nt-kim,teacher,木村,\nchiyo,learner,千代,ja\n".encode("cp932"))
    with pytest.raises(RosterError) as caught:
        read_roster(roster)
    assert str(caught.value).startswith(f"{roster}:2:") and "UTF-8" in str(caught.value)


def test_a_roster_saved_as_utf8_with_a_bom_reads(tmp_path):
    """Excel's 'CSV UTF-8' starts the file with a byte-order mark."""
    roster = tmp_path / "class.csv"
    roster.write_bytes("username,role,name,lang\nt-kim,teacher,木村,\nchiyo,learner,千代,ja\n".encode("utf-8-sig"))
    assert read_roster(roster).editions() == {"chiyo": "ja"}


def test_a_mistyped_class_edition_stops_the_hub_before_it_starts(tmp_path, monkeypatch, capsys):
    """COURSE_HUB_EDITION_LANG=jp left in the teacher's shell: a located message, not a hub that dies in its log."""
    from coursekit.hub import serve

    started = []
    monkeypatch.setattr(serve.subprocess, "call", lambda *a, **k: started.append(a) or 0)
    monkeypatch.setattr(serve, "protect_course", lambda *a: False)
    monkeypatch.setenv("COURSE_HUB_EDITION_LANG", "jp")
    code = serve.main(["--roster", str(Path(__file__).resolve().parents[3] / "hub" / "roster.example.csv"),
                       "--state", str(tmp_path / "state")])
    assert (code, started) == (2, [])
    assert "COURSE_HUB_EDITION_LANG='jp': not an edition of the course — give en or ja" in capsys.readouterr().out


@pytest.mark.parametrize("lang", ["jp", "fr", "jpn"])
def test_make_hub_with_a_mistyped_lang_stops_instead_of_running_an_english_class(lang):
    import shutil
    import subprocess

    if shutil.which("make") is None:
        pytest.skip("needs make")
    done = ["-o", ".venv/.installed-hub", "-o", "learner-env", "-o", "hub/node_modules/.bin/configurable-http-proxy"]
    out = subprocess.run(["make", "-n", "--no-print-directory", *done, "hub", f"LANG={lang}", "VENV=.venv",
                          "LEARNER_ENV=/opt/x"], cwd=Path(__file__).resolve().parents[3], capture_output=True,
                         text=True, timeout=60, check=False)
    assert out.returncode != 0 and "coursekit hub" not in out.stdout, out.stdout
    assert f"LANG={lang}" in out.stderr and "give LANG=ja or LANG=en" in out.stderr, out.stderr
