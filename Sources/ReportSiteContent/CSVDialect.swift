import ReportSiteModel
/// How a CSV file is separated: decided from the whole file, or from Excel's `sep=;` first line.
///
/// A spreadsheet writes every row with the same number of cells, so the separator is the one of `,`,
/// `;` and tab that splits the most rows into the same number of cells (two or more). A comma inside an
/// unquoted decimal (`15,5` in a `;` file) or a header cell with a comma cannot flip the file: they
/// change the count of a few rows only. On a tie the comma wins (RFC 4180), unless most unquoted commas
/// sit between digits (decimal commas) and `;` ties with it: then it is a Vietnamese-locale `;` file whose
/// every row has as many decimal commas as its header has commas.
struct CSVDialect: Sendable, Equatable {
    var delimiter: UInt8
    /// Bytes of a leading `sep=X` line (with its line end) to skip; 0 when there is none.
    var skip: Int

    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDialect {
        if let declared = declaredSeparator(bytes) { return declared }
        let (scores, decimalCommas, commas) = consistency(bytes)
        var best = 0
        for k in candidates.indices where scores[k] > scores[best] { best = k }
        if best == 0, scores[1] == scores[0], scores[1] > 0, decimalCommas * 2 > commas { best = 1 }
        return CSVDialect(delimiter: candidates[best], skip: 0)
    }

    /// Excel's `sep=;` (or `sep=,`, `sep=<tab>`) first line, which names the separator.
    static func declaredSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVDialect? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= 5, zip(prefix, bytes).allSatisfy({ $0.0 == $0.1 | 0x20 || $0.0 == $0.1 }) else { return nil }
        let d = bytes[4]
        guard candidates.contains(d) else { return nil }
        var end = 5
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") { end += 1 }
        guard end == bytes.count || bytes[end] == UInt8(ascii: "\n") else { return nil }
        return CSVDialect(delimiter: d, skip: min(end + 1, bytes.count))
    }

    /// For each candidate, how many rows have the most common number of cells when split by it; 0 when
    /// that number is 1 (it splits nothing). Rows with no text (blank, or only separators) do not count.
    /// One pass over the bytes for all three; it also counts the unquoted commas, and those between digits.
    static func consistency(_ bytes: UnsafeBufferPointer<UInt8>) -> (scores: [Int], decimalCommas: Int, commas: Int) {
        var counts: [[Int: Int]] = [[:], [:], [:]]
        var commas = 1, semicolons = 1, tabs = 1
        var filled = false
        var inQuotes = false
        func endRow() {
            if filled {
                counts[0][commas, default: 0] += 1
                counts[1][semicolons, default: 0] += 1
                counts[2][tabs, default: 0] += 1
            }
            (commas, semicolons, tabs) = (1, 1, 1)
            filled = false
        }
        var allCommas = 0, decimalCommas = 0
        for i in bytes.indices {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") { inQuotes.toggle(); filled = true; continue }
            if inQuotes { continue }
            switch c {
            case UInt8(ascii: ","):
                commas += 1
                allCommas += 1
                if i > 0, i + 1 < bytes.count, bytes[i - 1] &- 0x30 < 10, bytes[i + 1] &- 0x30 < 10 { decimalCommas += 1 }
            case UInt8(ascii: ";"): semicolons += 1
            case UInt8(ascii: "\t"): tabs += 1
            case UInt8(ascii: "\n"): endRow()
            case UInt8(ascii: " "): break
            default: filled = true
            }
        }
        endRow()
        let scores = counts.map { byCount -> Int in
            guard let (mode, rows) = byCount.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), mode > 1 else { return 0 }
            return rows
        }
        return (scores, decimalCommas, allCommas)
    }

    /// The separator as a message names it.
    var name: Message.Argument {
        switch delimiter {
        case UInt8(ascii: "\t"): return .message(Message("csv.tab"))
        default: return .message(Message("quoted", ["text": .text(String(Character(Unicode.Scalar(delimiter))))]))
        }
    }
}
