import Foundation
import ReportSiteModel

/// A source file decoded as UTF-8 with its BOM removed and CRLF turned into LF.
///
/// Removing the CR of a CRLF keeps every line and column where it was.
struct TextFile: Sendable {
    var displayPath: String
    var text: String

    /// Reads and normalises `url`; reports invalid UTF-8 and empty files as diagnostics.
    static func read(_ url: URL, displayPath: String, diagnostics: inout [Diagnostic]) -> TextFile? {
        read(path: url.path, displayPath: displayPath, diagnostics: &diagnostics)
    }

    /// Reads and normalises the file at `path`; one that cannot be read is reported with the cause.
    static func read(path: String, displayPath: String, diagnostics: inout [Diagnostic]) -> TextFile? {
        switch readBytes(path) {
        case .success(let bytes):
            return decode(bytes, displayPath: displayPath, diagnostics: &diagnostics)
        case .failure(let cause):
            diagnostics.append(.unreadable(displayPath, cause))
            return nil
        }
    }

    /// The whole file with open/fstat/read, sized from fstat, then to its end if it grew meanwhile.
    static func readBytes(_ path: String) -> Result<[UInt8], IOCause> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.last) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.last) }
        let type = st.st_mode & S_IFMT
        guard type == S_IFREG else { return .failure(IOCause(type == S_IFDIR ? EISDIR : EINVAL)) }
        // One byte more than the size, to notice a file that grew meanwhile.
        let room = Int(st.st_size) + 1
        var failure: IOCause?
        var bytes = [UInt8](unsafeUninitializedCapacity: room) { buf, count in
            count = 0
            while count < room {
                let n = Glibc.read(fd, buf.baseAddress! + count, room - count)
                if n < 0 { failure = .last; break }
                if n == 0 { break }
                count += n
            }
        }
        if let failure { return .failure(failure) }
        if bytes.count < room { return .success(bytes) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 { return .failure(.last) }
            if n == 0 { return .success(bytes) }
            bytes += chunk[..<n]
        }
    }

    static func decode(_ data: Data, displayPath: String, diagnostics: inout [Diagnostic]) -> TextFile? {
        decode([UInt8](data), displayPath: displayPath, diagnostics: &diagnostics)
    }

    static func decode(_ input: [UInt8], displayPath: String, diagnostics: inout [Diagnostic]) -> TextFile? {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            diagnostics.append(.error("bad-encoding", at: SourceLocation(file: displayPath),
                Message("bad-encoding.utf16")))
            return nil
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = firstInvalidPosition(bytes)
            diagnostics.append(.error("bad-encoding", at: SourceLocation(file: displayPath, line: line, column: column),
                Message("bad-encoding")))
            return nil
        }
        // Byte scans first: most files are long and need none of the slower checks below. memchr looks
        // for CR and NUL many bytes at a time; the blank test stops at the first byte that is not blank
        // (docs/performance.md, "Measurements moved out of the code").
        let onlyASCIIWhitespace = !bytes.contains { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        let (hasNUL, hasCR) = bytes.withUnsafeBufferPointer { buf -> (Bool, Bool) in
            guard let base = buf.baseAddress, buf.count > 0 else { return (false, false) }
            return (memchr(base, 0x00, buf.count) != nil, memchr(base, 0x0D, buf.count) != nil)
        }
        if onlyASCIIWhitespace || (!bytes.contains(where: { $0 < 0x80 && $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) && text.allSatisfy({ $0.isWhitespace })) {
            diagnostics.append(.error("empty-file", at: SourceLocation(file: displayPath), Message("empty-file")))
            return nil
        }
        if hasNUL, let nul = text.unicodeScalars.firstIndex(of: "\0") {
            var line = 1
            var column = 1
            for scalar in text.unicodeScalars[..<nul] {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            diagnostics.append(.error("bad-encoding", at: SourceLocation(file: displayPath, line: line, column: column),
                Message("bad-encoding.nul")))
            return nil
        }
        guard hasCR else { return TextFile(displayPath: displayPath, text: text) }
        // CRLF → LF (lines and columns stay where they were), a lone CR → LF.
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x0D {
                out.append(0x0A)
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        return TextFile(displayPath: displayPath, text: String(decoding: out, as: UTF8.self))
    }

    /// Line and column (in scalars) of the first byte that is not valid UTF-8.
    static func firstInvalidPosition(_ bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let len: Int
            if b < 0x80 { len = 1 } else if b & 0xE0 == 0xC0 { len = 2 } else if b & 0xF0 == 0xE0 { len = 3 } else if b & 0xF8 == 0xF0 { len = 4 } else { return (line, column) }
            if i + len > bytes.count { return (line, column) }
            if len > 1, String(validating: bytes[i..<(i + len)], as: UTF8.self) == nil { return (line, column) }
            if b == 0x0A { line += 1; column = 1 } else { column += 1 }
            i += len
        }
        return (line, column)
    }
}
