/// Text for a terminal or a log: control characters written as escapes, so that a file name with a
/// newline cannot split one diagnostic into two lines, nor an escape sequence reach the terminal.
public enum TerminalText {
    /// `s` with C0 controls, DEL and C1 controls escaped: `\n`, `\r`, `\t`, and `\u{1B}` for the others.
    /// A backslash stays as it is (paths and messages quote text, they are not code).
    public static func escaped(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: isControl) else { return s }
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where isControl(scalar): out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x20 || (s.value >= 0x7F && s.value <= 0x9F)
    }
}
