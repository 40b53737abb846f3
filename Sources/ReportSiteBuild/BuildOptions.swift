import ReportSiteRender

/// Folders and switches shared by build, check and serve.
public struct BuildOptions: Sendable {
    public var content: String
    public var templates: String
    public var output: String
    public var strict: Bool
    public var context: BuildContext

    public init(content: String = "Content", templates: String = "Templates", output: String = "Output",
                strict: Bool = false, context: BuildContext = BuildContext()) {
        self.content = content
        self.templates = templates
        self.output = output
        self.strict = strict
        self.context = context
    }
}
