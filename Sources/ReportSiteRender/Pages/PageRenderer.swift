import ReportSiteModel

/// Renders one page (or a chunk of unit pages) through its template and the layout.
struct PageRenderer: Sendable {
    let model: RenderModel
    let templates: TemplateSet
    let skeletons = SkeletonCache()
    /// What is the same in the tables of every unit page.
    let unitTables: UnitTables

    init(model: RenderModel, templates: TemplateSet) {
        self.model = model
        self.templates = templates
        unitTables = UnitTables(model: model)
    }

    var t: Strings { model.strings }
    var f: Format { model.format }
    var site: Site { model.site }

    struct Outcome: Sendable {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
    }

    func run(_ job: SiteRenderer.Job) -> Outcome {
        var o = Outcome()
        Timings.measure("render: " + job.kindName) {
            switch job {
            case .home: home(&o)
            case .rankings: rankings(&o)
            case .rankingYear(let y): rankingYear(y, &o)
            case .provinces: provinces(&o)
            case .province(let id): province(id, &o)
            case .unitChunk(let ids):
                // Every unit page has the same root.
                let c = ComponentRenderer(model: model, root: UnitTables.root)
                for id in ids {
                    c.startPage()
                    unit(id, &o, components: c)
                }
            case .directives: directives(&o)
            case .directive(let id): directive(id, &o)
            case .reports: reports(&o)
            case .document(let d): document(d, &o)
            case .notFound: notFound(&o)
            case .search: search(&o)
            case .dataFile(let year, let which): o.files.append(dataFile(year: year, which: which))
            case .searchIndex: o.files.append(OutputFile(path: PageRenderer.searchIndexPath, text: SearchIndex.script(model: model)))
            }
        }
        return o
    }

    static let searchIndexPath = "search/index.js"

    /// The path of one of the data files of a year's ranking (which: 0–3).
    static func dataFilePath(year: Int, which: Int) -> String {
        "rankings/\(year)/" + ["provinces.json", "provinces.csv", "units.json", "units.csv"][min(max(which, 0), 3)]
    }

    /// One of the data files of a year's ranking.
    func dataFile(year: Int, which: Int) -> OutputFile {
        let r = model.ranking(year: year)
        let scheme = site.scheme
        let path = PageRenderer.dataFilePath(year: year, which: which)
        switch which {
        case 0: return OutputFile(path: path, bytes: RankingData.provincesJSON(r, scheme: scheme))
        case 1: return OutputFile(path: path, bytes: RankingData.provincesCSV(r, scheme: scheme))
        case 2: return OutputFile(path: path, bytes: RankingData.unitsJSON(r, scheme: scheme))
        default: return OutputFile(path: path, bytes: RankingData.unitsCSV(r, scheme: scheme))
        }
    }

    // MARK: Layout

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
        let page = renderFilled("layout", key: key, values: values, marked: {
            layoutContext(path: path, root: root, section: section, values: values.indices.map(SkeletonCache.marker), hasCanonical: canonical != nil)
        }, plain: {
            layoutContext(path: path, root: root, section: section, values: values, hasCanonical: canonical != nil)
        })
        o.files.append(OutputFile(path: path, text: page))
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
            return SkeletonCache.fill(parts, values, escape: FastHTMLContentType().escapeText)
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

    // MARK: Markdown

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

