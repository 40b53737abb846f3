import Foundation
import ReportSiteModel

/// `reportsite init DIR`: writes a small working site into an empty or new folder.
public enum Scaffold {
    public enum Failure: Error {
        case notEmpty(String)
        case notAFolder(String)

        /// Why the site was not written, put into words when shown.
        public var message: Message {
            switch self {
            case .notEmpty(let d): return Message("init.not-empty", ["dir": .text(d)])
            case .notAFolder(let d): return Message("init.not-folder", ["dir": .text(d)])
            }
        }
    }

    /// The embedded files, path → bytes.
    public static var files: [(path: String, bytes: [UInt8])] {
        StarterSite.files.map { ($0.path, [UInt8](Data(base64Encoded: $0.base64) ?? Data())) }
    }

    /// Writes Content/, Templates/ and an empty Output/ into `directory`; returns the paths written.
    @discardableResult
    public static func write(into directory: String) throws -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isDir) {
            guard isDir.boolValue else { throw Failure.notAFolder(directory) }
            let names = try fm.contentsOfDirectory(atPath: directory)
            guard names.isEmpty else { throw Failure.notEmpty(directory) }
        }
        let root = URL(fileURLWithPath: directory)
        var written: [String] = []
        for f in files {
            let url = root.appendingPathComponent(f.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(f.bytes).write(to: url)
            written.append(f.path)
        }
        return written
    }
}
