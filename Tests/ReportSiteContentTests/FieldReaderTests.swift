import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

@Suite struct FieldReaderTests {
    @Test(arguments: ["true", "TRUE", "yes", "có", "CÓ", "x", " X ", "1", "đúng"])
    func trueWords(_ word: String) { #expect(BoolWords.parse(word) == true) }

    @Test(arguments: ["false", "No", "không", "KHÔNG", "", "  ", "0", "sai"])
    func falseWords(_ word: String) { #expect(BoolWords.parse(word) == false) }

    @Test(arguments: ["chưa", "2", "yes please", "xx", "t"])
    func notBooleans(_ word: String) { #expect(BoolWords.parse(word) == nil) }

    @Test func booleanFields() throws {
        let rec = try #require(yamlRecord("safe: chưa\ninspected:\ncommended: có\n"))
        var r = FieldReader(rec, what: .assessment, allowed: ["safe", "inspected", "commended", "note"])
        #expect(r.bool("safe") == false)
        #expect(r.bool("inspected") == false)
        #expect(r.bool("commended") == true)
        #expect(r.bool("note") == false)
        #expect(r.diagnostics.short == ["1:7: wrong-type: field \"safe\": expected true or false (có/không, x or empty), got \"chưa\""])
        let (rows, _) = csvRecords("unit,safe\na,x\nb,\nc,có\n")
        let values = rows.map { row -> Bool in
            var f = FieldReader(row, what: .assessment, allowed: ["unit", "safe"])
            return f.bool("safe")
        }
        #expect(values == [true, false, true])
    }

    // MARK: Kind words

    func directive(_ yaml: String) throws -> (kind: DirectiveKind?, word: String?, diagnostics: [Diagnostic]) {
        let rec = try #require(yamlRecord(yaml, file: "d.md", firstLine: 2))
        var d: [Diagnostic] = []
        let loaded = RecordReaders.directive(rec, defaultID: "d", fileLocation: SourceLocation(file: "d.md"),
                                             body: MarkdownSource(text: "", file: "d.md", firstLine: 9), diagnostics: &d)
        return (loaded?.directive.kind, loaded?.directive.kindWord, d)
    }

    let directiveFields = "number: 1/CT\ntitle: T\nissuer: UBND\nissued: 2024-01-02\n"

    @Test func aKindWordIsReadTrimmedAndKeptAsWritten() throws {
        let read = try directive(directiveFields + "kind: ' Chỉ thị '\n")
        #expect(read.kind == DirectiveKind(word: "Chỉ thị"))
        #expect(read.word == " Chỉ thị ")
        #expect(read.diagnostics.isEmpty)
    }

    @Test func anUnknownKindWordIsReportedAtItsValueWithTheKnownWords() throws {
        let read = try directive(directiveFields + "kind: Chỉ thi\n")
        #expect(read.kind == nil)
        let d = try #require(read.diagnostics.first)
        #expect(read.diagnostics.count == 1)
        #expect("\(d.location.line):\(d.location.column) \(d.code)" == "6:7 bad-value")
        #expect(d.message(in: .en) == "field \"kind\": \"Chỉ thi\" is not a known kind of document; use one of: chỉ thị, nghị quyết, "
            + "kết luận, nghị định, thông tư, quyết định, kế hoạch, công văn (did you mean \"chỉ thị\"?)")
    }

    // MARK: Scores

    let leadership = Criterion(id: "leadership", name: "Lãnh đạo", max: Score(hundredths: 2000))

    func score(_ text: String?, _ origin: RawRecord.Origin) -> (Int64?, [String]) {
        let loc = SourceLocation(file: "a.csv", line: 3, column: 7)
        let field = RawField(name: "leadership", nameLocation: loc, value: text.map { .scalar($0) } ?? .null, location: loc)
        let rec = RawRecord(fields: [field], location: loc, origin: origin)
        var r = FieldReader(rec, what: .assessment, allowed: ["leadership"])
        let s = RecordReaders.score(field, criterion: leadership, origin: origin, reader: &r)
        return (s?.hundredths, r.diagnostics.map { $0.message(in: .en) })
    }

    @Test func scoresWithAPoint() {
        #expect(score("9.5", .yaml).0 == 950)
        #expect(score("18.25", .yaml).0 == 1825)
        #expect(score("20", .csv).0 == 2000)
        #expect(score("20.00", .yaml).0 == 2000)
        #expect(score("0", .yaml).0 == 0)
        #expect(score("9.5", .csv).0 == 950)
    }

    /// A CSV cell is one cell whatever the separator: in a "," file a decimal comma reaches here only quoted.
    @Test func decimalCommaInEveryCSVCellNotInYAML() {
        #expect(score("9,5", .csv).0 == 950)
        #expect(score("9,25", .csv).0 == 925)
        #expect(score("9,5", .yaml).1 == [
            "score \"leadership\": expected a number from 0 to 20, got \"9,5\"; write the decimal with a point (9.5)"])
    }

