"""The class view without a hub: one reader of the progress format, honest states, stuck, words, escaping."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from coursekit.hub.classview.model import build, parse_time
from coursekit.hub.classview.render import fragment, page
from coursekit.hub.teacher.progress import class_progress, read_progress
from helpers.exercises.attempts import Attempt, parse_line, read_attempts

NOW = parse_time("2026-12-01T09:00:00Z")


def _line(exercise="2.1", status="right", mistake=None, tries=1, when="2026-12-01T08:30:00Z", **extra):
    return json.dumps({"format": "course-progress/1", "time": when, "exercise": exercise,
                       "notebook": exercise.split(".")[0].zfill(2), "status": status, "mistake": mistake,
                       "try": tries, **extra})


def _workspace(tmp_path, name, lines):
    ws = tmp_path / name / "workspace"
    (ws / ".course").mkdir(parents=True)
    (ws / ".course" / "workspace.json").write_text("{}")
    (ws / ".course" / "progress.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ws


def _at(minutes_before):
    return (NOW - dt.timedelta(minutes=minutes_before)).strftime("%Y-%m-%dT%H:%M:%SZ")


# --- one reader of the format ----------------------------------------------------------------------


@pytest.mark.parametrize("line", [
    _line("2.\u00b2"), _line(mistake=5), _line(tries=True), _line(tries=0), _line(status="hacked"),
    _line().replace("course-progress/1", "course-progress/9"), _line(padding="z" * 5000),
])
def test_helpers_reader_refuses_what_the_teachers_report_refuses(line):
    assert isinstance(parse_line(line), str), "helpers and the teacher's tools read the format one way"


def test_the_teachers_tools_read_through_helpers_reader(tmp_path):
    ws = _workspace(tmp_path, "amy", [_line("2.1", "wrong", "chose-A", 1, _at(3)), "not json"])
    attempts, notes = read_progress(ws)
    assert [type(a) for a in attempts] == [Attempt], "the hub reads with helpers' Attempt, not its own"
    assert attempts[0].time == _at(3) and attempts[0].try_ == 1
    assert read_attempts(ws).attempts == tuple(attempts)
    assert notes and notes[0].endswith("progress.jsonl:2: not a JSON object; line skipped")


def test_old_unanswered_lines_are_not_tries_in_the_view(tmp_path):
    ws = _workspace(tmp_path, "amy", [_line("0.1", "unanswered"), _line("0.2", "unknown")])
    attempts, _ = read_progress(ws)
    view = build(["amy"], {}, {"amy": attempts}, ["0.1", "0.2"], NOW)
    assert view.learners[0].mark("0.1").state == "not reached"
    assert class_progress({"amy": ws}, ["0.1"]).cell("amy", "0.1").state == "not started"


# --- states, tries, stuck -------------------------------------------------------------------------


def _attempts(*rows):
    return [Attempt(_at(m), ex, ex.split(".")[0].zfill(2), status, mistake, i)
            for i, (m, ex, status, mistake) in enumerate(rows, start=1)]


def test_three_states_and_tries_per_exercise():
    amy = _attempts((20, "2.1", "wrong", None), (19, "2.1", "right", None), (18, "2.2", "wrong", "chose-A"))
    view = build(["amy"], {}, {"amy": amy}, ["2.1", "2.2", "2.3"], NOW)
    one = view.learners[0]
    assert [(one.mark(e).state, one.mark(e).tries) for e in ("2.1", "2.2", "2.3")] == \
        [("solved", 2), ("tried", 1), ("not reached", 0)]
    assert one.notebook == "02" and not one.stuck


def test_three_wrong_tries_in_ten_minutes_is_stuck_and_older_ones_are_not():
    fresh = _attempts((6, "2.3", "wrong", "chose-A"), (4, "2.3", "wrong", "chose-A"), (1, "2.3", "wrong-type", None))
    stale = _attempts((50, "2.3", "wrong", None), (45, "2.3", "wrong", None), (41, "2.3", "wrong", None))
    view = build(["amy", "ben"], {}, {"amy": fresh, "ben": stale}, ["2.3"], NOW)
    amy, ben = view.learners
    assert amy.stuck.startswith("3 wrong tries on 2.3") and amy.mark("2.3").stuck
    assert not ben.stuck
    assert view.rows[0].stuck == 1 and view.stuck_learners() == ["amy"]


def test_working_with_no_new_solve_for_fifteen_minutes_is_stuck():
    user = {"name": "amy", "last_activity": _at(1),
            "servers": {"": {"ready": True, "started": _at(40), "last_activity": _at(1)}}}
    solved_long_ago = _attempts((30, "1.1", "right", None), (20, "1.2", "wrong", None))
    solved_now = _attempts((30, "1.1", "right", None), (5, "1.2", "right", None))
    view = build(["amy", "ben"], {"amy": user, "ben": {**user, "name": "ben"}},
                 {"amy": solved_long_ago, "ben": solved_now}, ["1.1", "1.2"], NOW)
    amy, ben = view.learners
    assert "no new solve for 15 minutes" in amy.stuck and amy.mark("1.2").stuck
    assert not ben.stuck


def test_every_roster_name_is_shown_and_presence_comes_from_the_hub():
    users = {"amy": {"name": "amy", "last_activity": _at(2), "servers": {"": {"ready": True}}},
             "ben": {"name": "ben", "last_activity": _at(90), "servers": {}}}
    view = build(["amy", "ben", "cy"], users, {}, ["2.1"], NOW)
    assert [(one.name, one.presence) for one in view.learners] == \
        [("amy", "working"), ("ben", "logged out"), ("cy", "never logged in")]
    part = fragment(view, NOW)
    assert "Never logged in: <strong>cy</strong>" in part


# --- the page --------------------------------------------------------------------------------------


def test_the_most_common_mistake_is_shown_in_words_from_the_answer_key():
    from coursekit.hub.classview.app import mistake_words

    rows = _attempts((5, "2.7", "wrong", "chose-A"), (4, "2.7", "wrong", "chose-A"))
    other = _attempts((5, "2.7", "wrong", "chose-B"))
    view = build(["amy", "ben", "cy"], {}, {"amy": rows, "ben": rows, "cy": other}, ["2.7"], NOW)
    part = fragment(view, NOW, mistake_words)
    assert "chose-A" not in part and "chose A: " in part and "(2 learners)" in part, "counted by learners, not tries"


def test_tries_are_numbers_on_the_page_and_states_read_without_colour():
    rows = _attempts((9, "2.1", "wrong", None), (8, "2.1", "wrong", None), (7, "2.1", "right", None),
                     (6, "2.2", "wrong", None))
    part = fragment(build(["amy"], {}, {"amy": rows}, ["2.1", "2.2", "2.3"], NOW), NOW)
    assert ">✓3</td>" in part and ">✗1</td>" in part and ">·</td>" in part


HOSTILE = "<img src=x onerror=alert(1)>"


def test_hostile_names_and_lines_stay_text(tmp_path):
    ws = _workspace(tmp_path, "amy", [_line("2.1", "wrong", mistake="x'><script>alert(1)</script>"),
                                      _line(HOSTILE), _line("2.1", "wrong", mistake="a" * 79 + "<b>")])
    attempts, notes = read_progress(ws)
    view = build([HOSTILE, "amy"], {HOSTILE: {"name": HOSTILE}}, {"amy": attempts}, ["2.1"], NOW, tuple(notes))
    text = page(view, NOW, 30, "live.js", lambda exercise, mistake: HOSTILE)
    assert "<img" not in text and "<script>alert" not in text and "onerror=alert(1)&gt;" in text
    assert text.count("<script") == 1  # only live.js


def test_the_page_refreshes_its_live_part_without_an_inline_script():
    text = page(build(["amy"], {}, {}, ["2.1"], NOW), NOW, 30, "/services/class-view/live.js")
    assert "data-refresh='30'" in text and "<script src='/services/class-view/live.js' defer></script>" in text


# --- the service's registration --------------------------------------------------------------------


def test_the_class_view_is_a_loopback_service_with_read_only_scopes_and_its_secret_in_the_state(tmp_path):
    from traitlets.config import Config

    from coursekit.hub.config import services
    from coursekit.hub.settings import Settings

    c = Config()
    services(c, Settings(state=tmp_path, classview_refresh=45))
    view = next(s for s in c.JupyterHub.services if s["name"] == "class-view")
    role = next(r for r in c.JupyterHub.load_roles if r["name"] == "class-view")
    assert view["url"].startswith("http://127.0.0.1:") and "api_token" not in view
    assert view["environment"]["COURSE_HUB_CLASSVIEW_REFRESH"] == "45"
    assert set(role["scopes"]) == {"list:users", "read:users:name", "read:users:activity", "read:servers"}
    assert (tmp_path / "class-view-cookie-secret").stat().st_mode & 0o777 == 0o600


def test_the_service_reads_progress_safely_a_link_to_a_classmates_file_is_not_credited(tmp_path):
    from coursekit.hub.classview.app import ClassSource

    roster = tmp_path / "roster.csv"
    roster.write_text("username,role,name\nt-kim,teacher,\namy,learner,\nben,learner,\ncy,learner,\n")
    homes = tmp_path / "homes"
    amy = _workspace(homes, "amy", [_line("2.1", "right", when=_at(2))])
    ben = _workspace(homes, "ben", [])
    (ben / ".course" / "progress.jsonl").unlink()
    (ben / ".course" / "progress.jsonl").symlink_to(amy / ".course" / "progress.jsonl")
    found, notes = ClassSource(roster, tmp_path, "simple", "http://127.0.0.1:9/hub/api", "").attempts()
    assert [a.exercise for a in found["amy"]] == ["2.1"] and found["ben"] == [] and "cy" not in found
    assert any("symbolic link" in n for n in notes)


def test_hand_in_and_feedback_columns_show_only_when_the_tools_give_them():
    plain = fragment(build(["amy"], {}, {}, ["2.1"], NOW), NOW)
    shown = fragment(build(["amy", "ben"], {}, {}, ["2.1"], NOW,
                           columns=(("hand-in", {"amy": "late", "ben": "not yet"}), ("feedback", {"amy": HOSTILE}))), NOW)
    assert "hand-in" not in plain
    assert "<th>hand-in</th>" in shown and "<td>late</td>" in shown and "<td>not yet</td>" in shown
    assert "<th>feedback</th>" in shown and "<img" not in shown
