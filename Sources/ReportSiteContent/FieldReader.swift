import ReportSiteModel

/// Reads typed fields out of a raw record, one diagnostic per bad field, so a file reports all its problems.
struct FieldReader {
    let record: RawRecord
    /// What the record is, for messages.
    let what: RecordKind
    var diagnostics: [Diagnostic] = []
    /// Names that an unknown field was taken to be a misspelling of ("did you mean"); they are not
    /// reported missing as well, since the one fix is to correct the spelling.
    private(set) var suggested: Set<String> = []

    init(_ record: RawRecord, what: RecordKind, allowed: [String], extraAllowed: (String) -> Bool = { _ in false }) {
        self.record = record
        self.what = what
        // Fields are looked at in place; only an unknown one is copied out (see `RawRecord.field`).
        for i in record.fields.indices where !RawRecord.isNamed(record.fields[i].name, in: allowed) && !extraAllowed(record.fields[i].name) {
            let field = record.fields[i]
            let near = Suggestion.closest(to: field.name, in: allowed)
            if let near, record.field(near) == nil { suggested.insert(near) }
            diagnostics.append(.error("unknown-field", at: field.nameLocation, Message(record.origin == .yaml ? "unknown-field" : "unknown-field.column",
                ["name": .text(field.name), "record": .message(what.message), "hint": Suggestion.hint(near)])))
        }
    }

    private var isCSV: Bool { record.origin != .yaml }

    /// "column "name"" in a table, "field "name"" in YAML, with the field's meaning where the language gives one.
    func label(_ name: String) -> Message.Argument {
        FieldMeaning.label(name, column: isCSV)
    }

    mutating func missing(_ name: String) {
        guard !suggested.contains(name) else { return }
        if isCSV {
            // Reported once, at the header: every row misses the same column.
            diagnostics.append(.error("missing-field", at: record.headerLocation ?? record.location,
                Message("missing-field.column", ["name": .text(name), "meaning": FieldMeaning.meaning(name), "record": .message(what.message)])))
        } else {
            diagnostics.append(.error("missing-field", at: record.location,
                Message("missing-field", ["name": .text(name), "meaning": FieldMeaning.meaning(name), "record": .message(what.message)])))
        }
    }

    mutating func error(_ code: String, _ location: SourceLocation, _ message: Message) {
        diagnostics.append(.error(code, at: location, message))
    }

    /// "column "name" is empty; unit needs a name".
    private func empty(_ name: String) -> Message {
        Message("missing-field.empty", ["label": label(name), "name": .text(name), "record": .message(what.message)])
    }

    /// A text value; lists and mappings are errors.
    mutating func string(_ name: String, required: Bool = false) -> Located<String>? {
        guard let field = record.field(name) else {
            if required { missing(name) }
            return nil
        }
        switch field.value {
        case .null:
            if required { error("missing-field", field.location, empty(name)) }
            return nil
        case .scalar(let s):
            if required, s.trimmingCharacters(in: " \t").isEmpty {
                error("missing-field", field.location, empty(name))
                return nil
            }
            return Located(s, at: field.location)
        case .list, .mapping:
            error("wrong-type", field.location, Message("wrong-type.text", ["label": label(name)]))
            return nil
        }
    }

    /// A required field naming one of a fixed set of words (a kind): the text as written, and what it
    /// names once trimmed; an unknown word is reported as `unknown(label, text)` says and names nothing.
    mutating func word<Kind>(_ name: String, _ parse: (String) -> Kind?,
                             unknown: (_ label: Message.Argument, _ text: String) -> Message) -> (text: Located<String>?, kind: Kind?) {
        guard let text = string(name, required: true) else { return (nil, nil) }
        let kind = parse(text.value.trimmingCharacters(in: " \t"))
        if kind == nil { error("bad-value", text.location, unknown(label(name), text.value)) }
        return (text, kind)
    }

    /// A slug id: lowercase ASCII letters, digits, `-` and `_`.
    mutating func slug(_ name: String, required: Bool = false) -> Located<String>? {
        guard let s = string(name, required: required) else { return nil }
        if let problem = Slug.problem(s.value) {
            error("bad-id", s.location, Message("bad-id", ["label": label(name), "problem": .message(problem)]))
            return nil
        }
        return s
    }

    mutating func int(_ name: String, in range: ClosedRange<Int>? = nil, required: Bool = false) -> Located<Int>? {
        guard let s = string(name, required: required) else { return nil }
        guard let v = Int(s.value.trimmingCharacters(in: " \t")) else {
            error("wrong-type", s.location, Message("wrong-type.int", ["label": label(name), "value": .text(s.value)]))
            return nil
        }
        if let range, !range.contains(v) {
            error("out-of-range", s.location, Message("out-of-range", ["label": label(name), "low": .text(String(range.lowerBound)),
                                                                       "high": .text(String(range.upperBound)), "value": .text(String(v))]))
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
            error("wrong-type", field.location, Message("wrong-type.bool", ["label": label(name), "value": .text(s)]))
            return false
        default:
            error("wrong-type", field.location, Message("wrong-type.bool-list", ["label": label(name)]))
            return false
        }
    }

    mutating func date(_ name: String, required: Bool = false) -> Located<SimpleDate>? {
        guard let s = string(name, required: required) else { return nil }
        guard let d = SimpleDate.parse(s.value.trimmingCharacters(in: " \t")) else {
            error("wrong-type", s.location, Message("wrong-type.date", ["label": label(name), "value": .text(s.value)]))
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
                default: error("wrong-type", item.location, Message("wrong-type.list-item", ["label": label(name)]))
                }
            }
            return out
        case .mapping:
            error("wrong-type", field.location, Message("wrong-type.list", ["label": label(name)]))
            return []
        }
    }

    /// A list of slug ids.
    mutating func slugList(_ name: String) -> [Located<String>] {
        list(name).filter { item in
            if let problem = Slug.problem(item.value) {
                error("bad-id", item.location, Message("bad-id", ["label": label(name), "problem": .message(problem)]))
                return false
            }
            return true
        }
    }
}
