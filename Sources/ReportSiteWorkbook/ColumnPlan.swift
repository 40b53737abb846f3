import ReportSiteModel

/// A column of a table: its header, its note, its width and what its data cells accept.
public struct ColumnPlan: Sendable, Equatable {
    public enum Input: Sendable, Equatable {
        /// Filled in by the tool and locked.
        case fixed
        /// A number from 0 to `max` with at most two decimals.
        case score(max: Score)
        /// One of `values`, from a drop-down.
        case choice([String])
        /// One of the values in `range` (a formula such as `'Danh sách'!$A$2:$A$40`), from a drop-down.
        case choiceFromRange(String)
        /// Any text.
        case text
        /// The sum of the columns `first...last`, a formula, locked.
        case total(first: Int, last: Int)
    }

    public var header: String
    /// Shown when the header cell is pointed at.
    public var comment: String?
    /// In characters of the default font.
    public var width: Double
    public var input: Input
    /// Shown when a data cell is selected (title at most 32 characters).
    public var prompt: (title: String, message: String)?

    public init(header: String, comment: String? = nil, width: Double, input: Input, prompt: (title: String, message: String)? = nil) {
        self.header = header
        self.comment = comment
        self.width = width
        self.input = input
        self.prompt = prompt
    }

    public static func == (a: ColumnPlan, b: ColumnPlan) -> Bool {
        a.header == b.header && a.comment == b.comment && a.width == b.width && a.input == b.input
            && a.prompt?.title == b.prompt?.title && a.prompt?.message == b.prompt?.message
    }
}
