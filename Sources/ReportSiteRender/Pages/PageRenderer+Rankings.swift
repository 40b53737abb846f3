import ReportSiteModel

/// The home page and the ranking pages.
extension PageRenderer {
    func home(_ o: inout Outcome) {
        let path = Paths.home
        let c = ComponentRenderer(model: model, root: "")
        var ctx: [String: Any] = ["site_title": site.settings.title]
        if let s = site.settings.subtitle { ctx["subtitle"] = s }
        if let y = model.currentYear, model.years.contains(y) {
            ctx["year"] = y
            ctx["stats"] = c.stats(year: y, province: nil)
            ctx["ranking"] = c.rankingTable(model.ranking(year: y), top: 10)
            ctx["ranking_href"] = Paths.ranking(y)
            ctx["chart"] = Charts(renderer: c).classes(year: y, province: nil)
        }
        ctx["reports"] = documentList(Array(model.reportsNewestFirst.prefix(5)), root: "")
        ctx["has_reports"] = !site.reports.isEmpty
        page(path, template: "home", title: site.settings.title, section: .home, context: ctx, into: &o)
    }

    func rankings(_ o: inout Outcome) {
        let path = Paths.rankings
        let root = Paths.root(of: path)
        let years: [[String: Any]] = model.years.reversed().map { y in
            let r = model.ranking(year: y)
            let ranked = r.provinces.filter { $0.rank != nil }.count
            var x: [String: Any] = ["year": y, "href": root + Paths.ranking(y), "ranked": f.integer(ranked), "assessed": f.integer(r.units.count)]
            if let first = r.provinces.first, first.rank != nil { x["leader"] = first.name }
            return x
        }
        let kinds = unitKindLinks(root: root)
        page(path, template: "rankings", title: t["rankings"], section: .rankings,
             context: ["years": years, "has_years": !years.isEmpty, "kinds": kinds, "has_kinds": !kinds.isEmpty], into: &o)
    }

    func rankingYear(_ year: Int, _ o: inout Outcome) {
        let path = Paths.ranking(year)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        let r = model.ranking(year: year)
        var byKind: [[String: Any]] = []
        for k in UnitKind.allCases {
            let rk = model.ranking(year: year, kind: k)
            if rk.units.isEmpty { continue }
            byKind.append(["kind": t.kindPlural(k), "table": c.rankingTable(rk, top: nil)])
        }
        var ctx: [String: Any] = [
            "year": year,
            "table": c.rankingTable(r, top: nil),
            "chart": Charts(renderer: c).classes(year: year, province: nil),
            "by_kind": byKind,
            "downloads": [
                ["label": "provinces.csv", "href": "provinces.csv"], ["label": "provinces.json", "href": "provinces.json"],
                ["label": "units.csv", "href": "units.csv"], ["label": "units.json", "href": "units.json"],
            ],
            "assessed": f.integer(r.units.count),
        ]
        if model.years.contains(year - 1) { ctx["prev"] = ["year": year - 1, "href": root + Paths.ranking(year - 1)] }
        if model.years.contains(year + 1) { ctx["next"] = ["year": year + 1, "href": root + Paths.ranking(year + 1)] }
        page(path, template: "ranking-year", title: "\(t["province_ranking"]) \(year)", section: .rankings, context: ctx, into: &o)
    }
}
