"""The course's reading website: manifest, staging, alt texts and the Sphinx extension.

Import it with the site/ folder on sys.path (site/conf.py and site/build_site.py do).
"""

__all__: list[str] = []
