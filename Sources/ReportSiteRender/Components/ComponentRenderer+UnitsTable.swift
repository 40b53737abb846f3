import ReportSiteModel

/// The table of ranked units (a kind's page has a row for each of tens of thousands of units).
extension ComponentRenderer {
    func unitsTable(_ r: YearRanking, province: String?, top: Int?, caption: String? = nil) -> String {
        var units = r.units
        if let province { units = units.filter { $0.province == province } }
        if let top { units = units.filter { ((province == nil ? $0.rankNational : $0.rankInProvince) ?? Int.max) <= top } }
        var cap = caption ?? "\(t["unit_ranking"]) \(r.year)"
        if let province, caption == nil { cap += " – \(model.provinceName(province))" }
        if let k = r.kind, caption == nil { cap += " – \(t.kindPlural(k))" }
        var h = ""
        h += tableOpen(cap, cls: "data units")
        h += "<thead><tr><th scope=\"col\" class=\"num\">\(Escape.html(t[province == nil ? "rank_national" : "rank_in_province"]))</th>"
        h += "<th scope=\"col\">\(Escape.html(t["unit"]))</th><th scope=\"col\">\(Escape.html(t["kind"]))</th>"
        if province == nil { h += "<th scope=\"col\">\(Escape.html(t["province"]))</th>" }
        h += "<th scope=\"col\" class=\"num\">\(Escape.html(t["total"]))</th><th scope=\"col\">\(Escape.html(t["class"]))</th><th scope=\"col\">\(Escape.html(t["safe"]))</th></tr></thead><tbody>"
        var cells = UnitRowCells(self)
        h.reserveCapacity(h.utf8.count + units.count * 330)
        for u in units { unitRow(u, national: province == nil, cells: &cells, into: &h) }
        h += "</tbody></table></div>"
        return h
    }

    /// One row of `unitsTable`, appended piece by piece (a row made of interpolated strings made a dozen
    /// strings, most of them the same on every row).
    private func unitRow(_ u: UnitStanding, national: Bool, cells: inout UnitRowCells, into h: inout String) {
        h += "<tr><td class=\"num\">"
        h += String(national ? u.rankNational : (u.rankInProvince ?? 0))
        h += "</td><th scope=\"row\"><a href=\""
        h += root
        Paths.appendUnit(u.id, to: &h)
        h += "\">"
        h += Escape.html(u.name)
        h += "</a></th>"
        h += cells.kind(u.kind)
        if national { h += cells.province(u.province) }
        h += "<td class=\"num\">"
        h += f.score(u.total)
        h += "</td><td>"
        h += cells.badge(u.classId)
        h += "</td><td>"
        h += u.safe ? cells.yes : cells.no
        h += "</td></tr>"
    }
}

/// The cells of `unitsTable` that many rows share, each made the first time a row needs it.
private struct UnitRowCells {
    let renderer: ComponentRenderer
    let yes: String
    let no: String
    private var kinds: [UnitKind: String] = [:]
    private var provinces: [String: String] = [:]
    private var badges: [String: String] = [:]

    init(_ renderer: ComponentRenderer) {
        self.renderer = renderer
        yes = Escape.html(renderer.t["yes"])
        no = Escape.html(renderer.t["no"])
    }

    /// `<td>kind</td>`.
    mutating func kind(_ k: UnitKind) -> String {
        if let cell = kinds[k] { return cell }
        let cell = "<td>\(Escape.html(renderer.t.kind(k)))</td>"
        kinds[k] = cell
        return cell
    }

    /// `<td>` with a link to the province, or "–" for a unit of no province.
    mutating func province(_ id: String?) -> String {
        guard let id else { return "<td>–</td>" }
        if let cell = provinces[id] { return cell }
        let cell = "<td><a href=\"\(renderer.href(Paths.province(id)))\">\(Escape.html(renderer.model.provinceName(id)))</a></td>"
        provinces[id] = cell
        return cell
    }

    /// The class badge (`ComponentRenderer.classBadge`).
    mutating func badge(_ classId: String) -> String {
        if let html = badges[classId] { return html }
        let html = renderer.classBadge(classId)
        badges[classId] = html
        return html
    }
}
