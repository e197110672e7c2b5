"""The hub package's doctests run, and every public function and class in it has one."""

from __future__ import annotations

import doctest
import importlib
import inspect
import pkgutil

import pytest

import coursekit.hub as hub

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(hub.__path__, "coursekit.hub.") if not m.name.endswith("jupyterhub_config")
)
#: Modules whose doctests need the hub's extra (make test-hub installs it; make test does not).
NEEDS = {"coursekit.hub.harness": "bcrypt", "coursekit.hub.passwords": "bcrypt", "coursekit.hub.login": "firstuseauthenticator",
         "coursekit.hub.classview.app": "jupyterhub"}


def _module(name):
    if name in NEEDS:
        pytest.importorskip(NEEDS[name])
    return importlib.import_module(name)


@pytest.mark.parametrize("name", MODULES)
def test_doctests_pass(name):
    module = _module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} doctest(s) failed"


@pytest.mark.parametrize("name", MODULES)
def test_every_public_function_and_class_has_a_doctest(name):
    module = _module(name)
    assert hasattr(module, "__all__"), f"{name} has no explicit __all__"
    missing = [
        attr for attr in module.__all__
        if (inspect.isfunction(obj := getattr(module, attr)) or inspect.isclass(obj))
        and obj.__module__ == name and attr != "main" and ">>>" not in (inspect.getdoc(obj) or "")
    ]
    assert not missing, f"{name}: no doctest on {missing}"
