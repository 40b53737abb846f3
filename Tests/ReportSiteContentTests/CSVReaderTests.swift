import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

@Suite struct CSVReaderTests {
    @Test func commaSeparatedCellsWithPositions() throws {
        let (table, d) = parseCSV("unit,leadership,note\nso-y-te,18.5,\nso-gd,20,tốt\n")
        let t = try #require(table)
        #expect(d.isEmpty)
        #expect(t.delimiter == ",")
        #expect(t.header.map(\.text) == ["unit", "leadership", "note"])
        #expect(t.rows.map { $0.map(\.text) } == [["so-y-te", "18.5", ""], ["so-gd", "20", "tốt"]])
        #expect(t.rows[1].map { "\($0.line):\($0.column)" } == ["3:1", "3:7", "3:10"])
        #expect(t.complete)
    }

    @Test func semicolonHeaderMakesASemicolonFile() throws {
        let t = try #require(parseCSV("unit;leadership;note\nso-y-te;18,5;a, b\n").table)
        #expect(t.delimiter == ";")
        #expect(t.rows[0].map(\.text) == ["so-y-te", "18,5", "a, b"])
        #expect(t.rows[0].map(\.column) == [1, 9, 14])
        // A header with both stays comma-separated; a quoted ";" does not count.
        #expect(try #require(parseCSV("a;b,c\n").table).delimiter == ",")
        #expect(try #require(parseCSV("\"a;b\",c\n").table).delimiter == ",")
        #expect(try #require(parseCSV("\"a,b\";c\n").table).delimiter == ";")
    }

    @Test func quotedCellsWithNewlinesAndDoubledQuotes() throws {
        let text = "id,name,note\nx,\"Công ty \"\"Sao\"\"\nPhú Bài\",ok\ny,b,c\n"
        let (table, d) = parseCSV(text)
        let t = try #require(table)
        #expect(d.isEmpty)
        #expect(t.rows.count == 2)
        #expect(t.rows[0][1].text == "Công ty \"Sao\"\nPhú Bài")
        #expect(t.rows[0][1].quoted)
        #expect("\(t.rows[0][1].line):\(t.rows[0][1].column)" == "2:3")
        // The cell after a multi-line quoted cell is on the line where the quote closed.
        #expect("\(t.rows[0][2].line):\(t.rows[0][2].column)" == "3:10")
        #expect(t.rows[1].map { "\($0.line):\($0.column)" } == ["4:1", "4:3", "4:5"])
    }

