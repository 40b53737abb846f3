import Foundation

/// Computes rankings from a validated site (spec: How provinces are ranked).
public struct Ranker: Sendable {
    public let site: Site
    let provincesByID: [String: Province]
    /// By unit id: its index in the site's units.
    public let unitIndex: [String: Int]
    let assessmentsByYear: [Int: [Assessment]]
    /// By province id: the province's name as a collation key (ties between unranked provinces).
    let provinceNameKeys: [String: CollationKey]
    /// For each year that is ranked or compared against: the province each unit counts for (after
    /// following mergers), by unit index; computed once instead of in every ranking.
    let effectiveByYear: [Int: [String?]]
    /// For the same years: by unit index, the place of that province among the provinces existing in the
    /// year (the order of a ranking's standings), or -1.
    let slotsByYear: [Int: [Int]]
    /// By year: the unit index of each record of `assessmentsByYear`, or -1 for an unknown unit.
    let recordUnits: [Int: [Int]]
    /// Unit indexes in name order (Vietnamese collation, then id): the site's units sorted by name.
    public let unitsByName: [Int]
    /// By unit index: its place in `unitsByName`, for sorting ties on an integer.
    public let namePlaces: [Int]
    /// By unit index: its kind.
    let unitKinds: [UnitKind]

    public init(site: Site) {
        self.site = site
        var p: [String: Province] = [:]
        for province in site.provinces { p[province.id] = province }
        provincesByID = p
        var u: [String: Int] = [:]
        u.reserveCapacity(site.units.count)
        for (i, unit) in site.units.enumerated() { u[unit.id] = i }
        unitIndex = u
        assessmentsByYear = Dictionary(grouping: site.assessments, by: \.year)
        var keys: [String: CollationKey] = [:]
        for province in site.provinces { keys[province.id] = province.name.collationKey }
        provinceNameKeys = keys
        let units = site.units
        let byName = Ranker.nameOrder(units)
        unitsByName = byName
        var places = [Int](repeating: Int.max, count: units.count)
        for (place, i) in byName.enumerated() { places[i] = place }
        namePlaces = places
        unitKinds = units.map(\.kind)
        let years = Set(assessmentsByYear.keys.flatMap { [$0, $0 - 1] }).sorted()
        let byProvince = p
        let provinces = site.provinces
        // Rankings look these up for every unit and record; done once per year here instead of in each
        // of a year's rankings (all kinds, each kind, and again as the next year's previous ranking).
        let perYear = parallelMap(years) { year in Ranker.unitProvinces(units, in: year, provinces: provinces, byID: byProvince) }
        effectiveByYear = Dictionary(uniqueKeysWithValues: zip(years, perYear.map(\.0)))
        slotsByYear = Dictionary(uniqueKeysWithValues: zip(years, perYear.map(\.1)))
        let byYear = assessmentsByYear
        let indexOf = u
        let recordYears = Array(byYear.keys)
        let indexes = parallelMap(recordYears) { y in (byYear[y] ?? []).map { indexOf[$0.unit] ?? -1 } }
        recordUnits = Dictionary(uniqueKeysWithValues: zip(recordYears, indexes))
    }

    /// By unit index: the province each unit counts for in `year` (after following mergers) and that
    /// province's slot among the provinces existing in the year, or -1.
    static func unitProvinces(_ units: [SiteUnit], in year: Int, provinces: [Province],
                              byID: [String: Province]) -> (effective: [String?], slots: [Int]) {
        var slotOf: [String: Int] = [:]
        for province in provinces where province.exists(in: year) { slotOf[province.id] = slotOf.count }
        var memo: [String: (String?, Int)] = [:]
        var effective: [String?] = []
        var slots: [Int] = []
        effective.reserveCapacity(units.count)
        slots.reserveCapacity(units.count)
        for unit in units {
            let known: (String?, Int)
            if let m = memo[unit.province] { known = m } else {
                let e = Ranker.effectiveProvince(unit.province, in: year, provinces: byID)
                known = (e, e.flatMap { slotOf[$0] } ?? -1)
                memo[unit.province] = known
            }
            effective.append(known.0)
            slots.append(known.1)
        }
        return (effective, slots)
    }

