import ReportSiteModel

extension Component {
    /// Every component, in the order messages list them ("components are ranking, units, …").
    static let all: [Component] = [ranking, units, chart, stats, directives]

    static let ranking = Component(name: "ranking", parameters: ["year", "top", "kind"]) { a, c in
        let (y, n, k) = (a.year(), a.top(), a.kind())
        guard a.ok, let y else { return "" }
        return c.rankingTable(c.model.ranking(year: y, kind: k), top: n)
    }

    static let units = Component(name: "units", parameters: ["year", "province", "kind", "top"]) { a, c in
        let (y, n, k, pr) = (a.year(), a.top(), a.kind(), a.province())
        guard a.ok, let y else { return "" }
        return c.unitsTable(c.model.ranking(year: y, kind: k), province: pr, top: n)
    }

    static let stats = Component(name: "stats", parameters: ["year", "province"]) { a, c in
        let (y, pr) = (a.year(), a.province())
        guard a.ok, let y else { return "" }
        return c.stats(year: y, province: pr)
    }

    static let directives = Component(name: "directives", parameters: ["scope", "kind"]) { a, c in
        let (scope, kind) = (a.scope(), a.directiveKind())
        guard a.ok else { return "" }
        return c.directiveList(c.model.site.directives.filter { (scope == nil || $0.scope == scope) && (kind == nil || $0.kind == kind) })
    }

    static let chart = Component(name: "chart", parameters: ["of", "year", "province"]) { a, c in
        let pr = a.province()
        guard let of = a.values["of"] else {
            a.diagnostics.append(.error("component-parameter", at: a.request.location, Message("component-parameter.chart-of")))
            return ""
        }
        switch of.value {
        case "classes":
            guard let y = a.year(), a.ok else { return "" }
            return Charts(renderer: c).classes(year: y, province: pr)
        case "provinces":
            guard let y = a.year(), a.ok else { return "" }
            return Charts(renderer: c).provinces(year: y)
        case "trend":
            if a.values["year"] != nil { _ = a.year() }
            guard a.ok else { return "" }
            return Charts(renderer: c).trend(province: pr)
        default:
            a.diagnostics.append(.error("component-parameter", at: of.location, Message("component-parameter.chart-of-value", [
                "value": .text(of.value), "hint": Suggestion.hint(for: of.value, in: ["classes", "provinces", "trend"]),
            ])))
            return ""
        }
    }
}
