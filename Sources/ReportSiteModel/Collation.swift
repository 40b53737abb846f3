import Foundation

/// Vietnamese alphabetical order, independent of the host locale.
///
/// Letters compare first by base letter in the Vietnamese alphabet
/// (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y), then by tone
/// (none, huyền, hỏi, ngã, sắc, nặng), then by case (lower first).
/// Spaces sort before punctuation, punctuation before digits, digits before letters.
public struct CollationKey: Hashable, Sendable, Comparable {
    let primary: [UInt32]
    let secondary: [UInt8]
    let tertiary: [UInt8]

    public init(_ text: String) {
        var p: [UInt32] = []
        var s: [UInt8] = []
        var t: [UInt8] = []
        p.reserveCapacity(text.utf8.count)
        s.reserveCapacity(text.utf8.count)
        t.reserveCapacity(text.utf8.count)
        let flat = CollationKey.flatTable
        for scalar in text.unicodeScalars {
            let v = scalar.value
            // Combining marks (U+0300…U+031B) change the letter before them.
            if v >= 0x0300 && v <= 0x031B {
                if let tone = CollationKey.toneMarks[v], !s.isEmpty {
                    s[s.count - 1] = tone
                    continue
                }
                if let mod = CollationKey.modifierMarks[v], let last = p.last {
                    p[p.count - 1] = CollationKey.modified[[last, mod]] ?? last
                    continue
                }
            }
            let packed = v < UInt32(flat.count) ? flat[Int(v)] : 0
            if packed != 0 {
                p.append(packed & 0xFF_FFFF)
                s.append(UInt8((packed >> 24) & 0x7F))
                t.append(UInt8(packed >> 31))
            } else {
                p.append(CollationKey.otherWeight(scalar))
                s.append(0)
                t.append(0)
            }
        }
        primary = p
        secondary = s
        tertiary = t
    }

    /// The key as bytes that compare (as unsigned bytes, shorter first on a common prefix) exactly as keys
    /// do with `<`: each primary weight + 1 in three bytes (weights are below 2^24 − 1), three zero bytes,
    /// then each tone + 1, a zero byte, then each case + 1. Sorting many keys compares memory this way
    /// instead of three arrays per comparison.
    public var sortBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(primary.count * 5 + 4)
        for w in primary {
            let v = w + 1
            out.append(UInt8(truncatingIfNeeded: v >> 16))
            out.append(UInt8(truncatingIfNeeded: v >> 8))
            out.append(UInt8(truncatingIfNeeded: v))
        }
        out.append(contentsOf: [0, 0, 0])
        for x in secondary { out.append(x + 1) }
        out.append(0)
        for x in tertiary { out.append(x + 1) }
        return out
    }

    public static func < (a: CollationKey, b: CollationKey) -> Bool {
        if a.primary != b.primary { return a.primary.lexicographicallyPrecedes(b.primary) }
        if a.secondary != b.secondary { return a.secondary.lexicographicallyPrecedes(b.secondary) }
        return a.tertiary.lexicographicallyPrecedes(b.tertiary)
    }

    struct Weight: Sendable {
        var primary: UInt32
        var tone: UInt8
        var upper: Bool
    }

    static let alphabet: [String] = [
        "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m", "n",
        "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
    ]
    static let letterBase: UInt32 = 0x30_0000
    static let toneMarks: [UInt32: UInt8] = [0x0300: 1, 0x0309: 2, 0x0303: 3, 0x0301: 4, 0x0323: 5]
    static let modifierMarks: [UInt32: UInt32] = [0x0306: 0x0306, 0x0302: 0x0302, 0x031B: 0x031B]

    static func letterWeight(_ s: String) -> UInt32? {
        alphabet.firstIndex(of: s).map { letterBase + UInt32($0) }
    }

    /// Base letter + combining modifier → the modified letter's weight (a + breve → ă).
    static let modified: [[UInt32]: UInt32] = {
        var m: [[UInt32]: UInt32] = [:]
        let pairs: [(String, UInt32, String)] = [
            ("a", 0x0306, "ă"), ("a", 0x0302, "â"), ("e", 0x0302, "ê"), ("o", 0x0302, "ô"),
            ("o", 0x031B, "ơ"), ("u", 0x031B, "ư"),
        ]
        for (b, mod, r) in pairs {
            if let bw = letterWeight(b), let rw = letterWeight(r) { m[[bw, mod]] = rw }
        }
        return m
    }()

    /// Weights of every precomposed Latin letter, computed once from the canonical decomposition.
    static let table: [UInt32: Weight] = {
        var t: [UInt32: Weight] = [:]
        var ranges: [ClosedRange<UInt32>] = [0x41...0x5A, 0x61...0x7A, 0xC0...0x24F, 0x1E00...0x1EFF]
        ranges.append(0x30...0x39)
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                let original = String(Character(scalar))
                let lower = original.lowercased()
                let upper = lower != original
                if scalar.properties.numericType == .decimal, let d = UInt32(original) {
                    t[v] = Weight(primary: 0x20_0000 + d, tone: 0, upper: false)
                    continue
                }
                var base = ""
                var mod: String = ""
                var tone: UInt8 = 0
                for part in lower.decomposedStringWithCanonicalMapping.unicodeScalars {
                    if let tn = toneMarks[part.value] { tone = tn }
                    else if modifierMarks[part.value] != nil { mod = String(part) }
                    else if base.isEmpty { base = String(part) }
                }
                if lower == "đ" { base = "đ" }
                let letter = (base + mod).precomposedStringWithCanonicalMapping
                if let w = letterWeight(letter) ?? letterWeight(base) {
                    t[v] = Weight(primary: w, tone: tone, upper: upper)
                }
            }
        }
        return t
    }()

    /// `table` as an array by scalar value (every scalar in it is below U+2000): the primary weight in
    /// the low 24 bits, the tone in bits 24–30 and the case in bit 31; 0 for a scalar not in the table.
    /// A dictionary lookup per character was most of the cost of a key.
    static let flatTable: [UInt32] = {
        var flat = [UInt32](repeating: 0, count: 0x2000)
        for (v, w) in table {
            precondition(v < 0x2000 && w.primary > 0 && w.primary < 0x100_0000 && w.tone < 0x80)
            flat[Int(v)] = w.primary | UInt32(w.tone) << 24 | (w.upper ? 1 << 31 : 0)
        }
        return flat
    }()

    static func otherWeight(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar == " " || scalar == "\t" { return 1 }
        if scalar.value < 0x80 { return 100 + scalar.value }
        return 0x40_0000 + scalar.value
    }
}

extension String {
    /// The Vietnamese collation key of this string.
    public var collationKey: CollationKey { CollationKey(self) }
}
