import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// The pipeline for `serve` (`Pipeline`'s stages), reusing what did not change: parsed files (by size and
/// modification time) and, when an edit changed only Markdown bodies, every page but theirs: that is its one
/// branch, at render. The files it returns are byte for byte those of a full build (a test compares them);
/// serve writes them to the output through `OutputWriter.write`.
public final class IncrementalBuild: @unchecked Sendable {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var outcome: Outcome
        /// Every file of the site, manifest included, sorted by path (empty on failure).
        public var files: [OutputFile]
        /// Paths written or changed since the previous good build.
        public var changed: [String]
        /// "full" or "pages: N" (what was rendered again), for the log.
        public var mode: String
        public var parsedFiles: Int
        /// The site's `language` (nil when the site could not be read), for the words of serve's log.
        public var language: Language?
    }

    /// What a good build left for the next one.
    struct Last {
        var site: Site
        var templates: [TemplateSource]
        var assets: [AssetFile]
        var held: [OutputFile]
        var files: [String: OutputFile]
        var renderDiagnostics: [Diagnostic]
        var hashes: [String: String]
        var model: RenderModel
    }

    /// What the render stage made: every file by path, its diagnostics (links included), the model.
    struct Rendered {
        var files: [String: OutputFile]
        var diagnostics: [Diagnostic]
        var model: RenderModel
        var mode: String
    }

    let options: BuildOptions
    let cache = ParseCache()
    // Only `run()` touches this, one call at a time (serve's rebuilder is an actor).
    private var last: Last?

    public init(options: BuildOptions) {
        self.options = options
    }

    public func run() -> Result {
        let paths = ContentPaths(content: options.content, templates: options.templates)
        let loaded = ContentLoader.load(paths, cache: cache)
        let parsed = cache.takeCounts().misses
        var diagnostics = loaded.diagnostics
        guard let site = loaded.site, !diagnostics.hasErrors else {
            return failed(Pipeline.report(diagnostics, options, site: nil, language: loaded.language), parsed: parsed)
        }
        let inputs = SiteInputs(site, paths: paths, holdingAll: true, diagnostics: &diagnostics)
        let rendered: Rendered
        if let last, last.templates == loaded.templates, last.assets == loaded.assets, last.held == inputs.held,
           let keys = IncrementalBuild.bodyOnlyChanges(from: last.site, to: site) {
            rendered = rerender(keys, of: site, loaded, paths: paths, after: last)
        } else {
            rendered = render(site, loaded, inputs, paths: paths)
        }
        let reported = Pipeline.report(diagnostics + rendered.diagnostics, options, site: site, language: loaded.language)
        guard reported.outcome == .success else { return failed(reported, parsed: parsed) }
        let (files, hashes) = withManifest(rendered.files)
        let changed = files.filter { last?.files[$0.path]?.bytes != $0.bytes }.map(\.path)
        last = Last(site: site, templates: loaded.templates, assets: loaded.assets, held: inputs.held,
                    files: Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) }),
                    renderDiagnostics: rendered.diagnostics, hashes: hashes, model: rendered.model)
        return Result(diagnostics: reported.diagnostics, outcome: .success, files: files, changed: changed,
                      mode: rendered.mode, parsedFiles: parsed, language: site.settings.language)
    }

    private func failed(_ reported: PipelineResult, parsed: Int) -> Result {
        Result(diagnostics: reported.diagnostics, outcome: reported.outcome, files: [], changed: [], mode: "none", parsedFiles: parsed,
               language: reported.language)
    }

    /// The render stage in full, as `build` runs it, keeping the files in memory.
    func render(_ site: Site, _ loaded: LoadResult, _ inputs: SiteInputs, paths: ContentPaths) -> Rendered {
        let renderer = SiteRenderer(site: site, templates: loaded.templates, assets: loaded.assets,
                                    templatesDisplay: paths.templatesDisplay, context: options.context)
        let sink = StreamingSink(.memory, renderer: renderer, inputs: inputs, output: options.output)
        let result = Pipeline.render(renderer, into: sink, inputs, paths: paths, dataFiles: true)
        return Rendered(files: Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0) }),
                        diagnostics: result.diagnostics, model: renderer.model, mode: "full")
    }

    /// The branch: only the pages of `keys` rendered again, from the last model with the new bodies, their
    /// links checked against every file; the last build's diagnostics of the other pages kept.
    func rerender(_ keys: [SiteRenderer.PageKey], of site: Site, _ loaded: LoadResult, paths: ContentPaths, after last: Last) -> Rendered {
        let renderer = SiteRenderer(model: last.model.replacingBodies(with: site), templates: loaded.templates,
                                    assets: loaded.assets, templatesDisplay: paths.templatesDisplay)
        let partial = renderer.render(only: keys)
        var files = last.files
        for f in partial.files { files[f.path] = f }
        let sources = IncrementalBuild.sourceFiles(of: keys, in: site)
        let pages = partial.pagePaths
        let outputDisplay = ContentPaths.display(options.output)
        func keptLink(_ d: Diagnostic) -> Bool { !pages.contains(String(d.location.file.dropFirst(outputDisplay.count + 1))) }
        var diagnostics = last.renderDiagnostics.filter { $0.code == "broken-link" ? keptLink($0) : !sources.contains($0.location.file) }
        diagnostics += partial.diagnostics
        diagnostics += LinkChecker.check(partial.files, against: Set(files.keys), outputDisplay: outputDisplay)
        return Rendered(files: files, diagnostics: diagnostics, model: renderer.model, mode: "pages: \(keys.count)")
    }

    /// Every file with the manifest, sorted by path, hashing only files whose bytes changed since the last build.
    func withManifest(_ byPath: [String: OutputFile]) -> (files: [OutputFile], hashes: [String: String]) {
        var hashes: [String: String] = [:]
        let sorted = byPath.values.filter { $0.path != Manifest.path }.sorted { $0.path < $1.path }
        let toHash = sorted.filter { f in
            guard let old = last?.files[f.path], old.bytes == f.bytes, last?.hashes[f.path] != nil else { return true }
            return false
        }
        let fresh = parallelMap(toHash) { SHA256.hex($0.bytes) }
        for (f, h) in zip(toHash, fresh) { hashes[f.path] = h }
        for f in sorted where hashes[f.path] == nil { hashes[f.path] = last?.hashes[f.path] }
        let manifest = Manifest.file(for: sorted, hashes: hashes)
        // `sorted` with the manifest put in its place, instead of sorting every file again.
        var all = sorted
        all.insert(manifest, at: all.firstIndex { $0.path > manifest.path } ?? all.endIndex)
        return (all, hashes)
    }

    /// The pages to render again when only Markdown bodies changed, or nil when anything else changed.
    static func bodyOnlyChanges(from old: Site, to new: Site) -> [SiteRenderer.PageKey]? {
        guard old.settings == new.settings, old.scheme == new.scheme, old.provinces == new.provinces,
              old.assessments == new.assessments, old.staticFiles == new.staticFiles,
              old.units.count == new.units.count, old.directives.count == new.directives.count,
              old.reports.count == new.reports.count, old.pages.count == new.pages.count else { return nil }
        var keys: [SiteRenderer.PageKey] = []
        for (a, b) in zip(old.units, new.units) {
            if a == b { continue }
            var x = a, y = b
            x.body = nil
            y.body = nil
            guard x == y else { return nil }
            keys.append(.unit(b.id))
        }
        for (a, b) in zip(old.directives, new.directives) {
            if a == b { continue }
            var x = a, y = b
            x.body = MarkdownSource(text: "", file: "", firstLine: 0)
            y.body = x.body
            guard x == y else { return nil }
            keys.append(.directive(b.id))
        }
        for (a, b) in zip(old.reports + old.pages, new.reports + new.pages) {
            if a == b { continue }
            var x = a, y = b
            x.body = MarkdownSource(text: "", file: "", firstLine: 0)
            y.body = x.body
            guard x == y else { return nil }
            keys.append(b.section == .reports ? .report(b.id) : .page(b.id))
        }
        return keys
    }

    static func sourceFiles(of keys: [SiteRenderer.PageKey], in site: Site) -> Set<String> {
        var out = Set<String>()
        for key in keys {
            switch key {
            case .unit(let id): if let f = site.units.first(where: { $0.id == id })?.body?.file { out.insert(f) }
            case .directive(let id): if let f = site.directives.first(where: { $0.id == id })?.body.file { out.insert(f) }
            case .report(let id): if let f = site.reports.first(where: { $0.id == id })?.body.file { out.insert(f) }
            case .page(let id): if let f = site.pages.first(where: { $0.id == id })?.body.file { out.insert(f) }
            }
        }
        return out
    }
}
