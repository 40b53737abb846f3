import Foundation
import ReportSiteModel

/// Lists files under a folder, sorted by path, skipping hidden files and editor backups.
struct FileListing {
    struct Entry: Sendable {
        var path: String
        var url: URL { URL(fileURLWithPath: path) }
        /// Size, modification time and inode, for the parse cache; only entries the listing had to stat
        /// (links, or a file system without types in its folders) have it, the cache stats the others.
        var fingerprint: [Int64] = []
        /// Path relative to the listed folder with `/` separators.
        var relative: String
        var isSymlinkOutside: Bool
        /// A symbolic link to a folder: never followed (it could loop or list files twice).
        var isLinkedFolder = false
        /// Why this folder (or link) could not be read; the listing goes on with the rest.
        var unreadable: IOCause? = nil
        /// The unreadable entry is a folder (else a link that could not be followed).
        var isFolder = false

        /// The error for an unreadable entry, at `display` (its path as the user gave it).
        func unreadableDiagnostic(display: String) -> Diagnostic? {
            unreadable.map { .unreadable(display, $0, folder: isFolder) }
        }
    }

    /// The real path of the listed folder: a symbolic link may lead only inside it.
    private let rootPath: String
    private var entries: [Entry] = []

    private init(rootPath: String) { self.rootPath = rootPath }

    static func list(_ root: URL) -> [Entry] {
        var listing = FileListing(rootPath: root.resolvingSymlinksInPath().path)
        listing.walk(root.path, "")
        return listing.entries.sorted { $0.relative < $1.relative }
    }

    /// Walks by path strings and lstat: only a symbolic link needs resolving to know where it leads.
    private mutating func walk(_ dirPath: String, _ prefix: String) {
        let names: [(name: String, type: UInt8)]
        switch Self.directoryEntries(dirPath) {
        case .success(let found): names = found
        case .failure(let cause):
            entries.append(Entry(path: dirPath, relative: prefix, isSymlinkOutside: false, unreadable: cause, isFolder: true))
            return
        }
        for (name, type) in names.sorted(by: { $0.name < $1.name }) {
            if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { continue }
            let path = dirPath + "/" + name
            let rel = prefix.isEmpty ? name : prefix + "/" + name
            // The directory says which entries are plain files and folders; those need no lstat
            // (a parse cache stats its files itself, see ParseCache.fingerprint).
            if type == UInt8(DT_REG) {
                entries.append(Entry(path: path, relative: rel, isSymlinkOutside: false))
            } else if type == UInt8(DT_DIR) {
                walk(path, rel)
            } else {
                addStatted(path, rel)
            }
        }
    }

    /// An entry the folder did not type, or a symbolic link: `lstat` tells what it is.
    private mutating func addStatted(_ path: String, _ rel: String) {
        var st = stat()
        guard lstat(path, &st) == 0 else {
            entries.append(Entry(path: path, relative: rel, isSymlinkOutside: false, unreadable: .last))
            return
        }
        if st.st_mode & S_IFMT == S_IFLNK {
            guard let target = followLink(path, rel) else { return }
            st = target
        }
        let mode = st.st_mode & S_IFMT
        if mode == S_IFDIR {
            walk(path, rel)
        } else if mode == S_IFREG {
            entries.append(Entry(path: path, fingerprint: [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ino)],
                                 relative: rel, isSymlinkOutside: false))
        }
    }

    /// The status of what the symbolic link at `path` leads to when that is a file inside the listed
    /// folder; otherwise the link's entry is added as it is (outside, a folder, or unreadable) and nil.
    private mutating func followLink(_ path: String, _ rel: String) -> stat? {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let inside = resolved == rootPath || resolved.hasPrefix(rootPath + "/")
        var target = stat()
        guard stat(path, &target) == 0 else {
            entries.append(Entry(path: path, relative: rel, isSymlinkOutside: false, unreadable: .last))
            return nil
        }
        if !inside {
            entries.append(Entry(path: path, relative: rel, isSymlinkOutside: true))
            return nil
        }
        if target.st_mode & S_IFMT == S_IFDIR {
            entries.append(Entry(path: path, relative: rel, isSymlinkOutside: false, isLinkedFolder: true))
            return nil
        }
        return target
    }

    /// The names in a folder with their `d_type` (DT_UNKNOWN where the file system does not say).
    private static func directoryEntries(_ path: String) -> Result<[(name: String, type: UInt8)], IOCause> {
        guard let dir = opendir(path) else { return .failure(.last) }
        defer { closedir(dir) }
        var out: [(name: String, type: UInt8)] = []
        while let e = readdir(dir) {
            let name = withUnsafePointer(to: &e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            out.append((name, e.pointee.d_type))
        }
        return .success(out)
    }
}