    @Test func badScores() {
        #expect(score("9.555", .yaml).1 == ["score \"leadership\": \"9.555\" has more than two decimals"])
        #expect(score("9,555", .csv).1 == ["column \"leadership\": \"9,555\" has more than two decimals"])
        #expect(score("9,5x", .csv).1 == ["column \"leadership\": expected a number from 0 to 20, got \"9,5x\""])
        #expect(score("20.5", .csv).1 == ["column \"leadership\": expected a number from 0 to 20, got 20.5"])
        #expect(score("-1", .yaml).1 == ["score \"leadership\": expected a number from 0 to 20, got \"-1\""])
        #expect(score("1e1", .yaml).1 == ["score \"leadership\": expected a number from 0 to 20, got \"1e1\""])
        #expect(score(nil, .csv).1 == ["column \"leadership\": expected a number from 0 to 20, got nothing"])
        #expect(score("99999999999999", .yaml).0 == nil)
    }

    // MARK: Slugs

    @Test func goodSlugs() {
        for id in ["hue", "so-xay-dung_2", "2024", "a"] { #expect(Slug.problem(id) == nil, "\(id)") }
    }

    @Test func unsafeSlugs() {
        #expect(Slug.problem("..")?.text(in: .en) == "the id \"..\" may only contain lowercase letters a–z, digits, \"-\" and \"_\"")
        #expect(Slug.problem("../../etc")?.text(in: .en) == "the id \"../../etc\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"etc\")")
        #expect(Slug.problem("a/b")?.text(in: .en) == "the id \"a/b\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"a-b\")")
        #expect(Slug.problem("a\\b")?.text(in: .en) == "the id \"a\\b\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"a-b\")")
        #expect(Slug.problem("a\0b")?.text(in: .en) == "the id \"a\\u{0}b\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"a-b\")")
        #expect(Slug.problem("Hue")?.text(in: .en) == "the id \"Hue\" has capital letters; ids use lowercase letters, digits, \"-\" and \"_\" (try \"hue\")")
        #expect(Slug.problem("huế")?.text(in: .en) == "the id \"huế\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"hue\")")
        #expect(Slug.problem("")?.text(in: .en) == "the id is empty")
        #expect(Slug.problem("-a")?.text(in: .en) == "the id \"-a\" must start with a letter or digit")
        #expect(Slug.problem("_a")?.text(in: .en) == "the id \"_a\" must start with a letter or digit")
        #expect(Slug.problem("a-_") == nil)
        // Characters, not bytes, are counted against the limit of 120 (41 characters of 3 bytes each).
        #expect(Slug.problem(String(repeating: "a", count: 120)) == nil)
        #expect(Slug.problem(String(repeating: "ế", count: 41))?.text(in: .en).hasSuffix("may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee\")") == true)
        #expect(Slug.problem(String(repeating: "a", count: 121))?.text(in: .en).hasSuffix("is longer than 120 characters") == true)
    }

    @Test func slugsMadeFromNames() {
        #expect(Slug.make(from: "Thành phố Huế") == "thanh-pho-hue")
        #expect(Slug.make(from: "Đà Nẵng") == "da-nang")
        #expect(Slug.make(from: "  Sở Y tế (cũ)  ") == "so-y-te-cu")
    }

    @Test func slugFieldsAndLists() throws {
        let rec = try #require(yamlRecord("id: ../x\nreplaces: [nq-51, \"Ab\", kl-44]\n"))
        var r = FieldReader(rec, what: .directive, allowed: ["id", "replaces"])
        #expect(r.slug("id") == nil)
        #expect(r.slugList("replaces").map(\.value) == ["nq-51", "kl-44"])
        #expect(r.diagnostics.short == [
            "1:5: bad-id: field \"id\": the id \"../x\" may only contain lowercase letters a–z, digits, \"-\" and \"_\" (try \"x\")",
            "2:19: bad-id: field \"replaces\": the id \"Ab\" has capital letters; ids use lowercase letters, digits, \"-\" and \"_\" (try \"ab\")",
        ])
    }

    // MARK: Unknown and missing fields

    @Test func aMisspeltFieldIsReportedOnceAsUnknown() throws {
        let rec = try #require(yamlRecord("id: a\nname: A\nprovnce: hue\n"))
        var r = FieldReader(rec, what: .unit, allowed: RecordReaders.unitFields)
        #expect(r.slug("province", required: true) == nil)
        #expect(r.string("kind", required: true) == nil)
        #expect(r.diagnostics.short == [
            "3:1: unknown-field: unknown field \"provnce\" in unit (did you mean \"province\"?)",
            "1:1: missing-field: unit has no kind; add \"kind: …\"",
        ])
    }

    @Test func aMissingColumnIsReportedAtTheHeader() throws {
        let (rows, _) = csvRecords("id,name\nx,A\ny,B\n")
        var all: [Diagnostic] = []
        for row in rows {
            var r = FieldReader(row, what: .unit, allowed: RecordReaders.unitFields)
            _ = r.string("kind", required: true)
            all += r.diagnostics
        }
        #expect(Set(all).count == 1)
        #expect(all.first.map { "\(pos($0.location)): \($0.message(in: .en))" } ==
            "1:1: the table has no \"kind\" column, which every unit needs; add it to the header row and fill it in")
    }

    @Test func wholeNumbersAndDates() throws {
        let rec = try #require(yamlRecord("year: 2O24\nfrom: 1800\nissued: 12/04/2021\nweight: -2\n"))
        var r = FieldReader(rec, what: .unit, allowed: ["year", "from", "issued", "weight"])
        #expect(r.int("year") == nil)
        #expect(r.int("from", in: 1900...2200) == nil)
        #expect(r.date("issued") == nil)
        #expect(r.int("weight")?.value == -2)
        #expect(r.diagnostics.short == [
            "1:7: wrong-type: field \"year\": expected a whole number, got \"2O24\"",
            "2:7: out-of-range: field \"from\": expected a number from 1900 to 2200, got 1800",
            "3:9: wrong-type: field \"issued\": expected a date written YYYY-MM-DD, got \"12/04/2021\"",
        ])
    }

    @Test func textFieldsRejectListsAndEmptyRequiredValues() throws {
        let rec = try #require(yamlRecord("name: [a, b]\ntitle: \"  \"\n"))
        var r = FieldReader(rec, what: .page, allowed: ["name", "title"])
        #expect(r.string("name") == nil)
        #expect(r.string("title", required: true) == nil)
        #expect(r.diagnostics.short == [
            "1:7: wrong-type: field \"name\" must be a single text value",
            "2:8: missing-field: field \"title\" is empty; page needs a title",
        ])
    }
}

