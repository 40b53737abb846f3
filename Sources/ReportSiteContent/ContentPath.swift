/// A path relative to Content/, cut into the parts the sorting needs, without splitting every path of
/// the site into an array (this sees every file).
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
        let utf8 = rel.utf8
        partCount = 1 + utf8.reduce(0) { $0 + ($1 == 0x2F ? 1 : 0) }
        let firstSlash = utf8.firstIndex(of: 0x2F)
        top = firstSlash.map { String(rel[..<$0]) } ?? rel
        let afterTop = firstSlash.map { String(rel[rel.index(after: $0)...]) } ?? ""
        self.afterTop = afterTop
        let file = utf8.lastIndex(of: 0x2F).map { String(rel[rel.index(after: $0)...]) } ?? rel
        last = file
        second = afterTop.utf8.firstIndex(of: 0x2F).map { String(afterTop[..<$0]) } ?? afterTop
        let dot = file.utf8.lastIndex(of: 0x2E)
        ext = dot.map { String(file[file.index(after: $0)...]).lowercased() } ?? ""
        name = dot.map { $0 == file.startIndex ? file : String(file[..<$0]) } ?? file
    }
}
