import ReportSiteModel
import ReportSiteRender

/// The result of a build or check: every diagnostic, sorted, and how it ended.
public struct PipelineResult: Sendable {
    public var diagnostics: [Diagnostic]
    public var outcome: Outcome
    public var files: [OutputFile]
    public var site: Site?
    /// The model the run rendered from (nil when it did not get that far). Handing it back also keeps it
    /// from being freed, standing by standing, before the report is printed: `build` and `check` exit
    /// without freeing it (decision 41).
    public var model: RenderModel? = nil

    /// The site's `language` from site.yaml, nil when site.yaml could not be read; the executable chooses
    /// the language of its words from it, `--lang` and `REPORTSITE_LANG` (docs/decisions.md, 90).
    public var language: Language? = nil
}
