import Foundation
import ReportSiteModel
import Yams

/// A value read from YAML or CSV before it is typed, with its location.
enum RawValue: Sendable {
    case null
    // Text stays inline: a box per cell of every CSV row was an allocation each.
    case scalar(String)
    case list([RawItem])
    indirect case mapping(RawRecord)
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
    /// Columns from `location` to the first character of the text: 1 or more in a quoted CSV cell.
    var textOffset = 0
    /// What the table cell held (`.text` for YAML): a date or an error value is named as such.
    var cellKind: TableCell.Kind = .text
}

/// A mapping from YAML or a row from CSV, read the same way afterwards.
struct RawRecord: Sendable {
    enum Origin: Sendable, Equatable {
        case yaml
        /// A CSV file of any separator: a score may be written with a decimal comma (docs/decisions.md, 73).
        case csv
        /// A sheet of an `.xlsx` or `.ods` workbook: numbers are typed cells, text cells are read as text.
        case workbook
    }

    var fields: [RawField]
    var location: SourceLocation
    var origin: Origin
    /// For a table's row, where its header row starts: a missing column is reported there, once.
    var headerLocation: SourceLocation?
    /// A CSV row whose cells do not line up with the header (already reported); it holds only its
    /// `id`/`unit` cell, so the readers can tell which record is broken without reporting it again.
    var malformed = false

    func field(_ name: String) -> RawField? { fields.first { $0.name == name } }
}

/// A 1-based line and column (in Unicode scalars) inside a text, before any file offset.
struct TextPosition: Sendable, Equatable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}

