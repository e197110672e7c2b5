"""How the load test's class behaves: the worst case (the default), a paced class, a class whose servers were prestarted.

The default, and the headline figure, is the worst case of a lesson's first
minutes: every learner logs in at the same moment and runs every cell the
moment the one before it has finished. Two other modes answer other
questions and are labelled as such in the report:

* ``think``: each learner pauses before every cell, as one who reads the
  cell first (``think`` seconds on average, each pause between half and one
  and a half times it, the same for every run). The pause is never part
  of a cell's time: a cell's time is still from its request to the kernel's
  idle.
* ``prestarted``: the teacher ran ``make hub-prestart`` before the lesson:
  every learner's server is started two at a time before the clock starts
  (:func:`coursekit.hub.prestart.prestart`), and the idle servers' memory is
  measured then (what prestart costs from then until the lesson).
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from .prestart import learners_memory_mib, prestart

__all__ = ["RunMode", "prestart_class", "think_time"]


@dataclass(frozen=True)
class RunMode:
    """The class's behaviour in a load test run; the default is the worst case.

    >>> RunMode().label
    'worst case: all at once, cells back to back'
    >>> RunMode(think=3.0, prestarted=True).label
    'servers prestarted; paced: 3 s on average before each cell'
    """

    think: float = 0.0
    prestarted: bool = False

    @property
    def label(self) -> str:
        parts = (["servers prestarted"] if self.prestarted else []) + (
            [f"paced: {self.think:g} s on average before each cell"] if self.think else [])
        return "; ".join(parts) or "worst case: all at once, cells back to back"


def think_time(name: str, notebook: str, cell: int, mean: float) -> float:
    """The pause before one cell: between 0.5 and 1.5 × ``mean``, the same for the same learner and cell.

    >>> think_time("ben", "01", 3, 2.0) == think_time("ben", "01", 3, 2.0)
    True
    >>> all(1.0 <= think_time("ben", "01", i, 2.0) <= 3.0 for i in range(50)), think_time("ben", "01", 0, 0)
    (True, 0.0)
    """
    if mean <= 0:
        return 0.0
    return mean * random.Random(f"{name}/{notebook}/{cell}").uniform(0.5, 1.5)


async def prestart_class(api: str, token: str, names: list[str]) -> dict:
    """Start every learner's server as ``make hub-prestart`` does (two at a time); how long, and the memory they hold.

    >>> import asyncio
    >>> asyncio.run(prestart_class("http://127.0.0.1:9/hub/api", "t", []))["servers_running"]
    0
    """
    started = time.perf_counter()
    outcomes = await prestart(api, token, names, parallel=2)
    running = sum(o in ("ready", "running already") for o in outcomes.values())
    memory = learners_memory_mib(names)
    return {"servers_running": running, "seconds": round(time.perf_counter() - started, 1),
            "idle_memory_mib": memory,
            "idle_memory_per_server_mib": round(memory / running, 1) if memory is not None and running else None}
