import ReportSiteModel

/// SVG charts drawn at build time: no script, readable in print and greyscale, each with a data table.
///
/// The rules (docs/content-format.md, section 15, and decision 45): a chart has no `viewBox`, so it is never scaled: its text
/// is the stylesheet's size in CSS pixels at any screen width and on paper. Heights are pixels; horizontal
/// places are percentages of the chart's width, so bars and lines stretch to the column while text does
/// not shrink. Every label is laid out to fit a 320 px wide column. Bars start at 0; a line chart's axis
/// starts where the data need and the caption says where. The data table comes after the chart, closed.
struct Charts {
    let renderer: ComponentRenderer
    var model: RenderModel { renderer.model }
    var t: Strings { renderer.t }
    var f: Format { renderer.f }

    /// Sequential blues to sand: distinct for colour-blind readers and in greyscale (lightness rises).
    static let palette = ["#0b3c5d", "#2e6fa3", "#7fb2d9", "#e9d8a6", "#c9c9c9", "#6b6b6b"]
    /// Colours of `palette` dark enough for white text on them.
    static let darkColours = 2

    /// The narrowest column a chart is laid out for, in CSS pixels (a 360 px phone less the page's margins).
    static let narrowest = 320.0
    /// The width of a chart from a 46rem screen and on A4 paper (where `.wide` text shows, style.css).
    static let wide = 640.0

    /// A number for an SVG attribute, one decimal at most, with a decimal point.
    static func n(_ v: Double) -> String {
        let scaled = Int((v * 10).rounded())
        let whole = scaled / 10
        let frac = abs(scaled % 10)
        if frac == 0 { return String(whole) }
        return (scaled < 0 && whole == 0 ? "-" : "") + "\(whole).\(frac)"
    }

    /// A percentage of the chart's width for an SVG attribute.
    static func pct(_ v: Double) -> String { n(v) + "%" }

    /// About how wide `text` is at `size` px in the charts' sans-serif face (a little generous).
    static func textWidth(_ text: String, size: Double) -> Double { Double(text.count) * size * 0.58 }

    /// The figure: the SVG (`height` px tall, as wide as its column), its caption with an optional note on
    /// the axes, then the data table in a closed `details`.
    func figure(title: String, note: String?, desc: String, height: Int, body: String, table: String) -> String {
        let id = renderer.nextID("chart")
        var h = "<figure class=\"chart\" aria-labelledby=\"\(id)-cap\">"
        h += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"\(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart-svg\">"
        h += "<title id=\"\(id)-t\">\(Escape.html(title))</title><desc id=\"\(id)-d\">\(Escape.html(desc))</desc>"
        h += body + "</svg>"
        h += "<figcaption id=\"\(id)-cap\">\(Escape.html(title))"
        if let note { h += " <span class=\"chart-note\">\(Escape.html(note))</span>" }
        h += "</figcaption>"
        h += "</figure><details class=\"chart-data\"><summary>\(Escape.html(t["chart.data"]))</summary>\(table)</details>"
        return h
    }

    /// A legend of coloured squares, wrapped into lines that fit the narrowest column; returns its height.
    func legend(_ names: [String], y: Int) -> (svg: String, height: Int) {
        var s = ""
        var x = 0.0, line = 0
        for (i, name) in names.enumerated() {
            let w = 20 + Charts.textWidth(name, size: 13) + 14
            if x > 0 && x + w > Charts.narrowest { x = 0; line += 1 }
            let top = y + line * 22
            s += "<rect x=\"\(Charts.n(x))\" y=\"\(top)\" width=\"14\" height=\"14\" fill=\"\(Charts.palette[i % Charts.palette.count])\" stroke=\"#222\" stroke-width=\"0.5\"/>"
            s += "<text x=\"\(Charts.n(x + 19))\" y=\"\(top + 12)\" class=\"legend\">\(Escape.html(name))</text>"
            x += w
        }
        return (s, names.isEmpty ? 0 : (line + 1) * 22)
    }

    /// A scrollable data table with a caption, header cells `columns` (numbers right-aligned after the
    /// first) and `rows` of a row heading and cells, all as text.
    func dataTable(_ caption: String, columns: [String], rows: [(heading: String, cells: [String])]) -> String {
        var h = ComponentRenderer.tableOpen(caption, cls: "data") + "<thead><tr>"
        for (i, c) in columns.enumerated() { h += "<th scope=\"col\"\(i > 0 ? " class=\"num\"" : "")>\(Escape.html(c))</th>" }
        h += "</tr></thead><tbody>"
        for r in rows {
            h += "<tr><th scope=\"row\">\(Escape.html(r.heading))</th>" + r.cells.map { "<td class=\"num\">\(Escape.html($0))</td>" }.joined() + "</tr>"
        }
        return h + "</tbody></table></div>"
    }

    func clip(_ s: String, _ limit: Int = 34) -> String { s.count > limit ? String(s.prefix(limit - 1)) + "…" : s }
}
