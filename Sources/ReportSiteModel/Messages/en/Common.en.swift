extension Catalogue {
    /// Texts shared by every area.
    static let enCommon: [String: String] = [
        "location.cell": "sheet \"{sheet}\", cell {cell}",
    ]
}
