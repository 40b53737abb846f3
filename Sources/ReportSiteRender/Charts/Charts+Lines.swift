import ReportSiteModel

/// Line charts over the years: the mean score (axis fitted to the data) and a province's rank (1 on top).
extension Charts {
    typealias Point = (label: String, value: Double?, text: String)

    /// Mean score over the years, nationally or for one province.
    func trend(province: String?) -> String {
        var series: [Point] = []
        for y in model.years {
            let fig = renderer.figures(year: y, province: province)
            let mean = fig.assessed > 0 ? Fraction(fig.totalSum.hundredths, Int64(fig.assessed) * 100) : nil
            series.append((String(y), mean.map { Double($0.rounded(places: 2)) / 100 }, f.mean(mean)))
        }
        let title = t["chart.trend"] + " – " + t["mean_score"] + " – " + (province.map { model.provinceName($0) } ?? t["national"])
        let table = dataTable(title, columns: [t["year"], t["mean_score"]], rows: series.map { ($0.label, [$0.text]) })
        let maxTotal = Double(model.site.scheme.maxTotal.hundredths) / 100
        let ticks = Charts.scoreTicks(series.compactMap(\.value), max: maxTotal)
        let tickText = { (v: Double) in self.f.score(Score(hundredths: Int64((v * 100).rounded()))) }
        let note = ticks.first.map { lo in
            t[lo > 0 ? "chart.axis_from" : "chart.axis_from_zero"]
                .replacingOccurrences(of: "{lo}", with: tickText(lo))
                .replacingOccurrences(of: "{hi}", with: tickText(ticks.last ?? lo))
        }
        return lineChart(title: title, note: note, series: series, ticks: ticks.map { ($0, tickText($0)) }, inverted: false, table: table)
    }

    /// Rank of one province over the years (rank 1 at the top; unranked years leave a gap).
    func rankHistory(province: String) -> String {
        var series: [Point] = []
        var rows: [(heading: String, cells: [String])] = []
        var ranked = 1
        for y in model.years {
            let r = model.ranking(year: y)
            let count = r.provinces.filter { $0.rank != nil }.count
            ranked = max(ranked, count)
            let rank = r.province(province)?.rank
            series.append((String(y), rank.map(Double.init), rank.map(String.init) ?? "–"))
            rows.append((String(y), [rank.map(String.init) ?? t["unranked"], String(count)]))
        }
        let title = t["rank_history"] + " – " + model.provinceName(province)
        let table = dataTable(title, columns: [t["year"], t["rank"], t["ranked_provinces_count"]], rows: rows)
        let ticks = Charts.rankTicks(upTo: ranked).map { (Double($0), String($0)) }
        return lineChart(title: title, note: t["chart.rank_axis"], series: series, ticks: ticks, inverted: true, table: table)
    }

    /// Score axis ticks: a round step giving three to six ticks that just hold `values`, within 0…`max`.
    static func scoreTicks(_ values: [Double], max top: Double) -> [Double] {
        guard let lo = values.min(), let hi = values.max() else { return [0, top] }
        let span = Swift.max(hi - lo, 1)
        let step = [0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100].first { span / $0 <= 5 } ?? 100
        var start = (lo / step).rounded(.down) * step
        var end = (hi / step).rounded(.up) * step
        if end - start < step * 2 { start -= step; end += step }  // at least three ticks
        start = Swift.max(start, 0)
        end = Swift.min(end, Swift.max(top, start + step))
        return stride(from: start, through: end + step / 1000, by: step).map { $0 }
    }

    /// Rank axis ticks: every rank when there are few; else 1, every `step`-th rank (1, 3, 5… or 1, 5, 10…)
    /// and the last rank `n`, dropping the tick before it when the two would crowd.
    static func rankTicks(upTo n: Int) -> [Int] {
        let step = [1, 2, 5, 10, 20, 50].first { n / $0 <= 7 } ?? 100
        var ticks = step <= 2 ? Array(stride(from: 1, through: n, by: step)) : [1] + Array(stride(from: step, through: n, by: step))
        if let last = ticks.last, last != n {
            if ticks.count >= 2, n - last < (step + 1) / 2 { ticks.removeLast() }
            ticks.append(n)
        }
        return ticks
    }

    /// Points joined by lines, a gridline with its value at each tick, the series' labels under the axis
    /// and each point's value above it. The plot spans `plotLeft`…`plotRight` % of the width, leaving the
    /// left for the tick values.
    func lineChart(title: String, note: String?, series: [Point], ticks: [(value: Double, text: String)],
                   inverted: Bool, table: String) -> String {
        let top = 24, plotH = 180
        let plotLeft = 16.0, plotRight = 92.0
        let lo = ticks.first?.value ?? 0, hi = ticks.last?.value ?? 1
        func y(_ v: Double) -> Double {
            let frac = (v - lo) / Swift.max(hi - lo, 1e-9)
            return Double(top) + Double(plotH) * (inverted ? frac : 1 - frac)
        }
        func x(_ i: Int) -> Double {
            series.count < 2 ? (plotLeft + plotRight) / 2 : plotLeft + (plotRight - plotLeft) * Double(i) / Double(series.count - 1)
        }
        var b = ""
        for tick in ticks {
            let ty = Charts.n(y(tick.value))
            b += "<line x1=\"\(Charts.pct(plotLeft - 3))\" y1=\"\(ty)\" x2=\"100%\" y2=\"\(ty)\" stroke=\"#d0d4da\"/>"
            b += "<text x=\"0\" y=\"\(Charts.n(y(tick.value) + 4))\" class=\"axis\">\(Escape.html(tick.text))</text>"
        }
        var last: (x: Double, y: Double)?
        for (i, s) in series.enumerated() {
            b += "<text x=\"\(Charts.pct(x(i)))\" y=\"\(top + plotH + 22)\" text-anchor=\"middle\" class=\"axis\">\(Escape.html(s.label))</text>"
            guard let v = s.value else { last = nil; continue }
            if let p = last {
                b += "<line x1=\"\(Charts.pct(p.x))\" y1=\"\(Charts.n(p.y))\" x2=\"\(Charts.pct(x(i)))\" y2=\"\(Charts.n(y(v)))\" stroke=\"\(Charts.palette[0])\" stroke-width=\"2.5\"/>"
            }
            last = (x(i), y(v))
        }
        for (i, s) in series.enumerated() {
            guard let v = s.value else { continue }
            b += "<circle cx=\"\(Charts.pct(x(i)))\" cy=\"\(Charts.n(y(v)))\" r=\"4.5\" fill=\"#fff\" stroke=\"\(Charts.palette[0])\" stroke-width=\"2\"/>"
            b += "<text x=\"\(Charts.pct(x(i)))\" y=\"\(Charts.n(y(v) - 10))\" text-anchor=\"middle\" class=\"value\">\(Escape.html(s.text))</text>"
        }
        let desc = series.map { "\($0.label): \($0.text)" }.joined(separator: "; ")
        return figure(title: title, note: note, desc: desc.isEmpty ? t["no_data"] : desc, height: top + plotH + 30, body: b, table: table)
    }
}
