"""Shared fixtures for the site gates (see docs/testing.md).

Two sites are built once per run, into a temporary folder:

  sample     Content/ of the repository (the real sample site)
  generated  bench/gen_site.py --units 1000 --years 3 (a large synthetic site)

with the binary in REPORTSITE_BIN (default .build/debug/reportsite; `make test-site`
builds it first). Browser tests share one headless Chromium driven by Selenium with
Debian's chromium and chromedriver. Artifacts go to ARTIFACTS (default artifacts/).
"""
import contextlib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BIN = Path(os.environ.get("REPORTSITE_BIN", REPO / ".build" / "debug" / "reportsite"))
ARTIFACTS = Path(os.environ.get("ARTIFACTS", REPO / "artifacts"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")

SITES = ["sample", "generated"]
# The pages the browser gates look at. The generated site has no search or 404 check.
PAGES = {
    "sample": ["home", "ranking", "province", "unit", "directive", "report", "search", "404"],
    "generated": ["home", "ranking", "province", "unit", "directive", "report"],
}
SITE_PAGES = [(s, p) for s in SITES for p in PAGES[s]]


def chrome_flags():
    return ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--hide-scrollbars", "--lang=vi", "--font-render-hinting=none"]


# ---------------------------------------------------------------- summary lines

_SUMMARY = []


def note(line):
    """A line for the summary printed at the end of the run (and kept in artifacts/)."""
    _SUMMARY.append(line)


def pytest_terminal_summary(terminalreporter):
    if not _SUMMARY:
        return
    terminalreporter.section("site gates")
    for line in _SUMMARY:
        terminalreporter.write_line(line)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "site-gates-summary.txt").write_text("\n".join(_SUMMARY) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- the two sites

@dataclass
class Site:
    name: str
    root: Path                      # the output folder
    pages: dict = field(default_factory=dict)   # page key -> path relative to root

    def path(self, page):
        rel = self.pages[page]
        p = self.root / rel
        assert p.is_file(), f"{self.name}: page {page!r} ({rel}) was not built"
        return p

    def file_url(self, page):
        return self.path(page).as_uri()

    def html_files(self):
        return sorted(self.root.rglob("*.html"))


def _run(cmd, **kw):
    t = time.monotonic()
    r = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kw)
    if r.returncode != 0:
        raise RuntimeError(f"command failed ({r.returncode}): {' '.join(map(str, cmd))}\n"
                           f"{r.stdout[-4000:]}\n{r.stderr[-4000:]}")
    return r, time.monotonic() - t


def _latest_year(root):
    years = [int(p.name) for p in (root / "rankings").iterdir() if p.is_dir() and p.name.isdigit()]
    assert years, f"no rankings/YEAR in {root}"
    return max(years)


def _pick_pages(name, root):
    """Choose representative pages from the data the build wrote (robust to content edits)."""
    year = _latest_year(root)
    provinces = json.loads((root / "rankings" / str(year) / "provinces.json").read_text(encoding="utf-8"))
    units = json.loads((root / "rankings" / str(year) / "units.json").read_text(encoding="utf-8"))
    ranked = [p for p in provinces if p.get("rank") is not None]
    # The first-ranked province has units, tables and charts; the first unit in units.json
    # is ranked first nationally and has results for the year.
    province = ranked[0]["id"] if ranked else provinces[0]["id"]
    unit = units[0]["id"]
    directives = sorted(p.name for p in (root / "directives").iterdir() if p.is_dir())
    reports = sorted(p.name for p in (root / "reports").iterdir() if p.is_dir())
    pages = {
        "home": "index.html",
        "ranking": f"rankings/{year}/index.html",
        "province": f"provinces/{province}/index.html",
        "unit": f"units/{unit}/index.html",
        "directive": f"directives/{directives[0]}/index.html",
        # The annual report: the sample's is bao-cao-tong-ket-2025 (also printed to PDF).
        "report": f"reports/{'bao-cao-tong-ket-2025' if 'bao-cao-tong-ket-2025' in reports else reports[-1]}/index.html",
        "search": "search/index.html",
        "404": "404.html",
    }
    return {k: v for k, v in pages.items() if k in PAGES[name]}


@pytest.fixture(scope="session")
def workdir():
    keep = os.environ.get("SITE_TEST_WORKDIR")
    if keep:
        d = Path(keep)
        d.mkdir(parents=True, exist_ok=True)
        yield d
        return
    d = Path(tempfile.mkdtemp(prefix="reportsite-site-tests-"))
    yield d
    shutil.rmtree(d, ignore_errors=True)


_BUILT = {}


def build_site(name, workdir):
    if name in _BUILT:
        return _BUILT[name]
    assert BIN.is_file(), f"{BIN} is missing: run `swift build --product reportsite` (make test-site does)"
    out = workdir / name / "Output"
    if name == "sample":
        _, secs = _run([BIN, "build", "--content", REPO / "Content", "--templates", REPO / "Templates",
                        "--output", out], cwd=REPO)
    else:
        gen = workdir / name
        _, gsecs = _run([sys.executable, HERE.parent.parent / "bench" / "gen_site.py", "--units", "1000", "--years", "3",
                         "--out", gen])
        _, secs = _run([BIN, "build", "--content", gen / "Content", "--templates", REPO / "Templates",
                        "--output", out], cwd=REPO)
    site = Site(name, out, _pick_pages(name, out))
    note(f"build   {name}: {len(site.html_files())} HTML pages in {secs:.1f} s -> {out}")
    _BUILT[name] = site
    return site


@pytest.fixture(scope="session")
def sample_site(workdir):
    return build_site("sample", workdir)


@pytest.fixture(scope="session")
def generated_site(workdir):
    return build_site("generated", workdir)


@pytest.fixture(scope="session")
def sites(workdir):
    """Lazy access by name, so a test parametrised over sites builds only what it needs."""
    return lambda name: build_site(name, workdir)


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="session")
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    assert Path(CHROMIUM).exists(), f"{CHROMIUM} missing (apt-get install chromium)"
    assert Path(CHROMEDRIVER).exists(), f"{CHROMEDRIVER} missing (apt-get install chromium-driver)"
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for a in chrome_flags():
        opts.add_argument(a)
    # Service with an explicit path: Selenium Manager never tries to download a driver.
    drv = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(60)
    drv.set_script_timeout(60)
    yield drv
    drv.quit()


