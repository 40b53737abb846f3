import Foundation
import Glibc

/// Only one transaction on an output folder at a time: one at a time in this process (a semaphore, so
/// `serve`'s Ctrl-C can wait for a write in progress), and one at a time across processes (`flock` on the
/// folder that holds the output, since the output itself is created and replaced). Without it, a second
/// run's recovery would take a live run's staging folder for a leftover.
final class OutputLock: @unchecked Sendable {
    private static let inProcess = DispatchSemaphore(value: 1)
    private let fd: Int32

    /// Waits for the lock on the folder `parent`, which must exist.
    init(parent: URL) throws {
        OutputLock.inProcess.wait()
        fd = open(parent.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 {
            let e = errno
            OutputLock.inProcess.signal()
            throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
        }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    }

    /// Releases the lock; called once.
    func release() {
        close(fd)
        OutputLock.inProcess.signal()
    }

    /// Waits until no transaction of this process is running and keeps the others from starting: for a
    /// process that is about to exit.
    static func holdForExit() {
        inProcess.wait()
    }
}
