import Foundation
import Testing
@testable import ReportSiteContent

@Suite struct FileListingTests {
    /// A folder with plain files, a subfolder, hidden files and backups, and links inside and outside it.
    @Test func everyKindOfEntryIsListedOnceSortedWithWhatItIs() throws {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: top) }
        let root = top.appendingPathComponent("Content")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("units/hue"), withIntermediateDirectories: true)
        for name in ["b.md", "units/hue/a.yaml", ".hidden.md", "b.md~", "#b.md#"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        try Data("secret".utf8).write(to: top.appendingPathComponent("outside.txt"))
        try fm.createSymbolicLink(atPath: root.path + "/c.md", withDestinationPath: "b.md")
        try fm.createSymbolicLink(atPath: root.path + "/leak.txt", withDestinationPath: "../outside.txt")
        try fm.createSymbolicLink(atPath: root.path + "/more", withDestinationPath: "units")
        try fm.createSymbolicLink(atPath: root.path + "/gone.md", withDestinationPath: "nowhere.md")

        let entries = FileListing.list(root)
        let described = entries.map { e -> String in
            var flags: [String] = []
            if e.isSymlinkOutside { flags.append("outside") }
            if e.isLinkedFolder { flags.append("linked folder") }
            if e.unreadable != nil { flags.append("unreadable") }
            if !e.fingerprint.isEmpty { flags.append("stat") }
            return ([e.relative] + flags).joined(separator: " ")
        }
        #expect(described == ["b.md", "c.md stat", "gone.md unreadable", "leak.txt outside", "more linked folder", "units/hue/a.yaml"])
        let linked = try #require(entries.first { $0.relative == "c.md" })
        #expect(linked.fingerprint.first == 1)
        #expect(linked.path == root.path + "/c.md")
    }
}
