import Foundation
import Testing

/// Runs the built `reportsite` as a child process and checks exit status and output.
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String {
        ProcessInfo.processInfo.environment["REPORTSITE_BIN"] ?? root.appendingPathComponent(".build/debug/reportsite").path
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// Every run is limited to 4 GiB of address space and 120 s of CPU (prlimit), so that a regression in
    /// hostile-input handling fails its test instead of exhausting the machine. `asNobody` runs it as the
    /// user nobody (setpriv): the tests run as root, whom file permissions do not stop. `language` is the
    /// `REPORTSITE_LANG` of the run: English unless a test says otherwise, nil for none.
    static func run(_ args: [String], cwd: String? = nil, asNobody: Bool = false, language: String? = "en") throws -> Run {
        let p = Process()
        let limited = ["/usr/bin/prlimit", "--as=4294967296", "--cpu=120", "--", binary] + args
        p.executableURL = URL(fileURLWithPath: asNobody ? "/usr/bin/setpriv" : limited[0])
        p.arguments = asNobody ? ["--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"] + limited : Array(limited.dropFirst())
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        var env = ProcessInfo.processInfo.environment
        env["SOURCE_DATE_EPOCH"] = "1765756800"  // 2025-12-15
        env["REPORTSITE_LANG"] = language
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    static func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// A copy of the minimal fixture site at `dir`/Content with the repository's Templates.
    static func minimalSite(in dir: String) throws {
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Tests/Fixtures/sites/minimal/Content").path, toPath: dir + "/Content")
        try FileManager.default.copyItem(atPath: root.appendingPathComponent("Templates").path, toPath: dir + "/Templates")
    }
}

@Suite(.serialized) struct CLITests {
    @Test func versionAndHelp() throws {
        let v = try CLI.run(["--version"])
        #expect(v.status == 0)
        // The tests' debug build is not stamped with a commit; `make test-dist` checks the stamped one.
        #expect(v.stdout == "0.1.0 (commit unknown)\n")
        for cmd in ["build", "check", "serve", "init"] {
            let h = try CLI.run([cmd, "--help"])
            #expect(h.status == 0, "\(cmd) --help")
            #expect(h.stdout.contains("USAGE: reportsite \(cmd)"))
        }
    }

    @Test func wrongUsageExitsTwo() throws {
        #expect(try CLI.run(["frobnicate"]).status == 2)
        #expect(try CLI.run(["build", "--no-such-flag"]).status == 2)
        #expect(try CLI.run(["check", "--format", "xml"]).status == 2)
        #expect(try CLI.run(["init"]).status == 2)
    }

    @Test func buildSucceedsWithWarningsAndDefaultsToFoldersHere() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        let r = try CLI.run(["build"], cwd: dir)
        #expect(r.status == 0)
        #expect(r.stderrLines == [
            "Content/units/an-giang/ag-1.md:10:15: warning: link dropped: \"javascript:\" links are not allowed",
            "build: 43 files, 1 warning",
        ])
        #expect(FileManager.default.fileExists(atPath: dir + "/Output/index.html"))
        let footer = try String(contentsOfFile: dir + "/Output/index.html", encoding: .utf8)
        #expect(footer.contains("15/12/2025"))  // SOURCE_DATE_EPOCH, Vietnamese date
        // --strict turns the warning into an error: exit 1, the output is left as it was.
        let before = try Data(contentsOf: URL(fileURLWithPath: dir + "/Output/index.html"))
        let strict = try CLI.run(["build", "--strict"], cwd: dir)
        #expect(strict.status == 1)
        #expect(strict.stderrLines.first == "Content/units/an-giang/ag-1.md:10:15: error: link dropped: \"javascript:\" links are not allowed")
        #expect(strict.stderrLines.last == "build failed: 1 error, 0 warnings; nothing was written")
        #expect(try Data(contentsOf: URL(fileURLWithPath: dir + "/Output/index.html")) == before)
    }

    @Test func checkReportsEveryErrorAndExitsOne() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        try "unit,safe,x,y\nag-1,x,9.5x,40\nag-9,x,10,10\nag-2,x,10,60\n".write(toFile: dir + "/Content/assessments/2024.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderrLines == [
            "Content/assessments/2024.csv:2:8: error: column \"x\": expected a number from 0 to 50, got \"9.5x\"",
            "Content/assessments/2024.csv:3:1: error: unknown unit \"ag-9\" (did you mean \"ag-1\"?)",
            "Content/assessments/2024.csv:4:11: error: column \"y\": expected a number from 0 to 50, got 60",
            "Content/units/an-giang.yaml:6:7: warning: unit \"ag-3\" has no assessment in any year",
            "check failed: 3 errors, 1 warning; nothing was written",
        ])
        #expect(!FileManager.default.fileExists(atPath: dir + "/Output"))
    }

    @Test func checkFormatJSON() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        try "- { id: an-giang, name: \"An Giang\" }\n- { id: an-giang, name: \"Trùng\" }\n- { id: bac-ninh, name: \"Bắc Ninh\" }\n- { id: bac-giang, name: \"Bắc Giang\", until: 2024, merged_into: bac-ninh }\n".write(toFile: dir + "/Content/provinces.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check", "--format", "json"], cwd: dir)
        #expect(r.status == 1)
        let items = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(items.count == 1)  // loading errors stop the run before rendering
        let first = items.first ?? [:]
        #expect(first["file"] as? String == "Content/provinces.yaml")
        #expect(first["line"] as? Int == 2)
        #expect(first["column"] as? Int == 9)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "duplicate-id")
        #expect((first["message"] as? String)?.hasPrefix("province \"an-giang\" is already defined at Content/provinces.yaml:1:9") == true, "\(first)")
    }

    @Test func aFloodOfAlikeProblemsIsSummedUpInTextAndListedInJSON() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        // One mistake repeated on every row: scores above the criterion's maximum.
        let rows = ["ag-1", "ag-2", "ag-3", "ag-1", "ag-2", "ag-3"].enumerated().map { "\($1),x,5\($0 + 1),10" }
        try ("unit,safe,x,y\n" + rows.joined(separator: "\n") + "\n").write(toFile: dir + "/Content/assessments/2024.csv", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderrLines == [
            "Content/assessments/2024.csv:2:8: error: column \"x\": expected a number from 0 to 50, got 51",
            "Content/assessments/2024.csv:3:8: error: column \"x\": expected a number from 0 to 50, got 52",
            "Content/assessments/2024.csv:4:8: error: column \"x\": expected a number from 0 to 50, got 53",
            "Content/assessments/2024.csv:5:8: error: 3 more like the line above, on lines 5, 6, 7; \"reportsite check --format json\" lists every one",
            "check failed: 6 errors, 0 warnings; nothing was written",
        ])
        let json = try CLI.run(["check", "--format", "json"], cwd: dir)
        let items = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        #expect(items.compactMap { $0["line"] as? Int } == [2, 3, 4, 5, 6, 7])
    }

    @Test func ioFailureExitsThree() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        try "a file".write(toFile: dir + "/blocker", atomically: true, encoding: .utf8)
        let r = try CLI.run(["build", "--output", "blocker/Output"], cwd: dir)
        #expect(r.status == 3)
        // The cause in plain words, not Foundation's NSError text.
        #expect(r.stderrLines.last == "build failed: could not write blocker/Output: a file of that name is in the way", "\(r.stderr)")
    }

    @Test func refusedOutputExitsTwo() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try CLI.minimalSite(in: dir)
        let r = try CLI.run(["build", "--output", "Content"], cwd: dir)
        #expect(r.status == 2)
        #expect(FileManager.default.fileExists(atPath: dir + "/Content/site.yaml"))
    }

    @Test func initThenBuildWorksAtOnce() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let i = try CLI.run(["init", dir + "/new-site"])
        #expect(i.status == 0)
        let b = try CLI.run(["build"], cwd: dir + "/new-site")
        #expect(b.status == 0, "\(b.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir + "/new-site/Output/rankings/2025/provinces.json"))
        // Its address is a placeholder: check says so, and --strict fails on it.
        let strict = try CLI.run(["check", "--strict"], cwd: dir + "/new-site")
        #expect(strict.status == 1)
        #expect(strict.stderrLines.first?.hasPrefix("Content/site.yaml:12:11: error: base_url \"https://bao-cao.example/\" is a placeholder") == true, "\(strict.stderr)")
        #expect(try CLI.run(["init", dir + "/new-site"]).status == 2)
    }

    @Test func missingContentFolderIsAnError() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderrLines.first == "Content:1:1: error: the content folder does not exist; run \"reportsite init\" to start a new site, or pass --content")
    }
}
