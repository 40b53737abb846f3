import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// Rebuilds for `serve`, reusing what did not change: parsed files (by size and modification time),
/// and, when an edit changed only Markdown bodies, every page but theirs. The files it returns are
/// byte for byte those of a full build (a test compares them).
public final class IncrementalBuild: @unchecked Sendable {
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var outcome: Outcome
        /// Every file of the site, manifest included, sorted by path (empty on failure).
        public var files: [OutputFile]
        /// Paths written or changed since the previous good build, and paths that disappeared.
        public var changed: [String]
        public var removed: [String]
        /// "full" or "pages: N" (what was rendered again), for the log.
        public var mode: String
        public var parsedFiles: Int
        /// The site's `language` from site.yaml, nil when the site could not be read (as `PipelineResult`).
        public var language: Language?
    }

    struct Last {
        var site: Site
        var templates: [TemplateSource]
        var assets: [AssetFile]
        var staticFiles: [OutputFile]
        var files: [String: OutputFile]
        var renderDiagnostics: [Diagnostic]
        var hashes: [String: String]
        var model: RenderModel
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
        var loadDiagnostics = loaded.diagnostics
        guard let site = loaded.site, !loaded.diagnostics.hasErrors else {
            return failed(loadDiagnostics, parsed: parsed, language: loaded.site?.settings.language)
        }
        var staticDiagnostics: [Diagnostic] = []
        let staticFiles = Pipeline.staticFiles(site, paths: paths, diagnostics: &staticDiagnostics)
        loadDiagnostics += staticDiagnostics
        let outputDisplay = ContentPaths.display(options.output)
        var files: [String: OutputFile]
        var renderDiagnostics: [Diagnostic]
        var mode = "full"
        let renderer: SiteRenderer
        if let last, last.templates == loaded.templates, last.assets == loaded.assets, last.staticFiles == staticFiles,
           let keys = IncrementalBuild.bodyOnlyChanges(from: last.site, to: site) {
            renderer = SiteRenderer(model: last.model.replacingBodies(with: site), templates: loaded.templates,
                                    assets: loaded.assets, templatesDisplay: paths.templatesDisplay)
            let partial = renderer.render(only: keys)
            let sources = IncrementalBuild.sourceFiles(of: keys, in: site)
            renderDiagnostics = last.renderDiagnostics.filter { !sources.contains($0.location.file) && $0.code != "broken-link" }
            renderDiagnostics += partial.diagnostics
            files = last.files
            for f in partial.files { files[f.path] = f }
            let rendered = partial.pagePaths
            renderDiagnostics += last.renderDiagnostics.filter { $0.code == "broken-link" && !rendered.contains(String($0.location.file.dropFirst(outputDisplay.count + 1))) }
            renderDiagnostics += LinkChecker.check(partial.files, against: Set(files.keys), outputDisplay: outputDisplay)
            mode = "pages: \(keys.count)"
        } else {
            renderer = Pipeline.makeRenderer(site, loaded, paths, options)
            let full = renderer.render()
            renderDiagnostics = full.diagnostics
            var list = full.files + staticFiles
            list.append(OutputFile(path: "README.md", text: OutputWriter.readme))
            if !full.diagnostics.hasErrors { renderDiagnostics += LinkChecker.check(list, outputDisplay: outputDisplay) }
            files = [:]
            for f in list { files[f.path] = f }
        }
        var diagnostics = loadDiagnostics + renderDiagnostics
        if options.strict { diagnostics = Pipeline.strict(diagnostics) }
        diagnostics = diagnostics.sortedForDisplay()
        if diagnostics.hasErrors { return failed(diagnostics, parsed: parsed, language: site.settings.language) }

        // The manifest, hashing only files whose bytes changed.
        files["build-manifest.json"] = nil
        var hashes: [String: String] = [:]
        let sorted = files.values.sorted { $0.path < $1.path }
        let previous = last
        let toHash = sorted.filter { f in
            guard let old = previous?.files[f.path], old.bytes == f.bytes, previous?.hashes[f.path] != nil else { return true }
            return false
        }
        let fresh = parallelMap(toHash) { SHA256.hex($0.bytes) }
        for (f, h) in zip(toHash, fresh) { hashes[f.path] = h }
        for f in sorted where hashes[f.path] == nil { hashes[f.path] = previous?.hashes[f.path] }
        let manifest = Manifest.file(for: sorted, hashes: hashes)
        files[manifest.path] = manifest
        // `sorted` with the manifest put in its place, instead of sorting every file again.
        var all = sorted
        all.insert(manifest, at: all.firstIndex { $0.path > manifest.path } ?? all.endIndex)
        var changed: [String] = []
        for f in all where previous?.files[f.path]?.bytes != f.bytes { changed.append(f.path) }
        let removed = (previous.map { Array($0.files.keys) } ?? []).filter { files[$0] == nil }.sorted()
        last = Last(site: site, templates: loaded.templates, assets: loaded.assets, staticFiles: staticFiles,
                    files: files, renderDiagnostics: renderDiagnostics, hashes: hashes, model: renderer.model)
        return Result(diagnostics: diagnostics, outcome: .success, files: all, changed: changed, removed: removed, mode: mode, parsedFiles: parsed,
                      language: site.settings.language)
    }

    private func failed(_ diagnostics: [Diagnostic], parsed: Int, language: Language?) -> Result {
        var d = diagnostics
        if options.strict { d = Pipeline.strict(d) }
        return Result(diagnostics: d.sortedForDisplay(), outcome: .contentErrors, files: [], changed: [], removed: [], mode: "none", parsedFiles: parsed, language: language)
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
