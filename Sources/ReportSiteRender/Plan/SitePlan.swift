import ReportSiteModel

/// Every file the site's pages and data make, listed once from the site: rendering, the link targets, the
/// sitemap, the feed and the early folder pass all read this list. Order is the renderer's schedule (the
/// largest jobs first, so that no core is left with a big one at the end); paths are unique.
public struct SitePlan: Sendable {
    public let pages: [PlannedPage]

    public init(site: Site, years: [Int]) {
        var pages: [PlannedPage] = []
        pages.reserveCapacity(site.units.count + site.provinces.count + site.directives.count + 64)
        // Each year's units tables, the search index and directive pages with all their implementers first.
        for y in years {
            for file in [RankingDataFile.unitsJSON, .unitsCSV, .provincesJSON, .provincesCSV] {
                pages.append(PlannedPage(Paths.rankingData(y, file), .rankingData(year: y, file: file), inSitemap: false))
            }
        }
        pages.append(PlannedPage(Paths.searchIndex, .searchIndex, inSitemap: false))
        pages += site.directives.map { PlannedPage(Paths.directive($0.id), .directive($0.id)) }
        pages += [PlannedPage(Paths.home, .home), PlannedPage(Paths.rankings, .rankings),
                  PlannedPage(Paths.provinces, .provinces), PlannedPage(Paths.directives, .directives),
                  PlannedPage(Paths.reports, .reports), PlannedPage(Paths.notFound, .notFound, inSitemap: false),
                  PlannedPage(Paths.search, .search)]
        pages += years.map { PlannedPage(Paths.ranking($0), .rankingYear($0)) }
        pages += SitePlan.unitKinds(of: site).map { PlannedPage(Paths.unitKind($0), .unitKind($0)) }
        pages += site.provinces.map { PlannedPage(Paths.province($0.id), .province($0.id)) }
        pages += site.units.map { PlannedPage(Paths.unit($0.id), .unit($0.id)) }
        pages += site.reports.map { PlannedPage(Paths.report($0.id), .report($0.id)) }
        pages += site.pages.map { PlannedPage(Paths.page($0.id), .page($0.id)) }
        if site.settings.baseURL != nil {
            pages += [PlannedPage(Paths.sitemap, .sitemap, inSitemap: false), PlannedPage(Paths.feed, .feed, inSitemap: false)]
        }
        self.pages = pages
    }

    /// The kinds that have at least one unit, in `UnitKind` order: each has its page.
    static func unitKinds(of site: Site) -> [UnitKind] {
        var present = Set<UnitKind>()
        for u in site.units { present.insert(u.kind) }
        return UnitKind.allCases.filter(present.contains)
    }

    /// Every planned path.
    public var paths: Set<String> { Set(pages.map(\.path)) }

    /// The folder of every page that has its own (for making them before the pages are rendered).
    public var folders: [String] { pages.compactMap(\.folder) }

    /// The paths `sitemap.xml` lists, sorted.
    var sitemapPaths: [String] { pages.filter(\.inSitemap).map(\.path).sorted() }
}
