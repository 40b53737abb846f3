/// A position in a source file: the path as given on the command line, a 1-based line and column.
///
/// Columns count Unicode scalars from 1, as Yams' marks do. In a workbook (`.xlsx`, `.ods`) the line is
/// the row and the column the column number of a cell of `sheet`, so editors still jump to a place.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// The sheet's name for a cell of a workbook; nil in a text file.
    public var sheet: String?

    public init(file: String, line: Int = 1, column: Int = 1, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public var description: String { "\(file):\(line):\(column)" }

    /// A spreadsheet's name of column `n` (1-based): A … Z, AA … XFD.
    public static func columnLetters(_ n: Int) -> String {
        var n = max(n, 1)
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.append(Character(Unicode.Scalar(UInt8(65 + r))))
            n = (n - 1) / 26
        }
        return String(out.reversed())
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.sheet ?? "", a.line, a.column) < (b.file, b.sheet ?? "", b.line, b.column)
    }
}
