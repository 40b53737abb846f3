import ReportSiteModel

/// One field of a record: its name and value with both locations.
struct RawField: Sendable {
    var name: String
    var nameLocation: SourceLocation
    var value: RawValue
    var location: SourceLocation
    /// Columns from `location` to the first character of the text: 1 or more in a quoted CSV cell.
    var textOffset = 0
    /// What the table cell held (`.text` for YAML): a date or an error value is named as such.
    var cellKind: TableCell.Kind = .text
}

#if DEBUG
// Only for the debug check of SimpleYAML against Yams (see YAMLReader.parse).
extension RawField: Equatable {}
#endif
