import Testing
import ReportSiteModel

@Suite struct DiagnosticFloodsTests {
    func column(_ name: String) -> Message.Argument {
        .message(Message("label.column", ["field": .text(name), "meaning": ""]))
    }

    func bad(_ line: Int, _ column: Int, _ got: String, file: String = "a.csv") -> Diagnostic {
        .error("bad-score", at: SourceLocation(file: file, line: line, column: column),
               Message("bad-score", ["label": self.column("leadership"), "max": .decimal("40"), "value": .text(got)]))
    }

    func flood() -> [Diagnostic] {
        var d = (2...8).map { bad($0, 5, "\($0),5") }
        d.append(.error("bad-score", at: SourceLocation(file: "a.csv", line: 9, column: 12),
                        Message("bad-score", ["label": column("results"), "max": .decimal("30"), "value": "x"])))
        d.append(bad(2, 5, "1,5", file: "b.csv"))
        return d.sortedForDisplay()
    }

    @Test func afterThreeAlikeProblemsOneLineNamesTheRest() {
        #expect(DiagnosticFloods.textLines(flood(), in: .en) == [
            "a.csv:2:5: error: column \"leadership\": expected a number from 0 to 40, got \"2,5\"",
            "a.csv:3:5: error: column \"leadership\": expected a number from 0 to 40, got \"3,5\"",
            "a.csv:4:5: error: column \"leadership\": expected a number from 0 to 40, got \"4,5\"",
            "a.csv:5:5: error: 4 more like the line above, on lines 5, 6, 7, 8; \"reportsite check --format json\" lists every one",
            "a.csv:9:12: error: column \"results\": expected a number from 0 to 30, got \"x\"",
            "b.csv:2:5: error: column \"leadership\": expected a number from 0 to 40, got \"1,5\"",
        ])
    }

    @Test func theSummaryIsInTheReadersLanguage() {
        let lines = DiagnosticFloods.textLines(flood(), in: .vi)
        #expect(lines[0] == "a.csv:2:5: error: cột “leadership”: cần một số từ 0 đến 40, nhưng đang là “2,5”")
        #expect(lines[3] == "a.csv:5:5: error: còn 4 vấn đề giống dòng trên, ở các dòng 5, 6, 7, 8; lệnh “reportsite check --format json” liệt kê đầy đủ")
        #expect(lines[4] == "a.csv:9:12: error: cột “results”: cần một số từ 0 đến 30, nhưng đang là “x”")
    }

    /// Problems of one kind are told apart by their key and the names of their values, not by their words:
    /// the same key with another set of arguments is another kind.
    @Test func alikeComesFromTheKeyAndArgumentNames() {
        var d = (2...7).map { bad($0, 5, "\($0)") }
        d[5].text.arguments["extra"] = "y"
        #expect(DiagnosticFloods.textLines(d, in: .en) == d.prefix(3).map { $0.line(in: .en) } + [
            "a.csv:5:5: error: 2 more like the line above, on lines 5, 6; \"reportsite check --format json\" lists every one",
            d[5].line(in: .en),
        ])
    }

    @Test func threeOrFewerArePrintedAsThey() {
        let d = (2...4).map { bad($0, 5, "x") }
        #expect(DiagnosticFloods.textLines(d, in: .vi) == d.map { $0.line(in: .vi) })
    }

    @Test func aSheetsCellsAreNamedAndGroupedBySheet() {
        let d = (2...6).map { Diagnostic.error("bad-score", at: SourceLocation(file: "a.xlsx", line: $0, column: 3, sheet: "Huế"),
                                               Message("bad-score.date", ["label": column("propaganda"), "max": .decimal("30"), "value": .text("2024-05-0\($0)")])) }
        #expect(d[0].line(in: .en) == "a.xlsx:2:3: error: sheet \"Huế\", cell C2: column \"propaganda\": expected a number from 0 to 30, got the date 2024-05-02; format the cell as a number")
        #expect(DiagnosticFloods.textLines(d, in: .en).last == "a.xlsx:5:3: error: 2 more like the line above of sheet \"Huế\", on lines 5, 6; \"reportsite check --format json\" lists every one")
        #expect(DiagnosticFloods.textLines(d, in: .vi).last == "a.xlsx:5:3: error: còn 2 vấn đề giống dòng trên của trang tính “Huế”, ở các dòng 5, 6; lệnh “reportsite check --format json” liệt kê đầy đủ")
    }
}
