import Foundation
import ReportSiteModel

/// The argument parser's own words (headings, its options, its error messages) in the language of help.
///
/// swift-argument-parser writes them in English only; its help and errors are rewritten line by line here,
/// each English pattern replaced by the catalogue's `parser.*` text. English is left as the parser wrote it.
enum ParserWords {
    /// A pattern of the parser's English, the catalogue key of its words, and the names of its captures.
    struct Rule {
        var pattern: NSRegularExpression
        var key: String
        var names: [String]

        init(_ pattern: String, _ key: String, _ names: [String] = []) {
            self.pattern = try! NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines])
            self.key = key
            self.names = names
        }
    }

    static let rules: [Rule] = [
        Rule("^OVERVIEW:", "parser.overview"),
        Rule("^USAGE:", "parser.usage"),
        Rule("^ARGUMENTS:", "parser.arguments"),
        Rule("^OPTIONS:", "parser.options"),
        Rule("^SUBCOMMANDS:", "parser.subcommands"),
        Rule("Show help information\\.", "parser.show-help"),
        Rule("Show the version\\.", "parser.show-version"),
        Rule("See '([^']+) <subcommand>' for detailed help\\.", "parser.see-help", ["command"]),
        Rule("See '([^']+)' for more information\\.", "parser.more-information", ["command"]),
        Rule("\\(values: ([^;)]*); default: ([^)]*)\\)", "parser.values-default", ["values", "value"]),
        Rule("\\(values: ([^)]*)\\)", "parser.values", ["values"]),
        Rule("\\(default: ([^)]*)\\)", "parser.default", ["value"]),
        Rule("^Error:", "parser.error"),
        Rule("^Help:", "parser.error-help"),
        Rule("^Usage:", "parser.error-usage"),
        Rule("Unknown option '([^']*)'", "parser.unknown-option", ["name"]),
        Rule("Unexpected argument '([^']*)'", "parser.unexpected-argument", ["name"]),
        Rule("Missing expected argument '([^']*)'", "parser.missing-argument", ["name"]),
        Rule("Missing value for '([^']*)'", "parser.missing-value", ["name"]),
        Rule("The value '([^']*)' is invalid for '([^']*)'", "parser.invalid-value", ["value", "name"]),
        Rule("\\. Please provide one of (.*)\\.$", "parser.choose-one", ["values"]),
        Rule("<subcommand>", "parser.subcommand"),
    ]

    /// `text` (help or an error of the parser) with its English words in `language`.
    static func translate(_ text: String, to language: Language) -> String {
        guard language != .en else { return text }
        var out = text
        for rule in rules {
            out = replace(rule, in: out, language)
        }
        return out
    }

    static func replace(_ rule: Rule, in text: String, _ language: Language) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for match in rule.pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: match.range.location - last))
            var arguments: [String: Message.Argument] = [:]
            for (i, name) in rule.names.enumerated() {
                let captured = ns.substring(with: match.range(at: i + 1))
                arguments[name] = name == "values" ? .list(values(in: captured)) : .text(captured)
            }
            out += Message(rule.key, arguments).text(in: language)
            last = match.range.location + match.range.length
        }
        return out + ns.substring(from: last)
    }

    /// The values of a list the parser wrote as `'vi' and 'en'` or `text, json`.
    static func values(in list: String) -> [String] {
        let quoted = list.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return quoted.isEmpty ? list.components(separatedBy: ", ") : quoted
    }
}
