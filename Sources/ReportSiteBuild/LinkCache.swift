/// What the link check found for link targets seen before, looked up by the target's bytes in the page:
/// most links of a page (the menu, the stylesheet, a province's link) were checked on an earlier page
/// of the same depth, and finding them in a `[String: Bool]` meant making a String of each and hashing it
/// with SipHash, for 15 links on each of 10,000 pages. Here a link is hashed in place (FNV-1a) and
/// compared with the stored bytes; a String is made only for a target not seen before.
struct LinkCache {
    private var hashes: [UInt64]
    /// Where each entry's bytes are in `storage`; count -1 for an empty slot.
    private var starts: [Int]
    private var counts: [Int]
    private var results: [Bool]
    private var storage: [UInt8] = []
    private var used = 0

    init(capacity: Int = 256) {
        let n = max(16, capacity.nextPowerOfTwo)
        hashes = Array(repeating: 0, count: n)
        starts = Array(repeating: 0, count: n)
        counts = Array(repeating: -1, count: n)
        results = Array(repeating: false, count: n)
    }

    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    /// The result stored for `bytes`, or nil.
    func result(for bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Bool? {
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while counts[i] >= 0 {
            if hashes[i] == h, counts[i] == bytes.count, equal(i, bytes) { return results[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `result` for `bytes` (not stored before).
    mutating func store(_ result: Bool, for bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) {
        if (used + 1) * 2 > hashes.count { grow() }
        let mask = hashes.count - 1
        var i = Int(truncatingIfNeeded: h) & mask
        while counts[i] >= 0 { i = (i + 1) & mask }
        hashes[i] = h
        starts[i] = storage.count
        counts[i] = bytes.count
        results[i] = result
        storage.append(contentsOf: bytes)
        used += 1
    }

    mutating func removeAll() {
        guard used > 0 else { return }
        for i in counts.indices { counts[i] = -1 }
        storage.removeAll(keepingCapacity: true)
        used = 0
    }

    private func equal(_ i: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        storage.withUnsafeBufferPointer { s in
            let start = starts[i]
            for k in 0..<bytes.count where s[start + k] != bytes[k] { return false }
            return true
        }
    }

    private mutating func grow() {
        let old = (hashes, starts, counts, results)
        let n = hashes.count * 2
        hashes = Array(repeating: 0, count: n)
        starts = Array(repeating: 0, count: n)
        counts = Array(repeating: -1, count: n)
        results = Array(repeating: false, count: n)
        let mask = n - 1
        for j in old.2.indices where old.2[j] >= 0 {
            var i = Int(truncatingIfNeeded: old.0[j]) & mask
            while counts[i] >= 0 { i = (i + 1) & mask }
            hashes[i] = old.0[j]
            starts[i] = old.1[j]
            counts[i] = old.2[j]
            results[i] = old.3[j]
        }
    }
}

private extension Int {
    var nextPowerOfTwo: Int {
        var n = 1
        while n < self { n <<= 1 }
        return n
    }
}
