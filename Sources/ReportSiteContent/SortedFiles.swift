import ReportSiteModel

/// The files of Content/ sorted into what reads them: the provinces file, one job per other content
/// file, and the static files copied as they are. A file that belongs nowhere is reported here.
struct SortedFiles {
    var provinceFiles: [FileListing.Entry] = []
    var jobs: [FileJob] = []
    var staticFiles: [StaticFile] = []
    /// Folders that could not be read: what they held may be anything of their kind.
    var gaps = Gaps()

    /// `entries` (the listing of Content/, shown under `display`) sorted into their jobs.
    static func sort(_ entries: [FileListing.Entry], display: String, diagnostics: inout [Diagnostic]) -> SortedFiles {
        var sorted = SortedFiles()
        for e in entries {
            let path = ContentPath(e.relative)
            let shown = display + "/" + e.relative
            if let unreadable = e.unreadableDiagnostic(display: shown) {
                diagnostics.append(unreadable)
                sorted.gaps.markUnread(top: path.top)
            } else if let problem = sorted.add(e, path, display: shown) {
                diagnostics.append(problem)
            }
        }
        return sorted
    }

    /// Files that are not content: a spreadsheet's lock file, site.yaml and scheme.yaml (read first), a readme.
    static func isSkipped(_ path: ContentPath) -> Bool {
        if DataFiles.isLockFile(path.last) { return true }
        guard path.partCount == 1 else { return false }
        return path.relative == "site.yaml" || path.relative == "scheme.yaml" || path.relative.lowercased().hasPrefix("readme")
    }

    /// Puts the entry where it belongs, or returns why it cannot be read as content.
    mutating func add(_ e: FileListing.Entry, _ path: ContentPath, display: String) -> Diagnostic? {
        // Made only for a message (this sees every file of the site).
        var loc: SourceLocation { SourceLocation(file: display) }
        if e.isLinkedFolder { return .warning("symlink-folder", at: loc, Message("symlink-folder")) }
        if path.top == "static" {
            if e.isSymlinkOutside { return .warning("symlink-outside", at: loc, Message("symlink-outside.static")) }
            staticFiles.append(StaticFile(relativePath: path.afterTop, sourcePath: e.path))
            return nil
        }
        if e.isSymlinkOutside { return .warning("symlink-outside", at: loc, Message("symlink-outside")) }
        if SortedFiles.isSkipped(path) { return nil }
        if path.partCount == 1 { return addTopLevel(e, path, loc) }
        func job(_ kind: FileJob.Kind) -> Diagnostic? {
            jobs.append(FileJob(kind: kind, entry: e, display: display, stem: path.name))
            return nil
        }
        let isTable = DataFiles.tableExtensions.contains(path.ext)
        switch (path.top, path.ext) {
        case ("directives", "md") where path.partCount == 2: return job(.directive)
        case ("units", "md"): return job(.unitMarkdown)
        case ("units", _) where isTable: return job(.unitTable)
        case ("assessments", _) where isTable:
            guard let year = assessmentYear(path) else { return yearProblem(path, loc) }
            return job(.assessments(year))
        case ("reports", "md") where path.partCount == 2: return job(.document(.reports))
        case ("pages", "md") where path.partCount == 2: return job(.document(.pages))
        case ("units", _), ("assessments", _):
            // Nothing put in a data folder is left out silently.
            return .error("unreadable-data-file", at: loc, DataFiles.howToSave(ext: path.ext, folder: path.top))
        default:
            return .warning("ignored-file", at: loc, Message("ignored-file"))
        }
    }

    mutating func addTopLevel(_ e: FileListing.Entry, _ path: ContentPath, _ loc: SourceLocation) -> Diagnostic? {
        if path.name == "provinces" && DataFiles.tableExtensions.contains(path.ext) {
            provinceFiles.append(e)
            return nil
        }
        if path.relative == "site.yml" || path.relative == "scheme.yml" {
            return .error("misnamed-file", at: loc, Message("misnamed-file", ["name": .text(path.relative.replacingOccurrences(of: ".yml", with: ".yaml"))]))
        }
        return .warning("ignored-file", at: loc, Message("ignored-file"))
    }

    /// The year an assessment file's name (assessments/2024.csv) or folder (assessments/2024/x.csv) gives.
    func assessmentYear(_ path: ContentPath) -> Int? {
        guard path.partCount <= 3 else { return nil }
        let yearText = path.partCount == 2 ? path.name : path.second
        guard yearText.count == 4, let year = Int(yearText), (1900...2200).contains(year) else { return nil }
        return year
    }

    func yearProblem(_ path: ContentPath, _ loc: SourceLocation) -> Diagnostic {
        if path.partCount > 3 { return .error("misplaced-file", at: loc, Message("misplaced-file")) }
        return .error("bad-year-name", at: loc, path.partCount == 2
            ? Message("bad-year-name.file")
            : Message("bad-year-name.folder", ["folder": .text(path.second)]))
    }
}
