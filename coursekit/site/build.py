#!/usr/bin/env python3
"""Build the course's reading website, offline, from the stored notebooks.

    make site              # student edition  -> build/site/
    make site-instructor   # instructor edition (solutions, teacher guide) -> build/site-instructor/
    make site LANG=ja      # the Japanese student edition (notebooks/ja/) -> build/site-ja/ (also make site-ja)
    python -m coursekit site --edition student [--lang ja] --out DIR [--hub-url URL]

Each edition is laid out in its own work folder (build/.site-work/EDITION:
sources, doctrees, images) and built there with Sphinx, warnings as errors,
then copied to its output folder, so the two can never mix. The output
folder is self-contained: copy it to any static web host, or open its
index.html. Exit status: 0 built, 1 the build failed (the message says why).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import time
from pathlib import Path

from coursekit.paths import REPO, SITE_DIR
from coursekit.site.alt import chart_alts
from coursekit.site.stage import stage
from helpers.course import EDITIONS, Edition, ManifestError

DEFAULT_OUT = {"student": "build/site", "instructor": "build/site-instructor"}


def default_out(edition: str, lang: str = "en") -> str:
    """Where ``make site`` puts an edition: build/site, build/site-ja, build/site-instructor-ja ...

    >>> default_out("student"), default_out("student", "ja"), default_out("instructor", "ja")
    ('build/site', 'build/site-ja', 'build/site-instructor-ja')
    """
    return DEFAULT_OUT[edition] + ("" if lang == "en" else f"-{lang}")


def build(edition: Edition, out: Path, hub_url: str = "", quiet: bool = True, lang: str = "en") -> int:
    """Lay out and build ``edition`` in ``lang`` into ``out``; return the number of HTML pages."""
    from sphinx.cmd.build import build_main

    work = REPO / "build" / ".site-work" / (edition if lang == "en" else f"{edition}-{lang}")
    staged = stage(REPO, edition, work / "src", hub_url, lang)
    args = ["-b", "html", "-E", "-W", "--keep-going", "-c", str(SITE_DIR), "-d", str(work / "doctrees")]
    args += ["-D", f"language={lang}"]
    args += ["-q"] if quiet else []
    status = build_main([*args, str(staged.folder), str(work / "html")])
    if status:
        raise SystemExit(f"site: Sphinx could not build the {edition} edition (messages above)")
    if out.exists():
        shutil.rmtree(out)
    # The theme's *-macros.html are templates it copies into _static, and genindex.html
    # is an empty index (html_use_index is off): no page links to them.
    ignore = shutil.ignore_patterns(".buildinfo", ".doctrees", "*webpack-macros.html", "genindex.html")
    shutil.copytree(work / "html", out, ignore=ignore)
    _report_alts(staged.folder)
    return sum(1 for _ in out.rglob("*.html"))


def _report_alts(folder: Path) -> None:
    """Say where each chart's alt text came from, so authors can see which charts lack a describe_* twin."""
    origins: dict[str, list[str]] = {}
    for path in sorted((folder / "notebooks").glob("*.ipynb")):
        for item in chart_alts(json.loads(path.read_text(encoding="utf-8")), path.name).values():
            origins.setdefault(item.origin, []).append(f"{path.stem} cell {item.cell + 1}")
    counts = ", ".join(f"{len(where)} from {origin}" for origin, where in sorted(origins.items()))
    print(f"site: chart alt texts: {counts}")
    if origins.get("reading"):
        print(
            "site: charts without a printed describe_* text (alt is the sentence next to them): "
            + "; ".join(origins["reading"])
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edition", choices=tuple(EDITIONS), default="student")
    parser.add_argument(
        "--out", type=Path, help="output folder (default build/site or build/site-instructor)"
    )
    parser.add_argument(
        "--hub-url", default=os.environ.get("COURSE_HUB_URL", ""), help="the class hub's address, if any"
    )
    parser.add_argument(
        "--lang", choices=("en", "ja"), default="en", help="the edition's language (ja: notebooks/ja/)"
    )
    parser.add_argument("--verbose", action="store_true", help="show Sphinx's progress")
    args = parser.parse_args(argv)
    out = (args.out or REPO / default_out(args.edition, args.lang)).resolve()
    start = time.perf_counter()
    try:
        pages = build(args.edition, out, args.hub_url, quiet=not args.verbose, lang=args.lang)
    except ManifestError as exc:
        print(f"site: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    shown = out.relative_to(REPO) if out.is_relative_to(REPO) else out
    print(
        f"site: {args.edition} edition ({args.lang}), {pages} pages in {seconds:.1f} s -> {shown}/index.html"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
