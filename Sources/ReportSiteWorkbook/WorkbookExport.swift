import Foundation
import ReportSiteContent
import ReportSiteModel

/// `reportsite workbook`: loads the site and writes the workbook for one year's results or for the units.
public enum WorkbookExport {
    public enum Subject: Sendable, Equatable {
        case results(year: Int)
        case units
    }

    public enum Failure: Error, Equatable {
        /// `--province` names no province of provinces.csv; with the closest id when one is near.
        case unknownProvince(String, suggestion: String?)
        /// `--province` names a province that does not exist in the year; with the one its units count for.
        case provinceNotInYear(String, year: Int, successor: String?)
    }

    /// Loads the site and writes the workbook to `output`; returns the warnings loading found. Throws
    /// `Loaded` with the diagnostics when the site has errors (the workbook would not list what it holds).
    public static func run(_ subject: Subject, content: String, templates: String, province: String?, output: String,
                           created: Int64) throws -> [Diagnostic] {
        let loaded = ContentLoader.load(ContentPaths(content: content, templates: templates))
        guard let site = loaded.site, !loaded.diagnostics.hasErrors else {
            throw Loaded(diagnostics: loaded.diagnostics)
        }
        if let province, !site.provinces.contains(where: { $0.id == province }) {
            throw Failure.unknownProvince(province, suggestion: Suggestion.closest(to: province, in: site.provinces.map(\.id)))
        }
        let plan: WorkbookPlan
        switch subject {
        case .results(let year):
            if let id = province, let p = site.provinces.first(where: { $0.id == id }), !p.exists(in: year) {
                let provinces = Dictionary(site.provinces.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                throw Failure.provinceNotInYear(id, year: year, successor: Ranker.effectiveProvince(id, in: year, provinces: provinces))
            }
            plan = AssessmentWorkbook.plan(site, year: year, province: province, created: created)
        case .units: plan = UnitsWorkbook.plan(site, province: province, created: created)
        }
        try XLSXFile.write(plan, to: output)
        return loaded.diagnostics
    }

    /// The site's errors, which stop the export.
    public struct Loaded: Error {
        public var diagnostics: [Diagnostic]
    }

    /// `ket-qua-2025.xlsx`, `ket-qua-2025-hue.xlsx`, `don-vi.xlsx`, `don-vi-hue.xlsx`.
    public static func defaultOutput(_ subject: Subject, province: String?) -> String {
        let stem: String
        switch subject {
        case .results(let year): stem = "ket-qua-\(year)"
        case .units: stem = "don-vi"
        }
        return stem + (province.map { "-\($0)" } ?? "") + ".xlsx"
    }
}
