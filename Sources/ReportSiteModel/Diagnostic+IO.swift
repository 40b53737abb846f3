/// Files and folders that could not be read: reported with the path and the cause, and they make the run
/// an I/O failure (exit 3), not a content error (docs/decisions.md, 53).
extension Diagnostic {
    public static let ioFailureCodes: Set<String> = ["unreadable-file", "unreadable-folder"]

    /// "cannot read the file: permission denied" at `path` (as the user gave it).
    public static func unreadable(_ path: String, _ cause: IOCause, folder: Bool = false) -> Diagnostic {
        folder
            ? .error("unreadable-folder", at: SourceLocation(file: path), Message("unreadable-folder", ["cause": .message(cause.message)]))
            : .error("unreadable-file", at: SourceLocation(file: path), Message("unreadable-file", ["cause": .message(cause.message)]))
    }

    public var isIOFailure: Bool { Diagnostic.ioFailureCodes.contains(code) }
}

extension Array where Element == Diagnostic {
    /// How many files and folders could not be read.
    public var ioFailureCount: Int { filter(\.isIOFailure).count }
}
