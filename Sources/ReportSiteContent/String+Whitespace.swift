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

    /// Trimmed of ASCII spaces and tabs only, as `trimmingCharacters(in: " \t")` gives, on the UTF-8
    /// bytes: that builds a character set on every call, and it ran for every cell read as a number,
    /// an id or a yes/no (docs/performance.md, "The load side of issue 22").
    var trimmedSpacesAndTabs: String {
        let bytes = utf8
        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 }
        guard let first = bytes.first, let last = bytes.last, isBlank(first) || isBlank(last) else { return self }
        guard let start = bytes.firstIndex(where: { !isBlank($0) }), let end = bytes.lastIndex(where: { !isBlank($0) }) else { return "" }
        // Foundation trims whole characters: a blank joined to a non-ASCII neighbour (a combining accent
        // after it) may be part of one, so that rare case is left to Foundation.
        if bytes[start] >= 0x80 || bytes[end] >= 0x80 { return trimmingCharacters(in: " \t") }
        return String(Substring(bytes[start...end]))
    }
}
