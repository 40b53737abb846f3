import ReportSiteModel

/// Reads and checks `scheme.yaml` (spec: scheme.yaml).
enum SchemeReader {
    static func read(_ record: RawRecord, diagnostics: inout [Diagnostic]) -> Scheme? {
        let r = FieldReader(record, what: "scheme.yaml", allowed: ["criteria", "classes", "ranking"])
        diagnostics += r.diagnostics
        var ok = true
        var criterionLocations: [SourceLocation] = []
        let criteria = items(record, "criteria", diagnostics: &diagnostics).compactMap { rec -> Criterion? in
            var f = FieldReader(rec, what: "criterion", allowed: ["id", "name", "max"])
            let id = f.slug("id", required: true)
            let name = f.string("name", required: true)
            var max: Score?
            if let m = f.string("max", required: true) {
                switch Score.parse(m.value) {
                case .success(let s) where s.hundredths > 0: max = s
                default: f.error("bad-scheme", m.location, "field \"max\": expected a number greater than 0, got \"\(m.value)\"")
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
            var f = FieldReader(rec, what: "class", allowed: ["id", "name", "min"])
            let id = f.slug("id", required: true)
            let name = f.string("name", required: true)
            var min: Score?
            let minText = f.string("min", required: true)
            if let m = minText {
                switch Score.parse(m.value) {
                case .success(let s): min = s
                default: f.error("bad-scheme", m.location, "field \"min\": expected a number of 0 or more, got \"\(m.value)\"")
                }
            }
            diagnostics += f.diagnostics
            guard let id, let name, let min else { ok = false; return nil }
            classLocations.append(id.location)
            minLocations.append(minText?.location ?? id.location)
            return ScoreClass(id: id.value, name: name.value, min: min)
        }
        duplicates(criteria.map(\.id), what: "criterion", locations: criterionLocations, record: record, diagnostics: &diagnostics)
        duplicates(classes.map(\.id), what: "class", locations: classLocations, record: record, diagnostics: &diagnostics)
        if criteria.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("criteria")?.location ?? record.location, "the scheme needs at least one criterion under \"criteria:\""))
            ok = false
        }
        if classes.isEmpty && ok {
            diagnostics.append(.error("bad-scheme", at: record.field("classes")?.location ?? record.location, "the scheme needs at least one class under \"classes:\""))
            ok = false
        }
        for i in classes.indices.dropFirst() where classes[i].min >= classes[i - 1].min {
            diagnostics.append(.error("bad-scheme", at: minLocations[i], "classes must be listed best first with decreasing \"min\": \"\(classes[i].id)\" (min \(classes[i].min)) comes after \"\(classes[i - 1].id)\" (min \(classes[i - 1].min))"))
            ok = false
        }
        if let last = classes.last, last.min != .zero {
            diagnostics.append(.error("bad-scheme", at: minLocations[classes.count - 1], "the last class must have \"min: 0\" so that every total has a class; \"\(last.id)\" has min \(last.min)"))
            ok = false
        }
        // Only with every criterion read is the highest possible total known.
        let maxTotal = criteria.reduce(Score.zero) { $0 + $1.max }
        for (i, c) in classes.enumerated() where ok && c.min > maxTotal {
            diagnostics.append(.warning("unreachable-class", at: minLocations[i], "class \"\(c.id)\" needs \(c.min) but the criteria add up to only \(maxTotal)"))
        }
        var keys: [RankingKey] = [.meanScore, .shareExcellent, .shareSafe]
        if let ranking = record.field("ranking") {
            if case .mapping(let rec) = ranking.value {
                var f = FieldReader(rec, what: "ranking", allowed: ["by"])
                let by = f.list("by")
                diagnostics += f.diagnostics
                if !by.isEmpty {
                    keys = []
                    for item in by {
                        if let k = RankingKey(rawValue: item.value), !keys.contains(k) { keys.append(k) } else {
                            diagnostics.append(.error("bad-scheme", at: item.location, "unknown ranking key \"\(item.value)\"; use mean_score, share_excellent or share_safe\(Suggestion.hint(for: item.value, in: RankingKey.allCases.map(\.rawValue)))"))
                            ok = false
                        }
                    }
                }
            } else {
                diagnostics.append(.error("bad-scheme", at: ranking.location, "\"ranking\" must be a mapping such as \"ranking: { by: [mean_score, share_excellent, share_safe] }\""))
                ok = false
            }
        }
        guard ok, !criteria.isEmpty, !classes.isEmpty else { return nil }
        return Scheme(criteria: criteria, classes: classes, rankingKeys: keys)
    }

    static func items(_ record: RawRecord, _ name: String, diagnostics: inout [Diagnostic]) -> [RawRecord] {
        guard let field = record.field(name) else {
            diagnostics.append(.error("missing-field", at: record.location, "scheme.yaml has no \"\(name):\" list"))
            return []
        }
        guard case .list(let list) = field.value else {
            diagnostics.append(.error("wrong-type", at: field.location, "\"\(name)\" must be a list, each item starting with \"- \""))
            return []
        }
        return list.compactMap { item in
            if case .mapping(let rec) = item.value { return rec }
            diagnostics.append(.error("wrong-type", at: item.location, "each item of \"\(name)\" must be a mapping such as \"{ id: …, name: … }\""))
            return nil
        }
    }

    static func duplicates(_ ids: [String], what: String, locations: [SourceLocation]?, record: RawRecord, diagnostics: inout [Diagnostic]) {
        var seen = Set<String>()
        for (i, id) in ids.enumerated() where !seen.insert(id).inserted {
            diagnostics.append(.error("duplicate-id", at: locations?[i] ?? record.location, "\(what) \"\(id)\" is defined twice"))
        }
    }
}
