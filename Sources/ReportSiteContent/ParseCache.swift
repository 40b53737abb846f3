import Foundation
import ReportSiteModel

/// Parsed content files kept between loads by `serve`: a file whose size, modification time and inode
/// did not change is not read again. Assessment files also depend on the scheme they were read with.
public final class ParseCache: @unchecked Sendable {
    struct Entry {
        var fingerprint: [Int64]
        var scheme: Scheme?
        var outcome: FileJob.Outcome
    }

    // Guarded by `lock`: parallel parse tasks read and write it.
    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    public private(set) var hits = 0
    public private(set) var misses = 0

    public init() {}

    static func fingerprint(_ path: String) -> [Int64]? {
        var st = stat()
        guard stat(path, &st) == 0 else { return nil }
        return [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ino)]
    }

    func lookup(_ key: String, fingerprint: [Int64], scheme: Scheme?) -> FileJob.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        guard let e = entries[key], e.fingerprint == fingerprint, e.scheme == scheme else {
            misses += 1
            return nil
        }
        hits += 1
        return e.outcome
    }

    func store(_ key: String, fingerprint: [Int64], scheme: Scheme?, outcome: FileJob.Outcome) {
        lock.lock()
        entries[key] = Entry(fingerprint: fingerprint, scheme: scheme, outcome: outcome)
        lock.unlock()
    }

    func keepOnly(_ keys: Set<String>) {
        lock.lock()
        // Usually nothing goes: filtering made a new table of every entry on each rebuild.
        let gone = entries.keys.filter { !keys.contains($0) }
        for k in gone { entries[k] = nil }
        lock.unlock()
    }

    /// Counts since the last call, then resets them.
    public func takeCounts() -> (hits: Int, misses: Int) {
        lock.lock()
        defer { hits = 0; misses = 0; lock.unlock() }
        return (hits, misses)
    }
}
