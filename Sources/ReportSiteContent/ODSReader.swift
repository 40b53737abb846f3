import Foundation

/// Reads the visible sheets of an OpenDocument spreadsheet (`.ods`) from its `content.xml`: typed cells
/// (`office:value-type`), runs of repeated rows and cells, and hidden sheets (a table style with
/// `table:display="false"`), which are not read.
struct ODSReader {
    private var hiddenStyles: Set<String> = []
    private var styleName = ""
    private var sheets: [SheetBuilder] = []
    /// The sheet being read; nil inside a hidden one.
    private var builder: SheetBuilder?
    /// How deep in `table:table` elements: only the outermost tables are sheets.
    private var tableDepth = 0
    private var row = 0
    private var column = 0
    private var rowRepeats = 1
    private var cell = CellState()
    private var inCell = false
    private var paragraphs = 0
    /// How deep in comments (`office:annotation`), whose text is not the cell's.
    private var annotation = 0

    static func sheets(_ archive: WorkbookArchive) throws -> [SheetBuilder] {
        let part = "content.xml"
        guard let xml = try archive.part(part) else { throw WorkbookError.missingPart(part) }
        var reader = ODSReader()
        try XMLEvents.parse(xml, part: part, stripPrefixes: false,
                            start: { reader.start($0, $1) }, end: { try reader.end($0) }, text: { reader.text($0) })
        return reader.sheets
    }

    private mutating func start(_ name: String, _ a: [String: String]) {
        let inText = inCell && annotation == 0
        switch name {
        case "style:style": styleName = a["style:name"] ?? ""
        case "style:table-properties" where a["table:display"] == "false": hiddenStyles.insert(styleName)
        case "table:table":
            tableDepth += 1
            guard tableDepth == 1 else { return }
            row = 0
            let hidden = hiddenStyles.contains(a["table:style-name"] ?? "")
            builder = hidden ? nil : SheetBuilder(name: a["table:name"] ?? "")
        case "table:table-row" where tableDepth == 1:
            row += 1
            column = 0
            rowRepeats = a["table:number-rows-repeated"].flatMap(Int.init) ?? 1
            builder?.startRow(row)
        case "table:table-cell", "table:covered-table-cell":
            guard tableDepth == 1 else { return }
            inCell = true
            paragraphs = 0
            cell = CellState(attributes: a)
        case "text:p", "text:h":
            guard inText else { return }
            if paragraphs > 0 { cell.text += "\n" }
            paragraphs += 1
        case "text:s" where inText:
            cell.text += String(repeating: " ", count: max(1, a["text:c"].flatMap(Int.init) ?? 1))
        case "text:tab" where inText: cell.text += "\t"
        case "text:line-break" where inText: cell.text += "\n"
        case "office:annotation": annotation += 1
        default: break
        }
    }

    private mutating func end(_ name: String) throws {
        switch name {
        case "office:annotation": annotation -= 1
        case "table:table-cell", "table:covered-table-cell":
            guard tableDepth == 1, inCell else { return }
            inCell = false
            try endCell()
        case "table:table-row" where tableDepth == 1:
            try builder?.endRow(repeats: rowRepeats)
            row += max(rowRepeats, 1) - 1
        case "table:table":
            tableDepth -= 1
            if tableDepth == 0, let b = builder { sheets.append(b) }
            if tableDepth == 0 { builder = nil }
        default: break
        }
    }

    /// Adds the cell just read, as many times as it repeats, up to a spreadsheet's last column.
    private mutating func endCell() throws {
        let repeats = min(cell.repeats, CellTable.maxCellsPerRow)
        if let (text, kind) = cell.typed() {
            for k in 0..<repeats where column + k + 1 <= CellTable.maxCellsPerRow {
                try builder?.add(text, column: column + k + 1, kind: kind)
            }
        }
        column += repeats
    }

    private mutating func text(_ s: String) {
        if inCell && annotation == 0 && paragraphs > 0 { cell.text += s }
    }
}
