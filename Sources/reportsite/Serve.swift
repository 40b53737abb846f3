import ArgumentParser
import Foundation
import ReportSiteBuild
import ReportSiteModel
import ReportSiteServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: words("help.serve.abstract"), discussion: words("help.serve.discussion"))

    @OptionGroup var paths: SitePaths

    @Option(help: helpText("help.serve.output"))
    var output = "Output"

    @Option(help: helpText("help.serve.port"))
    var port = 8080

    @Option(help: helpText("help.serve.host"))
    var host = "127.0.0.1"

    func run() async throws {
        var err = FileHandle.standardError
        if !PreviewServer.isLoopback(host) {
            print("warning: " + words("serve.public-host", ["host": .text(host)]), to: &err)
        }
        guard (0...65535).contains(port) else {
            print("error: " + words("serve.bad-port"), to: &err)
            throw ExitWith(code: 2)
        }
        let options = BuildOptions(content: paths.content, templates: paths.templates, output: output, strict: false, context: buildContext())
        if let refusal = OutputWriter.claim(output: output, content: paths.content, templates: paths.templates) {
            print("error: " + refusal.text(in: RunLanguage.beforeSite), to: &err)
            throw ExitWith(code: 2)
        }
        // Ctrl-C: stop cleanly (exit 0) once a write of Output/ in progress has ended, so it is whole.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [Int32(SIGINT), Int32(SIGTERM)].map { (sig: Int32) -> DispatchSourceSignal in
            let s = DispatchSource.makeSignalSource(signal: sig, queue: .main)
            s.setEventHandler {
                OutputWriter.holdForExit()
                print("\n" + words("serve.stopped"))
                Foundation.exit(0)
            }
            s.resume()
            return s
        }
        defer { sources.forEach { $0.cancel() } }
        let server = PreviewServer(options: options, host: host, port: port, language: RunLanguage.chosen, log: { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        })
        if let problem = server.listenProblem() {
            print("error: " + words("serve.cannot-listen", ["host": .text(host), "port": .text(String(port)), "cause": .message(problem)]), to: &err)
            throw ExitWith(code: 3)
        }
        do {
            try await server.run()
        } catch {
            print("error: " + words("serve.cannot-listen", ["host": .text(host), "port": .text(String(port)), "cause": IOCause.argument(error)]), to: &err)
            throw ExitWith(code: 3)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: words("help.init.abstract"), discussion: words("help.init.discussion"))

    @Argument(help: helpText("help.init.directory"))
    var directory: String

    @OptionGroup var language: LanguageOption

    func run() throws {
        var err = FileHandle.standardError
        do {
            try Scaffold.write(into: directory)
        } catch let f as Scaffold.Failure {
            print("error: " + f.message.text(in: RunLanguage.beforeSite), to: &err)
            throw ExitWith(code: 2)
        } catch {
            print("error: " + words("init.cannot-write", ["dir": .text(directory), "cause": IOCause.argument(error)]), to: &err)
            throw ExitWith(code: 3)
        }
        print(words("init.created", ["dir": .text(directory)]))
    }
}
