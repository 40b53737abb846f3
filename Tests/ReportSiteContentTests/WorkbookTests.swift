import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel
import ZIPFoundation

/// The `.xlsx` and `.ods` readers, on files LibreOffice Calc made (Tests/Fixtures/spreadsheets/made,
/// scripts/make-spreadsheet-fixtures.sh) and on hostile archives written here.
@Suite struct WorkbookTests {
    static var made: URL {
        if let dir = ProcessInfo.processInfo.environment["SPREADSHEET_FIXTURES"] { return URL(fileURLWithPath: dir) }
        return Fixtures.repository.appendingPathComponent("Tests/Fixtures/spreadsheets/made")
    }

    func read(_ path: String, display: String = "t") -> ([CellTable]?, [Diagnostic]) {
        var d: [Diagnostic] = []
        let book = Workbook.read(path: path, display: display, diagnostics: &d)
        #expect(book.map(\.complete) != false || d.contains { $0.code == "sheet-without-header" })
        return (book?.tables, d)
    }

    @Test(arguments: ["xlsx", "ods"])
    func visibleSheetsAreTablesOfTypedCells(_ ext: String) throws {
        let (tables, d) = read(Self.made.appendingPathComponent("assessments-2024.\(ext)").path)
        #expect(d.isEmpty)
        let sheets = try #require(tables)
        // The hidden list sheet "Danh mục" is not read; the title row above Huế's header is skipped.
        #expect(sheets.map(\.sheet) == ["Huế", "Quảng Trị"])
        #expect(sheets[0].header.map(\.text) == ["unit", "leadership", "propaganda", "results", "class", "safe", "inspected", "note"])
        #expect(sheets[0].header[0].line == 2)
        #expect(sheets[0].rows[1].map(\.text) == ["thpt-quoc-hoc-hue", "30", "22.25", "20", "Khá", "có", "có", "Đạt; đề nghị khen"])
        #expect(sheets[0].rows[1].map(\.kind) == [.text, .number, .number, .number, .text, .text, .text, .text])
        #expect(sheets[0].rows[1].map { "\($0.line):\($0.column)" } == ["4:1", "4:2", "4:3", "4:4", "4:5", "4:6", "4:7", "4:8"])
        // A row ends at its last filled cell.
        #expect(sheets[0].rows[0].count == 7)
        #expect(sheets[1].rows[0].map(\.text) == ["dien-luc-quang-tri", "28", "20", "15.5", "", "không", "không", "Trạm biến áp Đông Hà, Cam Lộ"])
    }

