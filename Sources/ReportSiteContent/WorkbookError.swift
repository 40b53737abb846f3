import ReportSiteModel

/// Why a workbook could not be read at all.
enum WorkbookError: Error, Equatable {
    case notAZip
    case missingPart(String)
    case damaged(String)
    case tooLarge(String)
    case badXML(String, line: Int)
    case tooManyCells(sheet: String)

    /// The message, for an officer; `ods` names an OpenDocument spreadsheet, else an Excel workbook.
    func message(ods: Bool) -> Message {
        let kind: Message.Argument = .message(Message(ods ? "workbook.kind.ods" : "workbook.kind.xlsx"))
        switch self {
        case .notAZip: return Message("unreadable-workbook", ["kind": kind])
        case .missingPart(let p): return Message("unreadable-workbook.missing-part", ["kind": kind, "part": .text(p)])
        case .damaged(let p): return Message("unreadable-workbook.damaged", ["kind": kind, "part": .text(p)])
        case .tooLarge(let p): return Message("unreadable-workbook.too-large", ["part": .text(p), "mib": .int(Workbook.maxPartBytes >> 20)])
        case .badXML(let p, let line): return Message("unreadable-workbook.bad-xml", ["kind": kind, "part": .text(p), "line": .text(String(line))])
        case .tooManyCells(let sheet): return Message("unreadable-workbook.too-many-cells", ["sheet": .text(sheet), "max": .int(Workbook.maxCells)])
        }
    }
}
