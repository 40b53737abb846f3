import Testing
import ReportSiteModel
@testable import ReportSiteRender

/// The layout skeleton must give the same bytes as rendering the layout for each page.
@Suite struct LayoutSkeletonTests {
    func templates(_ layout: String) -> TemplateSet {
        var d: [Diagnostic] = []
        return TemplateSet([TemplateSource(name: "layout", text: layout, displayPath: "Templates/layout.mustache")],
                           templatesDisplay: "Templates", diagnostics: &d)
    }

    func viaSkeleton(_ set: TemplateSet, _ values: [String]) -> String? {
        let markers = values.indices.map(SkeletonCache.marker)
        let context = Dictionary(uniqueKeysWithValues: zip(["title", "description", "content", "canonical"], markers))
        guard let parts = SkeletonCache.parse(set.render("layout", context), slots: values.count) else { return nil }
        return SkeletonCache.fill(parts, values, escape: FastHTMLContentType().escapeText)
    }

    func direct(_ set: TemplateSet, _ values: [String]) -> String {
        set.render("layout", Dictionary(uniqueKeysWithValues: zip(["title", "description", "content", "canonical"], values)))
    }

    @Test func escapedAndRawSlotsMatchDirectRendering() throws {
        let set = templates("""
            <title>{{title}} – site</title><meta content="{{description}}">
            {{#canonical}}<link href="{{canonical}}">{{/canonical}}<main>{{{content}}}</main><h1>{{{title}}}</h1>
            """)
        let values = ["A <b>&\"' title", "desc \u{E000}rS0<\u{E001}", "<p>body &amp; more</p>", "https://x.example/u/"]
        let filled = try #require(viaSkeleton(set, values))
        #expect(filled == direct(set, values))
        #expect(filled.contains("<title>A &lt;b&gt;&amp;&quot;&#39; title – site</title>"))
        #expect(filled.contains("<h1>A <b>&\"' title</h1>"))
        #expect(filled.contains("<main><p>body &amp; more</p></main>"))
    }

    @Test func aTransformedSlotMakesTheSkeletonUnusable() {
        #expect(viaSkeleton(templates("<title>{{uppercased(title)}}</title>{{{content}}}"), ["a", "b", "c", "d"]) == nil)
        #expect(viaSkeleton(templates("<title>{{lowercased(title)}}</title>"), ["A", "b", "c", "d"]) == nil)
        #expect(viaSkeleton(templates("<title>{{reversed(title)}}</title>"), ["ab", "b", "c", "d"]) == nil)
    }

    @Test func aLayoutWithoutSlotsIsOnePart() throws {
        let parts = try #require(SkeletonCache.parse("<p>static</p>", slots: 0))
        #expect(parts.count == 1)
    }
}

/// Page templates filled from a skeleton must give the bytes Mustache gives for the real context.
@Suite struct ContextShapeTests {
    let template = """
        <h1>{{name}}</h1>{{#province}}<a href="{{root}}{{href}}">{{name}}</a>{{/province}}
        {{#district}}<dd>{{district}}</dd>{{/district}}{{^district}}<dd>–</dd>{{/district}}
        {{#has_models}}<ul>{{#models}}<li>{{.}}</li>{{/models}}</ul>{{/has_models}}
        {{#rows}}<tr><td>{{year}}</td><td>{{{badge}}}</td><td>{{t.label}}</td></tr>{{/rows}}{{{body}}}
        """

    func set(_ text: String) -> TemplateSet {
        var d: [Diagnostic] = []
        return TemplateSet([TemplateSource(name: "page", text: text, displayPath: "Templates/page.mustache")],
                           templatesDisplay: "Templates", diagnostics: &d)
    }

    func viaShape(_ set: TemplateSet, _ ctx: [String: Any]) -> String? {
        let constant = ["t", "root"]
        guard let shape = ContextShape(ctx, constant: constant),
              let marked = ContextShape(ctx, constant: constant, marking: true)?.marked,
              let parts = SkeletonCache.parse(set.render("page", marked), slots: shape.values.count)
        else { return nil }
        return SkeletonCache.fill(parts, shape.values, escape: FastHTMLContentType().escapeText)
    }

