"""`reportsite workbook`: the workbook it writes, opened with openpyxl and LibreOffice Calc, filled in by
both, dropped into Content/assessments/2025/ and read back by `check` and `build` with exactly the figures
entered; values that got past the validation (pasted) are named by sheet and cell.

Run with: make test-workbook (after `swift build --product reportsite`). LibreOffice is driven through
UNO by lo_calc.py under Debian's /usr/bin/python3 (python3-uno).
"""
import json
import os
import shutil
import subprocess
import tempfile

import openpyxl
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("REPORTSITE_BIN", os.path.join(ROOT, ".build/debug/reportsite"))
MINIMAL = os.path.join(ROOT, "Tests/Fixtures/sites/minimal/Content")
TEMPLATES = os.path.join(ROOT, "Templates")
LO_CALC = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lo_calc.py")
SHEET = "Kết quả 2025"
# Bắc Ninh's units in 2025 (Bắc Giang merged into it), in Vietnamese alphabetical order of their names.
ORDER = ["bn-3", "bg-1", "bn-1", "bn-2", "bg-2"]
NAMES = ['=HYPERLINK("x") <b>Đội</b> & "Sao"', "Công ty Dệt Bắc Giang", "Công ty Điện lực Bắc Ninh",
         "Sở Y tế Bắc Ninh", "Trường THCS Đông Giang"]
# What the officer enters, by row: x, y, then class, safe, inspected, commended, note. bn-2 (row 6) is
# left empty: not assessed this year.
ENTERED = {
    3: (12.25, 30, None, "có", "không", "không", None),
    4: (50, 49.75, None, "có", "có", "có", "Điển hình"),
    5: (0, 0.5, None, "không", "không", "không", None),
    7: (33.33, 44.44, "Khá", "có", "không", "không", None),
}
# What units.json of 2025 must then hold for them: (id, total, class, safe, x, y).
EXPECTED = {
    "bn-3": (42.25, "weak", True, 12.25, 30.0),
    "bg-1": (99.75, "excellent", True, 50.0, 49.75),
    "bn-1": (0.5, "weak", False, 0.0, 0.5),
    "bg-2": (77.77, "good", True, 33.33, 44.44),
}


def run(*args, cwd, lang="en"):
    """reportsite in `lang` (REPORTSITE_LANG): the tests read its English words unless they say otherwise."""
    return subprocess.run([BIN, *args], cwd=cwd, capture_output=True, text=True, env={**os.environ, "REPORTSITE_LANG": lang})


@pytest.fixture
def site():
    """A copy of the minimal site without its 2025 results for Bắc Ninh, and the workbook for them."""
    root = tempfile.mkdtemp()
    content = os.path.join(root, "Content")
    shutil.copytree(MINIMAL, content)
    os.remove(os.path.join(content, "assessments/2025/bac-ninh.csv"))
    r = run("workbook", "2025", "--province", "bac-ninh", "--content", content, "--templates", TEMPLATES,
            "--output", os.path.join(root, "blank.xlsx"), cwd=root)
    assert r.returncode == 0, r.stderr
    yield root
    shutil.rmtree(root)


def fill_openpyxl(src, dst, values):
    wb = openpyxl.load_workbook(src)
    ws = wb[SHEET]
    for ref, v in values.items():
        ws[ref] = v
    wb.save(dst)


def cells_of(entered):
    out = {}
    for row, values in entered.items():
        for col, v in zip("DEGHIJK", values):
            if v is not None:
                out["%s%d" % (col, row)] = v
    return out


def units_2025(root):
    r = run("build", "--content", "Content", "--templates", TEMPLATES, "--output", "Output", cwd=root)
    assert r.returncode == 0, r.stderr
    # The minimal site has one warning of its own (a javascript: link); the workbook adds none.
    assert "assessments/2025/bac-ninh" not in r.stderr, r.stderr
    with open(os.path.join(root, "Output/rankings/2025/units.json"), encoding="utf-8") as f:
        return {u["id"]: u for u in json.load(f)}


def assert_entered(units):
    assert "bn-2" not in units
    for uid, (total, cls, safe, x, y) in EXPECTED.items():
        u = units[uid]
        assert (u["total"], u["class"], u["safe"], u["scores"]["x"], u["scores"]["y"]) == (total, cls, safe, x, y), uid
        assert u["province"] == "bac-ninh"


