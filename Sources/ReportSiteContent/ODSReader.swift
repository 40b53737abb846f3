import Foundation

/// Reads the visible sheets of an OpenDocument spreadsheet (`.ods`) from its `content.xml`: typed cells
/// (`office:value-type`), runs of repeated rows and cells, and hidden sheets (a table style with
/// `table:display="false"`), which are not read.
enum ODSReader {
    static func sheets(_ archive: WorkbookArchive) throws -> [SheetBuilder] {
        let part = "content.xml"
        guard let xml = try archive.part(part) else { throw WorkbookError.missingPart(part) }
        var hiddenStyles: Set<String> = []
        var styleName = ""
        var out: [SheetBuilder] = []
        var builder: SheetBuilder?
        var tableDepth = 0
        var row = 0
        var column = 0
        var rowRepeats = 1
        var cell = CellState()
        var inCell = false
        var paragraphs = 0
        var annotation = 0

        try XMLEvents.parse(xml, part: part, stripPrefixes: false, start: { name, a in
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
                guard inCell, annotation == 0 else { return }
                if paragraphs > 0 { cell.text += "\n" }
                paragraphs += 1
            case "text:s" where inCell && annotation == 0:
                cell.text += String(repeating: " ", count: max(1, a["text:c"].flatMap(Int.init) ?? 1))
            case "text:tab" where inCell && annotation == 0: cell.text += "\t"
            case "text:line-break" where inCell && annotation == 0: cell.text += "\n"
            case "office:annotation": annotation += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "office:annotation": annotation -= 1
            case "table:table-cell", "table:covered-table-cell":
                guard tableDepth == 1, inCell else { return }
                inCell = false
                let repeats = min(cell.repeats, CellTable.maxCellsPerRow)
                if let (text, kind) = cell.typed() {
                    for k in 0..<repeats where column + k + 1 <= CellTable.maxCellsPerRow {
                        try builder?.add(text, column: column + k + 1, kind: kind)
                    }
                }
                column += repeats
            case "table:table-row" where tableDepth == 1:
                try builder?.endRow(repeats: rowRepeats)
                row += max(rowRepeats, 1) - 1
            case "table:table":
                tableDepth -= 1
                if tableDepth == 0, let b = builder { out.append(b) }
                if tableDepth == 0 { builder = nil }
            default: break
            }
        }, text: { s in
            if inCell && annotation == 0 && paragraphs > 0 { cell.text += s }
        })
        return out
    }

    /// What a `table:table-cell` says about its value, and the text of its paragraphs.
    struct CellState {
        var valueType = ""
        var value: String?
        var dateValue: String?
        var booleanValue: String?
        var isError = false
        var repeats = 1
        var text = ""

        init() {}

        init(attributes a: [String: String]) {
            valueType = a["office:value-type"] ?? ""
            value = a["office:value"]
            dateValue = a["office:date-value"]
            booleanValue = a["office:boolean-value"]
            isError = a["calcext:value-type"] == "error"
            repeats = max(1, a["table:number-columns-repeated"].flatMap(Int.init) ?? 1)
        }

        /// The cell's text and kind, or nil for an empty cell.
        func typed() -> (String, TableCell.Kind)? {
            if isError { return (text, .error) }
            switch valueType {
            case "float", "percentage", "currency":
                guard let value else { return nil }
                return (Workbook.number(value), .number)
            case "date":
                guard let dateValue else { return nil }
                return (String(dateValue.prefix(10)), .date)
            case "boolean":
                guard let booleanValue else { return nil }
                return (booleanValue == "true" ? "true" : "false", .bool)
            default:
                return text.isEmpty ? nil : (text, .text)
            }
        }
    }
}
