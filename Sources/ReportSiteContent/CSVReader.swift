import Foundation
import ReportSiteModel

/// One cell of a CSV file with where it starts.
struct CSVCell: Sendable {
    var text: String
    var line: Int
    var column: Int
    var quoted: Bool
}

/// A small RFC 4180 reader that keeps the line and column of every cell.
///
/// Neither yaslab/CSV.swift nor SwiftCSV reports cell positions, which every diagnostic needs.
/// Comma-separated by default; a header row with `;` and no `,` (outside quotes) makes the file
/// `;`-separated, as Vietnamese-locale spreadsheets export it.
struct CSVTable: Sendable {
    var delimiter: Character
    var header: [CSVCell]
    var rows: [[CSVCell]]
    /// False when a quote is never closed: the rest of the file was swallowed by one cell, and the
    /// last row (the broken one) is in `rows` only so that its first cells can name the record.
    var complete = true

    /// Parses `text`; problems are reported and the rows that could be read are kept, so one mistake
    /// does not hide the rest of the file. nil only when there is no header row.
    static func parse(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> CSVTable? {
        var text = text
        return text.withUTF8 { parse(bytes: $0, file: file, diagnostics: &diagnostics) }
    }

    /// The reader proper, over the text's UTF-8 bytes: the delimiter, quotes and line ends are ASCII, so
    /// they are found byte by byte; a cell without quotes is one slice of the bytes. Columns count
    /// Unicode scalars (a byte that does not continue a scalar starts one), as editors show them.
    static func parse(bytes: UnsafeBufferPointer<UInt8>, file: String, diagnostics: inout [Diagnostic]) -> CSVTable? {
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n")
        let delimiter = detectDelimiter(bytes)
        let n = bytes.count
        var records: [[CSVCell]] = []
        var record: [CSVCell] = []
        var i = 0
        var line = 1
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

        func endCell() {
            let text = quoted ? String(decoding: quotedText, as: UTF8.self)
                : String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<i]), as: UTF8.self)
            record.append(CSVCell(text: text, line: cellLine, column: cellColumn, quoted: quoted))
            quotedText.removeAll(keepingCapacity: true)
            quoted = false
            atCellStart = true
            strayReported = false
        }
        func endRecord() {
            endCell()
            let blank = record.count == 1 && record[0].text.isEmpty && !record[0].quoted
            if !blank { records.append(record) }
            record = []
        }
        func stray(_ message: String) {
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
                            "the quotation mark that opens this cell is never closed, so the rest of the file is read as one cell; add the closing \" (and write a quote inside a cell as \"\")"))
                        complete = false
                        endRecord()
                        break
                    }
                    // After the closing quote only a delimiter or the end of the line may follow.
                    if i < n, bytes[i] != delimiter, bytes[i] != newline {
                        stray("unexpected text after the closing quotation mark; put the whole cell in quotes and write a quote inside it as \"\"")
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
                stray("a quotation mark inside a cell that does not start with one; put the whole cell in quotes and write a quote inside it as \"\"")
            }
            advance()
        }
        if !atCellStart || !record.isEmpty { endRecord() }
        guard let header = records.first else {
            if complete {
                diagnostics.append(.error("empty-file", at: SourceLocation(file: file), "the CSV file has no header row"))
            }
            return nil
        }
        let trimmedHeader = header.map { cell -> CSVCell in
            var c = cell
            c.text = c.text.trimmedWhitespace
            return c
        }
        // A header swallowed by an unclosed quote names no column; there is nothing to read.
        if !complete && records.count == 1 { return nil }
        return CSVTable(delimiter: Character(Unicode.Scalar(delimiter)), header: trimmedHeader, rows: Array(records.dropFirst()), complete: complete)
    }

    static func detectDelimiter(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var inQuotes = false
        var commas = 0
        var semicolons = 0
        for c in bytes {
            if c == UInt8(ascii: "\"") { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == UInt8(ascii: "\n") { break }
            if c == UInt8(ascii: ",") { commas += 1 }
            if c == UInt8(ascii: ";") { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }
}
