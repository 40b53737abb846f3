import Foundation
import Testing
import ReportSiteBuild
import ReportSiteContent
import ReportSiteModel
@testable import ReportSiteRender

/// Every file of each fixture site and of the sample site, byte for byte, against `Tests/Fixtures/golden`
/// (see `Golden` for re-recording them with `make goldens`).
@Suite struct SiteGoldenTests {
    /// The fixture sites under `Tests/Fixtures/sites`, and `sample`: the repository's own `Content/`.
    static let sites = ["minimal", "starter", "mutation-base", "sample"]

    static func content(_ site: String) -> String {
        site == "sample" ? Repo.root.appendingPathComponent("Content").path : Repo.content(site)
    }

    @Test(arguments: sites) func siteMatchesItsGolden(_ site: String) throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        let result = Pipeline.build(options(content: Self.content(site), output: out))
        #expect(result.outcome == .success, "\(result.diagnostics.map(\.description))")
        Golden.check(tree: tree(out), as: "sites/" + site)
    }
}

/// Each component and chart on its own, rendered for the minimal fixture site as a report's fence would
/// render it (two folders below the root), against `Tests/Fixtures/golden/components`.
@Suite struct ComponentGoldenTests {
    static let model: RenderModel = {
        let loaded = ContentLoader.load(ContentPaths(content: Repo.content("minimal"), templates: Repo.templates))
        return RenderModel(site: loaded.site!, context: BuildContext(buildDate: nil, version: "test"))
    }()

    /// Component fences (name, parameters) and the snapshot each is kept in.
    static let fences: [(snapshot: String, name: String, parameters: String)] = [
        ("ranking", "ranking", "year: 2025"),
        ("ranking-top-kind", "ranking", "year: 2025\ntop: 1\nkind: agency"),
        ("units", "units", "year: 2025"),
        ("units-province-top", "units", "year: 2025\nprovince: bac-ninh\ntop: 3"),
        ("stats", "stats", "year: 2025"),
        ("stats-province", "stats", "year: 2025\nprovince: bac-ninh"),
        ("directives", "directives", ""),
        ("directives-national", "directives", "scope: national"),
        ("chart-classes", "chart", "of: classes\nyear: 2025"),
        ("chart-classes-province", "chart", "of: classes\nyear: 2025\nprovince: bac-ninh"),
        ("chart-provinces", "chart", "of: provinces\nyear: 2025"),
        ("chart-trend", "chart", "of: trend"),
        ("chart-trend-province", "chart", "of: trend\nprovince: bac-ninh"),
    ]

    @Test(arguments: fences.map(\.snapshot)) func componentMatchesItsSnapshot(_ snapshot: String) throws {
        let fence = try #require(Self.fences.first { $0.snapshot == snapshot })
        let request = ComponentRequest(name: fence.name, parameters: fence.parameters,
                                       location: SourceLocation(file: "Content/reports/r.md", line: 3, column: 1), parametersFirstLine: 4)
        var diagnostics: [Diagnostic] = []
        let html = ComponentRenderer(model: Self.model, root: "../../").render(request, diagnostics: &diagnostics)
        #expect(diagnostics.isEmpty)
        Golden.check(text: html, as: "components/\(snapshot).html")
    }

    /// The chart only generated pages show: a province's rank over the years.
    @Test func rankHistoryMatchesItsSnapshot() {
        let html = Charts(renderer: ComponentRenderer(model: Self.model, root: "../../")).rankHistory(province: "bac-ninh")
        Golden.check(text: html, as: "components/chart-rank-history.html")
    }
}
