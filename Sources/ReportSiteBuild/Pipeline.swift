import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// Folders and switches shared by build, check and serve.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var strict: Bool
    public var context: BuildContext

    public init(content: String = "Content", templates: String = "Templates", output: String = "Output",
                strict: Bool = false, context: BuildContext = BuildContext()) {
        self.content = content
        self.templates = templates
        self.output = output
        self.strict = strict
        self.context = context
    }
}

/// How a run ended, mapped to the exit status by the executable.
public enum Outcome: Sendable, Equatable {
    /// 0: done (warnings allowed).
    case success
    /// 1: the content has errors; nothing was published.
    case contentErrors
    /// 2: wrong usage, such as an output folder that must not be replaced.
    case usage(Message)
    /// 3: an I/O or internal failure.
    case failure(Message)

    public var exitCode: Int32 {
        switch self {
        case .success: return 0
        case .contentErrors: return 1
        case .usage: return 2
        case .failure: return 3
        }
    }
}

/// The result of a build or check: every diagnostic, sorted, and how it ended.
public struct PipelineResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var outcome: Outcome
    public var files: [OutputFile]
    public var site: Site?
    /// The site's `language` from site.yaml, nil when the site could not be read; the executable chooses
    /// the language of its words from it, `--lang` and `REPORTSITE_LANG` (docs/decisions.md).
    public var language: Language? { site?.settings.language }
    /// The model the run rendered from (nil when it did not get that far). Handing it back also keeps it
    /// from being freed before the report is printed: freeing its rankings standing by standing was
    /// 9 ms of a 10k `check`, and `build` and `check` exit without freeing it (decision 41).
    public var model: RenderModel? = nil
}

/// load → validate → rank → render → (write): the whole pipeline, for build, check and serve.
public enum Pipeline {
    /// Loads, validates and renders in memory, checking links page by page; writes nothing. The files of
    /// the result have their paths only.
    public static func check(_ options: BuildOptions) -> PipelineResult {
        // What a killed build or serve left beside the output is finished or removed by every run.
        try? OutputTransaction.recover(output: options.output)
        let paths = ContentPaths(content: options.content, templates: options.templates)
        let context = options.context
        // The model (rankings and lists) is computed while the loader checks references.
        let (loaded, model) = Timings.measure("load") {
            ContentLoader.load(paths, preparing: { site in Timings.measure("model (rankings)") { RenderModel(site: site, context: context) } })
        }
        var diagnostics = loaded.diagnostics
        var files: [OutputFile] = []
        var rendered: RenderModel?
        if let site = loaded.site, !loaded.diagnostics.hasErrors {
            let renderer = makeRenderer(site, loaded, paths, options, model: model)
            rendered = renderer.model
            // Links are checked as pages are made, and their bytes let go, as in `build`.
            let extra = extraFiles(site, paths: paths, diagnostics: &diagnostics)
            let copied = copiedFiles(site)
            let sink = StreamingSink(transaction: nil, renderer: renderer, extra: extra, copied: copied, output: options.output)
            // The data downloads and the search index are not made: nothing in them can fail.
            let result = Timings.measure("render + link check") { renderer.render(consume: { sink.take($0) }, dataFiles: false) }
            diagnostics += result.diagnostics
            files = result.files
            if !result.diagnostics.hasErrors {
                files += sink.take(extra)
                files += sink.take(copied, paths: paths, diagnostics: &diagnostics)
                files.sort { $0.path < $1.path }
                diagnostics += sink.linkDiagnostics
            }
        }
        Timings.mark("check: files listed")
        if options.strict { diagnostics = strict(diagnostics) }
        diagnostics = diagnostics.sortedForDisplay()
        let outcome = Pipeline.outcome(of: diagnostics)
        return PipelineResult(diagnostics: diagnostics, outcome: outcome, files: diagnostics.hasErrors ? [] : files, site: loaded.site,
                              model: rendered)
    }

    /// How a run with these diagnostics ended: an error is a content error (exit 1), unless a file or folder
    /// could not be read (exit 3: the content may well be right; docs/decisions.md, 53).
    static func outcome(of diagnostics: [Diagnostic]) -> Outcome {
        let unread = diagnostics.ioFailureCount
        if unread > 0 {
            return .failure(Message(unread == 1 ? "outcome.unreadable.one" : "outcome.unreadable.other", ["n": .int(unread)]))
        }
        return diagnostics.hasErrors ? .contentErrors : .success
    }

