extension Catalogue {
    /// Texts shared by every area.
    static let viCommon: [String: String] = [
        "location.cell": "trang tính “{sheet}”, ô {cell}",
        // TRANSITIONAL (issue 19): a sentence not yet in the catalogue, shown as written.
        "verbatim": "{text}",
    ]
}
