import CXLSXWriter
import Foundation
import ReportSiteModel

/// Writes one sheet of a plan into a libxlsxwriter worksheet.
struct SheetWriter {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let formats: XLSXFile.Formats

    /// Row 0 holds the title, row 1 the header, data rows start at row 2.
    static let headerRow: lxw_row_t = 1
    static let firstDataRow: lxw_row_t = 2
    /// The width of a text sheet's column, and the characters a wrapped line of it holds (fewer than the
    /// width: Vietnamese letters with marks are wider than the digits the width is counted in).
    static let textWidth = 80.0
    static let textWidthCharacters = 68

    func write(_ plan: SheetPlan) {
        switch plan.content {
        case .table(let title, let columns, let rows, let frozen):
            writeTable(title: title, columns: columns, rows: rows, frozenColumns: frozen)
        case .text(let lines):
            worksheet_set_column(sheet, 0, 0, Self.textWidth, formats.wrapped)
            for (i, line) in lines.enumerated() {
                // Spreadsheets do not grow a row to its wrapped text on opening: give each its lines' height.
                let wrapped = max(1, (line.count + Self.textWidthCharacters - 1) / Self.textWidthCharacters)
                worksheet_set_row(sheet, lxw_row_t(i), 15 * Double(wrapped), nil)
                worksheet_write_string(sheet, lxw_row_t(i), 0, line, i == 0 ? formats.title : formats.wrapped)
            }
            worksheet_fit_to_pages(sheet, 1, 0)
            protect()
        }
        if plan.hidden { worksheet_hide(sheet) }
    }

    private func writeTable(title: String, columns: [ColumnPlan], rows: [[CellValue]], frozenColumns: Int) {
        worksheet_write_string(sheet, 0, 0, title, formats.title)
        worksheet_set_row(sheet, Self.headerRow, 45, nil)
        for (c, column) in columns.enumerated() {
            let col = lxw_col_t(c)
            worksheet_set_column(sheet, col, col, column.width, nil)
            worksheet_write_string(sheet, Self.headerRow, col, column.header, formats.header)
            if let comment = column.comment {
                var options = lxw_comment_options()
                options.width = 300
                options.height = 110
                worksheet_write_comment_opt(sheet, Self.headerRow, col, comment, &options)
            }
        }
        for (r, row) in rows.enumerated() {
            let excelRow = Self.firstDataRow + lxw_row_t(r)
            for (c, column) in columns.enumerated() {
                write(row[c], column: column, row: excelRow, col: lxw_col_t(c))
            }
        }
        if !rows.isEmpty {
            let last = Self.firstDataRow + lxw_row_t(rows.count - 1)
            for (c, column) in columns.enumerated() {
                validate(column, col: lxw_col_t(c), lastRow: last)
            }
        }
        worksheet_freeze_panes(sheet, Self.firstDataRow, lxw_col_t(frozenColumns))
        // Printed across: one page wide, the header on every page.
        worksheet_set_landscape(sheet)
        worksheet_fit_to_pages(sheet, 1, 0)
        worksheet_repeat_rows(sheet, Self.headerRow, Self.headerRow)
        protect()
    }

    private func write(_ value: CellValue, column: ColumnPlan, row: lxw_row_t, col: lxw_col_t) {
        switch column.input {
        case .fixed:
            writeValue(value, row: row, col: col, format: formats.fixed)
        case .total(let first, let last):
            let range = "\(Self.columnName(first))\(row + 1):\(Self.columnName(last))\(row + 1)"
            // Empty while no score is typed, so an unassessed row shows no 0.
            let formula = "=IF(COUNT(\(range))=0,\"\",SUM(\(range)))"
            if case .number(let total) = value {
                worksheet_write_formula_num(sheet, row, col, formula, formats.fixed, Double(total.hundredths) / 100)
            } else {
                worksheet_write_formula_str(sheet, row, col, formula, formats.fixed, "")
            }
        case .text, .choice, .choiceFromRange:
            writeValue(value, row: row, col: col, format: formats.text)
        case .score:
            writeValue(value, row: row, col: col, format: formats.input)
        }
    }

    private func writeValue(_ value: CellValue, row: lxw_row_t, col: lxw_col_t, format: UnsafeMutablePointer<lxw_format>) {
        switch value {
        case .empty: worksheet_write_blank(sheet, row, col, format)
        case .text(let s): worksheet_write_string(sheet, row, col, s, format)
        case .number(let n): worksheet_write_number(sheet, row, col, Double(n.hundredths) / 100, format)
        }
    }

    /// The column's data validation over its data rows, with the plan's prompt and Vietnamese error text.
    private func validate(_ column: ColumnPlan, col: lxw_col_t, lastRow: lxw_row_t) {
        var strings: [UnsafeMutablePointer<CChar>] = []
        defer { strings.forEach { free($0) } }
        func c(_ s: String) -> UnsafeMutablePointer<CChar> {
            let p = strdup(s)!  // strdup fails only when memory is exhausted.
            strings.append(p)
            return p
        }
        var v = lxw_data_validation()
        v.error_type = UInt8(LXW_VALIDATION_ERROR_TYPE_STOP.rawValue)
        var list: [UnsafeMutablePointer<CChar>?] = []
        switch column.input {
        case .fixed, .total, .text:
            return
        case .score(let max):
            let cell = "\(Self.columnName(Int(col)))\(Self.firstDataRow + 1)"
            v.validate = UInt8(LXW_VALIDATION_TYPE_CUSTOM_FORMULA.rawValue)
            v.value_formula = c("=AND(ISNUMBER(\(cell)),\(cell)>=0,\(cell)<=\(max),ABS(\(cell)*100-ROUND(\(cell)*100,0))<0.000001)")
            v.error_title = c(WorkbookTexts.scoreErrorTitle)
            v.error_message = c(WorkbookTexts.scoreError(max: max))
        case .choice(let values):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            list = values.map { c($0) } + [nil]
            v.error_title = c(WorkbookTexts.choiceErrorTitle)
            v.error_message = c(WorkbookTexts.choiceError(values))
        case .choiceFromRange(let range):
            v.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            v.value_formula = c(range)
            v.error_title = c(WorkbookTexts.choiceErrorTitle)
            v.error_message = c(WorkbookTexts.choiceFromListError)
        }
        if let prompt = column.prompt {
            v.input_title = c(prompt.title)
            v.input_message = c(prompt.message)
        }
        list.withUnsafeMutableBufferPointer { buffer in
            if !buffer.isEmpty { v.value_list = buffer.baseAddress }
            worksheet_data_validation_range(sheet, Self.firstDataRow, col, lastRow, col, &v)
        }
    }

    /// Locks the sheet without a password: cells not marked unlocked cannot be typed over, widths may change.
    private func protect() {
        var options = lxw_protection()
        options.format_columns = 1
        options.format_rows = 1
        worksheet_protect(sheet, nil, &options)
    }

    /// `A`, `B`, …, `Z`, `AA`, … for a zero-based column index.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let r = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + r))) + name
            n = (n - 1) / 26
        }
        return name
    }
}
