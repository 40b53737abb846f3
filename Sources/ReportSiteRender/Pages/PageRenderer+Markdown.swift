import ReportSiteModel

/// Markdown bodies with their id links and components resolved.
extension PageRenderer {
    /// Renders a Markdown body with id links and components resolved for a page at `path`.
    func markdown(_ source: MarkdownSource, path: String, components: ComponentRenderer, into o: inout Outcome) -> String {
        let root = Paths.root(of: path)
        var diagnostics: [Diagnostic] = []
        var linkDiagnostics: [Diagnostic] = []
        var componentDiagnostics: [Diagnostic] = []
        let html = MarkdownRenderer.render(source, diagnostics: &diagnostics, link: { url, loc in
            resolveLink(url, at: loc, root: root, diagnostics: &linkDiagnostics)
        }, component: { request in
            components.render(request, diagnostics: &componentDiagnostics)
        })
        o.diagnostics += diagnostics + linkDiagnostics + componentDiagnostics
        return html
    }

    /// The address a Markdown link points to from a page at `root`: id links (`unit:…`) and `static/` files
    /// checked and made relative; nil (the link dropped, its text kept) when it is unsafe or unknown.
    func resolveLink(_ url: String, at loc: SourceLocation, root: String, diagnostics: inout [Diagnostic]) -> String? {
        if let problem = LinkSafety.problem(url) {
            diagnostics.append(.warning("unsafe-link", at: loc, Message("unsafe-link", ["problem": .message(problem)])))
            return nil
        }
        for scheme in ["directive", "province", "unit", "report", "page"] where url.hasPrefix(scheme + ":") {
            return resolveIDLink(String(url.dropFirst(scheme.count + 1)), scheme: scheme, at: loc, root: root, diagnostics: &diagnostics)
        }
        if url.hasPrefix("static/") || url.hasPrefix("/static/") {
            return resolveStaticLink(url, at: loc, root: root, diagnostics: &diagnostics)
        }
        return url
    }

    /// `target` ("id" or "id#fragment") of an id link such as `unit:id`.
    func resolveIDLink(_ target: String, scheme: String, at loc: SourceLocation, root: String, diagnostics: inout [Diagnostic]) -> String? {
        var id = target
        var fragment = ""
        if let hash = id.firstIndex(of: "#") {
            fragment = String(id[hash...])
            id = String(id[..<hash])
        }
        let known: Bool
        switch scheme {
        case "directive": known = model.directivesByID[id] != nil
        case "province": known = model.provincesByID[id] != nil
        case "unit": known = model.unit(id) != nil
        case "report": known = model.reportsByID[id] != nil
        default: known = model.pagesByID[id] != nil
        }
        if !known {
            // The candidate list is built only for the message.
            let ids: [String]
            switch scheme {
            case "directive": ids = site.directives.map(\.id)
            case "province": ids = site.provinces.map(\.id)
            case "unit": ids = site.units.map(\.id)
            case "report": ids = site.reports.map(\.id)
            default: ids = site.pages.map(\.id)
            }
            diagnostics.append(.error("unknown-link", at: loc, Message("unknown-link", ["scheme": .message(Message("link.scheme." + scheme)), "id": .text(id),
                                                                 "hint": Suggestion.hint(for: id, in: ids)])))
            return nil
        }
        let path: String
        switch scheme {
        case "directive": path = Paths.directive(id)
        case "province": path = Paths.province(id)
        case "unit": path = Paths.unit(id)
        case "report": path = Paths.report(id)
        default: path = Paths.page(id)
        }
        return root + path + fragment
    }

    /// A link to a file of `Content/static/`, which must exist.
    func resolveStaticLink(_ url: String, at loc: SourceLocation, root: String, diagnostics: inout [Diagnostic]) -> String? {
        let rel = url.hasPrefix("/") ? String(url.dropFirst()) : url
        let file = String(rel.dropFirst("static/".count)).split(separator: "#").first.map(String.init) ?? ""
        if !site.staticFiles.contains(where: { $0.relativePath == file }) {
            diagnostics.append(.error("unknown-link", at: loc, Message("unknown-link.static", ["link": .text(rel), "file": .text(file)])))
            return nil
        }
        return root + rel
    }
}
