import Foundation
import Testing
import ReportSiteBuild

@Suite struct ScaffoldTests {
    /// The files `init` writes are the starter fixture and the repository's Templates, byte for byte.
    @Test func embeddedStarterIsUpToDate() throws {
        var onDisk: [String: Data] = [:]
        for (prefix, dir) in [("Content", Repo.content("starter")), ("Templates", Repo.templates)] {
            for (rel, data) in tree(dir) { onDisk[prefix + "/" + rel] = data }
        }
        let embedded = Dictionary(uniqueKeysWithValues: Scaffold.files.map { ($0.path, Data($0.bytes)) })
        #expect(Set(embedded.keys) == Set(onDisk.keys), "run `make starter` to re-embed the starter site")
        for (path, data) in onDisk where embedded[path] != data {
            Issue.record("\(path) differs from the embedded copy; run `make starter`")
        }
    }

    /// The new site builds; its one warning is the placeholder address it is written with, which
    /// `--strict` makes an error until the officer puts the real one.
    @Test func initWritesASiteThatBuildsWarningOnlyOfItsPlaceholderAddress() throws {
        let tmp = try TempDir()
        let dir = tmp.path("site")
        let written = try Scaffold.write(into: dir)
        #expect(written.contains("Content/site.yaml"))
        #expect(written.contains("Templates/layout.mustache"))
        var o = options(content: dir + "/Content", output: dir + "/Output")
        o.templates = dir + "/Templates"
        let result = Pipeline.build(o)
        #expect(result.outcome == .success, "\(result.diagnostics.map(\.description))")
        #expect(result.diagnostics.map(\.code) == ["placeholder-base-url"])
        #expect(result.diagnostics.first?.location.line == 12)
        #expect(result.diagnostics.first?.location.column == 11)
        o.strict = true
        #expect(Pipeline.build(o).outcome != .success)
        #expect(throws: Scaffold.Failure.self) { try Scaffold.write(into: dir) }
    }
}
