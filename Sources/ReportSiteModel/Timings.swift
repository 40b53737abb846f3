import Foundation

/// Wall time per pipeline stage, printed to standard error when the executable turns it on (it does when
/// `REPORTSITE_TIMINGS` is set). Used to see where a build spends its time (docs/performance.md); off by
/// default and never part of output.
public enum Timings {
    /// Set once by `begin(enabled:)`, before any other thread starts.
    nonisolated(unsafe) public private(set) static var enabled = false
    /// When the process started its work (set by `begin(enabled:)`), for the "since start" lines.
    nonisolated(unsafe) private static var started: UInt64 = 0

    /// Marks the start of the process's work and turns the timings on or off; call first thing.
    public static func begin(enabled: Bool) {
        self.enabled = enabled
        started = DispatchTime.now().uptimeNanoseconds
    }

    /// Records the time from `begin()` to now under `label` (a point in the run, not a stage).
    public static func mark(_ label: String) {
        guard enabled, started > 0 else { return }
        let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
        lock.lock()
        entries.append(("@ " + label, ms, 1))
        lock.unlock()
    }
    nonisolated(unsafe) private static var entries: [(label: String, ms: Double, count: Int)] = []
    private static let lock = NSLock()

    /// Runs `body` and, when timings are on, records how long it took under `label`. The label is made
    /// only then: callers on hot paths (one per file or page) build it from parts.
    @inline(__always)
    public static func measure<R>(_ label: @autoclosure () -> String, _ body: () throws -> R) rethrows -> R {
        guard enabled else { return try body() }
        let label = label()
        let start = DispatchTime.now().uptimeNanoseconds
        let r = try body()
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        lock.lock()
        if let i = entries.firstIndex(where: { $0.label == label }) {
            entries[i].ms += ms
            entries[i].count += 1
        } else {
            entries.append((label, ms, 1))
        }
        lock.unlock()
        return r
    }

    /// The recorded stages as lines such as "  load        812.4 ms"; a stage run several times (such as
    /// one kind of page on every worker) shows its summed time, which can exceed the wall time.
    public static func report() -> String {
        lock.lock(); defer { lock.unlock() }
        return entries.map { "  " + $0.label.padding(toLength: 22, withPad: " ", startingAt: 0) + String(format: "%8.1f ms", $0.ms)
            + ($0.count > 1 ? " (\($0.count)×, summed)" : "") }
            .joined(separator: "\n")
    }
}
