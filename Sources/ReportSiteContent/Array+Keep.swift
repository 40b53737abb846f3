extension Array {
    /// Keeps the elements for which `predicate` is true, in order, in place: unlike `filter`, nothing is
    /// copied when everything is kept (used for provinces and directives; units and results are walked
    /// by index instead, see CrossCheck+Units).
    mutating func keep(where predicate: (Element) throws -> Bool) rethrows {
        try removeAll { try !predicate($0) }
    }
}
