import Foundation
import Testing
import ReportSiteBuild

/// The same results typed once, saved by LibreOffice Calc (vi-VN) as .xlsx, .ods and ";" CSV with
/// decimal commas (Tests/Fixtures/spreadsheets, scripts/make-spreadsheet-fixtures.sh), publish exactly
/// the figures of the hand-written CSV (issue 16). `SPREADSHEET_FIXTURES` points at freshly made files
/// instead of the committed ones (make test-spreadsheets).
@Suite struct SpreadsheetTests {
    static var made: URL {
        if let dir = ProcessInfo.processInfo.environment["SPREADSHEET_FIXTURES"] { return URL(fileURLWithPath: dir) }
        return Repo.root.appendingPathComponent("Tests/Fixtures/spreadsheets/made")
    }
    /// A valid small site whose 2024 results are a hand-written ";" CSV.
    static let base = Repo.root.appendingPathComponent("Tests/Fixtures/invalid/valid-semicolon-decimal-comma/Content")

    /// Builds the base site with its assessments replaced by `files` (made file → path under assessments/)
    /// and returns `rankings/2024/units.json`, or the diagnostics when the build failed.
    func build(_ files: [(String, String)]?, from folder: URL = SpreadsheetTests.made) throws -> (json: String?, diagnostics: [String]) {
        let tmp = try TempDir()
        let content = tmp.url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Self.base, to: content)
        if let files {
            let assessments = content.appendingPathComponent("assessments")
            try FileManager.default.removeItem(at: assessments)
            for (from, to) in files {
                let dest = assessments.appendingPathComponent(to)
                try FileManager.default.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                try FileManager.default.copyItem(at: folder.appendingPathComponent(from), to: dest)
            }
        }
        let out = tmp.path("Output")
        let result = Pipeline.build(options(content: content.path, output: out))
        let json = try? String(contentsOfFile: out + "/rankings/2024/units.json", encoding: .utf8)
        return (json, result.diagnostics.map(\.description))
    }

    static let expectedFigures = [
        "\"id\": \"so-xay-dung-hue\", \"name\": \"Sở Xây dựng thành phố Huế\", \"kind\": \"agency\", \"province\": \"hue\", \"home_province\": \"hue\", \"total\": 91.50, \"class\": \"excellent\", \"safe\": true, \"rank_in_province\": 1, \"rank_national\": 1, \"scores\": {\"leadership\": 38.00, \"propaganda\": 27.50, \"results\": 26.00}",
        "\"id\": \"thpt-quoc-hoc-hue\", \"name\": \"Trường THPT chuyên Quốc Học Huế\", \"kind\": \"school\", \"province\": \"hue\", \"home_province\": \"hue\", \"total\": 72.25, \"class\": \"good\", \"safe\": true, \"rank_in_province\": 2, \"rank_national\": 2, \"scores\": {\"leadership\": 30.00, \"propaganda\": 22.25, \"results\": 20.00}",
        "\"id\": \"dien-luc-quang-tri\", \"name\": \"Công ty Điện lực Quảng Trị\", \"kind\": \"enterprise\", \"province\": \"quang-tri\", \"home_province\": \"quang-tri\", \"total\": 63.50, \"class\": \"average\", \"safe\": false, \"rank_in_province\": 1, \"rank_national\": 3, \"scores\": {\"leadership\": 28.00, \"propaganda\": 20.00, \"results\": 15.50}",
    ]

    @Test func theHandWrittenCSVGivesTheseFigures() throws {
        let (json, diagnostics) = try build(nil)
        #expect(diagnostics == [])
        let lines = try #require(json).split(separator: "\n").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " {},")) }
        #expect(lines.filter { !$0.isEmpty && $0 != "[" && $0 != "]" } == Self.expectedFigures.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " {},")) })
    }

    @Test(arguments: [
        ["assessments-2024.xlsx": "2024.xlsx"],
        ["assessments-2024.ods": "2024.ods"],
        ["assessments-2024.xlsx": "2024/tong-hop.xlsx"],
        ["assessments-2024-hue.csv": "2024/hue.csv", "assessments-2024-quang-tri.csv": "2024/quang-tri.csv"],
    ])
    func everyExportPublishesExactlyTheHandWrittenFigures(_ files: [String: String]) throws {
        let reference = try #require(try build(nil).json)
        let (json, diagnostics) = try build(files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        #expect(diagnostics == [])
        #expect(json == reference)
    }

    /// Google Sheets in the Vietnamese locale downloads a comma-separated file with CRLF line ends and
    /// each decimal quoted with its comma ("27,5"): unambiguous, so read as typed (docs/decisions.md, 73).
    @Test func aCommaSeparatedExportWithQuotedDecimalCommasPublishesTheSameFigures() throws {
        let reference = try #require(try build(nil).json)
        let imitated = Repo.root.appendingPathComponent("Tests/Fixtures/spreadsheets/imitated")
        let (json, diagnostics) = try build([("google-sheets-vi-2024.csv", "2024.csv")], from: imitated)
        #expect(diagnostics == [])
        #expect(json == reference)
    }

    @Test func unicodeTextIsRefusedOnceNamingTheMenuItem() throws {
        let (json, diagnostics) = try build([("assessments-2024-hue.txt", "2024/hue.csv"), ("assessments-2024-quang-tri.csv", "2024/quang-tri.csv")])
        #expect(json == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.hasSuffix("Content/assessments/2024/hue.csv:1:1: error: the file is UTF-16 (what Excel's \"Unicode Text\" writes); save it as UTF-8: in Excel \"CSV UTF-8 (Comma delimited)\", in LibreOffice \"Text CSV\" with the character set \"Unicode (UTF-8)\"") == true)
    }
}
