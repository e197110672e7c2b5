"""A course notebook as a learner's workspace holds it: without outputs, and whether the learner changed it."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

__all__ = ["clean_notebook", "course_copy", "same_as_course", "sha256_of"]


def sha256_of(path: Path) -> str:
    """The SHA-256 of a file's bytes, in hex.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a"; _ = f.write_bytes(b"")
    >>> sha256_of(f)[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(path.read_bytes()).hexdigest()


def clean_notebook(data: bytes) -> bytes:
    """A notebook's bytes without outputs and run counts (as nbformat writes it); other bytes unchanged.

    >>> raw = b'{"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [{"text": "x"}], "source": "1"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}'
    >>> json.loads(clean_notebook(raw))["cells"][0]["outputs"]
    []
    >>> clean_notebook(b"not a notebook")
    b'not a notebook'
    """
    try:
        notebook = json.loads(data.decode("utf-8"))
        for cell in notebook["cells"]:
            if cell.get("cell_type") == "code":
                cell["outputs"], cell["execution_count"] = [], None
    except (ValueError, KeyError, TypeError, AttributeError):
        return data
    return (json.dumps(notebook, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")


def course_copy(source: Path) -> bytes:
    """What the workspace receives of a course file: a notebook without outputs, anything else as it is.

    >>> import tempfile; f = Path(tempfile.mkdtemp()) / "a.md"; _ = f.write_bytes(b"# A")
    >>> course_copy(f)
    b'# A'
    """
    data = source.read_bytes()
    return clean_notebook(data) if source.suffix == ".ipynb" else data


def same_as_course(target: Path, source: Path) -> bool:
    """True when the learner's ``target`` is still the course's ``source`` (as copied, or as it was before cleaning).

    >>> import tempfile; d = Path(tempfile.mkdtemp()); _ = (d / "a").write_bytes(b"x"); _ = (d / "b").write_bytes(b"x")
    >>> same_as_course(d / "a", d / "b")
    True
    """
    mine = sha256_of(target)
    return mine == sha256_of(source) or mine == hashlib.sha256(course_copy(source)).hexdigest()
