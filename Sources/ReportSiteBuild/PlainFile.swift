import Glibc

/// Plain POSIX file work relative to an open folder. Foundation's `createFile` writes each file atomically
/// (a temporary name, fsync, rename), a kernel cost paid for every file (docs/performance.md); files are staged
/// and moved in by the output transaction instead, so per-file atomicity buys nothing.
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
        var ok = bytes.withUnsafeBytes { writeAll(fd, $0) }
        if close(fd) != 0 { ok = false }
        return ok
    }

    /// Writes all of `bytes` to `fd`; false on an error.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(fd, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return false }
            done += n
        }
        return true
    }

    /// Whether the regular file `path` below `folder` holds exactly `bytes` (a symbolic link never does).
    /// Reads in chunks and stops at the first difference.
    static func holds(_ path: String, _ bytes: [UInt8], relativeTo folder: Int32) -> Bool {
        let fd = openat(folder, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 { return false }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        return bytes.withUnsafeBytes { expected in
            withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 16) { buf in
                var done = 0
                while done < expected.count {
                    let n = Glibc.read(fd, buf.baseAddress!, min(chunk, expected.count - done))
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 || memcmp(buf.baseAddress!, expected.baseAddress! + done, n) != 0 { return false }
                    done += n
                }
                // The file may have grown since fstat.
                return Glibc.read(fd, buf.baseAddress!, 1) == 0
            }
        }
    }

    /// Reads from `fd` until `buffer` is full or the file ends: the count read, or -1 on an error.
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Int {
        var done = 0
        while done < buffer.count {
            let n = Glibc.read(fd, buffer.baseAddress! + done, buffer.count - done)
            if n < 0 && errno == EINTR { continue }
            if n < 0 { return -1 }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Creates or truncates `path` below `folder` with the contents of the open file `source`, from its
    /// start, in chunks; false when any step fails.
    static func copy(_ source: Int32, to path: String, relativeTo folder: Int32) -> Bool {
        let fd = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { return false }
        var ok = lseek(source, 0, SEEK_SET) == 0
        withUnsafeTemporaryAllocation(byteCount: chunk, alignment: 16) { buf in
            while ok {
                let n = read(source, into: buf)
                if n <= 0 {
                    ok = n == 0
                    break
                }
                ok = writeAll(fd, UnsafeRawBufferPointer(rebasing: buf[0..<n]))
            }
        }
        if close(fd) != 0 { ok = false }
        return ok
    }

    /// The size of the buffers that files are compared and copied with.
    static let chunk = 1 << 16

    /// Flushes the file `path` below `folder` to the disk; false when it cannot be opened or synced.
    static func sync(_ path: String, relativeTo folder: Int32) -> Bool {
        let fd = openat(folder, path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return false }
        defer { close(fd) }
        return fsync(fd) == 0
    }

    /// Creates the folder `path` relative to the open folder `folder`; an existing folder is fine.
    static func makeFolder(_ path: String, relativeTo folder: Int32) -> Bool {
        mkdirat(folder, path, 0o755) == 0 || errno == EEXIST
    }
}
