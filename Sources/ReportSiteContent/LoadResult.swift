import ReportSiteModel

/// The outcome of loading: the site when it could be built, every diagnostic, and the templates.
public struct LoadResult: Sendable {
    public var site: Site?
    public var diagnostics: [Diagnostic]
    public var templates: [TemplateSource]
    public var assets: [AssetFile]
    /// `language` from site.yaml when site.yaml could be read, even if the site could not be assembled
    /// (a broken scheme.yaml): the run's words follow it (docs/decisions.md, 90).
    public var language: Language? = nil
}
