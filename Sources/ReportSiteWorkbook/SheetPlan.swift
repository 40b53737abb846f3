/// One sheet: a table (a title row, a header row, data rows) or lines of text.
public struct SheetPlan: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        /// `rows` have one cell per column; the header is `columns[i].header`.
        case table(title: String, columns: [ColumnPlan], rows: [[CellValue]], frozenColumns: Int)
        case text(lines: [String])
    }

    public var name: String
    public var content: Content
    /// Hidden sheets hold the lists that drop-downs take their values from; the reader skips them.
    public var hidden = false

    public init(name: String, content: Content, hidden: Bool = false) {
        self.name = name
        self.content = content
        self.hidden = hidden
    }
}