    @Test(arguments: ["xlsx", "ods"])
    func datesAndTextInNumberCellsAreNamedAtTheirCell(_ ext: String) throws {
        let path = Self.made.appendingPathComponent("bad-2024.\(ext)").path
        let sheets = try #require(read(path).0)
        #expect(sheets[0].rows[0].map(\.kind) == [.text, .date, .text, .number, .text])
        #expect(sheets[0].rows[0][1].text == "2024-05-01")
        let scheme = Scheme(criteria: [Criterion(id: "leadership", name: "L", max: Score(hundredths: 4000)),
                                       Criterion(id: "propaganda", name: "P", max: Score(hundredths: 3000)),
                                       Criterion(id: "results", name: "R", max: Score(hundredths: 3000))],
                            classes: [ScoreClass(id: "good", name: "Khá", min: .zero)])
        var d: [Diagnostic] = []
        let records = sheets.flatMap { TableRecords.records($0, file: "a.\(ext)", diagnostics: &d) }
        for r in records {
            _ = RecordReaders.assessment(r, fileYear: 2024, scheme: scheme, fields: RecordReaders.AssessmentFields(scheme), diagnostics: &d)
        }
        #expect(d.map(\.description) == [
            "a.\(ext):2:2: error: sheet \"Huế\", cell B2: column \"leadership\": expected a number from 0 to 40, got the date 2024-05-01; format the cell as a number",
            "a.\(ext):2:3: error: sheet \"Huế\", cell C2: column \"propaganda\": expected a number from 0 to 30, got \"27,5\"; the cell holds text, not a number: type the number into a cell formatted as a number",
            "a.\(ext):2:5: error: sheet \"Huế\", cell E2: unknown class \"kha\" (did you mean \"Khá\"?)",
            "a.\(ext):3:2: error: sheet \"Huế\", cell B3: column \"leadership\": expected a number from 0 to 40, got 300",
        ])
    }

    @Test func numbersAsSpreadsheetsShowThem() {
        #expect(Workbook.number("72.5") == "72.5")
        #expect(Workbook.number("26") == "26")
        #expect(Workbook.number("0.30000000000000004") == "0.3")
        #expect(Workbook.number("15.499999999999998") == "15.5")
        #expect(Workbook.number("1E-3") == "0.001")
        #expect(Workbook.date(serial: "45413", base1904: false) == "2024-05-01")
        #expect(Workbook.date(serial: "43951", base1904: true) == "2024-05-01")
        #expect(XLSXReader.columnNumber("C14") == 3)
        #expect(XLSXReader.columnNumber("XFD1") == 16384)
        #expect(SourceLocation.columnLetters(16384) == "XFD")
        #expect(XLSXReader.isDateFormat("dd/mm/yy") && !XLSXReader.isDateFormat("General") && !XLSXReader.isDateFormat("#,##0.00")
                && !XLSXReader.isDateFormat("0.0\" điểm\""))
    }

    /// A zip written by ZIPFoundation with the given parts.
    func archive(_ parts: [(String, Data)]) throws -> (TempFolder, String) {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("w.ods").path
        let a = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, data) in parts {
            try a.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { pos, size in
                data.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        return (folder, path)
    }

    @Test func aZipBombStopsAtTheBoundNamingThePart() throws {
        let folder = try TempFolder()
        let path = folder.url.appendingPathComponent("bomb.xlsx").path
        let a = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        let size = Int64(Workbook.maxPartBytes) + 1
        let zeros = Data(count: 1 << 20)
        try a.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: size, compressionMethod: .deflate) { pos, chunk in
            zeros.prefix(min(chunk, Int(size - pos)))
        }
        let (tables, d) = read(path)
        #expect(tables == nil)
        #expect(d.map(\.description) == ["t:1:1: error: the part \"xl/workbook.xml\" of this workbook unpacks to more than 256 MiB, more than a data file may hold; split the data into several files"])
    }

    static func ods(_ tableXML: String) -> Data {
        Data("""
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>\(tableXML)</office:spreadsheet></office:body></office:document-content>
        """.utf8)
    }

    @Test func aSheetThatClaimsAHugeSizeCostsNothing() throws {
        let header = "<table:table-row><table:table-cell><text:p>id</text:p></table:table-cell><table:table-cell><text:p>name</text:p></table:table-cell></table:table-row>"
        let empty = "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
        let (folder, path) = try archive([("content.xml", Self.ods("<table:table table:name=\"A\">\(header)\(empty)</table:table>"))])
        let (tables, d) = read(path)
        #expect(d.isEmpty)
        #expect(try #require(tables).map(\.rows.count) == [0])
        _ = folder
    }

    @Test func aFilledRowRepeatedAMillionTimesIsRefused() throws {
        let header = "<table:table-row><table:table-cell><text:p>id</text:p></table:table-cell><table:table-cell><text:p>name</text:p></table:table-cell></table:table-row>"
        let filled = "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell table:number-columns-repeated=\"16384\"><text:p>x</text:p></table:table-cell></table:table-row>"
        let (folder, path) = try archive([("content.xml", Self.ods("<table:table table:name=\"A\">\(header)\(filled)</table:table>"))])
        let (tables, d) = read(path)
        #expect(tables == nil)
        #expect(d.map(\.description) == ["t:1:1: error: the sheet \"A\" spans more than 8,000,000 cells, more than a data file may hold; delete the unused rows and columns, or split the data into several files"])
        _ = folder
    }

    @Test func notAWorkbookAndAVisibleSheetWithoutHeader() throws {
        let folder = try TempFolder()
        let fake = folder.url.appendingPathComponent("2024.xlsx")
        try Data("unit,leadership\n".utf8).write(to: fake)
        #expect(read(fake.path).1.map(\.description) == ["t:1:1: error: this file is not a readable Excel workbook (.xlsx) (it may be damaged, protected with a password, or another format renamed); open it in the spreadsheet and save it again as Excel workbook (.xlsx)"])
        let notes = "<table:table table:name=\"Ghi chú\"><table:table-row><table:table-cell><text:p>Số liệu tạm</text:p></table:table-cell></table:table-row></table:table>"
        let (f2, path) = try archive([("content.xml", Self.ods(notes))])
        #expect(read(path).1.map(\.description) == ["t:1:1: error: sheet \"Ghi chú\", cell A1: this sheet has no header row (a row of column names such as \"id\" and \"name\"); every visible sheet is read as a table, so hide or delete a sheet that holds no records"])
        _ = f2
    }
}

/// A temporary folder removed when the test ends.
final class TempFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
}
