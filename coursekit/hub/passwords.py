"""Teachers' passwords, set before the class: ``python -m coursekit passwords --roster CLASS.csv`` (``make teacher-passwords``).

The hub's login (``FirstUseAuthenticator``) keeps the first password typed
for a name as that name's password, so a learner who logs in as the teacher
before the teacher does would own the admin account. The teacher therefore
sets their password here first, written exactly as the authenticator
stores it: a ``dbm`` file (``STATE/passwords.dbm``, mode 0600) mapping the
UTF-8 username to its bcrypt hash. The hub refuses to start while a
teacher on the roster has none (:func:`missing_teachers`).
"""

from __future__ import annotations

import argparse
import dbm
import getpass
import sys
import threading
from pathlib import Path

from coursekit.paths import HUB_STATE

__all__ = ["DBM", "MIN_LENGTH", "first_use_login", "has_password", "main", "missing_teachers", "set_password"]

DBM = "passwords.dbm"
MIN_LENGTH = 8


def set_password(state: Path, username: str, password: str) -> None:
    """Store ``password`` (bcrypt) for ``username`` in the hub's password file.

    A password too short is refused before anything is stored:

    >>> import tempfile; set_password(Path(tempfile.mkdtemp()), "t-kim", "short")
    Traceback (most recent call last):
    ...
    ValueError: a password needs at least 8 characters
    """
    if len(password) < MIN_LENGTH:
        raise ValueError(f"a password needs at least {MIN_LENGTH} characters")
    import bcrypt  # the hub's extra (make hub installs it)

    state.mkdir(mode=0o700, parents=True, exist_ok=True)
    with dbm.open(str(state / DBM), "c", 0o600) as db:
        db[username.encode("utf8")] = bcrypt.hashpw(password.encode("utf8"), bcrypt.gensalt())


_DBM_LOCK = threading.Lock()  # one open of the password file at a time (gdbm locks it for the writer)


def first_use_login(path: str, username: str, password: str, min_length: int = MIN_LENGTH) -> tuple[bool, str]:
    """The first-use login's check, safe to run in threads: ``(True, "")`` or ``(False, why)``.

    As ``FirstUseAuthenticator.authenticate``: a name's stored password must
    match; at a name's first login a password long enough is stored. The
    bcrypt work (a quarter of a second of CPU per login) runs outside the
    lock and releases the GIL, so the hub runs it in a thread and keeps
    serving a class that logs in at once; two first logins of one name at
    the same moment store one password, and the other is checked against it.

    >>> import tempfile; p = str(Path(tempfile.mkdtemp()) / DBM)
    >>> first_use_login(p, "ben", "short")
    (False, 'Password too short! Please choose a password at least 8 characters long.')
    >>> first_use_login(p, "ben", "first-password"), first_use_login(p, "ben", "first-password")
    ((True, ''), (True, ''))
    >>> first_use_login(p, "ben", "another-password")
    (False, '')
    """
    import bcrypt

    key, given = username.encode("utf8"), password.encode("utf8")
    with _DBM_LOCK, dbm.open(path, "c", 0o600) as db:
        stored = db.get(key)
    if stored is None:
        if len(password) < min_length:
            return False, f"Password too short! Please choose a password at least {min_length} characters long."
        hashed = bcrypt.hashpw(given, bcrypt.gensalt())
        with _DBM_LOCK, dbm.open(path, "c", 0o600) as db:
            stored = db.get(key)
            if stored is None:
                db[key] = hashed
                return True, ""
    return bcrypt.checkpw(given, stored), ""


def has_password(state: Path, username: str) -> bool:
    """True when ``username`` already has a password on this hub.

    >>> import tempfile; has_password(Path(tempfile.mkdtemp()), "t-kim")
    False
    """
    try:
        with dbm.open(str(state / DBM), "r") as db:
            return username.encode("utf8") in db
    except dbm.error:  # no password file yet (dbm.error includes OSError)
        return False


def missing_teachers(roster, state: Path) -> list[str]:
    """The roster's teachers who have no password yet (the hub will not start while there are any).

    >>> from coursekit.hub.roster import parse_roster; import tempfile
    >>> r = parse_roster("username,role,name\\nt-kim,teacher,\\nt-lee,teacher,\\nben,learner,\\n")
    >>> missing_teachers(r, Path(tempfile.mkdtemp()))
    ['t-kim', 't-lee']
    """
    return [name for name in roster.teachers if not has_password(state, name)]


def _ask(name: str) -> str:
    while True:
        first = getpass.getpass(f"Password for {name} (at least {MIN_LENGTH} characters): ")
        if len(first) < MIN_LENGTH:
            print(f"Too short: at least {MIN_LENGTH} characters.")
        elif getpass.getpass("The same again: ") == first:
            return first
        else:
            print("The two did not match; again.")


def main(argv: list[str] | None = None) -> int:
    """Ask for each teacher's password (or read one a line with ``--stdin``) and store it."""
    from .roster import roster_or_say

    p = argparse.ArgumentParser(prog="python -m coursekit passwords", description=__doc__.splitlines()[0])
    p.add_argument("--roster", required=True)
    p.add_argument("--state", default=str(HUB_STATE))
    p.add_argument("--reset", action="store_true", help="also replace passwords already set")
    p.add_argument("--stdin", action="store_true", help="read the passwords from standard input, one a line")
    args = p.parse_args(argv)
    roster = roster_or_say(args.roster)
    if roster is None:
        return 2
    state = Path(args.state)
    for name in roster.teachers:
        if has_password(state, name) and not args.reset:
            print(f"{name}: already has a password (to replace it: make teacher-passwords ... RESET=1, or --reset)")
            continue
        try:
            password = sys.stdin.readline().rstrip("\n") if args.stdin else _ask(name)
        except (EOFError, KeyboardInterrupt):  # no terminal to type into, or Ctrl-C
            print(f"\n{name}: no password typed; nothing stored. Run `sudo make teacher-passwords CLASS=...` "
                  "in a terminal and type it there.", file=sys.stderr)
            return 1
        try:
            set_password(state, name, password)
        except ValueError as err:
            print(f"{name}: {err}; nothing stored", file=sys.stderr)
            return 2
        print(f"{name}: password set")
    return 0


if __name__ == "__main__":
    sys.exit(main())
