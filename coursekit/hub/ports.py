"""The port each learner's server listens on: outside the range the kernels' ports come from.

JupyterHub's own choice (``Spawner.port = 0``) binds port 0 and lets it go,
so the port comes from the system's ephemeral range
(``/proc/sys/net/ipv4/ip_local_port_range``, 32768-60999 on Linux). Every
kernel's five ZeroMQ ports come from the same range, the same way. With
thirty learners starting at once, another learner's kernel can take the
port between the hub choosing it and the server binding it: the hub then
asks a kernel's socket for the server's API, reads a ZeroMQ greeting
(``Bad status line ... b'\\xff\\x00...\\x7f'``) and the spawn fails. The
hub here gives each learner a port from a range of its own, below the
ephemeral one, that no kernel and no outgoing connection is given.

Kernels had the same race among themselves: the server picks a kernel's five
ports the same way, and another learner's kernel or connection can take one
before the kernel binds it. The kernel then stops with "Address already in
use", but stays a process, so its server waits for it and the learner's
notebook never starts (``make hub-loadtest N=30``: one learner in about one
run of three, always at a new notebook's kernel). :func:`kernel_transport`
therefore has a learner's kernels talk to their server through socket files
in the learner's own runtime folder (ZeroMQ's ``ipc``), which takes no port
at all, whenever the files' path fits a Unix socket's limit.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import zlib
from collections.abc import Callable
from pathlib import Path

__all__ = ["EPHEMERAL_RANGE_FILE", "SHORT_RUNTIME", "SOCKET_PATH_MAX", "PortsError", "ServerPorts", "bindable",
           "ephemeral_range", "kernel_transport", "parse_range", "short_runtime_dir"]

EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_LINUX_DEFAULT = (32768, 60999)
#: The longest path a Unix socket can have on Linux (``sun_path`` is 108 bytes with its final NUL).
SOCKET_PATH_MAX = 107
#: The longest name a kernel's socket file gets in the runtime folder (jupyter_client: the
#: connection file's name, then ``-ipc-`` and the channel's number; 99 leaves room).
_KERNEL_SOCKET = "/kernel-00000000-0000-0000-0000-000000000000-ipc-99"
#: Where the hub gives a learner whose home is too deep for socket files a short runtime folder of their own.
SHORT_RUNTIME = Path("/run/course-hub-kernels")


class PortsError(ValueError):
    """A port range that cannot be used, or a range with no free port left.

    >>> isinstance(PortsError("x"), ValueError)
    True
    """


def parse_range(text: str, where: str = "COURSE_HUB_SERVER_PORTS") -> tuple[int, int]:
    """``"20000-29999"`` → ``(20000, 29999)``; anything else is an error that says what to give.

    >>> parse_range("20000-29999")
    (20000, 29999)
    >>> parse_range("80-90")
    Traceback (most recent call last):
    ...
    coursekit.hub.ports.PortsError: COURSE_HUB_SERVER_PORTS='80-90': give two ports from 1024 to 65535, the first lower, such as 20000-29999
    """
    first, _, last = text.strip().partition("-")
    if first.isdigit() and last.isdigit() and 1024 <= int(first) < int(last) <= 65535:
        return int(first), int(last)
    raise PortsError(f"{where}={text!r}: give two ports from 1024 to 65535, the first lower, such as 20000-29999")


def ephemeral_range(path: Path = EPHEMERAL_RANGE_FILE) -> tuple[int, int]:
    """The range the system takes a port 0 from (Linux's default when the file cannot be read).

    >>> low, high = ephemeral_range(Path("/nonexistent")); (low, high)
    (32768, 60999)
    """
    try:
        low, high = path.read_text(encoding="ascii").split()[:2]
        return int(low), int(high)
    except (OSError, ValueError):
        return _LINUX_DEFAULT


def bindable(port: int, host: str = "") -> bool:
    """Whether nothing listens on or holds ``port`` on ``host`` (every address by default) now.

    >>> with socket.socket() as held:
    ...     held.bind(("127.0.0.1", 0)); bindable(held.getsockname()[1], "127.0.0.1")
    False
    """
    with socket.socket() as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
    return True


class ServerPorts:
    """Hands each learner a port of ``first..last`` that no other learner holds and nothing is bound to.

    A learner keeps their port while it stays free. The first try is at a place
    in the range fixed by the name, so thirty learners rarely probe the same
    ports; the choice runs in the hub's one event loop, so two spawns never get
    the same port.

    >>> ports = ServerPorts(20000, 20009, free=lambda port: port != 20003)
    >>> a = ports.port_for("aroha"); 20000 <= a <= 20009 and a != 20003
    True
    >>> ports.port_for("aroha") == a, ports.port_for("ben") != a
    (True, True)
    """

    def __init__(self, first: int, last: int, free: Callable[[int], bool] = bindable) -> None:
        self.first, self.last, self.free = first, last, free
        self.held: dict[str, int] = {}

    def overlaps(self, ephemeral: tuple[int, int]) -> bool:
        """Whether this range shares a port with the system's ephemeral range.

        >>> ServerPorts(20000, 29999).overlaps((32768, 60999)), ServerPorts(30000, 40000).overlaps((32768, 60999))
        (False, True)
        """
        return self.first <= ephemeral[1] and ephemeral[0] <= self.last

    def port_for(self, name: str) -> int:
        """The port ``name``'s server is to listen on."""
        kept = self.held.get(name)
        if kept is not None and self.free(kept):
            return kept
        others = {port for who, port in self.held.items() if who != name}
        size = self.last - self.first + 1
        start = zlib.crc32(name.encode("utf-8")) % size
        for step in range(size):
            port = self.first + (start + step) % size
            if port not in others and self.free(port):
                self.held[name] = port
                return port
        raise PortsError(f"no free port left in {self.first}-{self.last} for {name}'s server: "
                         "give a wider COURSE_HUB_SERVER_PORTS")


def kernel_transport(runtime_dir: Path) -> str:
    """How a server talks to its kernels: ``ipc`` (socket files in ``runtime_dir``) when their path fits, else ``tcp``.

    ``ipc`` takes no port, so no other learner's kernel can take it first, and
    the files sit in the learner's own runtime folder (mode 0700), where no
    other account can reach them. A home so deep that the path would pass
    :data:`SOCKET_PATH_MAX` keeps ``tcp`` ports.

    >>> kernel_transport(Path("/home/aroha/.local/share/jupyter/runtime"))
    'ipc'
    >>> kernel_transport(Path("/home/" + "a" * 31 + "/.local/share/jupyter/runtime"))
    'tcp'
    """
    return "ipc" if len(os.fsencode(runtime_dir)) + len(_KERNEL_SOCKET) <= SOCKET_PATH_MAX else "tcp"


def short_runtime_dir(uid: int, gid: int, base: Path = SHORT_RUNTIME) -> Path | None:
    """A runtime folder ``base/UID`` of the learner's own (mode 0700) for a home too deep for socket files; None if not.

    Over TCP any account on the machine can subscribe to a kernel's IOPub
    port: no key is asked, and every cell's code and output goes out on it.
    So a learner whose home is too deep gets this short folder instead
    (``JUPYTER_RUNTIME_DIR``). ``base`` is the hub's (root's, written by no
    one else), so a learner cannot put a link in the place of ``UID``; the
    hub touches that one entry only, through a descriptor that follows no link.

    >>> import tempfile; base = Path(tempfile.mkdtemp()) / "k"
    >>> folder = short_runtime_dir(os.getuid(), os.getgid(), base)
    >>> folder == base / str(os.getuid()), oct(folder.stat().st_mode & 0o777), oct(base.stat().st_mode & 0o777)
    (True, '0o700', '0o711')
    >>> folder.rmdir(); folder.symlink_to("/tmp"); short_runtime_dir(os.getuid(), os.getgid(), base) is None
    True
    """
    try:
        with contextlib.suppress(FileExistsError):
            os.mkdir(base, 0o711)
            os.chmod(base, 0o711)
        st = os.lstat(base)
        if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.geteuid() or st.st_mode & 0o022:
            return None
        folder = base / str(uid)
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o700)
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            if os.fstat(fd).st_uid not in (os.geteuid(), uid):
                return None
            os.fchown(fd, uid, gid)
            os.fchmod(fd, 0o700)
        finally:
            os.close(fd)
    except OSError:
        return None
    return folder
