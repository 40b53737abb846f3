import ReportSiteModel

/// The list of provinces and each province's page.
extension PageRenderer {
    func provinces(_ o: inout Outcome) {
        let path = Paths.provinces
        let root = Paths.root(of: path)
        let sorted = site.provinces.sorted { a, b in
            let ka = a.name.collationKey, kb = b.name.collationKey
            return ka != kb ? ka < kb : a.id < b.id
        }
        func row(_ p: Province) -> [String: Any] {
            let (own, merged) = model.unitsCounted(for: p.id)
            var x: [String: Any] = ["name": p.name, "href": root + Paths.province(p.id),
                                    "units": f.integer(merged.reduce(own.count) { $0 + $1.units.count })]
            if let code = p.code { x["code"] = code }
            if let region = p.region { x["region"] = region }
            if let m = p.mergedInto { x["merged_into"] = ["name": model.provinceName(m), "href": root + Paths.province(m)] }
            if let u = p.until { x["until"] = u }
            return x
        }
        let latest = model.years.last ?? Int.max
        let current = sorted.filter { $0.exists(in: latest) }.map(row)
        let former = sorted.filter { !$0.exists(in: latest) }.map(row)
        page(path, template: "provinces", title: t["provinces"], section: .provinces,
             context: ["current": current, "former": former, "has_former": !former.isEmpty], into: &o)
    }

    func province(_ id: String, _ o: inout Outcome) {
        guard let p = model.provincesByID[id] else { return }
        let path = Paths.province(id)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        var rows: [[String: Any]] = []
        var hasNew = false
        for y in model.years.reversed() {
            guard let s = model.ranking(year: y).province(id) else { continue }
            let newlyRanked = s.rank != nil && model.years.contains(y - 1)  // "mới" when it has no change
            rows.append(["year": y, "href": root + Paths.ranking(y), "rank": s.rank.map(String.init) ?? t["unranked"],
                         "units": f.integer(s.units), "assessed": f.integer(s.assessed), "mean": f.mean(s.meanScore),
                         "share_excellent": f.percent(s.shareExcellent), "share_safe": f.percent(s.shareSafe),
                         "change": c.rankChangeHTML(s.rankChange, ranked: newlyRanked)])
            if newlyRanked && s.rankChange == nil { hasNew = true }
        }
        var ctx: [String: Any] = ["name": p.name, "years": rows, "has_years": !rows.isEmpty, "has_new": hasNew]
        if let code = p.code { ctx["code"] = code }
        if let region = p.region { ctx["region"] = region }
        if let u = p.until { ctx["until"] = u }
        if let m = p.mergedInto { ctx["merged_into"] = ["name": model.provinceName(m), "href": root + Paths.province(m)] }
        let predecessors = site.provinces.filter { $0.mergedInto == id }.map { ["name": $0.name, "href": root + Paths.province($0.id)] }
        if !predecessors.isEmpty { ctx["predecessors"] = predecessors; ctx["has_predecessors"] = true }
        ctx.merge(provinceUnits(id, root: root)) { _, new in new }
        if !rows.isEmpty, model.years.count > 0 {
            ctx["rank_chart"] = Charts(renderer: c).rankHistory(province: id)
        }
        // The latest results.
        if let y = model.years.last, model.ranking(year: y).province(id)?.assessed ?? 0 > 0 {
            ctx["latest_year"] = y
            ctx["stats"] = c.stats(year: y, province: id)
            ctx["units_table"] = c.unitsTable(model.ranking(year: y), province: id, top: nil)
            ctx["class_chart"] = Charts(renderer: c).classes(year: y, province: id)
        }
        page(path, template: "province", title: p.name, section: .provinces, context: ctx, into: &o)
    }

    /// The province page's units: its own, then those of every province merged into it (at any remove),
    /// each under its own heading; the count says how many come from where.
    func provinceUnits(_ id: String, root: String) -> [String: Any] {
        let (own, merged) = model.unitsCounted(for: id)
        let total = merged.reduce(own.count) { $0 + $1.units.count }
        var ctx: [String: Any] = ["units_count": f.integer(total), "has_units": total > 0, "own_units": !own.isEmpty,
                                  "unit_links": unitLinks(own, root: root)]
        if !merged.isEmpty {
            ctx["units_count_detail"] = ([f.integer(own.count) + " " + t["units_own"]]
                + merged.map { f.integer($0.units.count) + " " + t["units_of"] + " " + $0.province.name }).joined(separator: "; ")
            ctx["merged_units"] = merged.map { m, list -> [String: Any] in
                var x: [String: Any] = ["name": m.name, "href": root + Paths.province(m.id), "count": f.integer(list.count),
                                        "unit_links": unitLinks(list, root: root)]
                if let until = m.until { x["from_year"] = until + 1 }
                return x
            }
        }
        return ctx
    }
}
