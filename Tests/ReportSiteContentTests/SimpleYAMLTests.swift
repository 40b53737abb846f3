import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

/// The fast reader of simple front matter against Yams: on every text either the same tree, locations
/// included, or "declined" (docs/decisions.md, 94).
@Suite struct SimpleYAMLTests {
    /// What the two readers did with one text.
    enum Verdict: Equatable {
        case same
        case declined
        case different(fast: String, yams: String)
    }

    static func verdict(_ text: String, firstLine: Int = 2) -> Verdict {
        guard let fast = SimpleYAML.parse(text, file: "t.md", offset: firstLine - 1) else { return .declined }
        var d: [Diagnostic] = []
        let yams = YAMLReader.parseWithYams(text, file: "t.md", firstLine: firstLine, diagnostics: &d)
        let (f, y) = (describe(fast), describe(yams) + d.map { "\n! \($0.location): \($0.code)" }.joined())
        return f == y ? .same : .different(fast: f, yams: y)
    }

    /// Every part of an item, locations included.
    static func describe(_ item: RawItem?) -> String {
        guard let item else { return "nil" }
        return describe(item.value) + "@" + at(item.location)
    }

    static func describe(_ value: RawValue) -> String {
        switch value {
        case .null: return "null"
        case .scalar(let s): return "scalar(\(s.debugDescription))"
        case .list(let items): return "list[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let rec):
            let fields = rec.fields.map {
                "\($0.name.debugDescription)@\(at($0.nameLocation)) = \(describe($0.value))@\(at($0.location)) +\($0.textOffset) \($0.cellKind)"
            }
            return "mapping(\(rec.origin) @\(at(rec.location)) header \(rec.headerLocation.map(at) ?? "-") malformed \(rec.malformed)){" + fields.joined(separator: "; ") + "}"
        }
    }

    static func at(_ l: ReportSiteModel.SourceLocation) -> String { "\(l.file):\(l.line):\(l.column):\(l.sheet ?? "-")" }

    /// Runs every text, records each difference, and counts the texts the fast reader took.
    static func check(_ texts: [String], firstLine: Int = 2) -> (taken: Int, declined: Int) {
        var taken = 0, declined = 0
        for text in texts {
            switch verdict(text, firstLine: firstLine) {
            case .same: taken += 1
            case .declined: declined += 1
            case .different(let fast, let yams):
                Issue.record("fast reader differs on \(text.debugDescription):\nfast: \(fast)\nyams: \(yams)")
            }
        }
        return (taken, declined)
    }

