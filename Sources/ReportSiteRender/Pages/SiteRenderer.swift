import ReportSiteModel

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

    /// A batch of planned pages rendered by one worker: one page, or up to 64 unit pages (each task then is
    /// worth scheduling, and the unit pages share one component renderer).
    typealias Job = [PlannedPage]

    static let unitPagesPerJob = 64

    /// The plan's pages in batches, in the plan's order; data files only when `dataFiles`.
    static func jobs(_ plan: SitePlan, dataFiles: Bool) -> [Job] {
        var jobs: [Job] = []
        var units: Job = []
        for page in plan.pages {
            switch page.source {
            case .unit:
                units.append(page)
                if units.count == unitPagesPerJob { jobs.append(units); units = [] }
            case .sitemap, .feed:
                continue  // made at the end from the whole plan, with the assets
            default:
                if page.isData && !dataFiles { continue }
                if !units.isEmpty { jobs.append(units); units = [] }
                jobs.append([page])
            }
        }
        if !units.isEmpty { jobs.append(units) }
        return jobs
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
            case .unit(let id): return [PlannedPage(Paths.unit(id), .unit(id))]
            case .directive(let id): return [PlannedPage(Paths.directive(id), .directive(id))]
            case .report(let id): return model.reportsByID[id].map { _ in [PlannedPage(Paths.report(id), .report(id))] }
            case .page(let id): return model.pagesByID[id].map { _ in [PlannedPage(Paths.page(id), .page(id))] }
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
        model.plan.paths.union(assets.map(\.relativePath))
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
        let jobs = SiteRenderer.jobs(model.plan, dataFiles: dataFiles)
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
            files += model.plan.pages.filter(\.isData).map { OutputFile(path: $0.path, bytes: []) }
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
