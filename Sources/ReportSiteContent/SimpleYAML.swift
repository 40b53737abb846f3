import ReportSiteModel

/// A fast reader for the simplest YAML, the front matter most unit files have: a top-level mapping of
/// `key: value` lines whose values are plain words, double-quoted text without escapes, or one-line
/// `[ … ]` lists of those (docs/decisions.md, 94). It gives exactly the tree `YAMLReader` builds from
/// Yams, or declines (nil) at the first thing outside that subset, and then Yams reads the text as
/// before, so Yams stays the one authority on YAML and on every error and its position.
///
/// The subset, on the UTF-8 bytes: lines are empty or start at column 1 with a key of ASCII letters,
/// digits, `_` and `-` (a letter, digit or `_` first) followed directly by `:`; then either the end of
/// the line (an empty value) or spaces and one value that ends the line:
/// - `"text"` with no `\` or `"` inside;
/// - a plain word: an ASCII letter or digit or a non-ASCII character first, then those, spaces and
///   `-_.,/()+'`, not ending in a space; or `~`;
/// - `[ ]` holding items (plain, without `,`, or double-quoted as above) separated by commas.
/// Never: a tab, CR, comment, indentation, anchor, tag, escape, `:` or `#` in a plain word, a repeated
/// key, or a control, line-separator or byte-order-mark character anywhere.
enum SimpleYAML {
    /// The item `YAMLReader.parse` would give for `text`, or nil when `text` is outside the subset.
    static func parse(_ text: String, file: String, offset: Int) -> RawItem? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes, file: file, offset: offset)
            return reader.mapping()
        }
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        let offset: Int
        var i = 0
        /// 1-based line and column (in Unicode scalars) of `bytes[i]`.
        var line = 1
        var column = 1

        init(bytes: UnsafeBufferPointer<UInt8>, file: String, offset: Int) {
            self.bytes = bytes
            self.file = file
            self.offset = offset
        }

        var here: SourceLocation { SourceLocation(file: file, line: line + offset, column: column) }
        var atEnd: Bool { i >= bytes.count }
        var atLineEnd: Bool { i >= bytes.count || bytes[i] == 0x0A }
        var byte: UInt8 { bytes[i] }

        mutating func advance() {
            i += 1
            column += 1
        }

        /// The whole text as a mapping, or nil.
        mutating func mapping() -> RawItem? {
            var fields: [RawField] = []
            var start: SourceLocation?
            while !atEnd {
                if byte == 0x0A {
                    i += 1; line += 1; column = 1
                    continue
                }
                // A repeated key is Yams' to report.
                guard let field = field(), !fields.contains(where: { $0.name == field.name }) else { return nil }
                if start == nil { start = field.nameLocation }
                fields.append(field)
                guard atLineEnd else { return nil }
            }
            guard let start else { return nil }
            return RawItem(value: .mapping(RawRecord(fields: fields, location: start, origin: .yaml)), location: start)
        }

        /// `key: value` at the start of a line, up to its end.
        mutating func field() -> RawField? {
            let keyLocation = here
            let keyStart = i
            guard isWordByte(byte), byte != 0x2D else { return nil }
            while !atEnd, isWordByte(byte) { advance() }
            // libyaml looks for a key's ':' within 1024 characters; keys are far shorter.
            guard !atEnd, byte == 0x3A, i - keyStart <= 128 else { return nil }
            let name = string(keyStart, i)
            advance()
            if atLineEnd {
                // Yams places an empty value just after the ':'.
                return RawField(name: name, nameLocation: keyLocation, value: .null, location: here)
            }
            guard byte == 0x20 else { return nil }
            skipSpaces()
            guard !atLineEnd, let value = value() else { return nil }
            return RawField(name: name, nameLocation: keyLocation, value: value.value, location: value.location)
        }

        /// A block value: a list, a quoted text or a plain word.
        mutating func value() -> RawItem? {
            if byte == 0x5B { return list() }
            return scalar(inList: false)
        }

        /// `[ item, item ]` on one line.
        mutating func list() -> RawItem? {
            let location = here
            advance()
            var items: [RawItem] = []
            skipSpaces()
            if !atEnd, byte == 0x5D {
                advance()
                return RawItem(value: .list(items), location: location)
            }
            while true {
                guard !atLineEnd, let item = scalar(inList: true) else { return nil }
                items.append(item)
                skipSpaces()
                guard !atLineEnd else { return nil }
                if byte == 0x5D {
                    advance()
                    return RawItem(value: .list(items), location: location)
                }
                guard byte == 0x2C else { return nil }
                advance()
                skipSpaces()
            }
        }

        /// A double-quoted text without escapes, `~`, or a plain word.
        mutating func scalar(inList: Bool) -> RawItem? {
            let location = here
            if byte == 0x22 {
                advance()
                let start = i
                while !atLineEnd, byte != 0x22 {
                    guard byte != 0x5C, takeCharacter(allowing: quotedASCII) else { return nil }
                }
                guard !atEnd, byte == 0x22 else { return nil }
                let text = string(start, i)
                advance()
                return RawItem(value: .scalar(text), location: location)
            }
            let start = i
            if byte == 0x7E {
                advance()
                guard endsScalar(inList: inList) else { return nil }
                return RawItem(value: .null, location: location)
            }
            guard byte >= 0x80 || (isWordByte(byte) && byte != 0x2D && byte != 0x5F) else { return nil }
            var end = i
            while !atLineEnd, !(inList && (byte == 0x2C || byte == 0x5D)) {
                let isSpace = byte == 0x20
                guard takeCharacter(allowing: inList ? plainInListASCII : plainASCII) else { return nil }
                if !isSpace { end = i }
            }
            // Inside a list the spaces before a ',' or ']' are not the word's; at a line's end they decline.
            if !inList, end != i { return nil }
            let text = string(start, end)
            let value: RawValue = YAMLReader.isNullWord(text) ? .null : .scalar(text)
            return RawItem(value: value, location: location)
        }

        /// Whether a `~` stands alone: the line ends, or in a list a ',' or ']' follows (after spaces).
        mutating func endsScalar(inList: Bool) -> Bool {
            guard inList else { return atLineEnd }
            skipSpaces()
            return !atLineEnd && (byte == 0x2C || byte == 0x5D)
        }

        /// Moves over one character: an ASCII byte of `allowed`, or a non-ASCII scalar libyaml takes as
        /// printable and not a line break; false for anything else.
        mutating func takeCharacter(allowing allowed: (UInt8) -> Bool) -> Bool {
            let b = byte
            if b < 0x80 {
                guard allowed(b) else { return false }
                advance()
                return true
            }
            let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
            guard i + length <= bytes.count else { return false }
            var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for k in 1..<length { scalar = scalar << 6 | (UInt32(bytes[i + k]) & 0x3F) }
            guard scalar >= 0xA0, scalar != 0x2028, scalar != 0x2029, scalar != 0xFEFF, scalar != 0xFFFE, scalar != 0xFFFF else { return false }
            i += length
            column += 1
            return true
        }

        mutating func skipSpaces() {
            while !atEnd, byte == 0x20 { advance() }
        }

        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
    }

    /// A key's byte: an ASCII letter, digit, `_` or `-`.
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F || b == 0x2D
    }

    /// ASCII inside a plain word in a block value: word bytes, space and `.,/()+'`.
    static func plainASCII(_ b: UInt8) -> Bool {
        isWordByte(b) || b == 0x20 || b == 0x2E || b == 0x2C || b == 0x2F || b == 0x28 || b == 0x29 || b == 0x2B || b == 0x27
    }

    /// ASCII inside a plain list item: as in a block value, without `,`.
    static func plainInListASCII(_ b: UInt8) -> Bool {
        b != 0x2C && plainASCII(b)
    }

    /// ASCII inside double quotes (no escapes): every printable character but `"` and `\`.
    static func quotedASCII(_ b: UInt8) -> Bool {
        b >= 0x20 && b < 0x7F && b != 0x22 && b != 0x5C
    }
}
