import ArgumentParser
import Foundation
import ReportSiteModel

extension Language: ExpressibleByArgument {
    public static var allValueStrings: [String] { ["vi", "en"] }
}

/// The language of everything the executable prints, chosen here and passed down (nothing below the
/// executable reads the environment): `--lang`, else `REPORTSITE_LANG`, else the site's `language`, else
/// Vietnamese (docs/decisions.md). Help and usage errors come before any site is read: `--lang`, else the
/// variable, else Vietnamese.
enum RunLanguage {
    static let variable = "REPORTSITE_LANG"

    /// `--lang` or `REPORTSITE_LANG` of this process, read from the raw arguments before parsing, because
    /// the help texts must be in their language when the parser builds them.
    static let chosen = requested(arguments: Array(CommandLine.arguments.dropFirst()),
                                  environment: ProcessInfo.processInfo.environment)

    /// The language of help, usage errors and what is printed before a site is read.
    static var beforeSite: Language { chosen ?? .vi }

    /// The language of a run whose site says `site` (nil when site.yaml could not be read).
    static func of(_ site: Language?) -> Language { chosen ?? site ?? .vi }

    /// The last valid `--lang X` or `--lang=X` before a `--`, else the variable when it is `vi` or `en`.
    /// A wrong `--lang` value is left to the parser, which refuses it (exit 2).
    static func requested(arguments: [String], environment: [String: String]) -> Language? {
        var found: Language?
        var i = 0
        while i < arguments.count, arguments[i] != "--" {
            let a = arguments[i]
            if a == "--lang", i + 1 < arguments.count {
                found = Language(rawValue: arguments[i + 1]) ?? found
                i += 1
            } else if a.hasPrefix("--lang=") {
                found = Language(rawValue: String(a.dropFirst("--lang=".count))) ?? found
            }
            i += 1
        }
        return found ?? environment[variable].flatMap { Language(rawValue: $0) }
    }

    /// The value of `REPORTSITE_LANG` when it is set to something other than `vi` or `en`.
    static var wrongVariable: String? {
        guard let value = ProcessInfo.processInfo.environment[variable], Language(rawValue: value) == nil else { return nil }
        return value
    }
}

/// `--lang`, accepted by every command (its value is read before parsing, by `RunLanguage`).
struct LanguageOption: ParsableArguments {
    @Option(help: helpText("help.option.lang"))
    var lang: Language?
}

/// A help text of the catalogue, in the language of help.
func helpText(_ key: String) -> ArgumentHelp {
    ArgumentHelp(words(key))
}

/// A text of the catalogue in the language of what is printed before a site is read.
func words(_ key: String, _ arguments: [String: Message.Argument] = [:]) -> String {
    Message(key, arguments).text(in: RunLanguage.beforeSite)
}
