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
        let scalars = Array(text.unicodeScalars)
        let delimiter: Unicode.Scalar = detectDelimiter(scalars)
        var records: [[CSVCell]] = []
        var record: [CSVCell] = []
        var i = 0
        var line = 1
        var column = 1
        var cellText = String.UnicodeScalarView()
        var cellLine = 1
        var cellColumn = 1
        var quoted = false
        var atCellStart = true
        var strayReported = false
        var complete = true

        func endCell() {
            record.append(CSVCell(text: String(cellText), line: cellLine, column: cellColumn, quoted: quoted))
            cellText = String.UnicodeScalarView()
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

        while i < scalars.count {
            let c = scalars[i]
            if atCellStart {
                cellLine = line
                cellColumn = column
                atCellStart = false
                if c == "\"" {
                    quoted = true
                    i += 1
                    column += 1
                    // Quoted cell: read to the closing quote; "" is a literal quote.
                    var closed = false
                    while i < scalars.count {
                        let q = scalars[i]
                        if q == "\"" {
                            if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                                cellText.append("\"")
                                i += 2
                                column += 2
                                continue
                            }
                            i += 1
                            column += 1
                            closed = true
                            break
                        }
                        cellText.append(q)
                        if q == "\n" { line += 1; column = 1 } else { column += 1 }
                        i += 1
                    }
                    if !closed {
                        diagnostics.append(.error("csv-unclosed-quote", at: SourceLocation(file: file, line: cellLine, column: cellColumn),
                            "the quotation mark that opens this cell is never closed, so the rest of the file is read as one cell; add the closing \" (and write a quote inside a cell as \"\")"))
                        complete = false
                        endRecord()
                        break
                    }
                    // After the closing quote only a delimiter or the end of the line may follow.
                    if i < scalars.count, scalars[i] != delimiter, scalars[i] != "\n" {
                        stray("unexpected text after the closing quotation mark; put the whole cell in quotes and write a quote inside it as \"\"")
                        while i < scalars.count, scalars[i] != delimiter, scalars[i] != "\n" {
                            cellText.append(scalars[i])
                            i += 1
                            column += 1
                        }
                    }
                    continue
                }
            }
            if c == delimiter {
                endCell()
                i += 1
                column += 1
                continue
            }
            if c == "\n" {
                endRecord()
                i += 1
                line += 1
                column = 1
                continue
            }
            if c == "\"" {
                stray("a quotation mark inside a cell that does not start with one; put the whole cell in quotes and write a quote inside it as \"\"")
            }
            cellText.append(c)
            i += 1
            column += 1
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
        return CSVTable(delimiter: Character(delimiter), header: trimmedHeader, rows: Array(records.dropFirst()), complete: complete)
    }

    static func detectDelimiter(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        var inQuotes = false
        var commas = 0
        var semicolons = 0
        for c in scalars {
            if c == "\"" { inQuotes.toggle(); continue }
            if inQuotes { continue }
            if c == "\n" { break }
            if c == "," { commas += 1 }
            if c == ";" { semicolons += 1 }
        }
        return semicolons > 0 && commas == 0 ? ";" : ","
    }
}

