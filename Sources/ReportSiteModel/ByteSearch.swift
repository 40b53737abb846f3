/// Substring search and replacement on UTF-8 bytes. Foundation's `contains(_:)`, `range(of:)` and
/// `trimmingCharacters(in:)` bridge to NSString (UTF-16, locale-aware), which is slow on every file and
/// page (docs/performance.md); these compare bytes, which for UTF-8 is the same as comparing scalars.
extension StringProtocol {
    /// The byte offset of the first occurrence of `needle` at or after byte `from`, or nil.
    public func utf8Offset(of needle: String, from: Int = 0) -> Int? {
        var needle = needle
        let found: Int?? = needle.withUTF8 { n in
            utf8.withContiguousStorageIfAvailable { hay in ByteSearch.offset(of: n, in: hay, from: from) }
        }
        if let found { return found }
        return needle.withUTF8 { n in Array(utf8).withUnsafeBufferPointer { ByteSearch.offset(of: n, in: $0, from: from) } }
    }

    /// Whether `needle` occurs, compared byte for byte.
    public func containsBytes(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// Every occurrence of `target` replaced by `replacement`, compared byte for byte.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        let t = Array(target.utf8)
        guard let first = t.first else { return String(self) }
        let hay = Array(utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hay.count)
        var i = 0
        var changed = false
        while i < hay.count {
            if hay[i] == first, i + t.count <= hay.count {
                var j = 1
                while j < t.count, hay[i + j] == t[j] { j += 1 }
                if j == t.count {
                    out.append(contentsOf: replacement.utf8)
                    i += t.count
                    changed = true
                    continue
                }
            }
            out.append(hay[i])
            i += 1
        }
        return changed ? String(decoding: out, as: UTF8.self) : String(self)
    }

    /// True when the text is empty or only white space and line breaks (Unicode White_Space).
    public var isBlank: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}

enum ByteSearch {
    /// Naive search without allocation; the needles here are a few bytes long.
    static func offset(of n: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let first = n.first else { return from }
        if hay.count < n.count { return nil }
        var i = from
        let last = hay.count - n.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < n.count, hay[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }
}
