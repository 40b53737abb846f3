import Yams

/// A 1-based line and column (in Unicode scalars) inside a text, before any file offset.
struct TextPosition: Sendable, Equatable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }
}
