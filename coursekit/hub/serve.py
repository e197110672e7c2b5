"""Start the class hub: ``python -m coursekit hub --roster CLASS.csv`` (what ``make hub`` runs).

Prepares the state folder (secrets made here, mode 0700), refuses a public
address without TLS, says what needs root, then runs JupyterHub with
``hub/jupyterhub_config.py`` until Ctrl-C.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import secrets
import stat
import subprocess
import sys
from pathlib import Path

from helpers.i18n import LANGUAGES

from .accounts import account_problem
from .passwords import missing_teachers
from .roster import roster_or_say

__all__ = [
    "build_parser", "hub_command", "hub_environment", "is_loopback", "main", "prepare_state",
    "protect_course", "roster_problems", "tls_problem",
]

from coursekit.paths import HUB_DIR, HUB_STATE, REPO

TLS_HELP = (
    "A hub on a public address sends passwords over the network: it needs TLS. Give it a certificate "
    "and key: make hub IP=0.0.0.0 SSL_CERT=/path/fullchain.pem SSL_KEY=/path/privkey.pem "
    "(from your school's IT or Let's Encrypt), or put it behind a TLS proxy and pass INSECURE_HTTP=1."
)


def is_loopback(ip: str) -> bool:
    """True for an address only this machine can reach.

    >>> is_loopback("127.0.0.1"), is_loopback("::1"), is_loopback("0.0.0.0"), is_loopback("localhost")
    (True, True, False, True)
    """
    if ip == "localhost":
        return True
    try:
        return ipaddress.ip_address(ip).is_loopback
    except ValueError:
        return False


def tls_problem(ip: str, cert: str | None, key: str | None, insecure_http: bool) -> str | None:
    """Why this address may not be used as given, or None.

    >>> tls_problem("127.0.0.1", None, None, False) is None
    True
    >>> tls_problem("0.0.0.0", None, None, False).startswith("A hub on a public address")
    True
    >>> tls_problem("0.0.0.0", "c.pem", None, False)
    'SSL_CERT and SSL_KEY go together: give both.'
    """
    if bool(cert) != bool(key):
        return "SSL_CERT and SSL_KEY go together: give both."
    if is_loopback(ip) or cert or insecure_http:
        return None
    return TLS_HELP


def _secret_file(path: Path) -> None:
    if not path.exists():
        path.write_text(secrets.token_hex(32) + "\n")
    path.chmod(0o600)


def prepare_state(state: Path) -> Path:
    """Create the state folder (0700) with the proxy token and cookie secret, kept across restarts.

    >>> import tempfile, shutil; d = Path(tempfile.mkdtemp()) / "s"
    >>> oct(prepare_state(d).stat().st_mode & 0o777), sorted(p.name for p in d.iterdir())
    ('0o700', ['cookie-secret', 'proxy-token'])
    >>> shutil.rmtree(d.parent)
    """
    state.mkdir(parents=True, exist_ok=True)
    state.chmod(0o700)
    _secret_file(state / "proxy-token")
    _secret_file(state / "cookie-secret")
    return state


def protect_course(repo: Path = REPO) -> bool:
    """Make the course folder unreadable to other accounts (instructor notebooks, hidden checks).

    Learners run everything from the separate learner environment, so they
    need nothing in here. Returns True when the mode was changed now.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); d.chmod(0o755)
    >>> protect_course(d), protect_course(d), oct(d.stat().st_mode & 0o777)
    (True, False, '0o750')
    >>> d.rmdir()
    """
    mode = repo.stat().st_mode
    if not mode & stat.S_IRWXO:
        return False
    repo.chmod(mode & ~stat.S_IRWXO)
    return True


def roster_problems(roster, state: Path, root: bool, roster_path: str = "CLASS.csv") -> list[str]:
    """Why the hub must not start with this roster: teachers without a password, names of other accounts.

    >>> from coursekit.hub.roster import parse_roster; import tempfile
    >>> r = parse_roster("username,role,name\\nt-kim,teacher,\\nsync,learner,\\n")
    >>> for line in roster_problems(r, Path(tempfile.mkdtemp()), True, "class.csv"): print(line)
    t-kim: no password yet. Run `make teacher-passwords CLASS=class.csv` before the class, so that no learner can claim a teacher's name.
    class.csv: 'sync' is a system account (uid ...): the hub never uses it. Give this person another username in the roster (for example sync-1).
    """
    problems = [
        f"{name}: no password yet. Run `make teacher-passwords CLASS={roster_path}` before the class, "
        "so that no learner can claim a teacher's name."
        for name in missing_teachers(roster, state)
    ]
    if root:
        names = roster.teachers + roster.learners
        problems += [f"{roster_path}: {p}" for p in (account_problem(n, state) for n in names) if p]
    return problems


def hub_environment(args: argparse.Namespace, base: dict | None = None) -> dict:
    """The environment JupyterHub runs with: ``COURSE_HUB_*`` read by the config.

    >>> ns = build_parser().parse_args(["--roster", "r.csv", "--state", "s"])
    >>> env = hub_environment(ns, {})
    >>> env["COURSE_HUB_IP"], env["COURSE_HUB_PORT"], env["COURSE_HUB_ROSTER"].endswith("r.csv")
    ('127.0.0.1', '8000', True)
    >>> hub_environment(build_parser().parse_args(["--roster", "r.csv", "--lang", "ja"]), {})["COURSE_HUB_EDITION_LANG"]
    'ja'

    """
    env = dict(os.environ if base is None else base)
    env.update({
        "COURSE_HUB_STATE": str(Path(args.state).resolve()),
        "COURSE_HUB_ROSTER": str(Path(args.roster).resolve()),
        "COURSE_HUB_IP": args.ip,
        "COURSE_HUB_PORT": str(args.port),
    })
    for name, value in (("LEARNER_BIN", args.learner_bin), ("SSL_CERT", args.ssl_cert), ("SSL_KEY", args.ssl_key)):
        if value:
            env[f"COURSE_HUB_{name}"] = str(Path(value).resolve())
    if args.lang:
        env["COURSE_HUB_EDITION_LANG"] = args.lang
    return env


def hub_command(python: str = sys.executable) -> list[str]:
    """The JupyterHub command line, with the course's config.

    >>> hub_command("py")[1:3]
    ['-m', 'jupyterhub']
    """
    return [python, "-m", "jupyterhub", "-f", str(HUB_DIR / "jupyterhub_config.py")]


def build_parser() -> argparse.ArgumentParser:
    """Options of ``python -m coursekit hub``.

    >>> build_parser().parse_args(["--roster", "r.csv"]).ip
    '127.0.0.1'
    """
    p = argparse.ArgumentParser(prog="python -m coursekit hub", description="Run the class JupyterHub.")
    p.add_argument("--roster", required=True, help="the class roster CSV (username,role,name)")
    p.add_argument("--state", default=str(HUB_STATE), help="the hub's own files (database, secrets)")
    p.add_argument("--ip", default="127.0.0.1", help="address to listen on (default: this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--learner-bin", help="bin/ of the learner environment (default: this Python's)")
    p.add_argument("--ssl-cert")
    p.add_argument("--ssl-key")
    p.add_argument("--insecure-http", action="store_true", help="public address without TLS (behind a TLS proxy)")
    p.add_argument("--lang", choices=LANGUAGES, help="the class's edition (default en); a roster's lang column "
                   "overrides it per person")
    return p


def _explain(roster, args, root: bool) -> None:
    scheme = "https" if args.ssl_cert else "http"
    host = "127.0.0.1" if args.ip in ("0.0.0.0", "::") else args.ip
    print(f"Class hub for {len(roster.learners)} learners and teacher(s) {', '.join(roster.teachers)}:")
    lang = args.lang or os.environ.get("COURSE_HUB_EDITION_LANG") or "en"
    others = sorted({m.lang for m in roster.members if m.lang and m.lang != lang})
    print(f"  edition: {lang}" + (f" (the roster gives some learners {', '.join(others)})" if others else ""))
    print(f"  open {scheme}://{host}:{args.port}/ ; each person sets their password at first login.")
    if root:
        print("  running as root: each learner gets a system account with a private home (~/workspace).")
    else:
        print("  NOT root: the one-teacher demo. Every server runs as this user, so learners are NOT")
        print("  kept apart from each other. Run `sudo make hub` for a real class.")
    if not is_loopback(args.ip):
        print(f"  listening on {args.ip}: other machines can reach it.")


def _settings_problem(args: argparse.Namespace) -> str:
    """What is wrong with the hub's ``COURSE_HUB_*`` settings ('' when nothing), said before the hub starts.

    >>> import os; os.environ.pop("COURSE_HUB_EDITION_LANG", None) and None
    >>> _settings_problem(build_parser().parse_args(["--roster", "r.csv", "--lang", "ja"]))
    ''
    """
    from .settings import SettingsError, load_settings

    try:
        load_settings(hub_environment(args))
    except SettingsError as err:
        return str(err)
    return ""


def main(argv: list[str] | None = None) -> int:
    """Check everything, then run the hub in the foreground.

    >>> main(["--roster", "no-such-roster.csv"])
    no-such-roster.csv:0: cannot read the roster (No such file or directory); give CLASS=path/to/roster.csv
    2
    """
    args = build_parser().parse_args(argv)
    roster = roster_or_say(args.roster, sys.stdout)
    if roster is None:
        return 2
    problem = tls_problem(args.ip, args.ssl_cert, args.ssl_key, args.insecure_http) or _settings_problem(args)
    if problem:
        print(problem)
        return 2
    root = os.geteuid() == 0
    state = prepare_state(Path(args.state))
    problems = roster_problems(roster, state, root, args.roster)
    if problems:
        print("\n".join(problems))
        return 2
    if root and protect_course():
        print(f"  made the course folder private (chmod o-rwx {REPO.name}): learners cannot read it.")
    _explain(roster, args, root)
    try:
        return subprocess.call(hub_command(), env=hub_environment(args), cwd=state)
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
