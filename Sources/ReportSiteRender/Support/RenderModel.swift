import ReportSiteModel

/// Everything pages and components read, computed once per build.
public struct RenderModel: Sendable {
    public private(set) var site: Site
    public let ranker: Ranker
    public let strings: Strings
    public let format: Format
    public let context: BuildContext
    /// Rankings by year for all units and per kind.
    let rankings: [YearAndKind: YearRanking]
    /// By year, then by unit index: where the unit stands in the year's ranking over all kinds (an index
    /// into its `units`), or -1; indexes rather than copies of the standings, and no id looked up again.
    let unitPlaces: [Int: [Int]]
    let provincesByID: [String: Province]
    /// By unit id: its index in the site's units (the ranker's table).
    let unitIndex: [String: Int]
    private(set) var directivesByID: [String: Directive]
    /// Units by the id of the province written in their file, in Vietnamese name order.
    let unitsByHomeProvince: [String: [SiteUnit]]
    /// Units implementing each directive, in Vietnamese name order.
    let implementers: [String: [SiteUnit]]
    /// By unit index: its assessments, by year ascending.
    let assessmentsByUnit: [[Assessment]]
    private(set) var reportsByID: [String: Document]
    private(set) var pagesByID: [String: Document]
    public let years: [Int]
    public let currentYear: Int?
    /// Every page and data file of the site.
    public let plan: SitePlan

    /// A ranking's year and the kind of units it ranks (nil: all kinds).
    struct YearAndKind: Hashable, Sendable {
        var year: Int
        var kind: UnitKind?
    }

    /// The units a province's page counts: those whose file names it, and, for each province merged into it
    /// (directly or through another merged province, in the site's order of provinces) that has units, those.
    func unitsCounted(for id: String) -> (own: [SiteUnit], merged: [(province: Province, units: [SiteUnit])]) {
        var found: Set<String> = [id]
        var frontier = [id]
        while let next = frontier.popLast() {
            for p in site.provinces where p.mergedInto == next && found.insert(p.id).inserted { frontier.append(p.id) }
        }
        let merged = site.provinces.filter { $0.id != id && found.contains($0.id) }.compactMap { p in
            unitsByHomeProvince[p.id].map { (province: p, units: $0) }
        }
        return (unitsByHomeProvince[id] ?? [], merged)
    }

    public init(site: Site, context: BuildContext) {
        self.site = site
        self.context = context
        let ranker = Timings.measure("model: ranker") { Ranker(site: site) }
        self.ranker = ranker
        unitIndex = ranker.unitIndex
        strings = Strings(language: site.settings.language)
        format = Format(language: site.settings.language)
        years = site.years
        currentYear = site.currentYear(years: years)
        plan = SitePlan(site: site, years: years)
        provincesByID = RenderModel.byID(site.provinces)
        directivesByID = RenderModel.byID(site.directives)
        // Lists by province and directive, and assessments by unit, are independent: build them side by side.
        // (Building the rankings alongside as well measured slower: four threads on two cores.)
        let ((byProvince, impl), byUnit) = Timings.measure("model: lists") {
            inParallel({
                // site.units is the ranker's list, so its indexes in name order point into it.
                let sortedUnits = ranker.unitsByName.map { site.units[$0] }
                var byProvince: [String: [SiteUnit]] = [:]
                var impl: [String: [SiteUnit]] = [:]
                for unit in sortedUnits {
                    byProvince[unit.province, default: []].append(unit)
                    for dir in unit.directives { impl[dir, default: []].append(unit) }
                }
                return (byProvince, impl)
            }, {
                ranker.assessmentsByUnit()
            })
        }
        unitsByHomeProvince = byProvince
        implementers = impl
        assessmentsByUnit = byUnit
        reportsByID = RenderModel.byID(site.reports)
        pagesByID = RenderModel.byID(site.pages)
        pagesInOrder = RenderModel.inMenuOrder(site.pages)
        let keys = years.flatMap { y in [YearAndKind(year: y, kind: nil)] + UnitKind.allCases.map { YearAndKind(year: y, kind: $0) } }
        let computed = Timings.measure("model: rankings") { ranker.rankings(keys.map { ($0.year, $0.kind) }) }
        let rankings = Dictionary(uniqueKeysWithValues: zip(keys, computed))
        self.rankings = rankings
        let years = self.years
        let unitCount = site.units.count
        let perYear = parallelMap(years) { y -> [Int] in
            var m = [Int](repeating: -1, count: unitCount)
            for (i, u) in (rankings[YearAndKind(year: y, kind: nil)]?.units ?? []).enumerated() where u.unitIndex >= 0 {
                m[u.unitIndex] = i
            }
            return m
        }
        unitPlaces = Dictionary(uniqueKeysWithValues: zip(years, perYear))
    }

