import ReportSiteModel

/// One content file to parse, independent of the others.
struct FileJob: Sendable {
    enum Kind: Sendable {
        case directive
        case unitMarkdown
        case unitTable
        case assessments(Int)
        case document(Document.Section)
    }

    var kind: Kind
    var entry: FileListing.Entry
    var display: String
    var stem: String

    struct Outcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var directives: [LoadedDirective] = []
        var units: [LoadedUnit] = []
        var assessments: [LoadedAssessment] = []
        var documents: [Document] = []
        var gaps = Gaps()
    }

    func run(scheme: Scheme?) -> Outcome {
        var o = Outcome()
        switch kind {
        case .directive, .unitMarkdown, .document: readMarkdown(into: &o)
        case .unitTable: readUnitTable(into: &o)
        case .assessments(let year): if let scheme { readAssessments(year: year, scheme: scheme, into: &o) }
        }
        return o
    }

    /// The kind of file, for timings.
    var kindName: String {
        switch kind {
        case .directive: return "directive files"
        case .unitMarkdown: return "unit files"
        case .unitTable: return "unit tables"
        case .assessments: return "assessment files"
        case .document: return "documents"
        }
    }

    /// What gives an assessment file its year, for messages.
    var yearSource: RecordReaders.YearSource {
        entry.relative.split(separator: "/").count > 2 ? .folderName : .fileName
    }
}
