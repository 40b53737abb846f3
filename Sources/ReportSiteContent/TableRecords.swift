import ReportSiteModel

/// Turns the rows of a table (a CSV file or a workbook's sheet) into raw records keyed by the header.
enum TableRecords {
    /// Columns that name a record, kept from a row that cannot be read so that it is not reported as missing.
    static let keyColumns = ["id", "unit"]

    static func records(_ table: CellTable, file: String, diagnostics: inout [Diagnostic]) -> [RawRecord] {
        let names = columnNames(table, file: file, diagnostics: &diagnostics)
        let headerLocation = table.location(file, line: table.header.first?.line ?? 1, column: table.header.first?.column ?? 1)
        let origin: RawRecord.Origin = table.delimiter == nil ? .workbook : .csv
        // Where each column's name is written: the same for every row.
        let nameLocations = table.header.map { table.location(file, line: $0.line, column: $0.column) }
        var out: [RawRecord] = []
        out.reserveCapacity(table.rows.count)
        for (index, cells) in table.rows.enumerated() {
            var row = cells
            let line = row.first?.line ?? 1
            let rowLoc = table.location(file, line: line, column: 1)
            let truncated = !table.complete && index == table.rows.count - 1
            // A sheet's row ends at its last filled cell; its cells cannot move between columns.
            if table.delimiter == nil {
                while row.count < names.count { row.append(TableCell(text: "", line: line, column: row.count + 1)) }
            }
            // A CSV row may leave out the header's trailing unnamed columns, never add any, even empty
            // ones: an extra cell means every cell after a separator inside a value moved one column.
            if truncated || row.count < names.count || (table.delimiter != nil && row.count > table.header.count) {
                if !truncated { diagnostics.append(cellCountProblem(row, table: table, names: names, file: file)) }
                // Keep only the cell that names the record (usually the first, before the mistake).
                var fields: [RawField] = []
                for (i, cell) in row.enumerated() where i < names.count && keyColumns.contains(names[i]) && !(truncated && i == row.count - 1) {
                    fields.append(field(cell, name: names[i], nameLocation: nameLocations[i], table: table, file: file))
                }
                out.append(RawRecord(fields: fields, location: rowLoc, origin: origin, headerLocation: headerLocation, malformed: true))
                continue
            }
            for cell in row[names.count...] where !cell.isBlank {
                diagnostics.append(.error("csv-cell-count", at: table.location(file, line: cell.line, column: cell.column),
                    Message("csv-cell-count.unnamed")))
            }
            var fields: [RawField] = []
            fields.reserveCapacity(names.count)
            for (i, cell) in row.prefix(names.count).enumerated() {
                fields.append(field(cell, name: names[i], nameLocation: nameLocations[i], table: table, file: file))
            }
            out.append(RawRecord(fields: fields, location: rowLoc, origin: origin, headerLocation: headerLocation))
        }
        return out
    }

    /// The header's column names, lowercased, up to its last named column (a spreadsheet writes its
    /// formatted empty columns as trailing empty cells); an empty or repeated name is reported.
    static func columnNames(_ table: CellTable, file: String, diagnostics: inout [Diagnostic]) -> [String] {
        let width = (table.header.lastIndex { !$0.isBlank } ?? -1) + 1
        var seen: [String: TableCell] = [:]
        var names: [String] = []
        for cell in table.header.prefix(width) {
            let name = cell.text.lowercased()
            names.append(name)
            if name.isEmpty {
                diagnostics.append(.error("csv-header", at: table.location(file, line: cell.line, column: cell.column),
                    Message("csv-header")))
            } else if let first = seen[name] {
                diagnostics.append(.error("duplicate-field", at: table.location(file, line: cell.line, column: cell.column),
                    Message("duplicate-field.column", ["name": .text(cell.text), "first": .text(String(first.column))])))
            } else {
                seen[name] = cell
            }
        }
        return names
    }

