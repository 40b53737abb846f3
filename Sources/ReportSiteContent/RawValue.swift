import ReportSiteModel

/// A value read from YAML or CSV before it is typed, with its location.
enum RawValue: Sendable, Equatable {
    case null
    // Text stays inline: a box per cell of every CSV row was an allocation each.
    case scalar(String)
    case list([RawItem])
    indirect case mapping(RawRecord)
}
