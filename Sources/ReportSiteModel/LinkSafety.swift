/// Which link targets may appear in pages: a directive's `source` and links in Markdown.
public enum LinkSafety {
    /// nil when `url` may be used as a link target, else why not. Spaces, control characters and
    /// Unicode whitespace are ignored when looking at the scheme, as browsers do ("java script:").
    public static func problem(_ url: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for s in url.lowercased().unicodeScalars where s.value > 0x20 && s.value != 0x7F && !s.properties.isWhitespace {
            scalars.append(s)
        }
        let lowered = String(scalars)
        for bad in ["javascript:", "vbscript:", "data:", "file:"] where lowered.hasPrefix(bad) {
            return "\"\(bad)\" links are not allowed"
        }
        return nil
    }
}
