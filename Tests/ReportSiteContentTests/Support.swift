import Foundation
@testable import ReportSiteContent
import ReportSiteModel

/// Fixture folders, found from this file so the trees stay as committed.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func invalid(_ name: String) -> URL { repository.appendingPathComponent("Tests/Fixtures/invalid/\(name)") }
    static var templates: String { repository.appendingPathComponent("Templates").path }
}

/// Text as a content file would be read: bytes decoded, BOM dropped, CRLF turned into LF.
func decoded(_ text: String, file: String = "t.csv") -> TextFile? {
    var d: [Diagnostic] = []
    return TextFile.decode(Data(text.utf8), displayPath: file, diagnostics: &d)
}

func parseCSV(_ text: String, file: String = "t.csv") -> (table: CellTable?, diagnostics: [Diagnostic]) {
    var d: [Diagnostic] = []
    let table = CellTable.parseCSV(text, file: file, diagnostics: &d)
    return (table, d)
}

func parseYAML(_ text: String, file: String = "t.yaml", firstLine: Int = 1) -> (item: RawItem?, diagnostics: [Diagnostic]) {
    var d: [Diagnostic] = []
    let item = YAMLReader.parse(text, file: file, firstLine: firstLine, diagnostics: &d)
    return (item, d)
}

/// The one mapping of a YAML text.
func yamlRecord(_ text: String, file: String = "t.yaml", firstLine: Int = 1) -> RawRecord? {
    guard case .mapping(let rec)? = parseYAML(text, file: file, firstLine: firstLine).item?.value else { return nil }
    return rec
}

/// The records of a CSV text, with the diagnostics of reading them.
func csvRecords(_ text: String, file: String = "t.csv") -> (records: [RawRecord], diagnostics: [Diagnostic]) {
    var d: [Diagnostic] = []
    guard let table = CellTable.parseCSV(text, file: file, diagnostics: &d) else { return ([], d) }
    return (TableRecords.records(table, file: file, diagnostics: &d), d)
}

/// "line:column" of a location, for short expectations.
func pos(_ l: SourceLocation) -> String { "\(l.line):\(l.column)" }

extension Array where Element == Diagnostic {
    /// `line:col: code: message` without the file, for short expectations.
    var short: [String] { map { "\($0.location.line):\($0.location.column): \($0.code): \($0.message(in: .en))" } }
}
