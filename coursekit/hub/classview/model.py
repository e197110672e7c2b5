"""What the class view shows: per learner and per exercise, from the hub's users and the progress files.

Pure functions of their inputs (the roster's names, the hub API's user
models, each learner's attempts as :func:`helpers.exercises.attempts.parse_line`
reads them, and the time now), so every rule is tested without a hub.

A learner is **stuck** when either holds:

* three wrong tries on one exercise not yet solved within the last
  :data:`WRONG_WINDOW` (ten minutes): the hints are not helping;
* active (their server running, active in the last five minutes) but no
  new solve for :data:`NO_SOLVE` (fifteen minutes) since their last solve
  or since their server started.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from helpers.exercises.attempts import Attempt

__all__ = ["ACTIVE", "NO_SOLVE", "WRONG_TRIES", "WRONG_WINDOW", "ClassView", "ExerciseRow", "Learner",
           "Mark", "build", "learner", "parse_time"]

WRONG_TRIES = 3
WRONG_WINDOW = dt.timedelta(minutes=10)
NO_SOLVE = dt.timedelta(minutes=15)
ACTIVE = dt.timedelta(minutes=5)


def parse_time(text) -> dt.datetime | None:
    """An ISO 8601 time (a progress line's, the hub's) as an aware UTC datetime; None if it is not one.

    >>> parse_time("2026-12-01T08:30:00Z"), parse_time("2026-12-01T08:30:00.123456Z").second, parse_time("x")
    (datetime.datetime(2026, 12, 1, 8, 30, tzinfo=datetime.timezone.utc), 0, None)
    """
    if not isinstance(text, str) or not 10 <= len(text) <= 40:
        return None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when.replace(tzinfo=dt.timezone.utc) if when.tzinfo is None else when.astimezone(dt.timezone.utc)


@dataclass(frozen=True)
class Mark:
    """One learner on one exercise: ``solved``, ``tried`` (not solved) or ``not reached``; tries; stuck.

    >>> Mark("tried", 3, True).symbol, Mark("solved", 1).symbol, Mark("not reached").symbol
    ('⚠', '✓', '·')
    """

    state: str
    tries: int = 0
    stuck: bool = False

    @property
    def symbol(self) -> str:
        if self.stuck:
            return "⚠"
        return {"solved": "✓", "tried": "✗"}.get(self.state, "·")


@dataclass(frozen=True)
class Learner:
    """One roster learner: hub state, last activity, notebook, marks per exercise, why stuck (or "").

    >>> Learner("amy", "never logged in", None, "", {}, "").solved
    0
    """

    name: str
    presence: str  # "working" (server running), "logged out" (came before), "never logged in"
    last_activity: dt.datetime | None
    notebook: str
    marks: dict
    stuck: str

    @property
    def solved(self) -> int:
        return sum(m.state == "solved" for m in self.marks.values())

    def mark(self, exercise: str) -> Mark:
        """This learner's mark on ``exercise`` (not reached when there is none).

        >>> Learner("amy", "working", None, "", {"2.1": Mark("solved", 1)}, "").mark("2.2").state
        'not reached'
        """
        return self.marks.get(exercise, Mark("not reached"))


@dataclass(frozen=True)
class ExerciseRow:
    """One exercise across the class: solved, tried, stuck, and the most common mistake (id, how many learners made it).

    >>> ExerciseRow("2.1", 3, 1, 0, ("chose-A", 2)).mistake
    ('chose-A', 2)
    """

    exercise: str
    solved: int
    tried: int
    stuck: int
    mistake: tuple[str, int] | None


@dataclass(frozen=True)
class ClassView:
    """The whole view: exercises in order, one :class:`Learner` per roster name, one row per exercise.

    >>> ClassView(("2.1",), (), (), "2026-12-01T08:30:00Z", ()).stuck_learners()
    []
    """

    exercises: tuple[str, ...]
    learners: tuple[Learner, ...]
    rows: tuple[ExerciseRow, ...]
    when: str
    notes: tuple[str, ...]
    columns: tuple = field(default=())  # (title, {name: text}): hand-in, feedback read, when the course has them

    def stuck_learners(self) -> list[str]:
        return [learner.name for learner in self.learners if learner.stuck]


def _presence(user: dict | None, attempts: list[Attempt]) -> tuple[str, dt.datetime | None, dt.datetime | None]:
    """(presence, last activity, server started) from the hub's user model."""
    if not isinstance(user, dict):
        return ("logged out" if attempts else "never logged in"), None, None
    server = (user.get("servers") or {}).get("") if isinstance(user.get("servers"), dict) else None
    last = parse_time(user.get("last_activity"))
    if isinstance(server, dict) and server.get("ready"):
        return "working", parse_time(server.get("last_activity")) or last, parse_time(server.get("started"))
    if last is None and not attempts:
        return "never logged in", None, None
    return "logged out", last, None


