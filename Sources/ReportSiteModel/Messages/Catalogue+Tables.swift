extension Catalogue {
    /// Vietnamese, the default: one part per area, each in `Messages/vi/`.
    static let vietnameseParts: [[String: String]] = [viCommon, viCauses, viContent, viRecords, viMeanings, viTables,
                                                      viHelp, viCLI, viServe, viRender]
    /// English (`language: en`, `--lang en`): the same keys, in `Messages/en/`.
    static let englishParts: [[String: String]] = [enCommon, enCauses, enContent, enRecords, enMeanings, enTables,
                                                   enHelp, enCLI, enServe, enRender]

    static let vietnamese = merged(vietnameseParts)
    static let english = merged(englishParts)

    /// The parts of one language as one table. A key in two parts is a bug `CatalogueTests` reports.
    static func merged(_ parts: [[String: String]]) -> [String: String] {
        parts.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
    }

    /// Every part of `language`, for the tests that walk the catalogue.
    public static func parts(_ language: Language) -> [[String: String]] {
        language == .vi ? vietnameseParts : englishParts
    }
}
