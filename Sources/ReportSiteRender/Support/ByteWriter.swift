import ReportSiteModel

/// Appends text to a byte array without making intermediate strings: the data files have tens of
/// thousands of rows, and building each row from interpolated and joined strings was 8 % of `check`.
struct ByteWriter {
    var bytes: [UInt8] = []

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func put(_ s: String) {
        var s = s
        s.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func put(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    /// The text written (only valid UTF-8 is ever written).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// A decimal integer, as `String(n)` prints it.
    mutating func int(_ n: Int) { fixed(Int64(n), places: 0) }

    /// `scaled` ÷ 10^places with exactly `places` decimals and a point, as `FixedDecimal.description`.
    mutating func fixed(_ scaled: Int64, places: Int) {
        if scaled < 0 { bytes.append(0x2D) }
        var m = scaled.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[count] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                count += 1
            } while m > 0 || count <= places && places > 0
            for i in stride(from: count - 1, through: 0, by: -1) {
                if i == places - 1 { bytes.append(0x2E) }
                bytes.append(d[i])
            }
        }
    }

    /// A JSON string literal with quotes (`Escape.json`).
    mutating func json(_ s: String) {
        var s = s
        let plain = s.withUTF8 { b -> Bool in
            if b.contains(where: Escape.jsonNeedsEscape) { return false }
            bytes.append(0x22)
            bytes.append(contentsOf: b)
            bytes.append(0x22)
            return true
        }
        if !plain { put(Escape.json(s)) }
    }

    /// A CSV cell for text (`Escape.csvText`).
    mutating func csvText(_ s: String) {
        if Escape.startsLikeFormula(s) { put(Escape.csvText(s)) } else { csvRaw(s) }
    }

    /// A CSV cell for values we produce (`Escape.csvRaw`).
    mutating func csvRaw(_ s: String) {
        var s = s
        let plain = s.withUTF8 { b -> Bool in
            if b.contains(where: Escape.csvNeedsQuotes) { return false }
            bytes.append(contentsOf: b)
            return true
        }
        if !plain { put(Escape.csvRaw(s)) }
    }
}
