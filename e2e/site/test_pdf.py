"""Gate: the sample annual report prints to a clean A4 PDF.

Prints reports/bao-cao-tong-ket-2025/index.html of the sample site with headless Chromium
(e2e/site/print_pdf.sh, the same script `make pdf` uses) into
artifacts/bao-cao-tong-ket-2025.pdf, renders its pages to artifacts/pdf/page-N.png
(pdftoppm -r 50) and checks with pdfinfo and pdftotext.
"""
import json
import re
import shutil
import subprocess

import pytest

from conftest import ARTIFACTS, HERE, note

REPORT = "bao-cao-tong-ket-2025"


def run(*cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, f"{' '.join(cmd)} failed: {r.stderr[-2000:]}"
    return r.stdout


def vi_number(x, places):
    return f"{x:.{places}f}".replace(".", ",")


@pytest.fixture(scope="module")
def printed(sample_site):
    """The printed report: (pdf path, pdfinfo text, pdftotext -layout text, PNG folder)."""
    for tool in ("pdfinfo", "pdftotext", "pdftoppm"):
        assert shutil.which(tool), f"{tool} missing (apt-get install poppler-utils)"
    page = sample_site.root / "reports" / REPORT / "index.html"
    assert page.is_file(), f"{page} was not built"
    pdf = ARTIFACTS / f"{REPORT}.pdf"
    run("bash", str(HERE / "print_pdf.sh"), str(page), str(pdf))

    info = run("pdfinfo", str(pdf))
    pngs = ARTIFACTS / "pdf"
    shutil.rmtree(pngs, ignore_errors=True)
    pngs.mkdir(parents=True)
    run("pdftoppm", "-r", "50", "-png", str(pdf), str(pngs / "page"))
    text = run("pdftotext", "-layout", str(pdf), "-")
    return pdf, info, text, pngs


def test_report_prints_to_a4_pdf(sample_site, printed):
    pdf, info, text, pngs = printed
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    flat = re.sub(r"\s+", " ", text)

    year = max(int(p.name) for p in (sample_site.root / "rankings").iterdir() if p.name.isdigit())
    ranking = json.loads((sample_site.root / "rankings" / str(year) / "provinces.json").read_text(encoding="utf-8"))
    top = next(p for p in ranking if p.get("rank") == 1)
    top_mean = vi_number(top["mean_score"], 2)

    problems = []
    if pages < 2:
        problems.append(f"only {pages} page(s)")
    if "A4" not in size:
        problems.append(f"page size is {size}, not A4")
    if "Báo cáo tổng kết" not in flat:
        problems.append("the title 'Báo cáo tổng kết' is not in the text")
    if top["name"] not in flat:
        problems.append(f"the first-ranked province {top['name']!r} is not in the text")
    if top_mean not in flat:
        problems.append(f"its mean score in Vietnamese format ({top_mean}) is not in the text")
    if not re.search(r"(?<![\d.,])\d{2},\d{2}(?![\d.,])", flat):
        problems.append("no score written like 8x,yz (decimal comma) in the text")
    if not re.search(rf"(?<!\d)1 ?/ ?{pages}(?!\d)", flat):  # pdftotext may drop the spaces
        problems.append(f"no page number '1 / {pages}' from the CSS @page margin box")
    for screen_only in ("Trang chủ", "Bỏ qua, đến nội dung chính", "Tên đơn vị, tỉnh, số văn bản", "file://"):
        if screen_only in flat:
            problems.append(f"screen-only text {screen_only!r} is printed (navigation, skip link, search box, URL)")

    note(f"pdf     {REPORT}: {pages} pages, {size}; title, {top['name']}, {top_mean}, page numbers "
         f"{'found' if not problems else 'CHECK FAILED'} -> {pdf} (+ {len(list(pngs.glob('*.png')))} PNG pages)")
    assert not problems, f"{pdf}:\n  " + "\n  ".join(problems)


def test_printed_report_says_each_thing_once(sample_site, printed):
    """Each chart's title once (its caption; the data tables stay on screen), the ranking table once,
    and no row of dashes for provinces without data."""
    pdf, _, text, _ = printed
    flat = re.sub(r"\s+", " ", text)
    year = 2025
    once = [f"Phân bố xếp loại {year}", "Diễn biến qua các năm – Điểm trung bình – Toàn quốc",
            f"Điểm trung bình theo tỉnh, thành phố {year}", f"Bảng xếp hạng tỉnh, thành phố {year}"]
    counts = {t: flat.count(t) for t in once}
    dash_lines = [l for l in text.splitlines() if re.fullmatch(r"\s*(–\s*)+", l) or l.count("–") >= 3]
    note(f"pdf     titles printed {counts}; chart data tables printed {flat.count('Số liệu của biểu đồ')}; "
         f"lines of dashes {len(dash_lines)}")
    assert all(n == 1 for n in counts.values()), f"{pdf}: titles not printed exactly once: {counts}"
    assert "Số liệu của biểu đồ" not in flat
    assert not dash_lines, f"{pdf}: lines of dashes: {dash_lines[:5]}"
