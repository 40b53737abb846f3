import Foundation

extension String {
    /// Trimmed of spaces and tabs (Unicode Zs and tab, as Foundation's `.whitespaces`), without bridging
    /// to Foundation when there is nothing to trim, which is almost always.
    var trimmedWhitespace: String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s == " " || s == "\t") : s.properties.generalCategory == .spaceSeparator
        }
        if !isSpace(first) && !isSpace(last) { return self }
        return trimmingCharacters(in: .whitespaces)
    }
}
