import ReportSiteModel

/// Reports and pages written in Markdown, their lists, the 404 page and the search page.
extension PageRenderer {
    func documentList(_ docs: [Document], root: String) -> [[String: Any]] {
        docs.map { d in
            var x: [String: Any] = ["title": d.title, "href": root + (d.section == .reports ? Paths.report(d.id) : Paths.page(d.id))]
            if let date = d.date { x["date"] = f.date(date); x["iso_date"] = date.description }
            if let s = d.summary { x["summary"] = s }
            return x
        }
    }

    func reports(_ o: inout Outcome) {
        let path = Paths.reports
        page(path, template: "reports", title: t["reports"], section: .reports,
             context: ["reports": documentList(model.reportsNewestFirst, root: Paths.root(of: path))], into: &o)
    }

    func document(_ d: Document, _ o: inout Outcome) {
        let path = d.section == .reports ? Paths.report(d.id) : Paths.page(d.id)
        let c = ComponentRenderer(model: model, root: Paths.root(of: path))
        var ctx: [String: Any] = ["title": d.title, "body": markdown(d.body, path: path, components: c, into: &o),
                                  "is_report": d.section == .reports]
        if let date = d.date { ctx["date"] = f.date(date); ctx["iso_date"] = date.description }
        if let s = d.summary { ctx["summary"] = s }
        if let org = site.settings.organization { ctx["organization"] = org }
        page(path, template: "document", title: d.title, section: d.section == .reports ? .reports : .pages,
             description: d.summary, context: ctx, into: &o)
    }

    func notFound(_ o: inout Outcome) {
        // Served for any missing address: its links are relative to the site's folder, which is right from
        // disk and at /404.html; elsewhere the layout's script (section .none) sets a base of `sitePath`.
        page(Paths.notFound, template: "404", title: t["not_found"], section: .none, context: [:], into: &o)
    }

    /// The path of `base_url` ("/bao-cao/" of "https://x.vn/bao-cao/"), or "/" without one.
    static func sitePath(_ baseURL: String?) -> String {
        guard let base = baseURL, let scheme = base.range(of: "://") else { return "/" }
        let rest = base[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }

    func search(_ o: inout Outcome) {
        let path = Paths.search
        page(path, template: "search", title: t["search"], section: .search, context: ["index_script": "index.js"], into: &o)
    }
}