    /// The error for a row whose cells do not line up with the header, naming a decimal written with a
    /// comma in a comma-separated file when that is what split a cell.
    static func cellCountProblem(_ row: [TableCell], table: CellTable, names: [String], file: String) -> Diagnostic {
        let expected = names.count
        let at = row.count > expected ? row[expected] : row.first ?? TableCell(text: "", line: 1, column: 1)
        let atLocation = table.location(file, line: at.line, column: row.count > expected ? at.column : 1)
        let counts: [String: Message.Argument] = ["cells": .int(row.count), "expected": .int(expected)]
        guard let delimiter = table.delimiter else { return .error("csv-cell-count", at: atLocation, Message("csv-cell-count", counts)) }
        if delimiter == ",", row.count == expected + 1 {
            let splits = decimalCommaSplits(row, numberColumns: numberColumns(table, width: expected))
            if let first = splits.first {
                let examples = splits.map { "\($0.0.text.trimmedWhitespace),\($0.1.text.trimmedWhitespace)" }
                return .error("csv-decimal-comma", at: SourceLocation(file: file, line: first.0.line, column: first.0.column),
                    Message("csv-decimal-comma", counts.merging(["which": QuotedList.or(examples)]) { a, _ in a }))
            }
        }
        let name = CSVDialect(delimiter: delimiter.asciiValue ?? UInt8(ascii: ","), skip: 0).name
        return .error("csv-cell-count", at: atLocation, Message("csv-cell-count.delimiter", counts.merging(["delimiter": name]) { a, _ in a }))
    }

    /// Whole digits, at most `limit` of them.
    static func isDigits(_ s: String, _ limit: Int = 18) -> Bool {
        (1...limit).contains(s.utf8.count) && s.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether each column holds a number on every row that lines up with the header (all false when none does).
    static func numberColumns(_ table: CellTable, width: Int) -> [Bool] {
        var out = [Bool](repeating: false, count: width)
        let good = table.rows.filter { $0.count == width }
        guard !good.isEmpty else { return out }
        for i in 0..<width {
            out[i] = good.allSatisfy { row in
                let t = row[i].text.trimmedWhitespace
                return !t.isEmpty && t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
            }
        }
        return out
    }

    /// The neighbouring unquoted cells (one cell too many) that read as one decimal written with a comma,
    /// `15` and `5` of `15,5`, such that once joined every column that holds a number on the other rows
    /// holds one on this row too. Several when the row alone cannot tell which (`28,20,15,5`).
    static func decimalCommaSplits(_ row: [TableCell], numberColumns: [Bool]) -> [(TableCell, TableCell)] {
        var out: [(TableCell, TableCell)] = []
        for i in row.indices.dropFirst().dropLast() where row[i].kind == .text && row[i + 1].kind == .text {
            // A spreadsheet writes no trailing zero in a decimal (28,2 rather than 28,20).
            let decimals = row[i + 1].text.trimmedWhitespace
            guard isDigits(row[i].text.trimmedWhitespace, 3), isDigits(decimals, 2), !decimals.hasSuffix("0") else { continue }
            if numberColumns.contains(true), !numberColumns[i] { continue }
            // The row as it would be with the two cells joined: does it line up with the other rows?
            let lined = (0..<numberColumns.count).allSatisfy { c in
                guard numberColumns[c], c != i else { return true }
                let t = row[c < i ? c : c + 1].text.trimmedWhitespace
                return !t.isEmpty && t.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }
            }
            if lined { out.append((row[i], row[i + 1])) }
        }
        return out
    }

    /// One cell as a field: its name is located at the header cell (`nameLocation`), so a bad column is
    /// reported once.
    static func field(_ cell: TableCell, name: String, nameLocation: SourceLocation, table: CellTable, file: String) -> RawField {
        let text = cell.text.trimmedWhitespace
        // Leading spaces (tab and Unicode Zs, as `trimmedWhitespace`); most cells have none. In a sheet
        // the location is the cell itself.
        let lead = table.sheet != nil || text.isEmpty || text.utf8.count == cell.text.utf8.count ? 0
            : cell.text.unicodeScalars.prefix { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }.count
        // An unquoted cell is pointed at its text, not at the spaces before it; a quoted one at its quote.
        let loc = table.location(file, line: cell.line, column: cell.column + (cell.quoted ? 0 : lead))
        return RawField(name: name, nameLocation: nameLocation, value: text.isEmpty ? .null : .scalar(text), location: loc,
                        textOffset: cell.quoted ? 1 + lead : 0, cellKind: cell.kind)
    }
}
