import Foundation
import ReportSiteModel
import ReportSiteRender

/// Makes folders inside the open staging folder, each once, for the sink's workers and for the early
/// pass that makes a page folder per unit, province, directive, report and page while the model is
/// computed (most of that stage runs on one core, and creating 100,000 folders is seconds of kernel
/// work that the other core can do then; docs/decisions.md, 37).
final class FolderMaker: @unchecked Sendable {
    /// The staging folder, open; -1 when it could not be opened (then every write fails and is reported).
    let fd: Int32
    // Guarded by `lock`.
    private var made: Set<String> = [""]
    private let lock = NSLock()

    init(staging: URL) {
        fd = open(staging.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Creates the folders above the file `path` not made yet; false when one could not be made.
    func makeParents(of path: String) -> Bool {
        guard let end = path.utf8.lastIndex(of: 0x2F) else { return true }
        return make(String(path[..<end]))
    }

    /// Creates `folder` and its missing ancestors.
    func make(_ folder: String) -> Bool {
        var missing: [String] = []
        var current: String? = folder
        // From the deepest folder up to the first one already made.
        while let f = current {
            lock.lock()
            let known = made.contains(f)
            lock.unlock()
            if known { break }
            missing.append(f)
            current = f.utf8.lastIndex(of: 0x2F).map { String(f[..<$0]) }
        }
        var ok = true
        for f in missing.reversed() {
            // An existing folder is fine: the early pass and a worker may reach the same one.
            ok = ok && PlainFile.makeFolder(f, relativeTo: fd)
            lock.lock()
            made.insert(f)
            lock.unlock()
        }
        return ok
    }

    /// The folders of the pages every build of `site` writes, as its plan lists them.
    static func pageFolders(of site: Site) -> [String] {
        SitePlan(site: site, years: site.years).folders
    }

    /// Makes `folders` on a background thread; a failure is left for the worker that writes into the folder
    /// to find and report. Returns a group to wait on before the staging folder is swapped or removed.
    func makeInBackground(_ folders: [String]) -> DispatchGroup {
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { [self] in
            for f in folders { _ = make(f) }
        }
        return group
    }
}
