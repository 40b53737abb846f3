import ReportSiteModel

/// What a data cell holds when the workbook is written.
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    case number(Score)
}
