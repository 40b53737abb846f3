import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

@Suite struct ContentLoaderTests {
    func load(_ fixture: String) -> LoadResult {
        ContentLoader.load(ContentPaths(content: Fixtures.invalid(fixture).appendingPathComponent("Content").path,
                                        templates: Fixtures.templates))
    }

    /// One line per loaded unit result: what the rest of the pipeline gets.
    func dump(_ site: Site?) -> [String] {
        guard let site else { return ["no site"] }
        return site.assessments.map { a in
            "\(a.year) \(a.unit) \(a.scores.map(\.description).joined(separator: "+"))=\(a.total) safe=\(a.safe) inspected=\(a.inspected) note=\(a.note ?? "-")"
        }.sorted()
    }

    @Test func semicolonFileWithDecimalCommas() {
        let r = load("valid-semicolon-decimal-comma")
        #expect(r.diagnostics.isEmpty)
        #expect(dump(r.site) == [
            "2024 dien-luc-quang-tri 28+20+15.5=63.5 safe=false inspected=false note=Trạm biến áp Đông Hà, Cam Lộ",
            "2024 so-xay-dung-hue 38+27.5+26=91.5 safe=true inspected=false note=-",
            "2024 thpt-quoc-hoc-hue 30+22.25+20=72.25 safe=true inspected=true note=Đạt; đề nghị khen",
        ])
    }

    @Test func bomAndCRLFLoadLikeAnyOtherFile() throws {
        let r = load("valid-bom-crlf")
        #expect(r.diagnostics.isEmpty)
        #expect(dump(r.site) == [
            "2024 dien-luc-quang-tri 28+20+15.5=63.5 safe=false inspected=false note=Trạm biến áp Đông Hà",
            "2024 so-xay-dung-hue 38+27.5+26=91.5 safe=true inspected=false note=-",
            "2024 thpt-quoc-hoc-hue 30+22.25+20=72.25 safe=true inspected=true note=-",
        ])
        let site = try #require(r.site)
        #expect(site.settings.title == "Phong trào toàn dân bảo vệ an ninh Tổ quốc")
        let directive = try #require(site.directives.first)
        #expect(!directive.body.text.contains("\r"))
        #expect(directive.body.firstLine == 9)
        #expect(site.units.map(\.id).sorted() == ["dien-luc-quang-tri", "so-xay-dung-hue", "thpt-quoc-hoc-hue"])
    }

    @Test func aBrokenRecordIsNotReportedAgainWhereItIsUsed() {
        // The unit without a name is named by an assessment: one error, not also "unknown unit".
        #expect(load("missing-required-field-empty").diagnostics.map(\.code) == ["missing-field"])
        // The directive without an issuer is implemented by a unit: not also "unknown directive".
        #expect(load("missing-required-field").diagnostics.map(\.code) == ["missing-field"])
        // A unit file that cannot be read at all hides nothing else.
        #expect(load("yaml-syntax-error").diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(load("utf16-file").diagnostics.map(\.code) == ["bad-encoding"])
        // A result that cannot be read does not make its unit "never assessed".
        #expect(load("score-above-max").diagnostics.map(\.code) == ["bad-score"])
    }

    @Test func aColumnProblemIsReportedOnceForTheWholeTable() {
        #expect(load("csv-unknown-column").diagnostics.count == 1)
        #expect(load("csv-missing-column").diagnostics.count == 1)
    }

    @Test func referencesAreCheckedEvenWhenTheSchemeIsBroken() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-content-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        try FileManager.default.copyItem(at: Fixtures.invalid("unknown-province").appendingPathComponent("Content"), to: tmp)
        try "criteria: []\n".write(to: tmp.appendingPathComponent("scheme.yaml"), atomically: true, encoding: .utf8)
        let r = ContentLoader.load(ContentPaths(content: tmp.path, templates: Fixtures.templates))
        #expect(r.site == nil)
        #expect(r.diagnostics.map(\.code) == ["missing-field", "bad-scheme", "unknown-province"])
    }

    /// `preparing:` runs on the site as read while references are checked; its result belongs to the
    /// loaded site exactly when the load has no error.
    @Test func preparedWorkSeesTheLoadedSiteOrTheLoadHasErrors() throws {
        func load(_ fixture: String) -> (LoadResult, [String]?) {
            ContentLoader.load(ContentPaths(content: Fixtures.invalid(fixture).appendingPathComponent("Content").path,
                                            templates: Fixtures.templates),
                               preparing: { site in site.assessments.map { "\($0.year) \($0.unit)" } })
        }
        // Clean: prepared from the very site returned.
        let (clean, cleanPrepared) = load("valid-bom-crlf")
        #expect(clean.diagnostics.isEmpty)
        let site = try #require(clean.site)
        #expect(cleanPrepared == site.assessments.map { "\($0.year) \($0.unit)" })
        #expect(cleanPrepared?.count == 3)
        // A reference error: prepared (from the site before the check dropped the result), and the load has errors.
        let (unknown, unknownPrepared) = load("unknown-unit")
        #expect(unknown.diagnostics.map(\.code) == ["unknown-unit", "never-assessed"])
        #expect(unknownPrepared != nil)
        #expect(unknownPrepared != unknown.site?.assessments.map { "\($0.year) \($0.unit)" })
        // An error in a file: nothing prepared.
        let (broken, brokenPrepared) = load("yaml-syntax-error")
        #expect(broken.diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(brokenPrepared == nil)
    }

    /// Where files sit decides what they are: assessments in assessments/YEAR.csv or assessments/YEAR/NAME.csv,
    /// static files keep their path below static/.
    @Test func filesAreSortedByWhereTheySit() throws {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("reportsite-places-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: tmp) }
        try fm.copyItem(at: Fixtures.invalid("valid-bom-crlf").appendingPathComponent("Content"), to: tmp)
        func write(_ rel: String, _ text: String) throws {
            let url = tmp.appendingPathComponent(rel)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let header = try String(contentsOf: tmp.appendingPathComponent("assessments/2024.csv"), encoding: .utf8)
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" }).first.map(String.init) ?? ""
        try write("assessments/2023/hue.csv", header + "\n")
        try write("assessments/20x4/hue.csv", header + "\n")
        try write("assessments/2023/deep/hue.csv", header + "\n")
        try write("assessments/tong-hop.csv", header + "\n")
        try write("static/img/logo.svg", "<svg/>")
        try write("notes.txt", "x")
        let r = ContentLoader.load(ContentPaths(content: tmp.path, templates: Fixtures.templates))
        #expect(r.diagnostics.map { "\($0.location.file.dropFirst(tmp.path.count + 1)) \($0.code) \($0.message(in: .en))" } == [
            "assessments/20x4/hue.csv bad-year-name the folder \"20x4\" must be a year, such as assessments/2024/",
            "assessments/2023/deep/hue.csv misplaced-file assessment files go in assessments/YEAR.csv or assessments/YEAR/NAME.csv, not deeper",
            "assessments/tong-hop.csv bad-year-name an assessment file must be named after its year, such as assessments/2024.csv",
            "notes.txt ignored-file this file is not part of the content format and is ignored",
        ].sorted())
        #expect(r.site?.staticFiles.map(\.relativePath) == ["img/logo.svg"])
    }

    @Test func aMissingContentFolder() {
        let r = ContentLoader.load(ContentPaths(content: "/nonexistent/Content/", templates: Fixtures.templates))
        #expect(r.diagnostics.map(\.description) == [
            "/nonexistent/Content:1:1: error: the content folder does not exist; run \"reportsite init\" to start a new site, or pass --content"])
    }
}
