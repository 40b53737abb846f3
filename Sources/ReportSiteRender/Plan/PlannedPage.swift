import ReportSiteModel

/// One file of the site as the plan lists it: where it goes and what it is made from.
public struct PlannedPage: Sendable, Hashable {
    /// The path in the output, relative to its root.
    public let path: String
    public let source: PageSource
    /// Listed in `sitemap.xml` (pages a reader may land on; not the 404 page, data files or feeds).
    public let inSitemap: Bool

    init(_ path: String, _ source: PageSource, inSitemap: Bool = true) {
        self.path = path
        self.source = source
        self.inSitemap = inSitemap
    }

    /// The page's own folder ("units/x" of "units/x/index.html"), or nil for a file beside others
    /// (the home page, the 404 page, data files).
    public var folder: String? {
        path.hasSuffix("/index.html") ? String(path.dropLast("/index.html".count)) : nil
    }

    /// Made from the model alone, without templates or links (`check` lists these by path only).
    var isData: Bool {
        switch source {
        case .rankingData, .searchIndex: return true
        default: return false
        }
    }
}

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

/// The four downloads of a year's ranking.
public enum RankingDataFile: String, Sendable, CaseIterable {
    case unitsJSON = "units.json", unitsCSV = "units.csv", provincesJSON = "provinces.json", provincesCSV = "provinces.csv"
}
