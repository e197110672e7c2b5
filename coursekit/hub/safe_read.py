"""Read files that someone else controls, as root, without being led anywhere else.

A learner controls every file in their home: any of them may be a symbolic
link (to ``/etc/shadow``, to a classmate's notebook, to ``/dev/zero``), a
FIFO that blocks a reader forever, a folder named like a notebook, or a
file of many gigabytes. The teacher's tools run as root, so they read a
learner's files only through this module:

* a path is walked one name at a time from a trusted folder (the learner's
  home, made by root), each step opened with ``O_NOFOLLOW`` relative to the
  folder before it (``dir_fd``), so a symlinked ``workspace`` or ``.course``
  is refused, not followed, and nothing can be swapped in between;
* a file is opened with ``O_NOFOLLOW | O_NONBLOCK`` (a FIFO never blocks),
  then ``fstat``: only a regular file is read, and only when it belongs to
  the owner of the trusted folder (a hard link to a root file is refused);
* at most ``limit`` bytes are read, in chunks.

Every refusal is a :class:`Refused` carrying a reason a teacher can read.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CHUNK", "Refused", "Skipped", "describe", "entries", "open_dir", "open_tree", "read_beneath",
           "read_file"]

CHUNK = 1 << 20
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC


class Refused(OSError):
    """A file or folder that was not read, and why.

    >>> str(Refused("a FIFO (named pipe)"))
    'a FIFO (named pipe)'
    """

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class Skipped:
    """One entry left out, as ``collection.json`` and the report list it.

    >>> Skipped("02-acsa.ipynb", "a FIFO (named pipe)").to_dict()
    {'path': '02-acsa.ipynb', 'reason': 'a FIFO (named pipe)'}
    """

    path: str
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}


_KINDS = (
    (stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
)


def describe(dir_fd: int, name: str) -> str:
    """What ``name`` in the open folder ``dir_fd`` is, without following it (for a reason text).

    >>> import tempfile; d = tempfile.mkdtemp(); os.symlink("/etc/shadow", d + "/x.ipynb"); os.mkfifo(d + "/f")
    >>> fd = os.open(d, os.O_RDONLY); describe(fd, "x.ipynb"), describe(fd, "f"), describe(fd, "none")
    ("a symbolic link (to '/etc/shadow'), not followed", 'a FIFO (named pipe)', 'missing')
    >>> os.close(fd); import shutil; shutil.rmtree(d)
    """
    try:
        st = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
    except FileNotFoundError:
        return "missing"
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if stat.S_ISLNK(st.st_mode):
        try:
            target = os.readlink(name, dir_fd=dir_fd)
        except OSError:
            target = "?"
        return f"a symbolic link (to {target[:200]!r}), not followed"
    return next((text for test, text in _KINDS if test(st.st_mode)), "not a regular file")


def open_dir(dir_fd: int, name: str) -> int:
    """Open the folder ``name`` inside ``dir_fd`` without following a link; raises :class:`Refused`.

    >>> import tempfile; d = tempfile.mkdtemp(); os.mkdir(d + "/ws"); os.symlink("/etc", d + "/.course")
    >>> fd = os.open(d, os.O_RDONLY); os.close(open_dir(fd, "ws")); open_dir(fd, ".course")
    Traceback (most recent call last):
    ...
    coursekit.hub.safe_read.Refused: a symbolic link (to '/etc'), not followed
    >>> os.close(fd); import shutil; shutil.rmtree(d)
    """
    try:
        return os.open(name, _DIR_FLAGS, dir_fd=dir_fd)
    except OSError as err:
        if err.errno in (errno.ELOOP, errno.ENOTDIR, errno.ENOENT, errno.EACCES):
            raise Refused(describe(dir_fd, name)) from None
        raise Refused(f"cannot be opened ({err.strerror})") from None


@contextlib.contextmanager
def open_tree(base: str | os.PathLike, *parts: str) -> Iterator[tuple[int, int]]:
    """Open the trusted folder ``base`` and walk ``parts`` below it, no link followed.

    Yields ``(fd, owner)``: the innermost folder and the uid owning ``base``
    (whose files alone are read). Every descriptor is closed afterwards.

    >>> import tempfile; d = tempfile.mkdtemp(); os.makedirs(d + "/ws/.course")
    >>> with open_tree(d, "ws", ".course") as (fd, owner): os.listdir(fd), owner == os.getuid()
    ([], True)
    >>> import shutil; shutil.rmtree(d)
    """
    fds = [os.open(os.fspath(base), _DIR_FLAGS)]
    try:
        owner = os.fstat(fds[0]).st_uid
        for part in parts:
            fds.append(open_dir(fds[-1], part))
        yield fds[-1], owner
    finally:
        for fd in fds:
            os.close(fd)


def _read_limited(fd: int, limit: int, truncate: bool) -> tuple[bytes, bool]:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = os.read(fd, min(CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks), False
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            if truncate:
                return b"".join(chunks)[:limit], True
            raise Refused(f"larger than {limit:,} bytes (the limit per file), not copied")


def read_file(dir_fd: int, name: str, limit: int, owner: int | None = None,
              truncate: bool = False) -> tuple[bytes, os.stat_result, bool]:
    """Read the regular file ``name`` in ``dir_fd``: ``(data, its stat, cut short)``; raises :class:`Refused`.

    A file over ``limit`` bytes is refused, or with ``truncate=True`` its
    first ``limit`` bytes are returned with ``cut short`` True.

    >>> import tempfile; d = tempfile.mkdtemp(); _ = open(d + "/a", "w").write("hello"); fd = os.open(d, os.O_RDONLY)
    >>> read_file(fd, "a", 10)[0], read_file(fd, "a", 3, truncate=True)[::2]
    (b'hello', (b'hel', True))
    >>> read_file(fd, "a", 3)
    Traceback (most recent call last):
    ...
    coursekit.hub.safe_read.Refused: larger than 3 bytes (the limit per file), not copied
    >>> os.close(fd); import shutil; shutil.rmtree(d)
    """
    try:
        fd = os.open(name, _FILE_FLAGS, dir_fd=dir_fd)
    except OSError as err:
        raise Refused(describe(dir_fd, name) if err.errno != errno.EACCES else "not readable") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise Refused(next((text for test, text in _KINDS if test(st.st_mode)), "not a regular file"))
        if owner is not None and st.st_uid != owner:
            raise Refused(f"owned by uid {st.st_uid}, not by the learner (a hard link?), not read")
        if st.st_size > limit and not truncate:
            raise Refused(f"larger than {limit:,} bytes (the limit per file), not copied")
        data, cut = _read_limited(fd, limit, truncate)
        return data, st, cut
    finally:
        os.close(fd)


def read_beneath(base: str | os.PathLike, relpath: str, limit: int,
                 truncate: bool = False) -> tuple[bytes, bool]:
    """Read ``base/relpath`` with no link followed anywhere below ``base``: ``(data, cut short)``.

    >>> import tempfile; d = Path(tempfile.mkdtemp()); (d / "ws").mkdir(); _ = (d / "ws" / "p").write_text("x")
    >>> read_beneath(d, "ws/p", 100)
    (b'x', False)
    >>> (d / "ws" / "q").symlink_to(d / "ws" / "p"); read_beneath(d, "ws/q", 100)
    Traceback (most recent call last):
    ...
    coursekit.hub.safe_read.Refused: a symbolic link (to '.../ws/p'), not followed
    >>> import shutil; shutil.rmtree(d)
    """
    *folders, name = Path(relpath).parts
    with open_tree(base, *folders) as (fd, owner):
        data, _, cut = read_file(fd, name, limit, owner, truncate)
    return data, cut


def entries(dir_fd: int) -> list[str]:
    """The names in an open folder, sorted (the descriptor stays open and usable).

    >>> import tempfile; d = tempfile.mkdtemp(); os.mkdir(d + "/b"); os.mkdir(d + "/a")
    >>> fd = os.open(d, os.O_RDONLY); entries(fd), entries(fd)
    (['a', 'b'], ['a', 'b'])
    >>> os.close(fd); import shutil; shutil.rmtree(d)
    """
    return sorted(os.listdir(dir_fd))
