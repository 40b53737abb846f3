import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

/// Anchors and aliases are refused before any value is built (decision 52). The cases that would expand
/// without limit run as child processes under a memory limit (CLITests.aliasBombsEndAtOnce).
@Suite struct YAMLGuardTests {
    func lines(_ d: [Diagnostic]) -> [String] { d.map(\.description) }

    @Test func aliasIsRefusedAtItsPosition() {
        let (item, d) = parseYAML("a: &x \"Huế\"\nb: [1, *x]\n", file: "s.yaml")
        #expect(item == nil)
        #expect(lines(d) == ["s.yaml:2:8: error: a YAML alias (*name) is not supported: anchors and aliases could make a small file expand without limit; write the value out in full"])
        #expect(d.first?.code == "yaml-alias")
    }

    @Test func anchorWithoutAliasIsRefusedAtTheAnchor() {
        let (_, d) = parseYAML("title: x\nlist:\n  - &first { id: a }\n", file: "s.yaml", firstLine: 2)
        #expect(lines(d) == ["s.yaml:4:5: error: a YAML anchor (&name) is not supported: anchors and aliases could make a small file expand without limit; write the value out in full"])
    }

    @Test func mergeKeyIsAnAlias() {
        let (_, d) = parseYAML("base: &b { x: 1 }\nother:\n  <<: *b\n")
        #expect(d.map(\.location.description) == ["t.yaml:3:7"])
    }

    @Test func ampersandsInsideValuesAreText() throws {
        let rec = try #require(yamlRecord("url: https://x.vn/?a=1&b=2\nname: \"R&D &team\"\nnote: Tom &Jerry\n"))
        func text(_ n: String) -> String? {
            if case .scalar(let s)? = rec.field(n)?.value { return s }
            return nil
        }
        #expect(text("url") == "https://x.vn/?a=1&b=2")
        #expect(text("name") == "R&D &team")
        #expect(text("note") == "Tom &Jerry")
    }

    @Test func blankingKeepsEveryColumn() {
        #expect(YAMLGuard.blankingAnchors("a: &x-1 [b]\n") == "a:      [b]\n")
        #expect(YAMLGuard.blankingAnchors("a: Huế & b\n") == nil)
        #expect(YAMLGuard.blankingAnchors("a: 1\n") == nil)
    }

    /// A small bomb whose expansion is 10^4 values: refused at the first alias, in the mapping too.
    @Test func smallBombIsRefusedAtTheFirstAlias() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip(["b", "c", "d"], ["a", "b", "c"]) {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let (_, d) = parseYAML(text)
        #expect(d.map(\.location.description) == ["t.yaml:2:8"])
    }
}
