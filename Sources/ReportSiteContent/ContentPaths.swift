import Foundation
import ReportSiteModel

/// Where Content/ and Templates/ are, and how to print their paths in diagnostics.
public struct ContentPaths: Sendable {
    public var content: URL
    public var contentDisplay: String
    public var templates: URL
    public var templatesDisplay: String

    public init(content: String, templates: String) {
        self.content = URL(fileURLWithPath: content).standardizedFileURL
        self.contentDisplay = ContentPaths.display(content)
        self.templates = URL(fileURLWithPath: templates).standardizedFileURL
        self.templatesDisplay = ContentPaths.display(templates)
    }

    public static func display(_ path: String) -> String {
        var p = path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }
}

/// The outcome of loading: the site when it could be built, every diagnostic, and the templates.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var templates: [TemplateSource]
    public var assets: [AssetFile]
    /// Where each unit, directive, report and page was defined, for messages that point back at them.
    public var locations: [String: SourceLocation]
}

/// Lists files under a folder, sorted by path, skipping hidden files and editor backups.
enum FileListing {
    struct Entry: Sendable {
        var url: URL
        /// Path relative to the listed folder with `/` separators.
        var relative: String
        var isSymlinkOutside: Bool
    }

    static func list(_ root: URL, containedIn boundary: URL? = nil) -> [Entry] {
        let fm = FileManager.default
        var out: [Entry] = []
        let rootPath = root.resolvingSymlinksInPath().path
        let boundaryPath = (boundary ?? root).resolvingSymlinksInPath().path
        func walk(_ dir: URL, _ prefix: String) {
            guard let names = try? fm.contentsOfDirectory(atPath: dir.path) else { return }
            for name in names.sorted() {
                if name.hasPrefix(".") || name.hasSuffix("~") || name.hasPrefix("#") { continue }
                let url = dir.appendingPathComponent(name)
                let rel = prefix.isEmpty ? name : prefix + "/" + name
                let resolved = url.resolvingSymlinksInPath().path
                let inside = resolved == boundaryPath || resolved.hasPrefix(boundaryPath + "/") || resolved.hasPrefix(rootPath + "/")
                var isDir: ObjCBool = false
                guard fm.fileExists(atPath: url.path, isDirectory: &isDir) else { continue }
                if !inside {
                    out.append(Entry(url: url, relative: rel, isSymlinkOutside: true))
                    continue
                }
                if isDir.boolValue { walk(url, rel) } else { out.append(Entry(url: url, relative: rel, isSymlinkOutside: false)) }
            }
        }
        walk(root, "")
        return out.sorted { $0.relative < $1.relative }
    }
}
