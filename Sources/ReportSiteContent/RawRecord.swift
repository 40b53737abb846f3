import ReportSiteModel

/// A mapping from YAML or a row from CSV, read the same way afterwards.
struct RawRecord: Sendable {
    enum Origin: Sendable, Equatable {
        case yaml
        /// A CSV file of any separator: a score may be written with a decimal comma (docs/decisions.md, 73).
        case csv
        /// A sheet of an `.xlsx` or `.ods` workbook: numbers are typed cells, text cells are read as text.
        case workbook
    }

    var fields: [RawField]
    var location: SourceLocation
    var origin: Origin
    /// For a table's row, where its header row starts: a missing column is reported there, once.
    var headerLocation: SourceLocation?
    /// A CSV row whose cells do not line up with the header (already reported); it holds only its
    /// `id`/`unit` cell, so the readers can tell which record is broken without reporting it again.
    var malformed = false

    func field(_ name: String) -> RawField? { fields.first { $0.name == name } }
}
