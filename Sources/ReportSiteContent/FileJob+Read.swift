import ReportSiteModel

extension FileJob {
    /// A directive, a unit's or a document's Markdown file: its front matter as one record, and its body.
    func readMarkdown(into o: inout Outcome) {
        guard let file = TextFile.read(path: entry.path, displayPath: display, diagnostics: &o.diagnostics),
              let split = FrontMatterSplit.split(file, diagnostics: &o.diagnostics),
              var record = frontMatter(split, diagnostics: &o.diagnostics) else { return broken(nil, into: &o) }
        let fileLoc = SourceLocation(file: display, line: 1, column: 1)
        let body = MarkdownSource(text: split.body, file: display, firstLine: split.bodyFirstLine)
        record.location = fileLoc
        switch kind {
        case .directive:
            guard let d = RecordReaders.directive(record, defaultID: stem, fileLocation: SourceLocation(file: display), body: body, diagnostics: &o.diagnostics) else { return broken(record, into: &o) }
            o.directives.append(d)
        case .unitMarkdown:
            guard let u = RecordReaders.unit(record, defaultID: stem, fileLocation: SourceLocation(file: display), body: body, diagnostics: &o.diagnostics) else { return broken(record, into: &o) }
            o.units.append(u)
        case .document(let section):
            if let d = RecordReaders.document(record, section: section, defaultID: stem, fileLocation: SourceLocation(file: display), body: body, diagnostics: &o.diagnostics) { o.documents.append(d) }
        default: break
        }
    }

    /// The front matter as a record (empty when there is none, except for a directive); nil after an error.
    func frontMatter(_ split: FrontMatterSplit, diagnostics: inout [Diagnostic]) -> RawRecord? {
        let empty = RawRecord(fields: [], location: SourceLocation(file: display, line: 1, column: 1), origin: .yaml)
        guard let yaml = split.yaml else {
            guard case .directive = kind else { return empty }
            diagnostics.append(.error("missing-front-matter", at: SourceLocation(file: display, line: 1, column: 1), Message("missing-front-matter")))
            return nil
        }
        guard let item = YAMLReader.parse(yaml, file: display, firstLine: split.yamlFirstLine, diagnostics: &diagnostics) else { return nil }
        switch item.value {
        case .mapping(let rec): return rec
        case .null: return empty
        default:
            diagnostics.append(.error("yaml-structure", at: item.location, Message("yaml-structure.front-matter")))
            return nil
        }
    }

    /// A Markdown file that could not be read: the id its name (or its record) gives is remembered as broken.
    func broken(_ record: RawRecord?, into o: inout Outcome) {
        let names = Gaps.names(record, fileStem: stem)
        if case .directive = kind { o.gaps.brokenDirectives.formUnion(names) }
        if case .unitMarkdown = kind {
            o.gaps.brokenUnits.formUnion(names)
            if let record { o.gaps.keepReferences(ofUnit: record) }
        }
    }

    func readUnitTable(into o: inout Outcome) {
        let (records, complete) = ContentLoader.tableRecords(entry.url, display: display, diagnostics: &o.diagnostics)
        if !complete { o.gaps.unitsIncomplete = true }
        for rec in records {
            if let u = RecordReaders.unit(rec, defaultID: nil, fileLocation: SourceLocation(file: display), body: nil, diagnostics: &o.diagnostics) { o.units.append(u) } else {
                let names = Gaps.names(rec)
                if names.isEmpty { o.gaps.unitsIncomplete = true }
                o.gaps.brokenUnits.formUnion(names)
                o.gaps.keepReferences(ofUnit: rec)
            }
        }
    }

    func readAssessments(year: Int, scheme: Scheme, into o: inout Outcome) {
        let (records, complete) = ContentLoader.tableRecords(entry.url, display: display, diagnostics: &o.diagnostics)
        if !complete { o.gaps.assessmentsIncomplete = true }
        let fields = RecordReaders.AssessmentFields(scheme)
        o.assessments.reserveCapacity(records.count)
        for rec in records where !RecordReaders.notAssessed(rec, fields: fields) {
            if let a = RecordReaders.assessment(rec, fileYear: year, yearSource: yearSource, scheme: scheme, fields: fields, diagnostics: &o.diagnostics) { o.assessments.append(a) } else {
                let names = Gaps.names(rec, field: "unit")
                if names.isEmpty { o.gaps.assessmentsIncomplete = true }
                o.gaps.assessedUnits.formUnion(names)
                o.gaps.keepReferences(ofAssessment: rec)
            }
        }
    }
}
