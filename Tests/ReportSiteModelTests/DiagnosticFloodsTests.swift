import Testing
import ReportSiteModel

@Suite struct DiagnosticFloodsTests {
    func bad(_ line: Int, _ column: Int, _ got: String, file: String = "a.csv") -> Diagnostic {
        .error("bad-score", at: SourceLocation(file: file, line: line, column: column), "column \"leadership\": expected a number from 0 to 40, got \"\(got)\"")
    }

    @Test func afterThreeAlikeProblemsOneLineNamesTheRest() {
        var d = (2...8).map { bad($0, 5, "\($0),5") }
        d.append(.error("bad-score", at: SourceLocation(file: "a.csv", line: 9, column: 12), "column \"results\": expected a number from 0 to 30, got \"x\""))
        d.append(bad(2, 5, "1,5", file: "b.csv"))
        #expect(DiagnosticFloods.textLines(d.sortedForDisplay(), in: .en) == [
            "a.csv:2:5: error: column \"leadership\": expected a number from 0 to 40, got \"2,5\"",
            "a.csv:3:5: error: column \"leadership\": expected a number from 0 to 40, got \"3,5\"",
            "a.csv:4:5: error: column \"leadership\": expected a number from 0 to 40, got \"4,5\"",
            "a.csv:5:5: error: 4 more like the line above, on lines 5, 6, 7, 8; \"reportsite check --format json\" lists every one",
            "a.csv:9:12: error: column \"results\": expected a number from 0 to 30, got \"x\"",
            "b.csv:2:5: error: column \"leadership\": expected a number from 0 to 40, got \"1,5\"",
        ])
    }

    @Test func threeOrFewerArePrintedAsThey() {
        let d = (2...4).map { bad($0, 5, "x") }
        #expect(DiagnosticFloods.textLines(d, in: .en) == d.map(\.description))
    }

    @Test func aSheetsCellsAreNamedAndGroupedBySheet() {
        let d = (2...6).map { Diagnostic.error("bad-score", at: SourceLocation(file: "a.xlsx", line: $0, column: 3, sheet: "Huế"), "column \"propaganda\": expected a number from 0 to 30, got the date 2024-05-0\($0)") }
        #expect(d[0].description == "a.xlsx:2:3: error: sheet \"Huế\", cell C2: column \"propaganda\": expected a number from 0 to 30, got the date 2024-05-02")
        #expect(DiagnosticFloods.textLines(d, in: .en).last == "a.xlsx:5:3: error: 2 more like the line above of sheet \"Huế\", on lines 5, 6; \"reportsite check --format json\" lists every one")
    }

    @Test func catalogueMessagesAreAlikeByKeyAndTheSummaryIsInTheRunsLanguage() {
        let d = (2...6).map { Diagnostic.warning("broken-link", at: SourceLocation(file: "Output/a.html", line: $0, column: 1),
                                                 Message("broken-link", ["target": .text("x\($0).html")])) }
        let vi = DiagnosticFloods.textLines(d, in: .vi)
        #expect(vi.count == 4)
        #expect(vi[0] == "Output/a.html:2:1: warning: trang có liên kết tới “x2.html”, nhưng bản dựng không có trang hay tệp đó; hãy xem lại mẫu trang tạo ra liên kết này")
        #expect(vi[3] == "Output/a.html:5:1: warning: còn 2 vấn đề giống dòng trên, ở các dòng 5, 6; lệnh “reportsite check --format json” liệt kê đủ từng vấn đề")
        #expect(DiagnosticFloods.textLines(Array(d.prefix(4)), in: .en).last == "Output/a.html:5:1: warning: 1 more like the line above, on line 5; \"reportsite check --format json\" lists every one")
        let sheet = (2...5).map { Diagnostic.warning("broken-link", at: SourceLocation(file: "a.xlsx", line: $0, column: 3, sheet: "Huế"), Message("broken-link", ["target": "t"])) }
        #expect(DiagnosticFloods.textLines(sheet, in: .vi).last == "a.xlsx:5:3: warning: còn 1 vấn đề giống dòng trên trong trang tính “Huế”, ở dòng 5; lệnh “reportsite check --format json” liệt kê đủ từng vấn đề")
    }
}
