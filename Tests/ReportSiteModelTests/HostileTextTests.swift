import Foundation
import Testing
import ReportSiteModel

/// Text from hostile input made safe for a terminal, links kept inside the site, causes in plain words.
@Suite struct HostileTextTests {
    @Test func controlCharactersAreEscaped() {
        #expect(TerminalText.escaped("Content/a\nb.yaml") == "Content/a\\nb.yaml")
        #expect(TerminalText.escaped("x\r\t\u{1B}[31m\u{7F}\u{85}y") == "x\\r\\t\\u{1B}[31m\\u{7F}\\u{85}y")
        #expect(TerminalText.escaped("Huế \\ “ok”") == "Huế \\ “ok”")
    }

    @Test func diagnosticLinesAreEscapedWhole() {
        let d = Diagnostic.error("x", at: SourceLocation(file: "Content/a\nb.md", line: 2, column: 3), Message("yaml.library", ["detail": "got \"\u{1B}\""]))
        #expect(d.description == "Content/a\\nb.md:2:3: error: got \"\\u{1B}\"")
    }

    @Test func sourcesThatLeaveStatic() {
        for path in ["static/../../../etc/passwd", "../x.pdf", "static/a/../../b", "static\\..\\..\\x", "van-ban/..?x=1"] {
            #expect(LinkSafety.traversal(path) != nil, "\(path)")
        }
        for path in ["static/van-ban/ct-03.pdf", "ct..03.pdf", "https://x.vn/../a.pdf", "static/a#..", "static/.hidden"] {
            #expect(LinkSafety.traversal(path) == nil, "\(path)")
        }
    }

    @Test func causesInPlainWords() {
        #expect(IOCause(EACCES).description == "permission denied")
        #expect(IOCause(ENOSPC).description == "no space left on the disk")
        #expect(IOCause(EROFS).description == "the disk is read-only")
        #expect(IOCause(POSIXError(.ENOTDIR))?.description == "a part of the path is a file, not a folder")
        let cocoa = CocoaError(.fileWriteNoPermission, userInfo: [NSUnderlyingErrorKey: POSIXError(.EACCES)])
        #expect(IOCause.argument(cocoa) == .message(Message("io.permission-denied")))
        #expect(IOCause(CocoaError(.fileWriteUnknown)) == nil)
    }
}
