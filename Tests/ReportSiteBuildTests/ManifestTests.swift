import Foundation
import Testing
@testable import ReportSiteBuild

@Suite struct ManifestTests {
    /// Enough files for several slices (`Manifest.linesPerSlice`), given out of order: the manifest is the
    /// files in path order, a line each, the last without its comma, the same bytes as written by hand.
    @Test func manyFilesInPathOrderAcrossSlices() {
        let count = Manifest.linesPerSlice * 2 + 17
        let entries = (0..<count).reversed().map { i in
            (path: "units/dv-\(String(format: "%06d", i))/index.html", size: i, sha256: String(repeating: "ab", count: 32))
        }
        var expected = "{\n  \"generator\": \"reportsite\",\n  \"files\": [\n"
        for i in 0..<count {
            expected += "    {\"path\": \"units/dv-\(String(format: "%06d", i))/index.html\", \"size\": \(i), \"sha256\": \"\(String(repeating: "ab", count: 32))\"}"
            expected += i == count - 1 ? "\n" : ",\n"
        }
        expected += "  ]\n}\n"
        let file = Manifest.file(entries: entries)
        #expect(file.path == "build-manifest.json")
        #expect(String(decoding: file.bytes, as: UTF8.self) == expected)
    }

    @Test func noFiles() {
        let file = Manifest.file(entries: [])
        #expect(String(decoding: file.bytes, as: UTF8.self) == "{\n  \"generator\": \"reportsite\",\n  \"files\": [\n  ]\n}\n")
    }

    /// A path with a quote or a control character is escaped as JSON.
    @Test func pathsAreEscaped() {
        let file = Manifest.file(entries: [(path: "a\"b\u{1}.html", size: 1, sha256: "00")])
        #expect(String(decoding: file.bytes, as: UTF8.self).contains("{\"path\": \"a\\\"b\\u0001.html\", \"size\": 1, \"sha256\": \"00\"}\n"))
    }
}
