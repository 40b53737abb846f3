import ReportSiteModel

/// A raw value with where it was written.
struct RawItem: Sendable {
    var value: RawValue
    var location: SourceLocation
}

#if DEBUG
// Only for the debug check of SimpleYAML against Yams (see YAMLReader.parse).
extension RawItem: Equatable {}
#endif
