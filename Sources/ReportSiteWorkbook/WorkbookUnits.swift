import ReportSiteModel

/// Which units a workbook lists, and in which order.
enum WorkbookUnits {
    struct Entry {
        var unit: SiteUnit
        /// The province the unit counts for in the workbook's year (spec: Which province a unit counts for).
        var province: String
    }

    /// The units whose province exists in `year` (following `merged_into`), those counting for `province`
    /// when one is given, in Vietnamese alphabetical order of their names (then by id).
    static func counting(_ units: [SiteUnit], for province: String?, in year: Int, provinces: [String: Province]) -> [Entry] {
        let entries = units.compactMap { u -> Entry? in
            guard let p = Ranker.effectiveProvince(u.province, in: year, provinces: provinces),
                  province == nil || p == province else { return nil }
            return Entry(unit: u, province: p)
        }
        return sorted(entries, name: \.unit.name, id: \.unit.id)
    }

    /// `items` in Vietnamese alphabetical order of `name`, then by `id`.
    static func sorted<T>(_ items: [T], name: (T) -> String, id: (T) -> String) -> [T] {
        items.map { (CollationKey(name($0)), id($0), $0) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map(\.2)
    }
}
