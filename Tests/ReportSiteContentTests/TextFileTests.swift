import Foundation
import Testing
@testable import ReportSiteContent
import ReportSiteModel

@Suite struct TextFileTests {
    func decode(_ bytes: [UInt8]) -> (TextFile?, [Diagnostic]) {
        var d: [Diagnostic] = []
        let f = TextFile.decode(Data(bytes), displayPath: "f.yaml", diagnostics: &d)
        return (f, d)
    }

    @Test func bomIsDroppedAndLineEndingsBecomeLF() throws {
        let (f, d) = decode([0xEF, 0xBB, 0xBF] + Array("a: Huế\r\nb: 2\rc: 3\n".utf8))
        #expect(d.isEmpty)
        #expect(try #require(f).text == "a: Huế\nb: 2\nc: 3\n")
        #expect(f?.displayPath == "f.yaml")
    }

    @Test func invalidUTF8IsReportedAtItsLineAndColumn() {
        // "Trường" as Windows-1258 writes it: the ư is byte 0xFD.
        let (f, d) = decode(Array("name: Huế\n".utf8) + Array("  x: Tr".utf8) + [0xFD, 0xF5, 0xCC] + Array("ng\n".utf8))
        #expect(f == nil)
        #expect(d.short == ["2:8: bad-encoding: the file is not valid UTF-8; save it as UTF-8 (in a spreadsheet: \"CSV UTF-8\")"])
        // A sequence cut off at the end, an overlong form and an encoded surrogate.
        #expect(decode(Array("ab".utf8) + [0xE1, 0xBA]).1.first.map { pos($0.location) } == "1:3")
        #expect(decode(Array("é".utf8) + [0xC0, 0xAF]).1.first.map { pos($0.location) } == "1:2")
        #expect(decode([0x61, 0xED, 0xA0, 0x80]).1.first.map { pos($0.location) } == "1:2")
    }

    @Test func utf16IsNamed() {
        let (f, d) = decode([0xFF, 0xFE, 0x61, 0x00])
        #expect(f == nil)
        #expect(d.short == ["1:1: bad-encoding: the file is UTF-16 (what Excel's \"Unicode Text\" writes); save it as UTF-8: in Excel \"CSV UTF-8 (Comma delimited)\", in LibreOffice \"Text CSV\" with the character set \"Unicode (UTF-8)\""])
    }

    @Test func emptyFilesAndNULBytes() {
        for bytes in [[], [0xEF, 0xBB, 0xBF], Array(" \n\r\n\t".utf8)] as [[UInt8]] {
            #expect(decode(bytes).1.short == ["1:1: empty-file: the file is empty"])
        }
        #expect(decode(Array("a: 1\nbé: ".utf8) + [0] + Array("x\n".utf8)).1.short == [
            "2:5: bad-encoding: the file contains a NUL byte, so it is not a text file; save it as UTF-8 text"])
    }

    @Test func firstInvalidPositionCountsScalars() {
        let (line, column) = TextFile.firstInvalidPosition(Array("Đà Nẵng\nQuảng ".utf8) + [0xFF])
        #expect(line == 2 && column == 7)
    }
}
