import ReportSiteModel

/// SVG charts drawn at build time: no script, readable in print and greyscale, each with a data table.
struct Charts {
    let renderer: ComponentRenderer
    var model: RenderModel { renderer.model }
    var t: Strings { renderer.t }
    var f: Format { renderer.f }

    /// Sequential blues to sand: distinct for colour-blind readers and in greyscale (lightness rises).
    static let palette = ["#0b3c5d", "#2e6fa3", "#7fb2d9", "#e9d8a6", "#c9c9c9", "#6b6b6b"]

    static func n(_ v: Double) -> String {
        let scaled = Int((v * 10).rounded())
        let whole = scaled / 10
        let frac = abs(scaled % 10)
        if frac == 0 { return String(whole) }
        return (scaled < 0 && whole == 0 ? "-" : "") + "\(whole).\(frac)"
    }

    func figure(title: String, desc: String, width: Int, height: Int, body: String, table: String) -> String {
        let id = renderer.nextID("chart")
        var h = "<figure class=\"chart\" aria-labelledby=\"\(id)-cap\">"
        h += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"\(id)-t \(id)-d\" class=\"chart-svg\">"
        h += "<title id=\"\(id)-t\">\(Escape.html(title))</title><desc id=\"\(id)-d\">\(Escape.html(desc))</desc>"
        h += body + "</svg>"
        h += "<figcaption id=\"\(id)-cap\">\(Escape.html(title))</figcaption>"
        h += "</figure><details class=\"chart-data\" open><summary>\(Escape.html(t["chart.data"]))</summary>\(table)</details>"
        return h
    }

    func legend(_ names: [String], y: Int, x0: Int) -> String {
        var s = ""
        var x = x0
        for (i, name) in names.enumerated() {
            s += "<rect x=\"\(x)\" y=\"\(y)\" width=\"14\" height=\"14\" fill=\"\(Charts.palette[i % Charts.palette.count])\" stroke=\"#222\" stroke-width=\"0.5\"/>"
            s += "<text x=\"\(x + 19)\" y=\"\(y + 12)\" class=\"legend\">\(Escape.html(name))</text>"
            x += 30 + name.count * 8
        }
        return s
    }

    /// Class distribution: 100 % stacked bars by province (or by kind inside one province).
    func classes(year: Int, province: String?) -> String {
        let classes = model.site.scheme.classes
        var rows: [(label: String, counts: [Int])] = []
        if let province {
            for k in UnitKind.allCases {
                let r = model.ranking(year: year, kind: k)
                if let p = r.province(province), p.assessed > 0 { rows.append((t.kindPlural(k), p.classes.map(\.count))) }
            }
        } else {
            for p in model.ranking(year: year).provinces where p.assessed > 0 { rows.append((p.name, p.classes.map(\.count))) }
        }
        let title = "\(t["chart.classes"]) \(year)" + (province.map { " – " + model.provinceName($0) } ?? "")
        let labelW = 220, barW = 480, rowH = 22, gap = 6, top = 34
        let width = labelW + barW + 20
        let height = top + rows.count * (rowH + gap) + 10
        var b = legend(classes.map(\.name), y: 6, x0: labelW)
        for (i, row) in rows.enumerated() {
            let y = top + i * (rowH + gap)
            let total = row.counts.reduce(0, +)
            b += "<text x=\"\(labelW - 8)\" y=\"\(y + 15)\" text-anchor=\"end\" class=\"label\">\(Escape.html(clip(row.label)))</text>"
            var x = Double(labelW)
            for (ci, c) in row.counts.enumerated() where c > 0 {
                let w = Double(barW) * Double(c) / Double(max(total, 1))
                b += "<rect x=\"\(Charts.n(x))\" y=\"\(y)\" width=\"\(Charts.n(w))\" height=\"\(rowH)\" fill=\"\(Charts.palette[ci % Charts.palette.count])\" stroke=\"#fff\" stroke-width=\"1\"><title>\(Escape.html("\(row.label): \(classes[ci].name) \(c)"))</title></rect>"
                x += w
            }
        }
        var table = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(Escape.html(title))\" tabindex=\"0\"><table class=\"data\"><caption>\(Escape.html(title))</caption><thead><tr><th scope=\"col\">\(Escape.html(province == nil ? t["province"] : t["kind"]))</th>"
        for c in classes { table += "<th scope=\"col\" class=\"num\">\(Escape.html(c.name))</th>" }
        table += "</tr></thead><tbody>"
        for row in rows {
            table += "<tr><th scope=\"row\">\(Escape.html(row.label))</th>" + row.counts.map { "<td class=\"num\">\(f.integer($0))</td>" }.joined() + "</tr>"
        }
        table += "</tbody></table></div>"
        let desc = rows.isEmpty ? t["no_data"] : rows.map { r in "\(r.label): " + zip(classes, r.counts).map { "\($0.name) \($1)" }.joined(separator: ", ") }.prefix(12).joined(separator: "; ")
        return figure(title: title, desc: desc, width: width, height: max(height, 60), body: b, table: table)
    }

