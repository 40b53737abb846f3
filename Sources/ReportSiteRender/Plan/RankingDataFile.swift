/// The four downloads of a year's ranking.
public enum RankingDataFile: String, Sendable, CaseIterable {
    case unitsJSON = "units.json", unitsCSV = "units.csv", provincesJSON = "provinces.json", provincesCSV = "provinces.csv"
}
