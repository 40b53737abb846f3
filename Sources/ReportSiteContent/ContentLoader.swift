import Foundation
import ReportSiteModel

/// Reads Content/ and Templates/ into a validated site; the only stage that touches the disk for input.
public enum ContentLoader {
    /// Loads everything; with a `cache`, files whose size and modification time did not change are not read again.
    public static func load(_ paths: ContentPaths, cache: ParseCache? = nil) -> LoadResult {
        load(paths, cache: cache, prepare: nil).0
    }

    /// Loads like `load(_:cache:)`, and when no file had an error, runs `prepare` on the site as read, on
    /// another thread while references between files are checked (that check runs on one core). What
    /// `prepare` returned comes back whenever it ran; it was made from exactly `site` of the result when
    /// the result has no error, since the reference check changes the site only together with an error.
    public static func load<Prepared: Sendable>(_ paths: ContentPaths, cache: ParseCache? = nil,
                                                preparing prepare: @escaping @Sendable (Site) -> Prepared) -> (LoadResult, Prepared?) {
        let (result, prepared) = load(paths, cache: cache, prepare: { prepare($0) })
        return (result, prepared.map { $0 as! Prepared })
    }

    static func load(_ paths: ContentPaths, cache: ParseCache?, prepare: (@Sendable (Site) -> any Sendable)?) -> (LoadResult, (any Sendable)?) {
        var diagnostics: [Diagnostic] = []
        let root = paths.content
        let display = paths.contentDisplay
        func disp(_ rel: String) -> String { display + "/" + rel }

        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.append(.error("missing-content", at: SourceLocation(file: display), "the content folder does not exist; run \"reportsite init\" to start a new site, or pass --content"))
            return (LoadResult(site: nil, diagnostics: diagnostics, templates: [], assets: []), nil)
        }
        let (templates, assets) = loadTemplates(paths, diagnostics: &diagnostics)
        let entries = Timings.measure("load: list files") { FileListing.list(root) }
        if let first = entries.first, first.relative.isEmpty, let unreadable = first.unreadableDiagnostic(display: display) {
            // Nothing of the site can be read: every other error would follow from this one.
            diagnostics.append(unreadable)
            return (LoadResult(site: nil, diagnostics: diagnostics, templates: templates, assets: assets), nil)
        }

        // site.yaml and scheme.yaml first: assessments need the scheme.
        var settings: SiteSettings?
        if let rec = singleMapping(root, "site.yaml", display: disp("site.yaml"), diagnostics: &diagnostics) {
            settings = RecordReaders.settings(rec, diagnostics: &diagnostics)
        }
        var scheme: Scheme?
        if let rec = singleMapping(root, "scheme.yaml", display: disp("scheme.yaml"), diagnostics: &diagnostics) {
            scheme = SchemeReader.read(rec, diagnostics: &diagnostics)
        }

