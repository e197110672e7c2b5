"""The class roster: a CSV file with one row per person, ``username,role,name`` and optionally ``lang``.

``role`` is ``learner`` or ``teacher``. Usernames become system account
names on a hub that runs as root, so they are checked strictly; a bad row
stops the hub with the file, the line and what to do. ``lang`` (a fourth
column, named in the header) is the edition of the course that person's
workspace is made from, ``en`` or ``ja``; empty, the class's edition
(``make hub LANG=ja``, else English).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

from helpers.i18n import LANGUAGES

__all__ = ["USERNAME_RE", "Member", "Roster", "RosterError", "parse_roster", "read_roster", "roster_or_say"]

USERNAME_RE = re.compile(r"[a-z][a-z0-9-]{0,30}")
ROLES = ("learner", "teacher")
HEADER = ["username", "role", "name", "lang"]


class RosterError(ValueError):
    """A roster row that cannot be used: says the file, the line and what to do.

    >>> str(RosterError("class.csv", 3, "no role"))
    'class.csv:3: no role'
    """

    def __init__(self, path: str, line: int, problem: str):
        super().__init__(f"{path}:{line}: {problem}")
        self.path, self.line, self.problem = path, line, problem


@dataclass(frozen=True)
class Member:
    """One person on the roster.

    >>> Member("aroha", "learner", "Aroha Ngata").is_teacher
    False
    """

    username: str
    role: str
    name: str
    lang: str = ""  # the edition of this person's workspace; "" for the class's

    @property
    def is_teacher(self) -> bool:
        return self.role == "teacher"


@dataclass(frozen=True)
class Roster:
    """Everyone on the roster, in file order.

    >>> r = Roster((Member("t-kim", "teacher", "Ms Kim"), Member("aroha", "learner", "")))
    >>> r.teachers, r.learners
    (('t-kim',), ('aroha',))
    """

    members: tuple[Member, ...]

    @property
    def teachers(self) -> tuple[str, ...]:
        return tuple(m.username for m in self.members if m.is_teacher)

    @property
    def learners(self) -> tuple[str, ...]:
        return tuple(m.username for m in self.members if not m.is_teacher)

    def editions(self) -> dict[str, str]:
        """Username → the edition the roster gives that person, for those it gives one.

        >>> Roster((Member("t-kim", "teacher", ""), Member("chiyo", "learner", "", "ja"))).editions()
        {'chiyo': 'ja'}
        """
        return {m.username: m.lang for m in self.members if m.lang}


def _lang(row: list[str], path: str, line: int) -> str:
    """The row's ``lang`` column ('' when empty or absent), checked against the course's editions."""
    if len(row) < 4:
        return ""
    lang = row[3].strip().lower()
    if lang and lang not in LANGUAGES:
        raise RosterError(path, line, f"lang {row[3].strip()!r} is not an edition of the course — give "
                                      f"{' or '.join(LANGUAGES)}, or leave it empty for the class's edition")
    return lang


def _member(row: list[str], path: str, line: int, columns: int = 3) -> Member:
    if len(row) < 2 or len(row) > max(columns, 3):
        expected = ",".join(HEADER[:max(columns, 3)])
        raise RosterError(path, line, f"expected 2 to {max(columns, 3)} columns ({expected}), found {len(row)}"
                                      + ("" if columns > 3 else " — a fourth column needs ',lang' in the header"))
    username, role = row[0].strip(), row[1].strip().lower()
    name = row[2].strip() if len(row) >= 3 else ""
    if not USERNAME_RE.fullmatch(username):
        raise RosterError(
            path, line,
            f"username {username!r} is not usable as an account name: use 1-31 lower-case letters, "
            "digits or '-', starting with a letter",
        )
    if role not in ROLES:
        raise RosterError(path, line, f"role {row[1].strip()!r} is neither 'learner' nor 'teacher'")
    return Member(username, role, name, _lang(row, path, line))


def parse_roster(text: str, path: str = "<roster>") -> Roster:
    """Parse roster text; the first row must be the header ``username,role,name`` (``,lang`` optional).

    >>> parse_roster("username,role,name\\nt-kim,teacher,Ms Kim\\naroha,learner,Aroha\\n").learners
    ('aroha',)
    >>> parse_roster("username,role,name,lang\\nt-kim,teacher,,\\nchiyo,learner,Chiyo,ja\\n").editions()
    {'chiyo': 'ja'}
    >>> parse_roster("username,role,name,lang\\nt-kim,teacher,\\nchiyo,learner,Chiyo,jp\\n", "class.csv")
    Traceback (most recent call last):
    ...
    coursekit.hub.roster.RosterError: class.csv:3: lang 'jp' is not an edition of the course — give en or ja, ...
    >>> parse_roster("username,role,name\\nAroha!,learner,\\n", "class.csv")
    Traceback (most recent call last):
    ...
    coursekit.hub.roster.RosterError: class.csv:2: username 'Aroha!' is not usable as an account name: ...
    >>> parse_roster("username,role,lang\\nt-kim,teacher,\\nchiyo,learner,ja\\n", "class.csv")
    Traceback (most recent call last):
    ...
    coursekit.hub.roster.RosterError: class.csv:1: the header is 'username,role,lang' — make the first line ...
    """
    rows = list(csv.reader(text.splitlines()))
    header = [c.strip().lower() for c in rows[0]] if rows else []
    if header != HEADER[:len(header)] or len(header) < 2:  # a lang third ('username,role,lang') is not the name
        raise RosterError(path, 1, f"the header is {','.join(header)!r} — make the first line the header "
                                   "username,role,name (or username,role,name,lang)")
    columns = len(header)
    members: list[Member] = []
    seen: dict[str, int] = {}
    for line, row in enumerate(rows[1:], start=2):
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        member = _member(row, path, line, columns)
        if member.username in seen:
            raise RosterError(path, line, f"{member.username!r} is already on line {seen[member.username]}")
        seen[member.username] = line
        members.append(member)
    roster = Roster(tuple(members))
    if not roster.teachers:
        raise RosterError(path, len(rows), "no teacher: give at least one row the role 'teacher'")
    return roster


def read_roster(path: str | Path) -> Roster:
    """Read and check a roster file.

    >>> read_roster("hub/roster.example.csv").teachers
    ('t-kim',)

    A spreadsheet's "CSV UTF-8" (a byte-order mark first) reads; another
    encoding (Shift_JIS, cp1252) is an error on the first line it breaks.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise RosterError(str(path), 0, f"cannot read the roster ({err.strerror}); give CLASS=path/to/roster.csv") from err
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise RosterError(str(path), data[:err.start].count(b"\n") + 1,
                          "not UTF-8 text (a spreadsheet's Shift_JIS or ANSI CSV?) — save the roster as CSV UTF-8") from None
    return parse_roster(text, str(path))


def roster_or_say(path: str | Path, stream=None) -> Roster | None:
    """For the command lines: the roster, or None after printing where it is wrong (to ``stream``, default stderr).

    >>> import sys; roster_or_say("no-such-roster.csv", sys.stdout) is None
    no-such-roster.csv:0: cannot read the roster (No such file or directory); give CLASS=path/to/roster.csv
    True
    """
    import sys

    try:
        return read_roster(path)
    except RosterError as err:
        print(err, file=stream or sys.stderr)
        return None
