/// A score with at most two decimals, kept as an integer number of hundredths.
public struct Score: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static func < (a: Score, b: Score) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Score, b: Score) -> Score { Score(hundredths: a.hundredths + b.hundredths) }
    public static let zero = Score(hundredths: 0)

    public enum ParseError: Error, Equatable {
        case notANumber
        case tooManyDecimals
        case tooLarge
    }

    /// Parses `9`, `9.5`, `18.25` (and `9,5` when `decimalComma` is allowed). No sign, no exponent.
    public static func parse(_ text: String, decimalComma: Bool = false) -> Result<Score, ParseError> {
        let t = text.trimmingCharacters(in: " \t")
        var intPart: Int64 = 0
        var frac: Int64 = 0
        var fracDigits = 0
        var seenSep = false
        var seenDigit = false
        for ch in t.unicodeScalars {
            if ch == "." || (decimalComma && ch == ",") {
                if seenSep { return .failure(.notANumber) }
                seenSep = true
                continue
            }
            // Only the ASCII digits 0–9 count (other scripts' digits are not numbers here).
            guard ch.value >= 0x30, ch.value <= 0x39 else { return .failure(.notANumber) }
            let d = Int64(ch.value - 0x30)
            seenDigit = true
            if seenSep {
                fracDigits += 1
                if fracDigits > 2 {
                    if d != 0 { return .failure(.tooManyDecimals) }
                    continue
                }
                frac = frac * 10 + d
            } else {
                intPart = intPart * 10 + d
                if intPart > 1_000_000_000 { return .failure(.tooLarge) }
            }
        }
        if !seenDigit { return .failure(.notANumber) }
        if fracDigits == 1 { frac *= 10 }
        return .success(Score(hundredths: intPart * 100 + frac))
    }

    /// "18.5", "20", "18.25": shortest exact decimal form with a point.
    public var description: String {
        let whole = hundredths / 100
        let rest = hundredths % 100
        if rest == 0 { return String(whole) }
        if rest % 10 == 0 { return "\(whole).\(rest / 10)" }
        return "\(whole).\(rest < 10 ? "0" : "")\(rest)"
    }

    /// Always two decimals: "18.50".
    public var twoDecimals: String { FixedDecimal(scaled: hundredths, places: 2).description }
}

extension String {
    /// The string without leading and trailing characters from `set` (a string of characters, e.g. " \t").
    public func trimmingCharacters(in set: String) -> String {
        // Almost always there is nothing to trim: decide that from the first and last bytes when they
        // are ASCII and not in the set (this was a tenth of reading an assessment table).
        guard let f = utf8.first, let l = utf8.last else { return self }
        if f < 0x80, l < 0x80, !set.utf8.contains(f), !set.utf8.contains(l) { return self }
        if let trimmed = trimmingBytes(in: set) { return trimmed }
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }

    /// The same trim on the UTF-8 bytes, for a set of ASCII characters other than CR and LF (which make
    /// one character together): it ran for every cell read as a number, an id or a yes/no, and the
    /// character loop above makes a `Set` each time. nil when a kept end is not ASCII, where a trimmed
    /// blank and a combining mark after it may be one character: the character loop decides then.
    private func trimmingBytes(in set: String) -> String? {
        let members = set.utf8
        guard members.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else { return nil }
        let bytes = utf8
        guard let start = bytes.firstIndex(where: { !members.contains($0) }),
              let end = bytes.lastIndex(where: { !members.contains($0) }) else { return "" }
        if bytes[start] >= 0x80 || bytes[end] >= 0x80 { return nil }
        return String(Substring(bytes[start...end]))
    }
}
