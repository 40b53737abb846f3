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

    /// Whether `name` is one of `names`.
    static func isNamed(_ name: String, in names: [String]) -> Bool {
        names.contains { sameName($0, name) }
    }

    /// The field called `name`. This runs several times for every row of every table: fields are looked
    /// at in place (a loop over the fields copied each one, 150 bytes and its strings' references, before
    /// comparing).
    func field(_ name: String) -> RawField? {
        for i in fields.indices where RawRecord.sameName(fields[i].name, name) { return fields[i] }
        return nil
    }

    /// Two field names are the same: names of other lengths are passed over without comparing their text.
    /// Exact because the names looked up (fields, scheme ids) are ASCII, equal only to the same bytes.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }
}

#if DEBUG
// Only for the debug check of SimpleYAML against Yams (see YAMLReader.parse).
extension RawRecord: Equatable {}
#endif
