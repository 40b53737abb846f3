import ReportSiteModel

/// One cell of a table (a CSV file or a workbook's sheet) with where it is: its line and column in a
/// CSV file, its row and column number in a sheet.
public struct TableCell: Sendable, Equatable {
    /// What the cell holds. CSV cells are text; a workbook says what each cell is.
    public enum Kind: Sendable, Equatable {
        case text
        /// CSV text written in quotation marks (its location is the opening quote).
        case quotedText
        /// A number, written with a point and without grouping (`72.5`), whatever the spreadsheet showed.
        case number
        /// `true` or `false`.
        case bool
        /// A date, written `YYYY-MM-DD`.
        case date
        /// A formula's error value, such as `#DIV/0!`.
        case error
    }

    public var text: String
    public var line: Int
    public var column: Int
    public var kind: Kind

    public init(text: String, line: Int, column: Int, kind: Kind = .text) {
        self.text = text
        self.line = line
        self.column = column
        self.kind = kind
    }

    var quoted: Bool { kind == .quotedText }
    /// Empty and not written in quotes: what a spreadsheet writes for a cell nobody filled.
    var isBlank: Bool { kind != .quotedText && text.trimmedWhitespace.isEmpty }
}
