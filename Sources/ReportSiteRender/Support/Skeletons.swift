import Foundation
import ReportSiteModel

/// Templates rendered once per kind of page, with the values that change from page to page left as
/// slots filled by concatenation: the layout (title, description, content, canonical address) and page
/// templates (every text value of a context of the same shape, see ContextShape).
///
/// Every unit page has the same layout context apart from those four values, and running the layout
/// through Mustache for each of 10,000 pages was about a third of a build's rendering time. The skeleton
/// is rendered with a marker in place of each value; a marker printed by `{{name}}` comes out escaped and
/// one printed by `{{{name}}}` comes out raw, so the slot remembers which. A marker that comes out any
/// other way (a transform such as `{{uppercased(title)}}`, which changes its mixed-case letters) makes the
/// skeleton unusable, and such a layout is rendered for each page as before: the output is the same bytes
/// either way.
final class SkeletonCache: @unchecked Sendable {
    enum Part: Sendable {
        /// Text between slots, kept as a String: appending it to the page needs no UTF-8 check.
        case text(String)
        case slot(Int, escaped: Bool)
    }

    /// The parts of a rendered skeleton, or nil when a marker came out in a form we cannot fill.
    typealias Skeleton = [Part]?

    private var skeletons: [String: Skeleton] = [:]
    private let lock = NSLock()

    /// The marker for slot `i`: private-use characters around mixed-case letters, a digit and "<".
    static func marker(_ i: Int) -> String { "\u{E000}rS\(i)<\u{E001}" }

    /// The skeleton for `key`, rendered by `make` (given the markers) the first time it is asked for.
    func skeleton(for key: String, slots: Int, make: () -> String) -> [Part]? {
        lock.lock()
        if let s = skeletons[key] {
            lock.unlock()
            return s
        }
        lock.unlock()
        let parsed = SkeletonCache.parse(make(), slots: slots)
        lock.lock()
        skeletons[key] = parsed
        lock.unlock()
        return parsed
    }

    /// Fills the slots of `parts` with `values` (escaped where the template escaped them).
    static func fill(_ parts: [Part], _ values: [String], escape: (String) -> String) -> String {
        var out = ""
        out.reserveCapacity(size(parts, values))
        fill(parts, values, escape: escape, into: &out)
        return out
    }

    /// `parts` filled with `values` as bytes: for a whole page, which is written as bytes (appending to
    /// bytes also costs less than to a String, and no String is copied into bytes afterwards).
    static func fillBytes(_ parts: [Part], _ values: [String], escape: (String) -> String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(size(parts, values))
        for p in parts {
            switch p {
            case .text(let t): out += t.utf8
            case .slot(let i, let escaped): out += (escaped ? escape(values[i]) : values[i]).utf8
            }
        }
        return out
    }

    /// About the size of `parts` filled with `values` (escaping may add some).
    private static func size(_ parts: [Part], _ values: [String]) -> Int {
        var size = 0
        for p in parts {
            switch p {
            case .text(let t): size += t.utf8.count
            case .slot(let i, _): size += values[i].utf8.count + 32
            }
        }
        return size
    }

    /// Appends `parts` filled with `values` to `out`.
    static func fill(_ parts: [Part], _ values: [String], escape: (String) -> String, into out: inout String) {
        fill(parts, escape: escape, into: &out) { values[$0] }
    }

    /// Appends `parts` to `out`, each slot filled with `value(slot)`.
    static func fill(_ parts: [Part], escape: (String) -> String, into out: inout String, value: (Int) -> String) {
        for p in parts {
            switch p {
            case .text(let t): out += t
            case .slot(let i, let escaped): out += escaped ? escape(value(i)) : value(i)
            }
        }
    }

    // U+E000 and U+E001 in UTF-8.
    private static let open: [UInt8] = [0xEE, 0x80, 0x80]
    private static let close: [UInt8] = [0xEE, 0x80, 0x81]

    /// Splits a rendered skeleton at its markers; nil if a marker is malformed or not one of `slots`.
    static func parse(_ rendered: String, slots: Int) -> [Part]? {
        let b = Array(rendered.utf8)
        var parts: [Part] = []
        var textStart = 0
        var i = 0
        func matches(_ m: [UInt8], at k: Int) -> Bool {
            k + m.count <= b.count && b[k..<(k + m.count)].elementsEqual(m)
        }
        while i < b.count {
            guard b[i] == 0xEE, matches(open, at: i) else {
                i += 1
                continue
            }
            // "rS" digits then "<" (raw) or "&lt;" (escaped), then the closing character.
            var k = i + open.count
            guard matches(Array("rS".utf8), at: k) else { return nil }
            k += 2
            var n = 0
            var digits = 0
            while k < b.count, (0x30...0x39).contains(b[k]) {
                n = n * 10 + Int(b[k] - 0x30)
                k += 1
                digits += 1
            }
            guard digits > 0, digits < 10, n < slots else { return nil }
            let escaped: Bool
            if matches(Array("&lt;".utf8), at: k) {
                escaped = true
                k += 4
            } else if matches([0x3C], at: k) {
                escaped = false
                k += 1
            } else {
                return nil
            }
            guard matches(close, at: k) else { return nil }
            if textStart < i { parts.append(.text(String(decoding: b[textStart..<i], as: UTF8.self))) }
            parts.append(.slot(n, escaped: escaped))
            i = k + close.count
            textStart = i
        }
        if textStart < b.count { parts.append(.text(String(decoding: b[textStart...], as: UTF8.self))) }
        return parts
    }
}
