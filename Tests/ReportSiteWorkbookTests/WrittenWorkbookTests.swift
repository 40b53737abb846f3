import Foundation
import ReportSiteContent
import ReportSiteModel
@testable import ReportSiteWorkbook
import Testing

/// Workbooks written by libxlsxwriter and read back by the site's own loader.
@Suite struct WrittenWorkbookTests {
    /// The assessments of `year` for `units`, as comparable lines.
    func results(_ site: Site, year: Int, units: Set<String>) -> [String] {
        site.assessments.filter { $0.year == year && units.contains($0.unit) }
            .map { "\($0.unit) \($0.scores) \($0.givenClass ?? "-") \($0.safe) \($0.inspected) \($0.commended) \($0.note ?? "-")" }
            .sorted()
    }

    @Test func anExportedYearReadsBackAsTheResultsItWasMadeFrom() throws {
        let original = try #require(Fixtures.site())
        let dir = try Fixtures.copyOfMinimal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("Content/assessments/2025")
        try FileManager.default.removeItem(at: folder.appendingPathComponent("bac-ninh.csv"))
        try XLSXFile.write(AssessmentWorkbook.plan(original, year: 2025, province: "bac-ninh", created: 0),
                           to: folder.appendingPathComponent("bac-ninh.xlsx").path)
        let loaded = Fixtures.load(dir)
        // The cached totals agree with the scores, the guide sheet is not read: nothing to report.
        #expect(loaded.diagnostics.map(\.description) == [])
        let site = try #require(loaded.site)
        let bacNinh: Set = ["bn-1", "bn-2", "bn-3", "bg-1", "bg-2"]
        #expect(results(site, year: 2025, units: bacNinh) == results(original, year: 2025, units: bacNinh))
        #expect(results(site, year: 2025, units: bacNinh).count == 5)
    }

    @Test func aBlankWorkbookAddsNoResult() throws {
        let original = try #require(Fixtures.site())
        let dir = try Fixtures.copyOfMinimal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("Content/assessments/2026")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try XLSXFile.write(AssessmentWorkbook.plan(original, year: 2026, province: nil, created: 0),
                           to: folder.appendingPathComponent("all.xlsx").path)
        let loaded = Fixtures.load(dir)
        #expect(loaded.diagnostics.map(\.description) == [])
        #expect(loaded.site?.assessments.filter { $0.year == 2026 }.count == 0)
    }

    @Test func theSamePlanGivesTheSameBytes() throws {
        let site = try #require(Fixtures.site())
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = AssessmentWorkbook.plan(site, year: 2025, province: nil, created: 1_700_000_000)
        let a = dir.appendingPathComponent("a.xlsx").path, b = dir.appendingPathComponent("b.xlsx").path
        try XLSXFile.write(plan, to: a)
        sleep(2)
        try XLSXFile.write(plan, to: b)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        // Nothing is left beside the file.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["a.xlsx", "b.xlsx"])
    }

    @Test func anExportedUnitsTableReadsBackAsTheUnitsItWasMadeFrom() throws {
        let original = try #require(Fixtures.site())
        let dir = try Fixtures.copyOfMinimal()
        defer { try? FileManager.default.removeItem(at: dir) }
        let units = dir.appendingPathComponent("Content/units")
        try FileManager.default.removeItem(at: units.appendingPathComponent("bac-ninh.csv"))
        try XLSXFile.write(UnitsWorkbook.plan(original, province: "bac-ninh", created: 0), to: units.appendingPathComponent("bac-ninh.xlsx").path)
        let loaded = Fixtures.load(dir)
        #expect(loaded.diagnostics.map(\.description) == [])
        let site = try #require(loaded.site)
        func lines(_ s: Site) -> [String] {
            s.units.filter { $0.province == "bac-ninh" }
                .map { "\($0.id)|\($0.name)|\($0.kind)|\($0.directives)|\($0.models)|\($0.level.map(\.rawValue) ?? "-")" }.sorted()
        }
        #expect(lines(site) == lines(original))
        #expect(lines(site).count == 3)
    }
}