    /// The renderer of a loaded site; making it computes the rankings, unless `model` already has them.
    static func makeRenderer(_ site: Site, _ loaded: LoadResult, _ paths: ContentPaths, _ options: BuildOptions,
                             model: RenderModel? = nil) -> SiteRenderer {
        if let model {
            return SiteRenderer(model: model, templates: loaded.templates, assets: loaded.assets, templatesDisplay: paths.templatesDisplay)
        }
        return SiteRenderer(site: site, templates: loaded.templates, assets: loaded.assets,
                            templatesDisplay: paths.templatesDisplay, context: options.context)
    }

    /// The output files that are not rendered and are held in memory: the pages of `static/` (their links
    /// are checked) and the output folder's README. The other files of `static/` are copied (`copiedFiles`).
    static func extraFiles(_ site: Site, paths: ContentPaths, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        staticFiles(site, paths: paths, diagnostics: &diagnostics, where: isPage) + [OutputFile(path: "README.md", text: OutputWriter.readme)]
    }

    /// The files of `static/` that `build` copies without holding them in memory: all but its pages.
    static func copiedFiles(_ site: Site) -> [StaticFile] {
        site.staticFiles.filter { !isPage($0) }
    }

    static func isPage(_ file: StaticFile) -> Bool { file.relativePath.hasSuffix(".html") }

    /// The files of `static/` (those `include` accepts), read into memory.
    static func staticFiles(_ site: Site, paths: ContentPaths, diagnostics: inout [Diagnostic],
                            where include: (StaticFile) -> Bool = { _ in true }) -> [OutputFile] {
        var out: [OutputFile] = []
        for s in site.staticFiles where include(s) {
            if let data = FileManager.default.contents(atPath: s.sourcePath) {
                out.append(OutputFile(path: outputPath(of: s), bytes: [UInt8](data)))
            } else {
                diagnostics.append(unreadable(s, paths: paths))
            }
        }
        return out
    }

    /// Where a file of `static/` lands in the output.
    static func outputPath(of file: StaticFile) -> String { "static/" + file.relativePath }

    static func unreadable(_ file: StaticFile, paths: ContentPaths) -> Diagnostic {
        .error("unreadable-file", at: SourceLocation(file: paths.contentDisplay + "/static/" + file.relativePath), Message("unreadable-file.static"))
    }

