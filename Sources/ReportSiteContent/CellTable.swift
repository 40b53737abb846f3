import ReportSiteModel

/// A table of cells with its header row: a CSV file, or one sheet of a workbook. Every data file
/// (units, assessments, provinces) in CSV, `.xlsx` or `.ods` becomes one or more of these, and
/// `TableRecords` turns each into records the same way.
public struct CellTable: Sendable {
    /// The sheet's name in a workbook; nil for CSV.
    public var sheet: String?
    /// The separator of a CSV file; nil for a sheet.
    public var delimiter: Character?
    public var header: [TableCell]
    public var rows: [[TableCell]]
    /// False when a CSV quote is never closed: the rest of the file was swallowed by one cell, and the
    /// last row (the broken one) is in `rows` only so that its first cells can name the record.
    public var complete = true

    public init(sheet: String? = nil, delimiter: Character? = nil, header: [TableCell], rows: [[TableCell]], complete: Bool = true) {
        self.sheet = sheet
        self.delimiter = delimiter
        self.header = header
        self.rows = rows
        self.complete = complete
    }

    /// Where a cell is, for a diagnostic: the sheet and cell in a workbook, the line and column in CSV.
    func location(_ file: String, line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column, sheet: sheet)
    }

    /// The rows before the header that are titles (at most one filled cell) are dropped, so the header is
    /// the first row with two filled cells or more; nil when there is none.
    static func splitHeader(_ records: [[TableCell]]) -> (header: [TableCell], rows: ArraySlice<[TableCell]>)? {
        guard let h = records.firstIndex(where: { $0.lazy.filter { !$0.isBlank }.count >= 2 }) else { return nil }
        let header = records[h].map { cell -> TableCell in
            var c = cell
            c.text = c.text.trimmedWhitespace
            return c
        }
        return (header, records[(h + 1)...])
    }
}
