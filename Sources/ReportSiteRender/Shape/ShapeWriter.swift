/// A context's shape: its signature (keys, booleans, list lengths, where the texts are) and its text values
/// in order. The only place that says how a shape is written down: `ContextShape` writes a dictionary's
/// shape with these steps, and typed contexts through the `ContextWriter` methods, so that both agree.
struct ShapeWriter: ContextWriter {
    /// The signature's bytes: a unit page writes about a hundred pieces, and appending each to a String
    /// cost several times more than to bytes.
    private var bytes: [UInt8] = []
    var values: [String] = []

    init(capacity: Int = 256, values: Int = 16) {
        bytes.reserveCapacity(capacity)
        self.values.reserveCapacity(values)
    }

    var signature: String { String(decoding: bytes, as: UTF8.self) }

    // The steps.
    mutating func key(_ key: String) {
        bytes += key.utf8
        bytes.append(0x3A)  // :
    }
    mutating func endEntry() { bytes.append(0x2C) }  // ,
    mutating func textValue(_ value: String) {
        bytes.append(0x73)  // s
        values.append(value)
    }
    mutating func intValue(_ value: Int) {
        bytes.append(0x69)  // i
        values.append(String(value))
    }
    mutating func flagValue(_ value: Bool) { bytes.append(value ? 0x54 : 0x46) }  // T, F
    mutating func textsValue(_ list: [String]) {
        bytes.append(0x5B)  // [
        bytes += String(list.count).utf8
        bytes += "s]".utf8
        values += list
    }
    mutating func openMap() { bytes.append(0x7B) }  // {
    mutating func closeMap() { bytes.append(0x7D) }  // }
    mutating func openList() { bytes.append(0x5B) }  // [
    mutating func closeList() { bytes.append(0x5D) }  // ]

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