/// `class` takes a class id or name of scheme.yaml, and every suggestion is a value that is accepted.
@Suite struct ClassNamesTests {
    static let scheme = Scheme(criteria: [Criterion(id: "a", name: "A", max: Score(hundredths: 10000))],
                               classes: [ScoreClass(id: "excellent", name: "Xuất sắc", min: Score(hundredths: 9000)),
                                         ScoreClass(id: "good", name: "Khá", min: Score(hundredths: 7000)),
                                         ScoreClass(id: "weak", name: "Yếu", min: .zero)])

    func resolve(_ text: String) -> (String?, [String]) {
        let record = RawRecord(fields: [], location: SourceLocation(file: "t.csv"), origin: .csv)
        var r = FieldReader(record, what: .assessment, allowed: [])
        let id = ClassNames.resolve(Located(text, at: SourceLocation(file: "t.csv", line: 2, column: 9)), scheme: Self.scheme, reader: &r)
        return (id, r.diagnostics.map { $0.message(in: .en) })
    }

    @Test func idsAndNamesIgnoringCaseAndBlanks() {
        #expect(resolve("good").0 == "good")
        #expect(resolve("Khá").0 == "good")
        #expect(resolve(" xuất sắc ").0 == "excellent")
        #expect(resolve("GOOD").0 == "good")
    }

    @Test func suggestionsLeadToAnAcceptedValue() {
        #expect(resolve("kha").1 == ["unknown class \"kha\" (did you mean \"Khá\"?)"])
        #expect(resolve("Xuat sac").1 == ["unknown class \"Xuat sac\" (did you mean \"Xuất sắc\"?)"])
        #expect(resolve("goood").1 == ["unknown class \"goood\" (did you mean \"good\"?)"])
        #expect(resolve("Trung bình").1 == ["unknown class \"Trung bình\"; use one of \"excellent\" (Xuất sắc), \"good\" (Khá), \"weak\" (Yếu)"])
        for wrong in ["kha", "Xuat sac", "goood"] {
            let message = resolve(wrong).1[0]
            let suggested = String(message.split(separator: "\"")[3])
            #expect(resolve(suggested).0 != nil, "\(suggested) is not accepted")
        }
        // An id with capitals and marks suggests a valid id, not its lowercase.
        #expect(Slug.problem("Khá")?.text(in: .en).hasSuffix("(try \"kha\")") == true)
    }
}
