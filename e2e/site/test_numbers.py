"""Gate: the numbers a reader sees agree with the data the build published.

For every unit page: the total shown for each year equals `total` in
rankings/YEAR/units.json, written the Vietnamese way (87,5 · 92 · 87,25); and in the
per-criterion table no score is above the criterion's maximum.
"""
import json
from html.parser import HTMLParser

import pytest

from conftest import SITES, note


class Tables(HTMLParser):
    """Every <table>: its class and rows, each row a list of (tag, text) cells."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append({"class": dict(attrs).get("class", ""), "rows": []})
        elif tag == "tr" and self.tables:
            self.tables[-1]["rows"].append([])
        elif tag in ("td", "th") and self.tables and self.tables[-1]["rows"]:
            self._cell = [tag, ""]

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1]["rows"][-1].append((self._cell[0], " ".join(self._cell[1].split())))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell[1] += data


def vi_score(x):
    """Format.score: no decimals when whole, else one or two, decimal comma."""
    h = round(x * 100)
    if h % 100 == 0:
        return str(h // 100)
    if h % 10 == 0:
        return f"{h / 100:.1f}".replace(".", ",")
    return f"{h / 100:.2f}".replace(".", ",")


def vi_parse(s):
    return float(s.replace("\u00a0", "").replace(".", "").replace(",", "."))


@pytest.mark.parametrize("site_name", SITES)
def test_unit_scores_match_the_data(sites, site_name):
    site = sites(site_name)
    expected = {}  # unit -> {year: "formatted total"}
    for ydir in sorted(p for p in (site.root / "rankings").iterdir() if p.name.isdigit()):
        for u in json.loads((ydir / "units.json").read_text(encoding="utf-8")):
            expected.setdefault(u["id"], {})[ydir.name] = vi_score(u["total"])
    wrong_total, over_max, checked = [], [], 0
    for uid, years in sorted(expected.items()):
        page = site.root / "units" / uid / "index.html"
        p = Tables()
        p.feed(page.read_text(encoding="utf-8"))
        shown = {}
        for t in p.tables:
            for row in t["rows"]:
                if len(row) > 1 and row[0][0] == "th" and row[0][1] in years and row[1][0] == "td":
                    shown.setdefault(row[0][1], row[1][1])
            if "scores" in t["class"].split():
                for row in t["rows"][1:]:
                    if len(row) >= 3:
                        mx = vi_parse(row[1][1])
                        for _, v in row[2:]:
                            if v not in ("", "–", "-") and vi_parse(v) > mx:
                                over_max.append(f"units/{uid}: {row[0][1]!r}: {v} > maximum {row[1][1]}")
        for y, want in years.items():
            checked += 1
            if shown.get(y) != want:
                wrong_total.append(f"units/{uid} {y}: shows {shown.get(y)!r}, units.json total is {want!r}")
    note(f"numbers {site_name}: {checked} unit totals compared with units.json: {len(wrong_total)} differ, "
         f"{len(over_max)} criterion scores above their maximum")
    if wrong_total or over_max:
        pytest.fail(f"{site_name}: {len(wrong_total)} of {checked} totals differ from units.json, "
                    f"{len(over_max)} criterion scores above their maximum, e.g.:\n  "
                    + "\n  ".join(wrong_total[:10] + over_max[:10]), pytrace=False)
