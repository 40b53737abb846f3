/// A context's shape: its signature (keys, booleans, list lengths, where the texts are) and its text values
/// in order. The only place that says how a shape is written down: `ContextShape` writes a dictionary's
/// shape with these steps, and typed contexts through the `ContextWriter` methods, so that both agree.
struct ShapeWriter: ContextWriter {
    var signature = ""
    var values: [String] = []

    init(capacity: Int = 256, values: Int = 16) {
        signature.reserveCapacity(capacity)
        self.values.reserveCapacity(values)
    }

    // The steps.
    mutating func key(_ key: String) {
        signature += key
        signature += ":"
    }
    mutating func endEntry() { signature += "," }
    mutating func textValue(_ value: String) {
        signature += "s"
        values.append(value)
    }
    mutating func intValue(_ value: Int) {
        signature += "i"
        values.append(String(value))
    }
    mutating func flagValue(_ value: Bool) { signature += value ? "T" : "F" }
    mutating func textsValue(_ list: [String]) {
        signature += "["
        signature += String(list.count)
        signature += "s]"
        values += list
    }
    mutating func openMap() { signature += "{" }
    mutating func closeMap() { signature += "}" }
    mutating func openList() { signature += "[" }
    mutating func closeList() { signature += "]" }

    // `ContextWriter`.
    mutating func text(_ key: String, _ value: String) {
        self.key(key)
        textValue(value)
        endEntry()
    }

    mutating func flag(_ key: String, _ value: Bool) {
        self.key(key)
        flagValue(value)
        endEntry()
    }

    mutating func texts(_ key: String, _ list: [String]) {
        self.key(key)
        textsValue(list)
        endEntry()
    }

    mutating func map(_ key: String, _ body: (inout ShapeWriter) -> Void) {
        self.key(key)
        openMap()
        body(&self)
        closeMap()
        endEntry()
    }

    mutating func list(_ key: String, count: Int, _ item: (inout ShapeWriter, Int) -> Void) {
        self.key(key)
        openList()
        for i in 0..<count {
            openMap()
            item(&self, i)
            closeMap()
        }
        closeList()
        endEntry()
    }
}