def test_workbook_as_openpyxl_reads_it(site):
    wb = openpyxl.load_workbook(os.path.join(site, "blank.xlsx"))
    assert wb.sheetnames == [SHEET, "Hướng dẫn"]
    ws = wb[SHEET]
    assert ws["A1"].value == "KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI NĂM 2025 – BẮC NINH (xem trang tính «Hướng dẫn»)"
    assert [c.value for c in ws[2]] == ["unit", "name", "province", "x", "y", "total", "class", "safe",
                                        "inspected", "commended", "note"]
    assert [ws.cell(r, 1).value for r in range(3, 8)] == ORDER
    assert [ws.cell(r, 2).value for r in range(3, 8)] == NAMES
    assert [ws.cell(r, 3).value for r in range(3, 8)] == ["Bắc Ninh"] * 5
    assert ws.max_row == 7
    assert ws.freeze_panes == "C3"
    assert "Tiêu chí X" in ws["D2"].comment.text and "từ 0 đến 50" in ws["D2"].comment.text
    # Locked: the sheet is protected, the filled-in columns and the total locked, the inputs not.
    assert ws.protection.sheet
    assert all(ws.cell(r, c).protection.locked for r in range(3, 8) for c in (1, 2, 3, 6))
    assert not any(ws.cell(r, c).protection.locked for r in range(3, 8) for c in (4, 5, 7, 8, 9, 10, 11))
    assert ws["F3"].value == '=IF(COUNT(D3:E3)=0,"",SUM(D3:E3))'
    rules = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    assert sorted(rules) == ["D3:D7", "E3:E7", "G3:G7", "H3:H7", "I3:I7", "J3:J7"]
    x = rules["D3:D7"]
    # "stop" is the default, which the file leaves out.
    assert (x.type, x.errorStyle or "stop", x.showErrorMessage) == ("custom", "stop", True)
    assert x.formula1 == "AND(ISNUMBER(D3),D3>=0,D3<=50,ABS(D3*100-ROUND(D3*100,0))<0.000001)"
    assert x.error == ("Chỉ nhập một số từ 0 đến 50, tối đa hai chữ số thập phân (ví dụ 18,5). "
                       "Để trống cả dòng nếu đơn vị không được đánh giá năm nay.")
    assert rules["G3:G7"].type == "list" and rules["G3:G7"].formula1 == '"Xuất sắc,Khá,Trung bình,Yếu"'
    assert all(rules[r].formula1 == '"có,không"' for r in ("H3:H7", "I3:I7", "J3:J7"))
    guide = wb["Hướng dẫn"]
    assert guide["A1"].value == "HƯỚNG DẪN NHẬP KẾT QUẢ ĐÁNH GIÁ NĂM 2025"
    assert any(c.value == "• x: Tiêu chí X – tối đa 50 điểm" for c in guide["A"])


def test_existing_results_are_filled_in(site):
    content = os.path.join(site, "Content")
    r = run("workbook", "2025", "--province", "an-giang", "--content", content, "--templates", TEMPLATES,
            "--output", "ag.xlsx", cwd=site)
    assert r.returncode == 0, r.stderr
    ws = openpyxl.load_workbook(os.path.join(site, "ag.xlsx"))[SHEET]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert rows == [
        ["ag-3", "Công ty Cấp nước An Giang", "An Giang", None, None, '=IF(COUNT(D3:E3)=0,"",SUM(D3:E3))', None, None, None, None, None],
        ["ag-1", "Sở Tư pháp An Giang", "An Giang", 40, 40, '=IF(COUNT(D4:E4)=0,"",SUM(D4:E4))', None, "có", "không", "không", None],
        ["ag-2", "Trường THPT Long Xuyên", "An Giang", 45, 45.5, '=IF(COUNT(D5:E5)=0,"",SUM(D5:E5))', "Xuất sắc", "có", "không", "không", "Điển hình tiên tiến"],
    ]


def test_filled_in_by_openpyxl_publishes_the_figures_entered(site):
    fill_openpyxl(os.path.join(site, "blank.xlsx"), os.path.join(site, "Content/assessments/2025/bac-ninh.xlsx"),
                  cells_of(ENTERED))
    assert_entered(units_2025(site))


@pytest.mark.parametrize("ext", ["xlsx", "ods"])
def test_filled_in_by_libreoffice_publishes_the_figures_entered(site, ext):
    # Typed as an officer types them in the Vietnamese locale: "12,25" is the number 12.25.
    typed = {ref: str(v).replace(".", ",") for ref, v in cells_of(ENTERED).items()}
    assert typed["D3"] == "12,25"
    fill_libreoffice(os.path.join(site, "blank.xlsx"), os.path.join(site, "Content/assessments/2025/bac-ninh." + ext), typed)
    # Calc recalculated the totals: no total-mismatch warning (units_2025 asserts none).
    assert_entered(units_2025(site))


