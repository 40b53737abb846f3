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

    /// The reader proper, over the text's UTF-8 bytes: the delimiter, quotes and line ends are ASCII, so
    /// they are found byte by byte; a cell without quotes is one slice of the bytes. Columns count
    /// Unicode scalars (a byte that does not continue a scalar starts one), as editors show them.
    static func parseCSV(bytes: UnsafeBufferPointer<UInt8>, file: String, diagnostics: inout [Diagnostic]) -> CellTable? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let dialect = CSVDialect.detect(bytes)
        let delimiter = dialect.delimiter
        let n = bytes.count
        var records: [[TableCell]] = []
        var record: [TableCell] = []
        var i = dialect.skip
        var line = dialect.skip > 0 ? 2 : 1
        var column = 1
        // An unquoted cell is bytes[cellStart..<i]; a quoted one is built in `quotedText`.
        var cellStart = 0
        var quotedText: [UInt8] = []
        var cellLine = 1
        var cellColumn = 1
        var quoted = false
        var atCellStart = true
        var strayReported = false
        var complete = true
        var overfull = false

        func endCell() {
            defer {
                quotedText.removeAll(keepingCapacity: true)
                quoted = false
                atCellStart = true
                strayReported = false
            }
            guard record.count < maxCellsPerRow else {
                if !overfull {
                    overfull = true
                    diagnostics.append(.error("csv-too-many-cells", at: SourceLocation(file: file, line: cellLine, column: cellColumn),
                        Message("csv-too-many-cells", ["max": .int(maxCellsPerRow)])))
                }
                return
            }
            let text = quoted ? String(decoding: quotedText, as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<i]), as: UTF8.self)
            record.append(TableCell(text: text, line: cellLine, column: cellColumn, kind: quoted ? .quotedText : .text))
        }
        func endRecord() {
            endCell()
            // Blank lines and rows of bare separators (a spreadsheet's empty formatted rows) are no records.
            if !record.allSatisfy(\.isBlank) { records.append(record) }
            record = []
            overfull = false
        }
        func stray(_ message: Message) {
            // One report per cell is enough to find it.
            guard !strayReported else { return }
            strayReported = true
            diagnostics.append(.error("csv-stray-quote", at: SourceLocation(file: file, line: line, column: column), message))
        }
        /// Moves past the byte at `i`, counting a column when it starts a scalar.
        func advance() {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }

        while i < n {
            let c = bytes[i]
            if atCellStart {
                cellLine = line
                cellColumn = column
                cellStart = i
                atCellStart = false
                if c == quote {
                    quoted = true
                    advance()
                    // Quoted cell: read to the closing quote; "" is a literal quote.
                    var closed = false
                    while i < n {
                        let q = bytes[i]
                        if q == quote {
                            if i + 1 < n, bytes[i + 1] == quote {
                                quotedText.append(quote)
                                i += 2
                                column += 2
                                continue
                            }
                            advance()
                            closed = true
                            break
                        }
                        quotedText.append(q)
                        if q == newline {
                            line += 1
                            column = 1
                            i += 1
                        } else {
                            advance()
                        }
                    }
                    if !closed {
                        diagnostics.append(.error("csv-unclosed-quote", at: SourceLocation(file: file, line: cellLine, column: cellColumn),
                            Message("csv-unclosed-quote")))
                        complete = false
                        endRecord()
                        break
                    }
                    // After the closing quote only a delimiter or the end of the line may follow.
                    if i < n, bytes[i] != delimiter, bytes[i] != newline {
                        stray(Message("csv-stray-quote.after"))
                        while i < n, bytes[i] != delimiter, bytes[i] != newline {
                            quotedText.append(bytes[i])
                            advance()
                        }
                    }
                    continue
                }
            }
            if c == delimiter {
                endCell()
                advance()
                continue
            }
            if c == newline {
                endRecord()
                i += 1
                line += 1
                column = 1
                continue
            }
            if c == quote {
                stray(Message("csv-stray-quote"))
            }
            advance()
        }
        if !atCellStart || !record.isEmpty { endRecord() }
        // A header swallowed by an unclosed quote names no column; there is nothing to read.
        if !complete && records.count <= 1 { return nil }
        guard let (header, rows) = splitHeader(records) else {
            if complete {
                diagnostics.append(.error("empty-file", at: SourceLocation(file: file), Message("empty-file.csv")))
            }
            return nil
        }
        return CellTable(delimiter: Character(Unicode.Scalar(delimiter)), header: header, rows: Array(rows), complete: complete)
    }
}
