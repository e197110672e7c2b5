"""Reading a learner's file safely: regular files only, a bounded read, honest encoding errors.

Used by :func:`helpers.article.load_article` and the dataset loaders. Nothing
here trusts the path: a device (``/dev/zero``), a named pipe with no writer,
a folder, a symlink loop or a name the system refuses each gives a
:class:`FileProblem` (what is wrong, what to do), never a hang, a huge read
or a traceback. The read stops at ``limit + 1`` bytes whatever the file
system says the size is.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import unicodedata

__all__ = [
    "INVISIBLE",
    "VISIBLE",
    "FileProblem",
    "describe_character",
    "is_invisible",
    "read_limited",
    "wide_encoding",
]

_CHUNK = 65_536


class FileProblem(Exception):
    """Why a file could not be read: ``problem`` (what is wrong) and ``hint`` (what to do).

    >>> err = FileProblem("this is a folder, not a file", "give the path of one file inside it")
    >>> err.problem, err.hint
    ('this is a folder, not a file', 'give the path of one file inside it')
    """

    def __init__(self, problem: str, hint: str) -> None:
        self.problem = problem
        self.hint = hint
        super().__init__(f"{problem} — {hint}")


_KIND_OF = (
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a disk device"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_regular(mode: int, what: str) -> None:
    if stat.S_ISDIR(mode):
        raise FileProblem("this is a folder, not an article file", f"give the path of one {what} inside it")
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _KIND_OF if test(mode)), "a special file")
    raise FileProblem(
        f"this is {kind}, not a regular file",
        f"give the path of a {what} saved on disk (to read from a pipe, save its output to a file first)",
    )


_OS_ERRORS = {
    errno.ENOENT: ("no such file", "check the path"),
    errno.EACCES: (
        "permission denied",
        "check that you may read the file and open every folder above it (ls -l)",
    ),
    errno.EPERM: ("permission denied", "check that you may read the file (ls -l)"),
    errno.ENAMETOOLONG: (
        "the path is too long for this system",
        "use a shorter file name or a folder nearer the top",
    ),
    errno.ELOOP: (
        "a symbolic link loop: the link leads back to itself",
        "point the link at the real file, or give that file's path",
    ),
    errno.ENOTDIR: ("a part of the path is a file, not a folder", "check the path, one folder at a time"),
}


def _os_problem(exc: OSError) -> FileProblem:
    problem, hint = _OS_ERRORS.get(
        exc.errno or 0,
        (f"cannot read the file ({exc.strerror or exc})", "check that it exists and you may read it"),
    )
    return FileProblem(problem, hint)


def read_limited(path, limit: int, what: str = "text file") -> bytes:
    """Read at most ``limit + 1`` bytes of the regular file at ``path``.

    A caller that gets more than ``limit`` bytes back knows the file is too
    big, without having read it all. ``what`` names the expected file in hints.
    Raises :class:`FileProblem` for anything that is not a readable regular file.

    >>> import tempfile, pathlib
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     p = pathlib.Path(folder, "a.txt")
    ...     _ = p.write_bytes(b"0123456789")
    ...     read_limited(p, 4), read_limited(p, 100)
    (b'01234', b'0123456789')
    >>> read_limited("/dev/zero" if os.path.exists("/dev/zero") else ".", 10)
    Traceback (most recent call last):
    ...
    helpers.textfiles.FileProblem: this is a ...
    """
    try:
        _check_regular(os.stat(path).st_mode, what)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)  # O_NONBLOCK: a pipe swapped in after the check cannot block
    except ValueError:  # a NUL character in the path
        raise FileProblem("the path contains a NUL character", "type the path again") from None
    except OSError as exc:
        raise _os_problem(exc) from None
    try:
        _check_regular(os.fstat(fd).st_mode, what)
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(_CHUNK, left))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise _os_problem(exc) from None
    finally:
        os.close(fd)


_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (b"\xff\xfe\x00\x00", "UTF-32", "little-endian"),
    (b"\x00\x00\xfe\xff", "UTF-32", "big-endian"),
    (b"\xff\xfe", "UTF-16", "little-endian"),
    (b"\xfe\xff", "UTF-16", "big-endian"),
)


def wide_encoding(raw: bytes) -> str | None:
    """Name the encoding when ``raw`` looks like UTF-16 or UTF-32 text, else ``None``.

    A byte-order mark decides; without one, text that is mostly ASCII shows
    NUL bytes in fixed places (every second or every fourth byte); other
    text with many NUL bytes (a tenth or more) is decoded as each wide
    encoding and named if it reads as printable text. One stray NUL in a
    UTF-8 file is not taken for UTF-16.

    >>> wide_encoding("date 2025".encode("utf-16"))
    'UTF-16'
    >>> wide_encoding("date 2025".encode("utf-32-be"))
    'UTF-32'
    >>> wide_encoding(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00") is None
    True
    >>> wide_encoding(b"id,partner\\nacsa-us-\\x001998,United States\\n") is None
    True
    """
    for mark, name, _order in _BOMS:
        if raw.startswith(mark):
            return name
    head = raw[:512]
    for width, name in ((4, "UTF-32"), (2, "UTF-16")):
        units = [head[i : i + width] for i in range(0, len(head) - len(head) % width, width)]
        if len(units) < 4:
            continue
        for text_at in (0, width - 1):  # little-endian: text byte first; big-endian: last
            fits = sum(u[text_at] != 0 and u.count(0) == width - 1 for u in units)
            if fits >= 0.6 * len(units):
                return name
    if head.count(0) >= 0.1 * len(head):  # some ASCII among other scripts: decode and look
        for codec, name in (("utf-32-le", "UTF-32"), ("utf-32-be", "UTF-32"), ("utf-16-le", "UTF-16"),
                            ("utf-16-be", "UTF-16")):  # fmt: skip
            try:
                sample = raw[: 4096 - 4096 % 4].decode(codec)
            except UnicodeDecodeError:
                continue
            readable = sum(c.isprintable() or c.isspace() or unicodedata.category(c) == "Cf" for c in sample)
            if sample and "\x00" not in sample and readable >= 0.95 * len(sample):
                return name
    return None


# Characters that print as nothing: whitespace, control characters, format
# characters (category Cf: zero-width space and joiners, direction marks, soft
# hyphen, word joiner, BOM, tags) and fillers that fonts draw blank. One
# compiled class, so a scan stays in C (a test checks it against unicodedata).
_INVISIBLE_CLASS = (
    "\\s\x00-\x1f\x7f-\x9f\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u2800\u3164"
    "\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
)
#: Matches one character that prints as nothing (see :func:`is_invisible`).
INVISIBLE = re.compile(f"[{_INVISIBLE_CLASS}]")
#: Matches one character that prints as something.
VISIBLE = re.compile(f"[^{_INVISIBLE_CLASS}]")


def is_invisible(ch: str) -> bool:
    """Whether character ``ch`` prints as nothing: whitespace, a control, a format character, a filler.

    >>> [is_invisible(c) for c in (" ", "\\u200b", "\\u00ad", "\\u2060", "\\x00", "a", "·")]
    [True, True, True, True, True, False, False]
    """
    return INVISIBLE.fullmatch(ch) is not None


def describe_character(ch: str) -> str:
    """Name a character by code point and Unicode name, for error messages.

    >>> describe_character("\\u200b")
    'U+200B ZERO WIDTH SPACE'
    >>> describe_character("\\x00")
    'U+0000 NUL'
    """
    name = unicodedata.name(ch, "") or _CONTROL_NAMES.get(ch, "control character")
    return f"U+{ord(ch):04X} {name}"


_CONTROL_NAMES = {"\x00": "NUL", "\t": "TAB", "\n": "LINE FEED", "\r": "CARRIAGE RETURN"}
