import Foundation

/// One province's figures and rank in one year.
public struct ProvinceStanding: Sendable, Hashable {
    public var id: String
    public var name: String
    /// nil when the province has no assessed unit (unranked).
    public var rank: Int?
    /// Units that count for this province in the year (assessed or not).
    public var units: Int
    public var assessed: Int
    public var totalSum: Score
    public var meanScore: Fraction?
    public var shareExcellent: Fraction?
    public var shareSafe: Fraction?
    /// Count per class id, in scheme order.
    public var classes: [(id: String, count: Int)]
    public var safe: Int
    public var inspected: Int
    public var commended: Int
    /// Previous rank minus this rank (positive: moved up); nil without both ranks.
    public var rankChange: Int?
    public var previousRank: Int?

    public static func == (a: ProvinceStanding, b: ProvinceStanding) -> Bool {
        a.id == b.id && a.rank == b.rank && a.assessed == b.assessed && a.totalSum == b.totalSum
            && a.classes.map(\.id) == b.classes.map(\.id) && a.classes.map(\.count) == b.classes.map(\.count)
            && a.safe == b.safe && a.rankChange == b.rankChange && a.units == b.units
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(rank)
    }
}

/// One unit's result and ranks in one year.
public struct UnitStanding: Sendable, Hashable {
    public var id: String
    public var name: String
    public var kind: UnitKind
    /// The province the unit counts for in the year (after following mergers); nil if none exists.
    public var province: String?
    /// The province written in the unit's file.
    public var homeProvince: String
    public var total: Score
    public var scores: [Score]
    public var classId: String
    public var computedClass: String
    public var safe: Bool
    public var inspected: Bool
    public var commended: Bool
    public var rankInProvince: Int?
    public var rankNational: Int
    /// The unit's place in Vietnamese name order (then id), for sorting ties without copying.
    var namePlace = Int.max
    /// The unit's index in the site's units (`Ranker.unitIndex`).
    public internal(set) var unitIndex = -1
}

/// The province and unit rankings of one year.
public struct YearRanking: Sendable {
    public var year: Int
    public var kind: UnitKind?
    /// Ranked provinces by rank, then unranked; Vietnamese order inside a rank.
    public var provinces: [ProvinceStanding]
    /// Assessed units by national rank; Vietnamese order inside a rank.
    public var units: [UnitStanding]

    public func province(_ id: String) -> ProvinceStanding? { provinces.first { $0.id == id } }
}