    /// `--strict`: every warning becomes an error.
    static func strict(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var e = d
            if e.severity == .warning { e.severity = .error }
            return e
        }
    }

    /// Loads, renders and hands every file to an output transaction as pages are made (so a large site is
    /// never held in memory), which stages those that changed and moves them in once the build has no error.
    /// A failed build leaves the previous output as it was.
    public static func build(_ options: BuildOptions) -> PipelineResult {
        if let refusal = OutputWriter.claim(output: options.output, content: options.content, templates: options.templates) {
            return PipelineResult(diagnostics: [], outcome: .usage(refusal), files: [], site: nil)
        }
        let paths = ContentPaths(content: options.content, templates: options.templates)
        Timings.mark("pipeline starts")
        let output = options.output
        let context = options.context
        // The transaction, its page folders and the model are made while the loader checks references.
        let (loaded, prepared) = Timings.measure("load") {
            ContentLoader.load(paths, preparing: { site in BuildStart(site: site, output: output, context: context) })
        }
        var diagnostics = loaded.diagnostics
        func finish(_ files: [OutputFile], _ outcome: Outcome? = nil) -> PipelineResult {
            var d = options.strict ? strict(diagnostics) : diagnostics
            d = d.sortedForDisplay()
            let o = outcome ?? Pipeline.outcome(of: d)
            return PipelineResult(diagnostics: d, outcome: o, files: o == .success ? files : [], site: loaded.site)
        }
        guard let site = loaded.site, !loaded.diagnostics.hasErrors else {
            prepared?.discard()
            return finish([])
        }
        let start = prepared ?? BuildStart(site: site, output: output, context: context)
        let transaction: OutputTransaction
        switch start.transaction {
        case .success(let t): transaction = t
        case .failure(let error): return finish([], .failure(Pipeline.writeFailure(options.output, error)))
        }
        let extra = extraFiles(site, paths: paths, diagnostics: &diagnostics)
        let copied = copiedFiles(site)
        let renderer = makeRenderer(site, loaded, paths, options, model: start.model)
        let sink = StreamingSink(transaction: transaction, renderer: renderer, extra: extra, copied: copied, output: options.output)
        let rendered = Timings.measure("render + write") { renderer.render(consume: { sink.take($0) }) }
        // Every return below comes after this: nothing touches the staging folder once the build returns.
        start.early?.wait()
        diagnostics += rendered.diagnostics
        var files = rendered.files
        if !rendered.diagnostics.hasErrors {
            files += sink.take(extra)
            files += sink.take(copied, paths: paths, diagnostics: &diagnostics)
            diagnostics += sink.linkDiagnostics
        }
        let failed = (options.strict ? strict(diagnostics) : diagnostics).hasErrors
        if failed || rendered.diagnostics.hasErrors {
            transaction.abandon()
            return finish([])
        }
        if let problem = transaction.writeFailure {
            transaction.abandon()
            return finish([], .failure(Message("outcome.write-file", ["path": .text(problem)])))
        }
        Timings.mark("rendered")
        files += sink.take([sink.manifest()])
        do {
            _ = try Timings.measure("commit") { try transaction.commit() }
            Timings.mark("committed")
        } catch {
            return finish([], .failure(Pipeline.writeFailure(options.output, error)))
        }
        files.sort { $0.path < $1.path }
        var result = finish(files)
        result.model = renderer.model
        return result
    }

    /// What a build makes as soon as the site is read: the output transaction (which recovers what an earlier
    /// run left and makes the staging folder), into a fresh output a background pass making its page folders
    /// (creating 100,000 folders is seconds of kernel work, done while the rest runs mostly on one core;
    /// docs/decisions.md, 37), and the model.
    struct BuildStart: Sendable {
        let transaction: Result<OutputTransaction, any Error>
        /// The early folder pass; waited for before the transaction is committed or abandoned.
        let early: DispatchGroup?
        let model: RenderModel

        init(site: Site, output: String, context: BuildContext) {
            transaction = Result { try OutputTransaction(output: output) }
            if case .success(let t) = transaction, t.fresh {
                early = t.folders.makeInBackground(FolderMaker.pageFolders(of: site))
            } else {
                early = nil
            }
            if case .success(let t) = transaction { t.listInBackground() }
            model = Timings.measure("model (rankings)") { RenderModel(site: site, context: context) }
        }

        /// Abandons the transaction of a build that will not go on.
        func discard() {
            early?.wait()
            if case .success(let t) = transaction { t.abandon() }
        }
    }

    /// The closing line in `language`: "check: 34 files, 0 warnings", "build failed: 2 errors, 1 warning; …".
    public static func summary(_ result: PipelineResult, verb: String, in language: Language) -> String {
        let warnings = count("warnings", result.diagnostics.warningCount)
        let words: Message
        switch result.outcome {
        case .success:
            words = Message("summary.done", ["verb": .text(verb), "files": count("files", result.files.count), "warnings": warnings])
        case .contentErrors:
            words = Message("summary.errors", ["verb": .text(verb), "errors": count("errors", result.diagnostics.errorCount), "warnings": warnings])
        case .usage(let m), .failure(let m):
            words = Message("summary.stopped", ["verb": .text(verb), "reason": .message(m)])
        }
        return TerminalText.escaped(words.text(in: language))
    }

    /// "1 warning", "3 errors": `count.<what>.one` or `.other`.
    public static func count(_ what: String, _ n: Int) -> Message.Argument {
        .message(Message("count.\(what).\(n == 1 ? "one" : "other")", ["n": .int(n)]))
    }

    /// Why the output folder could not be written.
    static func writeFailure(_ output: String, _ error: any Error) -> Message {
        Message("outcome.write-output", ["output": .text(output), "cause": .text(IOCause.words(error))])
    }
}

/// `build-manifest.json`: every file with its size and SHA-256, so a deployment can be verified.
public enum Manifest {
    public static let path = "build-manifest.json"
    /// How every manifest begins: how a folder is known to be ours.
    static let header = "{\n  \"generator\": \"reportsite\",\n"

    public static func file(for files: [OutputFile], hashes known: [String: String] = [:]) -> OutputFile {
        let sorted = files.sorted { $0.path < $1.path }
        let hashes = parallelMap(sorted) { known[$0.path] ?? SHA256.hex($0.bytes) }
        return file(entries: zip(sorted, hashes).map { ($0.path, $0.bytes.count, $1) })
    }

    /// The manifest of files already hashed, in path order.
    public static func file(entries: [(path: String, size: Int, sha256: String)]) -> OutputFile {
        let sorted = entries.sorted { $0.path < $1.path }
        var out = header + "  \"files\": [\n"
        out.reserveCapacity(out.utf8.count + sorted.count * 150)
        for (i, e) in sorted.enumerated() {
            // Appended piece by piece: the manifest has a line per file (100,000 and more).
            out += "    {\"path\": "
            out += Escape.json(e.path)
            out += ", \"size\": "
            out += String(e.size)
            out += ", \"sha256\": \""
            out += e.sha256
            out += i == sorted.count - 1 ? "\"}\n" : "\"},\n"
        }
        out += "  ]\n}\n"
        return OutputFile(path: path, text: out)
    }
}
