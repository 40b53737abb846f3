/// Escaping for each place a user string can land.
public enum Escape {
    /// HTML text and attribute values (quotes included), also safe in SVG and XML: the one HTML escaper,
    /// for markup made in Swift and for template values alike (`FastHTMLContentType`). & < > " ' become
    /// entities; a control character other than tab and newline, which XML does not allow, becomes U+FFFD.
    public static func html(_ s: String) -> String {
        // Most text needs nothing: return it as it is after one pass over its bytes; otherwise copy the
        // bytes before the first that needs escaping as they are and escape from there.
        let first = s.utf8.withContiguousStorageIfAvailable { buf in buf.firstIndex(where: htmlNeedsEscape) }
            ?? s.utf8.firstIndex(where: htmlNeedsEscape).map { s.utf8.distance(from: s.utf8.startIndex, to: $0) }
        guard let first else { return s }
        var out = [UInt8]()
        out.reserveCapacity(s.utf8.count + 16)
        out += s.utf8.prefix(first)
        for b in s.utf8.dropFirst(first) {
            switch b {
            case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]  // &amp;
            case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]  // &lt;
            case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]  // &gt;
            case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]  // &quot;
            case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]  // &#39;
            case 0x09, 0x0A: out.append(b)
            case ..<0x20: out += [0xEF, 0xBF, 0xBD]  // U+FFFD
            default: out.append(b)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal with quotes.
    public static func json(_ s: String) -> String {
        if !s.utf8.contains(where: jsonNeedsEscape) {
            return "\"" + s + "\""
        }
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"  // keeps "</script>" harmless when JSON is embedded in a page
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if ch.value < 0x20 {
                    let hex = String(ch.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(ch)
                }
            }
        }
        return out + "\""
    }

    /// A CSV cell: quoted when needed; text a spreadsheet would run as a formula (`startsLikeFormula`)
    /// gets a leading ' so that it is shown as text.
    public static func csvText(_ s: String) -> String {
        csvRaw(startsLikeFormula(s) ? "'" + s : s)
    }

    /// A CSV cell for values we produce (numbers, ids): quoted only when needed.
    public static func csvRaw(_ v: String) -> String {
        if v.utf8.contains(where: csvNeedsQuotes) {
            return "\"" + v.replacingAll("\"", with: "\"\"") + "\""
        }
        return v
    }
}

extension Escape {
    /// A byte that makes HTML text need escaping: & < > " ' or a control character other than tab and newline.
    static func htmlNeedsEscape(_ b: UInt8) -> Bool {
        // All of them are below 0x40: one bit each in `htmlEscapeMask`, so a byte costs a compare and a shift.
        b < 0x40 && htmlEscapeMask >> b & 1 != 0
    }

    /// Bit n set for each byte n that `htmlNeedsEscape`: 0x00–0x1F but tab and newline, " & ' < >.
    /// (A literal, so that no lazy initialisation is checked per byte; `EscapeTests` checks it bit by bit.)
    static let htmlEscapeMask: UInt64 = 0x5000_00C4_FFFF_F9FF

    /// A byte that makes JSON text need escaping: quote, backslash, a control character, < > &, or the
    /// first byte of U+2028/2029 (E2 80 A8/A9). Text without any is written as it is.
    static func jsonNeedsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == 0x22 || b == 0x5C || b == 0x3C || b == 0x3E || b == 0x26 || b == 0xE2
    }

    /// A byte that makes a CSV cell need quotes: , " LF CR ; (the last for spreadsheets that split on it).
    static func csvNeedsQuotes(_ b: UInt8) -> Bool {
        b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D || b == 0x3B
    }

    /// Text a spreadsheet would run as a formula: after any spaces (ASCII, no-break, ideographic), it starts
    /// with = + - @ or their fullwidth forms ＝ ＋ － ＠ (which spreadsheets with East Asian input read as the
    /// same), or it starts with a tab or a CR.
    static func startsLikeFormula(_ s: String) -> Bool {
        switch s.utf8.first {
        case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
        case 0x20, 0xC2, 0xE3, 0xEF: break  // a space, or the first byte of U+00A0, U+3000 or U+FF0B…U+FF20
        default: return false
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case " ", "\u{A0}", "\u{3000}": continue
            case "=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}": return true
            default: return false
            }
        }
        return false
    }
}
