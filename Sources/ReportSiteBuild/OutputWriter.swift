import Foundation
import ReportSiteModel
import ReportSiteRender

/// Writes the output into a sibling staging folder and swaps it in by rename.
public enum OutputWriter {
    static let readme = "# Generated folder\n\nThis folder is written by `reportsite build` from Content/ and Templates/.\nDo not edit it: every build replaces it completely.\n"

    /// Why `output` must not be replaced, or nil when it may.
    public static func refusal(output: String, content: String, templates: String) -> String? {
        let fm = FileManager.default
        let out = URL(fileURLWithPath: output).standardizedFileURL.resolvingSymlinksInPath().path
        let home = fm.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath().path
        if out == "/" || out == home { return "refusing to use \(output) as the output folder: it is / or the home folder" }
        for (name, dir) in [("content", content), ("templates", templates)] {
            let d = URL(fileURLWithPath: dir).standardizedFileURL.resolvingSymlinksInPath().path
            if d == out || d.hasPrefix(out + "/") {
                return "refusing to use \(output) as the output folder: it is or contains the \(name) folder \(dir)"
            }
            if out.hasPrefix(d + "/") {
                return "refusing to use \(output) as the output folder: it is inside the \(name) folder \(dir)"
            }
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDir) {
            if !isDir.boolValue { return "\(output) exists and is not a folder" }
            let names = (try? fm.contentsOfDirectory(atPath: out)) ?? []
            let ours = names.isEmpty || names.contains("build-manifest.json") || names == ["README.md"]
            if !ours {
                return "\(output) is not empty and was not written by reportsite (it has no build-manifest.json); empty it or choose another --output"
            }
        }
        return nil
    }

    /// A new, empty staging folder beside `output`.
    public static func makeStaging(for output: String) throws -> URL {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: staging)
        try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        return staging
    }

    /// Replaces `output` with the finished `staging` folder by renames; the old output is deleted after.
    public static func swap(staging: URL, into output: String) throws {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: output).standardizedFileURL
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(ProcessInfo.processInfo.processIdentifier)")
        try? fm.removeItem(at: old)
        if fm.fileExists(atPath: target.path) {
            try fm.moveItem(at: target, to: old)
            do {
                try fm.moveItem(at: staging, to: target)
            } catch {
                try? fm.moveItem(at: old, to: target)
                throw error
            }
            try? fm.removeItem(at: old)
        } else {
            try fm.moveItem(at: staging, to: target)
        }
    }

    /// Writes every file under a staging folder beside `output`, then replaces `output` with it.
    public static func write(_ files: [OutputFile], to output: String) throws {
        let fm = FileManager.default
        let staging = try makeStaging(for: output)
        do {
            var dirs = Set<String>()
            for f in files {
                var parts = f.path.split(separator: "/")
                parts.removeLast()
                var acc = ""
                for p in parts {
                    acc += (acc.isEmpty ? "" : "/") + p
                    dirs.insert(acc)
                }
            }
            for d in dirs.sorted() {
                try fm.createDirectory(at: staging.appendingPathComponent(d), withIntermediateDirectories: true)
            }
            let base = staging.path
            let failures = parallelMap(files) { f -> String? in
                let path = base + "/" + f.path
                return PlainFile.write(path, f.bytes) ? nil : f.path
            }
            if let bad = failures.compactMap({ $0 }).first {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: bad])
            }
            try swap(staging: staging, into: output)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    /// Updates `output` in place with only the files that changed (each replaced by rename) and removes
    /// files that are gone; used by `serve` after the first full write.
    public static func update(_ files: [OutputFile], changed: [String], removed: [String], in output: String) throws {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: output).standardizedFileURL
        let byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0) })
        let pid = ProcessInfo.processInfo.processIdentifier
        for path in changed {
            guard let f = byPath[path] else { continue }
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let tmp = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp-\(pid)")
            try Data(f.bytes).write(to: tmp)
            if rename(tmp.path, url.path) != 0 {
                try? fm.removeItem(at: tmp)
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        }
        for path in removed {
            try? fm.removeItem(at: root.appendingPathComponent(path))
        }
    }
}
