import ReportSiteModel

/// Renders one page (or a chunk of unit pages) through its template and the layout.
struct PageRenderer: Sendable {
    let model: RenderModel
    let templates: TemplateSet
    let skeletons = SkeletonCache()
    /// What is the same in the tables of every unit page.
    let unitTables: UnitTables

    init(model: RenderModel, templates: TemplateSet) {
        self.model = model
        self.templates = templates
        unitTables = UnitTables(model: model)
    }

    var t: Strings { model.strings }
    var f: Format { model.format }
    var site: Site { model.site }

    struct Outcome: Sendable {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Renders a batch of planned pages (unit pages of a batch share one component renderer).
    func run(_ job: SiteRenderer.Job) -> Outcome {
        var o = Outcome()
        guard let first = job.first else { return o }
        Timings.measure("render: " + first.source.kindName) {
            // Every unit page has the same root.
            var unitComponents: ComponentRenderer?
            if case .unit = first.source { unitComponents = ComponentRenderer(model: model, root: UnitTables.root) }
            for page in job { render(page, unitComponents: unitComponents, into: &o) }
        }
        return o
    }

    /// Renders one planned page or data file into `o`.
    func render(_ page: PlannedPage, unitComponents: ComponentRenderer?, into o: inout Outcome) {
        switch page.source {
        case .home: home(&o)
        case .rankings: rankings(&o)
        case .rankingYear(let y): rankingYear(y, &o)
        case .provinces: provinces(&o)
        case .province(let id): province(id, &o)
        case .unit(let id):
            unitComponents?.startPage()
            unit(id, &o, components: unitComponents)
        case .directives: directives(&o)
        case .directive(let id): directive(id, &o)
        case .reports: reports(&o)
        case .report(let id): model.reportsByID[id].map { document($0, &o) }
        case .page(let id): model.pagesByID[id].map { document($0, &o) }
        case .notFound: notFound(&o)
        case .search: search(&o)
        case .unitKind(let kind): unitKind(kind, &o)
        case .rankingData(let year, let file): o.files.append(rankingData(year: year, file: file))
        case .searchIndex: o.files.append(OutputFile(path: page.path, text: SearchIndex.script(model: model)))
        case .sitemap, .feed: break  // made from the whole plan by `Feeds`
        }
    }

    /// One of the data files of a year's ranking.
    func rankingData(year: Int, file: RankingDataFile) -> OutputFile {
        let r = model.ranking(year: year)
        let scheme = site.scheme
        let path = Paths.rankingData(year, file)
        switch file {
        case .provincesJSON: return OutputFile(path: path, bytes: RankingData.provincesJSON(r, scheme: scheme))
        case .provincesCSV: return OutputFile(path: path, bytes: RankingData.provincesCSV(r, scheme: scheme))
        case .unitsJSON: return OutputFile(path: path, bytes: RankingData.unitsJSON(r, scheme: scheme))
        case .unitsCSV: return OutputFile(path: path, bytes: RankingData.unitsCSV(r, scheme: scheme))
        }
    }
}
