extension Catalogue {
    /// Texts shared by every area.
    static let viCommon: [String: String] = [
        "location.cell": "trang tính “{sheet}”, ô {cell}",
    ]
}
