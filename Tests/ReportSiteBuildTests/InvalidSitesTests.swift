import Foundation
import Testing
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

/// The broken sites of `Tests/Fixtures/invalid/<case>/`, each checked in English against its `expected.txt`
/// and in Vietnamese against its `expected.vi.txt`.
///
/// They hold the exact diagnostic lines `reportsite check --content Content --templates Templates`
/// prints from the case's folder, with the repository's Templates/ (plus the case's own broken templates,
/// if any). Set `RECORD_EXPECTED=1` to rewrite them; the run then fails, so a re-recording never passes
/// unreviewed.
private enum InvalidSites {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let root = repository.appendingPathComponent("Tests/Fixtures/invalid")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + "/Content").path) }.sorted()
    }()

    /// Runs the check pipeline in-process and prints paths as the command line would from the case's folder.
    ///
    /// A case's own `Templates/` holds only the templates it breaks; they are laid over a copy of the
    /// repository's Templates/, so the case keeps testing one mistake while the real templates change.
    static func check(_ name: String, in language: Language) throws -> (lines: [String], result: PipelineResult) {
        let fm = FileManager.default
        let folder = root.appendingPathComponent(name)
        let repositoryTemplates = repository.appendingPathComponent("Templates")
        var templates = repositoryTemplates
        var scratch: URL?
        defer { if let scratch { try? fm.removeItem(at: scratch) } }
        let overlay = folder.appendingPathComponent("Templates")
        if fm.fileExists(atPath: overlay.path) {
            let tmp = fm.temporaryDirectory.appendingPathComponent("reportsite-invalid-\(UUID().uuidString)")
            scratch = tmp
            templates = tmp.appendingPathComponent("Templates")
            try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
            try fm.copyItem(at: repositoryTemplates, to: templates)
            for file in try fm.subpathsOfDirectory(atPath: overlay.path).sorted() {
                var isDir: ObjCBool = false
                let from = overlay.appendingPathComponent(file)
                guard fm.fileExists(atPath: from.path, isDirectory: &isDir), !isDir.boolValue else { continue }
                let to = templates.appendingPathComponent(file)
                try? fm.removeItem(at: to)
                try fm.createDirectory(at: to.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fm.copyItem(at: from, to: to)
            }
        }
        let result = Pipeline.check(BuildOptions(content: folder.appendingPathComponent("Content").path, templates: templates.path,
                                                 context: BuildContext(buildDate: nil, version: "test")))
        let lines = result.diagnostics.map { d in
            d.line(in: language).replacingOccurrences(of: templates.path + "/", with: "Templates/")
                .replacingOccurrences(of: folder.path + "/", with: "").replacingOccurrences(of: repository.path + "/", with: "")
        }
        return (lines, result)
    }

    /// The file of the lines expected in `language`.
    static func expected(_ name: String, _ language: Language) -> URL {
        root.appendingPathComponent(name + (language == .en ? "/expected.txt" : "/expected.vi.txt"))
    }
}

@Suite struct InvalidSitesTests {
    @Test func everyCaseHasItsExpectedLines() {
        #expect(InvalidSites.cases.count >= 40)
        for name in InvalidSites.cases {
            for language in [Language.en, .vi] {
                let expected = InvalidSites.expected(name, language)
                #expect(FileManager.default.fileExists(atPath: expected.path), "\(name) has no \(expected.lastPathComponent)")
            }
        }
    }

    @Test(arguments: InvalidSites.cases, [Language.en, .vi])
    func diagnosticsMatchExpected(_ name: String, _ language: Language) throws {
        let (lines, result) = try InvalidSites.check(name, in: language)
        let expectedURL = InvalidSites.expected(name, language)
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try (lines.map { $0 + "\n" }.joined()).write(to: expectedURL, atomically: true, encoding: .utf8)
            Issue.record("re-recorded \(name)/\(expectedURL.lastPathComponent); review it and run again without RECORD_EXPECTED")
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines == expected, "\(name) (\(language)): got\n\(lines.joined(separator: "\n"))")

        // The outcome follows the severities: errors fail the check, warnings alone do not.
        let hasError = expected.contains { $0.contains(": error: ") }
        #expect(result.outcome == (hasError ? .contentErrors : .success))
        #expect(result.files.isEmpty == hasError)
        for d in result.diagnostics {
            #expect(!d.location.file.isEmpty && d.location.line >= 1 && d.location.column >= 1, "\(d)")
            #expect(!d.code.isEmpty && d.code == d.code.lowercased() && !d.code.contains(" "), "\(d)")
        }
    }

    @Test func strictTurnsTheWarningsOfACaseIntoErrors() {
        let folder = InvalidSites.root.appendingPathComponent("warning-never-assessed")
        let result = Pipeline.check(BuildOptions(content: folder.appendingPathComponent("Content").path,
                                                 templates: InvalidSites.repository.appendingPathComponent("Templates").path,
                                                 strict: true, context: BuildContext(buildDate: nil, version: "test")))
        #expect(result.outcome == .contentErrors)
        #expect(result.diagnostics.map(\.severity) == [.error])
    }
}
