import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// Takes rendered files as they come, on the worker that made them, checks their links, and hands them to
/// their destination: an output transaction (which stages those the output does not hold yet) after hashing
/// them, letting their bytes go so a large site is never held in memory (`build`); nowhere (`check`); or
/// memory, keeping them (`serve`, which answers from memory).
final class StreamingSink: @unchecked Sendable {
    enum Destination {
        case output(OutputTransaction)
        case nowhere
        case memory
    }

    struct Record {
        var size: Int
        var sha256: String
    }

    let destination: Destination
    let allPaths: Set<String>
    let outputDisplay: String
    // Guarded by `lock`: every render worker calls `take`.
    private var records: [String: Record] = [:]
    private var diagnostics: [Diagnostic] = []
    private let lock = NSLock()

    /// A sink for everything `renderer` makes and `inputs` holds or copies, with links checked against all of it.
    convenience init(_ destination: Destination, renderer: SiteRenderer, inputs: SiteInputs, output: String) {
        self.init(destination,
                  allPaths: renderer.plannedPaths().union(inputs.held.map(\.path)).union(inputs.copied.map(SiteInputs.outputPath)),
                  outputDisplay: ContentPaths.display(output))
    }

    init(_ destination: Destination, allPaths: Set<String>, outputDisplay: String) {
        self.destination = destination
        self.allPaths = allPaths
        self.outputDisplay = outputDisplay
    }

    /// Hands `files` to the destination and returns them, without their bytes unless kept in memory.
    func take(_ files: [OutputFile]) -> [OutputFile] {
        let links = Timings.measure("sink: links") { LinkChecker.check(files, against: allPaths, outputDisplay: outputDisplay, parallel: false) }
        if !links.isEmpty {
            lock.lock()
            diagnostics += links
            lock.unlock()
        }
        let transaction: OutputTransaction
        switch destination {
        case .output(let t): transaction = t
        case .nowhere: return files.map { OutputFile(path: $0.path, bytes: []) }
        case .memory: return files
        }
        var out: [OutputFile] = []
        out.reserveCapacity(files.count)
        for f in files {
            let hash = Timings.measure("sink: sha256") { SHA256.hex(f.bytes) }
            Timings.measure("sink: write") { transaction.take(f.path, f.bytes) }
            lock.lock()
            records[f.path] = Record(size: f.bytes.count, sha256: hash)
            lock.unlock()
            out.append(OutputFile(path: f.path, bytes: []))
        }
        return out
    }

    /// Copies `files` of `static/` (hashing them as they are read) and returns them without their bytes;
    /// without a transaction, only sees that each can be read (serve holds every file of `static/` instead,
    /// `SiteInputs`). One that cannot be read is an error in `diagnostics`.
    func take(_ files: [StaticFile], paths: ContentPaths, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        let copies = parallelMap(files) { s -> Record? in
            let path = SiteInputs.outputPath(of: s)
            guard case .output(let transaction) = destination else {
                let fd = open(s.sourcePath, O_RDONLY | O_CLOEXEC)
                if fd >= 0 { close(fd) }
                return fd >= 0 ? Record(size: 0, sha256: "") : nil
            }
            return transaction.takeCopy(of: s.sourcePath, as: path).map { Record(size: $0.size, sha256: $0.sha256) }
        }
        var out: [OutputFile] = []
        for (s, copy) in zip(files, copies) {
            guard let copy else {
                diagnostics.append(SiteInputs.unreadable(s, paths: paths))
                continue
            }
            let path = SiteInputs.outputPath(of: s)
            lock.lock()
            records[path] = copy
            lock.unlock()
            out.append(OutputFile(path: path, bytes: []))
        }
        return out
    }

    var linkDiagnostics: [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        return diagnostics
    }

    /// `build-manifest.json` from what was written.
    func manifest() -> OutputFile {
        lock.lock()
        let entries = records.map { (path: $0.key, size: $0.value.size, sha256: $0.value.sha256) }
        lock.unlock()
        return Manifest.file(entries: entries)
    }
}
