import Foundation
import Testing

/// Committed byte-exact outputs under `Tests/Fixtures/golden`, compared by `swift test` and written anew only
/// when the environment asks for it: `REPORTSITE_RECORD_GOLDENS=1 swift test …`, or `make goldens`
/// (the way swift-argument-parser's snapshot tests re-record their baselines). A recording run writes the
/// files, removes the ones no longer made and passes; every other run fails on the first differing line.
enum Golden {
    static var recording: Bool { ProcessInfo.processInfo.environment["REPORTSITE_RECORD_GOLDENS"] == "1" }

    /// Compares (or records) a whole tree of files, `relative path → bytes`, with the golden folder `name`.
    static func check(tree made: [String: Data], as name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let folder = Repo.golden.appendingPathComponent(name)
        if recording {
            try? FileManager.default.removeItem(at: folder)
            for (path, data) in made { write(data, to: folder.appendingPathComponent(path)) }
            return
        }
        let golden = tree(folder.path)
        #expect(!golden.isEmpty, "no golden files in \(folder.path); record them with make goldens", sourceLocation: sourceLocation)
        let missing = Set(golden.keys).subtracting(made.keys).sorted()
        let extra = Set(made.keys).subtracting(golden.keys).sorted()
        #expect(missing.isEmpty, "\(name): the build no longer makes \(missing)", sourceLocation: sourceLocation)
        #expect(extra.isEmpty, "\(name): the build makes files the golden lacks: \(extra)", sourceLocation: sourceLocation)
        let differing = golden.keys.sorted().filter { path in made[path].map { $0 != golden[path] } ?? false }
        // The first few shown line by line; a template change can touch every page.
        for path in differing.prefix(3) {
            Issue.record("\(name)/\(path): \(firstDifference(made[path]!, golden[path]!))", sourceLocation: sourceLocation)
        }
        if differing.count > 3 {
            Issue.record("\(name): \(differing.count) files differ from the golden files in all", sourceLocation: sourceLocation)
        }
    }

    /// Compares (or records) one text with the golden file `name` (a path under `Tests/Fixtures/golden`).
    static func check(text: String, as name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = Repo.golden.appendingPathComponent(name)
        let data = Data(text.utf8)
        if recording {
            write(data, to: file)
            return
        }
        guard let want = try? Data(contentsOf: file) else {
            Issue.record("no golden file \(file.path); record it with make goldens", sourceLocation: sourceLocation)
            return
        }
        if data != want { Issue.record("\(name): \(firstDifference(data, want))", sourceLocation: sourceLocation) }
    }

    /// The first line where `got` and `want` differ, both shown, for the failure message.
    static func firstDifference(_ got: Data, _ want: Data) -> String {
        let a = String(decoding: got, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: want, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(a.count, b.count) where i >= a.count || i >= b.count || a[i] != b[i] {
            let made = i < a.count ? String(a[i]) : "<end of file>"
            let golden = i < b.count ? String(b[i]) : "<end of file>"
            return "differs from the golden file at line \(i + 1):\n  made:   \(made.prefix(400))\n  golden: \(golden.prefix(400))"
        }
        return "differs from the golden file (\(got.count) bytes made, \(want.count) in the golden)"
    }

    private static func write(_ data: Data, to file: URL) {
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: file)
    }
}
