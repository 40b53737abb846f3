enum Printable {
    /// The text with control characters shown as \u{…}, clipped for messages.
    static func clip(_ s: String, max: Int = 60) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            if scalar.properties.generalCategory == .control || scalar.value == 0 {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out.count > max ? String(out.prefix(max)) + "…" : out
    }
}
