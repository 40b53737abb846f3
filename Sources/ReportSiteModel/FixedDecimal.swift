/// An integer scaled by 10^places, printed with a decimal point.
public struct FixedDecimal: Hashable, Sendable, CustomStringConvertible {
    public var scaled: Int64
    public var places: Int

    public init(scaled: Int64, places: Int) {
        self.scaled = scaled
        self.places = places
    }

    public var description: String {
        let negative = scaled < 0
        var digits = String(Swift.abs(scaled))
        if places == 0 { return (negative ? "-" : "") + digits }
        while digits.count <= places { digits = "0" + digits }
        let cut = digits.index(digits.endIndex, offsetBy: -places)
        return (negative ? "-" : "") + digits[..<cut] + "." + digits[cut...]
    }
}
