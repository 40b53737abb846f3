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
    static func howToSave(ext: String, folder: String) -> String {
        let what = folder == "units" ? "units" : "assessment results"
        let formats = "an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or \"CSV UTF-8\" (.csv)"
        switch ext {
        case "xls", "xlsm", "xlsb", "xltx", "xlt":
            return "this Excel file (.\(ext)) cannot be read; open it and save it as \"Excel Workbook (.xlsx)\" (File > Save As), or move it out of \(folder)/"
        case "":
            return "this file has no extension, so it is not read as a table of \(what); save it as \(formats), or move it out of \(folder)/"
        default:
            return "a .\(ext) file is not read as a table of \(what); save it as \(formats), or move it out of \(folder)/"
        }
    }
}
