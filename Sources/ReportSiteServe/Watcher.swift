import Foundation

/// Polls folders for changes by size and modification time; portable and cheap at 10,000 files.
struct FolderSnapshot: Equatable, Sendable {
    var entries: [String: [Int64]]

    static func take(_ roots: [String]) -> FolderSnapshot {
        var entries: [String: [Int64]] = [:]
        let fm = FileManager.default
        for root in roots {
            guard let e = fm.enumerator(atPath: root) else { continue }
            while let rel = e.nextObject() as? String {
                if rel.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                let path = root + "/" + rel
                var st = stat()
                guard stat(path, &st) == 0 else { continue }
                entries[path] = [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_mode)]
            }
        }
        return FolderSnapshot(entries: entries)
    }

    /// Paths added, removed or changed since `old`.
    func changes(since old: FolderSnapshot) -> [String] {
        var out: [String] = []
        for (k, v) in entries where old.entries[k] != v { out.append(k) }
        for k in old.entries.keys where entries[k] == nil { out.append(k) }
        return out.sorted()
    }
}
