import Foundation
import ReportSiteModel
@testable import ReportSiteWorkbook
import Testing

@Suite struct UnitsWorkbookTests {
    @Test func unitsWithDropDownsAndEmptyRowsForNewOnes() throws {
        let site = try #require(Fixtures.site())
        let plan = UnitsWorkbook.plan(site, province: "bac-ninh", created: 0)
        #expect(plan.sheets.map(\.name) == ["Đơn vị", "Hướng dẫn", "Danh sách"])
        #expect(plan.sheets.map(\.hidden) == [false, false, true])
        guard case .table(_, let columns, let rows, _) = plan.sheets[0].content,
              case .table(_, _, let lists, _) = plan.sheets[2].content,
              case .text(let guide) = plan.sheets[1].content else {
            Issue.record("unexpected sheets")
            return
        }
        #expect(columns.map(\.header) == ["id", "name", "kind", "province", "district", "sector", "level", "directives", "models"])
        #expect(columns[2].input == .choice(["cơ quan", "doanh nghiệp", "cơ sở giáo dục"]))
        #expect(columns[3].input == .choiceFromRange("='Danh sách'!$A$3:$A$6"))
        #expect(columns[6].input == .choice(["province", "district"]))
        #expect(lists.map { $0[0] } == ["an-giang", "bac-giang", "bac-ninh", "ca-mau"].map { .text($0) })
        #expect(rows.count == 3 + UnitsWorkbook.newRows)
        #expect(rows[1] == [.text("bn-1"), .text("Công ty Điện lực Bắc Ninh"), .text("doanh nghiệp"), .text("bac-ninh"), .empty,
                            .empty, .empty, .text("nq-51-tw"), .text("Camera an ninh;Tự phòng, tự quản")])
        #expect(guide.contains { $0.hasPrefix("• nq-51-tw: ") })
    }
}
