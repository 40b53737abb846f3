import ReportSiteModel

/// A fenced block that names a component, handed to the page renderer.
public struct ComponentRequest: Sendable {
    public var name: String
    public var parameters: String
    /// Location of the opening fence.
    public var location: SourceLocation
    /// Line in the file of the first parameter line.
    public var parametersFirstLine: Int
}
