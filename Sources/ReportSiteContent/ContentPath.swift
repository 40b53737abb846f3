/// A path relative to Content/, cut into the parts the sorting needs (this sees every file).
struct ContentPath {
    var relative: String
    /// How many parts the slashes make (the listing never gives empty parts).
    var partCount: Int
    var top: String
    /// Everything after the top folder.
    var afterTop: String
    /// The second part (an assessment's year folder).
    var second: String
    /// The file name, and without its extension (as NSString's deletingPathExtension gives it).
    var last: String
    var name: String
    /// The extension, lowercased.
    var ext: String

    init(_ rel: String) {
        relative = rel
        let parts = ContentPath.parts(rel)
        partCount = parts.count
        top = parts.first ?? ""
        afterTop = parts.dropFirst().joined(separator: "/")
        let file = parts.last ?? ""
        last = file
        second = parts.count > 1 ? parts[1] : ""
        let dot = file.utf8.lastIndex(of: 0x2E)
        ext = dot.map { String(file[file.index(after: $0)...]).lowercased() } ?? ""
        name = dot.map { $0 == file.startIndex ? file : String(file[..<$0]) } ?? file
    }

    /// The parts between slashes. A path of ASCII (a unit file's, nearly always) is split on its bytes;
    /// any other on characters as `split` does, since a combining mark after a `/` joins it into one
    /// character that is not a separator.
    static func parts(_ rel: String) -> [String] {
        let bytes = rel.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return rel.split(separator: "/").map(String.init) }
        return bytes.split(separator: UInt8(ascii: "/")).map { String(decoding: $0, as: UTF8.self) }
    }
}
