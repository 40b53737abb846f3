import Foundation
import Testing

/// Hostile or broken input (issue 18): each run ends at once, under the memory limit every CLI run has,
/// with the right exit status and a message naming the file.
@Suite(.serialized) struct HostileInputTests {
    /// Ten levels of ten aliases: 10^10 values written in a few hundred bytes.
    static func aliasBomb(indent: String) -> String {
        var lines = [indent + "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
        for (name, previous) in zip(Array("bcdefghij"), Array("abcdefghi")) {
            lines.append(indent + "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let aliasMessage = "a YAML alias (*name) is not supported: anchors and aliases could make a small file expand without limit; write the value out in full"

    func site() throws -> String {
        let dir = try CLI.tempDir()
        try CLI.minimalSite(in: dir)
        return dir
    }

    func append(_ text: String, to path: String) throws {
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        try handle.close()
    }

    @Test func aliasBombsEndAtOnce() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = dir + "/Content"
        // site.yaml (5 lines), scheme.yaml, a units list, a front matter, a component's parameters.
        try append("lol:\n" + Self.aliasBomb(indent: "  "), to: c + "/site.yaml")
        let scheme = try String(contentsOfFile: c + "/scheme.yaml", encoding: .utf8)
        let schemeLines = scheme.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        try append("lol:\n" + Self.aliasBomb(indent: "  "), to: c + "/scheme.yaml")
        try append("- id: lol\n  name: x\n  kind: school\n  province: an-giang\n  models:\n" + Self.aliasBomb(indent: "    "), to: c + "/units/an-giang.yaml")
        let unitLines = try String(contentsOfFile: c + "/units/an-giang.yaml", encoding: .utf8).split(separator: "\n").count
        try ("---\ntitle: Bom\n" + Self.aliasBomb(indent: "") + "---\nx\n").write(toFile: c + "/pages/bom.md", atomically: true, encoding: .utf8)
        try ("---\ntitle: Bom 2\n---\n```ranking\n" + Self.aliasBomb(indent: "") + "```\n").write(toFile: c + "/pages/bom-2.md", atomically: true, encoding: .utf8)
        let started = Date()
        let r = try CLI.run(["check"], cwd: dir)
        #expect(Date().timeIntervalSince(started) < 30)
        #expect(r.status == 1)
        #expect(r.stderrLines == [
            "Content/pages/bom.md:4:8: error: " + Self.aliasMessage,
            "Content/scheme.yaml:\(schemeLines + 3):10: error: " + Self.aliasMessage,
            "Content/site.yaml:8:10: error: " + Self.aliasMessage,
            "Content/units/an-giang.yaml:\(unitLines - 8):12: error: " + Self.aliasMessage,
            "check failed: 4 errors, 0 warnings; nothing was written",
        ], "\(r.stderr)")
        // Components are read when pages are rendered, once the content has no error.
        for file in ["pages/bom.md", "scheme.yaml", "site.yaml", "units/an-giang.yaml"] {
            let path = c + "/" + file
            let original = try String(contentsOfFile: path, encoding: .utf8)
            let cut = original.range(of: file.hasSuffix(".md") ? "a: &a" : file.hasPrefix("units") ? "- id: lol" : "lol:")!.lowerBound
            try String(original[..<cut]).appending(file.hasSuffix(".md") ? "---\nx\n" : "").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let component = try CLI.run(["check"], cwd: dir)
        #expect(component.status == 1)
        #expect(component.stderrLines.first == "Content/pages/bom-2.md:6:8: error: component \"ranking\": " + Self.aliasMessage, "\(component.stderr)")
    }

    @Test func unreadableFolderExitsThreeWithoutConsequences() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir + "/Content/units")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/Content/units") }
        let r = try CLI.run(["check"], cwd: dir, asNobody: true)
        #expect(r.status == 3)
        // No "unknown unit" for the assessments of the units that could not be read.
        #expect(r.stderrLines == [
            "Content/units:1:1: error: cannot read the folder: permission denied",
            "check failed: 1 file or folder could not be read; nothing was written",
        ], "\(r.stderr)")
    }

    @Test func unreadableFileAndContentFolderExitThree() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir + "/Content/directives/nq-51-tw.md")
        let file = try CLI.run(["check"], cwd: dir, asNobody: true)
        #expect(file.status == 3)
        #expect(file.stderrLines == [
            "Content/directives/nq-51-tw.md:1:1: error: cannot read the file: permission denied",
            "check failed: 1 file or folder could not be read; nothing was written",
        ], "\(file.stderr)")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dir + "/Content")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dir + "/Content") }
        let content = try CLI.run(["build"], cwd: dir, asNobody: true)
        #expect(content.status == 3)
        #expect(content.stderrLines == [
            "Content:1:1: error: cannot read the folder: permission denied",
            "build failed: 1 file or folder could not be read; nothing was written",
        ], "\(content.stderr)")
    }

    /// A link that leads round in a circle cannot be read by anyone, root included.
    @Test func loopingLinkIsUnreadable() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/Content/static/loop.pdf", withDestinationPath: "loop.pdf")
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 3)
        #expect(r.stderrLines.first == "Content/static/loop.pdf:1:1: error: cannot read the file: it is a link that leads round in a circle", "\(r.stderr)")
    }

    @Test func controlCharactersInFileNamesAreEscaped() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "x".write(toFile: dir + "/Content/units/a\nContent:1:1: error: b\u{1B}[31m.txt", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderrLines.first == "Content/units/a\\nContent:1:1: error: b\\u{1B}[31m.txt:1:1: error: a .txt file is not read as a table of units; save it as an Excel workbook (.xlsx), an OpenDocument spreadsheet (.ods) or \"CSV UTF-8\" (.csv), or move it out of units/", "\(r.stderr)")
        #expect(!r.stderr.contains("\u{1B}") && !r.stderrLines.contains { $0.hasPrefix("Content:1:1") })
        let json = try CLI.run(["check", "--format", "json"], cwd: dir)
        #expect(json.stdout.contains("\"file\": \"Content/units/a\\nContent:1:1: error: b\\u001"), "\(json.stdout)")
    }

    @Test func sourceOutsideStaticAndBadBaseURL() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let c = dir + "/Content"
        let directive = try String(contentsOfFile: c + "/directives/nq-51-tw.md", encoding: .utf8)
        try directive.replacingOccurrences(of: "scope: national\n", with: "scope: national\nsource: static/../../../etc/passwd\n")
            .write(toFile: c + "/directives/nq-51-tw.md", atomically: true, encoding: .utf8)
        let settings = try String(contentsOfFile: c + "/site.yaml", encoding: .utf8)
        try settings.replacingOccurrences(of: "base_url: \"https://example.gov.vn/minimal/\"", with: "base_url: \"reportsite.example\"")
            .write(toFile: c + "/site.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], cwd: dir)
        #expect(r.status == 1)
        #expect(r.stderrLines == [
            "Content/directives/nq-51-tw.md:8:9: error: field \"source\": \"..\" leads out of the static folder; give the path of a file in the content folder's static/, such as \"static/ct-03.pdf\"",
            "Content/site.yaml:4:11: error: field \"base_url\": expected an absolute http(s) address such as \"https://example.gov.vn/bao-cao/\", got \"reportsite.example\"",
            "check failed: 2 errors, 0 warnings; nothing was written",
        ], "\(r.stderr)")
    }
}
