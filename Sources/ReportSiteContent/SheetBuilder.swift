/// Collects the filled cells of one sheet, row by row, into a `CellTable`: each row becomes a dense array
/// from column A to its last filled cell (empty cells in between are blank text cells), and rows with no
/// filled cell are left out, as blank CSV lines are.
///
/// Repeated rows and columns (how `.ods` writes runs of equal cells) are expanded only when filled, and
/// every sheet is bounded by `Workbook.maxCells`, so a sheet that claims a huge size costs nothing.
struct SheetBuilder {
    let name: String
    private(set) var rows: [[TableCell]] = []
    private var current: [TableCell] = []
    private var currentRow = 0
    private var cellCount = 0

    init(name: String) { self.name = name }

    /// Starts row `number` (1-based).
    mutating func startRow(_ number: Int) {
        currentRow = number
        current = []
    }

    /// Adds a filled cell at `column` (1-based) of the current row; columns past a spreadsheet's last
    /// (XFD) are dropped.
    mutating func add(_ text: String, column: Int, kind: TableCell.Kind) throws {
        guard column >= 1, column <= CellTable.maxCellsPerRow else { return }
        if let last = current.last, last.column >= column { return }
        let start = (current.last?.column ?? 0) + 1
        cellCount += column - start + 1
        if cellCount > Workbook.maxCells { throw WorkbookError.tooManyCells(sheet: name) }
        for c in start..<column { current.append(TableCell(text: "", line: currentRow, column: c)) }
        current.append(TableCell(text: text, line: currentRow, column: column, kind: kind))
    }

    /// Ends the current row; `repeats` > 1 copies a filled row to the rows below it.
    mutating func endRow(repeats: Int = 1) throws {
        guard current.contains(where: { !$0.isBlank }) else {
            current = []
            return
        }
        rows.append(current)
        if repeats > 1 {
            for k in 1..<repeats {
                cellCount += current.count
                if cellCount > Workbook.maxCells { throw WorkbookError.tooManyCells(sheet: name) }
                rows.append(current.map { var c = $0; c.line += k; return c })
            }
        }
        current = []
    }

    /// The table with its header row, or nil when the sheet has none (it is then reported by the caller
    /// unless it is empty).
    func table() -> CellTable? {
        guard let (header, body) = CellTable.splitHeader(rows) else { return nil }
        return CellTable(sheet: name, header: header, rows: Array(body))
    }

    var isEmpty: Bool { rows.isEmpty }
}
