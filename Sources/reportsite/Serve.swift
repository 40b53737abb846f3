import ArgumentParser
import Foundation
import ReportSiteBuild
import ReportSiteModel
import ReportSiteServe

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build, serve the output, rebuild on change and reload open pages.")

    @OptionGroup var paths: SitePaths

    @Option(help: "The output folder.")
    var output = "Output"

    @Option(help: "Port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    func run() async throws {
        var err = FileHandle.standardError
        if !PreviewServer.isLoopback(host) {
            print("warning: serving on \(host) makes the preview reachable from other machines; use 127.0.0.1 unless you mean it", to: &err)
        }
        guard (0...65535).contains(port) else {
            print("error: --port must be from 0 to 65535", to: &err)
            throw ExitWith(code: 2)
        }
        let options = BuildOptions(content: paths.content, templates: paths.templates, output: output, strict: false, context: buildContext())
        if let refusal = OutputWriter.claim(output: output, content: paths.content, templates: paths.templates) {
            print("error: \(refusal)", to: &err)
            throw ExitWith(code: 2)
        }
        // Ctrl-C: stop cleanly (exit 0) once a write of Output/ in progress has ended, so it is whole.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [Int32(SIGINT), Int32(SIGTERM)].map { (sig: Int32) -> DispatchSourceSignal in
            let s = DispatchSource.makeSignalSource(signal: sig, queue: .main)
            s.setEventHandler {
                OutputWriter.holdForExit()
                print("\nstopped")
                Foundation.exit(0)
            }
            s.resume()
            return s
        }
        defer { sources.forEach { $0.cancel() } }
        let server = PreviewServer(options: options, host: host, port: port, log: { line in
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        })
        if let problem = server.listenProblem() {
            print("error: could not serve on \(host):\(port): \(problem)", to: &err)
            throw ExitWith(code: 3)
        }
        do {
            try await server.run()
        } catch {
            print("error: could not serve on \(host):\(port): " + IOCause.words(error), to: &err)
            throw ExitWith(code: 3)
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a new, working site (Content and Templates) into an empty folder.")

    @Argument(help: "The folder to create the site in; must be empty or not exist.")
    var directory: String

    func run() throws {
        var err = FileHandle.standardError
        do {
            try Scaffold.write(into: directory)
        } catch let f as Scaffold.Failure {
            print("error: \(f)", to: &err)
            throw ExitWith(code: 2)
        } catch {
            print("error: could not write \(directory): " + IOCause.words(error), to: &err)
            throw ExitWith(code: 3)
        }
        print("Created a new site in \(directory). Next:\n  cd \(directory)\n  reportsite build     # renders Content/ into Output/\n  reportsite serve     # preview at http://127.0.0.1:8080/")
    }
}
