// libFuzzer entry point, compiled into the ReportSiteContent module by Fuzz/run.sh (never by SwiftPM),
// so it reaches the internal readers: the text decoder, the CSV reader, the YAML reader and the
// front-matter splitter, and the typed record readers behind them; then the loader as a whole, with the
// input as one file (of every content type in turn) of the minimal fixture site.
import Foundation
import ReportSiteModel

/// A scheme to read assessment records against.
private let fuzzScheme = Scheme(
    criteria: [Criterion(id: "leadership", name: "L", max: Score(hundredths: 2000)),
               Criterion(id: "results", name: "R", max: Score(hundredths: 1525))],
    classes: [ScoreClass(id: "good", name: "G", min: Score(hundredths: 2000)), ScoreClass(id: "weak", name: "W", min: .zero)])
private let fuzzFields = RecordReaders.AssessmentFields(fuzzScheme)

/// Traps (so libFuzzer reports the input) when a diagnostic has no usable position.
private func requirePositions(_ diagnostics: [Diagnostic], _ what: String) {
    for d in diagnostics where d.location.file.isEmpty || d.location.line < 1 || d.location.column < 1 || d.message(in: .vi).isEmpty || d.message(in: .en).isEmpty {
        fatalError("\(what): diagnostic without a position: \(d)")
    }
}

/// Reads records the way the loader does, to reach FieldReader and the record readers.
private func readRecords(_ records: [RawRecord], diagnostics: inout [Diagnostic]) {
    for rec in records {
        _ = RecordReaders.unit(rec, defaultID: nil, fileLocation: SourceLocation(file: "f"), body: nil, diagnostics: &diagnostics)
        _ = RecordReaders.province(rec, diagnostics: &diagnostics)
        _ = RecordReaders.assessment(rec, fileYear: 2024, scheme: fuzzScheme, fields: fuzzFields, diagnostics: &diagnostics)
        _ = Gaps.names(rec)
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContent(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)

    // 1. Decoding: BOM, UTF-8 validation with its position, CRLF.
    var d: [Diagnostic] = []
    let decoded = TextFile.decode(bytes, displayPath: "f", diagnostics: &d)
    requirePositions(d, "decode")
    if decoded == nil && d.isEmpty { fatalError("decode failed without a diagnostic") }
    // The parsers also see text that would not pass decoding.
    let text = decoded?.text ?? String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")

    // 2. CSV: cells, positions, records.
    d = []
    if let table = CellTable.parseCSV(text, file: "f.csv", diagnostics: &d) {
        for row in [table.header] + table.rows {
            for cell in row where cell.line < 1 || cell.column < 1 { fatalError("CSV cell without a position") }
        }
        readRecords(TableRecords.records(table, file: "f.csv", diagnostics: &d), diagnostics: &d)
    }
    requirePositions(d, "csv")

    // 3. YAML as a whole file.
    d = []
    if let item = YAMLReader.parse(text, file: "f.yaml", diagnostics: &d) {
        switch item.value {
        case .list(let items):
            readRecords(items.compactMap { if case .mapping(let r) = $0.value { return r } else { return nil } }, diagnostics: &d)
        case .mapping(let rec):
            _ = SchemeReader.read(rec, diagnostics: &d)
            _ = RecordReaders.settings(rec, diagnostics: &d)
        default: break
        }
    }
    requirePositions(d, "yaml")

    // 4. Front matter, then its YAML at file-absolute lines.
    d = []
    if let split = FrontMatterSplit.split(TextFile(displayPath: "f.md", text: text), diagnostics: &d) {
        if split.bodyFirstLine < 1 || split.yamlFirstLine < 1 { fatalError("front matter offsets below 1") }
        if let yaml = split.yaml, let item = YAMLReader.parse(yaml, file: "f.md", firstLine: split.yamlFirstLine, diagnostics: &d),
           case .mapping(let rec) = item.value {
            let body = MarkdownSource(text: split.body, file: "f.md", firstLine: split.bodyFirstLine)
            _ = RecordReaders.document(rec, section: .pages, defaultID: "p", fileLocation: SourceLocation(file: "f.md"), body: body, diagnostics: &d)
            _ = RecordReaders.directive(rec, defaultID: "d", fileLocation: SourceLocation(file: "f.md"), body: body, diagnostics: &d)
        }
    }
    requirePositions(d, "front matter")

    // 5. The loader as a whole, for one input in eight (a load is tens of milliseconds under ASan, the
    // readers above a fraction of one): the input replaces one file of the fixture site, chosen by its length.
    if bytes.count % 8 == 0 { WholeSite.load(bytes) }
    return 0
}

/// A copy of Tests/Fixtures/sites/minimal/Content (made once per process) whose files take the input in turn.
private enum WholeSite {
    static let files = ["site.yaml", "scheme.yaml", "provinces.yaml", "units/an-giang.yaml", "units/bac-giang.csv",
                        "units/an-giang/ag-1.md", "assessments/2024.csv", "directives/nq-51-tw.md",
                        "reports/bao-cao-2025.md", "pages/gioi-thieu.md"]
    static let root: String = {
        let dir = NSTemporaryDirectory() + "reportsite-fuzz-\(getpid())/Content"
        try? FileManager.default.removeItem(atPath: dir)
        try! FileManager.default.createDirectory(atPath: (dir as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: "Tests/Fixtures/sites/minimal/Content", toPath: dir)
        return dir
    }()

    static func load(_ bytes: Data) {
        let path = root + "/" + files[(bytes.count / 8) % files.count]
        let original = FileManager.default.contents(atPath: path)!
        _ = FileManager.default.createFile(atPath: path, contents: bytes)
        defer { _ = FileManager.default.createFile(atPath: path, contents: original) }
        // No templates folder: reading the templates on every input would only slow the fuzzer down.
        let result = ContentLoader.load(ContentPaths(content: root, templates: root + "/no-templates"))
        requirePositions(result.diagnostics, "loader")
        if result.site == nil && !result.diagnostics.hasErrors { fatalError("loader: no site and no error") }
    }
}
