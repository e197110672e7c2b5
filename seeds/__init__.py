"""The course's article files, shipped inside the package as ``helpers.seeds``.

This folder stays at the top of the course, where a teacher adds an article
(see README.md); pyproject.toml maps it to the subpackage ``helpers.seeds``,
so ``helpers.resources.seed_paths()`` finds the articles in an editable
install and in an installed wheel alike. No code lives here.
"""
