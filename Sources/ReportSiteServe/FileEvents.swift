#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Change notifications from the Linux kernel (inotify) for every folder under the roots: no polling,
/// no idle CPU. New folders are watched as they appear. nil where inotify is not available.
///
/// A root that is moved away, deleted or replaced (a branch switch, a folder-sync tool) is noticed through
/// a watch on its parent folder: its old watches are dropped, it is reported as changed (so the rebuild
/// says it is missing), and once a folder of that name is back it is watched again and reported.
final class FileEvents: @unchecked Sendable {
    private let fd: Int32
    // Written by the reader thread only after init.
    private var folders: [Int32: String] = [:]
    /// Watches on the roots' parent folders: the roots' names in each.
    private var parents: [Int32: [(name: String, root: String)]] = [:]
    /// Each root's device and inode as last watched; nil while it is missing.
    private var identities: [String: [UInt64]] = [:]
    private let lock = NSLock()
    private var continuation: AsyncStream<[String]>.Continuation?

    private static let mask: UInt32 = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_CLOSE_WRITE | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)
    /// Added to what a parent that is also watched as a folder already asks for.
    private static let parentMask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_MASK_ADD)

    init?(roots: [String]) {
        #if canImport(Glibc)
        fd = inotify_init1(Int32(IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        for root in roots {
            let parent = (root as NSString).deletingLastPathComponent
            let wd = inotify_add_watch(fd, parent.isEmpty ? "." : parent, FileEvents.parentMask)
            if wd >= 0 { parents[wd, default: []].append(((root as NSString).lastPathComponent, root)) }
            identities[root] = FileEvents.identity(root)
            watchTree(root)
        }
        #else
        return nil
        #endif
    }

    /// A folder's device and inode, nil when it is not there.
    private static func identity(_ path: String) -> [UInt64]? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return nil }
        return [UInt64(st.st_dev), UInt64(st.st_ino)]
    }

    /// Called on an event for `root`'s name in its parent: whether the folder there is not the one watched
    /// (gone, or another one); then the old watches go and a folder now there is watched.
    private func rewatchIfReplaced(_ root: String) -> Bool {
        let now = FileEvents.identity(root)
        lock.lock()
        let before = identities[root]
        guard now != before else { lock.unlock(); return false }
        identities[root] = now
        let stale = folders.filter { $0.value == root || $0.value.hasPrefix(root + "/") }.map(\.key)
        for wd in stale { folders[wd] = nil }
        lock.unlock()
        for wd in stale { inotify_rm_watch(fd, wd) }
        if now != nil { watchTree(root) }
        return true
    }

    deinit { close(fd) }

    private func watchTree(_ path: String) {
        let wd = inotify_add_watch(fd, path, FileEvents.mask)
        if wd >= 0 {
            lock.lock()
            folders[wd] = path
            lock.unlock()
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        for name in names where !name.hasPrefix(".") {
            let child = path + "/" + name
            var st = stat()
            if lstat(child, &st) == 0, st.st_mode & S_IFMT == S_IFDIR { watchTree(child) }
        }
    }

    /// Paths that changed, a batch per read from the kernel.
    func stream() -> AsyncStream<[String]> {
        let (stream, continuation) = AsyncStream<[String]>.makeStream()
        self.continuation = continuation
        let thread = Thread { [self] in self.readLoop() }
        thread.name = "reportsite-file-events"
        thread.start()
        return stream
    }

    private func readLoop() {
        let size = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 8)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n <= 0 {
                if n < 0 && errno == EINTR { continue }
                continuation?.finish()
                return
            }
            var changed: [String] = []
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= n {
                let event = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                let nameStart = buffer + offset + MemoryLayout<inotify_event>.size
                var name = ""
                if event.len > 0 {
                    name = String(cString: nameStart.assumingMemoryBound(to: CChar.self))
                }
                lock.lock()
                let folder = folders[event.wd]
                let roots = parents[event.wd] ?? []
                lock.unlock()
                for root in roots where root.name == name && rewatchIfReplaced(root.root) {
                    changed.append(root.root)
                }
                if let folder, !name.hasPrefix(".") {
                    let path = name.isEmpty ? folder : folder + "/" + name
                    changed.append(path)
                    if event.mask & UInt32(IN_ISDIR) != 0, event.mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        watchTree(path)
                    }
                }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
            if !changed.isEmpty { continuation?.yield(changed) }
        }
    }
}
