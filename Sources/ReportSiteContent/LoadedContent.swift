import ReportSiteModel

/// The records of every content file read so far, with the locations the reference check needs.
struct LoadedContent: Sendable {
    var provinces: [LoadedProvince] = []
    var directives: [LoadedDirective] = []
    var units: [LoadedUnit] = []
    var assessments: [LoadedAssessment] = []
    var reports: [Document] = []
    var pages: [Document] = []

    /// How many records of each kind: the reference check changes none without an error.
    var counts: [Int] { [provinces.count, directives.count, units.count, assessments.count, reports.count, pages.count] }

    /// Adds the files' outcomes in their order, their problems to `diagnostics` and what they could not read to `gaps`.
    mutating func merge(_ outcomes: [FileJob.Outcome], diagnostics: inout [Diagnostic], gaps: inout Gaps) {
        units.reserveCapacity(outcomes.reduce(0) { $0 + $1.units.count })
        assessments.reserveCapacity(outcomes.reduce(0) { $0 + $1.assessments.count })
        for o in outcomes {
            diagnostics += o.diagnostics
            gaps.merge(o.gaps)
            directives += o.directives
            units += o.units
            assessments += o.assessments
            for d in o.documents { if d.section == .reports { reports.append(d) } else { pages.append(d) } }
        }
    }

    func site(_ settings: SiteSettings, _ scheme: Scheme, staticFiles: [StaticFile]) -> Site {
        Site(settings: settings, scheme: scheme, provinces: provinces.map(\.province),
             directives: directives.map(\.directive), units: units.map(\.unit),
             assessments: assessments.map(\.assessment), reports: reports, pages: pages,
             staticFiles: staticFiles)
    }
}

/// A unit with the locations of its references, for cross-checks.
struct LoadedUnit: Sendable {
    var unit: SiteUnit
    var idLocation: SourceLocation
    var provinceLocation: SourceLocation
    var directiveLocations: [SourceLocation]
    /// The models read from a table's cell (CSV or a sheet), where a `;` list of directives can spill
    /// into the next column; empty for YAML and Markdown, where it cannot.
    var tableModels: [Located<String>] = []
}

struct LoadedAssessment: Sendable {
    var assessment: Assessment
    var unitLocation: SourceLocation
    var classLocation: SourceLocation?
}

struct LoadedDirective: Sendable {
    var directive: Directive
    var scopeLocation: SourceLocation?
    var replacesLocations: [SourceLocation]
}

struct LoadedProvince: Sendable {
    var province: Province
    var mergedIntoLocation: SourceLocation?
}
