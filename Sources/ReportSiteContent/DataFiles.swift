import ReportSiteModel
/// Which files hold tables of records (units, assessments, provinces), and what to tell an officer who
/// put something else in a data folder.
enum DataFiles {
    static let workbookExtensions: Set<String> = ["xlsx", "ods"]
    static let tableExtensions: Set<String> = ["yaml", "yml", "csv", "xlsx", "ods"]

    /// A spreadsheet's lock file beside an open workbook: Excel's `~$2024.xlsx`, LibreOffice's
    /// `.~lock.2024.xlsx#` (hidden files are never listed).
    static func isLockFile(_ name: String) -> Bool {
        name.hasPrefix("~$") || (name.hasPrefix(".~lock.") && name.hasSuffix("#"))
    }

    /// The message for a file in `units/` or `assessments/` that cannot be read.
    static func howToSave(ext: String, folder: String) -> Message {
        let what: Message.Argument = .message(Message(folder == "units" ? "data-file.units" : "data-file.assessments"))
        switch ext {
        case "xls", "xlsm", "xlsb", "xltx", "xlt":
            return Message("unreadable-data-file.old-excel", ["ext": .text(ext), "folder": .text(folder)])
        case "":
            return Message("unreadable-data-file.no-extension", ["what": what, "folder": .text(folder)])
        default:
            return Message("unreadable-data-file", ["ext": .text(ext), "what": what, "folder": .text(folder)])
        }
    }
}
