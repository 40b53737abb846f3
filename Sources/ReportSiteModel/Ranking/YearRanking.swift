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
