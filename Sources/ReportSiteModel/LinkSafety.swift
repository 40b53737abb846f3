/// Which link targets may appear in pages: a directive's `source` and links in Markdown.
public enum LinkSafety {
    /// nil when `url` may be used as a link target, else why not. Spaces, control characters and
    /// Unicode whitespace are ignored when looking at the scheme, as browsers do ("java script:").
    public static func problem(_ url: String) -> Message? {
        var scalars = String.UnicodeScalarView()
        for s in url.lowercased().unicodeScalars where s.value > 0x20 && s.value != 0x7F && !s.properties.isWhitespace {
            scalars.append(s)
        }
        let lowered = String(scalars)
        for bad in ["javascript:", "vbscript:", "data:", "file:"] where lowered.hasPrefix(bad) {
            return Message("link.unsafe-scheme", ["scheme": .text(bad)])
        }
        return nil
    }

    /// nil unless `path`, a file of `static/` named without a scheme, climbs out with a ".." part (it is
    /// written as `static/` + the path, so it would point at a page or outside the site).
    public static func traversal(_ path: String) -> Message? {
        if path.contains("://") { return nil }
        let parts = path.split(whereSeparator: { $0 == "?" || $0 == "#" }).first ?? ""
        guard parts.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains(where: { $0 == ".." }) else { return nil }
        return Message("link.traversal")
    }
}
