"""Every public function and class carries a doctest, and importing helpers changes nothing global."""

import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest

import helpers

# Every module, subpackages included (walk_packages recurses only with the "helpers." prefix).
MODULES = ["helpers", *(m.name for m in pkgutil.walk_packages(helpers.__path__, "helpers."))]


def public_objects():
    for name in MODULES:
        module = importlib.import_module(name)
        assert hasattr(module, "__all__"), f"{name} has no explicit __all__"
        for attr in module.__all__:
            obj = getattr(module, attr)
            if (inspect.isfunction(obj) or inspect.isclass(obj)) and obj.__module__ == name:
                yield f"{name}.{attr}", obj


@pytest.mark.parametrize(
    ("name", "obj"), list(public_objects()), ids=lambda x: x if isinstance(x, str) else ""
)
def test_every_public_function_and_class_has_a_doctest(name, obj):
    assert ">>>" in (inspect.getdoc(obj) or ""), f"{name} has no doctest example"


def test_importing_helpers_changes_no_global_state():
    # dict.items() reads rcParams without RcParams.__getitem__, which in recent
    # matplotlib imports pyplot when the backend is read.
    code = (
        "import matplotlib, pandas as pd, warnings, sys;"
        "rc = dict(dict.items(matplotlib.rcParams)); opts = pd.get_option('display.max_rows');"
        "filters = list(warnings.filters);"
        "import helpers;"
        "assert dict(dict.items(matplotlib.rcParams)) == rc, 'rcParams changed';"
        "assert pd.get_option('display.max_rows') == opts, 'pandas options changed';"
        "assert list(warnings.filters) == filters, 'warning filters changed';"
        "assert 'matplotlib.pyplot' not in sys.modules, 'pyplot imported at import time'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-500:]
