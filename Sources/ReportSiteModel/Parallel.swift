import Foundation

/// Maps `items` on all cores, keeping the input order, so results do not depend on scheduling.
public func parallelMap<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
    if items.count < 2 { return items.map(transform) }
    let results = UnsafeMutableBufferPointer<R?>.allocate(capacity: items.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let out = results
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        out[i] = transform(items[i])
    }
    // Every slot was written by exactly one iteration above; moving the results out leaves the buffer
    // empty for `deallocate` (copying them out would leave each one referenced twice, never freed).
    return results.indices.map { results.moveElement(from: $0)! }
}

/// Runs `a` and `b` at the same time (on two cores when there are) and returns both results.
public func inParallel<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var ra: A?
    nonisolated(unsafe) var rb: B?
    DispatchQueue.concurrentPerform(iterations: 2) { i in
        // Each iteration writes only its own variable.
        if i == 0 { ra = a() } else { rb = b() }
    }
    return (ra!, rb!)
}

/// Work started on another thread now, whose result is collected later with `value()`.
public final class BackgroundTask<T: Sendable>: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the task, read after `group` says it is done.
    private var result: T?

    public init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in result = work() }
    }

    /// Waits for the work to finish and returns what it returned.
    public func value() -> T {
        group.wait()
        return result!
    }
}
