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
