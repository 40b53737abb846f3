import ReportSiteModel
import Yams

/// A value read from YAML or CSV before it is typed, with its location.
indirect enum RawValue: Sendable {
    case null
    case scalar(String)
    case list([RawItem])
    case mapping(RawRecord)
}

struct RawItem: Sendable {
    var value: RawValue
    var location: SourceLocation
}

/// One field of a record: its name and value with both locations.
struct RawField: Sendable {
    var name: String
    var nameLocation: SourceLocation
    var value: RawValue
    var location: SourceLocation
}

/// A mapping from YAML or a row from CSV, read the same way afterwards.
struct RawRecord: Sendable {
    enum Origin: Sendable, Equatable {
        case yaml
        /// `decimalComma` is true in a `;`-separated file.
        case csv(decimalComma: Bool)
    }

    var fields: [RawField]
    var location: SourceLocation
    var origin: Origin

    func field(_ name: String) -> RawField? { fields.first { $0.name == name } }
}

/// Turns YAML text into raw values, reporting syntax errors at Yams' position.
enum YAMLReader {
    /// Parses `text`; `firstLine` is the file line of its first line (front matter starts at line 2).
    static func parse(_ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> RawItem? {
        let offset = firstLine - 1
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return RawItem(value: .null, location: SourceLocation(file: file, line: firstLine, column: 1))
            }
            return convert(node, file: file, offset: offset, diagnostics: &diagnostics)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, file: file, offset: offset))
            return nil
        } catch {
            diagnostics.append(.error("yaml-syntax", at: SourceLocation(file: file, line: firstLine), "YAML syntax error: \(error)"))
            return nil
        }
    }

    static func diagnostic(for error: YamlError, file: String, offset: Int) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + offset, column: mark.column)
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line + offset))" }
            return .error("yaml-syntax", at: at(mark), message + yamlHint(problem))
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = Array(Set(duplicates)).sorted().map { "\"\($0)\"" }.joined(separator: ", ")
            return .error("duplicate-field", at: at(context.mark), "field \(names) is written twice in the same mapping")
        case let .reader(problem, _, _, _):
            return .error("yaml-syntax", at: SourceLocation(file: file, line: 1 + offset), "YAML reader error: \(problem)")
        default:
            return .error("yaml-syntax", at: SourceLocation(file: file, line: 1 + offset), "YAML error: \(error)")
        }
    }

    static func yamlHint(_ problem: String) -> String {
        if problem.contains("mapping values are not allowed") {
            return "; put text that contains \": \" in quotes"
        }
        if problem.contains("found character that cannot start any token") {
            return "; YAML does not allow tabs for indentation, or the text needs quotes"
        }
        return ""
    }

    static func location(_ node: Node, file: String, offset: Int) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1)
    }

    static func convert(_ node: Node, file: String, offset: Int, diagnostics: inout [Diagnostic]) -> RawItem {
        let loc = location(node, file: file, offset: offset)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
                return RawItem(value: .null, location: loc)
            }
            return RawItem(value: .scalar(scalar.string), location: loc)
        case .sequence(let seq):
            return RawItem(value: .list(seq.map { convert($0, file: file, offset: offset, diagnostics: &diagnostics) }), location: loc)
        case .mapping(let mapping):
            var fields: [RawField] = []
            for (key, value) in mapping {
                let keyLoc = location(key, file: file, offset: offset)
                guard case .scalar(let k) = key else {
                    diagnostics.append(.error("yaml-structure", at: keyLoc, "a field name must be plain text"))
                    continue
                }
                let v = convert(value, file: file, offset: offset, diagnostics: &diagnostics)
                fields.append(RawField(name: k.string, nameLocation: keyLoc, value: v.value, location: v.location))
            }
            return RawItem(value: .mapping(RawRecord(fields: fields, location: loc, origin: .yaml)), location: loc)
        case .alias:
            diagnostics.append(.error("yaml-structure", at: loc, "YAML aliases (*name) are not supported here; write the value out"))
            return RawItem(value: .null, location: loc)
        }
    }
}

/// Turns CSV rows into raw records keyed by the header.
enum CSVRecords {
    static func records(_ table: CSVTable, file: String, diagnostics: inout [Diagnostic]) -> [RawRecord] {
        var seen: [String: CSVCell] = [:]
        for cell in table.header {
            if cell.text.isEmpty {
                diagnostics.append(.error("csv-header", at: SourceLocation(file: file, line: cell.line, column: cell.column),
                    "the header has an empty column name"))
            } else if let first = seen[cell.text] {
                diagnostics.append(.error("duplicate-field", at: SourceLocation(file: file, line: cell.line, column: cell.column),
                    "column \"\(cell.text)\" appears twice in the header (first at column \(first.column))"))
            } else {
                seen[cell.text] = cell
            }
        }
        let decimalComma = table.delimiter == ";"
        var out: [RawRecord] = []
        out.reserveCapacity(table.rows.count)
        for row in table.rows {
            let rowLoc = SourceLocation(file: file, line: row[0].line, column: 1)
            if row.count != table.header.count {
                // A trailing empty cell from a stray delimiter is forgiven only when it is empty.
                let extraEmpty = row.count > table.header.count && row[table.header.count...].allSatisfy { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }
                if !extraEmpty {
                    let where_ = row.count > table.header.count ? SourceLocation(file: file, line: row[table.header.count].line, column: row[table.header.count].column) : rowLoc
                    diagnostics.append(.error("csv-cell-count", at: where_,
                        "this row has \(row.count) cells but the header has \(table.header.count)" +
                        (table.delimiter == "," ? "; a cell that contains a comma must be in quotes" : "; a cell that contains \";\" must be in quotes")))
                    continue
                }
            }
            var fields: [RawField] = []
            for (i, cell) in row.enumerated() where i < table.header.count {
                let name = table.header[i].text
                let loc = SourceLocation(file: file, line: cell.line, column: cell.column)
                let text = cell.text.trimmingCharacters(in: .whitespaces)
                fields.append(RawField(name: name, nameLocation: loc, value: text.isEmpty ? .null : .scalar(text), location: loc))
            }
            out.append(RawRecord(fields: fields, location: rowLoc, origin: .csv(decimalComma: decimalComma)))
        }
        return out
    }
}