    /// Front matters of every Markdown file and every YAML file of the sample site, the test fixtures
    /// and the end-to-end sites.
    static func repositoryYAML() throws -> [String] {
        let root = Fixtures.repository
        var texts: [String] = []
        for folder in ["Content", "Tests/Fixtures", "e2e"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                let ext = url.pathExtension
                guard ["md", "yaml", "yml"].contains(ext), let data = FileManager.default.contents(atPath: url.path) else { continue }
                var d: [Diagnostic] = []
                guard let file = TextFile.decode(data, displayPath: url.path, diagnostics: &d) else { continue }
                if ext != "md" {
                    texts.append(file.text)
                } else if let yaml = FrontMatterSplit.split(file, diagnostics: &d)?.yaml {
                    texts.append(yaml)
                }
            }
        }
        return texts.sorted()
    }

    @Test func everyFrontMatterOfTheRepositoryReadsAlike() throws {
        let texts = try Self.repositoryYAML()
        #expect(texts.count > 300)
        let (taken, _) = Self.check(texts)
        // The sample site's units are simple: most front matters take the fast path.
        #expect(taken > 100)
    }

    /// Front matters as the generated sites and officers write them.
    static let bases = [
        "name: \"Ban Hùng Vương 10658\"\nkind: agency\nprovince: an-giang\ndirectives: [kl-44-tw-2019, nq-30-tw-2018]\nmodels: [\"Tự phòng, tự quản, tự bảo vệ\"]",
        "name: \"Chi cục Nguyễn Du 51849\"\nkind: agency\nprovince: ho-chi-minh\ndirectives: [kl-44-tw-2019, nq-51-tw-2019]\nmodels: []\n",
        "name: Trường Tiểu học Đông Hà\nkind: school\n\nprovince: quang-tri\nmodels: [ \"Tổ bảo vệ chuyên trách\" , Phòng cháy chữa cháy ]\n\n",
        "id: ct-03\nnumber: \"03/CT-UBND\"\ndate: 12/03/2021\nscore: 1,5\nweight: 2.5\nnote: ~\nempty:\nlast: null\nother: Null\nx: NULL\nlist: [~, null, \"\", a b , c]\n",
        "title: Báo cáo (năm 2024)\nsample: true\nsummary: \"Có: dấu hai chấm, # và [ngoặc]\"\nn: 5-7\nm: 7+\n",
    ]

    /// Texts put into the bases at many places: each one either keeps the text simple or must be declined.
    static let insertions = [
        "\"", ":", ": ", "#", " #", "- ", "-", " ", "  ", "\t", "\r\n", "\r", "\n", "\n ", "\u{FEFF}", "~", "null", "Null",
        "1,5", "2.5", "[", "]", "[]", ",", ", ", "\\", "\\\"", "'", "&a ", "*a", "!t ", "%", "@", "`", "|", ">", "?", "{", "}",
        "ơ", "Ấp", "\u{2028}", "\u{85}", "\u{A0}", "\u{7}", "\u{0}", "\u{1F600}", "---", "...", "\nname: x", "\nkind: y\n",
        "\nid: 1", "\n  - a", "\n# note", "a: b", "=", ";", "(", ")", "/", "+", "_", ".",
    ]

    /// Every base with each insertion at a spread of byte offsets (at character boundaries), each base with
    /// one character removed at every place, and each base with its lines doubled, shuffled or cut.
    static func mutated() -> [String] {
        var texts: [String] = []
        for base in bases {
            let chars = Array(base)
            for cut in 0...chars.count {
                let (head, tail) = (String(chars[..<cut]), String(chars[cut...]))
                if cut < chars.count { texts.append(head + String(chars[(cut + 1)...])) }
                texts.append(head)
                for (n, insertion) in insertions.enumerated() where (cut + n) % 3 == 0 {
                    texts.append(head + insertion + tail)
                }
            }
            let lines = base.split(separator: "\n", omittingEmptySubsequences: false)
            texts.append((lines + lines).joined(separator: "\n"))
            texts.append(lines.reversed().joined(separator: "\n"))
            texts.append(lines.joined(separator: "\r\n"))
            texts.append("\u{FEFF}" + base)
            texts.append("\n\n" + base)
            texts.append(lines.map { " " + $0 }.joined(separator: "\n"))
        }
        return texts
    }

    @Test func mutatedFrontMattersReadAlikeOrAreDeclined() {
        let texts = Self.mutated()
        let (taken, declined) = Self.check(texts)
        #expect(taken + declined == texts.count)
        #expect(taken > 1000)
        #expect(declined > 1000)
    }

    @Test func theFirstLineShiftsEveryPositionAlike() {
        for firstLine in [1, 2, 17] {
            #expect(Self.check(Self.bases, firstLine: firstLine) == (Self.bases.count, 0))
        }
    }

    @Test func theSubsetIsTakenAndTheRestDeclined() {
        #expect(Self.verdict(Self.bases[0]) == .same)
        #expect(Self.verdict("a: 1\nb: 2\na: 3\n") == .declined)
        #expect(Self.verdict("title: \"a\\qb\"\n") == .declined)
        #expect(Self.verdict("a: b # note\n") == .declined)
        #expect(Self.verdict("a: [x, y\n") == .declined)
        #expect(Self.verdict("a: &x 1\nb: *x\n") == .declined)
        #expect(Self.verdict("") == .declined)
    }

    /// The fast reader's tree in the words of the tests above, for one text it takes.
    @Test func aSimpleFrontMatterGivesItsValuesAndPlaces() throws {
        let item = try #require(SimpleYAML.parse("name: \"Huế\"\nmodels: [a, \"b c\"]\nnote: ~\n", file: "u.md", offset: 1))
        #expect(Self.describe(item) == """
            mapping(yaml @u.md:2:1:- header - malformed false){"name"@u.md:2:1:- = scalar("Huế")@u.md:2:7:- +0 text; \
            "models"@u.md:3:1:- = list[scalar("a")@u.md:3:10:-, scalar("b c")@u.md:3:13:-]@u.md:3:9:- +0 text; \
            "note"@u.md:4:1:- = null@u.md:4:7:- +0 text}@u.md:2:1:-
            """)
    }
}
