import Foundation
import ReportSiteModel
import ReportSiteRender

/// Which folders may be written, and the write of a site held in memory (`serve`); both go through
/// `OutputTransaction`, the one write path.
public enum OutputWriter {
    static let readme = "# Generated folder\n\nThis folder is written by `reportsite build` from Content/ and Templates/.\nDo not edit it: every build replaces it completely.\n"

    /// Finishes or undoes what an earlier, killed run left beside `output` (so its folder is whole again),
    /// then says why `output` must not be written, or nil when it may.
    public static func claim(output: String, content: String, templates: String) -> Message? {
        try? OutputTransaction.recover(output: output)
        return refusal(output: output, content: content, templates: templates)
    }

    /// Why `output` must not be written, or nil when it may. A folder is ours when it is empty, holds our
    /// manifest, or holds exactly our README and nothing else.
    public static func refusal(output: String, content: String, templates: String) -> Message? {
        let fm = FileManager.default
        let out = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let home = fm.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" || out == home { return Message("output.refused.root", ["output": .text(output)]) }
        for (name, dir) in [("content", content), ("templates", templates)] {
            let d = URL(fileURLWithPath: dir).standardizedFileURL.resolvingSymlinksInPath().path
            if d == out || d.hasPrefix(out + "/") {
                return Message("output.refused.contains", ["output": .text(output), "folder": .message(Message("output.folder." + name)), "dir": .text(dir)])
            }
            if out.hasPrefix(d + "/") {
                return Message("output.refused.inside", ["output": .text(output), "folder": .message(Message("output.folder." + name)), "dir": .text(dir)])
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDir) {
            if !isDir.boolValue { return Message("output.not-folder", ["output": .text(output)]) }
            if !isOurs(out) {
                return Message("output.not-ours", ["output": .text(output)])
            }
        }
        return nil
    }

    /// Whether the existing folder `path` is empty, holds a manifest written by reportsite, or holds only
    /// a README with exactly the bytes every build writes.
    static func isOurs(_ path: String) -> Bool {
        let names = (FolderListing.entries(path) ?? []).map(\.name)
        if names.isEmpty { return true }
        if names == ["README.md"] {
            return FileManager.default.contents(atPath: path + "/README.md") == Data(readme.utf8)
        }
        guard names.contains(Manifest.path), let handle = FileHandle(forReadingAtPath: path + "/" + Manifest.path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: Manifest.header.utf8.count)) ?? Data()
        return head == Data(Manifest.header.utf8)
    }

    /// What a process knows of its last write of an output: the manifest's stamp after it, and its files.
    public struct LastWrite: Sendable {
        public var stamp: OutputStamp
        public var paths: [String]

        public init(stamp: OutputStamp, paths: [String]) {
            self.stamp = stamp
            self.paths = paths
        }
    }

    /// Makes `output` hold exactly `files` (the whole site, manifest included) through one transaction:
    /// only files whose bytes differ from the output's are written. When the output's manifest is still the
    /// one `last` left, the output holds `last.paths` and the files not in `changed` since are taken as they
    /// are, without reading anything back (`serve`, decision 74).
    public static func write(_ files: [OutputFile], to output: String, last: LastWrite? = nil,
                             changed: Set<String> = []) throws -> OutputChanges {
        let transaction = try OutputTransaction(output: output)
        let trusted = last.map { OutputStamp(output: transaction.place.target.path) == $0.stamp } ?? false
        if let last, trusted { transaction.assumeOutputHolds(last.paths) } else { transaction.listInBackground() }
        _ = parallelMap(files) { f in transaction.take(f.path, f.bytes, knownSame: trusted && !changed.contains(f.path)) }
        if let problem = transaction.writeFailure {
            transaction.abandon()
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: problem])
        }
        return try transaction.commit()
    }

    /// Waits for a write of this process in progress to end and keeps others from starting, for a process
    /// about to exit (serve's Ctrl-C).
    public static func holdForExit() {
        OutputLock.holdForExit()
    }
}
