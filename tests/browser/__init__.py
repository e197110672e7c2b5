"""The browser tests (make test-browser): a package, so its conftest.py does not clash with tests/conftest.py."""
