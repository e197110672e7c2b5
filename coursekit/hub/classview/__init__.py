"""The class view: a live page in the hub for the teachers (who is working, solved, tried, stuck).

:mod:`.model` works out what to show, :mod:`.render` writes it as HTML,
:mod:`.app` is the service the hub runs, and :mod:`.config` registers it in
``hub/jupyterhub_config.py``. See docs/classroom.md, "During the lesson".
"""

__all__: list[str] = []
