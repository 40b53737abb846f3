import ReportSiteModel

/// sitemap.xml and the Atom feed of reports, with absolute URLs from `base_url`.
enum Feeds {
    static func files(model: RenderModel, diagnostics: inout [Diagnostic]) -> [OutputFile] {
        let site = model.site
        guard let base = site.settings.baseURL else { return [] }
        func url(_ path: String) -> String {
            base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
        }
        var sitemap = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in model.plan.sitemapPaths { sitemap += "  <url><loc>\(Escape.html(url(p)))</loc></url>\n" }
        sitemap += "</urlset>\n"

        let reports = model.reportsNewestFirst
        let updated = reports.compactMap(\.date).max() ?? model.context.buildDate ?? SimpleDate(year: 1970, month: 1, day: 1)
        var feed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"\(site.settings.language.rawValue)\">\n"
        feed += "  <title>\(Escape.html(site.settings.title))</title>\n"
        if let s = site.settings.subtitle { feed += "  <subtitle>\(Escape.html(s))</subtitle>\n" }
        feed += "  <id>\(Escape.html(base))</id>\n  <link rel=\"alternate\" href=\"\(Escape.html(base))\"/>\n"
        feed += "  <link rel=\"self\" href=\"\(Escape.html(base + "feed.xml"))\"/>\n  <updated>\(updated)T00:00:00Z</updated>\n"
        feed += "  <author><name>\(Escape.html(site.settings.organization ?? site.settings.title))</name></author>\n"
        for r in reports {
            let u = url(Paths.report(r.id))
            let d = r.date ?? updated
            feed += "  <entry>\n    <title>\(Escape.html(r.title))</title>\n    <id>\(Escape.html(u))</id>\n"
            feed += "    <link rel=\"alternate\" href=\"\(Escape.html(u))\"/>\n    <updated>\(d)T00:00:00Z</updated>\n"
            if let s = r.summary { feed += "    <summary>\(Escape.html(s))</summary>\n" }
            feed += "  </entry>\n"
        }
        feed += "</feed>\n"
        return [OutputFile(path: Paths.sitemap, text: sitemap), OutputFile(path: Paths.feed, text: feed)]
    }
}
