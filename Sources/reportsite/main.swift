import ArgumentParser
import CBuildInfo
import Foundation
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

let version = "0.1.0"

/// What `--version` prints: the version and the commit `make dist` linked in (docs/decisions.md, 57).
let versionLine = "\(version) (commit \(reportsite_build_commit().map { String(cString: $0) } ?? "unknown"))"

/// Paths shared by every command, and `--lang`.
struct SitePaths: ParsableArguments {
    @Option(help: helpText("help.option.content"))
    var content = "Content"

    @Option(help: helpText("help.option.templates"))
    var templates = "Templates"

    @OptionGroup var language: LanguageOption
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

/// Prints diagnostics and the summary to standard error, in `language`.
func report(_ result: PipelineResult, verb: String, in language: Language) {
    var err = FileHandle.standardError
    for line in DiagnosticFloods.textLines(result.diagnostics, in: language) { print(line, to: &err) }
    print(Pipeline.summary(result, verb: verb, in: language), to: &err)
    Timings.mark("report printed")
    if Timings.enabled { print("timings:\n" + Timings.report(), to: &err) }
}

/// Ends the process with the result's exit code, without returning: everything is written and reported,
/// and freeing the loaded site and the model object by object took 0.2 s at 100,000 units.
func leave(_ result: PipelineResult) -> Never {
    exit(result.outcome.exitCode)
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
        abstract: words("help.root.abstract"),
        discussion: words("help.root.discussion"),
        version: versionLine,
        subcommands: [Build.self, Check.self, Serve.self, Init.self, Workbook.self]
    )

    @OptionGroup var language: LanguageOption

    /// The names a command line may start with.
    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } + ["help"] }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: words("help.build.abstract"), discussion: words("help.build.discussion"))

    @OptionGroup var paths: SitePaths

    @Option(help: helpText("help.build.output"))
    var output = "Output"

    @Flag(help: helpText("help.option.strict"))
    var strict = false

    func run() throws {
        Allocator.keepFreedMemory()
        let options = BuildOptions(content: paths.content, templates: paths.templates, output: output, strict: strict, context: buildContext())
        let result = Pipeline.build(options)
        report(result, verb: "build", in: RunLanguage.of(result.language))
        leave(result)
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: words("help.check.abstract"), discussion: words("help.check.discussion"))

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var paths: SitePaths

    @Option(help: helpText("help.check.format"))
    var format: Format = .text

    @Flag(help: helpText("help.option.strict"))
    var strict = false

    func run() throws {
        Allocator.keepFreedMemory()
        let options = BuildOptions(content: paths.content, templates: paths.templates, strict: strict, context: buildContext())
        let result = Pipeline.check(options)
        let language = RunLanguage.of(result.language)
        switch format {
        case .text:
            report(result, verb: "check", in: language)
        case .json:
            print(DiagnosticJSON.encode(result.diagnostics, in: language))
            var err = FileHandle.standardError
            print(Pipeline.summary(result, verb: "check", in: language), to: &err)
        }
        leave(result)
    }
}

enum DiagnosticJSON {
    /// The `message` of each problem is in `language`; its `code` is the same in every language.
    static func encode(_ diagnostics: [Diagnostic], in language: Language) -> String {
        if diagnostics.isEmpty { return "[]" }
        let items = diagnostics.map { d in
            "  {\"file\": \(Escape.json(d.location.file)), \"line\": \(d.location.line), \"column\": \(d.location.column), \"severity\": \"\(d.severity.rawValue)\", \"code\": \(Escape.json(d.code)), \"message\": \(Escape.json(d.message(in: language)))}"
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]"
    }
}

// Our own main: the contract's exit codes (2 for usage, not EX_USAGE 64), and the parser's words in the
// language of help.
Timings.begin(enabled: ProcessInfo.processInfo.environment["REPORTSITE_TIMINGS"] != nil)
var err = FileHandle.standardError
if let wrong = RunLanguage.wrongVariable {
    print("error: " + words("cli.bad-lang-env", ["value": .text(wrong)]), to: &err)
    exit(2)
}
if let mistyped = UnknownCommand.first(in: Array(CommandLine.arguments.dropFirst()), known: ReportSiteCommand.commandNames) {
    print("error: " + UnknownCommand.message(mistyped, known: ReportSiteCommand.commandNames), to: &err)
    exit(2)
}
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
    // Help and --version end here with exit 0 on standard output; a usage mistake with exit 2.
    let text = ParserWords.translate(ReportSiteCommand.fullMessage(for: error), to: RunLanguage.beforeSite)
    if ReportSiteCommand.exitCode(for: error) == .success {
        print(text)
        exit(0)
    }
    print(text, to: &err)
    exit(2)
}
