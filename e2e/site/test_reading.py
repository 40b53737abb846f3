"""Gate: pages as an officer reads them (issue 20, rules in docs/content-format.md, "Reading the site").

  * chart text is at least 11 px as rendered at 375 px (charts are not scaled down), on every page
    with charts, and each chart's data table is closed;
  * the search page has one search box and says how many results it found in words;
  * a merged province's counts agree: units in the facts = units taking part = units listed,
    and units assessed = rows of its unit ranking = its units in units.json;
  * a unit page shows, per year, whether the unit was inspected and commended, and the notes;
  * the 404 page is styled and its links work from disk and under `reportsite serve`;
  * a table wider than a phone shows that it scrolls.
"""
import json

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import note, served_new_site, set_viewport

CHART_PAGES = ["home", "ranking", "province", "report"]
MIN_CHART_TEXT_PX = 11

CHART_TEXT = """
const out = [];
for (const svg of document.querySelectorAll('svg.chart-svg'))
  for (const t of svg.querySelectorAll('text')) {
    if (getComputedStyle(t).display === 'none') continue;
    const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
    out.push([t.textContent, Math.round(px * 10) / 10]);
  }
return {texts: out, charts: document.querySelectorAll('svg.chart-svg').length,
        open: document.querySelectorAll('details.chart-data[open]').length,
        tables: document.querySelectorAll('details.chart-data table').length};
"""


@pytest.mark.parametrize("page", CHART_PAGES)
def test_chart_text_readable_on_a_phone(sample_site, browser, page):
    set_viewport(browser, 375)
    browser.get(sample_site.file_url(page))
    r = browser.execute_script(CHART_TEXT)
    small = [f"{t!r} {px} px" for t, px in r["texts"] if px < MIN_CHART_TEXT_PX]
    smallest = min((px for _, px in r["texts"]), default=None)
    note(f"charts  sample/{page} at 375px: {r['charts']} charts, {len(r['texts'])} texts, smallest {smallest} px; "
         f"{r['tables']} data tables, {r['open']} open")
    assert r["charts"] > 0 and r["texts"], f"no chart on {page}"
    assert not small, f"chart text under {MIN_CHART_TEXT_PX} px at 375 px on {page}: " + ", ".join(small[:10])
    assert r["tables"] == r["charts"], f"{r['charts']} charts but {r['tables']} data tables"
    assert r["open"] == 0, f"{r['open']} chart data tables are open by default"


def test_search_page_has_one_box_and_counts_in_words(sample_site, browser):
    set_viewport(browser, 1280)
    browser.get(sample_site.root.as_uri() + "/search/index.html?q=hue")
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "search-status").text)
    boxes = browser.execute_script("return document.querySelectorAll('input[type=search]').length")
    status = browser.find_element(By.ID, "search-status").text
    listed = browser.execute_script("return document.querySelectorAll('#search-results a').length")
    note(f"search  status for 'hue': {status!r}, {boxes} search box(es)")
    assert boxes == 1, f"the search page has {boxes} search boxes"
    assert status == f"Tìm thấy {listed} kết quả.", status


def merged_province():
    """The sample's province that has another merged into it and units of both (Bắc Ninh)."""
    return "bac-ninh", "Tỉnh Bắc Giang"


def test_merged_province_counts_agree(sample_site, browser):
    pid, merged_name = merged_province()
    set_viewport(browser, 1280)
    browser.get((sample_site.root / "provinces" / pid / "index.html").as_uri())
    got = browser.execute_script("""
      const facts = {}; const dts = document.querySelectorAll('dl.facts dt');
      for (const dt of dts) facts[dt.textContent.trim()] = dt.nextElementSibling.textContent.trim();
      const stats = {}; for (const s of document.querySelectorAll('.stat'))
        stats[s.querySelector('dt').textContent.trim()] = s.querySelector('.value').textContent.trim();
      const h = [...document.querySelectorAll('h2')].find(e => e.textContent.startsWith('Tất cả đơn vị'));
      let listed = 0; for (let e = h.nextElementSibling; e; e = e.nextElementSibling) listed += e.querySelectorAll('li a').length;
      const ranked = document.querySelectorAll('table.units tbody tr').length;
      const sub = [...document.querySelectorAll('h3')].map(e => e.textContent.trim());
      return {facts, stats, all: h.textContent.trim(), listed, ranked, sub};
    """)
    year = max(int(p.name) for p in (sample_site.root / "rankings").iterdir() if p.name.isdigit())
    units = json.loads((sample_site.root / "rankings" / str(year) / "units.json").read_text(encoding="utf-8"))
    assessed = sum(1 for u in units if u["province"] == pid)
    note(f"merged  {pid}: facts {got['facts'].get('Số đơn vị')!r}, stats {got['stats']}, listed {got['listed']}, ranked {got['ranked']}")
    assert got["facts"]["Số đơn vị"] == "16 (8 của tỉnh, thành phố; 8 của Tỉnh Bắc Giang)"
    assert got["stats"]["Đơn vị tham gia"] == "16"
    assert got["all"] == "Tất cả đơn vị (16)"
    assert got["listed"] == 16
    assert got["stats"]["Được đánh giá"] == str(assessed) == "14"
    assert got["ranked"] == assessed
    assert got["sub"] == [f"Đơn vị của {merged_name} (8)"]


