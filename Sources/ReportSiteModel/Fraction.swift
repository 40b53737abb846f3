/// A non-negative rational number compared exactly, by cross-multiplication.
///
/// Used for means and shares in the ranking (spec: How provinces are ranked): never floats.
public struct Fraction: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    public init(_ numerator: Int64, _ denominator: Int64) {
        // Invariant: callers divide by a count of records, which is never 0.
        precondition(denominator > 0, "Fraction denominator must be positive")
        let g = Fraction.gcd(Swift.abs(numerator), denominator)
        self.numerator = numerator / Swift.max(g, 1)
        self.denominator = denominator / Swift.max(g, 1)
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a
    }

    public static func < (a: Fraction, b: Fraction) -> Bool {
        // Reduced fractions of counts and hundredths stay far below 2^63 / 2^63; widen anyway.
        let l = a.numerator.multipliedFullWidth(by: b.denominator)
        let r = b.numerator.multipliedFullWidth(by: a.denominator)
        return (l.high, l.low) < (r.high, r.low)
    }

    /// The value rounded half away from zero to `places` decimals, as an integer scaled by 10^places.
    public func rounded(places: Int) -> Int64 {
        var scale: Int64 = 1
        for _ in 0..<places { scale *= 10 }
        let n = numerator * scale
        let q = n / denominator
        let r = n % denominator
        if Swift.abs(r) * 2 >= denominator { return n >= 0 ? q + 1 : q - 1 }
        return q
    }

    /// Decimal text with exactly `places` decimals and a point, e.g. "87.50".
    public func decimalString(places: Int) -> String {
        FixedDecimal(scaled: rounded(places: places), places: places).description
    }

    public var description: String { "\(numerator)/\(denominator)" }
}
