import Foundation
import ReportSiteModel

/// A small RFC 4180 reader that keeps the line and column of every cell.
///
/// Neither yaslab/CSV.swift nor SwiftCSV reports cell positions, which every diagnostic needs.
/// The separator is decided from the whole file (`CSVDialect`): `,`, or `;` as Vietnamese-locale
/// spreadsheets export it, or tab; Excel's `sep=;` first line names it.
extension CellTable {
    /// Most cells a row may have: as many columns as a spreadsheet has (Excel's XFD). A row with more is
    /// an error and its further cells are not kept, so a line of millions of separators costs no memory.
    static let maxCellsPerRow = 16_384

    /// Parses `text`; problems are reported and the rows that could be read are kept, so one mistake
    /// does not hide the rest of the file. nil only when there is no header row.
    static func parseCSV(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> CellTable? {
        var text = text
        return text.withUTF8 { parseCSV(bytes: $0, file: file, diagnostics: &diagnostics) }
    }

    /// The reader proper, over the text's UTF-8 bytes (see `CSVScanner`).
    static func parseCSV(bytes: UnsafeBufferPointer<UInt8>, file: String, diagnostics: inout [Diagnostic]) -> CellTable? {
        var scanner = CSVScanner(bytes: bytes, file: file)
        scanner.scan()
        diagnostics += scanner.diagnostics
        let (records, complete) = (scanner.records, scanner.complete)
        // A header swallowed by an unclosed quote names no column; there is nothing to read.
        if !complete && records.count <= 1 { return nil }
        guard let (header, rows) = splitHeader(records) else {
            if complete {
                diagnostics.append(.error("empty-file", at: SourceLocation(file: file), Message("empty-file.csv")))
            }
            return nil
        }
        return CellTable(delimiter: Character(Unicode.Scalar(scanner.delimiter)), header: header, rows: Array(rows), complete: complete)
    }
}
