import Foundation
import Glibc

/// One update of the output folder, the single write path of `build` and `serve`. Files are taken as they
/// are made: one whose bytes the output already holds is left alone (its modification time too), any other
/// is staged in a folder beside the output. Nothing in the output changes before `commit`, which removes
/// what the build no longer makes and moves the staged files in under a journal (`OutputJournal`), so a
/// run killed at any moment leaves the old site, or the new one once the next run has finished the journal.
/// Into a missing or empty output, the staging folder simply becomes the output by one rename.
final class OutputTransaction: @unchecked Sendable {
    let place: OutputPlace
    let staging: URL
    /// True when the output is missing or empty: every file is staged, nothing is compared.
    let fresh: Bool
    /// Makes folders in the staging folder, held open for the transaction.
    let folders: FolderMaker
    private let lock: OutputLock
    /// The output folder, open, when it is not fresh.
    let outputFd: Int32
    // Guarded by `guard_`: every render worker calls `take`.
    private var produced: Set<String> = []
    private var staged: [String] = []
    private var failure: String?
    private let guard_ = NSLock()
    private var done = false

    /// Takes the output's lock, finishes or undoes what an earlier run left, and makes the staging folder.
    init(output: String) throws {
        place = OutputPlace(output: output)
        try FileManager.default.createDirectory(at: place.parent, withIntermediateDirectories: true)
        lock = try OutputLock(parent: place.parent)
        do {
            try OutputTransaction.recover(place)
            staging = place.staging()
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            lock.release()
            throw error
        }
        folders = FolderMaker(staging: staging)
        outputFd = open(place.target.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        fresh = outputFd < 0 || FolderListing.entries(place.target.path)?.isEmpty == true
    }

    /// Lists what the output holds on another thread, while the build renders: nothing changes the output
    /// until the commit. Without this (or `assumeOutputHolds`), the commit lists it.
    func listInBackground() {
        guard !fresh, !listingStarted else { return }
        listingStarted = true
        let target = place.target.path
        let listing = existing
        listingDone.enter()
        DispatchQueue.global(qos: .userInitiated).async { [listingDone] in
            listing.value = FolderListing.walk(target)
            listingDone.leave()
        }
    }

    /// Takes `files` for what the output holds instead of listing it: for `serve`, whose last write left
    /// exactly these while the output's manifest is still the one it wrote (`OutputStamp`).
    func assumeOutputHolds(_ files: [String]) {
        guard !listingStarted else { return }
        listingStarted = true
        var folders = Set<String>()
        for f in files { folders.formUnion(OutputTransaction.ancestors(of: f)) }
        existing.value = (files, Array(folders))
    }

    /// The output's files and folders (empty for a fresh output).
    private final class Listing: @unchecked Sendable {
        var value: (files: [String], folders: [String]) = ([], [])
    }
    private let existing = Listing()
    private let listingDone = DispatchGroup()
    private var listingStarted = false

    /// The folders above the file `path`, nearest first.
    static func ancestors(of path: String) -> [String] {
        var out: [String] = []
        var p = Substring(path)
        while let slash = p.lastIndex(of: "/") {
            p = p[..<slash]
            out.append(String(p))
        }
        return out
    }

    deinit {
        // A transaction let go without a commit leaves the output as it was, and the lock free.
        abandon()
        if outputFd >= 0 { close(outputFd) }
    }

    /// Takes the file `path` of the new site; false when it had to be staged and could not be. With
    /// `knownSame`, the caller knows the output holds these bytes (`OutputStamp`) and they are not compared.
    @discardableResult
    func take(_ path: String, _ bytes: [UInt8], knownSame: Bool = false) -> Bool {
        let same = !fresh && (knownSame || PlainFile.holds(path, bytes, relativeTo: outputFd))
        let ok = same || (folders.makeParents(of: path) && PlainFile.write(path, bytes, relativeTo: folders.fd))
        record(path, same: same, ok: ok)
        return ok
    }

    /// Notes that the new site has `path`, the same as the output's file or staged (`ok` when that worked).
    func record(_ path: String, same: Bool, ok: Bool) {
        guard_.lock()
        produced.insert(path)
        if !same { staged.append(path) }
        if !ok, failure == nil { failure = "\(staging.path)/\(path)" }
        guard_.unlock()
    }

    /// The staging path of the first file that could not be staged, if any.
    var writeFailure: String? {
        guard_.lock()
        defer { guard_.unlock() }
        return failure
    }

    /// Makes the output hold exactly the files taken, and releases the lock.
    func commit() throws -> OutputChanges {
        precondition(!done, "a transaction is committed or abandoned once")
        done = true
        defer { lock.release() }
        var changes = try apply()
        changes.stamp = OutputStamp(output: place.target.path)
        return changes
    }

    private func apply() throws -> OutputChanges {
        do {
            if fresh {
                // rename(2) replaces an empty folder in one step.
                if rename(staging.path, place.target.path) != 0 { throw OutputJournal.error(place.target.path) }
                OutputJournal.syncFolder(place.parent.path)
                return OutputChanges(written: staged.count, removed: 0)
            }
            let journal = obsolete()
            if staged.isEmpty && journal.deletions.isEmpty && journal.emptied.isEmpty {
                try? FileManager.default.removeItem(at: staging)
                return OutputChanges(written: 0, removed: 0)
            }
            flushStaged()
            try journal.commit(at: place)
            try journal.apply(at: place)
            return OutputChanges(written: staged.count, removed: journal.deletions.count)
        } catch {
            // Before the journal is written, the output is unchanged; after, the next run finishes it.
            if !FileManager.default.fileExists(atPath: place.journal.path) { try? FileManager.default.removeItem(at: staging) }
            throw error
        }
    }

    /// Removes the staging folder and releases the lock: the output stays as it was.
    func abandon() {
        guard !done else { return }
        done = true
        listingDone.wait()
        try? FileManager.default.removeItem(at: staging)
        lock.release()
    }

    /// The journal of this transaction: the output's files the build did not make, and its folders that
    /// hold none of the files it made.
    private func obsolete() -> OutputJournal {
        listInBackground()
        listingDone.wait()
        let (files, folders) = existing.value
        var keep = Set<String>()
        for p in produced {
            for folder in OutputTransaction.ancestors(of: p) where !keep.insert(folder).inserted { break }
        }
        return OutputJournal(staging: staging.lastPathComponent,
                             deletions: files.filter { !produced.contains($0) }.sorted(),
                             emptied: folders.filter { !keep.contains($0) }.sorted(by: >))
    }

    /// Flushes the staged files to the disk before the journal that moves them is written: each file when
    /// there are few, else the whole file system once (decision 74).
    private func flushStaged() {
        if staged.count <= 64 {
            for p in staged { _ = PlainFile.sync(p, relativeTo: folders.fd) }
        } else if let syncfs = OutputTransaction.syncfs {
            _ = syncfs(folders.fd)
        } else {
            sync()
        }
    }

    /// glibc's `syncfs(2)`, which its Swift module does not export (it is declared only with _GNU_SOURCE).
    private static let syncfs: (@convention(c) (Int32) -> Int32)? = {
        dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs").map { unsafeBitCast($0, to: (@convention(c) (Int32) -> Int32).self) }
    }()

    /// Under the lock: finishes a complete journal left by a killed run (or drops one cut short), then
    /// removes every staging folder and old output left beside the output.
    private static func recover(_ place: OutputPlace) throws {
        if let bytes = FileManager.default.contents(atPath: place.journal.path) {
            if let journal = OutputJournal.decode([UInt8](bytes)) {
                try journal.apply(at: place)
            } else {
                try FileManager.default.removeItem(at: place.journal)
            }
        }
        for e in FolderListing.entries(place.parent.path) ?? [] where place.isLeftover(e.name) {
            try FileManager.default.removeItem(at: place.parent.appendingPathComponent(e.name))
        }
    }

    /// What `check` does before anything else: recovers the output folder if a run left something beside it.
    static func recover(output: String) throws {
        let place = OutputPlace(output: output)
        guard FileManager.default.fileExists(atPath: place.parent.path) else { return }
        let lock = try OutputLock(parent: place.parent)
        defer { lock.release() }
        try recover(place)
    }
}
