import Foundation
import Testing
@testable import ReportSiteContent

@Suite struct WhitespaceTests {
    /// The byte-level trim gives what Foundation's `trimmingCharacters(in: " \t")` gave before it.
    @Test func spacesAndTabsAreTrimmedAsFoundationDid() {
        let texts = ["", " ", "\t \t", "x", " x", "x\t", " \tHuế 2024 \t ", "a  b", " \u{301}a ", "\u{A0}x\u{A0}", "\u{3000} y ", "\n z \n", "đ", " Huế ", "ế ", "\u{600} "]
        for text in texts {
            #expect(text.trimmedSpacesAndTabs == text.trimmingCharacters(in: " \t"), "\(text.debugDescription)")
        }
        #expect(" \tHuế 2024 \t ".trimmedSpacesAndTabs == "Huế 2024")
        // A space with a combining accent after it is one character, which Foundation keeps.
        #expect(" \u{301}a ".trimmedSpacesAndTabs.unicodeScalars.map(\.value) == [0x20, 0x301, 0x61])
        #expect("\u{A0}x\u{A0}".trimmedSpacesAndTabs == "\u{A0}x\u{A0}")
        #expect("\t \t".trimmedSpacesAndTabs == "")
    }
}
