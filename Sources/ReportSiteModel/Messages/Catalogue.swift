/// Every user-facing text of the tool, one table per language, keyed by `Message.key`.
///
/// The tables are `Catalogue.vietnamese` and `Catalogue.english`, each made of one part per area in
/// `Messages/vi/<Area>.vi.swift` and `Messages/en/<Area>.en.swift` (file names are unique in a module). A template names its values as `{name}`; both languages of a key
/// must use the same names (`CatalogueTests` walks every key).
public enum Catalogue {
    public static func table(_ language: Language) -> [String: String] {
        switch language {
        case .vi: return vietnamese
        case .en: return english
        }
    }

    /// `message` put into words in `language`. A key missing from the catalogue (a bug the tests catch)
    /// still shows the key and its values rather than nothing.
    public static func text(_ message: Message, in language: Language) -> String {
        guard let template = table(language)[message.key] else {
            let values = message.arguments.keys.sorted().map { "\($0)=\(format(message.arguments[$0]!, language))" }
            return ([message.key] + values).joined(separator: " ")
        }
        return fill(template, message.arguments, language)
    }

    /// The placeholder names of a template: `{unit}` gives "unit".
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        scan(template, text: { _ in }, placeholder: { names.insert($0) })
        return names
    }

    static func fill(_ template: String, _ arguments: [String: Message.Argument], _ language: Language) -> String {
        var out = ""
        scan(template, text: { out += $0 }, placeholder: { out += arguments[$0].map { format($0, language) } ?? "" })
        return out
    }

    /// Walks a template: a placeholder is `{` and a name of letters, digits and `_`, then `}`; any other
    /// brace is text, so a message can show YAML such as `scores: { {first}: 18.5 }`.
    static func scan(_ template: String, text: (Substring) -> Void, placeholder: (String) -> Void) {
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            let name = after.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
            guard !name.isEmpty, name.endIndex < after.endIndex, after[name.endIndex] == "}" else {
                text(rest[...open])
                rest = after
                continue
            }
            text(rest[..<open])
            placeholder(String(name))
            rest = after[after.index(after: name.endIndex)...]
        }
        text(rest)
    }

    static func format(_ argument: Message.Argument, _ language: Language) -> String {
        switch argument {
        case .text(let s): return s
        case .int(let n): return grouped(n, language)
        case .decimal(let s): return language == .vi ? s.replacingOccurrences(of: ".", with: ",") : s
        case .message(let m): return text(m, in: language)
        case .list(let items): return items.joined(separator: ", ")
        }
    }

    /// `1234567` as `1.234.567` (Vietnamese) or `1,234,567` (English).
    public static func grouped(_ n: Int, _ language: Language) -> String {
        let digits = String(n.magnitude)
        let mark: Character = language == .vi ? "." : ","
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(mark) }
            out.append(d)
        }
        return (n < 0 ? "-" : "") + out
    }
}
