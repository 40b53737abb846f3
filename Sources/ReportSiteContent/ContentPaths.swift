import Foundation
import ReportSiteModel

/// Where Content/ and Templates/ are, and how to print their paths in diagnostics.
public struct ContentPaths: Sendable {
    public var content: URL
    public var contentDisplay: String
    public var templates: URL
    public var templatesDisplay: String

    public init(content: String, templates: String) {
        self.content = URL(fileURLWithPath: content).standardizedFileURL
        self.contentDisplay = ContentPaths.display(content)
        self.templates = URL(fileURLWithPath: templates).standardizedFileURL
        self.templatesDisplay = ContentPaths.display(templates)
    }

    public static func display(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

/// The outcome of loading: the site when it could be built, every diagnostic, and the templates.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var templates: [TemplateSource]
    public var assets: [AssetFile]
}

/// Lists files under a folder, sorted by path, skipping hidden files and editor backups.
enum FileListing {
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

    static func list(_ root: URL, containedIn boundary: URL? = nil) -> [Entry] {
        var out: [Entry] = []
        let rootPath = root.resolvingSymlinksInPath().path
        let boundaryPath = (boundary ?? root).resolvingSymlinksInPath().path
        // Walks by path strings and lstat: only a symbolic link needs resolving to know where it leads.
        func walk(_ dirPath: String, _ prefix: String) {
            let names: [(name: String, type: UInt8)]
            switch directoryEntries(dirPath) {
            case .success(let found): names = found
            case .failure(let cause):
                out.append(Entry(path: dirPath, relative: prefix, isSymlinkOutside: false, unreadable: cause, isFolder: true))
                return
            }
            for (name, type) in names.sorted(by: { $0.name < $1.name }) {
                if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { continue }
                let path = dirPath + "/" + name
                let rel = prefix.isEmpty ? name : prefix + "/" + name
                // The directory says which entries are plain files and folders; those need no lstat
                // (a parse cache stats its files itself, see ParseCache.fingerprint).
                if type == UInt8(DT_REG) {
                    out.append(Entry(path: path, relative: rel, isSymlinkOutside: false))
                    continue
                }
                if type == UInt8(DT_DIR) {
                    walk(path, rel)
                    continue
                }
                var st = stat()
                guard lstat(path, &st) == 0 else {
                    out.append(Entry(path: path, relative: rel, isSymlinkOutside: false, unreadable: .last))
                    continue
                }
                var mode = st.st_mode & S_IFMT
                if mode == S_IFLNK {
                    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
                    let inside = resolved == boundaryPath || resolved.hasPrefix(boundaryPath + "/") || resolved.hasPrefix(rootPath + "/")
                    var target = stat()
                    guard stat(path, &target) == 0 else {
                        out.append(Entry(path: path, relative: rel, isSymlinkOutside: false, unreadable: .last))
                        continue
                    }
                    if !inside {
                        out.append(Entry(path: path, relative: rel, isSymlinkOutside: true))
                        continue
                    }
                    mode = target.st_mode & S_IFMT
                    st = target
                    if mode == S_IFDIR {
                        out.append(Entry(path: path, relative: rel, isSymlinkOutside: false, isLinkedFolder: true))
                        continue
                    }
                }
                if mode == S_IFDIR {
                    walk(path, rel)
                } else if mode == S_IFREG {
                    out.append(Entry(path: path, fingerprint: [Int64(st.st_size), Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ino)],
                                     relative: rel, isSymlinkOutside: false))
                }
            }
        }
        walk(root.path, "")
        return out.sorted { $0.relative < $1.relative }
    }

    /// The names in a folder with their `d_type` (DT_UNKNOWN where the file system does not say).
    static func directoryEntries(_ path: String) -> Result<[(name: String, type: UInt8)], IOCause> {
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