    @Test func bomAndCRLFAreInvisible() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("unit;leadership\r\nso-y-te;9,5\r\nso-gd;\"a\r\nb\"\r\n".utf8)
        var d: [Diagnostic] = []
        let file = try #require(TextFile.decode(Data(bytes), displayPath: "t.csv", diagnostics: &d))
        let t = try #require(parseCSV(file.text).table)
        #expect(d.isEmpty)
        #expect(t.header.map(\.text) == ["unit", "leadership"])
        #expect(t.header[0].column == 1)
        #expect(t.rows.map { $0.map(\.text) } == [["so-y-te", "9,5"], ["so-gd", "a\nb"]])
        #expect(t.rows[1][0].line == 3)
    }

    @Test func columnsCountUnicodeScalars() throws {
        // "Trạm biến áp" is 12 scalars when precomposed (NFC), as editors save Vietnamese.
        let t = try #require(parseCSV("a,b\nTrạm biến áp,x\n").table)
        #expect(t.rows[0][1].column == 14)
        // Decomposed (NFD) text has more scalars: ạ is a + U+0323, ế is e + U+0302 + U+0301, á is a + U+0301.
        let nfd = "Tra\u{0323}m bie\u{0302}\u{0301}n a\u{0301}p"
        let t2 = try #require(parseCSV("a,b\n\(nfd),x\n").table)
        #expect(t2.rows[0][1].column == 18)
    }

    @Test func blankLinesAndAMissingFinalNewline() throws {
        let t = try #require(parseCSV("a,b\n\n1,2\n\n3,4").table)
        #expect(t.rows.map { $0.map(\.text) } == [["1", "2"], ["3", "4"]])
        #expect(t.rows.map { $0[0].line } == [3, 5])
        // A row of bare separators (a spreadsheet's empty formatted row) is skipped too; a quoted empty cell is a row.
        #expect(try #require(parseCSV("a,b\n,\n").table).rows.count == 0)
        #expect(try #require(parseCSV("a;b\n;\n;;;\n1;2\n").table).rows.map { $0[0].line } == [4])
        #expect(try #require(parseCSV("a,b\n\"\"\n").table).rows.count == 1)
    }

    @Test func strayQuoteIsReportedOncePerCellAndTheRestIsRead() throws {
        let (table, d) = parseCSV("id,note\nx,Mô hình \"Camera\" tốt\ny,ok\n")
        #expect(d.short == ["2:11: csv-stray-quote: a quotation mark inside a cell that does not start with one; put the whole cell in quotes and write a quote inside it as \"\""])
        let t = try #require(table)
        #expect(t.complete)
        #expect(t.rows.map { $0[1].text } == ["Mô hình \"Camera\" tốt", "ok"])
    }

    @Test func textAfterAClosingQuote() throws {
        let (table, d) = parseCSV("id,note\nx,\"Camera\" an ninh,z\n")
        #expect(d.short == ["2:11: csv-stray-quote: unexpected text after the closing quotation mark; put the whole cell in quotes and write a quote inside it as \"\""])
        #expect(try #require(table).rows[0].map(\.text) == ["x", "Camera an ninh", "z"])
    }

    @Test func unclosedQuoteIsReportedAtTheQuoteAndEarlierRowsAreKept() throws {
        let (table, d) = parseCSV("id,note\na,ok\nb,\"Đông Hà\nc,d\n")
        #expect(d.short == ["3:3: csv-unclosed-quote: the quotation mark that opens this cell is never closed, so the rest of the file is read as one cell; add the closing \" (and write a quote inside a cell as \"\")"])
        let t = try #require(table)
        #expect(!t.complete)
        #expect(t.rows.count == 2)
        #expect(t.rows[1][1].text == "Đông Hà\nc,d\n")
        // In the header nothing can be read.
        let (none, d2) = parseCSV("id,\"note\na,b\n")
        #expect(none == nil)
        #expect(d2.short == ["1:4: csv-unclosed-quote: the quotation mark that opens this cell is never closed, so the rest of the file is read as one cell; add the closing \" (and write a quote inside a cell as \"\")"])
    }

    @Test func recordsAreKeyedByTheTrimmedHeader() throws {
        let (records, d) = csvRecords(" id , name\nx,  Sở Y tế  \ny,\n")
        #expect(d.isEmpty)
        #expect(records.count == 2)
        let name = try #require(records[0].field("name"))
        guard case .scalar(let s) = name.value else { Issue.record("not a scalar"); return }
        #expect(s == "Sở Y tế")
        // Pointed at the text, not the spaces before it; the name at its header cell.
        #expect(pos(name.location) == "2:5")
        #expect(pos(name.nameLocation) == "1:6")
        guard case .null? = records[1].field("name")?.value else { Issue.record("an empty cell is not given"); return }
        #expect(records[0].origin == .csv)
        #expect(records[0].headerLocation.map(pos) == "1:1")
    }

    @Test func wrongCellCountKeepsOnlyTheRecordsId() throws {
        let (records, d) = csvRecords("id,name,kind\na,Sở A,cơ quan\nb,Sở B, Huế,cơ quan\nc,Sở C\nd,Sở D,cơ quan,\n")
        #expect(d.short == [
            "3:13: csv-cell-count: this row has 4 cells but the header has 3; the file is read as separated by \",\" (decided from the whole file), so a cell that contains \",\" must be in quotes",
            "4:1: csv-cell-count: this row has 2 cells but the header has 3; the file is read as separated by \",\" (decided from the whole file), so a cell that contains \",\" must be in quotes",
            // An extra cell is an error even when it is empty: it may be a split value (issue 16).
            "5:16: csv-cell-count: this row has 4 cells but the header has 3; the file is read as separated by \",\" (decided from the whole file), so a cell that contains \",\" must be in quotes",
        ])
        #expect(records.map(\.malformed) == [false, true, true, true])
        #expect(records[1].fields.map(\.name) == ["id"])
        #expect(Gaps.names(records[1]) == ["b"])
    }

    @Test func headerProblems() {
        let (_, d) = csvRecords("id,,name,id\nx,1,2,3\n")
        #expect(d.short == [
            "1:4: csv-header: the header has an empty column name; name the column or delete it",
            "1:10: duplicate-field: column \"id\" appears twice in the header (first at column 1); keep one",
        ])
        let (_, empty) = parseCSV("\n\n")
        #expect(empty.short == ["1:1: empty-file: the CSV file has no header row: a row of column names such as \"id,name\" (or \"unit\" and the criteria in an assessment file)"])
    }

    @Test func listItemsInAQuotedSemicolonCellArePointedAtExactly() throws {
        let (records, _) = csvRecords("id;directives\nx;\"ct-03; nq-51;;kl-44\"\n")
        var r = FieldReader(records[0], what: .unit, allowed: ["id", "directives"])
        let items = r.list("directives")
        #expect(items.map(\.value) == ["ct-03", "nq-51", "kl-44"])
        #expect(items.map { pos($0.location) } == ["2:4", "2:11", "2:18"])
        // Unquoted in a comma file.
        let (plain, _) = csvRecords("id,directives\nx,a; bb\n")
        var p = FieldReader(plain[0], what: .unit, allowed: ["id", "directives"])
        #expect(p.list("directives").map { pos($0.location) } == ["2:3", "2:6"])
    }
}
