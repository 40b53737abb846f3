/// A page context reduced to its shape (which keys, which booleans, how long each list) and its text
/// values in a fixed order, written down by `ShapeWriter`. Pages whose contexts have the same shape differ
/// only in those values, so a template rendered once with markers in their place (`marked`) can be filled
/// for each of them: the same technique as the layout, applied to page templates. Only used when no
/// template has a transform, a dynamic partial or a delimiter change (`TemplateSet.skeletonSafe`), since
/// those can look at a value other than by printing it.
struct ContextShape {
    private var writer = ShapeWriter()
    var signature: String { writer.signature }
    var values: [String] { writer.values }
    /// The context with its n-th value replaced by `SkeletonCache.marker(n)`; made only when asked for.
    private(set) var marked: [String: Any]?

    /// The shape of `context`; nil when it holds a value other than text, numbers, booleans, lists and
    /// mappings. The keys in `constant` (such as the translations) are left out: they are the same on
    /// every page. With `marking`, `marked` is made in the same walk.
    init?(_ context: [String: Any], constant: [String], marking: Bool = false) {
        var out: [String: Any] = [:]
        // Pairs in key order: no key is looked up again (a page has a walk per render).
        for (k, v) in context.sorted(by: { $0.key < $1.key }) {
            if constant.contains(k) {
                if marking { out[k] = v }
                continue
            }
            writer.key(k)
            guard let x = walk(v, marking: marking) else { return nil }
            if marking { out[k] = x }
            writer.endEntry()
        }
        if marking { marked = out }
    }

    /// Adds `v` to the signature and values; returns its marked copy (or `v` itself when not marking),
    /// nil when `v` is of a kind the shape cannot hold.
    private mutating func walk(_ v: Any, marking: Bool) -> Any? {
        switch v {
        case let s as String:
            writer.textValue(s)
            return marking ? SkeletonCache.marker(values.count - 1) : s
        case let b as Bool:
            writer.flagValue(b)
            return b
        case let i as Int:
            writer.intValue(i)
            return marking ? SkeletonCache.marker(values.count - 1) : i
        case let d as [String: Any]:
            writer.openMap()
            var out: [String: Any] = [:]
            for (k, v) in d.sorted(by: { $0.key < $1.key }) {
                writer.key(k)
                guard let x = walk(v, marking: marking) else { return nil }
                if marking { out[k] = x }
                writer.endEntry()
            }
            writer.closeMap()
            return marking ? out : d
        case let a as [[String: Any]]:
            writer.openList()
            var out: [[String: Any]] = []
            for x in a {
                guard let m = walk(x, marking: marking) else { return nil }
                if marking { out.append(m as! [String: Any]) }
            }
            writer.closeList()
            return marking ? out : a
        case let a as [String]:
            let first = values.count
            writer.textsValue(a)
            return marking ? a.indices.map { SkeletonCache.marker(first + $0) } : a
        default:
            return nil
        }
    }
}
