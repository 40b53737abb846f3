/// Text output without floods: after `keep` problems of the same kind in the same file (the same code
/// and message, values aside), one line says how many more there are and on which lines. JSON output
/// lists every one; so do the error and warning counts.
public enum DiagnosticFloods {
    /// Problems of one kind printed before the rest are summed up.
    public static let keep = 3
    /// Lines named in a summary before "…".
    static let linesNamed = 12

    /// The lines to print for `diagnostics` (already sorted for display), in `language`.
    public static func textLines(_ diagnostics: [Diagnostic], in language: Language) -> [String] {
        var counts: [Key: Int] = [:]
        for d in diagnostics { counts[Key(d), default: 0] += 1 }
        guard counts.values.contains(where: { $0 > keep }) else { return diagnostics.map { $0.line(in: language) } }
        var seen: [Key: Int] = [:]
        var rest: [Key: [Diagnostic]] = [:]
        var out: [String] = []
        var summaryAfter: [Int: Key] = [:]
        for d in diagnostics {
            let key = Key(d)
            let n = seen[key, default: 0]
            seen[key] = n + 1
            if n < keep {
                out.append(d.line(in: language))
                if n == keep - 1, counts[key]! > keep { summaryAfter[out.count - 1] = key }
            } else {
                rest[key, default: []].append(d)
            }
        }
        // Each summary goes right after the last line printed of its kind.
        for index in summaryAfter.keys.sorted(by: >) {
            let more = rest[summaryAfter[index]!]!
            out.insert(summary(more, in: language), at: index + 1)
        }
        return out
    }

    static func summary(_ more: [Diagnostic], in language: Language) -> String {
        let first = more[0]
        var lines: [Int] = []
        for d in more where lines.last != d.location.line { lines.append(d.location.line) }
        let named = lines.prefix(linesNamed).map(String.init).joined(separator: ", ") + (lines.count > linesNamed ? ", …" : "")
        let sheet: Message.Argument = first.location.sheet.map { .message(Message("floods.of-sheet", ["sheet": .text($0)])) } ?? ""
        let message = Message(lines.count == 1 ? "floods.more.line" : "floods.more.lines",
                              ["count": .int(more.count), "sheet": sheet, "lines": .text(named)])
        return TerminalText.escaped("\(first.location): \(first.severity.rawValue): \(message.text(in: language))")
    }

    /// What makes two problems alike: file, sheet, severity, code, and the message's shape: its key and
    /// argument names, with the values left out except those that name a column or field (`field`) or a
    /// sheet (`sheet`), so that "column "a"" and "column "b"" are two kinds.
    struct Key: Hashable {
        var file: String
        var sheet: String?
        var severity: Diagnostic.Severity
        var code: String
        var shape: String

        init(_ d: Diagnostic) {
            file = d.location.file
            sheet = d.location.sheet
            severity = d.severity
            code = d.code
            shape = Key.shape(of: d.text)
        }

        /// Arguments whose values are part of a problem's kind.
        static let naming: Set<String> = ["field", "sheet"]

        static func shape(of message: Message) -> String {
            var out = message.key + "("
            for name in message.arguments.keys.sorted() {
                out += name
                switch message.arguments[name]! {
                case .message(let nested): out += "=" + shape(of: nested)
                case .text(let value) where naming.contains(name): out += "=\"" + value + "\""
                default: break
                }
                out += ";"
            }
            return out + ")"
        }
    }
}
