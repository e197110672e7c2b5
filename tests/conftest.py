"""Shared set-up of the tests.

The tests' shared modules (``golden``, ``labprocess``) and the tools they test
(``coursekit/build/notebooks.py``) are importable through pytest's ``pythonpath``
option in pyproject.toml, whatever folder pytest starts in; ``helpers`` is the
installed package (editable in .venv).
"""
