import ReportSiteModel

/// Numbers and dates the way the interface language writes them (vi: 1.234 · 87,50 · 92,3 % · 15/12/2025).
public struct Format: Sendable {
    public let language: Language

    public init(language: Language) { self.language = language }

    var thousands: String { language == .vi ? "." : "," }
    var decimal: String { language == .vi ? "," : "." }

    public func integer(_ v: Int) -> String {
        if v >= 0 && v < 1000 { return String(v) }
        let digits = Array(String(v.magnitude).utf8)
        var out: [UInt8] = []
        out.reserveCapacity(digits.count + digits.count / 3 + 3)
        if v < 0 { out += "−".utf8 }
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out += thousands.utf8 }
            out.append(d)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A scaled integer with `places` decimals: 8750, 2 → "87,50".
    public func fixed(_ scaled: Int64, places: Int) -> String {
        var div: Int64 = 1
        for _ in 0..<places { div *= 10 }
        let whole = integer(Int(abs(scaled) / div))
        let sign = scaled < 0 ? "−" : ""
        guard places > 0 else { return sign + whole }
        var frac = String(abs(scaled) % div)
        while frac.count < places { frac = "0" + frac }
        return sign + whole + decimal + frac
    }

    public func score(_ s: Score) -> String {
        if s.hundredths % 100 == 0 { return integer(Int(s.hundredths / 100)) }
        if s.hundredths % 10 == 0 { return fixed(s.hundredths / 10, places: 1) }
        return fixed(s.hundredths, places: 2)
    }

    public func mean(_ f: Fraction?) -> String {
        guard let f else { return "–" }
        return fixed(f.rounded(places: 2), places: 2)
    }

    /// A share as a percentage with one decimal: "92,3 %" (vi), "92.3%" (en).
    public func percent(_ f: Fraction?) -> String {
        guard let f else { return "–" }
        let p = Fraction(f.numerator * 100, f.denominator)
        return fixed(p.rounded(places: 1), places: 1) + (language == .vi ? "\u{00A0}%" : "%")
    }

    public func date(_ d: SimpleDate) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        if language == .vi { return "\(two(d.day))/\(two(d.month))/\(d.year)" }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(d.day) \(months[d.month - 1]) \(d.year)"
    }

    /// "+2", "−1", "0"; nil when there is no previous rank.
    public func rankChange(_ c: Int?) -> String {
        guard let c else { return "–" }
        if c > 0 { return "▲ \(c)" }
        if c < 0 { return "▼ \(-c)" }
        return "="
    }
}
