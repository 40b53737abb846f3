import Foundation

/// The output folder and the names a transaction uses beside it, in the same parent folder (so every
/// move is a rename on one file system): `.Output.staging-PID`, `.Output.journal` and, while the journal
/// is being written, `.Output.journal.tmp`. `.Output.old-PID` was left by earlier versions.
struct OutputPlace: Sendable {
    let target: URL
    let parent: URL
    let name: String

    init(output: String) {
        target = URL(fileURLWithPath: output).standardizedFileURL
        parent = target.deletingLastPathComponent()
        name = target.lastPathComponent
    }

    var journal: URL { parent.appendingPathComponent(".\(name).journal") }
    var journalDraft: URL { parent.appendingPathComponent(".\(name).journal.tmp") }

    func staging(pid: Int32 = ProcessInfo.processInfo.processIdentifier) -> URL {
        parent.appendingPathComponent(".\(name).staging-\(pid)")
    }

    /// Whether `entry` of the parent folder is something a transaction on this output leaves behind when it
    /// is killed: a staging folder, an old output (earlier versions) or a journal not yet complete.
    func isLeftover(_ entry: String) -> Bool {
        entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-") || entry == ".\(name).journal.tmp"
    }
}
