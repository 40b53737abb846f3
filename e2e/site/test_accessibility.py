"""Gate: axe-core finds no violation of impact serious or critical on the key pages.

axe runs in headless Chromium through axe-selenium-python. Its bundled axe-core is 3.1.1
(2018); when the newer axe.min.js shipped by the axe-playwright-python wheel is installed
(make test-site installs it, without its Playwright dependency) that one is injected instead.
Each page is checked at 1280 and 375 px; full results go to artifacts/axe/<site>/<page>-<width>.json.
"""
import json
import os

import pytest

from conftest import ARTIFACTS, SITE_PAGES, note, set_viewport

FAILING = {"serious", "critical"}


def axe_script():
    try:
        import axe_playwright_python
        p = os.path.join(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
        if os.path.exists(p):
            return p
    except ImportError:
        pass
    return None


WIDTHS = (1280, 375)  # some rules depend on layout (scrollable regions, target size)


@pytest.mark.parametrize("site_name,page", SITE_PAGES, ids=[f"{s}-{p}" for s, p in SITE_PAGES])
def test_no_serious_axe_violations(sites, browser, site_name, page):
    from axe_selenium_python import Axe

    site = sites(site_name)
    script = axe_script()
    failures, summary = [], []
    for width in WIDTHS:
        set_viewport(browser, width)
        browser.get(site.file_url(page))
        axe = Axe(browser, script_url=script) if script else Axe(browser)
        axe.inject()
        results = axe.run(options='{"resultTypes": ["violations"]}')
        out = ARTIFACTS / "axe" / site_name / f"{page}-{width}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
        violations = results["violations"]
        bad = [v for v in violations if v.get("impact") in FAILING]
        minor = [f"{v['id']}({v.get('impact')})" for v in violations if v.get("impact") not in FAILING]
        summary.append(f"{width}px {len(bad)}" + (f" (other: {', '.join(minor)})" if minor else ""))
        for v in bad:
            failures.append(f"{width}px {v['impact']}: {v['id']}: {v['help']} ({len(v['nodes'])} elements) {v['helpUrl']}")
            for n in v["nodes"][:5]:
                failures.append(f"    {' '.join(map(str, n['target']))}: {n.get('failureSummary', '').splitlines()[-1:]}")
    engine = results.get("testEngine", {}).get("version", "?")
    note(f"axe     {site_name}/{page}: serious/critical at {'; '.join(summary)} [axe-core {engine}]")
    if failures:
        pytest.fail(f"{site_name}/{page} ({site.pages[page]}):\n" + "\n".join(failures), pytrace=False)
