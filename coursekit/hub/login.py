"""The hub's login: first-use passwords, and no name that is someone else's account on this machine.

JupyterHub imports :class:`CourseAuthenticator` by name
(``c.JupyterHub.authenticator_class``, set by :func:`coursekit.hub.config.login`);
this module needs the hub extra (``firstuseauthenticator``).
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from firstuseauthenticator import FirstUseAuthenticator
from traitlets import Unicode

from coursekit.hub.accounts import account_problem
from coursekit.hub.passwords import first_use_login

__all__ = ["CourseAuthenticator"]

#: The password checks of logins, beside the hub's event loop (two: one per core of a small machine).
LOGINS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="login")


class CourseAuthenticator(FirstUseAuthenticator):
    """First-use passwords; in system mode a name that is another account of this machine cannot be added.

    >>> auth = CourseAuthenticator(course_mode="system", course_state="/nonexistent")
    >>> auth.course_mode, auth.min_password_length
    ('system', 7)
    """

    course_state = Unicode("", config=True, help="the hub's state folder (its record of the accounts it made)")
    course_mode = Unicode("simple", config=True, help="system or simple (coursekit.hub.settings.hub_mode)")

    async def authenticate(self, handler, data):
        """As FirstUseAuthenticator's, with the password check (bcrypt) in a thread.

        FirstUseAuthenticator hashes in the hub's event loop, a quarter of a
        second of CPU per login, so a class logging in at once froze the hub
        for seconds: spawns, the proxy's routes and the API all waited.
        """
        username = self.normalize_username(data["username"])
        if not self.create_users and not self._user_exists(username):
            return None
        ok, why = await asyncio.get_running_loop().run_in_executor(
            LOGINS, first_use_login, self.dbm_path, username, data["password"], self.min_password_length)
        if why:
            handler.custom_login_error = why
            self.log.error(why)
        return username if ok else None

    def add_user(self, user):
        problem = account_problem(user.name, Path(self.course_state)) if self.course_mode == "system" else None
        if problem:
            raise ValueError(problem)
        return super().add_user(user)
