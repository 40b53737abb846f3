import ReportSiteModel

/// Reads and checks `scheme.yaml` (spec: scheme.yaml).
enum SchemeReader {
    static func read(_ record: RawRecord, diagnostics: inout [Diagnostic]) -> Scheme? {
        let r = FieldReader(record, what: .scheme, allowed: ["criteria", "classes", "ranking"])
        diagnostics += r.diagnostics
        var ok = true
        var criterionLocations: [SourceLocation] = []
        let criteria = items(record, "criteria", diagnostics: &diagnostics).compactMap { rec -> Criterion? in
            var f = FieldReader(rec, what: .criterion, allowed: ["id", "name", "max"])
            let id = f.slug("id", required: true)
            let name = f.string("name", required: true)
            var max: Score?
            if let m = f.string("max", required: true) {
                switch Score.parse(m.value) {
                case .success(let s) where s.hundredths > 0: max = s
                default: f.error("bad-scheme", m.location, Message("bad-scheme.max", ["label": f.label("max"), "value": .text(m.value)]))
                }
            }
            diagnostics += f.diagnostics
            guard let id, let name, let max else { ok = false; return nil }
            criterionLocations.append(id.location)
            return Criterion(id: id.value, name: name.value, max: max)
        }
        var classLocations: [SourceLocation] = []
        var minLocations: [SourceLocation] = []
        let classes = items(record, "classes", diagnostics: &diagnostics).compactMap { rec -> ScoreClass? in
            var f = FieldReader(rec, what: .scoreClass, allowed: ["id", "name", "min"])
            let id = f.slug("id", required: true)
            let name = f.string("name", required: true)
            var min: Score?
            let minText = f.string("min", required: true)
            if let m = minText {
                switch Score.parse(m.value) {
                case .success(let s): min = s
                default: f.error("bad-scheme", m.location, Message("bad-scheme.min", ["label": f.label("min"), "value": .text(m.value)]))
                }
            }
            diagnostics += f.diagnostics
            guard let id, let name, let min else { ok = false; return nil }
            classLocations.append(id.location)
            minLocations.append(minText?.location ?? id.location)
            return ScoreClass(id: id.value, name: name.value, min: min)
        }
        duplicates(criteria.map(\.id), what: .criterion, locations: criterionLocations, record: record, diagnostics: &diagnostics)
        duplicates(classes.map(\.id), what: .scoreClass, locations: classLocations, record: record, diagnostics: &diagnostics)
        if criteria.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("criteria")?.location ?? record.location, Message("bad-scheme.no-criteria")))
            ok = false
        }
        if classes.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("classes")?.location ?? record.location, Message("bad-scheme.no-classes")))
            ok = false
        }
        for i in classes.indices.dropFirst() where classes[i].min >= classes[i - 1].min {
            diagnostics.append(.error("bad-scheme", at: minLocations[i], Message("bad-scheme.order", ["class": .text(classes[i].id), "min": .decimal("\(classes[i].min)"),
                                                                                     "previous": .text(classes[i - 1].id), "previousMin": .decimal("\(classes[i - 1].min)")])))
            ok = false
        }
        if let last = classes.last, last.min != .zero {
            diagnostics.append(.error("bad-scheme", at: minLocations[classes.count - 1], Message("bad-scheme.last-min", ["class": .text(last.id), "min": .decimal("\(last.min)")])))
            ok = false
        }
        // Only with every criterion read is the highest possible total known.
        let maxTotal = criteria.reduce(Score.zero) { $0 + $1.max }
        for (i, c) in classes.enumerated() where ok && c.min > maxTotal {
            diagnostics.append(.warning("unreachable-class", at: minLocations[i], Message("unreachable-class", ["class": .text(c.id), "min": .decimal("\(c.min)"), "max": .decimal("\(maxTotal)")])))
        }
        var keys: [RankingKey] = [.meanScore, .shareExcellent, .shareSafe]
        if let ranking = record.field("ranking") {
            if case .mapping(let rec) = ranking.value {
                var f = FieldReader(rec, what: .ranking, allowed: ["by"])
                let by = f.list("by")
                diagnostics += f.diagnostics
                if !by.isEmpty {
                    keys = []
                    for item in by {
                        if let k = RankingKey(rawValue: item.value), !keys.contains(k) { keys.append(k) } else {
                            diagnostics.append(.error("bad-scheme", at: item.location, Message("bad-scheme.ranking-key", ["key": .text(item.value), "hint": Suggestion.hint(for: item.value, in: RankingKey.allCases.map(\.rawValue))])))
                            ok = false
                        }
                    }
                }
            } else {
                diagnostics.append(.error("bad-scheme", at: ranking.location, Message("bad-scheme.ranking")))
                ok = false
            }
        }
        guard ok, !criteria.isEmpty, !classes.isEmpty else { return nil }
        return Scheme(criteria: criteria, classes: classes, rankingKeys: keys)
    }

    static func items(_ record: RawRecord, _ name: String, diagnostics: inout [Diagnostic]) -> [RawRecord] {
        guard let field = record.field(name) else {
            diagnostics.append(.error("missing-field", at: record.location, Message("missing-field.scheme-list", ["name": .text(name)])))
            return []
        }
        guard case .list(let list) = field.value else {
            diagnostics.append(.error("wrong-type", at: field.location, Message("wrong-type.scheme-list", ["name": .text(name)])))
            return []
        }
        return list.compactMap { item in
            if case .mapping(let rec) = item.value { return rec }
            diagnostics.append(.error("wrong-type", at: item.location, Message("wrong-type.scheme-item", ["name": .text(name)])))
            return nil
        }
    }

    static func duplicates(_ ids: [String], what: RecordKind, locations: [SourceLocation]?, record: RawRecord, diagnostics: inout [Diagnostic]) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            diagnostics.append(.error("duplicate-id", at: locations?[i] ?? record.location, Message("duplicate-id.scheme", ["record": .message(what.message), "id": .text(id)])))
        }
    }
}