    /// Province ranking: horizontal bars of the mean score, in ranking order.
    func provinces(year: Int) -> String {
        let r = model.ranking(year: year)
        let rows = r.provinces.filter { $0.rank != nil }
        let maxTotal = max(Double(model.site.scheme.maxTotal.hundredths) / 100, 1)
        let title = "\(t["chart.provinces"]) \(year)"
        let labelW = 240, barW = 400, rowH = 18, gap = 5, top = 8
        let height = top + rows.count * (rowH + gap) + 24
        var b = ""
        for (i, p) in rows.enumerated() {
            let y = top + i * (rowH + gap)
            let mean = Double(p.meanScore?.rounded(places: 2) ?? 0) / 100
            let w = Double(barW) * mean / maxTotal
            b += "<text x=\"\(labelW - 8)\" y=\"\(y + 13)\" text-anchor=\"end\" class=\"label\">\(p.rank ?? 0). \(Escape.html(clip(p.name)))</text>"
            b += "<rect x=\"\(labelW)\" y=\"\(y)\" width=\"\(Charts.n(w))\" height=\"\(rowH)\" fill=\"\(Charts.palette[1])\"/>"
            b += "<text x=\"\(Charts.n(Double(labelW) + w + 4))\" y=\"\(y + 13)\" class=\"value\">\(Escape.html(f.mean(p.meanScore)))</text>"
        }
        let axisY = top + rows.count * (rowH + gap) + 2
        b += "<line x1=\"\(labelW)\" y1=\"\(axisY)\" x2=\"\(labelW + barW)\" y2=\"\(axisY)\" stroke=\"#444\"/>"
        b += "<text x=\"\(labelW)\" y=\"\(axisY + 16)\" class=\"axis\">0</text><text x=\"\(labelW + barW)\" y=\"\(axisY + 16)\" text-anchor=\"end\" class=\"axis\">\(Escape.html(f.score(model.site.scheme.maxTotal)))</text>"
        let table = renderer.rankingTable(r, top: nil, caption: title)
        let desc = rows.prefix(10).map { "\($0.rank ?? 0). \($0.name) \(f.mean($0.meanScore))" }.joined(separator: "; ")
        return figure(title: title, desc: desc.isEmpty ? t["no_data"] : desc, width: labelW + barW + 60, height: max(height, 60), body: b, table: table)
    }

    /// Mean score over the years, nationally or for one province.
    func trend(province: String?) -> String {
        var points: [(year: Int, mean: Fraction?)] = []
        for y in model.years {
            let fig = renderer.figures(year: y, province: province)
            points.append((y, fig.assessed > 0 ? Fraction(fig.totalSum.hundredths, Int64(fig.assessed) * 100) : nil))
        }
        let title = t["chart.trend"] + " – " + t["mean_score"] + " – " + (province.map { model.provinceName($0) } ?? t["national"])
        let series = points.map { p in (label: String(p.year), value: p.mean.map { Double($0.rounded(places: 2)) / 100 }, text: f.mean(p.mean)) }
        var table = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(Escape.html(title))\" tabindex=\"0\"><table class=\"data\"><caption>\(Escape.html(title))</caption><thead><tr><th scope=\"col\">\(Escape.html(t["year"]))</th><th scope=\"col\" class=\"num\">\(Escape.html(t["mean_score"]))</th></tr></thead><tbody>"
        for s in series { table += "<tr><th scope=\"row\">\(s.label)</th><td class=\"num\">\(Escape.html(s.text))</td></tr>" }
        table += "</tbody></table></div>"
        let maxTotal = Double(model.site.scheme.maxTotal.hundredths) / 100
        return lineChart(title: title, series: series, yMin: 0, yMax: maxTotal, inverted: false, table: table)
    }