def test_libreoffice_sees_validations_drop_downs_and_locks(site):
    refs = ["A3", "D3", "E7", "F3", "G3", "H3", "K3"]
    out = subprocess.run(["/usr/bin/python3", LO_CALC, "inspect", os.path.join(site, "blank.xlsx"),
                          json.dumps({SHEET: refs})], check=True, capture_output=True, text=True, timeout=300)
    seen = json.loads(out.stdout)
    assert seen["sheets"] == [{"name": SHEET, "visible": True, "protected": True},
                              {"name": "Hướng dẫn", "visible": True, "protected": True}]
    assert seen["frozen"] == [True, 2, 2]
    c = seen["cells"]
    assert (c[SHEET + "!A3"]["text"], c[SHEET + "!A3"]["locked"], c[SHEET + "!A3"]["type"]) == ("bn-3", True, "ANY")
    assert (c[SHEET + "!D3"]["type"], c[SHEET + "!D3"]["locked"], c[SHEET + "!D3"]["show_error"]) == ("CUSTOM", False, True)
    # The rule of the whole range, written relative to its first cell (Calc's own ";" separators).
    assert (c[SHEET + "!E7"]["type"], c[SHEET + "!E7"]["formula"]) == (
        "CUSTOM", "AND(ISNUMBER(E3);E3>=0;E3<=50;ABS(E3*100-ROUND(E3*100;0))<0.000001)")
    assert c[SHEET + "!D3"]["error"].startswith("Chỉ nhập một số từ 0 đến 50")
    assert c[SHEET + "!F3"]["locked"]
    assert (c[SHEET + "!G3"]["type"], c[SHEET + "!G3"]["formula"]) == ("LIST", '"Xuất sắc";"Khá";"Trung bình";"Yếu"')
    assert (c[SHEET + "!H3"]["type"], c[SHEET + "!H3"]["formula"]) == ("LIST", '"có";"không"')
    assert (c[SHEET + "!K3"]["type"], c[SHEET + "!K3"]["locked"]) == ("ANY", False)


def fill_libreoffice(src, dst, values):
    subprocess.run(["/usr/bin/python3", LO_CALC, "fill", src, dst, json.dumps({SHEET: values})], check=True, timeout=300)


@pytest.mark.parametrize("fill", [fill_openpyxl, fill_libreoffice], ids=["openpyxl", "libreoffice"])
def test_pasted_values_outside_the_validation_are_named_by_sheet_and_cell(site, fill):
    cells = cells_of(ENTERED)
    cells.update({"D3": 50.5, "E4": 12.345, "H5": "maybe"})
    # Row 6 (bn-2): one score entered, the other left empty. Row 7: the total formula typed over.
    cells["D6"] = 10
    cells["F7"] = 77.7
    fill(os.path.join(site, "blank.xlsx"), os.path.join(site, "Content/assessments/2025/bac-ninh.xlsx"), cells)
    r = run("check", "--content", "Content", "--templates", TEMPLATES, cwd=site)
    assert r.returncode == 1
    f = "Content/assessments/2025/bac-ninh.xlsx"
    lines = [l for l in r.stderr.splitlines() if l.startswith(f)]
    assert lines == [
        f + ':3:4: error: sheet "Kết quả 2025", cell D3: column "x": expected a number from 0 to 50, got 50.5',
        f + ':4:5: error: sheet "Kết quả 2025", cell E4: column "y": "12.345" has more than two decimals',
        f + ':5:8: error: sheet "Kết quả 2025", cell H5: column "safe": expected true or false (có/không, x or empty), got "maybe"',
        f + ':6:5: error: sheet "Kết quả 2025", cell E6: column "y": expected a number from 0 to 50, got nothing',
        f + ':7:6: warning: sheet "Kết quả 2025", cell F7: column "total" shows 77.7 but the scores add up to 77.77; '
            'the site publishes 77.77: correct the scores, or recalculate the sheet if a score was changed without it',
    ]


