import Foundation
import Testing
@testable import ReportSiteModel

/// The catalogue is whole: every key in both languages, in one part only, with the same placeholders,
/// and every key and diagnostic code the sources name has a text.
@Suite struct CatalogueTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")
    /// Targets whose diagnostics are all catalogue messages (issue 19); the others still have sentences
    /// written at the call site and join this list when converted.
    static let convertedTargets = ["ReportSiteContent", "ReportSiteModel"]

    @Test func everyKeyIsInBothLanguages() {
        let vi = Set(Catalogue.table(.vi).keys)
        let en = Set(Catalogue.table(.en).keys)
        #expect(vi.subtracting(en).sorted() == [], "keys with no English text")
        #expect(en.subtracting(vi).sorted() == [], "keys with no Vietnamese text")
    }

    @Test(arguments: [Language.vi, .en])
    func noKeyIsInTwoParts(_ language: Language) {
        var seen: [String: Int] = [:]
        for part in Catalogue.parts(language) { for key in part.keys { seen[key, default: 0] += 1 } }
        #expect(seen.filter { $0.value > 1 }.keys.sorted() == [])
    }

    @Test func bothLanguagesHaveTheSamePlaceholders() {
        let en = Catalogue.table(.en)
        for (key, vi) in Catalogue.table(.vi) {
            guard let english = en[key] else { continue }
            #expect(Catalogue.placeholders(in: vi) == Catalogue.placeholders(in: english), "\(key): \(vi) / \(english)")
        }
    }

    @Test func bracesThatAreNoPlaceholderAreText() {
        #expect(Catalogue.placeholders(in: "scores: { {first}: 18.5 } and { id: … }") == ["first"])
        let message = Message("wrong-type.scores", ["label": "field \"scores\"", "first": "leadership"])
        #expect(message.text(in: .en) == "field \"scores\" must be a mapping of criterion id to score, such as \"scores: { leadership: 18.5 }\"")
    }

    @Test func everyKeyTheSourcesNameHasATextInBothLanguages() throws {
        let table = Catalogue.table(.vi)
        let keys = try Self.sourceFiles(under: Self.sources).flatMap { try Self.messageKeys(in: String(contentsOf: $0, encoding: .utf8)) }
        #expect(keys.count > 150)
        // A literal ending in "." is the start of a key finished at run time (`"link.scheme." + scheme`):
        // some key must start with it.
        let missing = Set(keys).filter { key in
            key.hasSuffix(".") ? !table.keys.contains { $0.hasPrefix(key) } : table[key] == nil
        }
        #expect(missing.sorted() == [])
    }

    /// A code may be worded by the key of the same name or by its variants (`code.variant`); every variant
    /// the sources name must exist too.
    @Test func everyDiagnosticCodeOfTheConvertedTargetsHasAText() throws {
        let table = Catalogue.table(.vi)
        var codes = Set<String>()
        var literals = Set<String>()
        for target in Self.convertedTargets {
            for file in try Self.sourceFiles(under: Self.sources.appendingPathComponent(target)) {
                let text = try String(contentsOf: file, encoding: .utf8)
                codes.formUnion(Self.matches(#"\b(?:error|warning)\(\s*"([a-z0-9]+(?:-[a-z0-9]+)*)""#, in: text))
                literals.formUnion(Self.matches(#""([a-z0-9]+(?:-[a-z0-9]+)+\.[a-z0-9.-]+)""#, in: text))
            }
        }
        #expect(codes.count > 50)
        let worded = codes.filter { code in table[code] != nil || table.keys.contains { $0.hasPrefix(code + ".") } }
        #expect(codes.subtracting(worded).sorted() == [])
        let variants = literals.filter { codes.contains(String($0.prefix { $0 != "." })) }
        #expect(variants.filter { table[$0] == nil }.sorted() == [])
    }

    /// The keys of `Message("key"` and `Message(condition ? "a" : "b"` in Swift source.
    static func messageKeys(in text: String) -> [String] {
        matches(#"Message\(\s*"([^"\\]+)""#, in: text)
            + matches(#"Message\([^"()\n]*\?\s*"([^"\\]+)"\s*:"#, in: text)
            + matches(#"Message\([^"()\n]*\?\s*"[^"\\]+"\s*:\s*"([^"\\]+)""#, in: text)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func sourceFiles(under folder: URL) throws -> [URL] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return names.filter { $0.hasSuffix(".swift") }.sorted().map { folder.appendingPathComponent($0) }
    }
}
