import ArgumentParser
import Foundation
import ReportSiteBuild
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
        throw ExitWith(code: 2)
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a new, working site (Content and Templates) into an empty folder.")

    @Argument(help: "The folder to create the site in; must be empty or not exist.")
    var directory: String

    func run() throws {
        throw ExitWith(code: 2)
    }
}
