import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

@Suite struct YAMLReaderTests {
    @Test func fieldsKeepTheirPositions() throws {
        let rec = try #require(yamlRecord("title: \"Huế\"\nsample: true\n"))
        let title = try #require(rec.field("title"))
        #expect(pos(title.nameLocation) == "1:1")
        #expect(pos(title.location) == "1:8")
        #expect(try pos(#require(rec.field("sample")).location) == "2:9")
        #expect(rec.origin == .yaml)
    }

    @Test func columnsCountScalarsInVietnameseText() throws {
        let (item, d) = parseYAML("- { id: good, name: \"Khá\", min: 70 }\n- { id: weak, name: \"Yếu\", min: 0 }\n")
        #expect(d.isEmpty)
        guard case .list(let items)? = item?.value, case .mapping(let weak) = items[1].value else {
            Issue.record("not a list of mappings"); return
        }
        #expect(try pos(#require(weak.field("min")).location) == "2:33")
        #expect(pos(items[1].location) == "2:3")
    }

    @Test func firstLineShiftsEveryPosition() throws {
        let rec = try #require(yamlRecord("number: \"03/CT\"\nkind: chỉ thị\n", firstLine: 2))
        #expect(try pos(#require(rec.field("kind")).location) == "3:7")
        #expect(pos(rec.location) == "2:1")
    }

    @Test func nullsAndEmptyText() throws {
        let rec = try #require(yamlRecord("a:\nb: \"\"\nc: ~\nd: null\ne: 'null'\n"))
        func value(_ n: String) -> String {
            switch rec.field(n)?.value {
            case .null?: return "null"
            case .scalar(let s)?: return "scalar(\(s))"
            default: return "other"
            }
        }
        #expect(["a", "b", "c", "d", "e"].map(value) == ["null", "scalar()", "null", "null", "scalar(null)"])
        guard case .null? = parseYAML("").item?.value, case .null? = parseYAML("# chỉ có chú thích\n").item?.value else {
            Issue.record("an empty document is null"); return
        }
    }

    @Test func syntaxErrorsAtYamsPositionInPlainWords() {
        #expect(parseYAML("name: Sở Xây: Huế\n").diagnostics.short == [
            "1:13: yaml-syntax: YAML syntax error: unexpected \":\"; put text that contains \": \" in double quotes"])
        #expect(parseYAML("name: Sở Xây: Huế\n", firstLine: 2).diagnostics.short == [
            "2:13: yaml-syntax: YAML syntax error: unexpected \":\"; put text that contains \": \" in double quotes"])
        #expect(parseYAML("title: a\norganization x\nsample: true\n").diagnostics.short == [
            "2:1: yaml-syntax: YAML syntax error: this line has no \":\"; write each field as \"name: value\""])
        #expect(parseYAML("a: 1\n\tb: 2\n").diagnostics.short == [
            "2:1: yaml-syntax: YAML syntax error: a tab character; YAML is indented with spaces only"])
        #expect(parseYAML("title: [a, b\nsample: true\n").diagnostics.short == [
            "2:7: yaml-syntax: YAML syntax error: a list in [ ] that starts at line 1 is not closed with \"]\", or its items are not separated by commas"])
        #expect(parseYAML("a: 1\n---\nb: 2\n").diagnostics.short == [
            "2:1: yaml-syntax: YAML syntax error: a \"---\" line starts a second document; a file holds only one"])
        #expect(parseYAML("title: \"a\\qb\"\n").diagnostics.short == [
            "1:10: yaml-syntax: YAML syntax error: unknown escape \"\\q\" in double-quoted text; write \"\\\\\" for a backslash, or put the text in single quotes"])
        #expect(parseYAML("title: @Huế\n").diagnostics.short == [
            "1:8: yaml-syntax: YAML syntax error: \"@\" cannot start a value; put the text in double quotes"])
    }

    @Test func anUnclosedQuoteIsReportedWhereItOpens() {
        #expect(parseYAML("title: \"Huế\nsample: true\n", firstLine: 2).diagnostics.short == [
            "2:8: yaml-syntax: YAML syntax error: this quoted text is never closed; add the closing \""])
        #expect(parseYAML("a: 1\ntitle: 'Huế\n").diagnostics.short == [
            "2:8: yaml-syntax: YAML syntax error: this quoted text is never closed; add the closing '"])
    }

    @Test func aRepeatedFieldIsReportedAtItsSecondOccurrence() {
        #expect(parseYAML("a: 1\nb: 2\na: 3\n").diagnostics.short == [
            "3:1: duplicate-field: field \"a\" is written twice in the same mapping (first at line 1); keep one"])
        #expect(parseYAML("x: 0\nm: { a: 1, a: 2 }\n", firstLine: 5).diagnostics.short == [
            "6:12: duplicate-field: field \"a\" is written twice in the same mapping (first at line 6); keep one"])
        #expect(parseYAML("- id: x\n  sub:\n    id: 1\n  id: y\n").diagnostics.short == [
            "4:3: duplicate-field: field \"id\" is written twice in the same mapping (first at line 1); keep one"])
    }

    @Test func controlCharactersAreNamed() {
        #expect(parseYAML("title: \"a\u{7}b\"\n").diagnostics.short == [
            "1:10: yaml-syntax: the file contains an invisible control character (U+0007) that YAML does not allow; delete it"])
    }

    @Test func fieldNamesMustBeText() {
        #expect(parseYAML("? [a, b]\n: 1\n").diagnostics.short == ["1:3: yaml-structure: a field name must be plain text"])
    }
}

