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

    /// `error`'s cause as a message argument, worded in the reader's language; the error's own text when it
    /// has no system cause.
    public static func argument(_ error: any Error) -> Message.Argument {
        IOCause(error).map { .message($0.message) } ?? .text("\(error)")
    }

    /// The cause in the reader's language (`Messages/*/IO`).
    public var message: Message {
        switch code {
        case EACCES, EPERM: return Message("io.permission-denied")
        case ENOENT: return Message("io.not-found")
        case ENOTDIR: return Message("io.not-a-folder")
        case EISDIR: return Message("io.is-a-folder")
        case ENOSPC, EDQUOT: return Message("io.disk-full")
        case EROFS: return Message("io.read-only")
        case ELOOP: return Message("io.link-loop")
        case ENAMETOOLONG: return Message("io.name-too-long")
        case EMFILE, ENFILE: return Message("io.too-many-open")
        case EIO: return Message("io.input-output")
        case EADDRINUSE: return Message("io.port-in-use")
        case EADDRNOTAVAIL: return Message("io.address-not-here")
        case EINVAL: return Message("io.not-regular")
        case EEXIST: return Message("io.in-the-way")
        default: return Message("io.other", ["detail": .text(String(cString: strerror(code)).lowercased())])
        }
    }

    /// The cause in English, for test failures and debugging; what a user reads goes through `message`.
    public var description: String { message.text(in: .en) }
}
