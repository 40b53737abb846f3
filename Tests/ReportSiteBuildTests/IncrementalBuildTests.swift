import Foundation
import Testing
import ReportSiteBuild
import ReportSiteRender

@Suite struct IncrementalBuildTests {
    func fullBuild(_ content: String, _ out: String) throws -> [String: [UInt8]] {
        let r = Pipeline.build(options(content: content, output: out))
        #expect(r.outcome == .success)
        return tree(out).mapValues { [UInt8]($0) }
    }

    @Test func bodyEditRendersOnePageAndEqualsAFullBuild() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let inc = IncrementalBuild(options: options(content: content, output: tmp.path("Serve")))
        let first = inc.run()
        #expect(first.outcome == .success)
        #expect(first.mode == "full")
        #expect(first.parsedFiles > 5)

        let unit = content + "/units/an-giang/ag-1.md"
        try (String(contentsOfFile: unit, encoding: .utf8) + "\nMột câu mới.\n").write(toFile: unit, atomically: true, encoding: .utf8)
        let second = inc.run()
        #expect(second.outcome == .success)
        #expect(second.mode == "pages: 1")
        #expect(second.parsedFiles == 1)
        #expect(second.changed == ["build-manifest.json", "units/ag-1/index.html"])
        let full = try fullBuild(content, tmp.path("Full"))
        let incremental = Dictionary(uniqueKeysWithValues: second.files.map { ($0.path, $0.bytes) })
        #expect(incremental.keys.sorted() == full.keys.sorted())
        for (path, bytes) in full where incremental[path] != bytes {
            Issue.record("\(path) differs between the incremental and the full build")
        }
    }

    @Test func dataEditRendersEverythingAndEqualsAFullBuild() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let inc = IncrementalBuild(options: options(content: content, output: tmp.path("Serve")))
        _ = inc.run()
        let csv = content + "/assessments/2024.csv"
        try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "ag-3,,,,35,35", with: "ag-3,,,,45,45")
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let second = inc.run()
        #expect(second.mode == "full")
        #expect(second.parsedFiles == 1)
        let full = try fullBuild(content, tmp.path("Full"))
        #expect(Dictionary(uniqueKeysWithValues: second.files.map { ($0.path, $0.bytes) }) == full)
        #expect(second.changed.contains("rankings/2024/provinces.json"))
    }

    @Test func brokenEditKeepsTheLastGoodStateAndRecovers() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let inc = IncrementalBuild(options: options(content: content, output: tmp.path("Serve")))
        _ = inc.run()
        let unit = content + "/units/an-giang/ag-1.md"
        let good = try String(contentsOfFile: unit, encoding: .utf8)
        try good.replacingOccurrences(of: "(unit:ag-2)", with: "(unit:ag-22)").write(toFile: unit, atomically: true, encoding: .utf8)
        let broken = inc.run()
        #expect(broken.outcome == .contentErrors)
        #expect(broken.diagnostics.contains { $0.code == "unknown-link" && $0.location.line == 10 })
        try good.write(toFile: unit, atomically: true, encoding: .utf8)
        let fixed = inc.run()
        #expect(fixed.outcome == .success)
        #expect(!fixed.diagnostics.contains { $0.code == "unknown-link" })
    }

    @Test func removedUnitDisappearsFromTheResult() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let inc = IncrementalBuild(options: options(content: content, output: tmp.path("Serve")))
        let extra = content + "/units/an-giang/ag-9.md"
        try "---\nname: \"Đơn vị tạm\"\nkind: agency\nprovince: an-giang\n---\nTạm.\n".write(toFile: extra, atomically: true, encoding: .utf8)
        let first = inc.run()
        #expect(first.outcome == .success)
        #expect(first.files.contains { $0.path == "units/ag-9/index.html" })
        try FileManager.default.removeItem(atPath: extra)
        let second = inc.run()
        #expect(second.outcome == .success)
        #expect(second.mode == "full")
        #expect(!second.files.contains { $0.path == "units/ag-9/index.html" })
    }

    @Test func templateEditRendersEverything() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let templates = tmp.path("Templates")
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates)
        var o = options(content: content, output: tmp.path("Serve"))
        o.templates = templates
        let inc = IncrementalBuild(options: o)
        _ = inc.run()
        let unitTemplate = templates + "/unit.mustache"
        try (String(contentsOfFile: unitTemplate, encoding: .utf8) + "<p class=\"added\">x</p>\n").write(toFile: unitTemplate, atomically: true, encoding: .utf8)
        let second = inc.run()
        #expect(second.mode == "full")
        #expect(second.changed.contains("units/ag-1/index.html"))
        #expect(!second.changed.contains("index.html"))
    }

    /// check, build and serve run one pipeline: the same warnings, and with --strict the same errors and
    /// nothing written (a broken link in a page of static/, found by the link check stage).
    @Test func checkBuildAndServeReportAlikeWithAndWithoutStrict() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        try FileManager.default.createDirectory(atPath: content + "/static", withIntermediateDirectories: true)
        try "<p>\n<a href=\"nope.html\">x</a></p>\n".write(toFile: content + "/static/extra.html", atomically: true, encoding: .utf8)
        for strict in [false, true] {
            let out = tmp.path(strict ? "Strict" : "Plain")
            let o = options(content: content, output: out, strict: strict)
            let checked = Pipeline.check(o)
            let built = Pipeline.build(o)
            let served = IncrementalBuild(options: o).run()
            let broken = checked.diagnostics.filter { $0.code == "broken-link" }
            #expect(broken.map { "\($0.severity.rawValue) \($0.location.file.dropFirst(out.count)):\($0.location.line)" }
                    == ["\(strict ? "error" : "warning") /static/extra.html:2"])
            #expect(built.diagnostics == checked.diagnostics)
            #expect(served.diagnostics == checked.diagnostics)
            let expected: Outcome = strict ? .contentErrors : .success
            #expect([checked.outcome, built.outcome, served.outcome] == [expected, expected, expected])
            #expect(FileManager.default.fileExists(atPath: out + "/static/extra.html") == !strict)
            #expect(served.files.map(\.path) == built.files.map(\.path))
        }
    }
}
