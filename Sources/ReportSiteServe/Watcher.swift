import Foundation

/// Polls folders for changes by size and modification time; portable and cheap at 10,000 files.
struct FolderSnapshot: Equatable, Sendable {
    var entries: [String: [Int64]]

    static func take(_ roots: [String]) -> FolderSnapshot {
        var entries: [String: [Int64]] = [:]
        func walk(_ dir: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
            for name in names where !name.hasPrefix(".") {
                let path = dir + "/" + name
                var st = stat()
                guard lstat(path, &st) == 0 else { continue }
                entries[path] = [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_mode)]
                if st.st_mode & S_IFMT == S_IFDIR { walk(path) }
            }
        }
        for root in roots { walk(root) }
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
