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
        guard let p = ComponentParameters.parse(request, diagnostics: &diagnostics) else { return "" }
        var ok = true
        func year() -> Int? {
            guard let y = p.values["year"] else {
                if model.currentYear == nil {
                    diagnostics.append(.error("component-parameter", at: request.location, Message("component-parameter.no-year", ["component": .text(request.name)])))
                    ok = false
                }
                return model.currentYear
            }
            guard let v = Int(y.value), model.years.contains(v) || v == model.currentYear else {
                let known = model.years.map(String.init)
                diagnostics.append(.error("component-parameter", at: y.location, Message("component-parameter.year", [
                    "component": .text(request.name), "year": .text(y.value),
                    "years": known.isEmpty ? .message(Message("component-parameter.no-years")) : .list(known),
                ])))
                ok = false
                return nil
            }
            return v
        }
        func top() -> Int? {
            guard let x = p.values["top"] else { return nil }
            guard let v = Int(x.value), v > 0 else {
                diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.top", ["component": .text(request.name), "value": .text(x.value)])))
                ok = false
                return nil
            }
            return v
        }
        func kind() -> UnitKind? {
            guard let x = p.values["kind"] else { return nil }
            guard let k = UnitKind(word: x.value) else {
                diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.kind", [
                    "component": .text(request.name), "value": .text(x.value), "hint": Suggestion.hintArgument(for: x.value, in: UnitKind.allWords),
                ])))
                ok = false
                return nil
            }
            return k
        }
        func province() -> String? {
            guard let x = p.values["province"] else { return nil }
            guard model.provincesByID[x.value] != nil else {
                diagnostics.append(.error("component-parameter", at: x.location, Message("component-parameter.province", [
                    "component": .text(request.name), "value": .text(x.value), "hint": Suggestion.hintArgument(for: x.value, in: model.site.provinces.map(\.id)),
                ])))
                ok = false
                return nil
            }
            return x.value
        }
        switch request.name {
        case "ranking":
            let (y, n, k) = (year(), top(), kind())
            guard ok, let y else { return "" }
            return rankingTable(model.ranking(year: y, kind: k), top: n)
        case "units":
            let (y, n, k, pr) = (year(), top(), kind(), province())
            guard ok, let y else { return "" }
            return unitsTable(model.ranking(year: y, kind: k), province: pr, top: n)
        case "stats":
            let (y, pr) = (year(), province())
            guard ok, let y else { return "" }
            return stats(year: y, province: pr)
        case "directives":
            var scope: String?
            if let s = p.values["scope"] {
                if s.value == "national" || model.provincesByID[s.value] != nil { scope = s.value } else {
                    diagnostics.append(.error("component-parameter", at: s.location, Message("component-parameter.scope", [
                        "value": .text(s.value), "hint": Suggestion.hintArgument(for: s.value, in: model.site.provinces.map(\.id) + ["national"]),
                    ])))
                    ok = false
                }
            }
            var dkind: DirectiveKind?
            if let k = p.values["kind"] {
                dkind = DirectiveKind(word: k.value)
                if dkind == nil {
                    diagnostics.append(.error("component-parameter", at: k.location, Message("component-parameter.directive-kind", [
                        "value": .text(k.value), "hint": Suggestion.hintArgument(for: k.value, in: DirectiveKind.allWords),
                    ])))
                    ok = false
                }
            }
            guard ok else { return "" }
            return directiveList(model.site.directives.filter { (scope == nil || $0.scope == scope) && (dkind == nil || $0.kind == dkind) })
        case "chart":
            let pr = province()
            guard let of = p.values["of"] else {
                diagnostics.append(.error("component-parameter", at: request.location, Message("component-parameter.chart-of")))
                return ""
            }
            switch of.value {
            case "classes":
                guard let y = year(), ok else { return "" }
                return Charts(renderer: self).classes(year: y, province: pr)
            case "provinces":
                guard let y = year(), ok else { return "" }
                return Charts(renderer: self).provinces(year: y)
            case "trend":
                if p.values["year"] != nil { _ = year() }
                guard ok else { return "" }
                return Charts(renderer: self).trend(province: pr)
            default:
                diagnostics.append(.error("component-parameter", at: of.location, Message("component-parameter.chart-of-value", [
                    "value": .text(of.value), "hint": Suggestion.hintArgument(for: of.value, in: ["classes", "provinces", "trend"]),
                ])))
                return ""
            }
        default:
            return ""
        }
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
        var h = HTMLBuilder()
        var cap = caption ?? "\(t["province_ranking"]) \(r.year)"
        if let k = r.kind { cap += " – \(t.kindPlural(k))" }
        let compared = model.years.contains(r.year - 1)
        h.raw(tableOpen(cap, cls: "data ranking"))
        h.raw("<thead><tr>")
        for (key, num) in [("rank", true), ("province", false), ("assessed", true), ("mean_score", true), ("share_excellent", true), ("share_safe", true)] {
            h.raw("<th scope=\"col\"\(num ? " class=\"num\"" : "")>\(Escape.html(t[key]))</th>")
        }
        if compared { h.raw("<th scope=\"col\" class=\"num\">\(Escape.html(t["rank_change"]))</th>") }
        h.raw("</tr></thead><tbody>")
        let rows = r.provinces.filter { p in p.rank.map { $0 <= (top ?? Int.max) } ?? false }
        for p in rows {
            h.raw("<tr><td class=\"num\">\(p.rank ?? 0)</td>")
            h.raw("<th scope=\"row\"><a href=\"\(href(Paths.province(p.id)))\">\(Escape.html(p.name))</a></th>")
            h.raw("<td class=\"num\">\(f.integer(p.assessed))</td><td class=\"num\">\(f.mean(p.meanScore))</td>")
            h.raw("<td class=\"num\">\(f.percent(p.shareExcellent))</td><td class=\"num\">\(f.percent(p.shareSafe))</td>")
            if compared { h.raw("<td class=\"num change\">\(rankChangeHTML(p.rankChange, ranked: true))</td>") }
            h.raw("</tr>")
        }
        h.raw("</tbody></table></div>")
        if compared && rows.contains(where: { $0.rankChange == nil }) {
            h.raw("<p class=\"table-note\">\(Escape.html(t["rank_new_note"])) \(r.year - 1).</p>")
        }
        let unranked = r.provinces.filter { $0.rank == nil }
        if top == nil && r.kind == nil && !unranked.isEmpty {
            h.raw("<p class=\"table-note\">\(Escape.html(t["unranked_list"])) \(r.year) (\(f.integer(unranked.count))): ")
            h.raw(unranked.map { "<a href=\"\(href(Paths.province($0.id)))\">\(Escape.html($0.name))</a>" }.joined(separator: ", "))
            h.raw(".</p>")
        }
        return h.out
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

    func unitsTable(_ r: YearRanking, province: String?, top: Int?, caption: String? = nil) -> String {
        var units = r.units
        if let province { units = units.filter { $0.province == province } }
        if let top { units = units.filter { ((province == nil ? $0.rankNational : $0.rankInProvince) ?? Int.max) <= top } }
        var cap = caption ?? "\(t["unit_ranking"]) \(r.year)"
        if let province, caption == nil { cap += " – \(model.provinceName(province))" }
        if let k = r.kind, caption == nil { cap += " – \(t.kindPlural(k))" }
        var h = HTMLBuilder()
        h.raw(tableOpen(cap, cls: "data units"))
        h.raw("<thead><tr><th scope=\"col\" class=\"num\">\(Escape.html(t[province == nil ? "rank_national" : "rank_in_province"]))</th>")
        h.raw("<th scope=\"col\">\(Escape.html(t["unit"]))</th><th scope=\"col\">\(Escape.html(t["kind"]))</th>")
        if province == nil { h.raw("<th scope=\"col\">\(Escape.html(t["province"]))</th>") }
        h.raw("<th scope=\"col\" class=\"num\">\(Escape.html(t["total"]))</th><th scope=\"col\">\(Escape.html(t["class"]))</th><th scope=\"col\">\(Escape.html(t["safe"]))</th></tr></thead><tbody>")
        for u in units {
            let rank = province == nil ? u.rankNational : (u.rankInProvince ?? 0)
            h.raw("<tr><td class=\"num\">\(rank)</td><th scope=\"row\"><a href=\"\(href(Paths.unit(u.id)))\">\(Escape.html(u.name))</a></th>")
            h.raw("<td>\(Escape.html(t.kind(u.kind)))</td>")
            if province == nil {
                if let p = u.province { h.raw("<td><a href=\"\(href(Paths.province(p)))\">\(Escape.html(model.provinceName(p)))</a></td>") } else { h.raw("<td>–</td>") }
            }
            h.raw("<td class=\"num\">\(f.score(u.total))</td><td>\(classBadge(u.classId))</td><td>\(Escape.html(u.safe ? t["yes"] : t["no"]))</td></tr>")
        }
        h.raw("</tbody></table></div>")
        return h.out
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
        var h = HTMLBuilder()
        let title = "\(t["headline"]) \(year)" + (province.map { " – " + model.provinceName($0) } ?? "")
        h.raw("<section class=\"stats\" aria-label=\"\(Escape.html(title))\"><dl>")
        func item(_ key: String, _ value: String, _ change: String?) {
            h.raw("<div class=\"stat\"><dt>\(Escape.html(t[key]))</dt><dd><span class=\"value\">\(Escape.html(value))</span>")
            if let change { h.raw("<span class=\"delta\">\(Escape.html(change)) \(Escape.html(t["change_prev"]))</span>") }
            h.raw("</dd></div>")
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
            h.raw("<div class=\"stat\"><dt>\(Escape.html(c.name))</dt><dd><span class=\"value\">\(f.integer(cur.classes[i]))</span>")
            if let prev { h.raw("<span class=\"delta\">\(Escape.html(delta(cur.classes[i], prev.classes[i]) ?? "")) \(Escape.html(t["change_prev"]))</span>") }
            h.raw("</dd></div>")
        }
        h.raw("</dl></section>")
        return h.out
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
        var h = HTMLBuilder()
        h.raw("<ul class=\"directive-list\">")
        for d in sorted {
            h.raw("<li><a href=\"\(href(Paths.directive(d.id)))\"><span class=\"number\">\(Escape.html(t.directiveKind(d.kind))) \(Escape.html(d.number))</span></a>")
            h.raw(" – \(Escape.html(d.title)) <span class=\"meta\">(\(Escape.html(d.issuer)), \(Escape.html(f.date(d.issued))))</span></li>")
        }
        h.raw("</ul>")
        return h.out
    }
}
