import ReportSiteModel

/// A workbook to write, as values: what each sheet holds and what each column accepts. Made from the site
/// by `AssessmentWorkbook` and `UnitsWorkbook`, written by `XLSXFile`, so the plan is testable without a file.
public struct WorkbookPlan: Sendable, Equatable {
    public var sheets: [SheetPlan]
    /// The document's creation time (seconds since 1970), for the same bytes from the same input.
    public var created: Int64

    public init(sheets: [SheetPlan], created: Int64) {
        self.sheets = sheets
        self.created = created
    }
}
