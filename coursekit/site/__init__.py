"""The course's reading website: manifest, staging, alt texts and the Sphinx extension.

Its Sphinx configuration, templates and static files stay in site/ (site/conf.py puts the
checkout on sys.path for this package).
"""

__all__: list[str] = []
