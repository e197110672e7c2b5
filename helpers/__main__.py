"""``python -m helpers``: runs the command line of :mod:`helpers.cli`."""

from .cli import build_parser, main

__all__ = ["build_parser", "main"]

if __name__ == "__main__":
    raise SystemExit(main())
