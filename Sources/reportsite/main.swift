import ArgumentParser
import CBuildInfo
import Foundation
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

let version = "0.1.0"

/// What `--version` prints: the version and the commit `make dist` linked in (docs/decisions.md, 57).
let versionLine = "\(version) (commit \(reportsite_build_commit().map { String(cString: $0) } ?? "unknown"))"

/// Paths shared by every command.
struct SitePaths: ParsableArguments {
    @Option(help: "The content folder.")
    var content = "Content"

    @Option(help: "The templates folder.")
    var templates = "Templates"
}

/// The build date from SOURCE_DATE_EPOCH, read here and passed down (never read below the executable).
func buildContext() -> BuildContext {
    let env = ProcessInfo.processInfo.environment
    var date: SimpleDate?
    if let s = env["SOURCE_DATE_EPOCH"], let secs = Int64(s.trimmingCharacters(in: .whitespaces)) {
        date = BuildContext.date(fromEpoch: secs)
    }
    return BuildContext(buildDate: date, version: version)
}

/// Prints diagnostics and the summary to standard error.
func report(_ result: PipelineResult, verb: String) {
    var err = FileHandle.standardError
    for line in DiagnosticFloods.textLines(result.diagnostics, in: .en) { print(line, to: &err) }
    print(Pipeline.summary(result, verb: verb), to: &err)
    Timings.mark("report printed")
    if Timings.enabled { print("timings:\n" + Timings.report(), to: &err) }
}

/// Ends the process with the result's exit code, without returning: everything is written and reported,
/// and freeing the loaded site and the model object by object took 0.2 s at 100,000 units.
func leave(_ result: PipelineResult) -> Never {
    exit(result.outcome == .success ? 0 : result.outcome.exitCode)
}

extension FileHandle: @retroactive TextOutputStream {
    public func write(_ string: String) { write(Data(string.utf8)) }
}

struct ExitWith: Error {
    var code: Int32
}

struct ReportSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reportsite",
        abstract: "Builds the reporting site of the all-people movement to protect national security from Content/ and Templates/.",
        version: versionLine,
        subcommands: [Build.self, Check.self, Serve.self, Init.self, Workbook.self]
    )
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Render the site into the output folder (only when there is no error).")

    @OptionGroup var paths: SitePaths

    @Option(help: "The output folder; replaced as a whole when the build succeeds.")
    var output = "Output"

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let options = BuildOptions(content: paths.content, templates: paths.templates, output: output, strict: strict, context: buildContext())
        let result = Pipeline.build(options)
        report(result, verb: "build")
        leave(result)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load and validate everything, render in memory, write nothing.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var paths: SitePaths

    @Option(help: "text: one line per problem; json: an array of {file, line, column, severity, code, message}.")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let options = BuildOptions(content: paths.content, templates: paths.templates, strict: strict, context: buildContext())
        let result = Pipeline.check(options)
        switch format {
        case .text:
            report(result, verb: "check")
        case .json:
            print(DiagnosticJSON.encode(result.diagnostics))
            var err = FileHandle.standardError
            print(Pipeline.summary(result, verb: "check"), to: &err)
        }
        leave(result)
    }
}

enum DiagnosticJSON {
    static func encode(_ diagnostics: [Diagnostic]) -> String {
        if diagnostics.isEmpty { return "[]" }
        let items = diagnostics.map { d in
            "  {\"file\": \(Escape.json(d.location.file)), \"line\": \(d.location.line), \"column\": \(d.location.column), \"severity\": \"\(d.severity.rawValue)\", \"code\": \(Escape.json(d.code)), \"message\": \(Escape.json(d.message))}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]"
    }
}

// Our own main: the contract's exit codes (2 for usage, not EX_USAGE 64).
Timings.begin(enabled: ProcessInfo.processInfo.environment["REPORTSITE_TIMINGS"] != nil)
do {
    var command = try await ReportSiteCommand.asyncParseAsRoot()
    // The concrete type picks the async run(); through the protocol the sync default (help) won.
    if let serve = command as? Serve {
        try await serve.run()
    } else {
        try command.run()
    }
    exit(0)
} catch let e as ExitWith {
    exit(e.code)
} catch {
    let code = ReportSiteCommand.exitCode(for: error)
    if code == .success {
        ReportSiteCommand.exit(withError: error)
    }
    var err = FileHandle.standardError
    print(ReportSiteCommand.fullMessage(for: error), to: &err)
    exit(code == .validationFailure || code.rawValue == 64 ? 2 : (code.rawValue == 0 ? 0 : 2))
}
