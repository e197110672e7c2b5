"""The hub's login: first-use passwords, and no name that is someone else's account on this machine.

JupyterHub imports :class:`CourseAuthenticator` by name
(``c.JupyterHub.authenticator_class``, set by :func:`coursekit.hub.config.login`);
this module needs the hub extra (``firstuseauthenticator``).
"""

from __future__ import annotations

from pathlib import Path

from firstuseauthenticator import FirstUseAuthenticator
from traitlets import Unicode

from coursekit.hub.accounts import account_problem

__all__ = ["CourseAuthenticator"]


class CourseAuthenticator(FirstUseAuthenticator):
    """First-use passwords; in system mode a name that is another account of this machine cannot be added.

    >>> auth = CourseAuthenticator(course_mode="system", course_state="/nonexistent")
    >>> auth.course_mode, auth.min_password_length
    ('system', 7)
    """

    course_state = Unicode("", config=True, help="the hub's state folder (its record of the accounts it made)")
    course_mode = Unicode("simple", config=True, help="system or simple (coursekit.hub.settings.hub_mode)")

    def add_user(self, user):
        problem = account_problem(user.name, Path(self.course_state)) if self.course_mode == "system" else None
        if problem:
            raise ValueError(problem)
        return super().add_user(user)
