import ReportSiteModel

extension RecordReaders {
    static let assessmentFields = ["unit", "year", "scores", "class", "safe", "inspected", "commended", "note"]
    /// Columns of an assessment table kept for the officer's eyes (the unit's name and province, the
    /// spreadsheet's own total, as `reportsite workbook` writes them): accepted, and the total compared
    /// with the scores (docs/decisions.md, 71).
    static let assessmentTableExtras = ["name", "province", "total"]

    /// The criterion ids and CSV columns of a scheme: made once per file by the caller, not once per row.
    struct AssessmentFields: Sendable {
        var criterionIDs: [String]
        var csv: [String]
        /// The columns that hold a result: when all are empty, the unit was not assessed.
        var results: Set<String>

        init(_ scheme: Scheme) {
            criterionIDs = scheme.criteria.map(\.id)
            csv = RecordReaders.assessmentFields.filter { $0 != "scores" } + RecordReaders.assessmentTableExtras + criterionIDs
            results = Set(criterionIDs + ["class", "safe", "inspected", "commended", "note"])
        }
    }

    /// A table row with every criterion column present and empty, and no class, yes/no or note: the unit
    /// was not assessed that year (a workbook lists every unit). No record and no error.
    static func notAssessed(_ record: RawRecord, fields: AssessmentFields) -> Bool {
        guard record.origin != .yaml, !record.malformed,
              fields.criterionIDs.allSatisfy({ record.field($0) != nil }) else { return false }
        return record.fields.indices.allSatisfy { i in
            if case .null = record.fields[i].value { return true }
            return !fields.results.contains(record.fields[i].name)
        }
    }

    /// - Parameters:
    ///   - yearSource: the file's name or its folder's, whichever gives `fileYear`.
    ///   - fields: `AssessmentFields(scheme)`, made once for all the records of a file.
    static func assessment(_ record: RawRecord, fileYear: Int, yearSource: YearSource = .fileName, scheme: Scheme,
                           fields: AssessmentFields, diagnostics: inout [Diagnostic]) -> LoadedAssessment? {
        guard !record.malformed else { return nil }
        let isCSV = record.origin != .yaml
        var r = FieldReader(record, what: .assessment, allowed: isCSV ? fields.csv : assessmentFields)
        let unit = r.slug("unit", required: true)
        if let y = r.int("year", in: 1900...2200), y.value != fileYear {
            r.error("year-mismatch", y.location, Message(yearSource == .fileName ? "year-mismatch" : "year-mismatch.folder",
                                                         ["year": .text(String(y.value)), "fileYear": .text(String(fileYear))]))
        }
        let (scores, complete) = isCSV ? tableScores(record, scheme: scheme, reader: &r) : yamlScores(record, fields: fields, scheme: scheme, reader: &r)
        var givenClass: String?
        let cls = r.string("class")
        if let cls {
            givenClass = ClassNames.resolve(cls, scheme: scheme, reader: &r)
        }
        let safe = r.bool("safe")
        let inspected = r.bool("inspected")
        let commended = r.bool("commended")
        let note = r.string("note")
        if complete, isCSV, let total = record.field("total") {
            checkTotal(total, scores: scores, origin: record.origin, reader: &r)
        }
        diagnostics += r.diagnostics
        guard let unit, complete else { return nil }
        let a = Assessment(unit: unit.value, year: fileYear, scores: scores, givenClass: givenClass, safe: safe,
                           inspected: inspected, commended: commended, note: note?.value, location: record.location)
        return LoadedAssessment(assessment: a, unitLocation: unit.location, classLocation: cls?.location)
    }

    /// A table's own total (a spreadsheet formula's last value) that differs from the sum of the scores
    /// is a warning: the site publishes the sum, and the sheet showed the officer something else.
    static func checkTotal(_ field: RawField, scores: [Score], origin: RawRecord.Origin, reader r: inout FieldReader) {
        guard case .scalar(let text) = field.value else { return }
        let sum = scores.reduce(.zero, +)
        switch Score.parse(text, decimalComma: origin == .csv) {
        case .success(let shown) where shown == sum:
            return
        case .success:
            r.diagnostics.append(.warning("total-mismatch", at: field.location,
                Message("total-mismatch", ["label": r.label("total"), "shown": .text(text), "sum": .decimal("\(sum)")])))
        case .failure:
            r.diagnostics.append(.warning("total-mismatch", at: field.location,
                Message("total-mismatch.not-a-number", ["label": r.label("total"), "shown": .text(text), "sum": .decimal("\(sum)")])))
        }
    }

