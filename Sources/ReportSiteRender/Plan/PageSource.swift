import ReportSiteModel

/// What a planned file is rendered from: the kind of page, with the id or year it shows.
public enum PageSource: Sendable, Hashable {
    case home, rankings, rankingYear(Int), provinces, province(String), unit(String)
    case directives, directive(String), reports, report(String), page(String), notFound, search
    /// The units of one kind (agency, enterprise, school) with their ranks.
    case unitKind(UnitKind)
    case rankingData(year: Int, file: RankingDataFile)
    case searchIndex, sitemap, feed

    /// The kind of page, for timings.
    var kindName: String {
        switch self {
        case .home: return "home"
        case .rankings: return "rankings"
        case .rankingYear: return "ranking year"
        case .provinces: return "provinces"
        case .province: return "province"
        case .unit: return "units"
        case .directives: return "directives"
        case .directive: return "directive"
        case .reports: return "reports"
        case .report, .page: return "document"
        case .notFound: return "404"
        case .search: return "search"
        case .unitKind: return "unit kind"
        case .rankingData: return "data files"
        case .searchIndex: return "search index"
        case .sitemap, .feed: return "feeds"
        }
    }
}
