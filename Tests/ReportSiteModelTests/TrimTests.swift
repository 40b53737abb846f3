import Testing
import ReportSiteModel

@Suite struct TrimTests {
    /// The trim by whole characters, as `trimmingCharacters(in:)` is specified, written plainly.
    func byCharacters(_ text: String, _ set: String) -> String {
        let chars = Set(set)
        var s = Substring(text)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }

    /// The byte-level path gives what trimming whole characters gives, for ASCII sets and for sets where
    /// it must step aside (CR and LF make one character; a non-ASCII set).
    @Test func sameAsTrimmingWholeCharacters() {
        let texts = ["", " ", "\t \t", "x", " x", "x\t", " \tHuế 2024 \t ", "a  b", " \u{301}a ", "\u{A0}x\u{A0}",
                     "\u{3000} y ", "\n z \n", "đ", " Huế ", "ế ", "\u{600} ", "x\r\n", "\r\nx\r\n ", " a\u{301} "]
        for set in [" \t", " \t\r\n", "\n", "\u{A0} "] {
            for text in texts {
                #expect(text.trimmingCharacters(in: set) == byCharacters(text, set), "\(text.debugDescription) in \(set.debugDescription)")
            }
        }
        #expect(" \tHuế 2024 \t ".trimmingCharacters(in: " \t") == "Huế 2024")
        // A space with a combining accent after it is one character, which is kept.
        #expect(" \u{301}a ".trimmingCharacters(in: " \t").unicodeScalars.map(\.value) == [0x20, 0x301, 0x61])
        #expect("\u{A0}x\u{A0}".trimmingCharacters(in: " \t") == "\u{A0}x\u{A0}")
        #expect("\t \t".trimmingCharacters(in: " \t") == "")
        #expect("x\r\n".trimmingCharacters(in: "\n") == "x\r\n")
    }
}
