import Foundation

/// One year's ranking (spec: How provinces are ranked): the provinces' standings are counted from the
/// year's records, ranked on the scheme's keys, and the units ranked by total.
extension Ranker {
    /// A record to rank: its total, its unit's place in name order, and its index among the year's records.
    struct RankingEntry {
        var total: Int64
        var place: Int
        var record: Int
    }

    /// Where a year's figures come from: its records, and by unit index the province each unit counts for
    /// and that province's slot among the year's standings (-1: none).
    struct YearSources {
        var year: Int
        var kind: UnitKind?
        var records: [Assessment]
        /// By record: its unit's index, or -1 for an unknown unit.
        var recordUnit: [Int]
        var effective: [String?]
        var slots: [Int]
    }

    func rankingWithoutChange(year: Int, kind: UnitKind?) -> YearRanking {
        var (standings, slot) = emptyStandings(year: year)
        let effective = effectiveByYear[year] ?? site.units.map { effectiveProvince($0.province, in: year) }
        let records = assessmentsByYear[year] ?? []
        let sources = YearSources(
            year: year, kind: kind, records: records,
            recordUnit: recordUnits[year] ?? records.map { unitIndex[$0.unit] ?? -1 }, effective: effective,
            slots: slotsByYear[year] ?? effective.map { p in p.flatMap { slot[$0] } ?? -1 })
        for i in sources.slots.indices where sources.slots[i] >= 0 && (kind == nil || unitKinds[i] == kind) {
            standings[sources.slots[i]].units += 1
        }
        var order = tally(sources, into: &standings)
        // spec: units are ranked by total score (higher first), ties share a rank, nationally and per
        // province. Ties on the total are listed in name order (precomputed: an integer), then by id.
        order.sort { a, b in
            if a.total != b.total { return a.total > b.total }
            if a.place != b.place { return a.place < b.place }
            return site.units[sources.recordUnit[a.record]].id < site.units[sources.recordUnit[b.record]].id
        }
        let units = unitStandings(order, sources, provinceCount: standings.count)
        return YearRanking(year: year, kind: kind, provinces: ranked(standings), units: units)
    }

    /// A standing with nothing counted for each province existing in `year`, and by province id its slot.
    func emptyStandings(year: Int) -> (standings: [ProvinceStanding], slot: [String: Int]) {
        // Standings live in an array, found through their slot, so they are updated in place.
        var standings: [ProvinceStanding] = []
        var slot: [String: Int] = [:]
        for province in site.provinces where province.exists(in: year) {
            slot[province.id] = standings.count
            standings.append(ProvinceStanding(
                id: province.id, name: province.name, rank: nil, units: 0, assessed: 0, totalSum: .zero,
                meanScore: nil, shareExcellent: nil, shareSafe: nil,
                classes: site.scheme.classes.map { ($0.id, 0) }, safe: 0, inspected: 0, commended: 0,
                rankChange: nil, previousRank: nil))
        }
        return (standings, slot)
    }

    /// Counts the year's records of the kind into their province's standing and works out its mean and
    /// shares; returns an entry per record to rank (of a known unit of the kind).
    func tally(_ sources: YearSources, into standings: inout [ProvinceStanding]) -> [RankingEntry] {
        let scheme = site.scheme
        let firstClass = scheme.classes.first?.id
        var classIndex: [String: Int] = [:]
        for (i, c) in scheme.classes.enumerated() where classIndex[c.id] == nil { classIndex[c.id] = i }
        var excellent = [Int](repeating: 0, count: standings.count)
        // The units' order is found on small entries; each standing is then made once, in order.
        var order: [RankingEntry] = []
        order.reserveCapacity(sources.records.count)
        for (r, record) in sources.records.enumerated() {
            let ui = sources.recordUnit[r]
            guard ui >= 0, sources.kind == nil || unitKinds[ui] == sources.kind else { continue }
            let total = record.total
            let cls = record.givenClass ?? scheme.classFor(total: total)
            order.append(RankingEntry(total: total.hundredths, place: namePlaces[ui], record: r))
            let k = sources.slots[ui]
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
        return order
    }

    /// The standings with their ranks on the scheme's keys (equal keys share a rank), ranked first by rank,
    /// then unranked; Vietnamese name order, then id, inside a rank.
    func ranked(_ standings: [ProvinceStanding]) -> [ProvinceStanding] {
        let keys = site.scheme.rankingKeys
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
        let assessed = standings.filter { $0.assessed > 0 }
        let assessedKeys = assessed.map(keyValues)
        // Sorting by keys makes rank = 1 + index of the first of a run of equal keys.
        let sortedIdx = assessedKeys.indices.sorted { ahead(assessedKeys[$0], assessedKeys[$1]) }
        var rankOf: [String: Int] = [:]
        for (pos, i) in sortedIdx.enumerated() {
            if pos > 0, assessedKeys[sortedIdx[pos - 1]] == assessedKeys[i] {
                rankOf[assessed[i].id] = rankOf[assessed[sortedIdx[pos - 1]].id]
            } else {
                rankOf[assessed[i].id] = pos + 1
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
                let ka = provinceNameKeys[a.id] ?? a.name.collationKey
                let kb = provinceNameKeys[b.id] ?? b.name.collationKey
                if ka != kb { return ka < kb }
                return a.id < b.id
            }
        }
        return provinces
    }

    /// The units' standings in ranking order, with their ranks set as they are made: ties on the total share
    /// a rank, nationally and in the province (found by its slot: a unit counts for a province exactly when
    /// it has a slot in the year).
    func unitStandings(_ order: [RankingEntry], _ sources: YearSources, provinceCount: Int) -> [UnitStanding] {
        let scheme = site.scheme
        var units: [UnitStanding] = []
        units.reserveCapacity(order.count)
        var inProvince = [(count: Int, lastTotal: Int64, lastRank: Int)](repeating: (0, -1, 0), count: provinceCount)
        var lastRank = 0
        for (position, e) in order.enumerated() {
            let record = sources.records[e.record]
            let ui = sources.recordUnit[e.record]
            let unit = site.units[ui]
            let computed = scheme.classFor(total: record.total)
            let national = position > 0 && order[position - 1].total == e.total ? lastRank : position + 1
            lastRank = national
            var provinceRank: Int?
            let k = sources.slots[ui]
            if k >= 0 {
                inProvince[k].count += 1
                if inProvince[k].lastTotal != e.total {
                    inProvince[k].lastRank = inProvince[k].count
                    inProvince[k].lastTotal = e.total
                }
                provinceRank = inProvince[k].lastRank
            }
            units.append(UnitStanding(
                id: unit.id, name: unit.name, kind: unit.kind, province: sources.effective[ui], homeProvince: unit.province,
                total: record.total, scores: record.scores, classId: record.givenClass ?? computed, computedClass: computed,
                safe: record.safe, inspected: record.inspected, commended: record.commended, rankInProvince: provinceRank,
                rankNational: national, namePlace: e.place, unitIndex: ui))
        }
        return units
    }
}
