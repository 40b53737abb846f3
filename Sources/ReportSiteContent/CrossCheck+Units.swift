import ReportSiteModel

// Units and results are walked by index, reading only the fields a check needs, and their arrays are
// filtered only when something must go: handing every whole record to a filter closure (a copy of each,
// with its locations) was most of this check at 100,000 units.
extension CrossCheck {
    /// Units: unique ids, known province and directives, no directive spilled into the models; then the
    /// references of unit records dropped for another mistake, and directives no unit implements.
    mutating func units(_ units: inout [LoadedUnit], directives: [LoadedDirective]) {
        var drop = numberUnits(units)
        var implemented = Set<String>()
        for i in units.indices where !drop[i] {
            if !checkReferences(units[i], implemented: &implemented) { drop[i] = true }
        }
        for i in units.indices where !drop[i] {
            for model in units[i].tableModels where knownDirectives.contains(model.value) {
                let list = (units[i].unit.directives + [model.value]).joined(separator: ";")
                diagnostics.append(.error("list-spilled", at: model.location, Message("list-spilled", ["id": .text(model.value), "list": .text(list)])))
                drop[i] = true
            }
        }
        if drop.contains(true) { units = units.indices.filter { !drop[$0] }.map { units[$0] } }
        checkDanglingReferences(implemented: &implemented)
        // A unit that could not be read may be the one implementing it.
        for x in directives where !implemented.contains(x.directive.id) && !gaps.unitsMissing {
            diagnostics.append(.warning("unused-directive", at: x.directive.location, Message("unused-directive", ["id": .text(x.directive.id)])))
        }
    }

    /// Numbers the units in order (`unitByID`, `provinceOf`); a repeated id is reported and marked to drop.
    mutating func numberUnits(_ units: [LoadedUnit]) -> [Bool] {
        unitByID.reserveCapacity(units.count)
        provinceOf.reserveCapacity(units.count)
        var firstLocation: [SourceLocation] = []
        var drop = [Bool](repeating: false, count: units.count)
        for i in units.indices {
            let id = units[i].unit.id
            if let first = unitByID[id] {
                diagnostics.append(.error("duplicate-id", at: units[i].idLocation, Message("duplicate-id.unit", ["id": .text(id), "first": .text("\(firstLocation[first])")])))
                drop[i] = true
                continue
            }
            unitByID[id] = provinceOf.count
            provinceOf.append(units[i].unit.province)
            firstLocation.append(units[i].idLocation)
        }
        return drop
    }

    /// The unit's province and directives are known; false when the unit must go.
    mutating func checkReferences(_ unit: LoadedUnit, implemented: inout Set<String>) -> Bool {
        var keep = true
        let province = unit.unit.province
        if !knownProvinces.contains(province) {
            if !gaps.mayExist(province: province) { diagnostics.append(unknownProvince(province, at: unit.provinceLocation)) }
            keep = false
        }
        for (k, id) in unit.unit.directives.enumerated() {
            implemented.insert(id)
            if !knownDirectives.contains(id) && !gaps.mayExist(directive: id) {
                diagnostics.append(unknownDirective(id, at: unit.directiveLocations[k]))
                keep = false
            }
        }
        return keep
    }

    /// The references of unit records dropped for another mistake, so they are reported in this run too.
    mutating func checkDanglingReferences(implemented: inout Set<String>) {
        for ref in gaps.danglingProvinces where !knownProvinces.contains(ref.value) && !gaps.mayExist(province: ref.value) {
            diagnostics.append(unknownProvince(ref.value, at: ref.location))
        }
        for ref in gaps.danglingDirectives {
            implemented.insert(ref.value)
            if !knownDirectives.contains(ref.value) && !gaps.mayExist(directive: ref.value) {
                diagnostics.append(unknownDirective(ref.value, at: ref.location))
            }
        }
    }
}
