import ReportSiteModel

/// A raw value with where it was written.
struct RawItem: Sendable, Equatable {
    var value: RawValue
    var location: SourceLocation
}
