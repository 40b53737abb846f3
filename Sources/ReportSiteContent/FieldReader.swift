import ReportSiteModel

/// Reads typed fields out of a raw record, one diagnostic per bad field, so a file reports all its problems.
struct FieldReader {
    let record: RawRecord
    /// What the record is, for messages: "unit", "province", …
    let what: String
    var diagnostics: [Diagnostic] = []
    /// Names that an unknown field was taken to be a misspelling of ("did you mean"); they are not
    /// reported missing as well, since the one fix is to correct the spelling.
    private(set) var suggested: Set<String> = []

    init(_ record: RawRecord, what: String, allowed: [String], extraAllowed: (String) -> Bool = { _ in false }) {
        self.record = record
        self.what = what
        for field in record.fields where !allowed.contains(field.name) && !extraAllowed(field.name) {
            let word = record.origin == .yaml ? "field" : "column"
            let near = Suggestion.closest(to: field.name, in: allowed)
            if let near, record.field(near) == nil { suggested.insert(near) }
            diagnostics.append(.error("unknown-field", at: field.nameLocation,
                "unknown \(word) \"\(field.name)\" in \(what)" + (near.map { " (did you mean \"\($0)\"?)" } ?? "")))
        }
    }

    private var isCSV: Bool { record.origin != .yaml }

    private func label(_ name: String) -> String { isCSV ? "column \"\(name)\"" : "field \"\(name)\"" }

    mutating func missing(_ name: String) {
        guard !suggested.contains(name) else { return }
        if isCSV {
            // Reported once, at the header: every row misses the same column.
            diagnostics.append(.error("missing-field", at: record.headerLocation ?? record.location,
                "the table has no \"\(name)\" column, which every \(what) needs; add it to the header row and fill it in"))
        } else {
            diagnostics.append(.error("missing-field", at: record.location, "\(what) has no \(name); add \"\(name): …\""))
        }
    }

    mutating func error(_ code: String, _ location: SourceLocation, _ message: String) {
        diagnostics.append(.error(code, at: location, message))
    }

    /// A text value; lists and mappings are errors.
    mutating func string(_ name: String, required: Bool = false) -> Located<String>? {
        guard let field = record.field(name) else {
            if required { missing(name) }
            return nil
        }
        switch field.value {
        case .null:
            if required { error("missing-field", field.location, "\(label(name)) is empty; \(what) needs a \(name)") }
            return nil
        case .scalar(let s):
            if required, s.trimmingCharacters(in: " \t").isEmpty {
                error("missing-field", field.location, "\(label(name)) is empty; \(what) needs a \(name)")
                return nil
            }
            return Located(s, at: field.location)
        case .list, .mapping:
            error("wrong-type", field.location, "\(label(name)) must be a single text value")
            return nil
        }
    }

    /// A slug id: lowercase ASCII letters, digits, `-` and `_`.
    mutating func slug(_ name: String, required: Bool = false) -> Located<String>? {
        guard let s = string(name, required: required) else { return nil }
        if let problem = Slug.problem(s.value) {
            error("bad-id", s.location, "\(label(name)): \(problem)")
            return nil
        }
        return s
    }

