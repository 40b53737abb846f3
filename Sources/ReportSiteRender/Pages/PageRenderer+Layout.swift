import ReportSiteModel

/// The layout around every page, and page templates rendered through skeletons (see `SkeletonCache`).
extension PageRenderer {
    enum Section: String { case home, rankings, provinces, directives, reports, pages, search, none }

    func page(_ path: String, template: String, title: String, section: Section, description: String? = nil,
              context: [String: Any], into o: inout Outcome) {
        let root = Paths.root(of: path)
        var ctx = context
        ctx["root"] = root
        ctx["t"] = t.all
        let content = renderTemplate(template, ctx, root: root)
        layout(path, content: content, title: title, section: section, description: description, into: &o)
    }

    /// Places a page's rendered `content` in the layout and adds the page to `o`.
    func layout(_ path: String, content: String, title: String, section: Section, description: String? = nil,
                into o: inout Outcome) {
        let root = Paths.root(of: path)
        let canonical = site.settings.baseURL.map { base in
            base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
        }
        let values = [title, description ?? site.settings.subtitle ?? t["description"], content, canonical ?? ""]
        // Apart from `values`, the layout's context depends only on the depth, the section and which
        // menu page (if any) this is: render it once per such key and fill the slots.
        let menuPage = model.pagesInOrder.contains { Paths.page($0.id) == path } ? path : ""
        let key = root + "\u{0}" + section.rawValue + "\u{0}" + menuPage
        let marked = {
            layoutContext(path: path, root: root, section: section, values: values.indices.map(SkeletonCache.marker), hasCanonical: canonical != nil)
        }
        guard let parts = skeleton("layout", key: key, slots: values.count, marked: marked) else {
            let plain = layoutContext(path: path, root: root, section: section, values: values, hasCanonical: canonical != nil)
            o.files.append(OutputFile(path: path, text: templates.render("layout", plain)))
            return
        }
        o.files.append(OutputFile(path: path, bytes: SkeletonCache.fillBytes(parts, values, escape: Escape.html)))
    }

    /// Keys of a page context that are the same on every page, left out of its shape.
    static let constantKeys = ["t", "root"]

    /// Renders a page template; pages whose contexts have the same shape share one Mustache rendering
    /// and only have their values filled in (unit pages fall into a few dozen shapes).
    func renderTemplate(_ name: String, _ ctx: [String: Any], root: String) -> String {
        guard templates.skeletonSafe, let shape = ContextShape(ctx, constant: PageRenderer.constantKeys) else {
            return templates.render(name, ctx)
        }
        return renderShaped(name, root: root, signature: shape.signature, values: shape.values, context: { ctx })
    }

    /// Renders template `name` for a context of the shape `signature` with `values` (as `ContextShape`
    /// gives them for `context()`, which is made only when it is needed) through the skeleton of that shape.
    /// Only when `templates.skeletonSafe`.
    func renderShaped(_ name: String, root: String, signature: String, values: [String], context: () -> [String: Any]) -> String {
        // A long signature means long lists (a province's or a directive's units): such a shape does not
        // come again, and rendering it with markers first would only double the work.
        guard signature.utf8.count <= 4096 else { return templates.render(name, context()) }
        return renderFilled(name, key: root + "\u{0}" + signature, values: values, marked: {
            ContextShape(context(), constant: PageRenderer.constantKeys, marking: true)!.marked!
        }, plain: context)
    }

    /// Renders template `name` once per `key` with the `marked` context (markers in place of `values`)
    /// and fills `values` into it; renders the `plain` context instead when skeletons cannot be trusted
    /// (a template that can look at a value other than by printing it, or a marker that came out altered).
    func renderFilled(_ name: String, key: String, values: [String], marked: () -> [String: Any],
                      plain: () -> [String: Any]) -> String {
        if let parts = skeleton(name, key: key, slots: values.count, marked: marked) {
            return SkeletonCache.fill(parts, values, escape: Escape.html)
        }
        return templates.render(name, plain())
    }

    /// The skeleton of template `name` for `key` (rendered from the `marked` context the first time), or
    /// nil when skeletons cannot be trusted and the plain context must be rendered.
    func skeleton(_ name: String, key: String, slots: Int, marked: () -> [String: Any]) -> [SkeletonCache.Part]? {
        guard templates.skeletonSafe else { return nil }
        return skeletons.skeleton(for: name + "\u{0}" + key, slots: slots, make: { templates.render(name, marked()) })
    }

    /// The layout's context; `values` are the title, description, content and canonical address.
    func layoutContext(path: String, root: String, section: Section, values: [String], hasCanonical: Bool) -> [String: Any] {
        var nav: [[String: Any]] = [
            ["label": t["home"], "href": root + Paths.home, "current": section == .home],
            ["label": t["rankings"], "href": root + Paths.rankings, "current": section == .rankings],
            ["label": t["provinces"], "href": root + Paths.provinces, "current": section == .provinces],
            ["label": t["directives"], "href": root + Paths.directives, "current": section == .directives],
            ["label": t["reports"], "href": root + Paths.reports, "current": section == .reports],
        ]
        for p in model.pagesInOrder {
            nav.append(["label": p.title, "href": root + Paths.page(p.id), "current": path == Paths.page(p.id)])
        }
        var layout: [String: Any] = [
            "lang": site.settings.language.rawValue,
            "title": values[0],
            "is_home": section == .home,
            "is_search": section == .search,
            "site_title": site.settings.title,
            "root": root,
            "home_href": root + Paths.home,
            "stylesheet": root + Paths.stylesheet,
            "search_href": root + Paths.search,
            "nav": nav,
            "content": values[2],
            "t": t.all,
            "description": values[1],
        ]
        if let s = site.settings.subtitle { layout["subtitle"] = s }
        if let org = site.settings.organization { layout["organization"] = org }
        if site.settings.sample { layout["sample"] = true; layout["sample_notice"] = t["sample_notice"] }
        if hasCanonical { layout["canonical"] = values[3] }
        if section == .none { layout["site_path"] = PageRenderer.sitePath(site.settings.baseURL) }
        if let d = model.context.buildDate { layout["build_date"] = f.date(d) }
        if let y = model.currentYear { layout["current_year"] = y }
        return layout
    }
}
