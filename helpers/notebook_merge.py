"""Merge a corrected course notebook into a learner's copy: their edits win, the rest is updated.

Three versions of a notebook's cells: ``base`` (the course's version the
learner's copy was made from), ``mine`` (the learner's copy now) and ``new``
(the corrected course version). As nbgitpuller does with git, the learner's
copy wins wherever they changed it:

* a cell the learner did not change becomes the new version (outputs kept
  when the course did not change it either);
* a cell the learner changed is kept as they left it (if the course changed
  it too, that is counted as a conflict: theirs is kept);
* a cell new in the course arrives where the course puts it;
* a cell the learner added stays after the cell it followed;
* a cell the course removed goes, unless the learner had changed it.

The learner's cells are matched to ``base`` by cell id (JupyterLab keeps
ids); ``base`` is matched to ``new`` by content, in order (difflib), so a
cell inserted upstream does not shift the others. Without a ``base`` (a copy
made before the base was kept) every cell that differs is kept as the
learner's, and only new cells arrive.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass, field

from .i18n import tr as _

__all__ = ["MergeReport", "merge_cells"]


@dataclass
class MergeReport:
    """What a merge did, in counts, and the cells kept where the course changed them too.

    >>> print(MergeReport(updated=2, arrived=1, kept=1))
    2 cells updated, 1 new, 1 of yours kept
    """

    updated: int = 0
    arrived: int = 0
    kept: int = 0
    added: int = 0
    removed: int = 0
    conflicts: list[int] = field(default_factory=list)

    def __str__(self) -> str:
        parts = [_("{n} cells updated").format(n=self.updated), _("{n} new").format(n=self.arrived),
                 _("{n} of yours kept").format(n=self.kept)]  # fmt: skip
        if self.added:
            parts.append(_("{n} you added kept").format(n=self.added))
        if self.removed:
            parts.append(_("{n} removed by the course").format(n=self.removed))
        if self.conflicts:
            parts.append(_("{n} changed by you and by the course: yours kept").format(n=len(self.conflicts)))
        return _(", ").join(parts)

    @property
    def changed(self) -> bool:
        return bool(self.updated or self.arrived or self.removed)


def _key(cell: dict) -> tuple[str, str]:
    source = cell.get("source", "")
    return str(cell.get("cell_type")), source if isinstance(source, str) else "".join(map(str, source))


def _pair(a: list[dict], b: list[dict]) -> dict[int, int]:
    """Index in ``a`` → index in ``b``: equal runs, and replaced runs paired in order."""
    matcher = difflib.SequenceMatcher(None, [_key(c) for c in a], [_key(c) for c in b], autojunk=False)
    pairs: dict[int, int] = {}
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag in ("equal", "replace"):
            pairs.update(zip(range(i1, i2), range(j1, j2), strict=False))
    return pairs


def _fresh_id(cell: dict, used: set[str | None]) -> dict:
    if cell.get("id") not in used:
        return cell
    digest = hashlib.sha1(repr(_key(cell)).encode()).hexdigest()[:8]
    n, new = 0, f"mine-{digest}"
    while new in used:
        n += 1
        new = f"mine-{digest}-{n}"
    return {**cell, "id": new}


def _without_base(mine: list[dict], new: list[dict], report: MergeReport) -> list[dict]:
    pairs = _pair(new, mine)
    out, taken = [], set()
    for j, n in enumerate(new):
        i = pairs.get(j)
        if i is None:
            out.append(n)
            report.arrived += 1
        else:
            out.append(mine[i])
            taken.add(i)
            report.kept += _key(mine[i]) != _key(n)
    for i, m in enumerate(mine):  # the learner's cells with no counterpart stay, after their neighbour
        if i not in taken:
            before = next((out.index(mine[k]) for k in range(i - 1, -1, -1) if k in taken), -1)
            out.insert(before + 1, m)
            taken.add(i)
            report.added += 1
    return _unique_ids(out, new)


def merge_cells(base: list[dict] | None, mine: list[dict], new: list[dict]) -> tuple[list[dict], MergeReport]:
    """The merged cells and what happened; ``base`` None when the original version is not known.

    >>> def c(i, s): return {"id": i, "cell_type": "code", "source": s, "outputs": [], "metadata": {}}
    >>> base = [c("a", "x = 1"), c("b", "answer = ..."), c("c", "print(x)")]
    >>> mine = [c("a", "x = 1"), c("b", "answer = 42"), c("m", "# my note"), c("c", "print(x)")]
    >>> new = [c("a", "x = 2"), c("n", "# new"), c("b", "answer = ..."), c("c", "print(x)")]
    >>> cells, report = merge_cells(base, mine, new)
    >>> [x["source"] for x in cells], str(report)
    (['x = 2', '# new', 'answer = 42', '# my note', 'print(x)'], '1 cells updated, 1 new, 1 of yours kept, 1 you added kept')
    """
    report = MergeReport()
    if base is None:
        return _without_base(mine, new, report), report
    base_index = {c.get("id"): i for i, c in enumerate(base) if c.get("id") is not None}
    mine_by_id = {c.get("id"): c for c in mine if c.get("id") in base_index}
    if not mine_by_id and mine:  # no ids in common (an old nbformat): match the learner's copy by content
        mine_by_id = {base[i].get("id"): mine[j] for i, j in _pair(base, mine).items()}
        known = {id(c) for c in mine_by_id.values()}
    else:
        known = {id(c) for c in mine_by_id.values()}
    to_new = _pair(base, new)
    from_new = {j: i for i, j in to_new.items()}
    followers: dict[object, list[dict]] = {}
    anchor = None
    by_object = {id(c): k for k, c in mine_by_id.items()}
    for m in mine:
        if id(m) in known:
            bid = by_object[id(m)]
            if base_index[bid] in to_new:
                anchor = bid
            elif _key(m) != _key(base[base_index[bid]]):
                followers.setdefault(anchor, []).append(m)
                report.kept += 1
            else:
                report.removed += 1
        else:
            followers.setdefault(anchor, []).append(m)
            report.added += 1
    out = list(followers.get(None, []))
    for j, n in enumerate(new):
        i = from_new.get(j)
        if i is None:
            out.append(n)
            report.arrived += 1
            continue
        b = base[i]
        edited = mine_by_id.get(b.get("id"))
        if edited is not None and _key(edited) != _key(b):
            out.append(edited)
            report.kept += 1
            if _key(n) != _key(b):
                report.conflicts.append(j)
        elif edited is not None:
            out.append(edited if _key(n) == _key(b) else n)
            report.updated += _key(n) != _key(b)
        out.extend(followers.get(b.get("id"), []))
    return _unique_ids(out, new), report


def _unique_ids(cells: list[dict], new: list[dict]) -> list[dict]:
    """The course's cells keep their ids (the next update's base has them); a learner's cell that clashes gets another."""
    from_course = {id(c) for c in new}
    used = {c.get("id") for c in cells if id(c) in from_course}
    final = []
    for cell in cells:
        if id(cell) not in from_course:
            cell = _fresh_id(cell, used)
            used.add(cell.get("id"))
        final.append(cell)
    return final
