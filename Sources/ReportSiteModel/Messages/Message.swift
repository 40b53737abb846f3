/// A user-facing text before it is put into words: a catalogue key and named arguments.
///
/// Code that finds a problem never writes a sentence; it names the key (a diagnostic's code, or
/// `code.variant`) and the values. The sentence is made in the reader's language only when shown
/// (`Catalogue.text(_:in:)`), so the same run can print Vietnamese and keep the codes stable for machines.
public struct Message: Hashable, Sendable {
    /// A value put into a placeholder.
    public enum Argument: Hashable, Sendable, ExpressibleByStringInterpolation {
        /// Shown exactly as given: a name, an id, a path, a value as the user typed it.
        case text(String)
        /// A whole number, digits grouped the language's way (`1.234` in Vietnamese, `1,234` in English).
        case int(Int)
        /// A decimal written with a point (`27.5`), shown with the language's decimal mark (`27,5`).
        case decimal(String)
        /// Another message, worded in the same language (a hint, a reason).
        case message(Message)
        /// Several values, each shown as is, joined by ", ".
        case list([String])

        public init(stringLiteral value: String) { self = .text(value) }
        public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    }

    public var key: String
    public var arguments: [String: Argument]

    public init(_ key: String, _ arguments: [String: Argument] = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The message in `language`.
    public func text(in language: Language) -> String { Catalogue.text(self, in: language) }
}
