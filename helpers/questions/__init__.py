"""Answer keys for the notebooks' exercises: one module per notebook (``nb01`` for notebook 01).

Each module registers its questions with :func:`helpers.exercises.register`
when imported; :func:`helpers.exercises.check` imports the right one on
demand. Answers are computed from the article and the datasets wherever
possible, so a key cannot drift from the data it is about.
"""

__all__: list[str] = []
