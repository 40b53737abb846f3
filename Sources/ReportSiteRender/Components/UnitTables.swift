import ReportSiteModel

/// The two tables of a unit page (results by year, scores by criterion) and the board's notes, made in
/// Swift like the components (`results(of:…)`, `scores(_:_:)`). Everything in them that is the same on every unit page of a site (captions,
/// header rows, the criteria's names and maxima, class badges, yes/no, the links to the years' rankings,
/// score texts) is made once per render here, and a page appends only its own values into one buffer:
/// these tables were a fifth of a unit page's time when every page made its headers, badges and score
/// texts anew. The bytes are the ones `PageRenderer.unit` made before (same escaping, same order).
struct UnitTables: Sendable {
    /// Unit pages all sit at `units/ID/index.html`.
    static let root = Paths.root(of: Paths.unit("x"))

    // Results by year: `resultsOpen` + escaped unit name + `resultsHead` + rows + `resultsClose`.
    // The board's notes follow as `notesOpen` + (`<dt>`year`</dt><dd>`escaped note`</dd>`)… + `notesClose`.
    let resultsOpen: String
    let resultsHead: String
    let resultsClose = "</tbody>\n</table>\n</div>"
    let yes: String
    let no: String
    let notesOpen: String
    let notesClose = "</dl>\n"
    /// `<span class="class class-N">name</span>` for each class id of the scheme.
    let badges: [(id: String, html: String)]
    /// The escaped link to each year's ranking page, by year.
    let rankingLinks: [Int: String]

    // Scores by criterion.
    let scoresOpen: String
    /// `<tr><th scope="row">name</th><td class="num">max</td>` for each criterion.
    let criterionRows: [String]
    let totalRow: String
    /// Score texts by hundredths from 0 to the scheme's total, where that is not too many; others are
    /// formatted when needed.
    let scoreTexts: [String]

    init(model: RenderModel) {
        let t = model.strings
        let f = model.format
        let scheme = model.site.scheme
        let label = Escape.html(t["results_by_year"])
        resultsOpen = "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + label + "\" tabindex=\"0\">\n"
            + "<table class=\"data\">\n<caption>" + label + " – "
        let headers = ["year", "total", "class", "safe", "rank_in_province", "rank_national", "inspected", "commended"].map { key in
            "<th scope=\"col\"" + (["total", "rank_in_province", "rank_national"].contains(key) ? " class=\"num\"" : "") + ">" + Escape.html(t[key]) + "</th>"
        }.joined()
        resultsHead = "</caption>\n<thead><tr>" + headers + "</tr></thead>\n<tbody>\n"
        yes = Escape.html(t["yes"])
        no = Escape.html(t["no"])
        notesOpen = "<h3>" + Escape.html(t["board_notes"]) + "</h3>\n<dl class=\"notes\">"
        badges = scheme.classes.enumerated().map { i, c in (c.id, ComponentRenderer.badge(index: i, name: model.className(c.id))) }
        var links: [Int: String] = [:]
        for y in model.years { links[y] = Escape.html(UnitTables.root + Paths.ranking(y)) }
        rankingLinks = links

        let caption = t["scores_by_criterion"]
        scoresOpen = ComponentRenderer.tableOpen(caption, cls: "data scores")
            + "<thead><tr><th scope=\"col\">\(Escape.html(t["criterion"]))</th><th scope=\"col\" class=\"num\">\(Escape.html(t["max"]))</th>"
        criterionRows = scheme.criteria.map { "<tr><th scope=\"row\">\(Escape.html($0.name))</th><td class=\"num\">\(f.score($0.max))</td>" }
        totalRow = "<tr class=\"total\"><th scope=\"row\">\(Escape.html(t["total"]))</th><td class=\"num\">\(f.score(scheme.maxTotal))</td>"
        let top = scheme.maxTotal.hundredths
        scoreTexts = top >= 0 && top <= 100_000 ? (0...Int(top)).map { f.score(Score(hundredths: Int64($0))) } : []
    }

