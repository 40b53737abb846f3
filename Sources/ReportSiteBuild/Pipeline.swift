import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// load → validate → plan → render → link check → strict → report → write: the one pipeline of `check`,
/// `build` and `serve`. `check` and `build` run it whole (`run`); serve's `IncrementalBuild` runs the same
/// stages and branches only at render, to render again just the pages whose Markdown body changed.
public enum Pipeline {
    /// Loads, validates and renders in memory, checking links page by page; writes nothing. The files of
    /// the result have their paths only.
    public static func check(_ options: BuildOptions) -> PipelineResult {
        // What a killed build or serve left beside the output is finished or removed by every run.
        try? OutputTransaction.recover(output: options.output)
        return run(options, writing: false)
    }

    /// Loads, renders and hands every file to an output transaction as pages are made (so a large site is
    /// never held in memory), which stages those that changed and moves them in once the build has no error.
    /// A failed build leaves the previous output as it was.
    public static func build(_ options: BuildOptions) -> PipelineResult {
        if let refusal = OutputWriter.claim(output: options.output, content: options.content, templates: options.templates) {
            return PipelineResult(diagnostics: [], outcome: .usage(refusal), files: [], site: nil)
        }
        return run(options, writing: true)
    }

    /// The stages in order; `writing` opens an output transaction (build) instead of rendering for the link
    /// check only (check).
    static func run(_ options: BuildOptions, writing: Bool) -> PipelineResult {
        Timings.mark("pipeline starts")
        let paths = ContentPaths(content: options.content, templates: options.templates)
        let (loaded, started) = load(paths, options, writing: writing)
        var diagnostics = loaded.diagnostics
        guard let site = loaded.site, !diagnostics.hasErrors else {
            started?.discard()
            return report(diagnostics, options, site: loaded.site, language: loaded.language)
        }
        let start = started ?? RunStart(site: site, output: writing ? options.output : nil, context: options.context)
        let destination: StreamingSink.Destination
        switch start.transaction {
        case nil: destination = .nowhere
        case .success(let t)?: destination = .output(t)
        case .failure(let error)?:
            return report(diagnostics, options, site: site, language: loaded.language, failure: Pipeline.writeFailure(options.output, error))
        }
        let renderer = SiteRenderer(model: start.model, templates: loaded.templates, assets: loaded.assets,
                                    templatesDisplay: paths.templatesDisplay)
        let inputs = SiteInputs(site, paths: paths, holdingAll: false, diagnostics: &diagnostics)
        let sink = StreamingSink(destination, renderer: renderer, inputs: inputs, output: options.output)
        let rendered = render(renderer, into: sink, inputs, paths: paths, dataFiles: writing)
        // Every return below comes after this: nothing touches the staging folder once the build returns.
        start.early?.wait()
        Timings.mark("early folders done")
        diagnostics += rendered.diagnostics
        var result = report(diagnostics, options, site: site, language: loaded.language)
        result.model = renderer.model
        guard case .output(let transaction) = destination else {
            result.files = result.outcome == .success ? rendered.files : []
            return result
        }
        return write(rendered.files, through: transaction, sink: sink, options, result)
    }

    /// load: the site, and what the run needs of it (the model, a build's output transaction) made while the
    /// loader checks references (docs/decisions.md, 38 and 77).
    static func load(_ paths: ContentPaths, _ options: BuildOptions, writing: Bool) -> (LoadResult, RunStart?) {
        let output = writing ? options.output : nil
        let context = options.context
        return Timings.measure("load") {
            ContentLoader.load(paths, preparing: { site in RunStart(site: site, output: output, context: context) })
        }
    }

    /// render → link check: every page handed to `sink` as it is made (which checks its links and writes or
    /// keeps it), then, when rendering found no error, the files that are not rendered. Files sorted by path.
    static func render(_ renderer: SiteRenderer, into sink: StreamingSink, _ inputs: SiteInputs, paths: ContentPaths,
                       dataFiles: Bool) -> RenderResult {
        let rendered = Timings.measure("render + link check") { renderer.render(consume: { sink.take($0) }, dataFiles: dataFiles) }
        guard !rendered.diagnostics.hasErrors else { return rendered }
        var diagnostics = rendered.diagnostics
        var files = rendered.files + sink.take(inputs.held)
        files += sink.take(inputs.copied, paths: paths, diagnostics: &diagnostics)
        diagnostics += sink.linkDiagnostics
        files.sort { $0.path < $1.path }
        Timings.mark("rendered")
        return RenderResult(files: files, diagnostics: diagnostics)
    }

    /// strict → report: the run's diagnostics, with `--strict` every warning an error, in display order, and
    /// how the run ended (`failure` when writing failed). No files: those are the write stage's.
    static func report(_ diagnostics: [Diagnostic], _ options: BuildOptions, site: Site?, language: Language?, failure: Message? = nil) -> PipelineResult {
        let shown = (options.strict ? strict(diagnostics) : diagnostics).sortedForDisplay()
        let outcome = failure.map { Outcome.failure($0) } ?? Pipeline.outcome(of: shown)
        return PipelineResult(diagnostics: shown, outcome: outcome, files: [], site: site, language: language)
    }

    /// write: the manifest, and the transaction committed when the run succeeded, abandoned otherwise.
    static func write(_ files: [OutputFile], through transaction: OutputTransaction, sink: StreamingSink,
                      _ options: BuildOptions, _ reported: PipelineResult) -> PipelineResult {
        var result = reported
        guard result.outcome == .success else {
            transaction.abandon()
            return result
        }
        if let problem = transaction.writeFailure {
            transaction.abandon()
            result.outcome = .failure(Message("outcome.write-file", ["path": .text(problem)]))
            return result
        }
        let manifest = sink.take([sink.manifest()])
        Timings.mark("manifest written")
        do {
            _ = try Timings.measure("commit") { try transaction.commit() }
            Timings.mark("committed")
        } catch {
            result.outcome = .failure(Pipeline.writeFailure(options.output, error))
            return result
        }
        result.files = (files + manifest).sorted { $0.path < $1.path }
        return result
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

    /// `--strict`: every warning becomes an error.
    static func strict(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            var e = d
            if e.severity == .warning { e.severity = .error }
            return e
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
        Message("outcome.write-output", ["output": .text(output), "cause": IOCause.argument(error)])
    }
}
