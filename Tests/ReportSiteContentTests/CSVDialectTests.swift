import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

/// The separator decided from the whole file, and the rows spreadsheets write around the data (issue 16).
@Suite struct CSVDialectTests {
    @Test func aTitleRowAndACommaInAHeaderCellDoNotFlipASemicolonFile() throws {
        let text = "Kết quả, năm 2024;;;\nunit;Lãnh đạo, chỉ đạo;propaganda;note\nso-y-te;15,5;20;a, b\nso-gd;18;12,25;\n"
        let (t, d) = parseCSV(text)
        let table = try #require(t)
        #expect(d.isEmpty)
        #expect(table.delimiter == ";")
        #expect(table.header.map(\.text) == ["unit", "Lãnh đạo, chỉ đạo", "propaganda", "note"])
        #expect(table.header[0].line == 2)
        #expect(table.rows.map { $0.map(\.text) } == [["so-y-te", "15,5", "20", "a, b"], ["so-gd", "18", "12,25", ""]])
    }

    @Test func aHeaderCommaAndOneDecimalCommaPerRowStillMakeASemicolonFile() throws {
        // Split at the commas every row has two cells too: a tie, broken by the commas between digits.
        let table = try #require(parseCSV("unit;Lãnh đạo, chỉ đạo\nso-y-te;15,5\nso-gd;12,25\n").table)
        #expect(table.delimiter == ";")
        #expect(table.rows.map { $0.map(\.text) } == [["so-y-te", "15,5"], ["so-gd", "12,25"]])
        // A comma file that ties with ";" (one unquoted list of two in every row) stays a comma file.
        #expect(try #require(parseCSV("id,directives\na,ct-03;nq-51\nb,ct-03;kl-44\n").table).delimiter == ",")
    }

    @Test func excelsSepLineNamesTheSeparatorAndKeepsLineNumbers() throws {
        let table = try #require(parseCSV("sep=;\nunit;leadership\nso-y-te;9,5\n").table)
        #expect(table.delimiter == ";")
        #expect(table.header.map(\.text) == ["unit", "leadership"])
        #expect(table.rows[0].map { "\($0.line):\($0.column)" } == ["3:1", "3:9"])
        // Even when every row would split more consistently at the commas.
        #expect(try #require(parseCSV("sep=;\na,b;c\nd,e;f\n").table).rows[0].map(\.text) == ["d,e", "f"])
    }

    @Test func tabSeparatedTextIsReadWithDecimalCommas() throws {
        let (records, d) = csvRecords("unit\tleadership\tnote\nso-y-te\t15,5\tx, y\n")
        #expect(d.isEmpty)
        #expect(records[0].origin == .csv)
        #expect(records[0].fields.map(\.name) == ["unit", "leadership", "note"])
        guard case .scalar(let s)? = records[0].field("leadership")?.value else { Issue.record("no score"); return }
        #expect(s == "15,5")
    }

    @Test func aCommaFileWithSemicolonListsStaysCommaSeparated() throws {
        let table = try #require(parseCSV("id,name,directives\na,Sở A,ct-03;nq-51;kl-44\nb,Sở B,ct-03\n").table)
        #expect(table.delimiter == ",")
        #expect(table.rows[0].map(\.text) == ["a", "Sở A", "ct-03;nq-51;kl-44"])
    }

    @Test func aSpreadsheetsEmptyTrailingColumnsAreIgnoredWhenTheHeaderHasThemToo() {
        let (records, d) = csvRecords("unit;leadership;;\nso-y-te;15,5;;\n;;;\nso-gd;18;;\n")
        #expect(d.isEmpty)
        #expect(records.map { $0.fields.map(\.name) } == [["unit", "leadership"], ["unit", "leadership"]])
        // A value in a column with no name is not dropped silently.
        let (_, d2) = csvRecords("unit;leadership;;\nso-y-te;15,5;x;\n")
        #expect(d2.short == ["2:14: csv-cell-count: this cell is in a column with no name in the header; name the column or move the value into a named one"])
    }

    @Test func anExtraEmptyCellIsAnErrorThatNamesTheDecimalComma() {
        // The silent case of issue 16: "15,5" unquoted on a row whose last cell is empty.
        let (records, d) = csvRecords("unit,leadership,propaganda,results,note\nso-y-te,38,27.5,26,\nso-gd,28,20,15,5,\n")
        #expect(d.short == ["3:10: csv-decimal-comma: this row has 6 cells but the header has 5: \"20,15\" or \"15,5\" looks like a decimal written with a comma, which splits it into two cells in a comma-separated file; write decimals with a point (15.5), or save the file as CSV with \";\" separators"])
        #expect(records.map(\.malformed) == [false, true])
        // One candidate when the other rows show which columns hold numbers.
        let (_, d2) = csvRecords("unit,leadership,note\nso-y-te,38,a\nso-gd,15,5,\n")
        #expect(d2.short == ["3:7: csv-decimal-comma: this row has 4 cells but the header has 3: \"15,5\" looks like a decimal written with a comma, which splits it into two cells in a comma-separated file; write decimals with a point (15.5), or save the file as CSV with \";\" separators"])
        // A comma in text is not taken for a decimal.
        let (_, d3) = csvRecords("unit,leadership,results,note\nso-y-te,38,20,a\nso-gd,28,20,Đông Hà, Cam Lộ\n")
        #expect(d3.map(\.code) == ["csv-cell-count"])
    }

    @Test func headersMatchIgnoringCaseAndBlanks() {
        let (records, d) = csvRecords(" ID ,Name\nso-y-te,Sở Y tế\n")
        #expect(d.isEmpty)
        #expect(records[0].fields.map(\.name) == ["id", "name"])
    }

    @Test func aLineOfMillionsOfSeparatorsIsCutAtTheColumnLimit() throws {
        let line = String(repeating: ",", count: 1_000_000)
        let (t, d) = parseCSV("a,b\nx" + line + "\n1,2\n")
        let table = try #require(t)
        #expect(d.short == ["2:16386: csv-too-many-cells: this row has more than 16,384 cells, more than a spreadsheet has columns; the rest of the row is not read"])
        #expect(table.rows.map(\.count) == [CellTable.maxCellsPerRow, 2])
        #expect(table.rows[1][0].line == 3)
    }
}
