import ReportSiteModel

/// Checks references between files: ids unique, every referenced id known (spec: content-format.md).
/// It removes or changes a record only together with an error, so a check without errors leaves the
/// records as they were (the loader relies on this to keep a site it prepared early).
struct CrossCheck {
    /// What could not be read; references to it are not reported again.
    let gaps: Gaps
    var diagnostics: [Diagnostic] = []
    /// Province ids in file order, for suggestions, and as a set for existence checks: a lookup in a
    /// dictionary of whole provinces or directives copies one (body included) just to compare it with nil.
    var provinceIDs: [String] = []
    var knownProvinces: Set<String> = []
    var directiveIDs: [String] = []
    var knownDirectives: Set<String> = []
    /// Unit ids to a dense number (0, 1, …): later checks key on it instead of hashing ids again.
    var unitByID: [String: Int] = [:]
    /// By unit number: its province.
    var provinceOf: [String] = []

    /// - Parameters:
    ///   - scheme: nil when scheme.yaml could not be read; then there are no assessments to check.
    ///   - gaps: what could not be read; references to it are not reported again.
    static func run(scheme: Scheme?, _ content: inout LoadedContent, gaps: Gaps = Gaps()) -> [Diagnostic] {
        var check = CrossCheck(gaps: gaps)
        check.provinces(&content.provinces)
        check.directives(&content.directives)
        check.units(&content.units, directives: content.directives)
        check.assessments(&content.assessments, units: content.units, scheme: scheme, provinces: content.provinces)
        check.documents(content.reports)
        check.documents(content.pages)
        return check.diagnostics
    }

    /// Reports and pages: unique ids within their section.
    mutating func documents(_ section: [Document]) {
        var ids: [String: SourceLocation] = [:]
        for doc in section {
            if let first = ids[doc.id] {
                diagnostics.append(.error("duplicate-id", at: doc.location, Message(doc.section == .reports ? "duplicate-id.report" : "duplicate-id.page",
                                                                                    ["id": .text(doc.id), "first": .text(first.file)])))
            }
            ids[doc.id] = doc.location
        }
    }

    func unknownProvince(_ id: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown-province", at: location, Message("unknown-province", ["id": .text(id), "hint": Suggestion.hint(for: id, in: provinceIDs)]))
    }

    func unknownDirective(_ id: String, at location: SourceLocation) -> Diagnostic {
        .error("unknown-directive", at: location, Message("unknown-directive", ["id": .text(id), "hint": Suggestion.hint(for: id, in: directiveIDs)]))
    }
}
