import ReportSiteModel

/// Checks references between files: ids unique, every referenced id known (spec: content-format.md).
/// It removes or changes a record only together with an error, so a check without errors leaves the
/// arrays as they were (the loader relies on this to keep a site it prepared early).
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

        // Units and results are walked by index, reading only the fields a check needs, and their arrays
        // are filtered only when something must go: handing every whole record to a filter closure (a
        // copy of each, with its locations) was most of this check at 100,000 units.
        // `number` is dense (0, 1, …): later checks key on it instead of hashing ids again, and the
        // dictionary stays small (a copy of every whole unit in it was a tenth of a 100k check).
        var unitByID: [String: Int] = [:]
        unitByID.reserveCapacity(units.count)
        var provinceOf: [String] = []
        var firstLocation: [SourceLocation] = []
        provinceOf.reserveCapacity(units.count)
        var dropUnit = [Bool](repeating: false, count: units.count)
        for i in units.indices {
            let id = units[i].unit.id
            if let first = unitByID[id] {
                d.append(.error("duplicate-id", at: units[i].idLocation, "unit \"\(id)\" is already defined at \(firstLocation[first])"))
                dropUnit[i] = true
                continue
            }
            unitByID[id] = provinceOf.count
            provinceOf.append(units[i].unit.province)
            firstLocation.append(units[i].idLocation)
        }
        var implemented = Set<String>()
        // Existence checks on sets of ids: a lookup in the dictionaries above copies a whole province or
        // directive (body included) just to compare it with nil, twice per unit.
        let knownProvinces = Set(provinceByID.keys)
        let knownDirectives = Set(directiveByID.keys)
        for i in units.indices where !dropUnit[i] {
            let province = units[i].unit.province
            if !knownProvinces.contains(province) {
                if !gaps.mayExist(province: province) {
                    d.append(unknownProvince(province, at: units[i].provinceLocation, known: provinceIDs))
                }
                dropUnit[i] = true
            }
            let directives = units[i].unit.directives
            for (k, id) in directives.enumerated() {
                implemented.insert(id)
                if !knownDirectives.contains(id) {
                    if gaps.mayExist(directive: id) { continue }
                    d.append(unknownDirective(id, at: units[i].directiveLocations[k], known: directiveIDs))
                    dropUnit[i] = true
                }
            }
        }
        for i in units.indices where !dropUnit[i] {
            for model in units[i].tableModels where knownDirectives.contains(model.value) {
                d.append(.error("list-spilled", at: model.location, "column \"models\": \"\(model.value)\" is the id of a directive, not a model; the list of directives probably spilled into this column at an unquoted \";\": put the whole list in one cell in quotes (\"\((units[i].unit.directives + [model.value]).joined(separator: ";"))\")"))
                dropUnit[i] = true
            }
        }
        if dropUnit.contains(true) { units = units.indices.filter { !dropUnit[$0] }.map { units[$0] } }
        // The references of unit records dropped for another mistake, so they are reported in this run too.
        for ref in gaps.danglingProvinces where !knownProvinces.contains(ref.value) && !gaps.mayExist(province: ref.value) {
            d.append(unknownProvince(ref.value, at: ref.location, known: provinceIDs))
        }
        for ref in gaps.danglingDirectives {
            implemented.insert(ref.value)
            if !knownDirectives.contains(ref.value) && !gaps.mayExist(directive: ref.value) {
                d.append(unknownDirective(ref.value, at: ref.location, known: directiveIDs))
            }
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
        // Per kept assessment: its unit's number, for the checks after this one.
        var numbers: [Int] = []
        numbers.reserveCapacity(assessments.count)
        // By year, then by unit number: the index of the unit's first result of that year among the kept
        // results, or -1. Arrays instead of a dictionary keyed by unit and year, which at 300,000 results
        // was most of this check.
        var firstOfYear: [Int: [Int32]] = [:]
        var kept: [Int] = []
        kept.reserveCapacity(assessments.count)
        var assessed = [Bool](repeating: false, count: unitByID.count)
        for i in assessments.indices {
            let unit = assessments[i].assessment.unit
            guard let number = unitByID[unit] else {
                if gaps.mayExist(unit: unit) { continue }
                d.append(unknownUnit(unit, at: assessments[i].unitLocation, known: knownUnitIDs()))
                continue
            }
            let year = assessments[i].assessment.year
            if firstOfYear[year] == nil { firstOfYear[year] = [Int32](repeating: -1, count: unitByID.count) }
            let first = firstOfYear[year]![number]
            if first >= 0 {
                d.append(.error("duplicate-assessment", at: assessments[i].unitLocation, "unit \"\(unit)\" already has a result for \(year) at \(assessments[kept[Int(first)]].unitLocation)"))
                continue
            }
            firstOfYear[year]![number] = Int32(kept.count)
            kept.append(i)
            assessed[number] = true
            numbers.append(number)
            if let scheme, let given = assessments[i].assessment.givenClass, case let total = assessments[i].assessment.total,
               case let computed = scheme.classFor(total: total), given != computed {
                d.append(.warning("class-differs", at: assessments[i].classLocation ?? assessments[i].unitLocation, "class \"\(given)\" differs from \"\(computed)\" computed from the total \(total); the given class stands"))
            }
        }
        if kept.count != assessments.count { assessments = kept.map { assessments[$0] } }
        for ref in gaps.danglingUnits where unitByID[ref.value] == nil && !gaps.mayExist(unit: ref.value) {
            d.append(unknownUnit(ref.value, at: ref.location, known: knownUnitIDs()))
        }
        for i in units.indices {
            let id = units[i].unit.id
            if let number = unitByID[id], !assessed[number], !gaps.mayBeAssessed(unit: id) {
                d.append(.warning("never-assessed", at: units[i].idLocation, "unit \"\(id)\" has no assessment in any year"))
            }
        }
        // A unit whose province does not exist in a year it is assessed, with no successor.
        if let scheme {
            let ranker = Ranker(site: Site(settings: SiteSettings(title: ""), scheme: scheme, provinces: provinces.map(\.province)))
            struct ProvinceYear: Hashable { var province: String; var year: Int }
            var orphaned: [ProvinceYear: Bool] = [:]
            for i in assessments.indices {
                let year = assessments[i].assessment.year
                let province = provinceOf[numbers[i]]
                let key = ProvinceYear(province: province, year: year)
                let isOrphan: Bool
                if let known = orphaned[key] { isOrphan = known } else {
                    isOrphan = ranker.effectiveProvince(province, in: year) == nil && knownProvinces.contains(province)
                    orphaned[key] = isOrphan
                }
                if isOrphan {
                    d.append(.warning("province-not-existing", at: assessments[i].unitLocation, "unit \"\(assessments[i].assessment.unit)\" is assessed in \(year), when its province \"\(province)\" does not exist and has no successor; it is ranked nationally only"))
                }
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

extension CrossCheck {
    static func unknownProvince(_ id: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        .error("unknown-province", at: location, "unknown province \"\(id)\"\(Suggestion.hint(for: id, in: known))")
    }

    static func unknownDirective(_ id: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        .error("unknown-directive", at: location, "unknown directive \"\(id)\"\(Suggestion.hint(for: id, in: known))")
    }

    static func unknownUnit(_ id: String, at location: SourceLocation, known: [String]) -> Diagnostic {
        .error("unknown-unit", at: location, "unknown unit \"\(id)\"\(Suggestion.hint(for: id, in: known))")
    }
}

extension Array {
    /// Keeps the elements for which `predicate` is true, in order, in place: unlike `filter`, nothing is
    /// copied when everything is kept (used for provinces and directives; units and results are walked
    /// by index instead, see above).
    mutating func keep(where predicate: (Element) throws -> Bool) rethrows {
        try removeAll { try !predicate($0) }
    }
}