def test_units_workbook_with_drop_downs_reads_back_with_a_new_unit(site):
    content = os.path.join(site, "Content")
    r = run("workbook", "units", "--province", "bac-ninh", "--content", content, "--templates", TEMPLATES,
            "--output", "units.xlsx", cwd=site)
    assert r.returncode == 0, r.stderr
    wb = openpyxl.load_workbook(os.path.join(site, "units.xlsx"))
    assert wb.sheetnames == ["Đơn vị", "Hướng dẫn", "Danh sách"]
    assert [wb[n].sheet_state for n in wb.sheetnames] == ["visible", "visible", "hidden"]
    ws = wb["Đơn vị"]
    assert [c.value for c in ws[2]] == ["id", "name", "kind", "province", "district", "sector", "level",
                                        "directives", "models"]
    assert [ws.cell(r, 1).value for r in range(3, 6)] == ["bn-3", "bn-1", "bn-2"]
    assert [c.value for c in ws[4]] == ["bn-1", "Công ty Điện lực Bắc Ninh", "doanh nghiệp", "bac-ninh", None, None,
                                        None, "nq-51-tw", "Camera an ninh;Tự phòng, tự quản"]
    rules = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert rules == {"C3:C205": '"cơ quan,doanh nghiệp,cơ sở giáo dục"', "D3:D205": "'Danh sách'!$A$3:$A$6",
                     "G3:G205": '"province,district"'}
    assert [c.value for c in wb["Danh sách"]["A"]][2:] == ["an-giang", "bac-giang", "bac-ninh", "ca-mau"]
    # A new unit typed into the first empty row, the file put in place of units/bac-ninh.csv.
    for col, v in zip("ABCDG", ["bn-4", "Trường THPT Hàn Thuyên", "cơ sở giáo dục", "bac-ninh", "province"]):
        ws["%s6" % col] = v
    os.remove(os.path.join(content, "units/bac-ninh.csv"))
    wb.save(os.path.join(content, "units/bac-ninh.xlsx"))
    r = run("build", "--content", "Content", "--templates", TEMPLATES, "--output", "Output", cwd=site)
    assert r.returncode == 0, r.stderr
    with open(os.path.join(site, "Output/units/bn-4/index.html"), encoding="utf-8") as f:
        assert "Trường THPT Hàn Thuyên" in f.read()


def test_a_site_with_errors_or_an_unknown_province_writes_nothing(site):
    content = os.path.join(site, "Content")
    r = run("workbook", "2025", "--province", "bac-nin", "--content", content, "--templates", TEMPLATES, cwd=site)
    assert (r.returncode, r.stderr) == (2, 'error: unknown province "bac-nin" (did you mean "bac-ninh"?); the ids are in provinces.csv\n')
    r = run("workbook", "2025", "--province", "bac-nin", "--content", content, "--templates", TEMPLATES, cwd=site, lang="vi")
    assert (r.returncode, r.stderr) == (2, "error: không có tỉnh mã “bac-nin” (có phải là “bac-ninh”?); các mã tỉnh ở tệp provinces.csv\n")
    r = run("workbook", "2025", "--province", "bac-giang", "--content", content, "--templates", TEMPLATES, cwd=site)
    assert (r.returncode, r.stderr) == (2, 'error: province "bac-giang" does not exist in 2025; its units count for "bac-ninh" that year: use --province bac-ninh\n')
    r = run("workbook", "2025", "--province", "bac-giang", "--content", content, "--templates", TEMPLATES, cwd=site, lang="vi")
    assert r.stderr == ("error: tỉnh “bac-giang” không có trong năm 2025; năm đó các đơn vị của tỉnh được tính vào “bac-ninh”: "
                        "dùng --province bac-ninh\n")
    with open(os.path.join(content, "units/bac-ninh.csv"), "a", encoding="utf-8") as f:
        f.write("bn-9;Sở X;robot;bac-ninh;;\n")
    r = run("workbook", "2025", "--content", content, "--templates", TEMPLATES, cwd=site)
    assert r.returncode == 1
    assert r.stderr.splitlines()[-1] == "workbook: 1 error in the site; fix them first, nothing written"
    r = run("workbook", "2025", "--content", content, "--templates", TEMPLATES, cwd=site, lang="vi")
    assert r.stderr.splitlines()[-1] == "workbook: dữ liệu có 1 lỗi; hãy sửa trước, chưa ghi gì"
    assert sorted(os.listdir(site)) == ["Content", "blank.xlsx"]


def test_a_decimal_point_typed_in_the_vietnamese_locale_is_text_that_the_total_misses(site):
    # In vi-VN, Calc keeps "12.25" as text: its SUM leaves it out and shows 30, while the reader takes the
    # text as 12.25 (decision 59). The cached total gives the difference away.
    fill_libreoffice(os.path.join(site, "blank.xlsx"), os.path.join(site, "Content/assessments/2025/bac-ninh.xlsx"),
                     {"D3": "12.25", "E3": "30"})
    r = run("check", "--content", "Content", "--templates", TEMPLATES, cwd=site)
    assert r.returncode == 0, r.stderr
    assert [l for l in r.stderr.splitlines() if "bac-ninh.xlsx" in l] == [
        'Content/assessments/2025/bac-ninh.xlsx:3:6: warning: sheet "Kết quả 2025", cell F3: column "total" shows 30 '
        'but the scores add up to 42.25; the site publishes 42.25: correct the scores, or recalculate the sheet if a '
        'score was changed without it']