@Suite struct FrontMatterTests {
    func split(_ text: String) -> (FrontMatterSplit?, [Diagnostic]) {
        var d: [Diagnostic] = []
        let file = TextFile(displayPath: "p.md", text: text)
        return (FrontMatterSplit.split(file, diagnostics: &d), d)
    }

    @Test func frontMatterAndBodyKeepFileLines() throws {
        let (s, d) = split("---\ntitle: \"Giới thiệu\"\nweight: 1\n---\n\nNội dung\n")
        let fm = try #require(s)
        #expect(d.isEmpty)
        #expect(fm.yaml == "title: \"Giới thiệu\"\nweight: 1")
        #expect(fm.yamlFirstLine == 2)
        #expect(fm.body == "\nNội dung\n")
        #expect(fm.bodyFirstLine == 5)
        let rec = try #require(yamlRecord(fm.yaml ?? "", firstLine: fm.yamlFirstLine))
        #expect(try pos(#require(rec.field("weight")).location) == "3:9")
        // An error inside the front matter is at its line in the file.
        let bad = parseYAML("title: a: b\n", firstLine: fm.yamlFirstLine).diagnostics
        #expect(bad.first.map { pos($0.location) } == "2:9")
    }

    @Test func noFrontMatter() throws {
        let fm = try #require(split("# Tiêu đề\n---\n").0)
        #expect(fm.yaml == nil)
        #expect(fm.body == "# Tiêu đề\n---\n")
        #expect(fm.bodyFirstLine == 1)
        #expect(try #require(split("----\ntitle: a\n----\n").0).yaml == nil)
    }

    @Test func emptyAndUnusualDelimiters() throws {
        let empty = try #require(split("---\n---\nThân bài").0)
        #expect(empty.yaml == "")
        #expect(empty.bodyFirstLine == 3)
        let dots = try #require(split("--- \ntitle: a\n...  \nThân bài\n").0)
        #expect(dots.yaml == "title: a")
        #expect(dots.body == "Thân bài\n")
        #expect(dots.bodyFirstLine == 4)
    }

    @Test func frontMatterThatNeverCloses() {
        for text in ["---\ntitle: a\n\nThân bài\n", "---", "---\n"] {
            let (s, d) = split(text)
            #expect(s == nil)
            #expect(d.short == ["1:1: unclosed-front-matter: the front matter opened here never closes: add a line with only \"---\" after it"])
        }
    }

    @Test func bomAndCRLFDoNotMoveLines() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: \"Huế\"\r\ndate: 2024-12-20\r\n---\r\n\r\nThân bài\r\n".utf8)
        var d: [Diagnostic] = []
        let file = try #require(TextFile.decode(Data(bytes), displayPath: "p.md", diagnostics: &d))
        let fm = try #require(FrontMatterSplit.split(file, diagnostics: &d))
        #expect(d.isEmpty)
        #expect(fm.bodyFirstLine == 5)
        #expect(fm.body == "\nThân bài\n")
        let rec = try #require(yamlRecord(fm.yaml ?? "", firstLine: fm.yamlFirstLine))
        #expect(try pos(#require(rec.field("title")).location) == "2:8")
        #expect(try pos(#require(rec.field("date")).location) == "3:7")
    }
}
