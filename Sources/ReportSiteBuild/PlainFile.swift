import Glibc

/// Plain POSIX writes into the staging folder. Foundation's `createFile` writes each file atomically
/// (a temporary name, fsync, rename), which made a 10k build spend seconds in the kernel; inside a
/// staging folder that is swapped in as a whole, per-file atomicity buys nothing.
enum PlainFile {
    /// Creates or truncates `path` and writes `bytes`; false when any step fails.
    static func write(_ path: String, _ bytes: [UInt8]) -> Bool {
        write(path, bytes, relativeTo: AT_FDCWD)
    }

    /// Like `write(_:_:)` with `path` relative to the open folder `folder` (or AT_FDCWD): the kernel then
    /// resolves only the part below it.
    static func write(_ path: String, _ bytes: [UInt8], relativeTo folder: Int32) -> Bool {
        let fd = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { return false }
        var ok = true
        bytes.withUnsafeBytes { buf in
            var done = 0
            while done < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    ok = false
                    return
                }
                done += n
            }
        }
        if close(fd) != 0 { ok = false }
        return ok
    }

    /// Creates the folder `path` relative to the open folder `folder`; an existing folder is fine.
    static func makeFolder(_ path: String, relativeTo folder: Int32) -> Bool {
        mkdirat(folder, path, 0o755) == 0 || errno == EEXIST
    }
}
