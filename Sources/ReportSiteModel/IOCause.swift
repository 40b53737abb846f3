import Foundation

/// Why a file, folder or port could not be used, in plain words from the system's error number, so that
/// no library's raw text (an NSError dump, "(errno: 98)") reaches the user. One place for every wording.
public struct IOCause: Error, Sendable, Equatable, CustomStringConvertible {
    /// The system's error number (`errno`).
    public var code: Int32

    public init(_ code: Int32) {
        self.code = code
    }

    /// The cause of the last failed system call on this thread.
    public static var last: IOCause { IOCause(errno) }

    /// The cause inside an error thrown by Foundation: a POSIX error, or a Cocoa file error with one
    /// underneath (a `POSIXError` on Linux, an `NSError` of the POSIX domain elsewhere); nil when there is none.
    public init?(_ error: any Error) {
        func code(_ e: Any?) -> Int32? {
            if let p = e as? POSIXError { return p.code.rawValue }
            if let ns = e as? NSError, ns.domain == NSPOSIXErrorDomain { return Int32(truncatingIfNeeded: ns.code) }
            return nil
        }
        guard let found = code(error) ?? code((error as NSError).userInfo[NSUnderlyingErrorKey]) else { return nil }
        self.init(found)
    }

    /// `error` in plain words: its cause when it has one, else its own description.
    public static func words(_ error: any Error) -> String {
        IOCause(error)?.description ?? "\(error)"
    }

    public var description: String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOENT: return "it does not exist"
        case ENOTDIR: return "a part of the path is a file, not a folder"
        case EISDIR: return "it is a folder, not a file"
        case ENOSPC, EDQUOT: return "no space left on the disk"
        case EROFS: return "the disk is read-only"
        case ELOOP: return "it is a link that leads round in a circle"
        case ENAMETOOLONG: return "the name is too long"
        case EMFILE, ENFILE: return "too many files are open"
        case EIO: return "the disk could not be read or written (input/output error)"
        case EADDRINUSE: return "the port is already in use by another program; choose another with --port, or --port 0 for any free one"
        case EADDRNOTAVAIL: return "this address does not belong to this computer"
        case EINVAL: return "it is not a regular file"
        case EEXIST: return "a file of that name is in the way"
        default: return String(cString: strerror(code)).lowercased()
        }
    }
}