    /// Rank of one province over the years (rank 1 at the top).
    func rankHistory(province: String) -> String {
        var series: [(label: String, value: Double?, text: String)] = []
        var ranked = 1
        for y in model.years {
            let r = model.ranking(year: y)
            ranked = max(ranked, r.provinces.filter { $0.rank != nil }.count)
            let rank = r.province(province)?.rank
            series.append((String(y), rank.map(Double.init), rank.map(String.init) ?? t["unranked"]))
        }
        let title = t["rank_history"] + " – " + model.provinceName(province)
        var table = "<div class=\"table-wrap\" role=\"region\" aria-label=\"\(Escape.html(title))\" tabindex=\"0\"><table class=\"data\"><caption>\(Escape.html(title))</caption><thead><tr><th scope=\"col\">\(Escape.html(t["year"]))</th><th scope=\"col\" class=\"num\">\(Escape.html(t["rank"]))</th></tr></thead><tbody>"
        for s in series { table += "<tr><th scope=\"row\">\(s.label)</th><td class=\"num\">\(Escape.html(s.text))</td></tr>" }
        table += "</tbody></table></div>"
        return lineChart(title: title, series: series, yMin: 1, yMax: Double(max(ranked, 2)), inverted: true, table: table)
    }

    func lineChart(title: String, series: [(label: String, value: Double?, text: String)], yMin: Double, yMax: Double, inverted: Bool, table: String) -> String {
        let left = 50, right = 20, top = 30, plotH = 180, width = 640
        let plotW = width - left - right
        let height = top + plotH + 40
        func y(_ v: Double) -> Double {
            let span = max(yMax - yMin, 1)
            let frac = (v - yMin) / span
            return Double(top) + Double(plotH) * (inverted ? frac : 1 - frac)
        }
        func x(_ i: Int) -> Double {
            series.count < 2 ? Double(left + plotW / 2) : Double(left) + Double(plotW) * Double(i) / Double(series.count - 1)
        }
        var b = "<line x1=\"\(left)\" y1=\"\(top + plotH)\" x2=\"\(left + plotW)\" y2=\"\(top + plotH)\" stroke=\"#444\"/>"
        b += "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotH)\" stroke=\"#444\"/>"
        for v in [yMin, yMax] {
            b += "<text x=\"\(left - 6)\" y=\"\(Charts.n(y(v) + 4))\" text-anchor=\"end\" class=\"axis\">\(Escape.html(inverted ? String(Int(v)) : f.score(Score(hundredths: Int64(v * 100)))))</text>"
        }
        var path = ""
        for (i, s) in series.enumerated() {
            b += "<text x=\"\(Charts.n(x(i)))\" y=\"\(top + plotH + 20)\" text-anchor=\"middle\" class=\"axis\">\(Escape.html(s.label))</text>"
            guard let v = s.value else { continue }
            path += (path.isEmpty ? "M" : " L") + "\(Charts.n(x(i))) \(Charts.n(y(v)))"
        }
        if !path.isEmpty { b += "<path d=\"\(path)\" fill=\"none\" stroke=\"\(Charts.palette[0])\" stroke-width=\"2.5\"/>" }
        for (i, s) in series.enumerated() {
            guard let v = s.value else { continue }
            b += "<circle cx=\"\(Charts.n(x(i)))\" cy=\"\(Charts.n(y(v)))\" r=\"4.5\" fill=\"#fff\" stroke=\"\(Charts.palette[0])\" stroke-width=\"2\"/>"
            b += "<text x=\"\(Charts.n(x(i)))\" y=\"\(Charts.n(y(v) - 10))\" text-anchor=\"middle\" class=\"value\">\(Escape.html(s.text))</text>"
        }
        let desc = series.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
        return figure(title: title, desc: desc.isEmpty ? t["no_data"] : desc, width: width, height: height, body: b, table: table)
    }

    func clip(_ s: String) -> String { s.count > 30 ? String(s.prefix(29)) + "…" : s }
}