def _wrong_streak(tries: list[Attempt], now: dt.datetime) -> bool:
    recent = [a for a in tries[-WRONG_TRIES:] if a.status != "right"]
    if len(recent) < WRONG_TRIES:
        return False
    times = [parse_time(a.time) for a in recent]
    return all(t is not None and now - t <= WRONG_WINDOW for t in times)


def _marks(attempts: list[Attempt], exercises: tuple[str, ...], now: dt.datetime) -> dict[str, Mark]:
    by_exercise: dict[str, list[Attempt]] = {}
    for a in attempts:
        if a.is_attempt and a.exercise in exercises:
            by_exercise.setdefault(a.exercise, []).append(a)
    marks = {}
    for exercise, tries in by_exercise.items():
        solved = any(a.status == "right" for a in tries)
        marks[exercise] = Mark("solved" if solved else "tried", len(tries), not solved and _wrong_streak(tries, now))
    return marks


def _no_solve(attempts: list[Attempt], presence: str, last: dt.datetime | None, started: dt.datetime | None,
              now: dt.datetime) -> bool:
    if presence != "working" or last is None or now - last > ACTIVE:
        return False
    solves = [t for t in (parse_time(a.time) for a in attempts if a.status == "right") if t is not None]
    since = max([*solves, *([started] if started else [])], default=None)
    return since is not None and now - since > NO_SOLVE


def learner(name: str, user: dict | None, attempts: list[Attempt], exercises: tuple[str, ...],
            now: dt.datetime) -> Learner:
    """One learner's row (see the module's rules for stuck).

    >>> now = parse_time("2026-12-01T09:00:00Z")
    >>> tries = [Attempt(f"2026-12-01T08:5{i}:00Z", "2.3", "02", "wrong", "chose-A", i + 1) for i in range(3)]
    >>> one = learner("amy", None, tries, ("2.3",), now)
    >>> one.mark("2.3"), one.stuck, one.notebook
    (Mark(state='tried', tries=3, stuck=True), '3 wrong tries on 2.3 in 10 minutes', '02')
    """
    presence, last, started = _presence(user, attempts)
    marks = _marks(attempts, exercises, now)
    reasons = [f"{WRONG_TRIES} wrong tries on {e} in {WRONG_WINDOW.seconds // 60} minutes"
               for e in exercises if e in marks and marks[e].stuck]
    if not reasons and _no_solve(attempts, presence, last, started, now):
        reasons.append(f"working, no new solve for {NO_SOLVE.seconds // 60} minutes")
        current = next((a.exercise for a in reversed(attempts) if a.is_attempt and a.exercise in marks), None)
        if current and marks[current].state == "tried":
            marks[current] = Mark("tried", marks[current].tries, True)
    tried = [a for a in attempts if a.exercise in exercises]
    notebook = tried[-1].notebook if tried else ""
    return Learner(name, presence, last, notebook, marks, "; ".join(reasons))


def _row(exercise: str, learners: tuple[Learner, ...], attempts: dict[str, list[Attempt]]) -> ExerciseRow:
    marks = [one.mark(exercise) for one in learners]
    mistakes = Counter(m for one in learners for m in {a.mistake for a in attempts.get(one.name, ())
                                                        if a.exercise == exercise and a.mistake and a.status != "right"})
    common = mistakes.most_common(1)[0] if mistakes else None
    return ExerciseRow(exercise, sum(m.state == "solved" for m in marks), sum(m.state == "tried" for m in marks),
                       sum(m.stuck for m in marks), common)


def build(names: list[str], users: dict[str, dict], attempts: dict[str, list[Attempt]], exercises: list[str],
          now: dt.datetime, notes: tuple[str, ...] = (), columns: tuple = ()) -> ClassView:
    """The class view for every roster name (in roster order), whether or not the hub knows them.

    >>> now = parse_time("2026-12-01T09:00:00Z")
    >>> right = Attempt("2026-12-01T08:59:00Z", "2.1", "02", "right", None, 1)
    >>> v = build(["amy", "ben"], {"amy": {"servers": {"": {"ready": True}}}}, {"amy": [right]}, ["2.1"], now)
    >>> [(one.name, one.presence, one.solved) for one in v.learners], v.rows[0].solved
    ([('amy', 'working', 1), ('ben', 'never logged in', 0)], 1)
    """
    ex = tuple(exercises)
    learners = tuple(learner(name, users.get(name), attempts.get(name, []), ex, now) for name in names)
    rows = tuple(_row(e, learners, attempts) for e in ex)
    return ClassView(ex, learners, rows, now.strftime("%Y-%m-%dT%H:%M:%SZ"), tuple(notes), tuple(columns))
