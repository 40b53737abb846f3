import ReportSiteModel
import Yams

/// A YAML syntax error told in words an author can act on, at the place to fix.
extension YAMLReader {
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
}
