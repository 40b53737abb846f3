import Foundation

/// A link target's bytes as a dictionary key, so that `LinkChecker` can look a target up while it is still
/// bytes of the page: a lookup borrows them, and only a target seen for the first time is copied. Making a
/// String of every link of every page before looking it up was most of the link check.
struct LinkTargetKey: Hashable {
    private enum Bytes {
        /// Bytes of a page, valid only during the lookup.
        case borrowed(UnsafeBufferPointer<UInt8>)
        /// A copy, kept in the dictionary.
        case owned([UInt8])
    }

    private let bytes: Bytes

    /// A key for a lookup only: it must not outlive `bytes`.
    static func borrowing(_ bytes: UnsafeBufferPointer<UInt8>) -> LinkTargetKey { LinkTargetKey(bytes: .borrowed(bytes)) }

    /// A key that can be stored: a copy of `bytes`.
    static func copying(_ bytes: UnsafeBufferPointer<UInt8>) -> LinkTargetKey { LinkTargetKey(bytes: .owned(Array(bytes))) }

    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        switch bytes {
        case .borrowed(let b): return body(b)
        case .owned(let a): return a.withUnsafeBufferPointer(body)
        }
    }

    static func == (a: LinkTargetKey, b: LinkTargetKey) -> Bool {
        a.withBytes { x in b.withBytes { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }

    func hash(into hasher: inout Hasher) {
        withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