    /// The same model for a site that differs only in Markdown bodies: rankings and lists are kept.
    public func replacingBodies(with site: Site) -> RenderModel {
        var m = self
        // Units keep their indexes: only bodies changed (IncrementalBuild.bodyOnlyChanges compares in order).
        assert(site.units.map(\.id) == self.site.units.map(\.id))
        m.site = site
        m.directivesByID = RenderModel.byID(site.directives)
        m.reportsByID = RenderModel.byID(site.reports)
        m.pagesByID = RenderModel.byID(site.pages)
        m.pagesInOrder = RenderModel.inMenuOrder(site.pages)
        return m
    }

    /// Values by id; ids are unique after validation, so a later duplicate would simply win.
    static func byID<T: Identifiable>(_ values: [T]) -> [String: T] where T.ID == String {
        var out: [String: T] = [:]
        out.reserveCapacity(values.count)
        for v in values { out[v.id] = v }
        return out
    }

    /// The index and the unit of id `id`.
    func unit(_ id: String) -> (index: Int, unit: SiteUnit)? {
        // Through the model's own copy of the table: reaching it through `ranker` made the compiler copy
        // the whole model on every unit page.
        guard let i = unitIndex[id] else { return nil }
        return (i, site.units[i])
    }

    /// The standing of the unit at `index` in the ranking of `year` over all kinds.
    func standing(ofUnitAt index: Int, year: Int) -> UnitStanding? {
        guard let places = unitPlaces[year], places[index] >= 0, let r = rankings[YearAndKind(year: year, kind: nil)] else { return nil }
        return r.units[places[index]]
    }

    public func ranking(year: Int, kind: UnitKind? = nil) -> YearRanking {
        rankings[YearAndKind(year: year, kind: kind)] ?? ranker.ranking(year: year, kind: kind)
    }

    /// Reports newest first (by date, then title).
    public var reportsNewestFirst: [Document] { RenderModel.newestFirst(site.reports) }

    static func newestFirst(_ reports: [Document]) -> [Document] {
        reports.sorted { a, b in
            if a.date != b.date { return (a.date ?? SimpleDate(year: 0, month: 1, day: 1)) > (b.date ?? SimpleDate(year: 0, month: 1, day: 1)) }
            return a.title.collationKey != b.title.collationKey ? a.title.collationKey < b.title.collationKey : a.id < b.id
        }
    }

    /// Pages by weight, then title (the menu order), kept because every page's layout reads it.
    public private(set) var pagesInOrder: [Document]

    static func inMenuOrder(_ pages: [Document]) -> [Document] {
        pages.sorted { a, b in
            if a.weight != b.weight { return a.weight < b.weight }
            return a.title.collationKey != b.title.collationKey ? a.title.collationKey < b.title.collationKey : a.id < b.id
        }
    }

    /// The units of `kind`, in Vietnamese name order.
    func unitsOfKind(_ kind: UnitKind) -> [SiteUnit] {
        ranker.unitsByName.lazy.map { site.units[$0] }.filter { $0.kind == kind }
    }

    func className(_ id: String) -> String { site.scheme.scoreClass(id: id)?.name ?? id }
    func provinceName(_ id: String?) -> String { id.flatMap { provincesByID[$0]?.name } ?? "–" }
}
