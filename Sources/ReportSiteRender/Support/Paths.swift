import ReportSiteModel

/// Output paths of every page, and relative links between them.
public enum Paths {
    public static let home = "index.html"
    public static let rankings = "rankings/index.html"
    public static func ranking(_ year: Int) -> String { "rankings/\(year)/index.html" }
    public static let provinces = "provinces/index.html"
    public static func province(_ id: String) -> String { "provinces/\(id)/index.html" }
    public static func unit(_ id: String) -> String {
        var path = ""
        path.reserveCapacity(id.utf8.count + 17)
        appendUnit(id, to: &path)
        return path
    }
    /// Appends `unit(id)` to `s` without making it as a string of its own (lists of thousands of units).
    public static func appendUnit(_ id: String, to s: inout String) {
        s += "units/"
        s += id
        s += "/index.html"
    }
    public static let directives = "directives/index.html"
    public static func directive(_ id: String) -> String { "directives/\(id)/index.html" }
    public static let reports = "reports/index.html"
    public static func report(_ id: String) -> String { "reports/\(id)/index.html" }
    public static func page(_ id: String) -> String { "pages/\(id)/index.html" }
    public static let search = "search/index.html"
    public static func unitKind(_ kind: UnitKind) -> String { "kinds/\(kind.rawValue)/index.html" }
    public static let notFound = "404.html"
    public static let stylesheet = "assets/style.css"
    public static func rankingData(_ year: Int, _ file: RankingDataFile) -> String { "rankings/\(year)/" + file.rawValue }
    public static let searchIndex = "search/index.js"
    public static let sitemap = "sitemap.xml"
    public static let feed = "feed.xml"

    /// The prefix that leads from `page` back to the site root: "" or "../../".
    public static func root(of page: String) -> String {
        // Counted on bytes: filtering Characters breaks the path into graphemes, on every page.
        String(repeating: "../", count: page.utf8.reduce(0) { $0 + ($1 == 0x2F ? 1 : 0) })
    }
}
