import ReportSiteModel

/// The outcome of loading: the site when it could be built, every diagnostic, and the templates.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var templates: [TemplateSource]
    public var assets: [AssetFile]
}
