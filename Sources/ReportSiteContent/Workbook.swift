import Foundation
import ReportSiteModel

/// Reads the sheets of an `.xlsx` or `.ods` workbook as tables of typed cells (docs/decisions.md: every
/// visible sheet that is not empty is a table with its own header row; hidden sheets are not read).
///
/// Cells keep their row and column number, and `CellTable.sheet` its sheet's name, so diagnostics say
/// `sheet "Huế", cell C14` with line = row and column = column number.
public enum Workbook {
    /// Most bytes one part of the zip (a sheet's XML) may unpack to.
    public static let maxPartBytes = 256 << 20
    /// Most cells one sheet may span once its rows are laid out from column A (about 400 MB of cells).
    public static let maxCells = 8_000_000
    /// The instructions sheet `reportsite workbook` writes: text for the officer, never read as a table.
    public static let guideSheet = "Hướng dẫn"

    /// The visible sheets of the workbook at `path` as tables, in the workbook's order, and whether every
    /// visible sheet with content could be read as a table; nil, after an error naming the file, when it
    /// cannot be read at all.
    public static func read(path: String, display: String, diagnostics: inout [Diagnostic]) -> (tables: [CellTable], complete: Bool)? {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        let sheets: [SheetBuilder]
        do {
            let archive = try WorkbookArchive(path: path)
            sheets = ext == "ods" ? try ODSReader.sheets(archive) : try XLSXReader.sheets(archive)
        } catch let e as WorkbookError {
            diagnostics.append(.error("unreadable-workbook", at: SourceLocation(file: display), e.message(ods: ext == "ods")))
            return nil
        } catch {
            diagnostics.append(.error("unreadable-workbook", at: SourceLocation(file: display), WorkbookError.notAZip.message(ods: ext == "ods")))
            return nil
        }
        var tables: [CellTable] = []
        var complete = true
        for sheet in sheets where !sheet.isEmpty && sheet.name != guideSheet {
            if let table = sheet.table() {
                tables.append(table)
            } else {
                complete = false
                diagnostics.append(.error("sheet-without-header", at: SourceLocation(file: display, line: 1, column: 1, sheet: sheet.name),
                    Message("sheet-without-header")))
            }
        }
        if tables.isEmpty && sheets.allSatisfy(\.isEmpty) {
            diagnostics.append(.error("empty-file", at: SourceLocation(file: display), Message("empty-file.workbook")))
            return nil
        }
        return (tables, complete)
    }

    /// A number as the tables want it: a point, no grouping, no exponent when avoidable, and at most 15
    /// significant digits (what spreadsheets show), so `0.30000000000000004` from a formula is `0.3`.
    static func number(_ raw: String) -> String {
        let t = raw.trimmingCharacters(in: .whitespaces)
        guard let d = Double(t), d.isFinite else { return t }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        var s = String(format: "%.15g", d)
        if s.contains("e") { return s }
        if s.contains(".") {
            while s.hasSuffix("0") { s.removeLast() }
            if s.hasSuffix(".") { s.removeLast() }
        }
        return s
    }

    /// The date of a spreadsheet's day number (days since 1899-12-30, or since 1904-01-01), `YYYY-MM-DD`.
    static func date(serial raw: String, base1904: Bool) -> String {
        guard let v = Double(raw) else { return raw }
        let days = Int(v.rounded(.down)) + (base1904 ? 1462 : 0)
        // Days from 1899-12-30 to a civil date (Howard Hinnant's algorithm, from 1970-01-01).
        let z = days - 25569 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