RESULT_ROWS = """
const heads = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent.startsWith('Kết quả theo năm'));
const cols = [...heads.querySelectorAll('thead th')].map(th => th.textContent.trim());
const rows = [...heads.querySelectorAll('tbody tr')].map(tr => [...tr.children].map(c => c.textContent.trim()));
const notes = [...document.querySelectorAll('dl.notes dt')].map(dt => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]);
const h3 = document.querySelector('dl.notes') && document.querySelector('dl.notes').previousElementSibling.textContent.trim();
return {cols, rows, notes, h3};
"""


@pytest.mark.parametrize("unit,flags,notes", [
    # year: (safe, inspected, commended) as in Content/assessments
    ("thpt-chuyen-bac-ninh", {"2025": ("Có", "Không", "Không"), "2024": ("Có", "Có", "Không"), "2023": ("Không", "Không", "Không")},
     [["2024", "Được Công an tỉnh biểu dương"]]),
    ("so-tai-chinh-hue", {"2024": ("Có", "Có", "Có")}, None),
])
def test_unit_page_shows_flags_and_notes(sample_site, browser, unit, flags, notes):
    set_viewport(browser, 1280)
    browser.get((sample_site.root / "units" / unit / "index.html").as_uri())
    r = browser.execute_script(RESULT_ROWS)
    cols = r["cols"]
    assert cols[-2:] == ["Được kiểm tra", "Được khen thưởng"], cols
    safe = cols.index("An toàn về ANTT")
    by_year = {row[0]: (row[safe], row[-2], row[-1]) for row in r["rows"]}
    note(f"unit    {unit}: {by_year}, notes {r['notes']}")
    for year, want in flags.items():
        assert by_year.get(year) == want, f"{unit} {year}: {by_year.get(year)} != {want}"
    if notes is not None:
        assert r["notes"] == notes
        assert r["h3"] == "Ghi chú theo năm"


def test_404_styled_from_disk(sample_site, browser):
    set_viewport(browser, 1280)
    browser.get((sample_site.root / "404.html").as_uri())
    check_404(browser, sample_site.root.as_uri() + "/")


def check_404(drv, root):
    got = drv.execute_script("""
      return {bg: getComputedStyle(document.querySelector('.site-header')).backgroundColor,
              sheets: [...document.styleSheets].map(s => s.href),
              home: document.querySelector('.site-title a').href,
              nav: [...document.querySelectorAll('.site-nav a')].map(a => a.href),
              h1: document.querySelector('h1').textContent.trim()};
    """)
    assert got["h1"] == "Không tìm thấy trang"
    assert got["bg"] == "rgb(139, 26, 26)", f"the 404 page is not styled: header background {got['bg']}, sheets {got['sheets']}"
    assert got["sheets"] == [root + "assets/style.css"], got["sheets"]
    assert got["home"] == root + "index.html", got["home"]
    assert got["nav"][:2] == [root + "index.html", root + "rankings/index.html"], got["nav"]


def test_404_styled_under_serve(browser):
    with served_new_site("reportsite-404-") as (_, root):
        set_viewport(browser, 1280)
        for missing in ("khong-co.html", "units/khong-co/index.html", "a/b/c/"):
            browser.get(root + missing)
            check_404(browser, root)
        note(f"404     styled and linked from the site root under serve at 3 depths ({root})")


def test_a_table_that_scrolls_sideways_shows_it(sample_site, browser):
    """At 375 px the unit page's results table is wider than the screen: its box scrolls and draws
    a shadow on the hidden side (covers that scroll with the table, shadows that stay)."""
    set_viewport(browser, 375)
    browser.get(sample_site.file_url("unit"))
    r = browser.execute_script("""
      const w = document.querySelector('.table-wrap'); const s = getComputedStyle(w);
      return {scroll: w.scrollWidth, client: w.clientWidth, image: s.backgroundImage, attach: s.backgroundAttachment};
    """)
    note(f"scroll  sample/unit results at 375px: {r['scroll']} > {r['client']} px, background-attachment {r['attach']}")
    assert r["scroll"] > r["client"], "the table fits: pick a wider one for this test"
    assert r["image"].count("radial-gradient") == 2 and r["image"].count("linear-gradient") == 2, r["image"]
    assert r["attach"] == "local, local, scroll, scroll", r["attach"]