    @Test(arguments: [0, 1, 2])
    func sameBytesAsMustache(_ variant: Int) throws {
        let s = set(template)
        #expect(s.skeletonSafe)
        var ctx: [String: Any] = [
            "name": ["Đồn <Biên> & \"Phòng\"", "Trường 'A'", ""][variant],
            "province": ["name": "Huế", "href": "provinces/hue/index.html"] as [String: Any],
            "t": ["label": "Nhãn <b>"], "root": "../../",
            "rows": (0..<variant).map { ["year": 2023 + $0, "badge": "<span>\($0)</span>"] as [String: Any] },
            "body": "<p>x &amp; y</p>",
        ]
        if variant == 1 { ctx["district"] = "Quận <1>" }
        if variant == 2 { ctx["models"] = ["Camera", "An toàn <giao thông>"]; ctx["has_models"] = true }
        let filled = try #require(viaShape(s, ctx))
        #expect(filled == s.render("page", ctx))
    }

    @Test func aShapeIsItsKeysBooleansAndListLengths() throws {
        let a = try #require(ContextShape(["x": "1", "b": true, "l": ["p", "q"]], constant: []))
        let b = try #require(ContextShape(["x": "other", "b": true, "l": ["r", "s"]], constant: []))
        let c = try #require(ContextShape(["x": "1", "b": false, "l": ["p", "q"]], constant: []))
        #expect(a.signature == b.signature)
        #expect(a.signature != c.signature)
        #expect(a.values == ["p", "q", "1"])
        #expect(ContextShape(["x": 1.5], constant: []) == nil)
    }

    @Test func templatesThatLookAtValuesAreNotSkeletonSafe() {
        #expect(!set("{{uppercased(name)}}").skeletonSafe)
        #expect(!set("{{>*name}}").skeletonSafe)
        #expect(!set("{{=<% %>=}}<%name%>").skeletonSafe)
        #expect(set("{{#a}}{{b.c}}{{/a}}{{{d}}}{{> part}}").skeletonSafe)
    }
}

/// Unit pages write their shape without a context dictionary (decision 44); it must be the shape
/// `ContextShape` finds in the dictionary, for every combination of the optional values.
@Suite struct UnitContextTests {
    func shapes(_ v: UnitContext) -> (typed: (String, [String]), generic: ContextShape?) {
        (v.shape(), ContextShape(v.context(root: "../../", t: ["kind": "Loại hình"]), constant: PageRenderer.constantKeys))
    }

    @Test func bareUnit() {
        let v = UnitContext(name: "Sở Xây dựng", kind: "Cơ quan", provinceName: "Huế", provinceHref: "../../provinces/hue/index.html")
        let (typed, generic) = shapes(v)
        #expect(typed.0 == "directives:[],has_directives:F,has_results:F,kind:s,name:s,province:{href:s,name:s,},")
        #expect(typed.1 == ["Cơ quan", "Sở Xây dựng", "../../provinces/hue/index.html", "Huế"])
        #expect(generic?.signature == typed.0)
        #expect(generic?.values == typed.1)
    }

    @Test(arguments: 0..<256) func everyCombination(_ bits: Int) {
        var v = UnitContext(name: "Trường <THCS> \"A\"", kind: "Cơ sở giáo dục", provinceName: "Đồng Nai",
                            provinceHref: "../../provinces/dong-nai/index.html")
        if bits & 1 != 0 { v.district = "Biên Hòa" }
        if bits & 2 != 0 { v.sector = "Giáo dục" }
        if bits & 4 != 0 { v.level = "Cấp tỉnh" }
        if bits & 8 != 0 { v.models = ["An toàn giao thông", "Camera an ninh"] }
        if bits & 16 != 0 {
            v.directives = [
                .init(href: "../../directives/ct-03/index.html", kind: "Chỉ thị", number: "03/CT-UBND", title: "Tiếp tục đẩy mạnh"),
                .init(href: "../../directives/nq-51/index.html", kind: "Nghị quyết", number: "51-NQ/TW", title: "Chiến lược"),
            ]
        }
        if bits & 32 != 0 {
            v.resultsTable = "<table>results</table>"
            v.scoresTable = "<table>scores</table>"
            v.hasResults = true
        }
        if bits & 64 != 0 { v.body = "<p>Nội dung</p>" }
        if bits & 128 != 0 { v.notes = "<dl><dt>2024</dt><dd>Được biểu dương</dd></dl>" }
        let (typed, generic) = shapes(v)
        #expect(generic?.signature == typed.0)
        #expect(generic?.values == typed.1)
    }
}
