#!/usr/bin/python3
"""LibreOffice Calc headless through UNO, for the workbook tests (run with Debian's /usr/bin/python3, which
has python3-uno; the test virtualenv has not).

  lo_calc.py fill IN OUT CELLS_JSON   open IN, set the cells ({"sheet": {"D3": 45.5, "E3": "18,5", "H3": "có"}}:
                                      numbers as values, strings as typed into a cell in the vi-VN locale,
                                      so "18,5" is the number 18.5), recalculate, save OUT (.xlsx or .ods)
  lo_calc.py inspect IN CELLS_JSON    print, as JSON, what Calc sees at the cells ({"sheet": ["D3", …]}):
                                      validation type, formula (a list's values), error message, locked;
                                      the sheets, visible and protected; the frozen rows and columns
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


class Calc:
    """One soffice process with its own profile in the vi-VN locale, reached through a named pipe."""

    def __enter__(self):
        self.profile = tempfile.mkdtemp()
        os.makedirs(os.path.join(self.profile, "user"))
        shutil.copy(os.path.join(ROOT, "scripts/vi-vn-profile.xcu"),
                    os.path.join(self.profile, "user/registrymodifications.xcu"))
        self.pipe = "reportsite-test-%d" % os.getpid()
        self.proc = subprocess.Popen(
            ["soffice", "-env:UserInstallation=file://" + self.profile, "--headless", "--invisible",
             "--norestore", "--nologo", "--accept=pipe,name=%s;urp;" % self.pipe],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + 120
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe)
                break
            except Exception:
                if time.time() > deadline or self.proc.poll() is not None:
                    raise
                time.sleep(0.5)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        return self

    def open(self, path):
        url = uno.systemPathToFileUrl(os.path.abspath(path))
        return self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))

    def __exit__(self, *exc):
        try:
            self.desktop.terminate()
        except Exception:
            pass
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def fill(src, dst, cells):
    with Calc() as calc:
        doc = calc.open(src)
        for sheet_name, values in cells.items():
            sheet = doc.Sheets.getByName(sheet_name)
            for ref, value in values.items():
                cell = sheet.getCellRangeByName(ref)
                if isinstance(value, (int, float)):
                    cell.setValue(value)
                else:
                    cell.FormulaLocal = value
        doc.calculateAll()
        name = "Calc MS Excel 2007 XML" if dst.endswith(".xlsx") else "calc8"
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)), (prop("FilterName", name),))
        doc.close(True)


def inspect(src, cells):
    out = {"sheets": [], "cells": {}}
    with Calc() as calc:
        doc = calc.open(src)
        for i in range(doc.Sheets.Count):
            s = doc.Sheets.getByIndex(i)
            out["sheets"].append({"name": s.Name, "visible": s.IsVisible, "protected": s.isProtected()})
        for sheet_name, refs in cells.items():
            sheet = doc.Sheets.getByName(sheet_name)
            doc.CurrentController.setActiveSheet(sheet)
            view = doc.CurrentController
            out["frozen"] = [view.hasFrozenPanes(), view.getSplitRow(), view.getSplitColumn()]
            for ref in refs:
                cell = sheet.getCellRangeByName(ref)
                v = cell.Validation
                out["cells"][sheet_name + "!" + ref] = {
                    "type": v.Type.value,
                    "formula": v.getFormula1(),
                    "error": v.ErrorMessage,
                    "show_error": v.ShowErrorMessage,
                    "locked": cell.CellProtection.IsLocked,
                    "text": cell.String,
                }
        doc.close(True)
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    if sys.argv[1] == "fill":
        fill(sys.argv[2], sys.argv[3], json.loads(sys.argv[4]))
    elif sys.argv[1] == "inspect":
        inspect(sys.argv[2], json.loads(sys.argv[3]))
    else:
        sys.exit(__doc__)