    /// A unit's results table (nil without a ranked year) and its notes by year (nil without one), newest
    /// year first. Rows are made here rather than by a {{#results}} loop in the template: Mustache looks up
    /// every tag through dynamic casts (about 1.5 µs a tag), and these rows were most of a unit page's tags.
    func results(of u: SiteUnit, at index: Int, records: [Assessment], model: RenderModel) -> (table: String?, notes: String?) {
        let f = model.format
        // Appended piece by piece to bytes: a chain of "+" makes a new string at every step, and appending
        // to a String cost several times more than to bytes.
        var rows = ByteWriter(capacity: records.count * 420)
        var notes = ByteWriter(capacity: 0)
        for a in records.reversed() {
            guard let s = model.standing(ofUnitAt: index, year: a.year) else { continue }
            rows.put("<tr><th scope=\"row\"><a href=\"" as StaticString)
            rows.put(rankingLinks[a.year] ?? Escape.html(UnitTables.root + Paths.ranking(a.year)))
            rows.put("\">" as StaticString)
            rows.int(a.year)
            rows.put("</a></th><td class=\"num\">" as StaticString)
            rows.put(score(s.total, f))
            rows.put("</td><td>" as StaticString)
            rows.put(badge(s.classId))
            rows.put("</td><td>" as StaticString)
            rows.put(s.safe ? yes : no)
            rows.put("</td><td class=\"num\">" as StaticString)
            // Numbers and score texts are digits, separators and "−": nothing in them needs escaping.
            rows.put(s.rankInProvince.map { f.integer($0) } ?? "–")
            if let p = s.province, p != u.province {
                rows.put(" (" as StaticString)
                rows.put(Escape.html(model.provinceName(p)))
                rows.put(")" as StaticString)
            }
            rows.put("</td><td class=\"num\">" as StaticString)
            rows.put(f.integer(s.rankNational))
            rows.put("</td><td>" as StaticString)
            rows.put(a.inspected ? yes : no)
            rows.put("</td><td>" as StaticString)
            rows.put(a.commended ? yes : no)
            rows.put("</td></tr>\n" as StaticString)
            if let note = a.note, !note.isEmpty {
                notes.put("<dt>" as StaticString)
                notes.int(a.year)
                notes.put("</dt><dd>" as StaticString)
                notes.put(Escape.html(note))
                notes.put("</dd>" as StaticString)
            }
        }
        var table: String?
        if !rows.bytes.isEmpty {
            var t = ByteWriter(capacity: resultsOpen.utf8.count + resultsHead.utf8.count + rows.bytes.count + 200)
            t.put(resultsOpen)
            t.put(Escape.html(u.name))
            t.put(resultsHead)
            t.bytes += rows.bytes
            t.put(resultsClose)
            table = t.string
        }
        return (table, notes.bytes.isEmpty ? nil : notesOpen + notes.string + notesClose)
    }

    /// The scores by criterion, a column per assessed year (nil without an assessment).
    func scores(_ records: [Assessment], _ f: Format) -> String? {
        guard !records.isEmpty else { return nil }
        var h = ByteWriter(capacity: 2048)
        h.put(scoresOpen)
        for a in records {
            h.put("<th scope=\"col\" class=\"num\">" as StaticString)
            h.int(a.year)
            h.put("</th>" as StaticString)
        }
        h.put("</tr></thead><tbody>" as StaticString)
        for (i, row) in criterionRows.enumerated() {
            h.put(row)
            for a in records {
                h.put("<td class=\"num\">" as StaticString)
                let scores = a.scores
                h.put(i < scores.count ? score(scores[i], f) : "–")
                h.put("</td>" as StaticString)
            }
            h.put("</tr>" as StaticString)
        }
        h.put(totalRow)
        for a in records {
            h.put("<td class=\"num\">" as StaticString)
            h.put(score(a.total, f))
            h.put("</td>" as StaticString)
        }
        h.put("</tr></tbody></table></div>" as StaticString)
        return h.string
    }

    func score(_ s: Score, _ f: Format) -> String {
        s.hundredths >= 0 && s.hundredths < scoreTexts.count ? scoreTexts[Int(s.hundredths)] : f.score(s)
    }

    func badge(_ classId: String) -> String {
        for b in badges where b.id == classId { return b.html }
        // An id the scheme does not know: what `ComponentRenderer.classBadge` makes of it (the model's
        // `className` of an unknown id is the id).
        return ComponentRenderer.badge(index: 0, name: classId)
    }
}
