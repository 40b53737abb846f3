import Foundation

/// Reads the visible worksheets of an Office Open XML workbook (`.xlsx`): the workbook's sheet list and
/// relationships, the shared strings, the styles (to tell dates from numbers) and each sheet's cells.
enum XLSXReader {
    struct SheetEntry {
        var name: String
        var hidden: Bool
        var relationship: String
    }

    static func sheets(_ archive: WorkbookArchive) throws -> [SheetBuilder] {
        guard let workbookXML = try archive.part("xl/workbook.xml") else { throw WorkbookError.missingPart("xl/workbook.xml") }
        var entries: [SheetEntry] = []
        var base1904 = false
        try XMLEvents.parse(workbookXML, part: "xl/workbook.xml", stripPrefixes: true, start: { name, a in
            if name == "sheet" {
                let state = a["state"] ?? "visible"
                entries.append(SheetEntry(name: a["name"] ?? "", hidden: state != "visible", relationship: a["id"] ?? ""))
            } else if name == "workbookPr", let d = a["date1904"] {
                base1904 = d == "1" || d == "true"
            }
        })
        let targets = try relationships(archive)
        let strings = try sharedStrings(archive)
        let dateStyles = try self.dateStyles(archive)
        var out: [SheetBuilder] = []
        for entry in entries where !entry.hidden {
            // A chart sheet or a missing target has no cells to read.
            guard let target = targets[entry.relationship], target.contains("worksheets/") else { continue }
            guard let xml = try archive.part(target) else { throw WorkbookError.missingPart(target) }
            out.append(try sheet(xml, part: target, name: entry.name, strings: strings, dateStyles: dateStyles, base1904: base1904))
        }
        return out
    }

    /// Relationship id → part path, from `xl/_rels/workbook.xml.rels`.
    static func relationships(_ archive: WorkbookArchive) throws -> [String: String] {
        let part = "xl/_rels/workbook.xml.rels"
        guard let xml = try archive.part(part) else { throw WorkbookError.missingPart(part) }
        var out: [String: String] = [:]
        try XMLEvents.parse(xml, part: part, stripPrefixes: true, start: { name, a in
            guard name == "Relationship", let id = a["Id"], let target = a["Target"] else { return }
            out[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        })
        return out
    }

    /// The shared strings table: rich text runs joined, phonetic hints (`rPh`) left out.
    static func sharedStrings(_ archive: WorkbookArchive) throws -> [String] {
        let part = "xl/sharedStrings.xml"
        guard let xml = try archive.part(part) else { return [] }
        var out: [String] = []
        var current = ""
        var inText = false
        var phonetic = 0
        try XMLEvents.parse(xml, part: part, stripPrefixes: true, start: { name, _ in
            switch name {
            case "si": current = ""
            case "t": inText = true
            case "rPh": phonetic += 1
            default: break
            }
        }, end: { name in
            switch name {
            case "si": out.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { s in
            if inText && phonetic == 0 { current += s }
        })
        return out
    }

    /// The indexes of the cell formats (`cellXfs`) that show a date.
    static func dateStyles(_ archive: WorkbookArchive) throws -> Set<Int> {
        let part = "xl/styles.xml"
        guard let xml = try archive.part(part) else { return [] }
        var customDates: Set<Int> = []
        var formats: [Int] = []
        var inCellXfs = false
        try XMLEvents.parse(xml, part: part, stripPrefixes: true, start: { name, a in
            switch name {
            case "numFmt":
                if let id = a["numFmtId"].flatMap(Int.init), isDateFormat(a["formatCode"] ?? "") { customDates.insert(id) }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: formats.append(a["numFmtId"].flatMap(Int.init) ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellXfs = false }
        })
        var out: Set<Int> = []
        for (index, id) in formats.enumerated() where builtInDates.contains(id) || customDates.contains(id) { out.insert(index) }
        return out
    }

    /// Excel's built-in number formats that show dates and times.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// A format code shows a date when, outside quoted text and [brackets], it has d, m, y, h or s.
    static func isDateFormat(_ code: String) -> Bool {
        var quoted = false
        var bracket = false
        for ch in code.lowercased() {
            switch ch {
            case "\"": quoted.toggle()
            case "[" where !quoted: bracket = true
            case "]" where !quoted: bracket = false
            default: if !quoted && !bracket && "dmyhs".contains(ch) { return true }
            }
        }
        return false
    }

    static func sheet(_ xml: Data, part: String, name: String, strings: [String], dateStyles: Set<Int>, base1904: Bool) throws -> SheetBuilder {
        var builder = SheetBuilder(name: name)
        var row = 0
        var column = 0
        var type = ""
        var style = 0
        var value = ""
        var inValue = false
        var inRow = false
        try XMLEvents.parse(xml, part: part, stripPrefixes: true, start: { element, a in
            switch element {
            case "row":
                row = a["r"].flatMap(Int.init) ?? row + 1
                column = 0
                inRow = true
                builder.startRow(row)
            case "c":
                column = a["r"].flatMap(columnNumber) ?? column + 1
                type = a["t"] ?? "n"
                style = a["s"].flatMap(Int.init) ?? 0
                value = ""
            case "v", "t": inValue = true
            default: break
            }
        }, end: { element in
            switch element {
            case "v", "t": inValue = false
            case "c" where inRow:
                guard !value.isEmpty else { return }
                let (text, kind) = typed(value, type: type, dateStyle: dateStyles.contains(style), strings: strings, base1904: base1904)
                try builder.add(text, column: column, kind: kind)
            case "row":
                inRow = false
                try builder.endRow()
            default: break
            }
        }, text: { s in
            if inValue { value += s }
        })
        return builder
    }

    /// A cell's text and kind from its `t` attribute, its value and whether its style shows a date.
    static func typed(_ value: String, type: String, dateStyle: Bool, strings: [String], base1904: Bool) -> (String, TableCell.Kind) {
        switch type {
        case "s": return (Int(value).flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? "", .text)
        case "str", "inlineStr": return (value, .text)
        case "b": return (value == "1" || value == "true" ? "true" : "false", .bool)
        case "e": return (value, .error)
        case "d": return (String(value.prefix(10)), .date)
        default: return dateStyle ? (Workbook.date(serial: value, base1904: base1904), .date) : (Workbook.number(value), .number)
        }
    }

    /// The column number of a cell reference such as `C14` (3).
    static func columnNumber(_ reference: String) -> Int? {
        var n = 0
        for u in reference.utf8 {
            switch u {
            case 0x41...0x5A: n = n * 26 + Int(u - 0x40)
            case 0x61...0x7A: n = n * 26 + Int(u - 0x60)
            default: return n > 0 ? n : nil
            }
            if n > CellTable.maxCellsPerRow { return n }
        }
        return n > 0 ? n : nil
    }
}
