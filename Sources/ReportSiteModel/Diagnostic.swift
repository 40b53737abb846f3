/// One problem found in the user's files.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    /// A stable kebab-case identifier such as `unknown-province`; the same in every language.
    public var code: String
    public var location: SourceLocation
    /// What is wrong, put into words only when shown (`message(in:)`).
    public var text: Message

    public init(_ severity: Severity, _ code: String, at location: SourceLocation, _ text: Message) {
        self.severity = severity
        self.code = code
        self.location = location
        self.text = text
    }

    public static func error(_ code: String, at location: SourceLocation, _ text: Message) -> Diagnostic {
        Diagnostic(.error, code, at: location, text)
    }

    public static func warning(_ code: String, at location: SourceLocation, _ text: Message) -> Diagnostic {
        Diagnostic(.warning, code, at: location, text)
    }

    /// The message in `language`. In a workbook it starts with the sheet and cell: the line and column
    /// alone are not enough to find a cell, and the sheet is not in the path.
    public func message(in language: Language) -> String {
        let words = text.text(in: language)
        guard let sheet = location.sheet else { return words }
        let cell = SourceLocation.columnLetters(location.column) + String(location.line)
        return Message("location.cell", ["sheet": .text(sheet), "cell": .text(cell)]).text(in: language) + ": " + words
    }

    /// The compiler-style line `path:line:col: error: message`, control characters escaped (`TerminalText`).
    /// The location and the severity keyword stay English in every language: editors and CI parse them.
    public func line(in language: Language) -> String {
        TerminalText.escaped("\(location): \(severity.rawValue): \(message(in: language))")
    }

    /// The line in English, for test failures and debugging; what a user reads goes through `line(in:)`.
    public var description: String { line(in: .en) }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }

    /// Sorted by file, line, column, then message, so output does not depend on the order of discovery.
    /// Messages compare in English, so that the order is the same in every language.
    public func sortedForDisplay() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return filter { seen.insert($0).inserted }.sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity == .error }
            return $0.message(in: .en) < $1.message(in: .en)
        }
    }
}
