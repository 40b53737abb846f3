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
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.append(.error("missing-content", at: SourceLocation(file: display), Message("missing-content")))
            return (LoadResult(site: nil, diagnostics: diagnostics, templates: [], assets: []), nil)
        }
        let (templates, assets) = loadTemplates(paths, diagnostics: &diagnostics)
        var language: Language?
        func result(_ site: Site?) -> LoadResult {
            LoadResult(site: site, diagnostics: diagnostics, templates: templates, assets: assets, language: language)
        }
        let entries = Timings.measure("load: list files") { FileListing.list(root) }
        if let first = entries.first, first.relative.isEmpty, let unreadable = first.unreadableDiagnostic(display: display) {
            // Nothing of the site can be read: every other error would follow from this one.
            diagnostics.append(unreadable)
            return (result(nil), nil)
        }
        // site.yaml and scheme.yaml first: assessments need the scheme.
        let settings = singleMapping(root, "site.yaml", display: display + "/site.yaml", diagnostics: &diagnostics)
            .flatMap { RecordReaders.settings($0, diagnostics: &diagnostics) }
        language = settings?.language
        let scheme = singleMapping(root, "scheme.yaml", display: display + "/scheme.yaml", diagnostics: &diagnostics)
            .flatMap { SchemeReader.read($0, diagnostics: &diagnostics) }
        Timings.mark("load: listed")
        var sorted = SortedFiles.sort(entries, display: display, diagnostics: &diagnostics)
        var loaded = LoadedContent()
        loaded.provinces = loadProvinces(sorted.provinceFiles, display: display, gaps: &sorted.gaps, diagnostics: &diagnostics)
        Timings.mark("load: sorted into jobs")
        loaded.merge(parse(sorted.jobs, scheme: scheme, cache: cache), diagnostics: &diagnostics, gaps: &sorted.gaps)
        if scheme == nil { sorted.gaps.assessmentsIncomplete = true }
        Timings.mark("load: merged")
        // The site as read, handed to `prepare` on another thread while the references are checked here.
        var early: (site: Site, task: BackgroundTask<any Sendable>)?
        if let prepare, let settings, let scheme, !diagnostics.hasErrors {
            let site = loaded.site(settings, scheme, staticFiles: sorted.staticFiles)
            early = (site, BackgroundTask { prepare(site) })
        }
        let counts = loaded.counts
        // References are checked even when site.yaml or scheme.yaml is broken, so one run lists everything.
        let crossCheck = Timings.measure("load: cross-check") { CrossCheck.run(scheme: scheme, &loaded, gaps: sorted.gaps) }
        diagnostics += crossCheck
        Timings.mark("load: cross-checked")
        let prepared = early?.task.value()
        Timings.mark("load: prepared")
        diagnostics = diagnostics.sortedForDisplay()
        guard let settings, let scheme else { return (result(nil), prepared) }
        if let early, !crossCheck.hasErrors {
            // Without an error the check removed and changed nothing (CrossCheck.run), so the early site stands.
            assert(counts == loaded.counts)
            return (result(early.site), prepared)
        }
        return (result(loaded.site(settings, scheme, staticFiles: sorted.staticFiles)), prepared)
    }

    /// The provinces of the one provinces file; none, or more than one, is an error.
    static func loadProvinces(_ files: [FileListing.Entry], display: String, gaps: inout Gaps,
                              diagnostics: inout [Diagnostic]) -> [LoadedProvince] {
        if files.isEmpty && !gaps.provincesIncomplete {
            diagnostics.append(.error("missing-file", at: SourceLocation(file: display + "/provinces.yaml"), Message("missing-file.provinces")))
        } else if files.count > 1 {
            diagnostics.append(.error("duplicate-file", at: SourceLocation(file: display + "/" + files[1].relative),
                                      Message("duplicate-file", ["count": .int(files.count), "files": .list(files.map(\.relative))])))
        }
        guard let file = files.first else {
            gaps.provincesIncomplete = true
            return []
        }
        var provinces: [LoadedProvince] = []
        let (records, complete) = tableRecords(file.url, display: display + "/" + file.relative, diagnostics: &diagnostics)
        if !complete { gaps.provincesIncomplete = true }
        for rec in records {
            if let p = RecordReaders.province(rec, diagnostics: &diagnostics) { provinces.append(p) } else {
                let names = Gaps.names(rec)
                if names.isEmpty { gaps.provincesIncomplete = true }
                gaps.brokenProvinces.formUnion(names)
            }
        }
        return provinces
    }

    /// Every file of `jobs` on all cores, in path order; with a `cache`, a file unchanged since it was last
    /// parsed (and, for assessments, with the same scheme) is taken from it.
    static func parse(_ jobs: [FileJob], scheme: Scheme?, cache: ParseCache?) -> [FileJob.Outcome] {
        let outcomes = Timings.measure("load: parse files") { parallelMap(jobs) { job -> FileJob.Outcome in
            guard let cache else { return Timings.measure("load: " + job.kindName) { job.run(scheme: scheme) } }
            let fingerprint: [Int64]? = job.entry.fingerprint.isEmpty ? ParseCache.fingerprint(job.entry.path) : job.entry.fingerprint
            let schemeKey: Scheme?
            if case .assessments = job.kind { schemeKey = scheme } else { schemeKey = nil }
            if let fingerprint, let hit = cache.lookup(job.display, fingerprint: fingerprint, scheme: schemeKey) { return hit }
            let outcome = job.run(scheme: scheme)
            if let fingerprint { cache.store(job.display, fingerprint: fingerprint, scheme: schemeKey, outcome: outcome) }
            return outcome
        } }
        Timings.mark("load: parsed")
        cache?.keepOnly(Set(jobs.map(\.display)))
        return outcomes
    }
}
