import ReportSiteModel

/// The list of directives and each directive's page.
extension PageRenderer {
    func directiveRow(_ d: Directive, root: String) -> [String: Any] {
        var x: [String: Any] = ["number": d.number, "kind": t.directiveKind(d.kind), "title": d.title, "issuer": d.issuer,
                                "issued": f.date(d.issued), "href": root + Paths.directive(d.id),
                                "implementers": f.integer(model.implementers[d.id]?.count ?? 0)]
        if let s = d.scope { x["scope"] = s == "national" ? t["national"] : model.provinceName(s) }
        return x
    }

    func directives(_ o: inout Outcome) {
        let path = Paths.directives
        let root = Paths.root(of: path)
        let sorted = site.directives.sorted { a, b in a.issued != b.issued ? a.issued > b.issued : a.id < b.id }
        page(path, template: "directives", title: t["directives"], section: .directives,
             context: ["directives": sorted.map { directiveRow($0, root: root) }], into: &o)
    }

    func directive(_ id: String, _ o: inout Outcome) {
        guard let d = model.directivesByID[id] else { return }
        let path = Paths.directive(id)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        var ctx = directiveRow(d, root: root)
        ctx["replaces"] = d.replaces.compactMap { model.directivesByID[$0] }.map { ["number": $0.number, "href": root + Paths.directive($0.id)] }
        ctx["has_replaces"] = !d.replaces.isEmpty
        let replacedBy = site.directives.filter { $0.replaces.contains(id) }.map { ["number": $0.number, "href": root + Paths.directive($0.id)] }
        if !replacedBy.isEmpty { ctx["replaced_by"] = replacedBy; ctx["has_replaced_by"] = true }
        if let s = d.source {
            ctx["source"] = s.hasPrefix("http://") || s.hasPrefix("https://") ? s : root + (s.hasPrefix("static/") ? s : "static/" + s)
        }
        ctx["body"] = markdown(d.body, path: path, components: c, into: &o)
        // Implementers grouped by province, provinces in Vietnamese order.
        let units = model.implementers[id] ?? []
        let grouped = Dictionary(grouping: units, by: \.province)
        let provinceIDs = grouped.keys.sorted { a, b in
            let ka = model.provinceName(a).collationKey, kb = model.provinceName(b).collationKey
            return ka != kb ? ka < kb : a < b
        }
        ctx["groups"] = provinceIDs.map { pid -> [String: Any] in
            ["province": model.provinceName(pid), "href": root + Paths.province(pid), "count": f.integer(grouped[pid]?.count ?? 0),
             "unit_links": unitLinks(grouped[pid] ?? [], root: root)]
        }
        ctx["has_groups"] = !units.isEmpty
        page(path, template: "directive", title: "\(t.directiveKind(d.kind)) \(d.number)", section: .directives,
             description: d.title, context: ctx, into: &o)
    }
}
