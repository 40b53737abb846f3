import ReportSiteModel

/// Reads and checks `scheme.yaml` (spec: scheme.yaml).
enum SchemeReader {
    static func read(_ record: RawRecord, diagnostics: inout [Diagnostic]) -> Scheme? {
        diagnostics += FieldReader(record, what: .scheme, allowed: ["criteria", "classes", "ranking"]).diagnostics
        var ok = true
        let criteria = readCriteria(record, ok: &ok, diagnostics: &diagnostics)
        let classes = readClasses(record, ok: &ok, diagnostics: &diagnostics)
        duplicates(criteria.map(\.criterion.id), what: .criterion, locations: criteria.map(\.location), diagnostics: &diagnostics)
        duplicates(classes.map(\.scoreClass.id), what: .scoreClass, locations: classes.map(\.location), diagnostics: &diagnostics)
        if criteria.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("criteria")?.location ?? record.location, Message("bad-scheme.no-criteria")))
            ok = false
        }
        if classes.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("classes")?.location ?? record.location, Message("bad-scheme.no-classes")))
            ok = false
        }
        checkOrder(classes, ok: &ok, diagnostics: &diagnostics)
        // Only with every criterion read is the highest possible total known.
        let maxTotal = criteria.reduce(Score.zero) { $0 + $1.criterion.max }
        for c in classes where ok && c.scoreClass.min > maxTotal {
            diagnostics.append(.warning("unreachable-class", at: c.minLocation, Message("unreachable-class",
                ["class": .text(c.scoreClass.id), "min": .decimal("\(c.scoreClass.min)"), "max": .decimal("\(maxTotal)")])))
        }
        let keys = rankingKeys(record, ok: &ok, diagnostics: &diagnostics)
        guard ok, !criteria.isEmpty, !classes.isEmpty else { return nil }
        return Scheme(criteria: criteria.map(\.criterion), classes: classes.map(\.scoreClass), rankingKeys: keys)
    }

    /// The criteria that could be read, each with the location of its id; `ok` turns false when one could not.
    static func readCriteria(_ record: RawRecord, ok: inout Bool, diagnostics: inout [Diagnostic]) -> [(criterion: Criterion, location: SourceLocation)] {
        items(record, "criteria", diagnostics: &diagnostics).compactMap { rec in
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
            return (Criterion(id: id.value, name: name.value, max: max), id.location)
        }
    }

    /// The classes that could be read, with the locations of their id and `min`; `ok` turns false when one could not.
    static func readClasses(_ record: RawRecord, ok: inout Bool, diagnostics: inout [Diagnostic]) -> [(scoreClass: ScoreClass, location: SourceLocation, minLocation: SourceLocation)] {
        items(record, "classes", diagnostics: &diagnostics).compactMap { rec in
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
            return (ScoreClass(id: id.value, name: name.value, min: min), id.location, minText?.location ?? id.location)
        }
    }

    /// Classes best first with decreasing `min`, the last at 0 so that every total has a class.
    static func checkOrder(_ classes: [(scoreClass: ScoreClass, location: SourceLocation, minLocation: SourceLocation)],
                           ok: inout Bool, diagnostics: inout [Diagnostic]) {
        for i in classes.indices.dropFirst() where classes[i].scoreClass.min >= classes[i - 1].scoreClass.min {
            let (c, previous) = (classes[i].scoreClass, classes[i - 1].scoreClass)
            diagnostics.append(.error("bad-scheme", at: classes[i].minLocation, Message("bad-scheme.order", ["class": .text(c.id), "min": .decimal("\(c.min)"),
                                                                                          "previous": .text(previous.id), "previousMin": .decimal("\(previous.min)")])))
            ok = false
        }
        if let last = classes.last, last.scoreClass.min != .zero {
            diagnostics.append(.error("bad-scheme", at: last.minLocation, Message("bad-scheme.last-min", ["class": .text(last.scoreClass.id), "min": .decimal("\(last.scoreClass.min)")])))
            ok = false
        }
    }

    /// The ranking keys of `ranking: { by: [...] }`, or the default order; `ok` turns false at an unknown key.
    static func rankingKeys(_ record: RawRecord, ok: inout Bool, diagnostics: inout [Diagnostic]) -> [RankingKey] {
        let defaults: [RankingKey] = [.meanScore, .shareExcellent, .shareSafe]
        guard let ranking = record.field("ranking") else { return defaults }
        guard case .mapping(let rec) = ranking.value else {
            diagnostics.append(.error("bad-scheme", at: ranking.location, Message("bad-scheme.ranking")))
            ok = false
            return defaults
        }
        var f = FieldReader(rec, what: .ranking, allowed: ["by"])
        let by = f.list("by")
        diagnostics += f.diagnostics
        guard !by.isEmpty else { return defaults }
        var keys: [RankingKey] = []
        for item in by {
            if let k = RankingKey(rawValue: item.value), !keys.contains(k) { keys.append(k) } else {
                diagnostics.append(.error("bad-scheme", at: item.location, Message("bad-scheme.ranking-key",
                    ["key": .text(item.value), "hint": Suggestion.hint(for: item.value, in: RankingKey.allCases.map(\.rawValue))])))
                ok = false
            }
        }
        return keys
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

    static func duplicates(_ ids: [String], what: RecordKind, locations: [SourceLocation], diagnostics: inout [Diagnostic]) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            diagnostics.append(.error("duplicate-id", at: locations[i], Message("duplicate-id.scheme", ["record": .message(what.message), "id": .text(id)])))
        }
    }
}
