import ReportSiteModel

/// What rendering produced: files sorted by path, and every problem found on the way.
public struct RenderResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]
    /// Every path written, for link checks (made when asked: a full build does not need it).
    public var pagePaths: Set<String> { Set(files.map(\.path)) }

    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }
}

/// Turns the model and the templates into output files; pure, writes nothing.
public struct SiteRenderer: Sendable {
    public let model: RenderModel
    let templates: [TemplateSource]
    let assets: [AssetFile]
    let templatesDisplay: String

    public init(site: Site, templates: [TemplateSource], assets: [AssetFile], templatesDisplay: String, context: BuildContext) {
        self.model = RenderModel(site: site, context: context)
        self.templates = templates
        self.assets = assets
        self.templatesDisplay = templatesDisplay
    }

    /// A renderer over an existing model (serve reuses the rankings when only bodies changed).
    public init(model: RenderModel, templates: [TemplateSource], assets: [AssetFile], templatesDisplay: String) {
        self.model = model
        self.templates = templates
        self.assets = assets
        self.templatesDisplay = templatesDisplay
    }

    enum Job: Sendable {
        case home, rankings, rankingYear(Int), provinces, province(String), unitChunk([String]), directives
        case directive(String), reports, document(Document), notFound, search
        /// rankings/YEAR/{provinces,units}.{json,csv} (which: 0–3) and the search index: not pages, but
        /// scheduled with them so that no core waits at the end.
        case dataFile(year: Int, which: Int), searchIndex

        /// The kind of page, for timings.
        var kindName: String {
            switch self {
            case .home: return "home"
            case .rankings: return "rankings"
            case .rankingYear: return "ranking year"
            case .provinces: return "provinces"
            case .province: return "province"
            case .unitChunk: return "units"
            case .directives: return "directives"
            case .directive: return "directive"
            case .reports: return "reports"
            case .document: return "document"
            case .notFound: return "404"
            case .search: return "search"
            case .dataFile: return "data files"
            case .searchIndex: return "search index"
            }
        }
    }

    /// A page whose Markdown body can be rendered again on its own.
    public enum PageKey: Hashable, Sendable {
        case unit(String), directive(String), report(String), page(String)
    }

    /// Renders only the pages of `keys` (for serve, after an edit that changed only their bodies).
    public func render(only keys: [PageKey]) -> RenderResult {
        var diagnostics: [Diagnostic] = []
        let set = TemplateSet(templates, templatesDisplay: templatesDisplay, diagnostics: &diagnostics)
        if diagnostics.hasErrors { return RenderResult(files: [], diagnostics: diagnostics) }
        let jobs: [Job] = keys.compactMap { key in
            switch key {
            case .unit(let id): return .unitChunk([id])
            case .directive(let id): return .directive(id)
            case .report(let id): return model.reportsByID[id].map { .document($0) }
            case .page(let id): return model.pagesByID[id].map { .document($0) }
            }
        }
        let renderer = PageRenderer(model: model, templates: set)
        let outcomes = parallelMap(jobs) { renderer.run($0) }
        var files: [OutputFile] = []
        for o in outcomes {
            files += o.files
            diagnostics += o.diagnostics
        }
        files.sort { $0.path < $1.path }
        return RenderResult(files: files, diagnostics: diagnostics)
    }

    /// Every path `render()` writes, known before rendering (for link checks while streaming to disk).
    public func plannedPaths() -> Set<String> {
        let site = model.site
        var paths: Set<String> = [Paths.home, Paths.rankings, Paths.provinces, Paths.directives, Paths.reports,
                                  Paths.notFound, Paths.search, PageRenderer.searchIndexPath]
        for y in model.years {
            paths.insert(Paths.ranking(y))
            for which in 0..<4 { paths.insert(PageRenderer.dataFilePath(year: y, which: which)) }
        }
        for p in site.provinces { paths.insert(Paths.province(p.id)) }
        for u in site.units { paths.insert(Paths.unit(u.id)) }
        for d in site.directives { paths.insert(Paths.directive(d.id)) }
        for r in site.reports { paths.insert(Paths.report(r.id)) }
        for p in site.pages { paths.insert(Paths.page(p.id)) }
        for a in assets { paths.insert(a.relativePath) }
        if site.settings.baseURL != nil {
            paths.insert("sitemap.xml")
            paths.insert("feed.xml")
        }
        return paths
    }

    /// Renders every file. `consume`, when given, receives each batch of files on the worker that made it
    /// (to write them and let their bytes go) and returns what to keep in the result. Without `dataFiles`
    /// (for `check`), the rankings' CSV and JSON files and the search index are in the result by path
    /// only, not made: they come from the model without templates or links, so they cannot fail.
    public func render(consume: (@Sendable ([OutputFile]) -> [OutputFile])? = nil, dataFiles: Bool = true) -> RenderResult {
        let consume = consume ?? { $0 }
        var diagnostics: [Diagnostic] = []
        let set = TemplateSet(templates, templatesDisplay: templatesDisplay, diagnostics: &diagnostics)
        if diagnostics.hasErrors { return RenderResult(files: [], diagnostics: diagnostics) }
        let site = model.site
        // The largest jobs first (each year's units tables, the search index, directive pages with all their
        // implementers), so that no core is left with a big one at the end.
        let dataJobs: [Job] = model.years.flatMap { y in [2, 3, 0, 1].map { Job.dataFile(year: y, which: $0) } } + [.searchIndex]
        var jobs: [Job] = dataFiles ? dataJobs : []
        jobs += site.directives.map { Job.directive($0.id) }
        jobs += [.home, .rankings, .provinces, .directives, .reports, .notFound, .search]
        jobs += model.years.map { Job.rankingYear($0) }
        jobs += site.provinces.map { Job.province($0.id) }
        // Units in chunks so each task is worth scheduling.
        let unitIDs = site.units.map(\.id)
        var i = 0
        while i < unitIDs.count {
            jobs.append(.unitChunk(Array(unitIDs[i..<min(i + 64, unitIDs.count)])))
            i += 64
        }
        jobs += site.reports.map { Job.document($0) } + site.pages.map { Job.document($0) }
        let renderer = PageRenderer(model: model, templates: set)
        let outcomes = parallelMap(jobs) { job -> PageRenderer.Outcome in
            var o = renderer.run(job)
            o.files = consume(o.files)
            return o
        }
        Timings.mark("render: pages made")
        var files: [OutputFile] = []
        for o in outcomes {
            files += o.files
            diagnostics += o.diagnostics
        }
        if !dataFiles {
            files += dataJobs.map { job in
                if case .dataFile(let year, let which) = job { return OutputFile(path: PageRenderer.dataFilePath(year: year, which: which), bytes: []) }
                return OutputFile(path: PageRenderer.searchIndexPath, bytes: [])
            }
        }
        var rest: [OutputFile] = []
        for a in assets { rest.append(OutputFile(path: a.relativePath, bytes: a.bytes)) }
        rest.append(contentsOf: Feeds.files(model: model, diagnostics: &diagnostics))
        files += consume(rest)
        files.sort { $0.path < $1.path }
        Timings.mark("render: files listed")
        return RenderResult(files: files, diagnostics: diagnostics)
    }
}
