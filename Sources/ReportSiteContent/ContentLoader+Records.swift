import Foundation
import ReportSiteModel

/// A unit with the locations of its references, for cross-checks.
struct LoadedUnit: Sendable {
    var unit: SiteUnit
    var idLocation: SourceLocation
    var provinceLocation: SourceLocation
    var directiveLocations: [SourceLocation]
    /// The models read from a table's cell (CSV or a sheet), where a `;` list of directives can spill
    /// into the next column; empty for YAML and Markdown, where it cannot.
    var tableModels: [Located<String>] = []
}

struct LoadedAssessment: Sendable {
    var assessment: Assessment
    var unitLocation: SourceLocation
    var classLocation: SourceLocation?
}

struct LoadedDirective: Sendable {
    var directive: Directive
    var scopeLocation: SourceLocation?
    var replacesLocations: [SourceLocation]
}

struct LoadedProvince: Sendable {
    var province: Province
    var mergedIntoLocation: SourceLocation?
}

/// Typed readers for each kind of record (spec: content-format.md).
enum RecordReaders {
    static let siteFields = ["title", "subtitle", "language", "base_url", "current_year", "organization", "sample"]

    static func settings(_ record: RawRecord, diagnostics: inout [Diagnostic]) -> SiteSettings? {
        var r = FieldReader(record, what: .siteSettings, allowed: siteFields)
        let title = r.string("title", required: true)
        let subtitle = r.string("subtitle")
        var language = Language.vi
        if let l = r.string("language") {
            if let lang = Language(rawValue: l.value.lowercased()) { language = lang } else {
                r.error("bad-value", l.location, Message("bad-value.language", ["label": r.label("language"), "value": .text(l.value)]))
            }
        }
        var baseURL: String?
        let baseField = r.string("base_url")
        if baseField == nil {
            diagnostics.append(.warning("no-base-url", at: SourceLocation(file: record.location.file), Message("no-base-url")))
        }
        if let b = baseField {
            let v = b.value.trimmingCharacters(in: " \t")
            if let url = URL(string: v), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", let host = url.host {
                baseURL = v.hasSuffix("/") ? v : v + "/"
                if RecordReaders.isPlaceholderHost(host) {
                    diagnostics.append(.warning("placeholder-base-url", at: b.location, Message("placeholder-base-url", ["url": .text(v), "host": .text(host)])))
                }
            } else {
                r.error("bad-value", b.location, Message("bad-value.base-url", ["label": r.label("base_url"), "value": .text(v)]))
            }
        }
        let year = r.int("current_year", in: 1900...2200)
        let organization = r.string("organization")
        let sample = r.bool("sample")
        diagnostics += r.diagnostics
        guard let title else { return nil }
        return SiteSettings(title: title.value, subtitle: subtitle?.value, language: language, baseURL: baseURL,
                            currentYear: year?.value, organization: organization?.value, sample: sample)
    }

    /// Host names reserved for examples and tests (RFC 2606, RFC 6761), which no published site has.
    static func isPlaceholderHost(_ host: String) -> Bool {
        let h = host.lowercased()
        return ["example", "test", "invalid", "localhost", "example.com", "example.net", "example.org"].contains { h == $0 || h.hasSuffix("." + $0) }
    }

    static let provinceFields = ["id", "name", "code", "region", "from", "until", "merged_into"]

    static func province(_ record: RawRecord, diagnostics: inout [Diagnostic]) -> LoadedProvince? {
        guard !record.malformed else { return nil }
        var r = FieldReader(record, what: .province, allowed: provinceFields)
        let id = r.slug("id", required: true)
        let name = r.string("name", required: true)
        let code = r.string("code")
        let region = r.string("region")
        let from = r.int("from", in: 1900...2200)
        let until = r.int("until", in: 1900...2200)
        let merged = r.slug("merged_into")
        if let from, let until, until.value < from.value {
            r.error("bad-value", until.location, Message("bad-value.until", ["label": r.label("until"), "until": .text(String(until.value)), "from": .text(String(from.value))]))
        }
        if let merged, until == nil {
            r.error("missing-field", merged.location, Message("missing-field.until"))
        }
        diagnostics += r.diagnostics
        guard let id, let name else { return nil }
        let p = Province(id: id.value, name: name.value, code: code?.value, region: region?.value, from: from?.value,
                         until: until?.value, mergedInto: merged?.value, location: id.location)
        return LoadedProvince(province: p, mergedIntoLocation: merged?.location)
    }

    static let directiveFields = ["id", "number", "kind", "title", "issuer", "issued", "scope", "replaces", "source"]

    static func directive(_ record: RawRecord, defaultID: String, fileLocation: SourceLocation, body: MarkdownSource,
                          diagnostics: inout [Diagnostic]) -> LoadedDirective? {
        var r = FieldReader(record, what: .directive, allowed: directiveFields)
        let id = r.slug("id")
        let number = r.string("number", required: true)
        let kindText = r.string("kind", required: true)
        var kind: DirectiveKind?
        if let k = kindText {
            kind = DirectiveKind(word: k.value.trimmingCharacters(in: " \t"))
            if kind == nil {
                r.error("bad-value", k.location, Message("bad-value.directive-kind", ["label": r.label("kind"), "value": .text(k.value),
                    "kinds": .list(Array(DirectiveKind.allWords.prefix(8))), "hint": Suggestion.hint(for: k.value, in: DirectiveKind.allWords)]))
            }
        }
        let title = r.string("title", required: true)
        let issuer = r.string("issuer", required: true)
        let issued = r.date("issued", required: true)
        let scope = r.slug("scope")
        let replaces = r.slugList("replaces")
        let source = r.string("source")
        if let source, let problem = LinkSafety.problem(source.value) ?? LinkSafety.traversal(source.value) {
            r.error("bad-value", source.location, Message("bad-value.source", ["label": r.label("source"), "problem": .message(problem)]))
        }
        diagnostics += r.diagnostics
        if let fallback = Slug.problem(defaultID), id == nil {
            diagnostics.append(badFileID(defaultID, fallback, at: fileLocation))
            return nil
        }
        guard let number, let kind, let kindText, let title, let issuer, let issued else { return nil }
        let d = Directive(id: id?.value ?? defaultID, number: number.value, kind: kind, kindWord: kindText.value,
                          title: title.value, issuer: issuer.value, issued: issued.value, scope: scope?.value,
                          replaces: replaces.map(\.value), source: source?.value, body: body,
                          location: id?.location ?? fileLocation)
        return LoadedDirective(directive: d, scopeLocation: scope?.location, replacesLocations: replaces.map(\.location))
    }

    static let unitFields = ["id", "name", "kind", "province", "district", "sector", "level", "directives", "models"]

    static func unit(_ record: RawRecord, defaultID: String?, fileLocation: SourceLocation, body: MarkdownSource?,
                     diagnostics: inout [Diagnostic]) -> LoadedUnit? {
        guard !record.malformed else { return nil }
        var r = FieldReader(record, what: .unit, allowed: unitFields)
        let id = r.slug("id", required: defaultID == nil)
        let name = r.string("name", required: true)
        let kindText = r.string("kind", required: true)
        var kind: UnitKind?
        if let k = kindText {
            kind = UnitKind(word: k.value.trimmingCharacters(in: " \t"))
            if kind == nil {
                r.error("bad-value", k.location, Message("bad-value.unit-kind", ["label": r.label("kind"), "value": .text(k.value), "hint": Suggestion.hint(for: k.value, in: UnitKind.allWords)]))
            }
        }
        let province = r.slug("province", required: true)
        let district = r.string("district")
        let sector = r.string("sector")
        var level: ManagementLevel?
        if let l = r.string("level") {
            switch l.value.lowercased() {
            case "province", "cấp tỉnh", "tỉnh": level = .province
            case "district", "cấp huyện", "huyện": level = .district
            default: r.error("bad-value", l.location, Message("bad-value.level", ["label": r.label("level"), "value": .text(l.value)]))
            }
        }
        let directives = r.slugList("directives")
        let models = r.list("models")
        diagnostics += r.diagnostics
        var unitID = id?.value
        if unitID == nil, let defaultID {
            if let problem = Slug.problem(defaultID) {
                diagnostics.append(badFileID(defaultID, problem, at: fileLocation))
                return nil
            }
            unitID = defaultID
        }
        guard let unitID, let name, let kind, let province else { return nil }
        let u = SiteUnit(id: unitID, name: name.value, kind: kind, province: province.value, district: district?.value,
                     sector: sector?.value, level: level, directives: directives.map(\.value),
                     models: models.map(\.value), body: body, location: id?.location ?? record.location)
        return LoadedUnit(unit: u, idLocation: id?.location ?? record.location, provinceLocation: province.location,
                          directiveLocations: directives.map(\.location), tableModels: record.origin == .yaml ? [] : models)
    }

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
        return record.fields.allSatisfy { f in
            if case .null = f.value { return true }
            return !fields.results.contains(f.name)
        }
    }

    /// - Parameters:
    ///   - yearSource: the file's name or its folder's, whichever gives `fileYear`.
    ///   - fields: `AssessmentFields(scheme)`, made once for all the records of a file.
    static func assessment(_ record: RawRecord, fileYear: Int, yearSource: YearSource = .fileName, scheme: Scheme,
                           fields: AssessmentFields, diagnostics: inout [Diagnostic]) -> LoadedAssessment? {
        guard !record.malformed else { return nil }
        let isCSV = record.origin != .yaml
        let criterionIDs = fields.criterionIDs
        var r = FieldReader(record, what: .assessment, allowed: isCSV ? fields.csv : assessmentFields)
        let unit = r.slug("unit", required: true)
        if let y = r.int("year", in: 1900...2200), y.value != fileYear {
            r.error("year-mismatch", y.location, Message(yearSource == .fileName ? "year-mismatch" : "year-mismatch.folder",
                                                         ["year": .text(String(y.value)), "fileYear": .text(String(fileYear))]))
        }
        var scores: [Score] = []
        var complete = true
        if isCSV {
            for c in scheme.criteria {
                guard let field = record.field(c.id) else {
                    r.missing(c.id)
                    complete = false
                    continue
                }
                if let s = score(field, criterion: c, origin: record.origin, reader: &r) { scores.append(s) } else { complete = false }
            }
        } else if let field = record.field("scores") {
            if case .mapping(let map) = field.value {
                var misspelt = Set<String>()
                for f in map.fields where !criterionIDs.contains(f.name) {
                    let near = Suggestion.closest(to: f.name, in: criterionIDs)
                    if let near, map.field(near) == nil { misspelt.insert(near) }
                    r.error("unknown-criterion", f.nameLocation, Message("unknown-criterion", ["name": .text(f.name), "hint": Suggestion.hint(near), "criteria": .list(criterionIDs)]))
                }
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
            } else {
                r.error("wrong-type", field.location, Message("wrong-type.scores", ["label": r.label("scores"), "first": .text(criterionIDs.first ?? "leadership")]))
                complete = false
            }
        } else {
            r.missing("scores")
            complete = false
        }
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

    static let documentFields = ["id", "title", "date", "summary", "weight"]

    static func document(_ record: RawRecord, section: Document.Section, defaultID: String, fileLocation: SourceLocation,
                         body: MarkdownSource, diagnostics: inout [Diagnostic]) -> Document? {
        var r = FieldReader(record, what: section == .reports ? .report : .page, allowed: documentFields)
        let id = r.slug("id")
        let title = r.string("title", required: true)
        let date = r.date("date")
        let summary = r.string("summary")
        let weight = r.int("weight")
        diagnostics += r.diagnostics
        if id == nil, let problem = Slug.problem(defaultID) {
            diagnostics.append(badFileID(defaultID, problem, at: fileLocation))
            return nil
        }
        guard let title else { return nil }
        return Document(id: id?.value ?? defaultID, section: section, title: title.value, date: date?.value,
                        summary: summary?.value, weight: weight?.value ?? 0, body: body, location: id?.location ?? fileLocation)
    }

    /// A file name that gives no valid id, in a record without an `id`.
    static func badFileID(_ id: String, _ problem: Message, at location: SourceLocation) -> Diagnostic {
        .error("bad-id", at: location, Message("bad-id.file-name", ["id": .text(id), "problem": .message(problem)]))
    }

    /// What gives an assessment file its year.
    enum YearSource: Sendable {
        case fileName, folderName
    }
}
