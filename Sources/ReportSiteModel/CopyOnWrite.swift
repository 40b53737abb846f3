/// A value kept in one shared heap box and copied only when a shared copy is changed.
///
/// The site's units and assessments are copied into rankings, lookups and pages many times; with their
/// fields in a box a copy is one reference count instead of one per field (docs/decisions.md, 35).
public struct CopyOnWrite<Value: Hashable & Sendable>: Hashable, Sendable {
    final class Box: @unchecked Sendable {
        // Only ever changed through `value`'s setter, on a box no other copy holds.
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    private var box: Box

    public init(_ value: Value) { box = Box(value) }

    public var value: Value {
        get { box.value }
        set {
            if isKnownUniquelyReferenced(&box) { box.value = newValue } else { box = Box(newValue) }
        }
    }

    public static func == (a: CopyOnWrite, b: CopyOnWrite) -> Bool { a.box === b.box || a.value == b.value }

    public func hash(into hasher: inout Hasher) { value.hash(into: &hasher) }
}
