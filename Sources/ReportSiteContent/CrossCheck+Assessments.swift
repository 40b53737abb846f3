import ReportSiteModel

extension CrossCheck {
    /// Results: a known unit, one per unit and year, the given class against the computed one; units
    /// never assessed, and units assessed in a year their province does not exist.
    mutating func assessments(_ assessments: inout [LoadedAssessment], units: [LoadedUnit], scheme: Scheme?, provinces: [LoadedProvince]) {
        // Made once, when the first unknown unit needs a suggestion; sorted so suggestions do not depend on hashing.
        var unitIDsForHints: [String]?
        let unitByID = self.unitByID
        func unknownUnit(_ id: String, at location: SourceLocation) -> Diagnostic {
            let known = unitIDsForHints ?? unitByID.keys.sorted()
            unitIDsForHints = known
            return .error("unknown-unit", at: location, Message("unknown-unit", ["id": .text(id), "hint": Suggestion.hint(for: id, in: known)]))
        }
        var assessed = [Bool](repeating: false, count: unitByID.count)
        // Per kept result: its unit's number, for the check of provinces.
        var numbers: [Int] = []
        numbers.reserveCapacity(assessments.count)
        var kept: [Int] = []
        kept.reserveCapacity(assessments.count)
        // By year, then by unit number: the index of the unit's first result of that year among the kept
        // results, or -1. Arrays instead of a dictionary keyed by unit and year, which at 300,000 results
        // was most of this check.
        var firstOfYear: [Int: [Int32]] = [:]
        for i in assessments.indices {
            let unit = assessments[i].assessment.unit
            guard let number = unitByID[unit] else {
                if !gaps.mayExist(unit: unit) { diagnostics.append(unknownUnit(unit, at: assessments[i].unitLocation)) }
                continue
            }
            let year = assessments[i].assessment.year
            if firstOfYear[year] == nil { firstOfYear[year] = [Int32](repeating: -1, count: unitByID.count) }
            let first = firstOfYear[year]![number]
            if first >= 0 {
                diagnostics.append(.error("duplicate-assessment", at: assessments[i].unitLocation, Message("duplicate-assessment",
                    ["unit": .text(unit), "year": .text(String(year)), "first": .text("\(assessments[kept[Int(first)]].unitLocation)")])))
                continue
            }
            firstOfYear[year]![number] = Int32(kept.count)
            kept.append(i)
            assessed[number] = true
            numbers.append(number)
            if let scheme { checkClass(assessments[i], scheme: scheme) }
        }
        if kept.count != assessments.count { assessments = kept.map { assessments[$0] } }
        for ref in gaps.danglingUnits where unitByID[ref.value] == nil && !gaps.mayExist(unit: ref.value) {
            diagnostics.append(unknownUnit(ref.value, at: ref.location))
        }
        for u in units {
            if let number = unitByID[u.unit.id], !assessed[number], !gaps.mayBeAssessed(unit: u.unit.id) {
                diagnostics.append(.warning("never-assessed", at: u.idLocation, Message("never-assessed", ["id": .text(u.unit.id)])))
            }
        }
        if let scheme { checkProvincesExist(assessments, numbers: numbers, scheme: scheme, provinces: provinces) }
    }

    /// A class given in the result that differs from the one its total gives is a warning; the given one stands.
    mutating func checkClass(_ a: LoadedAssessment, scheme: Scheme) {
        guard let given = a.assessment.givenClass else { return }
        let total = a.assessment.total
        let computed = scheme.classFor(total: total)
        guard given != computed else { return }
        diagnostics.append(.warning("class-differs", at: a.classLocation ?? a.unitLocation, Message("class-differs",
            ["given": .text(given), "computed": .text(computed), "total": .decimal("\(total)")])))
    }

    /// A unit assessed in a year when its province does not exist and has no successor is ranked nationally only.
    mutating func checkProvincesExist(_ assessments: [LoadedAssessment], numbers: [Int], scheme: Scheme, provinces: [LoadedProvince]) {
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
                diagnostics.append(.warning("province-not-existing", at: assessments[i].unitLocation, Message("province-not-existing",
                    ["unit": .text(assessments[i].assessment.unit), "year": .text(String(year)), "province": .text(province)])))
            }
        }
    }
}
