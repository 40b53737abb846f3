"""Gate: the sample annual report prints to a clean A4 PDF.

Prints reports/bao-cao-tong-ket-2025/index.html of the sample site with headless Chromium
(tests/site/print_pdf.sh, the same script `make pdf` uses) into
artifacts/bao-cao-tong-ket-2025.pdf, renders its pages to artifacts/pdf/page-N.png
(pdftoppm -r 50) and checks with pdfinfo and pdftotext.
"""
import json
import re
import shutil
import subprocess

from conftest import ARTIFACTS, HERE, note

REPORT = "bao-cao-tong-ket-2025"


def run(*cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    assert r.returncode == 0, f"{' '.join(cmd)} failed: {r.stderr[-2000:]}"
    return r.stdout


def vi_number(x, places):
    return f"{x:.{places}f}".replace(".", ",")


def test_report_prints_to_a4_pdf(sample_site):
    for tool in ("pdfinfo", "pdftotext", "pdftoppm"):
        assert shutil.which(tool), f"{tool} missing (apt-get install poppler-utils)"
    page = sample_site.root / "reports" / REPORT / "index.html"
    assert page.is_file(), f"{page} was not built"
    pdf = ARTIFACTS / f"{REPORT}.pdf"
    run("bash", str(HERE / "print_pdf.sh"), str(page), str(pdf))

    info = run("pdfinfo", str(pdf))
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    size = re.search(r"^Page size:\s+(.*)$", info, re.M).group(1)
    pngs = ARTIFACTS / "pdf"
    shutil.rmtree(pngs, ignore_errors=True)
    pngs.mkdir(parents=True)
    run("pdftoppm", "-r", "50", "-png", str(pdf), str(pngs / "page"))
    text = run("pdftotext", "-layout", str(pdf), "-")
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
