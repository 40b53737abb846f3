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