        Timings.mark("load: listed")
        // Sort every file into its job.
        var provinceFiles: [FileListing.Entry] = []
        var jobs: [FileJob] = []
        var staticFiles: [StaticFile] = []
        var gaps = Gaps()
        for e in entries {
            let rel = e.relative
            // The path's parts (the listing never gives empty parts): how many, the first, the second, the last.
            let parts = rel.split(separator: "/").map(String.init)
            let partCount = parts.count
            let top = parts.first ?? ""
            let afterTop = parts.dropFirst().joined(separator: "/")
            let last = parts.last ?? ""
            let second = parts.count > 1 ? parts[1] : ""
            let dot = last.utf8.lastIndex(of: 0x2E)
            let ext = dot.map { String(last[last.index(after: $0)...]).lowercased() } ?? ""
            // Made only for a message (this loop sees every file of the site).
            var loc: SourceLocation { SourceLocation(file: disp(rel)) }
            if let unreadable = e.unreadableDiagnostic(display: disp(rel)) {
                diagnostics.append(unreadable)
                gaps.markUnread(top: top)
                continue
            }
            if e.isLinkedFolder {
                diagnostics.append(.warning("symlink-folder", at: loc, "this is a link to a folder; links to folders are not followed, copy the folder instead"))
                continue
            }
            if top == "static" {
                if e.isSymlinkOutside {
                    diagnostics.append(.warning("symlink-outside", at: loc, "this link points outside the content folder and is not copied"))
                    continue
                }
                staticFiles.append(StaticFile(relativePath: afterTop, sourcePath: e.path))
                continue
            }
            if e.isSymlinkOutside {
                diagnostics.append(.warning("symlink-outside", at: loc, "this link points outside the content folder and is ignored"))
                continue
            }
            // The name without its extension, as NSString's deletingPathExtension gives it.
            let name = dot.map { $0 == last.startIndex ? last : String(last[..<$0]) } ?? last
            if DataFiles.isLockFile(last) { continue }
            switch partCount {
            case 1:
                if rel == "site.yaml" || rel == "scheme.yaml" { continue }
                if name == "provinces" && DataFiles.tableExtensions.contains(ext) { provinceFiles.append(e); continue }
                if rel == "site.yml" || rel == "scheme.yml" {
                    diagnostics.append(.error("misnamed-file", at: loc, "name this file \"\(rel.replacingOccurrences(of: ".yml", with: ".yaml"))\""))
                    continue
                }
                if rel.lowercased().hasPrefix("readme") { continue }
                diagnostics.append(.warning("ignored-file", at: loc, "this file is not part of the content format and is ignored"))
            default:
                switch (top, ext) {
                case ("directives", "md") where partCount == 2: jobs.append(FileJob(kind: .directive, entry: e, display: disp(rel), stem: name))
                case ("units", "md"): jobs.append(FileJob(kind: .unitMarkdown, entry: e, display: disp(rel), stem: name))
                case ("units", _) where DataFiles.tableExtensions.contains(ext): jobs.append(FileJob(kind: .unitTable, entry: e, display: disp(rel), stem: name))
                case ("assessments", _) where DataFiles.tableExtensions.contains(ext):
                    let yearText = partCount == 2 ? name : second
                    if partCount > 3 {
                        diagnostics.append(.error("misplaced-file", at: loc, "assessment files go in assessments/YEAR.csv or assessments/YEAR/NAME.csv, not deeper"))
                    } else if yearText.count == 4, let year = Int(yearText), (1900...2200).contains(year) {
                        jobs.append(FileJob(kind: .assessments(year), entry: e, display: disp(rel), stem: name))
                    } else {
                        diagnostics.append(.error("bad-year-name", at: loc, partCount == 2
                            ? "an assessment file must be named after its year, such as assessments/2024.csv"
                            : "the folder \"\(second)\" must be a year, such as assessments/2024/"))
                    }
                case ("reports", "md") where partCount == 2: jobs.append(FileJob(kind: .document(.reports), entry: e, display: disp(rel), stem: name))
                case ("pages", "md") where partCount == 2: jobs.append(FileJob(kind: .document(.pages), entry: e, display: disp(rel), stem: name))
                case ("units", _), ("assessments", _):
                    // Nothing put in a data folder is left out silently.
                    diagnostics.append(.error("unreadable-data-file", at: loc, DataFiles.howToSave(ext: ext, folder: top)))
                default:
                    diagnostics.append(.warning("ignored-file", at: loc, "this file is not part of the content format and is ignored"))
                }
            }
        }

        // Provinces.
        var provinces: [LoadedProvince] = []
        if provinceFiles.isEmpty && !gaps.provincesIncomplete {
            diagnostics.append(.error("missing-file", at: SourceLocation(file: disp("provinces.yaml")), "the site needs a provinces file: provinces.yaml, .csv, .xlsx or .ods"))
        } else if provinceFiles.count > 1 {
            diagnostics.append(.error("duplicate-file", at: SourceLocation(file: disp(provinceFiles[1].relative)), "there are \(provinceFiles.count) provinces files; keep only one of \(provinceFiles.map { $0.relative }.joined(separator: ", "))"))
        }
        if provinceFiles.isEmpty { gaps.provincesIncomplete = true }
        for e in provinceFiles.prefix(1) {
            let (records, complete) = tableRecords(e.url, display: disp(e.relative), diagnostics: &diagnostics)
            if !complete { gaps.provincesIncomplete = true }
            for rec in records {
                if let p = RecordReaders.province(rec, diagnostics: &diagnostics) { provinces.append(p) } else {
                    let names = Gaps.names(rec)
                    if names.isEmpty { gaps.provincesIncomplete = true }
                    gaps.brokenProvinces.formUnion(names)
                }
            }
        }

