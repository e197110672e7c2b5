"""make teacher-passwords without a terminal to type into: a message, never a traceback."""

from __future__ import annotations

import getpass

from coursekit.hub import passwords


def _roster(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("username,role,name\nt-kim,teacher,Ms Kim\nben,learner,Ben\n", encoding="utf-8")
    return path


def test_no_terminal_says_so_and_stores_nothing(tmp_path, monkeypatch, capsys):
    def eof(prompt=""):
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", eof)
    state = tmp_path / "state"
    status = passwords.main(["--roster", str(_roster(tmp_path)), "--state", str(state)])
    err = capsys.readouterr().err
    assert status == 1
    assert "t-kim: no password typed" in err and "make teacher-passwords" in err
    assert not passwords.has_password(state, "t-kim")


def test_ctrl_c_stops_without_a_traceback(tmp_path, monkeypatch, capsys):
    def interrupt(prompt=""):
        raise KeyboardInterrupt

    monkeypatch.setattr(getpass, "getpass", interrupt)
    state = tmp_path / "state"
    assert passwords.main(["--roster", str(_roster(tmp_path)), "--state", str(state)]) == 1
    assert "no password typed" in capsys.readouterr().err
