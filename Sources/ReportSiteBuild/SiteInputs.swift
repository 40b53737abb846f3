import Foundation
import ReportSiteContent
import ReportSiteModel
import ReportSiteRender

/// The output files that are not rendered: the files of `static/` and the output folder's README.
/// `held` are read into memory (their links are checked when they are pages); `copied` are copied from
/// `static/` as they are, never held.
struct SiteInputs {
    var held: [OutputFile]
    var copied: [StaticFile]

    /// With `holdingAll` (serve, which answers from memory) every file of `static/` is held; otherwise only
    /// its pages. A file that cannot be read is an error in `diagnostics`.
    init(_ site: Site, paths: ContentPaths, holdingAll: Bool, diagnostics: inout [Diagnostic]) {
        held = []
        copied = []
        for s in site.staticFiles {
            guard holdingAll || SiteInputs.isPage(s) else {
                copied.append(s)
                continue
            }
            if let data = FileManager.default.contents(atPath: s.sourcePath) {
                held.append(OutputFile(path: SiteInputs.outputPath(of: s), bytes: [UInt8](data)))
            } else {
                diagnostics.append(SiteInputs.unreadable(s, paths: paths))
            }
        }
        held.append(OutputFile(path: "README.md", text: OutputWriter.readme))
    }

    static func isPage(_ file: StaticFile) -> Bool { file.relativePath.hasSuffix(".html") }

    /// Where a file of `static/` lands in the output.
    static func outputPath(of file: StaticFile) -> String { "static/" + file.relativePath }

    static func unreadable(_ file: StaticFile, paths: ContentPaths) -> Diagnostic {
        .error("unreadable-file", at: SourceLocation(file: paths.contentDisplay + "/static/" + file.relativePath), Message("unreadable-file.static"))
    }
}
