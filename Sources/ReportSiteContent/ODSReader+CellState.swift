extension ODSReader {
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
