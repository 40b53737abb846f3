extension Catalogue {
    /// Texts shared by every area.
    static let enCommon: [String: String] = [
        "location.cell": "sheet \"{sheet}\", cell {cell}",
        // TRANSITIONAL (issue 19): a sentence not yet in the catalogue, shown as written.
        "verbatim": "{text}",
    ]
}