/// Turns YAML text into raw values, reporting syntax errors at Yams' position.
enum YAMLReader {
    /// Parses `text`; `firstLine` is the file line of its first line (front matter starts at line 2).
    static func parse(_ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> RawItem? {
        let offset = firstLine - 1
        do {
            guard let node = try compose(text) else {
                return RawItem(value: .null, location: SourceLocation(file: file, line: firstLine, column: 1))
            }
            return convert(node, file: file, offset: offset, diagnostics: &diagnostics)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, text: text, file: file, offset: offset))
            return nil
        } catch let refused as YAMLGuard.Refused {
            diagnostics.append(.error(YAMLGuard.Refused.code, at: SourceLocation(file: file, line: refused.line + offset, column: refused.column), refused.message))
            return nil
        } catch {
            diagnostics.append(.error("yaml-syntax", at: SourceLocation(file: file, line: firstLine), syntax(Message("yaml.library", ["detail": .text("\(error)")]))))
            return nil
        }
    }

    /// Yams' node tree of `text`, anchors and aliases refused (`YAMLGuard`). Every value is read as text by
    /// our own readers, so the basic resolver (no regular expressions to guess ints, floats and dates) is
    /// enough; the encoding is given because Yams' default looks it up in the process environment on every
    /// call (both showed in profiles).
    static func compose(_ text: String) throws -> Node? {
        try YAMLGuard.compose(text, constructor)
    }

    /// One constructor for every parse: `Constructor.default` builds its three tables of tag handlers
    /// anew on each use. We only compose nodes, so the constructor is never asked to build a value, and
    /// its tables are constants.
    nonisolated(unsafe) static let constructor = Constructor([:], [:], [:])

    static func diagnostic(for error: YamlError, text: String, file: String, offset: Int) -> Diagnostic {
        func at(_ mark: TextPosition) -> SourceLocation {
            SourceLocation(file: file, line: max(mark.line, 1) + offset, column: max(mark.column, 1))
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let (where_, message) = explain(problem, context: context, mark: TextPosition(mark), text: text, offset: offset)
            return .error("yaml-syntax", at: at(where_), syntax(message))
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams points at the first of the two; the second is the one to look at.
            let first = TextPosition(context.mark)
            let names = Array(Set(duplicates)).sorted()
            let quoted = QuotedList.commas(names)
            if let name = names.first, let second = repeatedKey(name, after: first, in: text) {
                return .error("duplicate-field", at: at(second), Message("duplicate-field.first-at", ["names": quoted, "line": .text(String(first.line + offset))]))
            }
            return .error("duplicate-field", at: at(first), Message("duplicate-field", ["names": quoted]))
        case let .reader(problem, characterOffset, value, _):
            var mark = TextPosition(line: 1, column: 1)
            if let characterOffset, let index = text.index(text.startIndex, offsetBy: characterOffset, limitedBy: text.endIndex) {
                mark = position(of: index, in: text)
            }
            if problem.contains("control characters"), value >= 0 {
                let code = String(UInt32(value), radix: 16, uppercase: true)
                return .error("yaml-syntax", at: at(mark), Message("yaml-syntax.control", ["code": .text(String(repeating: "0", count: max(0, 4 - code.count)) + code)]))
            }
            return .error("yaml-syntax", at: at(mark), Message("yaml-syntax.reader", ["detail": .text(problem)]))
        default:
            return .error("yaml-syntax", at: SourceLocation(file: file, line: 1 + offset), Message("yaml-syntax.other", ["detail": .text("\(error)")]))
        }
    }

    /// "YAML syntax error: " and the problem.
    static func syntax(_ problem: Message) -> Message {
        Message("yaml-syntax", ["problem": .message(problem)])
    }

    /// libyaml's problem in words an author can act on, and the best place to point at.
    static func explain(_ problem: String, context: YamlError.Context?, mark: TextPosition, text: String, offset: Int) -> (TextPosition, Message) {
        let found = character(at: mark, in: text)
        let contextText = context?.text ?? ""
        let contextMark = context.map { TextPosition($0.mark) }
        switch problem {
        case "found unexpected end of stream" where contextText.contains("quoted scalar"):
            // libyaml stops at the end of the file; the opening quote is what needs fixing.
            let open = contextMark.map { character(at: $0, in: text) } ?? "\""
            return (contextMark ?? mark, Message("yaml.unclosed-quote", ["quote": .text(open == "'" ? "'" : "\"")]))
        case "mapping values are not allowed in this context":
            return (mark, Message("yaml.colon"))
        case "could not find expected ':'" where context != nil:
            return (contextMark ?? mark, Message("yaml.no-colon"))
        case "did not find expected key":
            return (mark, Message("yaml.expected-key"))
        case "did not find expected '-' indicator":
            return (mark, Message("yaml.expected-item"))
        case "block sequence entries are not allowed in this context":
            return (mark, Message("yaml.item-not-allowed"))
        case "did not find expected ',' or ']'":
            return (mark, Message("yaml.unclosed-list", ["start": startedAt(context, offset)]))
        case "did not find expected ',' or '}'":
            return (mark, Message("yaml.unclosed-mapping", ["start": startedAt(context, offset)]))
        case "found unknown escape character":
            let escaped = character(at: TextPosition(line: mark.line, column: mark.column + 1), in: text)
            return (mark, Message("yaml.escape", ["escape": .text("\\" + escaped)]))
        case "but found another document":
            return (mark, Message("yaml.second-document"))
        case "did not find expected node content":
            return (mark, Message("yaml.missing-value"))
        case _ where problem.hasPrefix("Maximum nesting level"):
            return (mark, Message("yaml.too-deep"))
        default:
            if found == "\t" {
                return (mark, Message("yaml.tab"))
            }
            if problem.contains("cannot start any token") {
                return (mark, Message("yaml.cannot-start", ["character": .text(found)]))
            }
            if let context, context.mark.line != mark.line {
                return (mark, Message("yaml.library.context", ["detail": .text(problem), "context": .text(context.text), "line": .text(String(context.mark.line + offset))]))
            }
            return (mark, Message("yaml.library", ["detail": .text(problem)]))
        }
    }

    private static func startedAt(_ context: YamlError.Context?, _ offset: Int) -> Message.Argument {
        guard let context else { return .text("") }
        return .message(Message("yaml.started-at", ["line": .text(String(context.mark.line + offset))]))
    }

    /// Where `key` is written again in the mapping whose first occurrence of it is at `first`:
    /// later on the same line (a `{ … }` mapping), or at the same indentation further down.
    static func repeatedKey(_ key: String, after first: TextPosition, in text: String) -> TextPosition? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line <= lines.count, !key.isEmpty else { return nil }
        func isKey(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
            guard scalars.starts(with: key.unicodeScalars) else { return false }
            let rest = scalars.dropFirst(key.unicodeScalars.count).drop { $0 == " " }
            return rest.first == ":"
        }
        let firstLine = Array(lines[first.line - 1].unicodeScalars)
        var i = first.column  // 0-based index just after the key's first scalar
        while i < firstLine.count {
            if (firstLine[i - 1] == " " || firstLine[i - 1] == "{" || firstLine[i - 1] == ","), isKey(firstLine[i...]) {
                return TextPosition(line: first.line, column: i + 1)
            }
            i += 1
        }
        let indent = first.column - 1
        for n in first.line..<lines.count {
            let scalars = Array(lines[n].unicodeScalars)
            let lead = scalars.prefix { $0 == " " }.count
            if lead == scalars.count || scalars[lead] == "#" { continue }
            if lead < indent { return nil }
            if lead == indent, isKey(scalars[lead...]) { return TextPosition(line: n + 1, column: indent + 1) }
        }
        return nil
    }

    /// The character at a 1-based line and scalar column of `text`, or "" past its end.
    static func character(at mark: TextPosition, in text: String) -> String {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars {
            if line == mark.line && column == mark.column { return scalar == "\n" ? "" : String(scalar) }
            if scalar == "\n" {
                if line == mark.line { return "" }
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return ""
    }

    /// The 1-based line and scalar column of `index` in `text`.
    static func position(of index: String.Index, in text: String) -> TextPosition {
        var line = 1
        var column = 1
        for scalar in text.unicodeScalars[..<index] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return TextPosition(line: line, column: column)
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
                    diagnostics.append(.error("yaml-structure", at: keyLoc, Message("yaml-structure.key")))
                    continue
                }
                let v = convert(value, file: file, offset: offset, diagnostics: &diagnostics)
                fields.append(RawField(name: k.string, nameLocation: keyLoc, value: v.value, location: v.location))
            }
            return RawItem(value: .mapping(RawRecord(fields: fields, location: loc, origin: .yaml)), location: loc)
        case .alias:
            // Yams' parser never gives one (it answers an alias with the anchored node), and YAMLGuard
            // refused every anchor and alias before this tree was made.
            return RawItem(value: .null, location: loc)
        }
    }
}

extension String {
    /// Trimmed of spaces and tabs (Unicode Zs and tab, as Foundation's `.whitespaces`), without bridging
    /// to Foundation when there is nothing to trim, which is almost always.
    var trimmedWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s == " " || s == "\t") : s.properties.generalCategory == .spaceSeparator
        }
        if !isSpace(first) && !isSpace(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
