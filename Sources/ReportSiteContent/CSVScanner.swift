import ReportSiteModel

/// Walks a CSV file's UTF-8 bytes into rows of cells for `CellTable.parseCSV`, keeping the line and
/// column where every cell starts. The delimiter, quotes and line ends are ASCII, so they are found byte
/// by byte; a cell without quotes is one slice of the bytes. Columns count Unicode scalars (a byte that
/// does not continue a scalar starts one), as editors show them.
struct CSVScanner {
    private static let quote = UInt8(ascii: "\"")
    private static let newline = UInt8(ascii: "\n")

    private let bytes: UnsafeBufferPointer<UInt8>
    private let file: String
    let delimiter: UInt8
    /// The rows read so far, without blank ones.
    private(set) var records: [[TableCell]] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// False when a quote is never closed: the last record holds the rest of the file.
    private(set) var complete = true

    private var record: [TableCell] = []
    private var i: Int
    private var line: Int
    private var column = 1
    // An unquoted cell is bytes[cellStart..<i]; a quoted one is built in `quotedText`.
    private var cellStart = 0
    private var quotedText: [UInt8] = []
    private var cellLine = 1
    private var cellColumn = 1
    private var quoted = false
    private var atCellStart = true
    private var strayReported = false
    private var overfull = false

    init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
        let dialect = CSVDialect.detect(bytes)
        self.bytes = bytes
        self.file = file
        delimiter = dialect.delimiter
        i = dialect.skip
        line = dialect.skip > 0 ? 2 : 1
    }

    /// Reads every byte; afterwards `records`, `diagnostics` and `complete` hold the outcome.
    mutating func scan() {
        while i < bytes.count {
            let c = bytes[i]
            if atCellStart {
                startCell()
                if c == Self.quote {
                    guard readQuotedCell() else { break }
                    continue
                }
            }
            if c == delimiter {
                endCell()
                advance()
            } else if c == Self.newline {
                endRecord()
                i += 1
                line += 1
                column = 1
            } else {
                if c == Self.quote { stray(Message("csv-stray-quote")) }
                advance()
            }
        }
        if !atCellStart || !record.isEmpty { endRecord() }
    }

    private mutating func startCell() {
        cellLine = line
        cellColumn = column
        cellStart = i
        atCellStart = false
    }

    /// Reads a quoted cell from its opening quote to the closing one ("" is a literal quote) and any
    /// stray text after it; false when the file ends inside the quotes (reported, the record ended).
    private mutating func readQuotedCell() -> Bool {
        quoted = true
        advance()
        var closed = false
        while i < bytes.count {
            let q = bytes[i]
            if q == Self.quote {
                if i + 1 < bytes.count, bytes[i + 1] == Self.quote {
                    quotedText.append(Self.quote)
                    i += 2
                    column += 2
                    continue
                }
                advance()
                closed = true
                break
            }
            quotedText.append(q)
            if q == Self.newline {
                line += 1
                column = 1
                i += 1
            } else {
                advance()
            }
        }
        guard closed else {
            diagnostics.append(.error("csv-unclosed-quote", at: SourceLocation(file: file, line: cellLine, column: cellColumn),
                Message("csv-unclosed-quote")))
            complete = false
            endRecord()
            return false
        }
        // After the closing quote only a delimiter or the end of the line may follow.
        if i < bytes.count, bytes[i] != delimiter, bytes[i] != Self.newline {
            stray(Message("csv-stray-quote.after"))
            while i < bytes.count, bytes[i] != delimiter, bytes[i] != Self.newline {
                quotedText.append(bytes[i])
                advance()
            }
        }
        return true
    }

    private mutating func endCell() {
        defer {
            quotedText.removeAll(keepingCapacity: true)
            quoted = false
            atCellStart = true
            strayReported = false
        }
        guard record.count < CellTable.maxCellsPerRow else {
            if !overfull {
                overfull = true
                diagnostics.append(.error("csv-too-many-cells", at: SourceLocation(file: file, line: cellLine, column: cellColumn),
                    Message("csv-too-many-cells", ["max": .int(CellTable.maxCellsPerRow)])))
            }
            return
        }
        let text = quoted ? String(decoding: quotedText, as: UTF8.self)
            : String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart..<i]), as: UTF8.self)
        record.append(TableCell(text: text, line: cellLine, column: cellColumn, kind: quoted ? .quotedText : .text))
    }

    private mutating func endRecord() {
        endCell()
        // Blank lines and rows of bare separators (a spreadsheet's empty formatted rows) are no records.
        if !record.allSatisfy(\.isBlank) { records.append(record) }
        // The next row is likely as wide: room for its cells at once, not grown one doubling at a time.
        let width = record.count
        record = []
        record.reserveCapacity(width)
        overfull = false
    }

    private mutating func stray(_ message: Message) {
        // One report per cell is enough to find it.
        guard !strayReported else { return }
        strayReported = true
        diagnostics.append(.error("csv-stray-quote", at: SourceLocation(file: file, line: line, column: column), message))
    }

    /// Moves past the byte at `i`, counting a column when it starts a scalar.
    private mutating func advance() {
        if bytes[i] & 0xC0 != 0x80 { column += 1 }
        i += 1
    }
}
