import Foundation
import ReportSiteModel

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
        let (kindText, kind) = r.word("kind", DirectiveKind.init(word:)) { label, value in
            Message("bad-value.directive-kind", ["label": label, "value": .text(value),
                "kinds": .list(Array(DirectiveKind.allWords.prefix(8))), "hint": Suggestion.hint(for: value, in: DirectiveKind.allWords)])
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
        let kind = r.word("kind", UnitKind.init(word:)) { label, value in
            Message("bad-value.unit-kind", ["label": label, "value": .text(value), "hint": Suggestion.hint(for: value, in: UnitKind.allWords)])
        }.kind
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
}
