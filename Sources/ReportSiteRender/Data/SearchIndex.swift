import ReportSiteModel

/// The search index, shipped as a script so the search page works from `file://` (no fetch).
///
/// Compact arrays, not objects: names only; the page folds diacritics itself ("Huế" → "hue").
enum SearchIndex {
    static func script(model: RenderModel) -> String {
        let site = model.site
        let provinces = site.provinces.sorted { $0.id < $1.id }
        var provinceIndex: [String: Int] = [:]
        for (i, p) in provinces.enumerated() { provinceIndex[p.id] = i }
        var out = "window.REPORTSITE_INDEX={\"p\":["
        out += provinces.map { "[\(Escape.json($0.id)),\(Escape.json($0.name))]" }.joined(separator: ",")
        out += "],\"k\":["
        out += UnitKind.allCases.map { Escape.json(model.strings.kind($0)) }.joined(separator: ",")
        out += "],\"u\":[\n"
        let kinds = UnitKind.allCases
        out += site.units.sorted { $0.id < $1.id }.map { u in
            "[\(Escape.json(u.id)),\(Escape.json(u.name)),\(kinds.firstIndex(of: u.kind) ?? 0),\(provinceIndex[u.province] ?? -1)]"
        }.joined(separator: ",\n")
        out += "],\"d\":["
        out += site.directives.sorted { $0.id < $1.id }.map { d in
            "[\(Escape.json(d.id)),\(Escape.json(model.strings.directiveKind(d.kind) + " " + d.number)),\(Escape.json(d.title))]"
        }.joined(separator: ",")
        out += "],\"r\":["
        out += site.reports.sorted { $0.id < $1.id }.map { "[\(Escape.json($0.id)),\(Escape.json($0.title))]" }.joined(separator: ",")
        out += "],\"g\":["
        out += site.pages.sorted { $0.id < $1.id }.map { "[\(Escape.json($0.id)),\(Escape.json($0.title))]" }.joined(separator: ",")
        out += "]};\n"
        return out
    }
}
