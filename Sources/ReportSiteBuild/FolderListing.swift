import Glibc

/// Reads folders with `readdir`: names and whether each is a folder, without Foundation's per-entry objects
/// (the output folder of a 10k site has 10,000 folders).
enum FolderListing {
    struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// The entries of the folder `path` (symbolic links are not folders), or nil when it cannot be read.
    static func entries(_ path: String) -> [Entry]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [Entry] = []
        while let e = readdir(dir) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var isFolder = e.pointee.d_type == UInt8(DT_DIR)
            if e.pointee.d_type == UInt8(DT_UNKNOWN) {
                var st = stat()
                isFolder = lstat(path + "/" + name, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR
            }
            out.append(Entry(name: name, isFolder: isFolder))
        }
        return out
    }

    /// Every file (anything that is not a folder) and every folder below `root`, as paths relative to it.
    static func walk(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        var pending = [""]
        while let rel = pending.popLast() {
            for e in entries(rel.isEmpty ? root : root + "/" + rel) ?? [] {
                let path = rel.isEmpty ? e.name : rel + "/" + e.name
                if e.isFolder {
                    folders.append(path)
                    pending.append(path)
                } else {
                    files.append(path)
                }
            }
        }
        return (files, folders)
    }
}
