import Testing
import ReportSiteModel
@testable import ReportSiteRender

@Suite struct MarkdownTests {
    func render(_ text: String, firstLine: Int = 5) -> (String, [Diagnostic], [String], [ComponentRequest]) {
        var diagnostics: [Diagnostic] = []
        var links: [String] = []
        var components: [ComponentRequest] = []
        let html = MarkdownRenderer.render(MarkdownSource(text: text, file: "Content/reports/r.md", firstLine: firstLine), diagnostics: &diagnostics, link: { url, loc in
            links.append("\(url)@\(loc.line):\(loc.column)")
            return url.hasPrefix("unit:") ? "../../units/" + url.dropFirst(5) + "/index.html" : (url.hasPrefix("javascript") ? nil : url)
        }, component: { request in
            components.append(request)
            return "<div class=\"component\">\(request.name)</div>"
        })
        return (html, diagnostics, links, components)
    }

    @Test func rawHTMLIsShownAsText() {
        let (html, _, _, _) = render("Xin <b>chào</b>\n\n<div onclick=\"x()\">khối</div>\n")
        #expect(html == "<p>Xin &lt;b&gt;chào&lt;/b&gt;</p>\n<p>&lt;div onclick=&quot;x()&quot;&gt;khối&lt;/div&gt;</p>\n")
    }

    @Test func idLinksAreResolvedAndLocatedInTheFile() {
        let (html, _, links, _) = render("Đoạn một.\n\nXem [Điện lực](unit:dien-luc) và [x](javascript:alert(1)).\n")
        #expect(html == "<p>Đoạn một.</p>\n<p>Xem <a href=\"../../units/dien-luc/index.html\">Điện lực</a> và x.</p>\n")
        // Line 3 of the body is line 7 of the file; columns count scalars.
        #expect(links == ["unit:dien-luc@7:16", "javascript:alert(1)@7:38"])
    }

    @Test func componentFencesAreReplacedOthersStayCode() {
        let (html, diags, _, comps) = render("# T\n\n```ranking\nyear: 2024\ntop: 3\n```\n\n```python\nx = 1\n```\n")
        #expect(html == "<h1>T</h1>\n<div class=\"component\">ranking</div>\n<pre><code class=\"language-python\">x = 1\n</code></pre>\n")
        #expect(diags.isEmpty)
        #expect(comps.count == 1)
        #expect(comps.first?.parameters == "year: 2024\ntop: 3\n")
        #expect(comps.first?.location == SourceLocation(file: "Content/reports/r.md", line: 7, column: 1))
        #expect(comps.first?.parametersFirstLine == 8)
    }

    @Test func misspeltComponentIsAnError() {
        let (_, diags, _, _) = render("Text\n\n```rankng\nyear: 2024\n```\n")
        #expect(diags.map(\.description) == ["Content/reports/r.md:7:1: error: unknown component \"rankng\" (did you mean \"ranking\"?); components are ranking, units, chart, stats, directives"])
    }
}

@Suite struct MarkdownLocationTests {
    @Test func sameLinkTwiceIsLocatedTwice() {
        var diagnostics: [Diagnostic] = []
        var locs: [String] = []
        _ = MarkdownRenderer.render(MarkdownSource(text: "[a](unit:x) và [b](unit:x)\n", file: "f.md", firstLine: 1), diagnostics: &diagnostics, link: { _, loc in
            locs.append("\(loc.line):\(loc.column)")
            return nil
        }, component: { _ in "" })
        #expect(locs == ["1:5", "1:20"])
    }
}
