import ReportSiteModel

/// What rendering produced: files sorted by path, and every problem found on the way.
public struct RenderResult: Sendable {
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]
    /// Every path written, for link checks (made when asked: a full build does not need it).
    public var pagePaths: Set<String> { Set(files.map(\.path)) }

    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
