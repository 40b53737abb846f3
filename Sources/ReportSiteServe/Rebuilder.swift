import Foundation
import ReportSiteBuild
import ReportSiteModel

/// Rebuilds on change, debounced; keeps serving the last good site when a build fails.
actor Rebuilder {
    let options: BuildOptions
    let state: SiteState
    let log: @Sendable (String) -> Void
    let builder: IncrementalBuild
    /// What the last write left in Output/ (nil after a failed write).
    var written: OutputWriter.LastWrite?
    /// `--lang` or `REPORTSITE_LANG`, when given.
    let chosen: Language?
    /// The language of the last build's words: `chosen`, else its site's, else Vietnamese.
    private(set) var language: Language

    init(options: BuildOptions, state: SiteState, language: Language?, log: @escaping @Sendable (String) -> Void) {
        self.chosen = language
        self.language = language ?? .vi
        self.options = options
        self.builder = IncrementalBuild(options: options)
        self.state = state
        self.log = log
    }

    func rebuild(reason: String) async {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = builder.run()
        language = chosen ?? result.language ?? .vi
        for d in result.diagnostics { log(d.line(in: language)) }
        if result.outcome == .success {
            // The same transaction as `build`: only files that differ from Output/ are written, and Output/
            // changes as a whole, so stopping serve at any moment never leaves a mixed site.
            var count = 0
            do {
                let changes = try OutputWriter.write(result.files, to: options.output, last: written, changed: Set(result.changed))
                count = changes.written
                written = changes.stamp.map { OutputWriter.LastWrite(stamp: $0, paths: result.files.map(\.path)) }
            } catch {
                written = nil
                log("warning: " + Message("serve.write-failed", ["output": .text(options.output), "cause": IOCause.argument(error)]).text(in: language))
            }
            await state.publish(files: result.files)
            let ms = (DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            log(Message(reason == "start" ? "serve.built" : "serve.rebuilt", [
                "files": .int(result.files.count), "ms": .text(String(ms)), "parsed": .int(result.parsedFiles), "mode": .text(result.mode), "written": .int(count),
            ]).text(in: language))
        } else {
            await state.fail(result.diagnostics.filter { $0.severity == .error }.map { $0.line(in: language) },
                             title: Message("serve.overlay.title").text(in: language))
            log(Message("serve.rebuild-failed", ["errors": Pipeline.count("errors", result.diagnostics.errorCount)]).text(in: language))
        }
    }

    /// Waits for changes in Content/ and Templates/ (inotify, else polling); a burst of changes triggers
    /// one rebuild once it settles.
    func watch(events: FileEvents?, initial: FolderSnapshot?) async {
        if let events {
            await watchEvents(events)
        } else {
            await poll([options.content, options.templates], from: initial ?? FolderSnapshot(entries: [:]))
        }
    }

    func watchEvents(_ events: FileEvents) async {
        let stream = events.stream()
        let settle = Task { [weak self] in
            // Rebuild once no event came for 25 ms (editors save in several steps).
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: 10_000_000)
                guard let self else { return }
                await self.flushIfSettled()
            }
        }
        defer { settle.cancel() }
        for await paths in stream {
            note(paths)
        }
    }

    private var pendingPaths: [String] = []
    private var lastEventAt: UInt64 = 0

    func note(_ paths: [String]) {
        pendingPaths += paths
        lastEventAt = DispatchTime.now().uptimeNanoseconds
    }

    func flushIfSettled() async {
        guard !pendingPaths.isEmpty, DispatchTime.now().uptimeNanoseconds - lastEventAt > 25_000_000 else { return }
        let changed = Array(Set(pendingPaths)).sorted()
        pendingPaths = []
        let files = changed.filter { path in
            var st = stat()
            return lstat(path, &st) != 0 || st.st_mode & S_IFMT != S_IFDIR
        }
        log(Message("serve.changed", ["files": .text(files.prefix(3).joined(separator: ", ") + (files.count > 3 ? " …" : ""))]).text(in: language))
        await rebuild(reason: "change")
    }

    /// Polling fallback: size and modification time of every file, every 100 ms.
    func poll(_ roots: [String], from initial: FolderSnapshot) async {
        var snapshot = initial
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 100_000_000)
            var current = FolderSnapshot.take(roots)
            var changed = current.changes(since: snapshot)
            guard !changed.isEmpty else { continue }
            // Debounce: wait until two scans 60 ms apart agree (editors save in several steps).
            while true {
                try? await Task.sleep(nanoseconds: 60_000_000)
                let next = FolderSnapshot.take(roots)
                if next == current { break }
                changed += next.changes(since: current)
                current = next
            }
            snapshot = current
            let files = Set(changed).filter { current.entries[$0].map { ($0[3] & 0o170000) != 0o040000 } ?? true }
            let names = files.sorted().prefix(3).joined(separator: ", ")
            log(Message("serve.changed", ["files": .text(names + (files.count > 3 ? " …" : ""))]).text(in: language))
            await rebuild(reason: "change")
        }
    }
}