    /// Unit indexes in Vietnamese name order (then id), so that rankings and lists sort on integers.
    /// The keys are sorted as bytes in one buffer (CollationKey.sortBytes, compared with memcmp): comparing
    /// the keys' arrays was most of this stage at 100,000 units (docs/performance.md).
    static func nameOrder(_ units: [SiteUnit]) -> [Int] {
        let keyBytes = parallelMap(units) { $0.name.collationKey.sortBytes }
        var arena: [UInt8] = []
        arena.reserveCapacity(keyBytes.reduce(0) { $0 + $1.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(units.count + 1)
        for k in keyBytes {
            arena += k
            starts.append(arena.count)
        }
        return arena.withUnsafeBufferPointer { buf in
            units.indices.sorted { a, b in
                let la = starts[a + 1] - starts[a], lb = starts[b + 1] - starts[b]
                let c = memcmp(buf.baseAddress! + starts[a], buf.baseAddress! + starts[b], min(la, lb))
                if c != 0 { return c < 0 }
                return la != lb ? la < lb : units[a].id < units[b].id
            }
        }
    }

    /// By unit index: the unit's assessments, by year ascending (as found, without looking ids up again).
    public func assessmentsByUnit() -> [[Assessment]] {
        var out = [[Assessment]](repeating: [], count: site.units.count)
        for year in assessmentsByYear.keys.sorted() {
            guard let records = assessmentsByYear[year], let indexes = recordUnits[year] else { continue }
            for (record, ui) in zip(records, indexes) where ui >= 0 { out[ui].append(record) }
        }
        return out
    }

    /// The province a unit of `provinceID` counts for in `year`, following `merged_into` as far as needed.
    public func effectiveProvince(_ provinceID: String, in year: Int) -> String? {
        Ranker.effectiveProvince(provinceID, in: year, provinces: provincesByID)
    }

    public static func effectiveProvince(_ provinceID: String, in year: Int, provinces: [String: Province]) -> String? {
        var current = provinceID
        var visited: Set<String> = []
        while let province = provinces[current] {
            if province.exists(in: year) { return current }
            guard let next = province.mergedInto, visited.insert(current).inserted else { return nil }
            current = next
        }
        return nil
    }

    /// The ranking of `year`, over all units or those of one kind, with rank change against year − 1.
    public func ranking(year: Int, kind: UnitKind? = nil) -> YearRanking {
        Ranker.withChange(rankingWithoutChange(year: year, kind: kind), previous: rankingWithoutChange(year: year - 1, kind: kind))
    }

    /// The rankings of every (year, kind) in `keys`, each with its rank change; a year's ranking serves
    /// both as itself and as the previous year of the next, and all are computed on every core.
    public func rankings(_ keys: [(year: Int, kind: UnitKind?)]) -> [YearRanking] {
        struct Key: Hashable { var year: Int; var kind: UnitKind? }
        var needed: [Key] = []
        var seen: Set<Key> = []
        for k in keys {
            for y in [k.year, k.year - 1] where seen.insert(Key(year: y, kind: k.kind)).inserted {
                needed.append(Key(year: y, kind: k.kind))
            }
        }
        let base = parallelMap(needed) { rankingWithoutChange(year: $0.year, kind: $0.kind) }
        let byKey = Dictionary(uniqueKeysWithValues: zip(needed, base))
        return keys.map { k in
            Ranker.withChange(byKey[Key(year: k.year, kind: k.kind)]!, previous: byKey[Key(year: k.year - 1, kind: k.kind)]!)
        }
    }

    /// `current` with each province's previous rank and rank change taken from `previous`.
    static func withChange(_ current: YearRanking, previous: YearRanking) -> YearRanking {
        var result = current
        var previousRanks: [String: Int] = [:]
        for p in previous.provinces { if let r = p.rank { previousRanks[p.id] = r } }
        for i in result.provinces.indices {
            let prev = previousRanks[result.provinces[i].id]
            result.provinces[i].previousRank = prev
            if let r = result.provinces[i].rank, let prev { result.provinces[i].rankChange = prev - r }
        }
        return result
    }
}
