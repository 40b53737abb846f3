import Testing
import ReportSiteModel
@testable import ReportSiteRender

/// The layout skeleton must give the same bytes as rendering the layout for each page.
@Suite struct LayoutCacheTests {
    func templates(_ layout: String) -> TemplateSet {
        var d: [Diagnostic] = []
        return TemplateSet([TemplateSource(name: "layout", text: layout, displayPath: "Templates/layout.mustache")],
                           templatesDisplay: "Templates", diagnostics: &d)
    }

    func viaSkeleton(_ set: TemplateSet, _ values: [String]) -> String? {
        let markers = values.indices.map(LayoutCache.marker)
        let context = Dictionary(uniqueKeysWithValues: zip(["title", "description", "content", "canonical"], markers))
        guard let parts = LayoutCache.parse(set.render("layout", context)) else { return nil }
        return String(decoding: LayoutCache.fill(parts, values, escape: FastHTMLContentType().escapeText), as: UTF8.self)
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
        let parts = try #require(LayoutCache.parse("<p>static</p>"))
        #expect(parts.count == 1)
    }
}
