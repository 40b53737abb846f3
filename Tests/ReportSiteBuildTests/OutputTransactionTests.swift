import Foundation
import Testing
@testable import ReportSiteBuild

/// The output transaction (decision 74): only changed files written, leftovers of killed runs finished or
/// removed, and only our own folders written. Kills of real processes are in e2e/serve/test_transaction.py.
@Suite struct OutputTransactionTests {
    /// Modification time (whole seconds) and inode of every file under `root`.
    func stamps(_ root: String) -> [String: [Int]] {
        var out: [String: [Int]] = [:]
        for path in tree(root).keys {
            var st = stat()
            guard lstat(root + "/" + path, &st) == 0 else { continue }
            out[path] = [st.st_mtim.tv_sec, Int(st.st_ino)]
        }
        return out
    }

    /// Sets every file's modification time to 1 January 2001, so a rewrite shows whatever the clock's grain.
    func age(_ root: String) throws {
        for path in tree(root).keys {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceReferenceDate: 0)], ofItemAtPath: root + "/" + path)
        }
    }

    func besideOutput(_ tmp: TempDir) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).filter { $0 != "Content" }.sorted()
    }

    @Test func rebuildWritesOnlyWhatChangedAndKeepsTheOtherFiles() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        try age(out)
        let before = stamps(out)
        let old = Date(timeIntervalSinceReferenceDate: 0).timeIntervalSince1970

        // Nothing changed: nothing is written, every file keeps its time and inode.
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        #expect(stamps(out) == before)
        #expect(try besideOutput(tmp) == ["Output"])

        let unit = content + "/units/an-giang/ag-1.md"
        try (String(contentsOfFile: unit, encoding: .utf8) + "\nMột câu mới.\n").write(toFile: unit, atomically: true, encoding: .utf8)
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        let after = stamps(out)
        #expect(after.keys.sorted() == before.keys.sorted())
        let rewritten = after.keys.filter { after[$0] != before[$0] }.sorted()
        #expect(rewritten == ["build-manifest.json", "units/ag-1/index.html"])
        #expect(rewritten.allSatisfy { after[$0]![0] > Int(old) })
        #expect(try besideOutput(tmp) == ["Output"])
    }

    @Test func aFolderIsOursOnlyWithOurManifestOrExactlyOurReadme() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let fm = FileManager.default
        func folder(_ name: String, _ files: [String: String]) throws -> String {
            let path = tmp.path(name)
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            for (file, text) in files { try text.write(toFile: path + "/" + file, atomically: false, encoding: .utf8) }
            return path
        }
        let userReadme = try folder("Notes", ["README.md": "# My notes\n\nKeep this.\n"])
        let readmeAndMore = try folder("More", ["README.md": OutputWriter.readme, "plan.txt": "mine"])
        let foreignManifest = try folder("Foreign", [Manifest.path: "{\"files\": []}\n"])
        for path in [userReadme, readmeAndMore, foreignManifest] {
            let before = tree(path)
            guard case .usage(let message) = Pipeline.build(options(content: content, output: path)).outcome else {
                Issue.record("\(path) was not refused")
                continue
            }
            #expect(message.text(in: .en) == "\(path) is not empty and was not written by reportsite (it has no build-manifest.json); empty it or choose another --output")
            #expect(tree(path) == before)
        }
        // Exactly our README: ours, and the README is left as it is.
        let ours = try folder("Output", ["README.md": OutputWriter.readme])
        var st = stat()
        lstat(ours + "/README.md", &st)
        #expect(Pipeline.build(options(content: content, output: ours)).outcome == .success)
        var after = stat()
        lstat(ours + "/README.md", &after)
        #expect(after.st_ino == st.st_ino)
        #expect(tree(ours).count > 20)
    }

    @Test func everyRunRemovesWhatKilledRunsLeftBesideTheOutput() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        let built = tree(out)
        func leave() throws {
            for f in [".Output.staging-4242/units/x/index.html", ".Output.old-4243/index.html", ".Output.staging-17/a"] {
                try FileManager.default.createDirectory(atPath: tmp.path((f as NSString).deletingLastPathComponent), withIntermediateDirectories: true)
                try "left".write(toFile: tmp.path(f), atomically: false, encoding: .utf8)
            }
            try "half a journal".write(toFile: tmp.path(".Output.journal.tmp"), atomically: false, encoding: .utf8)
            // Another output's staging folder is not ours to remove.
            try FileManager.default.createDirectory(atPath: tmp.path(".Other.staging-1"), withIntermediateDirectories: true)
        }
        try leave()
        _ = Pipeline.check(options(content: content, output: out))
        #expect(try besideOutput(tmp) == [".Other.staging-1", "Output"])
        #expect(tree(out) == built)
        try leave()
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        #expect(try besideOutput(tmp) == [".Other.staging-1", "Output"])
        #expect(tree(out) == built)
    }

    /// The state a build killed while moving files in leaves: the old output with part of the new files, the
    /// staging folder with the rest, and the journal. Every later run finishes it.
    @Test func aCommittedJournalIsFinishedAndOneCutShortIsUndone() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        let oldSite = tree(out)
        // The new site: one page gone (with the link to it), the site renamed (every page changes).
        try FileManager.default.removeItem(atPath: content + "/pages/gioi-thieu.md")
        let report = content + "/reports/bao-cao-2025.md"
        try String(contentsOfFile: report, encoding: .utf8).replacingOccurrences(of: " và [giới thiệu](page:gioi-thieu)", with: "")
            .write(toFile: report, atomically: true, encoding: .utf8)
        let site = content + "/site.yaml"
        let yaml = try String(contentsOfFile: site, encoding: .utf8)
        try yaml.replacingOccurrences(of: "Minimal test site", with: "Minimal test site mới").write(toFile: site, atomically: true, encoding: .utf8)
        let reference = tmp.path("Reference")
        #expect(Pipeline.build(options(content: content, output: reference)).outcome == .success)
        let newSite = tree(reference)
        try FileManager.default.removeItem(atPath: reference)
        #expect(newSite.keys.contains("pages/gioi-thieu/index.html") == false)
        #expect(oldSite.keys.contains("pages/gioi-thieu/index.html"))

        for complete in [true, false] {
            // Stage the changed files, write the journal, move half of them in by hand.
            let staging = tmp.url.appendingPathComponent(".Output.staging-999")
            let changed = newSite.keys.filter { oldSite[$0] != newSite[$0] }.sorted()
            #expect(changed.count > 20)
            for path in changed {
                let url = staging.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try newSite[path]!.write(to: url)
            }
            let journal = OutputJournal(staging: staging.lastPathComponent, deletions: ["pages/gioi-thieu/index.html"], emptied: ["pages/gioi-thieu"])
            #expect(OutputJournal.decode(journal.encoded()) == journal)
            let place = OutputPlace(output: out)
            if complete {
                try journal.commit(at: place)
                for path in changed.prefix(changed.count / 2) where path != Manifest.path {
                    #expect(rename(staging.path + "/" + path, out + "/" + path) == 0, "\(path)")
                }
                try FileManager.default.removeItem(atPath: out + "/pages/gioi-thieu/index.html")
            } else {
                try Data(journal.encoded().dropLast(3)).write(to: place.journal)
            }
            _ = Pipeline.check(options(content: content, output: out))
            #expect(tree(out) == (complete ? newSite : oldSite), "journal complete: \(complete)")
            #expect(try besideOutput(tmp) == ["Output"])
            if complete {
                #expect(!FileManager.default.fileExists(atPath: out + "/pages/gioi-thieu"))
                // Back to the old site for the next round.
                try FileManager.default.removeItem(atPath: out)
                try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
                for (path, data) in oldSite {
                    try FileManager.default.createDirectory(atPath: ((out + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                    try data.write(to: URL(fileURLWithPath: out + "/" + path))
                }
            }
        }
    }

    /// serve trusts its last write only while Output/'s manifest is the one it left: after another run
    /// changed Output/, every file is compared again.
    @Test func serveComparesAgainAfterAnotherRunChangedTheOutput() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        let served = IncrementalBuild(options: options(content: content, output: out)).run().files
        let first = try OutputWriter.write(served, to: out)
        let stamp = try #require(first.stamp)
        let last = OutputWriter.LastWrite(stamp: stamp, paths: served.map(\.path))
        let expected = Dictionary(uniqueKeysWithValues: served.map { ($0.path, Data($0.bytes)) })
        #expect(tree(out) == expected)
        // Nothing changed and nothing else wrote: nothing is written.
        let again = try OutputWriter.write(served, to: out, last: last)
        #expect(again.written == 0 && again.removed == 0)

        // A build of an edited unit (another process, say) replaces a page and the manifest.
        let unit = content + "/units/an-giang/ag-1.md"
        try (String(contentsOfFile: unit, encoding: .utf8) + "\nMột câu khác.\n").write(toFile: unit, atomically: true, encoding: .utf8)
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        #expect(tree(out) != expected)
        // serve writes its site with its old stamp and nothing it knows of changed: all is compared.
        let restored = try OutputWriter.write(served, to: out, last: last)
        #expect(restored.written == 2)
        #expect(tree(out) == expected)
    }
}
