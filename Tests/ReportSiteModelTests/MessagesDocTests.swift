import Foundation
import Testing
@testable import ReportSiteModel

/// docs/diagnostics.md ends with every message of the content in Vietnamese and in English, made from
/// the catalogue: the test fails when the two differ. Set `RECORD_EXPECTED=1` to rewrite that part of the
/// file (the run then fails, so a rewrite is always reviewed).
@Suite struct MessagesDocTests {
    static let doc = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/diagnostics.md")
    static let marker = "<!-- Made from the catalogue by MessagesDocTests; RECORD_EXPECTED=1 rewrites it. -->"

    /// The parts shown, with their headings: the content's problems and the pieces they are made of.
    static let parts: [(String, [String: String], [String: String])] = [
        ("Files, folders and YAML", Catalogue.viContent, Catalogue.enContent),
        ("Records, fields and references", Catalogue.viRecords, Catalogue.enRecords),
        ("CSV tables and workbooks", Catalogue.viTables, Catalogue.enTables),
        ("Pieces shared by many messages", Catalogue.viCauses, Catalogue.enCauses),
        ("Field meanings (shown after a field's name in Vietnamese only)", Catalogue.viMeanings, Catalogue.enMeanings),
    ]

    static func section() -> String {
        var out = marker + "\n"
        for (title, vi, en) in parts {
            out += "\n### \(title)\n\n| key | Tiếng Việt | English |\n|---|---|---|\n"
            for key in vi.keys.sorted() {
                out += "| `\(key)` | \(cell(vi[key]!)) | \(cell(en[key] ?? "")) |\n"
            }
        }
        return out
    }

    static func cell(_ text: String) -> String {
        text.isEmpty ? "" : "`` " + text.replacingOccurrences(of: "|", with: "\\|") + " ``"
    }

    @Test func theDocumentListsEveryMessageAsTheCatalogueHasIt() throws {
        let text = try String(contentsOf: Self.doc, encoding: .utf8)
        let start = try #require(text.range(of: Self.marker), "docs/diagnostics.md has no catalogue section")
        let made = Self.section()
        if ProcessInfo.processInfo.environment["RECORD_EXPECTED"] == "1" {
            try (String(text[..<start.lowerBound]) + made).write(to: Self.doc, atomically: true, encoding: .utf8)
            Issue.record("rewrote the catalogue section of docs/diagnostics.md; review it and run again without RECORD_EXPECTED")
            return
        }
        #expect(String(text[start.lowerBound...]) == made)
    }
}
