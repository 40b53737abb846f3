import ReportSiteModel

/// The workbook for entering units: the existing ones filled in, empty rows for new ones, drop-downs
/// for `kind`, `province` and `level`.
public enum UnitsWorkbook {
    /// Empty rows with the drop-downs, for new units.
    static let newRows = 200
    static let listSheet = "Danh sách"

    /// The plan for the units recorded in `province` (all units when nil).
    public static func plan(_ site: Site, province: String?, created: Int64) -> WorkbookPlan {
        let units = WorkbookUnits.sorted(site.units.filter { province == nil || $0.province == province }, name: \.name, id: \.id)
        let provinceIDs = site.provinces.map(\.id).sorted()
        let columns = [
            ColumnPlan(header: "id", comment: WorkbookTexts.unitIDComment, width: 28, input: .text),
            ColumnPlan(header: "name", comment: WorkbookTexts.unitNameComment, width: 45, input: .text),
            ColumnPlan(header: "kind", comment: WorkbookTexts.kindComment, width: 16, input: .choice(WorkbookTexts.kindWords)),
            ColumnPlan(header: "province", comment: WorkbookTexts.unitProvinceComment, width: 18,
                       input: .choiceFromRange("='\(listSheet)'!$A$3:$A$\(2 + max(provinceIDs.count, 1))")),
            ColumnPlan(header: "district", comment: WorkbookTexts.districtComment, width: 18, input: .text),
            ColumnPlan(header: "sector", comment: WorkbookTexts.sectorComment, width: 16, input: .text),
            ColumnPlan(header: "level", comment: WorkbookTexts.levelComment, width: 10, input: .choice(["province", "district"])),
            ColumnPlan(header: "directives", comment: WorkbookTexts.directivesComment, width: 36, input: .text),
            ColumnPlan(header: "models", comment: WorkbookTexts.modelsComment, width: 40, input: .text),
        ]
        let empty = [CellValue](repeating: .empty, count: columns.count)
        let rows = units.map(cells) + [[CellValue]](repeating: empty, count: newRows)
        let place = province.flatMap { id in site.provinces.first { $0.id == id }?.name }
        let sheet = SheetPlan(name: WorkbookTexts.unitsSheet, content: .table(
            title: WorkbookTexts.unitsTitle(province: place), columns: columns, rows: rows, frozenColumns: 2))
        let lists = SheetPlan(name: listSheet, content: .table(
            title: "", columns: [ColumnPlan(header: "province", width: 20, input: .fixed), ColumnPlan(header: "name", width: 30, input: .fixed)],
            rows: site.provinces.sorted { $0.id < $1.id }.map { [.text($0.id), .text($0.name)] }, frozenColumns: 0), hidden: true)
        let guide = SheetPlan(name: WorkbookTexts.guideSheet, content: .text(lines: WorkbookTexts.unitsGuide(site)))
        return WorkbookPlan(sheets: [sheet, guide, lists], created: created)
    }

    static func cells(_ u: SiteUnit) -> [CellValue] {
        func text(_ s: String?) -> CellValue { s.map { $0.isEmpty ? .empty : .text($0) } ?? .empty }
        return [text(u.id), text(u.name), text(WorkbookTexts.kindWord(u.kind)), text(u.province), text(u.district),
                text(u.sector), text(u.level?.rawValue), text(u.directives.joined(separator: ";")), text(u.models.joined(separator: ";"))]
    }
}
