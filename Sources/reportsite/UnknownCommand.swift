import ReportSiteModel

/// A mistyped command (`reportsite biuld`), caught before parsing so that it gets a "did you mean".
enum UnknownCommand {
    /// The first word of `arguments` that is not an option or `--lang`'s value, when it is no command.
    static func first(in arguments: [String], known: [String]) -> String? {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" { return nil }
            if a == "--lang" { i += 2; continue }
            if a.hasPrefix("-") { i += 1; continue }
            return known.contains(a) ? nil : a
        }
        return nil
    }

    /// What is wrong, with the closest command when one is near.
    static func message(_ word: String, known: [String]) -> String {
        words("cli.unknown-command", ["name": .text(word), "hint": Suggestion.hint(for: word, in: known), "commands": .list(known)])
    }
}
