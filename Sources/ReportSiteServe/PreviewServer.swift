import Foundation
import Hummingbird
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

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
