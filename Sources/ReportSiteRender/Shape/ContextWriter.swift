/// Receives a page's template values, key by key in the order of `String`'s `<` (ASCII: "_" before
/// letters), nested maps' keys too. A typed context (`UnitContext.write(to:)`) is written out once through
/// this protocol, and the writer decides what it becomes: the Mustache dictionary (`DictionaryWriter`)
/// or the shape's signature and values (`ShapeWriter`, what `ContextShape` finds in that dictionary).
protocol ContextWriter {
    mutating func text(_ key: String, _ value: String)
    mutating func flag(_ key: String, _ value: Bool)
    /// A list of texts, `{{#key}}{{.}}{{/key}}`.
    mutating func texts(_ key: String, _ values: [String])
    /// A nested map whose entries `body` writes.
    mutating func map(_ key: String, _ body: (inout Self) -> Void)
    /// A list of `count` maps, the entries of the i-th written by `item(&writer, i)`.
    mutating func list(_ key: String, count: Int, _ item: (inout Self, Int) -> Void)
}
