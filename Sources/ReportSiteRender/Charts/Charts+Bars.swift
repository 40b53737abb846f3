import ReportSiteModel

/// Bar charts: each row's label on its own line above its bar, so that long names fit a phone.
extension Charts {
    /// Class distribution: 100 % stacked bars by province (or by kind inside one province), each segment
    /// with its count where the count fits in it.
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
        let (legendSVG, legendH) = legend(classes.map(\.name), y: 0)
        let labelH = 18, barH = 20, gap = 12
        let top = legendH + 8
        var b = legendSVG
        for (i, row) in rows.enumerated() {
            let y = top + i * (labelH + barH + gap)
            let total = row.counts.reduce(0, +)
            let label = clip(row.label) + " – " + f.integer(total) + " " + t["unit_count"]
            b += "<text x=\"0\" y=\"\(y + 14)\" class=\"label\">\(Escape.html(label))</text>"
            var x = 0.0
            for (ci, c) in row.counts.enumerated() where c > 0 {
                let share = Double(c) / Double(max(total, 1))
                let w = 100 * share
                let fill = Charts.palette[ci % Charts.palette.count]
                b += "<rect x=\"\(Charts.pct(x))\" y=\"\(y + labelH)\" width=\"\(Charts.pct(w))\" height=\"\(barH)\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"1\"><title>\(Escape.html("\(row.label): \(classes[ci].name) \(c)"))</title></rect>"
                let count = f.integer(c)
                let needed = Charts.textWidth(count, size: 12) + 6
                if share * Charts.wide >= needed {
                    // A count that fits only in a wide chart is shown from 46rem and on paper (style.css).
                    let fits = share * Charts.narrowest >= needed ? "" : " wide"
                    let ink = ci % Charts.palette.count < Charts.darkColours ? " light" : ""
                    b += "<text x=\"\(Charts.pct(x + w / 2))\" y=\"\(y + labelH + 15)\" text-anchor=\"middle\" class=\"count\(ink)\(fits)\">\(count)</text>"
                }
                x += w
            }
        }
        let height = top + rows.count * (labelH + barH + gap)
        let table = dataTable(title, columns: [province == nil ? t["province"] : t["kind"]] + classes.map(\.name),
                              rows: rows.map { r in (r.label, r.counts.map { f.integer($0) }) })
        let desc = rows.isEmpty ? t["no_data"] : rows.map { r in "\(r.label): " + zip(classes, r.counts).map { "\($0.name) \($1)" }.joined(separator: ", ") }.prefix(12).joined(separator: "; ")
        return figure(title: title, note: nil, desc: desc, height: max(height, 40), body: b, table: table)
    }

    /// Province ranking: horizontal bars of the mean score from 0, in ranking order, each with its value.
    func provinces(year: Int) -> String {
        let r = model.ranking(year: year)
        let rows = r.provinces.filter { $0.rank != nil }
        let maxTotal = max(Double(model.site.scheme.maxTotal.hundredths) / 100, 1)
        let title = "\(t["chart.provinces"]) \(year)"
        // Bars take at most `barMax` % of the width; the value is written after the bar.
        let labelH = 18, barH = 16, gap = 8, barMax = 80.0
        var b = ""
        for (i, p) in rows.enumerated() {
            let y = i * (labelH + barH + gap)
            let mean = Double(p.meanScore?.rounded(places: 2) ?? 0) / 100
            let w = barMax * mean / maxTotal
            b += "<text x=\"0\" y=\"\(y + 14)\" class=\"label\">\(p.rank ?? 0). \(Escape.html(clip(p.name)))</text>"
            b += "<rect x=\"0\" y=\"\(y + labelH)\" width=\"\(Charts.pct(w))\" height=\"\(barH)\" fill=\"\(Charts.palette[1])\"/>"
            b += "<text x=\"\(Charts.pct(w))\" dx=\"5\" y=\"\(y + labelH + 13)\" class=\"value\">\(Escape.html(f.mean(p.meanScore)))</text>"
        }
        let axisY = rows.count * (labelH + barH + gap)
        b += "<line x1=\"0\" y1=\"\(axisY)\" x2=\"\(Charts.pct(barMax))\" y2=\"\(axisY)\" stroke=\"#444\"/>"
        b += "<line x1=\"0.5\" y1=\"\(axisY - 4)\" x2=\"0.5\" y2=\"\(axisY + 4)\" stroke=\"#444\"/>"
        b += "<text x=\"0\" y=\"\(axisY + 18)\" class=\"axis\">0</text><text x=\"\(Charts.pct(barMax))\" y=\"\(axisY + 18)\" text-anchor=\"middle\" class=\"axis\">\(Escape.html(f.score(model.site.scheme.maxTotal)))</text>"
        let table = dataTable(title, columns: [t["province"], t["rank"], t["mean_score"]],
                              rows: rows.map { ($0.name, [String($0.rank ?? 0), f.mean($0.meanScore)]) })
        let desc = rows.prefix(10).map { "\($0.rank ?? 0). \($0.name) \(f.mean($0.meanScore))" }.joined(separator: "; ")
        let note = t["chart.bars_from_zero"].replacingOccurrences(of: "{max}", with: f.score(model.site.scheme.maxTotal))
        return figure(title: title, note: note, desc: desc.isEmpty ? t["no_data"] : desc, height: axisY + 24, body: b, table: table)
    }
}
