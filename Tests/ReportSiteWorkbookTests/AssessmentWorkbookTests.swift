import Foundation
import ReportSiteContent
import ReportSiteModel
@testable import ReportSiteWorkbook
import Testing

enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let minimal = repository.appendingPathComponent("Tests/Fixtures/sites/minimal")

    static func site(_ root: URL = minimal) -> Site? { load(root).site }

    /// The site in `root`/Content, with the repository's templates.
    static func load(_ root: URL) -> LoadResult {
        ContentLoader.load(ContentPaths(content: root.appendingPathComponent("Content").path,
                                        templates: repository.appendingPathComponent("Templates").path))
    }

    /// A copy of the minimal site in a new temporary folder.
    static func copyOfMinimal() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: minimal.appendingPathComponent("Content"), to: dir.appendingPathComponent("Content"))
        return dir
    }
}

@Suite struct AssessmentWorkbookTests {
    @Test func rowsAreTheUnitsCountingForTheProvinceInVietnameseOrder() throws {
        let site = try #require(Fixtures.site())
        let plan = AssessmentWorkbook.plan(site, year: 2025, province: "bac-ninh", created: 0)
        guard case .table(let title, let columns, let rows, let frozen) = plan.sheets[0].content else {
            Issue.record("the first sheet is not a table")
            return
        }
        #expect(plan.sheets.map(\.name) == ["Kết quả 2025", "Hướng dẫn"])
        #expect(title == "KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI NĂM 2025 – BẮC NINH (xem trang tính «Hướng dẫn»)")
        #expect(columns.map(\.header) == ["unit", "name", "province", "x", "y", "total", "class", "safe", "inspected", "commended", "note"])
        #expect(columns[3].input == .score(max: Score(hundredths: 5000)))
        #expect(columns[5].input == .total(first: 3, last: 4))
        #expect(columns[6].input == .choice(["Xuất sắc", "Khá", "Trung bình", "Yếu"]))
        #expect(columns[7].input == .choice(["có", "không"]))
        #expect(frozen == 2)
        // Bắc Giang merged into Bắc Ninh after 2024: its units count for Bắc Ninh in 2025. "=" sorts before
        // letters, Đ after D.
        #expect(rows.map { $0[0] } == ["bn-3", "bg-1", "bn-1", "bn-2", "bg-2"].map { .text($0) })
        #expect(rows.allSatisfy { $0[2] == .text("Bắc Ninh") })
        let yes = CellValue.text("có"), no = CellValue.text("không")
        #expect(rows[2] == [.text("bn-1"), .text("Công ty Điện lực Bắc Ninh"), .text("Bắc Ninh"),
                            .number(Score(hundredths: 4550)), .number(Score(hundredths: 4450)), .number(Score(hundredths: 9000)),
                            .empty, yes, no, no, .empty])
    }

    @Test func existingResultsOfTheYearAreFilledIn() throws {
        let site = try #require(Fixtures.site())
        let plan = AssessmentWorkbook.plan(site, year: 2025, province: "an-giang", created: 0)
        guard case .table(_, _, let rows, _) = plan.sheets[0].content else { return }
        // ag-3 has no result in 2025: its row is empty after the province.
        #expect(rows.map { $0[0] } == ["ag-3", "ag-1", "ag-2"].map { .text($0) })
        #expect(rows[0].dropFirst(3).allSatisfy { $0 == .empty })
        #expect(rows[2][6] == .text("Xuất sắc"))
        #expect(rows[2][10] == .text("Điển hình tiên tiến"))
    }
}
