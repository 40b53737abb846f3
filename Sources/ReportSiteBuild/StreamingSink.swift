import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// Takes rendered files as they come, on the worker that made them: checks their links, hashes them,
/// writes them into the staging folder and lets their bytes go, so a large site is never held in memory.
/// Without a staging folder (`check`), it only checks links.
final class StreamingSink: @unchecked Sendable {
    struct Record {
        var size: Int
        var sha256: String
    }

    let staging: URL?
    let allPaths: Set<String>
    let outputDisplay: String
    // Guarded by `lock`: every render worker calls `take`.
    private var records: [String: Record] = [:]
    private var diagnostics: [Diagnostic] = []
    private var failure: String?
    private let lock = NSLock()

    /// A sink for everything `renderer` and `extra` make, with links checked against all of it.
    convenience init(staging: URL?, renderer: SiteRenderer, extra: [OutputFile], output: String, folders: FolderMaker? = nil) {
        self.init(staging: staging, allPaths: renderer.plannedPaths().union(extra.map(\.path)),
                  outputDisplay: ContentPaths.display(output), folders: folders)
    }

    init(staging: URL?, allPaths: Set<String>, outputDisplay: String, folders: FolderMaker? = nil) {
        self.staging = staging
        self.allPaths = allPaths
        self.outputDisplay = outputDisplay
        // Files and folders are made relative to the staging folder, held open for the build.
        self.folders = folders ?? staging.map(FolderMaker.init)
    }

    private let folders: FolderMaker?

    /// Writes `files` and returns them without their bytes.
    func take(_ files: [OutputFile]) -> [OutputFile] {
        let links = Timings.measure("sink: links") { LinkChecker.check(files, against: allPaths, outputDisplay: outputDisplay, parallel: false) }
        if !links.isEmpty {
            lock.lock()
            diagnostics += links
            lock.unlock()
        }
        guard let base = staging?.path else { return files.map { OutputFile(path: $0.path, bytes: []) } }
        var out: [OutputFile] = []
        out.reserveCapacity(files.count)
        for f in files {
            let hash = Timings.measure("sink: sha256") { SHA256.hex(f.bytes) }
            let ok = Timings.measure("sink: write") {
                guard let folders else { return false }
                return folders.makeParents(of: f.path) && PlainFile.write(f.path, f.bytes, relativeTo: folders.fd)
            }
            lock.lock()
            records[f.path] = Record(size: f.bytes.count, sha256: hash)
            if !ok, failure == nil { failure = "could not write \(base)/\(f.path)" }
            lock.unlock()
            out.append(OutputFile(path: f.path, bytes: []))
        }
        return out
    }

    var linkDiagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return diagnostics
    }

    var writeFailure: String? {
        lock.lock()
        defer { lock.unlock() }
        return failure
    }

    /// `build-manifest.json` from what was written.
    func manifest() -> OutputFile {
        lock.lock()
        let entries = records.map { (path: $0.key, size: $0.value.size, sha256: $0.value.sha256) }
        lock.unlock()
        return Manifest.file(entries: entries)
    }
}
