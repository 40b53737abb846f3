/// Text output without floods: after `keep` problems of the same kind in the same file (the same code
/// and message, values aside), one line says how many more there are and on which lines. JSON output
/// lists every one; so do the error and warning counts.
public enum DiagnosticFloods {
    /// Problems of one kind printed before the rest are summed up.
    public static let keep = 3
    /// Lines named in a summary before "…".
    static let linesNamed = 12

    /// The lines to print for `diagnostics` (already sorted for display).
    public static func textLines(_ diagnostics: [Diagnostic]) -> [String] {
        var counts: [Key: Int] = [:]
        for d in diagnostics { counts[Key(d), default: 0] += 1 }
        guard counts.values.contains(where: { $0 > keep }) else { return diagnostics.map(\.description) }
        var seen: [Key: Int] = [:]
        var rest: [Key: [Diagnostic]] = [:]
        var out: [String] = []
        var summaryAfter: [Int: Key] = [:]
        for d in diagnostics {
            let key = Key(d)
            let n = seen[key, default: 0]
            seen[key] = n + 1
            if n < keep {
                out.append(d.description)
                if n == keep - 1, counts[key]! > keep { summaryAfter[out.count - 1] = key }
            } else {
                rest[key, default: []].append(d)
            }
        }
        // Each summary goes right after the last line printed of its kind.
        for index in summaryAfter.keys.sorted(by: >) {
            let more = rest[summaryAfter[index]!]!
            out.insert(summary(more), at: index + 1)
        }
        return out
    }

    static func summary(_ more: [Diagnostic]) -> String {
        let first = more[0]
        var lines: [Int] = []
        for d in more where lines.last != d.location.line { lines.append(d.location.line) }
        let named = lines.prefix(linesNamed).map(String.init).joined(separator: ", ") + (lines.count > linesNamed ? ", …" : "")
        let sheet = first.location.sheet.map { " of sheet \"\($0)\"" } ?? ""
        return "\(first.location): \(first.severity.rawValue): \(more.count) more like the line above\(sheet), on line\(lines.count == 1 ? "" : "s") \(named); \"reportsite check --format json\" lists every one"
    }

    /// What makes two problems alike: file, sheet, severity, code and message with its values left out
    /// (quoted text, except a column, field or sheet name, and digits).
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
            shape = Key.shape(of: d.message)
        }

        static func shape(of message: String) -> String {
            var out = ""
            var quoted: String?
            for ch in message {
                if var q = quoted {
                    if ch == "\"" {
                        let named = out.hasSuffix("column \"") || out.hasSuffix("field \"") || out.hasSuffix("sheet \"")
                        out += named ? q + "\"" : "…\""
                        quoted = nil
                    } else {
                        q.append(ch)
                        quoted = q
                    }
                    continue
                }
                if ch == "\"" {
                    out.append(ch)
                    quoted = ""
                } else if ch.isNumber {
                    if !out.hasSuffix("#") { out.append("#") }
                } else {
                    out.append(ch)
                }
            }
            return out
        }
    }
}
