"""Gate: layout at 1280 and 375 px.

For each key page: a full-page screenshot at both widths into
artifacts/screenshots/<site>/<page>-<width>.png, and at 375 px
  * the page does not scroll sideways (document.documentElement.scrollWidth <= innerWidth);
  * every table sits in a .table-wrap box that fits the screen and scrolls on its own
    (overflow-x auto/scroll) when the table is wider than the box;
and at both widths no text of an SVG chart lies outside the chart's box (cut off).
"""
import base64

import pytest

from conftest import ARTIFACTS, SITE_PAGES, note, set_viewport

WIDTHS = (1280, 375)

PROBE = """
const W = window.innerWidth, out = {inner: W, scroll: document.documentElement.scrollWidth,
  height: document.documentElement.scrollHeight, tables: 0, problems: [], culprits: [], charts: []};
function path(e) { const p = []; for (; e && e !== document.body; e = e.parentElement)
  p.unshift(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.classList.length ? '.' + [...e.classList].join('.') : ''));
  return p.slice(-4).join(' > '); }
function clipped(e) { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
  const o = getComputedStyle(a).overflowX; if (o !== 'visible') return true; } return false; }
for (const t of document.querySelectorAll('main table, body table')) {
  out.tables++;
  const wrap = t.closest('.table-wrap');
  if (!wrap) { out.problems.push('table not inside .table-wrap: ' + path(t)); continue; }
  const r = wrap.getBoundingClientRect();
  if (r.right > W + 0.5 || r.left < -0.5) out.problems.push('.table-wrap wider than the screen (' + Math.round(r.left) + '..' + Math.round(r.right) + '): ' + path(wrap));
  const ov = getComputedStyle(wrap).overflowX;
  if (wrap.scrollWidth > wrap.clientWidth + 1 && !(ov === 'auto' || ov === 'scroll'))
    out.problems.push('wide table does not scroll in its box (overflow-x: ' + ov + '): ' + path(wrap));
}
// Chart labels must lie inside their SVG's box (charts have no viewBox and are not scaled), or they
// are cut off.
for (const svg of document.querySelectorAll('svg.chart-svg')) {
  const s = svg.getBoundingClientRect();
  for (const t of svg.querySelectorAll('text')) {
    if (getComputedStyle(t).display === 'none') continue;
    const b = t.getBoundingClientRect();
    if (b.width && (b.left < s.left - 1 || b.top < s.top - 1 || b.right > s.right + 1 || b.bottom > s.bottom + 1))
      out.charts.push('chart text "' + t.textContent + '" cut off: box ' + [b.left - s.left, b.top - s.top, b.right - s.left, b.bottom - s.top].map(Math.round).join(',')
        + ' outside the chart 0,0,' + Math.round(s.width) + ',' + Math.round(s.height) + ' in ' + path(svg));
  }
}
if (out.scroll > W) {  // name what sticks out, to make a failure actionable
  for (const e of document.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    // an absolutely positioned box escapes a scroll box that is not its containing block
    const pos = getComputedStyle(e).position;
    if (r.right > W + 0.5 && r.width > 0 && (!clipped(e) || pos === 'absolute' || pos === 'fixed'))
      out.culprits.push(path(e) + ' (right ' + Math.round(r.right) + ', position ' + pos + ')');
    if (out.culprits.length >= 8) break;
  }
}
return out;
"""


def full_page_png(drv, path, width):
    h = drv.execute_script("return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)")
    shot = drv.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": h, "scale": 1}})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(base64.b64decode(shot["data"]))
    return h


@pytest.mark.parametrize("site_name,page", SITE_PAGES, ids=[f"{s}-{p}" for s, p in SITE_PAGES])
def test_layout_and_screenshots(sites, browser, site_name, page):
    site = sites(site_name)
    problems, info = [], []
    for width in WIDTHS:
        set_viewport(browser, width)
        browser.get(site.file_url(page))
        r = browser.execute_script(PROBE)
        shot = ARTIFACTS / "screenshots" / site_name / f"{page}-{width}.png"
        h = full_page_png(browser, shot, width)
        info.append(f"{width}px: scrollWidth {r['scroll']}/{r['inner']}, {r['tables']} tables, {h} px tall")
        if width == 375:
            if r["scroll"] > r["inner"]:
                problems.append(f"375px: page scrolls sideways: scrollWidth {r['scroll']} > innerWidth {r['inner']}"
                                + "".join(f"\n    sticks out: {c}" for c in r["culprits"]))
            problems += [f"375px: {p}" for p in r["problems"]]
        else:
            problems += [f"{width}px: {p}" for p in r["problems"] if "not inside" in p]
        problems += [f"{width}px: {c}" for c in r["charts"]]  # laid out anew at each width
    note(f"layout  {site_name}/{page}: " + "; ".join(info) + (" FAIL" if problems else ""))
    if problems:
        pytest.fail(f"{site_name}/{page} ({site.pages[page]}):\n" + "\n".join(problems), pytrace=False)
