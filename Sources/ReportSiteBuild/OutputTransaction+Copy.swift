import Glibc

extension OutputTransaction {
    /// Takes the file `path` of the new site as a copy of the file `source` (a file of `static/`), never
    /// whole in memory: read in chunks that are hashed and compared with the output's file, and copied into
    /// the staging folder, in chunks again, only when it differs. Its size and SHA-256, or nil when `source`
    /// cannot be read.
    func takeCopy(of source: String, as path: String) -> (size: Int, sha256: String)? {
        let input = open(source, O_RDONLY | O_CLOEXEC)
        guard input >= 0 else { return nil }
        defer { close(input) }
        let existing = fresh ? -1 : openat(outputFd, path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        defer { if existing >= 0 { close(existing) } }
        var st = stat()
        var same = existing >= 0 && fstat(existing, &st) == 0 && st.st_mode & S_IFMT == S_IFREG
        let hash = SHA256.Stream()
        var size = 0
        let chunk = PlainFile.chunk
        let readable = withUnsafeTemporaryAllocation(byteCount: 2 * chunk, alignment: 16) { buf -> Bool in
            let mine = UnsafeMutableRawBufferPointer(rebasing: buf[0..<chunk])
            let theirs = UnsafeMutableRawBufferPointer(rebasing: buf[chunk...])
            while true {
                let n = PlainFile.read(input, into: mine)
                if n < 0 { return false }
                if n == 0 { break }
                hash.update(UnsafeRawBufferPointer(rebasing: mine[0..<n]))
                size += n
                if same {
                    same = PlainFile.read(existing, into: UnsafeMutableRawBufferPointer(rebasing: theirs[0..<n])) == n
                        && memcmp(mine.baseAddress!, theirs.baseAddress!, n) == 0
                }
            }
            // The output's file is longer.
            if same { same = PlainFile.read(existing, into: UnsafeMutableRawBufferPointer(rebasing: theirs[0..<1])) == 0 }
            return true
        }
        guard readable else { return nil }
        let ok = same || (folders.makeParents(of: path) && PlainFile.copy(input, to: path, relativeTo: folders.fd))
        record(path, same: same, ok: ok)
        return (size, hash.finish())
    }
}
