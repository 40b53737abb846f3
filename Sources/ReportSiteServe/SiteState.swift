import Foundation
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
        self.title = title
        errors = lines
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

    private func broadcast() {
        let event = stateEvent
        for c in subscribers.values { c.yield(event) }
    }
}
