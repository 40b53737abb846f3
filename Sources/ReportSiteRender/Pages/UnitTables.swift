import ReportSiteModel

/// The two tables of a unit page (results by year, scores by criterion), made in Swift like the components
/// (see `PageRenderer.unit`). Everything in them that is the same on every unit page of a site (captions,
/// header rows, the criteria's names and maxima, class badges, yes/no, the links to the years' rankings,
/// score texts) is made once per render here, and a page appends only its own values into one string:
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
        let e = FastHTMLContentType()
        let label = e.escapeText(t["results_by_year"])
        resultsOpen = "<div class=\"table-wrap\" role=\"region\" aria-label=\"" + label + "\" tabindex=\"0\">\n"
            + "<table class=\"data\">\n<caption>" + label + " – "
        let headers = ["year", "total", "class", "safe", "rank_in_province", "rank_national", "inspected", "commended"].map { key in
            "<th scope=\"col\"" + (["total", "rank_in_province", "rank_national"].contains(key) ? " class=\"num\"" : "") + ">" + e.escapeText(t[key]) + "</th>"
        }.joined()
        resultsHead = "</caption>\n<thead><tr>" + headers + "</tr></thead>\n<tbody>\n"
        yes = e.escapeText(t["yes"])
        no = e.escapeText(t["no"])
        notesOpen = "<h3>" + e.escapeText(t["board_notes"]) + "</h3>\n<dl class=\"notes\">"
        badges = scheme.classes.enumerated().map { i, c in (c.id, ComponentRenderer.badge(index: i, name: model.className(c.id))) }
        var links: [Int: String] = [:]
        for y in model.years { links[y] = e.escapeText(UnitTables.root + Paths.ranking(y)) }
        rankingLinks = links

        let caption = t["scores_by_criterion"]
        scoresOpen = ComponentRenderer.tableOpen(caption, cls: "data scores")
            + "<thead><tr><th scope=\"col\">\(Escape.html(t["criterion"]))</th><th scope=\"col\" class=\"num\">\(Escape.html(t["max"]))</th>"
        criterionRows = scheme.criteria.map { "<tr><th scope=\"row\">\(Escape.html($0.name))</th><td class=\"num\">\(f.score($0.max))</td>" }
        totalRow = "<tr class=\"total\"><th scope=\"row\">\(Escape.html(t["total"]))</th><td class=\"num\">\(f.score(scheme.maxTotal))</td>"
        let top = scheme.maxTotal.hundredths
        scoreTexts = top >= 0 && top <= 100_000 ? (0...Int(top)).map { f.score(Score(hundredths: Int64($0))) } : []
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
