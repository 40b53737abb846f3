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
