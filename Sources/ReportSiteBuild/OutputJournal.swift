import Foundation
import Glibc

/// What a transaction will do to the output folder, written and flushed beside it before anything in it
/// changes (docs/decisions.md, 74). Applying it is idempotent, so a run killed while applying it is
/// finished by the next one: delete the files the build no longer makes, remove the folders left empty,
/// move the staging folder's contents in (a folder the output lacks moves as a whole), the manifest last,
/// then remove the staging folder and the journal.
struct OutputJournal: Equatable {
    /// The staging folder's name, beside the output.
    var staging: String
    /// Files of the output to delete.
    var deletions: [String]
    /// Folders of the output to remove, each after the folders inside it.
    var emptied: [String]

    private static let magic = "reportsite-journal 1"
    private static let end = "end"

    /// Fields separated by NUL, which no path contains; ends with a marker, so a journal cut short is
    /// recognised and not applied.
    func encoded() -> [UInt8] {
        var fields = [OutputJournal.magic, staging, String(deletions.count)] + deletions
        fields += [String(emptied.count)] + emptied + [OutputJournal.end]
        return Array(fields.joined(separator: "\0").utf8)
    }

    /// The journal in `bytes`, or nil when it is not a complete one.
    static func decode(_ bytes: [UInt8]) -> OutputJournal? {
        let fields = bytes.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        var i = 0
        func next() -> String? {
            guard i < fields.count else { return nil }
            defer { i += 1 }
            return fields[i]
        }
        func list() -> [String]? {
            guard let n = next().flatMap(Int.init), n >= 0, i + n <= fields.count else { return nil }
            defer { i += n }
            return Array(fields[i..<i + n])
        }
        guard next() == magic, let staging = next(), !staging.contains("/"), let deletions = list(), let emptied = list(),
              next() == end, i == fields.count else { return nil }
        return OutputJournal(staging: staging, deletions: deletions, emptied: emptied)
    }

    /// Writes the journal beside the output and flushes it and the folder's entry: from then on the
    /// transaction is decided.
    func commit(at place: OutputPlace) throws {
        let draft = place.journalDraft.path
        guard PlainFile.write(draft, encoded()), PlainFile.sync(draft, relativeTo: AT_FDCWD),
              rename(draft, place.journal.path) == 0 else { throw OutputJournal.error(draft) }
        OutputJournal.syncFolder(place.parent.path)
    }

    /// Carries the journal out and removes it with the staging folder.
    func apply(at place: OutputPlace) throws {
        let out = place.target.path
        let staging = place.parent.appendingPathComponent(self.staging).path
        for d in deletions where unlink(out + "/" + d) != 0 && errno != ENOENT { throw OutputJournal.error(out + "/" + d) }
        // A folder that is not empty was filled by an earlier, interrupted apply: it stays.
        for f in emptied { rmdir(out + "/" + f) }
        if FileManager.default.fileExists(atPath: staging) {
            try OutputJournal.moveIn(staging, out, skipping: Manifest.path)
            if access(staging + "/" + Manifest.path, F_OK) == 0 {
                try OutputJournal.move(staging + "/" + Manifest.path, out + "/" + Manifest.path)
            }
            try? FileManager.default.removeItem(atPath: staging)
        }
        // Not flushed: a journal that comes back after a power cut is applied again, which changes nothing.
        if unlink(place.journal.path) != 0 && errno != ENOENT { throw OutputJournal.error(place.journal.path) }
    }

    /// Moves every entry of the folder `from` into the folder `to`: an entry `to` lacks is renamed as a whole,
    /// a folder both have is merged, a file replaces the file of the same name.
    private static func moveIn(_ from: String, _ to: String, skipping: String? = nil) throws {
        guard let entries = FolderListing.entries(from) else { throw error(from) }
        for e in entries where e.name != skipping {
            let source = from + "/" + e.name, target = to + "/" + e.name
            var st = stat()
            if e.isFolder && lstat(target, &st) == 0 && st.st_mode & S_IFMT == S_IFDIR {
                try moveIn(source, target)
            } else {
                try move(source, target)
            }
        }
    }

    private static func move(_ source: String, _ target: String) throws {
        if rename(source, target) != 0 { throw error(target) }
    }

    /// Flushes a folder's entries (renames and removals in it); where it cannot be, nothing more can be done.
    static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func error(_ path: String) -> any Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSUnderlyingErrorKey: POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)])
    }
}
