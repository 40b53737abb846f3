import ReportSiteModel

/// Unit pages, and the lists of units on other pages.
extension PageRenderer {
    func unit(_ id: String, _ o: inout Outcome, components: ComponentRenderer? = nil) {
        guard let (index, u) = model.unit(id) else { return }
        let path = Paths.unit(id)
        let root = Paths.root(of: path)
        let c = components ?? ComponentRenderer(model: model, root: root)
        assert(c.root == root)
        var v = unitContext(u, at: index, root: root)
        if let body = u.body, !body.text.isBlank {
            v.body = markdown(body, path: path, components: c, into: &o)
        }
        layout(path, content: renderUnit(v, path: path, root: root), title: u.name, section: .provinces, into: &o)
    }

    /// The unit template's values, kept typed: the `[String: Any]` context is made only when a template
    /// needs it (see `UnitContext`). The tables come from `UnitTables`.
    func unitContext(_ u: SiteUnit, at index: Int, root: String) -> UnitContext {
        var v = UnitContext(name: u.name, kind: t.kind(u.kind), provinceName: model.provinceName(u.province),
                            provinceHref: root + Paths.province(u.province))
        v.district = u.district
        v.sector = u.sector
        v.level = u.level.map { t["level." + $0.rawValue] }
        v.models = u.models
        v.directives = u.directives.compactMap { model.directivesByID[$0] }.map {
            UnitContext.DirectiveItem(href: root + Paths.directive($0.id), kind: t.directiveKind($0.kind), number: $0.number, title: $0.title)
        }
        let records = model.assessmentsByUnit[index]
        let results = unitTables.results(of: u, at: index, records: records, model: model)
        v.resultsTable = results.table
        v.hasResults = results.table != nil
        v.notes = results.notes
        v.scoresTable = unitTables.scores(records, f)
        return v
    }

    /// `unit.mustache` for `v`: through the skeleton of its shape, or plainly when templates cannot use one.
    func renderUnit(_ v: UnitContext, path: String, root: String) -> String {
        guard templates.skeletonSafe else { return templates.render("unit", v.context(root: root, t: t.all)) }
        // The shape `ContextShape` would find in the context, made without the context (checked on every
        // page in debug builds, which the tests run).
        let (signature, values) = v.shape()
        assert({
            let generic = ContextShape(v.context(root: root, t: t.all), constant: PageRenderer.constantKeys)
            return generic?.signature == signature && generic?.values == values
        }(), "UnitContext.shape differs from ContextShape for \(path)")
        return renderShaped("unit", root: root, signature: signature, values: values, context: { v.context(root: root, t: t.all) })
    }

    /// A list item per unit from `unit-link.mustache`, for the long lists of a province's or a directive's
    /// units. With skeletons the item template is rendered once per page depth and filled for each unit;
    /// a Mustache section over thousands of items took about 2 µs a tag, most of a directive page.
    func unitLinks(_ units: [SiteUnit], root: String) -> String {
        func context(_ values: [String]) -> [String: Any] {
            ["href": values[0], "name": values[1], "kind": values[2], "root": root, "t": t.all]
        }
        func values(_ u: SiteUnit) -> [String] { [root + Paths.unit(u.id), u.name, t.kind(u.kind)] }
        // One skeleton for the whole list, filled item after item into one string.
        guard let parts = skeleton("unit-link", key: root, slots: 3, marked: { context((0..<3).map(SkeletonCache.marker)) }) else {
            return units.map { templates.render("unit-link", context(values($0))) }.joined()
        }
        // Each item's values without an array of them, the link made in one reused string.
        let kinds = Dictionary(uniqueKeysWithValues: UnitKind.allCases.map { ($0, t.kind($0)) })
        var href = ""
        var out = ""
        out.reserveCapacity(units.count * 160)
        for u in units {
            href.removeAll(keepingCapacity: true)
            href += root
            Paths.appendUnit(u.id, to: &href)
            SkeletonCache.fill(parts, escape: Escape.html, into: &out) { i in i == 0 ? href : i == 1 ? u.name : kinds[u.kind]! }
        }
        return out
    }
}
