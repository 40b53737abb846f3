import ReportSiteModel

/// A value read from YAML or CSV before it is typed, with its location.
enum RawValue: Sendable {
    case null
    // Text stays inline: a box per cell of every CSV row was an allocation each.
    case scalar(String)
    case list([RawItem])
    indirect case mapping(RawRecord)
}

#if DEBUG
// Only for the debug check of SimpleYAML against Yams (see YAMLReader.parse).
extension RawValue: Equatable {}
#endif