def set_viewport(drv, width, height=900):
    drv.set_window_size(width, height)
    inner = drv.execute_script("return window.innerWidth")
    if inner != width:  # window decorations: correct once by the difference
        drv.set_window_size(width + (width - inner), height)
        inner = drv.execute_script("return window.innerWidth")
    assert inner == width, f"could not get a {width} px wide viewport (got {inner})"


# ---------------------------------------------------------------- HTTP server

def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def http_sample(sample_site):
    """`python3 -m http.server` on a free port of 127.0.0.1 serving the sample output; stopped after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                             "--directory", str(sample_site.root)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "index.html", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("http.server exited early")
                time.sleep(0.1)
        else:
            raise RuntimeError("http.server did not answer")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@contextlib.contextmanager
def served_new_site(prefix):
    """`reportsite init` into a temporary folder and `reportsite serve --port 0` there; yields (site folder,
    "http://127.0.0.1:PORT/"). Ends serve with Ctrl-C (SIGINT), which must exit 0, and removes the folder."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    site = tmp / "site"
    subprocess.run([str(BIN), "init", str(site)], check=True, capture_output=True)
    proc = subprocess.Popen([str(BIN), "serve", "--port", "0"], cwd=site, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        port = None
        for _ in range(200):
            m = re.search(r"http://127\.0\.0\.1:(\d+)/", proc.stdout.readline())
            if m:
                port = int(m.group(1))
                break
        assert port, "serve did not print its address"
        yield site, f"http://127.0.0.1:{port}/"
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        shutil.rmtree(tmp, ignore_errors=True)