/// Computes rankings from a validated site (spec: How provinces are ranked).
public struct Ranker: Sendable {
    public let site: Site
    let provincesByID: [String: Province]
    /// By unit id: its index in the site's units.
    public let unitIndex: [String: Int]
    let assessmentsByYear: [Int: [Assessment]]
    let nameKeys: [String: CollationKey]
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
        for province in site.provinces { keys["p:" + province.id] = province.name.collationKey }
        nameKeys = keys
        let units = site.units
        // Every unit's place in Vietnamese name order (then id), so that rankings and lists sort on integers.
        // The keys are sorted as bytes in one buffer (CollationKey.sortBytes): comparing the keys' arrays
        // was most of this stage at 100,000 units.
        let keyBytes = parallelMap(units) { $0.name.collationKey.sortBytes }
        var arena: [UInt8] = []
        arena.reserveCapacity(keyBytes.reduce(0) { $0 + $1.count })
        var starts: [Int] = [0]
        starts.reserveCapacity(units.count + 1)
        for k in keyBytes {
            arena += k
            starts.append(arena.count)
        }
        let byName = arena.withUnsafeBufferPointer { buf in
            units.indices.sorted { a, b in
                let la = starts[a + 1] - starts[a], lb = starts[b + 1] - starts[b]
                let c = memcmp(buf.baseAddress! + starts[a], buf.baseAddress! + starts[b], min(la, lb))
                if c != 0 { return c < 0 }
                return la != lb ? la < lb : units[a].id < units[b].id
            }
        }
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
        let perYear = parallelMap(years) { year -> ([String?], [Int]) in
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
                    let e = Ranker.effectiveProvince(unit.province, in: year, provinces: byProvince)
                    known = (e, e.flatMap { slotOf[$0] } ?? -1)
                    memo[unit.province] = known
                }
                effective.append(known.0)
                slots.append(known.1)
            }
            return (effective, slots)
        }
        effectiveByYear = Dictionary(uniqueKeysWithValues: zip(years, perYear.map(\.0)))
        slotsByYear = Dictionary(uniqueKeysWithValues: zip(years, perYear.map(\.1)))
        let byYear = assessmentsByYear
        let indexOf = u
        let recordYears = Array(byYear.keys)
        let indexes = parallelMap(recordYears) { y in (byYear[y] ?? []).map { indexOf[$0.unit] ?? -1 } }
        recordUnits = Dictionary(uniqueKeysWithValues: zip(recordYears, indexes))
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

    func rankingWithoutChange(year: Int, kind: UnitKind?) -> YearRanking {
        let scheme = site.scheme
        let firstClass = scheme.classes.first?.id
        var classIndex: [String: Int] = [:]
        for (i, c) in scheme.classes.enumerated() where classIndex[c.id] == nil { classIndex[c.id] = i }
        // Standings live in an array, found through `slot`, so they are updated in place.
        var standings: [ProvinceStanding] = []
        var slot: [String: Int] = [:]
        for province in site.provinces where province.exists(in: year) {
            slot[province.id] = standings.count
            standings.append(ProvinceStanding(
                id: province.id, name: province.name, rank: nil, units: 0, assessed: 0, totalSum: .zero,
                meanScore: nil, shareExcellent: nil, shareSafe: nil,
                classes: scheme.classes.map { ($0.id, 0) }, safe: 0, inspected: 0, commended: 0,
                rankChange: nil, previousRank: nil))
        }
        let effective = effectiveByYear[year] ?? site.units.map { effectiveProvince($0.province, in: year) }
        let slots = slotsByYear[year] ?? effective.map { p in p.flatMap { slot[$0] } ?? -1 }
        for i in slots.indices where slots[i] >= 0 && (kind == nil || unitKinds[i] == kind) {
            standings[slots[i]].units += 1
        }
        var excellent = [Int](repeating: 0, count: standings.count)
        let records = assessmentsByYear[year] ?? []
        let recordUnit = recordUnits[year] ?? records.map { unitIndex[$0.unit] ?? -1 }
        // The units' order is found on small entries; each standing is then made once, in order.
        var order: [RankingEntry] = []
        order.reserveCapacity(records.count)
        for (r, record) in records.enumerated() {
            let ui = recordUnit[r]
            guard ui >= 0, kind == nil || unitKinds[ui] == kind else { continue }
            let total = record.total
            let cls = record.givenClass ?? scheme.classFor(total: total)
            order.append(RankingEntry(total: total.hundredths, place: namePlaces[ui], record: r))
            let k = slots[ui]
            guard k >= 0 else { continue }
            standings[k].assessed += 1
            standings[k].totalSum = standings[k].totalSum + total
            if let c = classIndex[cls] { standings[k].classes[c].count += 1 }
            if record.safe { standings[k].safe += 1 }
            if record.inspected { standings[k].inspected += 1 }
            if record.commended { standings[k].commended += 1 }
            if cls == firstClass { excellent[k] += 1 }
        }
        for k in standings.indices where standings[k].assessed > 0 {
            let n = Int64(standings[k].assessed)
            standings[k].meanScore = Fraction(standings[k].totalSum.hundredths, n * 100)
            standings[k].shareExcellent = Fraction(Int64(excellent[k]), n)
            standings[k].shareSafe = Fraction(Int64(standings[k].safe), n)
        }
        let keys = scheme.rankingKeys
        func keyValues(_ s: ProvinceStanding) -> [Fraction] {
            keys.map { key in
                switch key {
                case .meanScore: return s.meanScore ?? Fraction(0, 1)
                case .shareExcellent: return s.shareExcellent ?? Fraction(0, 1)
                case .shareSafe: return s.shareSafe ?? Fraction(0, 1)
                }
            }
        }
        // true when a is strictly ahead of b on the keys, compared in order.
        func ahead(_ a: [Fraction], _ b: [Fraction]) -> Bool {
            for (x, y) in zip(a, b) where x != y { return x > y }
            return false
        }
        let ranked = standings.filter { $0.assessed > 0 }
        let rankedKeys = ranked.map(keyValues)
        // Sorting by keys makes rank = 1 + index of the first of a run of equal keys.
        let sortedIdx = rankedKeys.indices.sorted { ahead(rankedKeys[$0], rankedKeys[$1]) }
        var rankOf: [String: Int] = [:]
        for (pos, i) in sortedIdx.enumerated() {
            if pos > 0, rankedKeys[sortedIdx[pos - 1]] == rankedKeys[i] {
                rankOf[ranked[i].id] = rankOf[ranked[sortedIdx[pos - 1]].id]
            } else {
                rankOf[ranked[i].id] = pos + 1
            }
        }
        var provinces = standings
        for i in provinces.indices { provinces[i].rank = rankOf[provinces[i].id] }
        provinces.sort { a, b in
            switch (a.rank, b.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let ka = nameKeys["p:" + a.id] ?? a.name.collationKey
                let kb = nameKeys["p:" + b.id] ?? b.name.collationKey
                if ka != kb { return ka < kb }
                return a.id < b.id
            }
        }
        // spec: units are ranked by total score (higher first), ties share a rank, nationally and per
        // province. Ties on the total are listed in name order (precomputed: an integer), then by id.
        order.sort { a, b in
            if a.total != b.total { return a.total > b.total }
            if a.place != b.place { return a.place < b.place }
            return site.units[recordUnit[a.record]].id < site.units[recordUnit[b.record]].id
        }
        // Ranks as the standings are made: ties on the total share a rank, nationally and in the province
        // (found by its slot: a unit counts for a province exactly when it has a slot in the year).
        var units: [UnitStanding] = []
        units.reserveCapacity(order.count)
        var inProvince = [(count: Int, lastTotal: Int64, lastRank: Int)](repeating: (0, -1, 0), count: standings.count)
        var lastRank = 0
        for (position, e) in order.enumerated() {
            let record = records[e.record]
            let ui = recordUnit[e.record]
            let unit = site.units[ui]
            let computed = scheme.classFor(total: record.total)
            let national = position > 0 && order[position - 1].total == e.total ? lastRank : position + 1
            lastRank = national
            var provinceRank: Int?
            let k = slots[ui]
            if k >= 0 {
                inProvince[k].count += 1
                if inProvince[k].lastTotal != e.total {
                    inProvince[k].lastRank = inProvince[k].count
                    inProvince[k].lastTotal = e.total
                }
                provinceRank = inProvince[k].lastRank
            }
            units.append(UnitStanding(
                id: unit.id, name: unit.name, kind: unit.kind, province: effective[ui], homeProvince: unit.province,
                total: record.total, scores: record.scores, classId: record.givenClass ?? computed, computedClass: computed,
                safe: record.safe, inspected: record.inspected, commended: record.commended, rankInProvince: provinceRank,
                rankNational: national, namePlace: e.place, unitIndex: ui))
        }
        return YearRanking(year: year, kind: kind, provinces: provinces, units: units)
    }

    /// A record to rank: its total, its unit's place in name order, and its index among the year's records.
    struct RankingEntry {
        var total: Int64
        var place: Int
        var record: Int
    }
}
