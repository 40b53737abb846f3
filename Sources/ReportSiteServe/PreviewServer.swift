import Foundation
import Hummingbird
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

/// The last good site and the diagnostics of the last build, shared by requests and the watcher.
actor SiteState {
    private(set) var files: [String: [UInt8]] = [:]
    private(set) var generation = 0
    private(set) var errors: [String] = []
    /// The overlay's heading, in the run's language.
    private(set) var title = ""
    private var subscribers: [UUID: AsyncStream<String>.Continuation] = [:]

    func publish(files newFiles: [OutputFile]) {
        var map: [String: [UInt8]] = [:]
        for f in newFiles { map[f.path] = f.bytes }
        files = map
        generation += 1
        errors = []
        broadcast()
    }

    func fail(_ lines: [String], title: String) {
        errors = lines
        self.title = title
        broadcast()
    }

    func snapshot() -> [String: [UInt8]] { files }

    var stateEvent: String {
        let list = errors.map { Escape.json($0) }.joined(separator: ",")
        return "event: state\ndata: {\"generation\": \(generation), \"title\": \(Escape.json(title)), \"errors\": [\(list)]}\n\n"
    }

    func subscribe() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream()
        subscribers[id] = continuation
        continuation.yield(stateEvent)
        continuation.onTermination = { _ in Task { await self.remove(id) } }
        return stream
    }

    func remove(_ id: UUID) { subscribers[id] = nil }

    func closeAll() {
        for c in subscribers.values { c.finish() }
        subscribers = [:]
    }

    private func broadcast() {
        let event = stateEvent
        for c in subscribers.values { c.yield(event) }
    }
}

/// `reportsite serve`: builds, serves the output on loopback, watches, rebuilds and reloads open pages.
public struct PreviewServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: Int
    /// `--lang` or `REPORTSITE_LANG` when given; otherwise each build speaks its site's `language`.
    public var language: Language?
    /// Called with each line to print (diagnostics, rebuild times, the URL).
    public var log: @Sendable (String) -> Void
    /// Called once with the port the server listens on (useful with port 0).
    public var onStart: @Sendable (Int) -> Void

    public init(options: BuildOptions, host: String, port: Int, language: Language? = nil,
                log: @escaping @Sendable (String) -> Void, onStart: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.options = options
        self.host = host
        self.port = port
        self.language = language
        self.log = log
        self.onStart = onStart
    }

    public static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "::1", "localhost"].contains(host) || host.hasPrefix("127.")
    }

    /// Why the server cannot listen where asked (such as a port in use), or nil; asked before building.
    public func listenProblem() -> Message? {
        PortProbe.problem(host: host, port: port)
    }

    /// Builds once and serves until the process is stopped.
    public func run() async throws {
        let state = SiteState()
        let builder = Rebuilder(options: options, state: state, language: language, log: log)
        // Watch before the first build, so edits made while it runs are not missed.
        let roots = [options.content, options.templates]
        let events = FileEvents(roots: roots)
        let initial = events == nil ? FolderSnapshot.take(roots) : nil
        await builder.rebuild(reason: "start")
        let words = await builder.language
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await PreviewServer.respond(request, state: state)
        }
        let log = self.log
        let host = self.host
        let onStart = self.onStart
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "reportsite"),
            onServerRunning: { channel in
                let actual = channel.localAddress?.port ?? 0
                let shown = host.contains(":") ? "[\(host)]" : host
                log(Message("serve.serving", ["url": .text("http://\(shown):\(actual)/")]).text(in: words))
                onStart(actual)
            }
        )
        let watch = Task { await builder.watch(events: events, initial: initial) }
        defer { watch.cancel() }
        try await app.runService(gracefulShutdownSignals: [])
    }

    static func respond(_ request: Request, state: SiteState) async throws -> Response {
        let raw = request.uri.path
        if raw == SiteResponder.livePrefix + "events" {
            let stream = await state.subscribe()
            var headers = HTTPFields()
            headers[.contentType] = "text/event-stream; charset=utf-8"
            headers[.cacheControl] = "no-cache"
            return Response(status: .ok, headers: headers, body: ResponseBody { writer in
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event))
                }
                try await writer.finish(nil)
            })
        }
        if raw == SiteResponder.livePrefix + "live.js" {
            return plain(200, "text/javascript; charset=utf-8", Array(SiteResponder.liveScript.utf8))
        }
        // Match on the raw target so percent-encoded tricks are seen before any decoding.
        let target = String(request.head.path ?? raw)
        let r = SiteResponder.respond(to: target, files: await state.snapshot())
        var resp = plain(r.status, r.contentType, r.body)
        if let location = r.location { resp.headers[.location] = location }
        return resp
    }

    static func plain(_ status: Int, _ type: String, _ body: [UInt8]) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(body.count)
        return Response(status: HTTPResponse.Status(code: status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Rebuilds on change, debounced; keeps serving the last good site when a build fails.
actor Rebuilder {
    let options: BuildOptions
    let state: SiteState
    let log: @Sendable (String) -> Void
    let builder: IncrementalBuild
    /// `--lang` or `REPORTSITE_LANG`, when given.
    let chosen: Language?
    /// The language of the last build's words: `chosen`, else its site's, else Vietnamese.
    private(set) var language: Language
    /// What the last write left in Output/ (nil after a failed write).
    var written: OutputWriter.LastWrite?

    init(options: BuildOptions, state: SiteState, language: Language?, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.chosen = language
        self.language = language ?? .vi
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
                log("warning: " + Message("serve.write-failed", ["output": .text(options.output), "cause": .text(IOCause.words(error))]).text(in: language))
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
