import ReportSiteModel

/// A Markdown file split into its front matter and body.
struct FrontMatterSplit {
    /// The YAML between the `---` lines, nil when the file has no front matter.
    var yaml: String?
    /// 1-based line where the YAML starts.
    var yamlFirstLine: Int
    var body: String
    var bodyFirstLine: Int

    /// Splits `text`; a front matter that never closes is an error at its opening line.
    static func split(_ file: TextFile, diagnostics: inout [Diagnostic]) -> FrontMatterSplit? {
        let text = file.text
        let firstLine = text[..<(text.firstIndex(of: "\n") ?? text.endIndex)]
        guard firstLine.hasPrefix("---"), firstLine.dropFirst(3).allSatisfy({ $0 == " " || $0 == "\t" }) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 1, body: text, bodyFirstLine: 1)
        }
        // Scan lines on UTF-8 bytes: a closing line is "---" or "..." with only spaces or tabs around it.
        // The parts are cut at newlines, so they are copied out of the text without decoding it again.
        let utf8 = text.utf8
        func part(_ from: Int, _ to: Int) -> String {
            String(text[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
        }
        let found = utf8.withContiguousStorageIfAvailable { closingLine(of: $0) } ?? closingLine(of: Array(utf8))
        guard let (firstEnd, lineStart, lineEnd, lineNumber) = found else {
            diagnostics.append(.error("unclosed-front-matter", at: SourceLocation(file: file.displayPath, line: 1, column: 1),
                Message("unclosed-front-matter")))
            return nil
        }
        // The YAML runs from the second line to just before the closing one (without its last newline).
        let count = utf8.count
        let yaml = part(firstEnd + 1, max(firstEnd + 1, lineStart - 1))
        let body = lineEnd < count ? part(lineEnd + 1, count) : ""
        return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyFirstLine: lineNumber + 1)
    }

    /// Where the front matter closes: the end of the opening line, the closing line's start and end (byte
    /// offsets) and its number; nil when it never closes.
    static func closingLine<Bytes: RandomAccessCollection>(of bytes: Bytes) -> (Int, Int, Int, Int)? where Bytes.Element == UInt8, Bytes.Index == Int {
        guard let firstEnd = bytes.firstIndex(of: 0x0A) else { return nil }
        var lineStart = firstEnd + 1
        var lineNumber = 2
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
            var a = lineStart, b = lineEnd
            while a < b, bytes[a] == 0x20 || bytes[a] == 0x09 { a += 1 }
            while b > a, bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 { b -= 1 }
            if b - a == 3, (bytes[a] == 0x2D && bytes[a + 1] == 0x2D && bytes[a + 2] == 0x2D) || (bytes[a] == 0x2E && bytes[a + 1] == 0x2E && bytes[a + 2] == 0x2E) {
                return (firstEnd, lineStart, lineEnd, lineNumber)
            }
            if lineEnd >= bytes.count { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return nil
    }
}
