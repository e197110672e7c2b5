"""make update-workspaces on the learner's side: a corrected notebook merged into a workspace, nothing typed lost."""

from __future__ import annotations

import json

from helpers.workspace import BASE_DIR, create_workspace


def _cell(cid: str, source: str, kind: str = "code") -> dict:
    cell = {"id": cid, "cell_type": kind, "metadata": {}, "source": source}
    return {**cell, "outputs": [], "execution_count": None} if kind == "code" else cell


def _nb(*cells: dict) -> bytes:
    return json.dumps({"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}).encode()


def test_an_update_keeps_the_learners_edited_cell_updates_the_rest_and_adds_the_new_one(tmp_path):
    from helpers.workspace_update import _update_one

    ws = tmp_path / "ws"
    (ws / BASE_DIR).mkdir(parents=True)
    base = _nb(_cell("cell-01", "Intro, with a typo: Wellingtn.", "markdown"), _cell("cell-02", "answer_2_1 = ..."),
               _cell("cell-03", "check('2.1', answer_2_1)"))
    mine = _nb(_cell("cell-01", "Intro, with a typo: Wellingtn.", "markdown"), _cell("cell-02", "answer_2_1 = 10"),
               _cell("my-own", "# my note: count by signing date", "markdown"),
               _cell("cell-03", "check('2.1', answer_2_1)"))
    new = _nb(_cell("cell-01", "Intro: Wellington.", "markdown"),
              _cell("cell-02", "A hint the course added.", "markdown"),  # positional ids shift: matched by content
              _cell("cell-03", "answer_2_1 = ..."), _cell("cell-04", "check('2.1', answer_2_1)"))
    (ws / BASE_DIR / "02-acsa.ipynb").write_bytes(base)
    (ws / "02-acsa.ipynb").write_bytes(mine)
    line = _update_one(ws, "02-acsa.ipynb", new)
    cells = json.loads((ws / "02-acsa.ipynb").read_text())["cells"]
    assert ["".join(c["source"]) for c in cells] == [
        "Intro: Wellington.", "A hint the course added.", "answer_2_1 = 10", "# my note: count by signing date",
        "check('2.1', answer_2_1)"]
    assert len({c["id"] for c in cells}) == len(cells)
    assert (ws / "02-acsa.old-1.ipynb").read_bytes() == mine
    assert (ws / BASE_DIR / "02-acsa.ipynb").read_bytes() == new
    assert "merged: 1 cells updated, 1 new, 1 of yours kept, 1 you added kept" in line and "02-acsa.old-1" in line


def test_an_update_replaces_a_copy_the_learner_never_changed_and_loses_nothing_twice(tmp_path, monkeypatch):
    import helpers.workspace as workspace
    import helpers.workspace_update as update

    course = tmp_path / "course"
    (course / "notebooks").mkdir(parents=True)
    (course / "helpers").mkdir()
    source = course / "notebooks" / "02-acsa.ipynb"
    source.write_bytes(_nb(_cell("cell-01", "old text", "markdown"), _cell("cell-02", "answer_2_1 = ...")))
    (course / "notebooks" / "03-information-security.ipynb").write_bytes(_nb(_cell("cell-01", "three", "markdown")))
    monkeypatch.setattr(workspace, "course_root", lambda: course)
    monkeypatch.setattr(update, "course_root", lambda: course)
    monkeypatch.setattr(workspace, "install_startup", lambda: None)
    ws = tmp_path / "ws"
    create_workspace(ws)
    nb3 = json.loads((ws / "03-information-security.ipynb").read_text())
    nb3["cells"].append(_cell("mine", "x = 1"))
    (ws / "03-information-security.ipynb").write_text(json.dumps(nb3))
    source.write_bytes(_nb(_cell("cell-01", "new text", "markdown"), _cell("cell-02", "answer_2_1 = ...")))
    (course / "notebooks" / "03-information-security.ipynb").write_bytes(_nb(_cell("cell-01", "three, corrected", "markdown")))
    text = str(update.update_workspace(ws))
    assert "02-acsa.ipynb: replaced by the course's new version" in text
    assert "03-information-security.ipynb: merged: 1 cells updated" in text
    assert "".join(json.loads((ws / "02-acsa.ipynb").read_text())["cells"][0]["source"]) == "new text"
    assert [c["source"] for c in json.loads((ws / "03-information-security.ipynb").read_text())["cells"]] == ["three, corrected", "x = 1"]
    assert "up to date" in str(update.update_workspace(ws))  # a second run changes nothing


def test_a_workspace_made_before_bases_were_kept_is_merged_against_the_courses_history(tmp_path, monkeypatch):
    import hashlib
    import shutil

    import helpers.workspace as workspace
    import helpers.workspace_update as update

    course = tmp_path / "course"
    (course / "notebooks").mkdir(parents=True)
    (course / "helpers").mkdir()
    source = course / "notebooks" / "02-acsa.ipynb"
    old = _nb(_cell("cell-01", "Intro: Wellingtn.", "markdown"), _cell("cell-02", "answer_2_1 = ..."))
    source.write_bytes(old)
    monkeypatch.setattr(workspace, "course_root", lambda: course)
    monkeypatch.setattr(update, "course_root", lambda: course)
    monkeypatch.setattr(workspace, "install_startup", lambda: None)
    spaces = {}
    for name in ("with", "without"):
        ws = spaces[name] = tmp_path / name
        create_workspace(ws)
        shutil.rmtree(ws / BASE_DIR)  # as a workspace made by an older course
        nb = json.loads((ws / "02-acsa.ipynb").read_text())
        nb["cells"][1]["source"] = "answer_2_1 = 10"
        (ws / "02-acsa.ipynb").write_text(json.dumps(nb))
    bases = tmp_path / "bases"
    bases.mkdir()
    (bases / f"{hashlib.sha256(old).hexdigest()}.ipynb").write_bytes(old)  # what make update-workspaces hands over
    source.write_bytes(_nb(_cell("cell-01", "Intro: Wellington.", "markdown"), _cell("cell-02", "answer_2_1 = ...")))
    update.update_workspace(spaces["with"], bases)
    update.update_workspace(spaces["without"])
    sources = {n: ["".join(c["source"]) for c in json.loads((ws / "02-acsa.ipynb").read_text())["cells"]]
               for n, ws in spaces.items()}
    assert sources["with"] == ["Intro: Wellington.", "answer_2_1 = 10"]
    assert sources["without"] == ["Intro: Wellingtn.", "answer_2_1 = 10"]  # unknown base: every differing cell kept
