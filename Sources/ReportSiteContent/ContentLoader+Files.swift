import Foundation
import ReportSiteModel

extension ContentLoader {
    /// Reads a required YAML file that must hold one mapping.
    static func singleMapping(_ root: URL, _ name: String, display: String, diagnostics: inout [Diagnostic]) -> RawRecord? {
        let url = root.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            diagnostics.append(.error("missing-file", at: SourceLocation(file: display), Message("missing-file")))
            return nil
        }
        guard let file = TextFile.read(url, displayPath: display, diagnostics: &diagnostics),
              let item = YAMLReader.parse(file.text, file: display, diagnostics: &diagnostics) else { return nil }
        guard case .mapping(let rec) = item.value else {
            diagnostics.append(.error("yaml-structure", at: item.location, Message("yaml-structure.settings", ["file": .text(name)])))
            return nil
        }
        return rec
    }

    /// Records of a YAML list, a CSV table or a workbook's sheets, and whether every record of the file could be read.
    static func tableRecords(_ url: URL, display: String, diagnostics: inout [Diagnostic]) -> (records: [RawRecord], complete: Bool) {
        let ext = url.pathExtension.lowercased()
        if DataFiles.workbookExtensions.contains(ext) {
            guard let book = Workbook.read(path: url.path, display: display, diagnostics: &diagnostics) else { return ([], false) }
            return (book.tables.flatMap { TableRecords.records($0, file: display, diagnostics: &diagnostics) }, book.complete)
        }
        guard let file = TextFile.read(url, displayPath: display, diagnostics: &diagnostics) else { return ([], false) }
        if ext == "csv" {
            guard let table = CellTable.parseCSV(file.text, file: display, diagnostics: &diagnostics) else { return ([], false) }
            return (TableRecords.records(table, file: display, diagnostics: &diagnostics), table.complete)
        }
        guard let item = YAMLReader.parse(file.text, file: display, diagnostics: &diagnostics) else { return ([], false) }
        guard case .list(let items) = item.value else {
            diagnostics.append(.error("yaml-structure", at: item.location, Message("yaml-structure.list")))
            return ([], false)
        }
        var out: [RawRecord] = []
        var complete = true
        for i in items {
            if case .mapping(let rec) = i.value { out.append(rec) } else {
                diagnostics.append(.error("yaml-structure", at: i.location, Message("yaml-structure.list-item")))
                complete = false
            }
        }
        return (out, complete)
    }

    static func loadTemplates(_ paths: ContentPaths, diagnostics: inout [Diagnostic]) -> ([TemplateSource], [AssetFile]) {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: paths.templates.path, isDirectory: &isDir), isDir.boolValue else {
            diagnostics.append(.error("missing-templates", at: SourceLocation(file: paths.templatesDisplay), Message("missing-templates")))
            return ([], [])
        }
        var templates: [TemplateSource] = []
        var assets: [AssetFile] = []
        for e in FileListing.list(paths.templates) where !e.isSymlinkOutside && !e.isLinkedFolder {
            let display = e.relative.isEmpty ? paths.templatesDisplay : paths.templatesDisplay + "/" + e.relative
            if let unreadable = e.unreadableDiagnostic(display: display) {
                diagnostics.append(unreadable)
                continue
            }
            if e.relative.hasSuffix(".mustache") {
                if let file = TextFile.read(e.url, displayPath: display, diagnostics: &diagnostics) {
                    templates.append(TemplateSource(name: String(e.relative.dropLast(".mustache".count)), text: file.text, displayPath: display))
                }
            } else if e.relative.hasPrefix("assets/") {
                switch TextFile.readBytes(e.path) {
                case .success(let bytes): assets.append(AssetFile(relativePath: e.relative, bytes: bytes))
                case .failure(let cause): diagnostics.append(.unreadable(display, cause))
                }
            }
        }
        return (templates, assets)
    }
}
