import ReportSiteModel

/// The workbook for entering one year's results: one locked row per unit, a column per criterion.
public enum AssessmentWorkbook {
    /// The unit, name and province columns come first; the criteria follow.
    static let leadingColumns = 3

    /// The plan for `year`, for the units that count for `province` that year (all units when nil).
    public static func plan(_ site: Site, year: Int, province: String?, created: Int64) -> WorkbookPlan {
        let scheme = site.scheme
        let provinces = Dictionary(site.provinces.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let results = Dictionary(site.assessments.filter { $0.year == year }.map { ($0.unit, $0) }, uniquingKeysWith: { a, _ in a })
        let units = WorkbookUnits.counting(site.units, for: province, in: year, provinces: provinces)
        let rows = units.map { entry -> [CellValue] in
            let filled: [CellValue] = [.text(entry.unit.id), .text(entry.unit.name), .text(provinces[entry.province]?.name ?? entry.province)]
            return filled + resultCells(results[entry.unit.id], scheme: scheme)
        }
        let place = province.flatMap { provinces[$0]?.name }
        let sheet = SheetPlan(name: WorkbookTexts.resultsSheet(year), content: .table(
            title: WorkbookTexts.resultsTitle(year: year, province: place), columns: columns(scheme),
            rows: rows, frozenColumns: 2))
        let guide = SheetPlan(name: WorkbookTexts.guideSheet, content: .text(lines: WorkbookTexts.resultsGuide(year: year, scheme: scheme)))
        return WorkbookPlan(sheets: [sheet, guide], created: created)
    }

    /// The header and input of every column, in the order of the rows' cells.
    static func columns(_ scheme: Scheme) -> [ColumnPlan] {
        var out = [
            ColumnPlan(header: "unit", comment: WorkbookTexts.unitComment, width: 28, input: .fixed),
            ColumnPlan(header: "name", comment: WorkbookTexts.nameComment, width: 45, input: .fixed),
            ColumnPlan(header: "province", comment: WorkbookTexts.provinceComment, width: 16, input: .fixed),
        ]
        for c in scheme.criteria {
            out.append(ColumnPlan(header: c.id, comment: WorkbookTexts.criterionComment(c), width: max(12, Double(c.id.count) + 2),
                                  input: .score(max: c.max), prompt: WorkbookTexts.scorePrompt(c)))
        }
        let classNames = scheme.classes.map(\.name)
        out += [
            ColumnPlan(header: "total", comment: WorkbookTexts.totalComment(scheme.maxTotal), width: 9,
                       input: .total(first: leadingColumns, last: leadingColumns + scheme.criteria.count - 1)),
            ColumnPlan(header: "class", comment: WorkbookTexts.classComment, width: 14, input: .choice(classNames),
                       prompt: WorkbookTexts.classPrompt(classNames)),
        ]
        for (field, comment) in WorkbookTexts.yesNoColumns {
            out.append(ColumnPlan(header: field, comment: comment, width: 12, input: .choice(WorkbookTexts.yesNo),
                                  prompt: WorkbookTexts.yesNoPrompt))
        }
        out.append(ColumnPlan(header: "note", comment: WorkbookTexts.noteComment, width: 40, input: .text))
        return out
    }

    /// The cells after the province for a unit's existing result, or empty ones.
    static func resultCells(_ a: Assessment?, scheme: Scheme) -> [CellValue] {
        guard let a else {
            return [CellValue](repeating: .empty, count: scheme.criteria.count + 6)
        }
        let className = a.givenClass.flatMap { scheme.scoreClass(id: $0)?.name }
        let yesNo = { (b: Bool) in CellValue.text(b ? WorkbookTexts.yesNo[0] : WorkbookTexts.yesNo[1]) }
        return a.scores.map { .number($0) } + [
            .number(a.total), className.map { .text($0) } ?? .empty,
            yesNo(a.safe), yesNo(a.inspected), yesNo(a.commended), a.note.map { .text($0) } ?? .empty,
        ]
    }
}
