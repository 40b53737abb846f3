import ReportSiteModel

extension CrossCheck {
    /// Provinces: unique ids, known successors, no cycles (a cycle clears every `merged_into`).
    mutating func provinces(_ provinces: inout [LoadedProvince]) {
        var byID: [String: LoadedProvince] = [:]
        provinces.keep { p in
            if let first = byID[p.province.id] {
                diagnostics.append(.error("duplicate-id", at: p.province.location, Message("duplicate-id.province", ["id": .text(p.province.id), "first": .text("\(first.province.location)")])))
                return false
            }
            byID[p.province.id] = p
            return true
        }
        provinceIDs = provinces.map(\.province.id)
        knownProvinces = Set(provinceIDs)
        var cycle = false
        for p in provinces {
            guard let m = p.province.mergedInto, let loc = p.mergedIntoLocation else { continue }
            if byID[m] == nil {
                if gaps.mayExist(province: m) { continue }
                diagnostics.append(.error("unknown-province", at: loc, Message("unknown-province.merged-into", ["id": .text(m), "hint": Suggestion.hint(for: m, in: provinceIDs)])))
            } else if let problem = CrossCheck.mergeCycle(from: p.province.id, into: m, byID) {
                diagnostics.append(.error("merge-cycle", at: loc, problem))
                cycle = true
            }
        }
        if cycle {
            for i in provinces.indices { provinces[i].province.mergedInto = nil }
        }
    }

    /// Why following `merged_into` from `id` (merged into `m`) never ends, or nil.
    static func mergeCycle(from id: String, into m: String, _ byID: [String: LoadedProvince]) -> Message? {
        if m == id { return Message("merge-cycle.itself", ["id": .text(m)]) }
        var seen: Set<String> = [id]
        var cur = m
        while let next = byID[cur]?.province.mergedInto {
            if !seen.insert(cur).inserted || next == id { return Message("merge-cycle", ["through": .text(cur)]) }
            cur = next
        }
        return nil
    }

    /// Directives: unique ids, a known province as scope, known directives replaced.
    mutating func directives(_ directives: inout [LoadedDirective]) {
        var byID: [String: LoadedDirective] = [:]
        directives.keep { x in
            if let first = byID[x.directive.id] {
                diagnostics.append(.error("duplicate-id", at: x.directive.location, Message("duplicate-id.directive", ["id": .text(x.directive.id), "first": .text(first.directive.location.file)])))
                return false
            }
            byID[x.directive.id] = x
            return true
        }
        directiveIDs = directives.map(\.directive.id)
        knownDirectives = Set(directiveIDs)
        for x in directives {
            if let scope = x.directive.scope, scope != "national", !knownProvinces.contains(scope), !gaps.mayExist(province: scope), let loc = x.scopeLocation {
                diagnostics.append(.error("unknown-province", at: loc, Message("unknown-province.scope", ["id": .text(scope), "hint": Suggestion.hint(for: scope, in: provinceIDs + ["national"])])))
            }
            for (r, loc) in zip(x.directive.replaces, x.replacesLocations) where !knownDirectives.contains(r) && !gaps.mayExist(directive: r) {
                diagnostics.append(.error("unknown-directive", at: loc, Message("unknown-directive.replaces", ["id": .text(r), "hint": Suggestion.hint(for: r, in: directiveIDs)])))
            }
        }
    }
}
