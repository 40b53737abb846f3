import ReportSiteModel

/// Checks references between files: ids unique, every referenced id known (spec: content-format.md).
enum CrossCheck {
    /// - Parameters:
    ///   - scheme: nil when scheme.yaml could not be read; then there are no assessments to check.
    ///   - gaps: what could not be read; references to it are not reported again.
    static func run(scheme: Scheme?, provinces: inout [LoadedProvince], directives: inout [LoadedDirective],
                    units: inout [LoadedUnit], assessments: inout [LoadedAssessment], reports: inout [Document],
                    pages: inout [Document], gaps: Gaps = Gaps()) -> [Diagnostic] {
        var d: [Diagnostic] = []

        // Provinces: unique ids, known successors, no cycles.
        var provinceByID: [String: LoadedProvince] = [:]
        provinces.keep {p in
            if let first = provinceByID[p.province.id] {
                d.append(.error("duplicate-id", at: p.province.location, "province \"\(p.province.id)\" is already defined at \(first.province.location)"))
                return false
            }
            provinceByID[p.province.id] = p
            return true
        }
        let provinceIDs = provinces.map(\.province.id)
        for p in provinces {
            guard let m = p.province.mergedInto, let loc = p.mergedIntoLocation else { continue }
            if provinceByID[m] == nil {
                if gaps.mayExist(province: m) { continue }
                d.append(.error("unknown-province", at: loc, "unknown province \"\(m)\" in merged_into\(Suggestion.hint(for: m, in: provinceIDs))"))
            } else if m == p.province.id {
                d.append(.error("merge-cycle", at: loc, "province \"\(m)\" cannot be merged into itself"))
            } else {
                var seen: Set<String> = [p.province.id]
                var cur = m
                while let next = provinceByID[cur]?.province.mergedInto {
                    if !seen.insert(cur).inserted || next == p.province.id {
                        d.append(.error("merge-cycle", at: loc, "merged_into forms a cycle through \"\(cur)\""))
                        break
                    }
                    cur = next
                }
            }
        }
        if d.contains(where: { $0.code == "merge-cycle" }) {
            for i in provinces.indices { provinces[i].province.mergedInto = nil }
        }

        // Directives.
        var directiveByID: [String: LoadedDirective] = [:]
        directives.keep {x in
            if let first = directiveByID[x.directive.id] {
                d.append(.error("duplicate-id", at: x.directive.location, "directive \"\(x.directive.id)\" is already defined in \(first.directive.location.file)"))
                return false
            }
            directiveByID[x.directive.id] = x
            return true
        }
        let directiveIDs = directives.map(\.directive.id)
        for x in directives {
            if let scope = x.directive.scope, scope != "national", provinceByID[scope] == nil, !gaps.mayExist(province: scope), let loc = x.scopeLocation {
                d.append(.error("unknown-province", at: loc, "field \"scope\": expected \"national\" or a province id, got \"\(scope)\"\(Suggestion.hint(for: scope, in: provinceIDs + ["national"]))"))
            }
            for (r, loc) in zip(x.directive.replaces, x.replacesLocations) where directiveByID[r] == nil && !gaps.mayExist(directive: r) {
                d.append(.error("unknown-directive", at: loc, "unknown directive \"\(r)\" in replaces\(Suggestion.hint(for: r, in: directiveIDs))"))
            }
        }

        // Units. Only what later checks need is kept by id (a copy of every whole unit in a dictionary
        // was a tenth of a 100k check).
        var unitByID: [String: (province: String, idLocation: SourceLocation)] = [:]
        unitByID.reserveCapacity(units.count)
        units.keep {u in
            if let first = unitByID[u.unit.id] {
                d.append(.error("duplicate-id", at: u.idLocation, "unit \"\(u.unit.id)\" is already defined at \(first.idLocation)"))
                return false
            }
            unitByID[u.unit.id] = (u.unit.province, u.idLocation)
            return true
        }
        var implemented = Set<String>()
        units.keep {u in
            var ok = true
            if provinceByID[u.unit.province] == nil {
                if !gaps.mayExist(province: u.unit.province) {
                    d.append(.error("unknown-province", at: u.provinceLocation, "unknown province \"\(u.unit.province)\"\(Suggestion.hint(for: u.unit.province, in: provinceIDs))"))
                }
                ok = false
            }
            for (id, loc) in zip(u.unit.directives, u.directiveLocations) {
                implemented.insert(id)
                if directiveByID[id] == nil {
                    if gaps.mayExist(directive: id) { continue }
                    d.append(.error("unknown-directive", at: loc, "unknown directive \"\(id)\"\(Suggestion.hint(for: id, in: directiveIDs))"))
                    ok = false
                }
            }
            return ok
        }
        // A unit that could not be read may be the one implementing it.
        for x in directives where !implemented.contains(x.directive.id) && !gaps.unitsMissing {
            d.append(.warning("unused-directive", at: x.directive.location, "no unit implements directive \"\(x.directive.id)\""))
        }

        // Assessments.
        // Made once, when the first unknown unit needs a suggestion; sorted so suggestions do not depend on hashing.
        var unitIDsForHints: [String]?
        func knownUnitIDs() -> [String] {
            if let ids = unitIDsForHints { return ids }
            let ids = unitByID.keys.sorted()
            unitIDsForHints = ids
            return ids
        }
        struct YearUnit: Hashable { var year: Int; var unit: String }
        var seen: [YearUnit: SourceLocation] = [:]
        seen.reserveCapacity(assessments.count)
        var assessed = Set<String>()
        assessments.keep {a in
            let key = YearUnit(year: a.assessment.year, unit: a.assessment.unit)
            guard unitByID[a.assessment.unit] != nil else {
                if gaps.mayExist(unit: a.assessment.unit) { return false }
                d.append(.error("unknown-unit", at: a.unitLocation, "unknown unit \"\(a.assessment.unit)\"\(Suggestion.hint(for: a.assessment.unit, in: knownUnitIDs()))"))
                return false
            }
            if let first = seen[key] {
                d.append(.error("duplicate-assessment", at: a.unitLocation, "unit \"\(a.assessment.unit)\" already has a result for \(a.assessment.year) at \(first)"))
                return false
            }
            seen[key] = a.unitLocation
            assessed.insert(a.assessment.unit)
            if let scheme, let given = a.assessment.givenClass, case let computed = scheme.classFor(total: a.assessment.total), given != computed {
                d.append(.warning("class-differs", at: a.classLocation ?? a.unitLocation, "class \"\(given)\" differs from \"\(computed)\" computed from the total \(a.assessment.total); the given class stands"))
            }
            return true
        }
        for u in units where !assessed.contains(u.unit.id) && !gaps.mayBeAssessed(unit: u.unit.id) {
            d.append(.warning("never-assessed", at: u.idLocation, "unit \"\(u.unit.id)\" has no assessment in any year"))
        }
        // A unit whose province does not exist in a year it is assessed, with no successor.
        let ranker = scheme.map { Ranker(site: Site(settings: SiteSettings(title: ""), scheme: $0, provinces: provinces.map(\.province))) }
        for a in assessments {
            guard let ranker, let u = unitByID[a.assessment.unit] else { continue }
            if ranker.effectiveProvince(u.province, in: a.assessment.year) == nil, provinceByID[u.province] != nil {
                d.append(.warning("province-not-existing", at: a.unitLocation, "unit \"\(a.assessment.unit)\" is assessed in \(a.assessment.year), when its province \"\(u.province)\" does not exist and has no successor; it is ranked nationally only"))
            }
        }

        // Reports and pages.
        for section in [reports, pages] {
            var ids: [String: SourceLocation] = [:]
            for doc in section {
                if let first = ids[doc.id] {
                    d.append(.error("duplicate-id", at: doc.location, "\(doc.section == .reports ? "report" : "page") \"\(doc.id)\" is already defined in \(first.file)"))
                }
                ids[doc.id] = doc.location
            }
        }
        return d
    }
}

extension Array {
    /// Keeps the elements for which `predicate` is true, in order, in place: unlike `filter`, nothing is
    /// copied when everything is kept (copies of 100,000 units and 300,000 assessments showed in profiles).
    mutating func keep(where predicate: (Element) throws -> Bool) rethrows {
        try removeAll { try !predicate($0) }
    }
}