    static func score(_ field: RawField, criterion c: Criterion, origin: RawRecord.Origin, reader r: inout FieldReader) -> Score? {
        // Made only for a message: this runs for every score of every assessment.
        func bad(_ variant: String, _ value: String = "") -> Message {
            Message(variant, ["label": FieldMeaning.scoreLabel(c.id, column: origin != .yaml), "max": .decimal("\(c.max)"), "value": .text(value)])
        }
        guard case .scalar(let text) = field.value else {
            r.error("bad-score", field.location, bad("bad-score.nothing"))
            return nil
        }
        switch field.cellKind {
        case .date: r.error("bad-score", field.location, bad("bad-score.date", text)); return nil
        case .error: r.error("bad-score", field.location, bad("bad-score.formula-error", text)); return nil
        case .bool: r.error("bad-score", field.location, bad("bad-score.truth-value", text)); return nil
        default: break
        }
        // A decimal comma is a number in any CSV cell: in a ";" or tab file as typed, in a "," file only
        // quoted ("27,5", as Google Sheets writes it in the Vietnamese locale), since unquoted it splits
        // into two cells, which TableRecords names (docs/decisions.md, 73).
        let comma = origin == .csv
        switch Score.parse(text, decimalComma: comma) {
        case .success(let s):
            if s > c.max {
                r.error("bad-score", field.location, bad("bad-score.too-high", text))
                return nil
            }
            return s
        case .failure(.tooManyDecimals):
            r.error("bad-score", field.location, bad("bad-score.decimals", text))
        case .failure:
            var variant = "bad-score"
            if !comma, text.contains(","), case .success = Score.parse(text, decimalComma: true) {
                variant = origin == .yaml ? "bad-score.comma" : "bad-score.text-cell"
            }
            r.error("bad-score", field.location, bad(variant, text))
        }
        return nil
    }

    /// The scores of a table's row, one column per criterion; false when one is missing or wrong.
    static func tableScores(_ record: RawRecord, scheme: Scheme, reader r: inout FieldReader) -> ([Score], Bool) {
        var scores: [Score] = []
        scores.reserveCapacity(scheme.criteria.count)
        var complete = true
        for c in scheme.criteria {
            guard let field = record.field(c.id) else {
                r.missing(c.id)
                complete = false
                continue
            }
            if let s = score(field, criterion: c, origin: record.origin, reader: &r) { scores.append(s) } else { complete = false }
        }
        return (scores, complete)
    }

    /// The scores of a YAML record's `scores` mapping; false when one is missing, misspelt or wrong.
    static func yamlScores(_ record: RawRecord, fields: AssessmentFields, scheme: Scheme, reader r: inout FieldReader) -> ([Score], Bool) {
        let criterionIDs = fields.criterionIDs
        guard let field = record.field("scores") else {
            r.missing("scores")
            return ([], false)
        }
        guard case .mapping(let map) = field.value else {
            r.error("wrong-type", field.location, Message("wrong-type.scores", ["label": r.label("scores"), "first": .text(criterionIDs.first ?? "leadership")]))
            return ([], false)
        }
        var misspelt = Set<String>()
        for f in map.fields where !criterionIDs.contains(f.name) {
            let near = Suggestion.closest(to: f.name, in: criterionIDs)
            if let near, map.field(near) == nil { misspelt.insert(near) }
            r.error("unknown-criterion", f.nameLocation, Message("unknown-criterion", ["name": .text(f.name), "hint": Suggestion.hint(near), "criteria": .list(criterionIDs)]))
        }
        var scores: [Score] = []
        var complete = true
        for c in scheme.criteria {
            guard let f = map.field(c.id) else {
                // A misspelt criterion is reported once, as unknown, not also as missing.
                if !misspelt.contains(c.id) {
                    r.error("missing-score", field.location, Message("missing-score", ["criterion": .text(c.id)]))
                }
                complete = false
                continue
            }
            if let s = score(f, criterion: c, origin: .yaml, reader: &r) { scores.append(s) } else { complete = false }
        }
        return (scores, complete)
    }

    /// What gives an assessment file its year.
    enum YearSource: Sendable {
        case fileName, folderName
    }
}
