import ReportSiteModel

/// Renders components, both from Markdown fences and on generated pages, as HTML fragments.
///
/// `root` is the relative prefix from the page to the site root; `ids` makes element ids unique per page.
final class ComponentRenderer {
    let model: RenderModel
    let root: String
    private var counter = 0

    init(model: RenderModel, root: String) {
        self.model = model
        self.root = root
    }

    var t: Strings { model.strings }
    var f: Format { model.format }

    /// Starts a new page with the same root: ids count from 1 again. (Unit pages of a chunk share one
    /// renderer: making one copies the whole model, which showed in profiles at one per page.)
    func startPage() {
        counter = 0
    }

    func nextID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)-\(counter)"
    }

    func href(_ path: String) -> String { root + path }

    // MARK: Markdown fences

    /// Validates a fence's parameters and renders it; problems become diagnostics and an empty fragment.
    func render(_ request: ComponentRequest, diagnostics: inout [Diagnostic]) -> String {
        guard let component = Component.named(request.name),
              let p = ComponentParameters.parse(request, allowed: component.parameters, diagnostics: &diagnostics) else { return "" }
        var arguments = ComponentArguments(request: request, values: p.values, model: model)
        let html = component.render(&arguments, self)
        diagnostics += arguments.diagnostics
        return html
    }

    // MARK: Tables

    func tableOpen(_ caption: String, cls: String) -> String { ComponentRenderer.tableOpen(caption, cls: cls) }

    /// The opening of a scrollable, labelled data table (also used by `UnitTables`).
    static func tableOpen(_ caption: String, cls: String) -> String {
        "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(Escape.html(caption))\" tabindex=\"0\"><table class=\"\(cls)\"><caption>\(Escape.html(caption))</caption>"
    }

    /// The ranked provinces of `r` (the first `top` ranks, or all), then, for a full table of all kinds, one
    /// line naming the provinces without an assessed unit. Rank change is left out in a first year (nothing
    /// to compare).
    func rankingTable(_ r: YearRanking, top: Int?, caption: String? = nil) -> String {
        var h = ""
        var cap = caption ?? "\(t["province_ranking"]) \(r.year)"
        if let k = r.kind { cap += " – \(t.kindPlural(k))" }
        let compared = model.years.contains(r.year - 1)
        h += tableOpen(cap, cls: "data ranking")
        h += "<thead><tr>"
        for (key, num) in [("rank", true), ("province", false), ("assessed", true), ("mean_score", true), ("share_excellent", true), ("share_safe", true)] {
            h += "<th scope=\"col\"\(num ? " class=\"num\"" : "")>\(Escape.html(t[key]))</th>"
        }
        if compared { h += "<th scope=\"col\" class=\"num\">\(Escape.html(t["rank_change"]))</th>" }
        h += "</tr></thead><tbody>"
        let rows = r.provinces.filter { p in p.rank.map { $0 <= (top ?? Int.max) } ?? false }
        for p in rows {
            h += "<tr><td class=\"num\">\(p.rank ?? 0)</td>"
            h += "<th scope=\"row\"><a href=\"\(href(Paths.province(p.id)))\">\(Escape.html(p.name))</a></th>"
            h += "<td class=\"num\">\(f.integer(p.assessed))</td><td class=\"num\">\(f.mean(p.meanScore))</td>"
            h += "<td class=\"num\">\(f.percent(p.shareExcellent))</td><td class=\"num\">\(f.percent(p.shareSafe))</td>"
            if compared { h += "<td class=\"num change\">\(rankChangeHTML(p.rankChange, ranked: true))</td>" }
            h += "</tr>"
        }
        h += "</tbody></table></div>"
        if compared && rows.contains(where: { $0.rankChange == nil }) {
            h += "<p class=\"table-note\">\(Escape.html(t["rank_new_note"])) \(r.year - 1).</p>"
        }
        let unranked = r.provinces.filter { $0.rank == nil }
        if top == nil && r.kind == nil && !unranked.isEmpty {
            h += "<p class=\"table-note\">\(Escape.html(t["unranked_list"])) \(r.year) (\(f.integer(unranked.count))): "
            h += unranked.map { "<a href=\"\(href(Paths.province($0.id)))\">\(Escape.html($0.name))</a>" }.joined(separator: ", ")
            h += ".</p>"
        }
        return h
    }

    /// A rank change: "▲ 2", "▼ 1", "="; for a province ranked this year and not the year before, "mới"
    /// (explained under the table); where there is no figure at all, "–" (spoken as "no data").
    func rankChangeHTML(_ c: Int?, ranked: Bool) -> String {
        guard let c else {
            if ranked { return "<span class=\"new\">\(Escape.html(t["rank_new"]))</span>" }
            return "<span aria-hidden=\"true\">–</span><span class=\"visually-hidden\">\(Escape.html(t["no_data"]))</span>"
        }
        let cls = c > 0 ? "up" : c < 0 ? "down" : "same"
        return "<span class=\"\(cls)\">\(Escape.html(f.rankChange(c)))</span>"
    }

    func classBadge(_ id: String) -> String {
        ComponentRenderer.badge(index: model.site.scheme.classes.firstIndex { $0.id == id } ?? 0, name: model.className(id))
    }

    /// A class badge: the class's place in the scheme gives its colour (also used by `UnitTables`).
    static func badge(index: Int, name: String) -> String {
        "<span class=\"class class-\(index)\">\(Escape.html(name))</span>"
    }

    /// Headline figures of a year, nationally or for one province, with change against the year before.
    func stats(year: Int, province: String?) -> String {
        let cur = figures(year: year, province: province)
        let prev = model.years.contains(year - 1) ? figures(year: year - 1, province: province) : nil
        var h = ""
        let title = "\(t["headline"]) \(year)" + (province.map { " – " + model.provinceName($0) } ?? "")
        h += "<section class=\"stats\" aria-label=\"\(Escape.html(title))\"><dl>"
        func item(_ key: String, _ value: String, _ change: String?) {
            h += "<div class=\"stat\"><dt>\(Escape.html(t[key]))</dt><dd><span class=\"value\">\(Escape.html(value))</span>"
            if let change { h += "<span class=\"delta\">\(Escape.html(change)) \(Escape.html(t["change_prev"]))</span>" }
            h += "</dd></div>"
        }
        func delta(_ a: Int, _ b: Int?) -> String? {
            guard let b else { return nil }
            let d = a - b
            return d > 0 ? "+" + f.integer(d) : d < 0 ? f.integer(d) : "±0"
        }
        item("stat.units", f.integer(cur.units), delta(cur.units, prev?.units))
        item("stat.assessed", f.integer(cur.assessed), delta(cur.assessed, prev?.assessed))
        item("stat.inspected", f.integer(cur.inspected), delta(cur.inspected, prev?.inspected))
        item("stat.commended", f.integer(cur.commended), delta(cur.commended, prev?.commended))
        let share = cur.assessed > 0 ? Fraction(Int64(cur.safe), Int64(cur.assessed)) : nil
        var shareDelta: String?
        if let prev, prev.assessed > 0, let share {
            let p = Fraction(Int64(prev.safe), Int64(prev.assessed))
            let d = Fraction(share.numerator * p.denominator - p.numerator * share.denominator, share.denominator * p.denominator)
            let pts = d.rounded(places: 3)
            shareDelta = (pts > 0 ? "+" : pts < 0 ? "" : "±") + f.fixed(pts, places: 1) + (model.site.settings.language == .vi ? " điểm %" : " pp")
        }
        item("stat.share_safe", f.percent(share), shareDelta)
        let mean = cur.assessed > 0 ? Fraction(cur.totalSum.hundredths, Int64(cur.assessed) * 100) : nil
        item("stat.mean", f.mean(mean), nil)
        for (i, c) in model.site.scheme.classes.enumerated() {
            h += "<div class=\"stat\"><dt>\(Escape.html(c.name))</dt><dd><span class=\"value\">\(f.integer(cur.classes[i]))</span>"
            if let prev { h += "<span class=\"delta\">\(Escape.html(delta(cur.classes[i], prev.classes[i]) ?? "")) \(Escape.html(t["change_prev"]))</span>" }
            h += "</dd></div>"
        }
        h += "</dl></section>"
        return h
    }

    struct Figures {
        var units = 0, assessed = 0, inspected = 0, commended = 0, safe = 0
        var totalSum = Score.zero
        var classes: [Int]
    }

    func figures(year: Int, province: String?) -> Figures {
        let r = model.ranking(year: year)
        var x = Figures(classes: Array(repeating: 0, count: model.site.scheme.classes.count))
        let rows = province.map { id in r.provinces.filter { $0.id == id } } ?? r.provinces
        for p in rows {
            x.units += p.units
            x.assessed += p.assessed
            x.inspected += p.inspected
            x.commended += p.commended
            x.safe += p.safe
            x.totalSum = x.totalSum + p.totalSum
            for (i, c) in p.classes.enumerated() where i < x.classes.count { x.classes[i] += c.count }
        }
        if province == nil {
            // Units that count for no province still count nationally.
            for u in r.units where u.province == nil {
                x.assessed += 1
                x.units += 1
                if u.inspected { x.inspected += 1 }
                if u.commended { x.commended += 1 }
                if u.safe { x.safe += 1 }
                x.totalSum = x.totalSum + u.total
                if let i = model.site.scheme.classes.firstIndex(where: { $0.id == u.classId }) { x.classes[i] += 1 }
            }
        }
        return x
    }

    func directiveList(_ list: [Directive]) -> String {
        let sorted = list.sorted { a, b in a.issued != b.issued ? a.issued > b.issued : a.id < b.id }
        var h = ""
        h += "<ul class=\"directive-list\">"
        for d in sorted {
            h += "<li><a href=\"\(href(Paths.directive(d.id)))\"><span class=\"number\">\(Escape.html(t.directiveKind(d.kind))) \(Escape.html(d.number))</span></a>"
            h += " – \(Escape.html(d.title)) <span class=\"meta\">(\(Escape.html(d.issuer)), \(Escape.html(f.date(d.issued))))</span></li>"
        }
        h += "</ul>"
        return h
    }
}
