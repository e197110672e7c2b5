"""Bytes of an article file to text: UTF-8 only, with an error that says what the file is instead.

>>> byte_position(b"ab\\ncd", 4)
(2, 2)
"""

from __future__ import annotations

from ..errors import position
from ..textfiles import wide_encoding

__all__ = ["byte_position", "decode_article"]


def decode_article(raw: bytes, fail) -> str:
    """UTF-8 text of ``raw``, or the error ``fail(problem, hint, line, column)`` makes, naming UTF-16/32, a binary file or the first bad byte.

    >>> decode_article("Kia ora".encode(), None)
    'Kia ora'
    >>> decode_article(b"ok\\n\\xff", lambda problem, hint, line=1, column=1: ValueError(problem, line, column))
    Traceback (most recent call last):
    ...
    ValueError: ('not UTF-8: byte 0xFF at byte offset 3 cannot be decoded', 2, 1)
    """
    wide = wide_encoding(raw)
    if wide is not None:
        raise fail(
            f"this file is {wide} text, not UTF-8",
            f"save it as UTF-8 (in most editors: Save As, Encoding: UTF-8), or convert it: "
            f"iconv -f {wide} -t UTF-8 old.txt > new.txt",
        )
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, column = byte_position(raw, nul)
        raise fail(
            f"this looks like a binary file, not text (NUL byte at byte offset {nul})",
            "give a plain-text UTF-8 file in the seed format",
            line,
            column,
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = byte_position(raw, exc.start)
        raise fail(
            f"not UTF-8: byte 0x{raw[exc.start]:02X} at byte offset {exc.start} cannot be decoded",
            "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            line,
            column,
        ) from None


def byte_position(raw: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of byte ``offset``, counting every line end.

    >>> byte_position("ā\\nbc".encode(), 4)
    (2, 2)
    """
    head = raw[:offset].decode("utf-8", errors="replace")
    return position(head + "x", len(head))
