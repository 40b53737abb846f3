// libFuzzer entry point, compiled into the ReportSiteRender module with ReportSiteServe's SiteResponder by
// Fuzz/run.sh (never by SwiftPM): Markdown with components (through libcmark and the component renderer,
// against the minimal fixture site's model) and the serve request path.
import Foundation
import ReportSiteContent
import ReportSiteModel

/// The minimal fixture site's model, loaded once per process.
nonisolated(unsafe) private let fuzzModel: RenderModel = {
    let loaded = ContentLoader.load(ContentPaths(content: "Tests/Fixtures/sites/minimal/Content", templates: "Templates"))
    return RenderModel(site: loaded.site!, context: BuildContext())
}()

/// What serve answers from: a few pages of a built site.
private let fuzzFiles: [String: [UInt8]] = [
    "index.html": Array("<html><body>home</body></html>".utf8),
    "units/ag-1/index.html": Array("<html><body>unit</body></html>".utf8),
    "static/logo.svg": Array("<svg/>".utf8),
    "404.html": Array("<html><body>404</body></html>".utf8),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRender(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)

    // 1. Markdown with components: every diagnostic has a position inside the file's lines.
    var diagnostics: [Diagnostic] = []
    var componentDiagnostics: [Diagnostic] = []
    let components = ComponentRenderer(model: fuzzModel, root: "../../")
    let firstLine = 5
    _ = MarkdownRenderer.render(MarkdownSource(text: text, file: "f.md", firstLine: firstLine), diagnostics: &diagnostics, link: { url, _ in
        LinkSafety.problem(url) == nil ? url : nil
    }, component: { request in
        components.render(request, diagnostics: &componentDiagnostics)
    })
    // At most one line per LF or CR byte, and one more (a "\r\n" is a single Character in Swift).
    let lines = 1 + text.utf8.reduce(0) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    for d in diagnostics + componentDiagnostics where d.location.line < firstLine || d.location.line > firstLine + lines || d.location.column < 1 {
        fatalError("markdown: diagnostic outside the text: \(d)")
    }

    // 2. The serve request path: only a file of the build is ever answered, and the status is one of ours.
    let response = SiteResponder.respond(to: text, files: fuzzFiles, inject: false)
    guard [200, 301, 400, 404].contains(response.status) else { fatalError("serve: status \(response.status) for \(text.debugDescription)") }
    if response.status == 200, !fuzzFiles.values.contains(response.body) {
        fatalError("serve: answered something that is not a file of the build for \(text.debugDescription)")
    }
    return 0
}
