"""JupyterHub configuration for a class on one machine (``make hub CLASS=roster.csv``).

Read by ``jupyterhub -f hub/jupyterhub_config.py``; ``coursekit/hub/serve.py`` starts it
and sets the ``COURSE_HUB_*`` variables. Every setting, its default and its
variable are in one table, ``coursekit/hub/settings.py``; the configuration is
:func:`coursekit.hub.config.apply_config` of those settings (the same settings
render hub/k8s/values.yaml). Change a setting there, not here.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the course checkout: coursekit

from coursekit.hub.config import apply_config
from coursekit.hub.settings import load_settings

apply_config(get_config(), load_settings())  # noqa: F821  (get_config: provided by JupyterHub)
