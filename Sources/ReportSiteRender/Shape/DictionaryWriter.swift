/// Writes a typed context as the `[String: Any]` dictionary Mustache renders.
struct DictionaryWriter: ContextWriter {
    var dictionary: [String: Any] = [:]
    /// The last key written, to check the order `ShapeWriter` relies on.
    private var lastKey = ""

    private mutating func set(_ key: String, _ value: Any) {
        assert(lastKey.isEmpty || lastKey < key, "context keys must be written in order: \"\(key)\" after \"\(lastKey)\"")
        lastKey = key
        dictionary[key] = value
    }

    mutating func text(_ key: String, _ value: String) { set(key, value) }
    mutating func flag(_ key: String, _ value: Bool) { set(key, value) }
    mutating func texts(_ key: String, _ values: [String]) { set(key, values) }

    mutating func map(_ key: String, _ body: (inout DictionaryWriter) -> Void) {
        var nested = DictionaryWriter()
        body(&nested)
        set(key, nested.dictionary)
    }

    mutating func list(_ key: String, count: Int, _ item: (inout DictionaryWriter, Int) -> Void) {
        let items = (0..<count).map { i -> [String: Any] in
            var nested = DictionaryWriter()
            item(&nested, i)
            return nested.dictionary
        }
        set(key, items)
    }
}