    mutating func int(_ name: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Located<Int>? {
        guard let s = string(name, required: required) else { return nil }
        guard let v = Int(s.value.trimmingCharacters(in: " \t")) else {
            error("wrong-type", s.location, "\(label(name)): expected a whole number, got \"\(s.value)\"")
            return nil
        }
        if let range, !range.contains(v) {
            error("out-of-range", s.location, "\(label(name)): expected a number from \(range.lowerBound) to \(range.upperBound), got \(v)")
            return nil
        }
        return Located(v, at: s.location)
    }

    mutating func bool(_ name: String) -> Bool {
        guard let field = record.field(name) else { return false }
        switch field.value {
        case .null: return false
        case .scalar(let s):
            if let b = BoolWords.parse(s) { return b }
            error("wrong-type", field.location, "\(label(name)): expected true or false (có/không, x or empty), got \"\(s)\"")
            return false
        default:
            error("wrong-type", field.location, "\(label(name)): expected true or false")
            return false
        }
    }

    mutating func date(_ name: String, required: Bool = false) -> Located<SimpleDate>? {
        guard let s = string(name, required: required) else { return nil }
        guard let d = SimpleDate.parse(s.value.trimmingCharacters(in: " \t")) else {
            error("wrong-type", s.location, "\(label(name)): expected a date written YYYY-MM-DD, got \"\(s.value)\"")
            return nil
        }
        return Located(d, at: s.location)
    }

    /// A list of text values: a YAML sequence, a single YAML value, or in CSV items separated by `;`.
    mutating func list(_ name: String) -> [Located<String>] {
        guard let field = record.field(name) else { return [] }
        switch field.value {
        case .null: return []
        case .scalar(let s):
            if isCSV {
                // Items start after each ';'; columns count scalars, and quoted cells start one further in.
                var out: [Located<String>] = []
                // In a workbook every item is at its cell.
                let inCell = record.origin == .workbook
                var column = field.location.column + field.textOffset
                for part in s.split(separator: ";", omittingEmptySubsequences: false) {
                    let item = String(part).trimmingCharacters(in: " \t")
                    let lead = part.unicodeScalars.prefix { $0 == " " || $0 == "\t" }.count
                    var at = field.location
                    if !inCell { at.column = column + lead }
                    if !item.isEmpty { out.append(Located(item, at: at)) }
                    column += part.unicodeScalars.count + 1
                }
                return out
            }
            return [Located(s, at: field.location)]
        case .list(let items):
            var out: [Located<String>] = []
            for item in items {
                switch item.value {
                case .scalar(let s): out.append(Located(s, at: item.location))
                case .null: continue
                default: error("wrong-type", item.location, "\(label(name)): each item must be a single text value")
                }
            }
            return out
        case .mapping:
            error("wrong-type", field.location, "\(label(name)): expected a list")
            return []
        }
    }

    /// A list of slug ids.
    mutating func slugList(_ name: String) -> [Located<String>] {
        list(name).filter { item in
            if let problem = Slug.problem(item.value) {
                error("bad-id", item.location, "\(label(name)): \(problem)")
                return false
            }
            return true
        }
    }
}

/// Ids are slugs so that no id can leave the output folder.
public enum Slug {
    /// nil when `id` is a valid slug, else what is wrong with it in plain words.
    public static func problem(_ id: String) -> String? {
        if id.isEmpty { return "the id is empty" }
        if id.count > 120 { return "the id \"\(id.prefix(40))…\" is longer than 120 characters" }
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-", "_": continue
            case "A"..."Z":
                // A suggestion must itself be valid: "Khá" lowercased still has a mark.
                let lower = id.lowercased()
                let hint = problem(lower) == nil ? " (try \"\(lower)\")" : suggestion(id)
                return "the id \"\(Printable.clip(id))\" has capital letters; ids use lowercase letters, digits, \"-\" and \"_\"" + hint
            default:
                return "the id \"\(Printable.clip(id))\" may only contain lowercase letters a–z, digits, \"-\" and \"_\"" + suggestion(id)
            }
        }
        if id.first == "-" || id.first == "_" { return "the id \"\(id)\" must start with a letter or digit" }
        return nil
    }

    static func suggestion(_ id: String) -> String {
        let s = make(from: id)
        return s.isEmpty ? "" : " (try \"\(s)\")"
    }

    /// A slug made from any text: diacritics dropped, đ → d, runs of other characters → "-".
    public static func make(from text: String) -> String {
        var out = ""
        var dash = false
        for ch in text.lowercased() {
            let base: String
            if ch == "đ" { base = "d" } else {
                base = String(String(ch).decomposedScalarsBase)
            }
            for scalar in base.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    out.unicodeScalars.append(scalar)
                    dash = false
                } else if !dash, !out.isEmpty {
                    out.append("-")
                    dash = true
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}

enum Printable {
    /// The text with control characters shown as \u{…}, clipped for messages.
    static func clip(_ s: String, max: Int = 60) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.value == 0 {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.count > max ? String(out.prefix(max)) + "…" : out
    }
}

enum BoolWords {
    static func parse(_ s: String) -> Bool? {
        // The words spreadsheets write, as they are, before trimming and lowercasing.
        switch s {
        case "true", "TRUE", "x", "1": return true
        case "false", "FALSE", "", "0": return false
        default: break
        }
        switch s.trimmingCharacters(in: " \t").lowercased() {
        case "true", "yes", "có", "x", "1", "đúng", "on": return true
        case "false", "no", "không", "", "0", "sai", "off": return false
        default: return nil
        }
    }
}
