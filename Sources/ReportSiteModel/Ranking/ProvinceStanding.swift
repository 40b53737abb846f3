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