        Timings.mark("load: sorted into jobs")
        // Every other file on all cores; results merged in path order.
        let fixedScheme = scheme
        let outcomes = Timings.measure("load: parse files") { parallelMap(jobs) { job -> FileJob.Outcome in
            guard let cache else { return Timings.measure("load: " + job.kindName) { job.run(scheme: fixedScheme) } }
            let fingerprint: [Int64]? = job.entry.fingerprint.isEmpty ? ParseCache.fingerprint(job.entry.path) : job.entry.fingerprint
            let schemeKey: Scheme?
            if case .assessments = job.kind { schemeKey = fixedScheme } else { schemeKey = nil }
            if let fingerprint, let hit = cache.lookup(job.display, fingerprint: fingerprint, scheme: schemeKey) { return hit }
            let outcome = job.run(scheme: fixedScheme)
            if let fingerprint { cache.store(job.display, fingerprint: fingerprint, scheme: schemeKey, outcome: outcome) }
            return outcome
        } }
        Timings.mark("load: parsed")
        cache?.keepOnly(Set(jobs.map(\.display)))
        var directives: [LoadedDirective] = []
        var units: [LoadedUnit] = []
        var assessments: [LoadedAssessment] = []
        var reports: [Document] = []
        var pages: [Document] = []
        if scheme == nil { gaps.assessmentsIncomplete = true }
        units.reserveCapacity(outcomes.reduce(0) { $0 + $1.units.count })
        assessments.reserveCapacity(outcomes.reduce(0) { $0 + $1.assessments.count })
        for o in outcomes {
            diagnostics += o.diagnostics
            gaps.merge(o.gaps)
            directives += o.directives
            units += o.units
            assessments += o.assessments
            for d in o.documents { if d.section == .reports { reports.append(d) } else { pages.append(d) } }
        }
        Timings.mark("load: merged")
        func makeSite(_ settings: SiteSettings, _ scheme: Scheme) -> Site {
            Site(settings: settings, scheme: scheme, provinces: provinces.map(\.province),
                 directives: directives.map(\.directive), units: units.map(\.unit),
                 assessments: assessments.map(\.assessment), reports: reports, pages: pages,
                 staticFiles: staticFiles)
        }
        // The site as read, handed to `prepare` on another thread while the references are checked here.
        var early: (site: Site, task: BackgroundTask<any Sendable>)?
        if let prepare, let settings, let scheme, !diagnostics.hasErrors {
            let site = makeSite(settings, scheme)
            early = (site, BackgroundTask { prepare(site) })
        }
        let counts = [provinces.count, directives.count, units.count, assessments.count, reports.count, pages.count]
        // References are checked even when site.yaml or scheme.yaml is broken, so one run lists everything.
        let crossCheck = Timings.measure("load: cross-check") {
            CrossCheck.run(scheme: scheme, provinces: &provinces, directives: &directives, units: &units,
                           assessments: &assessments, reports: &reports, pages: &pages, gaps: gaps)
        }
        diagnostics += crossCheck
        Timings.mark("load: cross-checked")
        let prepared = early?.task.value()
        Timings.mark("load: prepared")
        diagnostics = diagnostics.sortedForDisplay()
        guard let settings, let scheme else {
            return (LoadResult(site: nil, diagnostics: diagnostics, templates: templates, assets: assets), prepared)
        }
        let site: Site
        if let early, !crossCheck.hasErrors {
            // Without an error the check removed and changed nothing (CrossCheck.run), so the early site stands.
            assert(counts == [provinces.count, directives.count, units.count, assessments.count, reports.count, pages.count])
            site = early.site
        } else {
            site = makeSite(settings, scheme)
        }
        return (LoadResult(site: site, diagnostics: diagnostics, templates: templates, assets: assets), prepared)
    }

    /// Reads a required YAML file that must hold one mapping.
    static func singleMapping(_ root: URL, _ name: String, display: String, diagnostics: inout [Diagnostic]) -> RawRecord? {
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(.error("missing-file", at: SourceLocation(file: display), "the site needs this file; see docs/content-format.md"))
            return nil
        }
        guard let file = TextFile.read(url, displayPath: display, diagnostics: &diagnostics),
              let item = YAMLReader.parse(file.text, file: display, diagnostics: &diagnostics) else { return nil }
        guard case .mapping(let rec) = item.value else {
            diagnostics.append(.error("yaml-structure", at: item.location, "\(name) must be a mapping of fields such as \"title: …\""))
            return nil
        }
        return rec
    }

    /// Records of a YAML list, a CSV table or a workbook's sheets, and whether every record of the file could be read.
    static func tableRecords(_ url: URL, display: String, diagnostics: inout [Diagnostic]) -> (records: [RawRecord], complete: Bool) {
        let ext = url.pathExtension.lowercased()
        if DataFiles.workbookExtensions.contains(ext) {
            guard let book = Workbook.read(path: url.path, display: display, diagnostics: &diagnostics) else { return ([], false) }
            return (book.tables.flatMap { TableRecords.records($0, file: display, diagnostics: &diagnostics) }, book.complete)
        }
        guard let file = TextFile.read(url, displayPath: display, diagnostics: &diagnostics) else { return ([], false) }
        if ext == "csv" {
            guard let table = CellTable.parseCSV(file.text, file: display, diagnostics: &diagnostics) else { return ([], false) }
            return (TableRecords.records(table, file: display, diagnostics: &diagnostics), table.complete)
        }
        guard let item = YAMLReader.parse(file.text, file: display, diagnostics: &diagnostics) else { return ([], false) }
        guard case .list(let items) = item.value else {
            diagnostics.append(.error("yaml-structure", at: item.location, "this file must be a YAML list of records, each starting with \"- \""))
            return ([], false)
        }
        var out: [RawRecord] = []
        var complete = true
        for i in items {
            if case .mapping(let rec) = i.value { out.append(rec) } else {
                diagnostics.append(.error("yaml-structure", at: i.location, "each item of the list must be a mapping of fields such as \"id: …\""))
                complete = false
            }
        }
        return (out, complete)
    }

    static func loadTemplates(_ paths: ContentPaths, diagnostics: inout [Diagnostic]) -> ([TemplateSource], [AssetFile]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths.templates.path, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.append(.error("missing-templates", at: SourceLocation(file: paths.templatesDisplay), "the templates folder does not exist; pass --templates or run \"reportsite init\""))
            return ([], [])
        }
        var templates: [TemplateSource] = []
        var assets: [AssetFile] = []
        for e in FileListing.list(paths.templates) where !e.isSymlinkOutside && !e.isLinkedFolder {
            let display = e.relative.isEmpty ? paths.templatesDisplay : paths.templatesDisplay + "/" + e.relative
            if let unreadable = e.unreadableDiagnostic(display: display) {
                diagnostics.append(unreadable)
                continue
            }
            if e.relative.hasSuffix(".mustache") {
                if let file = TextFile.read(e.url, displayPath: display, diagnostics: &diagnostics) {
                    templates.append(TemplateSource(name: String(e.relative.dropLast(".mustache".count)), text: file.text, displayPath: display))
                }
            } else if e.relative.hasPrefix("assets/") {
                switch TextFile.readBytes(e.path) {
                case .success(let bytes): assets.append(AssetFile(relativePath: e.relative, bytes: bytes))
                case .failure(let cause): diagnostics.append(.unreadable(display, cause))
                }
            }
        }
        return (templates, assets)
    }
}

