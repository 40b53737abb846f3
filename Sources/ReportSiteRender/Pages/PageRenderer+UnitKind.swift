import ReportSiteModel

extension PageRenderer {
    /// The page of one kind of unit: the latest year's ranking of its units among themselves, then every
    /// unit of the kind (assessed or not), in Vietnamese name order.
    func unitKind(_ kind: UnitKind, _ o: inout Outcome) {
        let path = Paths.unitKind(kind)
        let root = Paths.root(of: path)
        let units = model.unitsOfKind(kind)
        let title = t["kind_page_title"] + ": " + t.kindPlural(kind)
        var ctx: [String: Any] = ["title": title, "units_count": f.integer(units.count),
                                  "unit_links": unitLinks(units, root: root)]
        if let y = model.years.last {
            let ranking = model.ranking(year: y, kind: kind)
            if !ranking.units.isEmpty {
                ctx["latest_year"] = y
                ctx["units_table"] = ComponentRenderer(model: model, root: root).unitsTable(ranking, province: nil, top: nil)
            }
        }
        page(path, template: "unit-kind", title: title, section: .rankings, context: ctx, into: &o)
    }

    /// The entries of the rankings page's list of kinds: each kind that has a page, with its count of units.
    func unitKindLinks(root: String) -> [[String: Any]] {
        model.plan.pages.compactMap { page -> [String: Any]? in
            guard case .unitKind(let kind) = page.source else { return nil }
            return ["name": t.kindPlural(kind), "href": root + page.path, "count": f.integer(model.unitsOfKind(kind).count)]
        }
    }
}
