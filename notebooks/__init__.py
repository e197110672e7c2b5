"""The course's notebooks folder, shipped inside the package as ``helpers.notebooks``.

Only ``course.toml`` (the course manifest, read by ``helpers.course``) goes
into the wheel; pyproject.toml maps this folder to the subpackage
``helpers.notebooks``, so the manifest is found in an editable install and
in an installed wheel alike. No code lives here.
"""