/// One content file to parse, independent of the others.
struct FileJob: Sendable {
    enum Kind: Sendable {
        case directive
        case unitMarkdown
        case unitTable
        case assessments(Int)
        case document(Document.Section)
    }

    var kind: Kind
    var entry: FileListing.Entry
    var display: String
    var stem: String

    struct Outcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var directives: [LoadedDirective] = []
        var units: [LoadedUnit] = []
        var assessments: [LoadedAssessment] = []
        var documents: [Document] = []
        var gaps = Gaps()
    }

    func run(scheme: Scheme?) -> Outcome {
        var o = Outcome()
        let fileLoc = SourceLocation(file: display)
        switch kind {
        case .directive, .unitMarkdown, .document:
            // When the file cannot be read, the id its name gives is remembered as broken.
            func broken(_ record: RawRecord?) -> Outcome {
                let names = Gaps.names(record, fileStem: stem)
                if case .directive = kind { o.gaps.brokenDirectives.formUnion(names) }
                if case .unitMarkdown = kind {
                    o.gaps.brokenUnits.formUnion(names)
                    if let record { o.gaps.keepReferences(ofUnit: record) }
                }
                return o
            }
            guard let file = TextFile.read(path: entry.path, displayPath: display, diagnostics: &o.diagnostics),
                  let split = FrontMatterSplit.split(file, diagnostics: &o.diagnostics) else { return broken(nil) }
            let body = MarkdownSource(text: split.body, file: display, firstLine: split.bodyFirstLine)
            var record = RawRecord(fields: [], location: SourceLocation(file: display, line: 1, column: 1), origin: .yaml)
            if let yaml = split.yaml {
                guard let item = YAMLReader.parse(yaml, file: display, firstLine: split.yamlFirstLine, diagnostics: &o.diagnostics) else { return broken(nil) }
                switch item.value {
                case .mapping(let rec): record = rec
                case .null: break
                default:
                    o.diagnostics.append(.error("yaml-structure", at: item.location, "the front matter must be a mapping of fields such as \"title: …\""))
                    return broken(nil)
                }
            } else if case .directive = kind {
                o.diagnostics.append(.error("missing-front-matter", at: SourceLocation(file: display, line: 1, column: 1), "a directive file starts with front matter: a \"---\" line, fields such as \"number: …\", and a \"---\" line"))
                return broken(nil)
            }
            record.location = SourceLocation(file: display, line: 1, column: 1)
            switch kind {
            case .directive:
                if let d = RecordReaders.directive(record, defaultID: stem, fileLocation: fileLoc, body: body, diagnostics: &o.diagnostics) { o.directives.append(d) } else {
                    return broken(record)
                }
            case .unitMarkdown:
                if let u = RecordReaders.unit(record, defaultID: stem, fileLocation: fileLoc, body: body, diagnostics: &o.diagnostics) { o.units.append(u) } else {
                    return broken(record)
                }
            case .document(let section):
                if let d = RecordReaders.document(record, section: section, defaultID: stem, fileLocation: fileLoc, body: body, diagnostics: &o.diagnostics) { o.documents.append(d) }
            default: break
            }
        case .unitTable:
            let (records, complete) = ContentLoader.tableRecords(entry.url, display: display, diagnostics: &o.diagnostics)
            if !complete { o.gaps.unitsIncomplete = true }
            for rec in records {
                if let u = RecordReaders.unit(rec, defaultID: nil, fileLocation: fileLoc, body: nil, diagnostics: &o.diagnostics) { o.units.append(u) } else {
                    let names = Gaps.names(rec)
                    if names.isEmpty { o.gaps.unitsIncomplete = true }
                    o.gaps.brokenUnits.formUnion(names)
                    o.gaps.keepReferences(ofUnit: rec)
                }
            }
        case .assessments(let year):
            guard let scheme else { return o }
            let (records, complete) = ContentLoader.tableRecords(entry.url, display: display, diagnostics: &o.diagnostics)
            if !complete { o.gaps.assessmentsIncomplete = true }
            let fields = RecordReaders.AssessmentFields(scheme)
            for rec in records where !RecordReaders.notAssessed(rec, fields: fields) {
                if let a = RecordReaders.assessment(rec, fileYear: year, yearSource: yearSource, scheme: scheme, fields: fields, diagnostics: &o.diagnostics) { o.assessments.append(a) } else {
                    let names = Gaps.names(rec, field: "unit")
                    if names.isEmpty { o.gaps.assessmentsIncomplete = true }
                    o.gaps.assessedUnits.formUnion(names)
                    o.gaps.keepReferences(ofAssessment: rec)
                }
            }
        }
        return o
    }

    /// The kind of file, for timings.
    var kindName: String {
        switch kind {
        case .directive: return "directive files"
        case .unitMarkdown: return "unit files"
        case .unitTable: return "unit tables"
        case .assessments: return "assessment files"
        case .document: return "documents"
        }
    }

    /// What gives an assessment file its year, for messages.
    var yearSource: String {
        entry.relative.split(separator: "/").count > 2 ? "folder name" : "file name"
    }
}