    func resolveLink(_ url: String, at loc: SourceLocation, root: String, diagnostics: inout [Diagnostic]) -> String? {
        if let problem = LinkSafety.problem(url) {
            diagnostics.append(.warning("unsafe-link", at: loc, Message("unsafe-link", ["problem": .text(problem)])))
            return nil
        }
        for scheme in ["directive", "province", "unit", "report", "page"] where url.hasPrefix(scheme + ":") {
            var id = String(url.dropFirst(scheme.count + 1))
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
                                                                     "hint": Suggestion.hintArgument(for: id, in: ids)])))
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
        if url.hasPrefix("static/") || url.hasPrefix("/static/") {
            let rel = url.hasPrefix("/") ? String(url.dropFirst()) : url
            let file = String(rel.dropFirst("static/".count)).split(separator: "#").first.map(String.init) ?? ""
            if !site.staticFiles.contains(where: { $0.relativePath == file }) {
                diagnostics.append(.error("unknown-link", at: loc, Message("unknown-link.static", ["link": .text(rel), "file": .text(file)])))
                return nil
            }
            return root + rel
        }
        return url
    }

    // MARK: Pages

    func documentList(_ docs: [Document], root: String) -> [[String: Any]] {
        docs.map { d in
            var x: [String: Any] = ["title": d.title, "href": root + (d.section == .reports ? Paths.report(d.id) : Paths.page(d.id))]
            if let date = d.date { x["date"] = f.date(date); x["iso_date"] = date.description }
            if let s = d.summary { x["summary"] = s }
            return x
        }
    }

    func home(_ o: inout Outcome) {
        let path = Paths.home
        let c = ComponentRenderer(model: model, root: "")
        var ctx: [String: Any] = ["site_title": site.settings.title]
        if let s = site.settings.subtitle { ctx["subtitle"] = s }
        if let y = model.currentYear, model.years.contains(y) {
            ctx["year"] = y
            ctx["stats"] = c.stats(year: y, province: nil)
            ctx["ranking"] = c.rankingTable(model.ranking(year: y), top: 10)
            ctx["ranking_href"] = Paths.ranking(y)
            ctx["chart"] = Charts(renderer: c).classes(year: y, province: nil)
        }
        ctx["reports"] = documentList(Array(model.reportsNewestFirst.prefix(5)), root: "")
        ctx["has_reports"] = !site.reports.isEmpty
        page(path, template: "home", title: site.settings.title, section: .home, context: ctx, into: &o)
    }

    func rankings(_ o: inout Outcome) {
        let path = Paths.rankings
        let root = Paths.root(of: path)
        let years: [[String: Any]] = model.years.reversed().map { y in
            let r = model.ranking(year: y)
            let ranked = r.provinces.filter { $0.rank != nil }.count
            var x: [String: Any] = ["year": y, "href": root + Paths.ranking(y), "ranked": f.integer(ranked), "assessed": f.integer(r.units.count)]
            if let first = r.provinces.first, first.rank != nil { x["leader"] = first.name }
            return x
        }
        page(path, template: "rankings", title: t["rankings"], section: .rankings, context: ["years": years, "has_years": !years.isEmpty], into: &o)
    }

    func rankingYear(_ year: Int, _ o: inout Outcome) {
        let path = Paths.ranking(year)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        let r = model.ranking(year: year)
        var byKind: [[String: Any]] = []
        for k in UnitKind.allCases {
            let rk = model.ranking(year: year, kind: k)
            if rk.units.isEmpty { continue }
            byKind.append(["kind": t.kindPlural(k), "table": c.rankingTable(rk, top: nil)])
        }
        var ctx: [String: Any] = [
            "year": year,
            "table": c.rankingTable(r, top: nil),
            "chart": Charts(renderer: c).classes(year: year, province: nil),
            "by_kind": byKind,
            "downloads": [
                ["label": "provinces.csv", "href": "provinces.csv"], ["label": "provinces.json", "href": "provinces.json"],
                ["label": "units.csv", "href": "units.csv"], ["label": "units.json", "href": "units.json"],
            ],
            "assessed": f.integer(r.units.count),
        ]
        if model.years.contains(year - 1) { ctx["prev"] = ["year": year - 1, "href": root + Paths.ranking(year - 1)] }
        if model.years.contains(year + 1) { ctx["next"] = ["year": year + 1, "href": root + Paths.ranking(year + 1)] }
        page(path, template: "ranking-year", title: "\(t["province_ranking"]) \(year)", section: .rankings, context: ctx, into: &o)
    }

    func provinces(_ o: inout Outcome) {
        let path = Paths.provinces
        let root = Paths.root(of: path)
        let sorted = site.provinces.sorted { a, b in
            let ka = a.name.collationKey, kb = b.name.collationKey
            return ka != kb ? ka < kb : a.id < b.id
        }
        func row(_ p: Province) -> [String: Any] {
            let (own, merged) = model.unitsCounted(for: p.id)
            var x: [String: Any] = ["name": p.name, "href": root + Paths.province(p.id),
                                    "units": f.integer(merged.reduce(own.count) { $0 + $1.units.count })]
            if let code = p.code { x["code"] = code }
            if let region = p.region { x["region"] = region }
            if let m = p.mergedInto { x["merged_into"] = ["name": model.provinceName(m), "href": root + Paths.province(m)] }
            if let u = p.until { x["until"] = u }
            return x
        }
        let latest = model.years.last ?? Int.max
        let current = sorted.filter { $0.exists(in: latest) }.map(row)
        let former = sorted.filter { !$0.exists(in: latest) }.map(row)
        page(path, template: "provinces", title: t["provinces"], section: .provinces,
             context: ["current": current, "former": former, "has_former": !former.isEmpty], into: &o)
    }

    func province(_ id: String, _ o: inout Outcome) {
        guard let p = model.provincesByID[id] else { return }
        let path = Paths.province(id)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        var rows: [[String: Any]] = []
        var hasNew = false
        for y in model.years.reversed() {
            guard let s = model.ranking(year: y).province(id) else { continue }
            let newlyRanked = s.rank != nil && model.years.contains(y - 1)  // "mới" when it has no change
            rows.append(["year": y, "href": root + Paths.ranking(y), "rank": s.rank.map(String.init) ?? t["unranked"],
                         "units": f.integer(s.units), "assessed": f.integer(s.assessed), "mean": f.mean(s.meanScore),
                         "share_excellent": f.percent(s.shareExcellent), "share_safe": f.percent(s.shareSafe),
                         "change": c.rankChangeHTML(s.rankChange, ranked: newlyRanked)])
            if newlyRanked && s.rankChange == nil { hasNew = true }
        }
        var ctx: [String: Any] = ["name": p.name, "years": rows, "has_years": !rows.isEmpty, "has_new": hasNew]
        if let code = p.code { ctx["code"] = code }
        if let region = p.region { ctx["region"] = region }
        if let u = p.until { ctx["until"] = u }
        if let m = p.mergedInto { ctx["merged_into"] = ["name": model.provinceName(m), "href": root + Paths.province(m)] }
        let predecessors = site.provinces.filter { $0.mergedInto == id }.map { ["name": $0.name, "href": root + Paths.province($0.id)] }
        if !predecessors.isEmpty { ctx["predecessors"] = predecessors; ctx["has_predecessors"] = true }
        ctx.merge(provinceUnits(id, root: root)) { _, new in new }
        if !rows.isEmpty, model.years.count > 0 {
            ctx["rank_chart"] = Charts(renderer: c).rankHistory(province: id)
        }
        // The latest results.
        if let y = model.years.last, model.ranking(year: y).province(id)?.assessed ?? 0 > 0 {
            ctx["latest_year"] = y
            ctx["stats"] = c.stats(year: y, province: id)
            ctx["units_table"] = c.unitsTable(model.ranking(year: y), province: id, top: nil)
            ctx["class_chart"] = Charts(renderer: c).classes(year: y, province: id)
        }
        page(path, template: "province", title: p.name, section: .provinces, context: ctx, into: &o)
    }

    /// The province page's units: its own, then those of every province merged into it (at any remove),
    /// each under its own heading; the count says how many come from where.
    func provinceUnits(_ id: String, root: String) -> [String: Any] {
        let (own, merged) = model.unitsCounted(for: id)
        let total = merged.reduce(own.count) { $0 + $1.units.count }
        var ctx: [String: Any] = ["units_count": f.integer(total), "has_units": total > 0, "own_units": !own.isEmpty,
                                  "unit_links": unitLinks(own, root: root)]
        if !merged.isEmpty {
            ctx["units_count_detail"] = ([f.integer(own.count) + " " + t["units_own"]]
                + merged.map { f.integer($0.units.count) + " " + t["units_of"] + " " + $0.province.name }).joined(separator: "; ")
            ctx["merged_units"] = merged.map { m, list -> [String: Any] in
                var x: [String: Any] = ["name": m.name, "href": root + Paths.province(m.id), "count": f.integer(list.count),
                                        "unit_links": unitLinks(list, root: root)]
                if let until = m.until { x["from_year"] = until + 1 }
                return x
            }
        }
        return ctx
    }

    func unit(_ id: String, _ o: inout Outcome, components: ComponentRenderer? = nil) {
        guard let (index, u) = model.unit(id) else { return }
        let path = Paths.unit(id)
        let root = Paths.root(of: path)
        let c: ComponentRenderer
        if let components {
            assert(components.root == root)
            c = components
        } else {
            c = ComponentRenderer(model: model, root: root)
        }
        // The template's values, kept typed: the `[String: Any]` context is made only when a template needs
        // it (see `UnitContext`).
        var v = UnitContext(name: u.name, kind: t.kind(u.kind), provinceName: model.provinceName(u.province),
                            provinceHref: root + Paths.province(u.province))
        v.district = u.district
        v.sector = u.sector
        v.level = u.level.map { t["level." + $0.rawValue] }
        v.models = u.models
        v.directives = u.directives.compactMap { model.directivesByID[$0] }.map {
            UnitContext.DirectiveItem(href: root + Paths.directive($0.id), kind: t.directiveKind($0.kind), number: $0.number, title: $0.title)
        }
        let records = model.assessmentsByUnit[index]
        // The results table is made here rather than by a {{#results}} loop in the template: Mustache
        // looks up every tag through dynamic casts (about 1.5 µs a tag), and these rows were most of a unit
        // page's tags. The HTML is what unit.mustache used to produce, byte for byte; what is the same on
        // every unit page comes made from `UnitTables`.
        let e = FastHTMLContentType()
        let tables = unitTables
        var rows = ""
        rows.reserveCapacity(records.count * 420)
        var resultCount = 0
        var notes = ""
        for a in records.reversed() {
            guard let s = model.standing(ofUnitAt: index, year: a.year) else { continue }
            resultCount += 1
            // Appended piece by piece: a chain of "+" makes a new string at every step.
            rows += "<tr><th scope=\"row\"><a href=\""
            rows += tables.rankingLinks[a.year] ?? e.escapeText(root + Paths.ranking(a.year))
            rows += "\">"
            rows += String(a.year)
            rows += "</a></th><td class=\"num\">"
            rows += tables.score(s.total, f)
            rows += "</td><td>"
            rows += tables.badge(s.classId)
            rows += "</td><td>"
            rows += s.safe ? tables.yes : tables.no
            rows += "</td><td class=\"num\">"
            // Numbers and score texts are digits, separators and "−": nothing in them needs escaping.
            rows += s.rankInProvince.map { f.integer($0) } ?? "–"
            if let p = s.province, p != u.province {
                rows += " ("
                rows += e.escapeText(model.provinceName(p))
                rows += ")"
            }
            rows += "</td><td class=\"num\">"
            rows += f.integer(s.rankNational)
            rows += "</td><td>"
            rows += a.inspected ? tables.yes : tables.no
            rows += "</td><td>"
            rows += a.commended ? tables.yes : tables.no
            rows += "</td></tr>\n"
            if let note = a.note, !note.isEmpty {
                notes += "<dt>"
                notes += String(a.year)
                notes += "</dt><dd>"
                notes += e.escapeText(note)
                notes += "</dd>"
            }
        }
        if resultCount > 0 {
            var table = tables.resultsOpen
            table.reserveCapacity(table.utf8.count + tables.resultsHead.utf8.count + rows.utf8.count + 100)
            table += e.escapeText(u.name)
            table += tables.resultsHead
            table += rows
            table += tables.resultsClose
            v.resultsTable = table
        }
        v.hasResults = resultCount > 0
        if !notes.isEmpty { v.notes = tables.notesOpen + notes + tables.notesClose }
        if !records.isEmpty {
            var h = tables.scoresOpen
            h.reserveCapacity(2048)
            for a in records {
                h += "<th scope=\"col\" class=\"num\">"
                h += String(a.year)
                h += "</th>"
            }
            h += "</tr></thead><tbody>"
            for (i, row) in tables.criterionRows.enumerated() {
                h += row
                for a in records {
                    h += "<td class=\"num\">"
                    let scores = a.scores
                    h += i < scores.count ? tables.score(scores[i], f) : "–"
                    h += "</td>"
                }
                h += "</tr>"
            }
            h += tables.totalRow
            for a in records {
                h += "<td class=\"num\">"
                h += tables.score(a.total, f)
                h += "</td>"
            }
            h += "</tr></tbody></table></div>"
            v.scoresTable = h
        }
        if let body = u.body, !body.text.isBlank {
            v.body = markdown(body, path: path, components: c, into: &o)
        }
        let content: String
        if templates.skeletonSafe {
            // The shape `ContextShape` would find in the context, made without the context (checked on
            // every page in debug builds, which the tests run).
            let (signature, values) = v.shape()
            assert({
                let generic = ContextShape(v.context(root: root, t: t.all), constant: PageRenderer.constantKeys)
                return generic?.signature == signature && generic?.values == values
            }(), "UnitContext.shape differs from ContextShape for \(path)")
            content = renderShaped("unit", root: root, signature: signature, values: values, context: { v.context(root: root, t: t.all) })
        } else {
            content = templates.render("unit", v.context(root: root, t: t.all))
        }
        layout(path, content: content, title: u.name, section: .provinces, into: &o)
    }

    /// A list item per unit from `unit-link.mustache`, for the long lists of a province's or a directive's
    /// units. With skeletons the item template is rendered once per page depth and filled for each unit;
    /// a Mustache section over thousands of items took about 2 µs a tag, most of a directive page.
    func unitLinks(_ units: [SiteUnit], root: String) -> String {
        func context(_ values: [String]) -> [String: Any] {
            ["href": values[0], "name": values[1], "kind": values[2], "root": root, "t": t.all]
        }
        func values(_ u: SiteUnit) -> [String] { [root + Paths.unit(u.id), u.name, t.kind(u.kind)] }
        // One skeleton for the whole list, filled item after item into one string.
        guard let parts = skeleton("unit-link", key: root, slots: 3, marked: { context((0..<3).map(SkeletonCache.marker)) }) else {
            return units.map { templates.render("unit-link", context(values($0))) }.joined()
        }
        var out = ""
        out.reserveCapacity(units.count * 160)
        let escape = FastHTMLContentType().escapeText
        for u in units { SkeletonCache.fill(parts, values(u), escape: escape, into: &out) }
        return out
    }

    func directiveRow(_ d: Directive, root: String) -> [String: Any] {
        var x: [String: Any] = ["number": d.number, "kind": t.directiveKind(d.kind), "title": d.title, "issuer": d.issuer,
                                "issued": f.date(d.issued), "href": root + Paths.directive(d.id),
                                "implementers": f.integer(model.implementers[d.id]?.count ?? 0)]
        if let s = d.scope { x["scope"] = s == "national" ? t["national"] : model.provinceName(s) }
        return x
    }

    func directives(_ o: inout Outcome) {
        let path = Paths.directives
        let root = Paths.root(of: path)
        let sorted = site.directives.sorted { a, b in a.issued != b.issued ? a.issued > b.issued : a.id < b.id }
        page(path, template: "directives", title: t["directives"], section: .directives,
             context: ["directives": sorted.map { directiveRow($0, root: root) }], into: &o)
    }

    func directive(_ id: String, _ o: inout Outcome) {
        guard let d = model.directivesByID[id] else { return }
        let path = Paths.directive(id)
        let root = Paths.root(of: path)
        let c = ComponentRenderer(model: model, root: root)
        var ctx = directiveRow(d, root: root)
        ctx["replaces"] = d.replaces.compactMap { model.directivesByID[$0] }.map { ["number": $0.number, "href": root + Paths.directive($0.id)] }
        ctx["has_replaces"] = !d.replaces.isEmpty
        let replacedBy = site.directives.filter { $0.replaces.contains(id) }.map { ["number": $0.number, "href": root + Paths.directive($0.id)] }
        if !replacedBy.isEmpty { ctx["replaced_by"] = replacedBy; ctx["has_replaced_by"] = true }
        if let s = d.source {
            ctx["source"] = s.hasPrefix("http://") || s.hasPrefix("https://") ? s : root + (s.hasPrefix("static/") ? s : "static/" + s)
        }
        ctx["body"] = markdown(d.body, path: path, components: c, into: &o)
        // Implementers grouped by province, provinces in Vietnamese order.
        let units = model.implementers[id] ?? []
        let grouped = Dictionary(grouping: units, by: \.province)
        let provinceIDs = grouped.keys.sorted { a, b in
            let ka = model.provinceName(a).collationKey, kb = model.provinceName(b).collationKey
            return ka != kb ? ka < kb : a < b
        }
        ctx["groups"] = provinceIDs.map { pid -> [String: Any] in
            ["province": model.provinceName(pid), "href": root + Paths.province(pid), "count": f.integer(grouped[pid]?.count ?? 0),
             "unit_links": unitLinks(grouped[pid] ?? [], root: root)]
        }
        ctx["has_groups"] = !units.isEmpty
        page(path, template: "directive", title: "\(t.directiveKind(d.kind)) \(d.number)", section: .directives,
             description: d.title, context: ctx, into: &o)
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

import Foundation
