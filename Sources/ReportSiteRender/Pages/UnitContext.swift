/// The values `unit.mustache` is given, typed. Most unit pages never need them as a `[String: Any]`
/// context: with skeletons, a page needs only its shape's signature and its text values in order, which
/// `shape()` writes straight from these fields in the form `ContextShape` gives for `context(…)` (keys
/// in sorted order, nested maps' keys sorted too). Making the dictionary, then walking and sorting it
/// back with a dynamic cast per value, was 8 % of a 10k build. `context(…)` is still made for a shape's
/// first page (its skeleton is rendered from it) and when templates cannot use skeletons; debug builds
/// check on every unit page that `shape()` equals `ContextShape` of `context(…)`.
struct UnitContext {
    struct DirectiveItem {
        var href: String
        var kind: String
        var number: String
        var title: String
    }

    var name: String
    var kind: String
    var provinceName: String
    var provinceHref: String
    var district: String?
    var sector: String?
    var level: String?
    var models: [String] = []
    var directives: [DirectiveItem] = []
    var resultsTable: String?
    var scoresTable: String?
    /// The board's notes by year (HTML), when a year has one.
    var notes: String?
    var hasResults = false
    var body: String?

    init(name: String, kind: String, provinceName: String, provinceHref: String) {
        self.name = name
        self.kind = kind
        self.provinceName = provinceName
        self.provinceHref = provinceHref
    }

    /// The context the template is rendered with (`root` and the translations `t` included).
    func context(root: String, t: [String: String]) -> [String: Any] {
        var ctx: [String: Any] = [
            "name": name, "kind": kind,
            "province": ["name": provinceName, "href": provinceHref],
            "root": root, "t": t,
        ]
        if let district { ctx["district"] = district }
        if let sector { ctx["sector"] = sector }
        if let level { ctx["level"] = level }
        if !models.isEmpty { ctx["models"] = models; ctx["has_models"] = true }
        ctx["directives"] = directives.map { d -> [String: Any] in
            ["number": d.number, "kind": d.kind, "title": d.title, "href": d.href]
        }
        ctx["has_directives"] = !directives.isEmpty
        if let resultsTable { ctx["results_table"] = resultsTable }
        ctx["has_results"] = hasResults
        if let scoresTable { ctx["scores_table"] = scoresTable }
        if let notes { ctx["notes"] = notes }
        if let body { ctx["body"] = body }
        return ctx
    }

    /// `ContextShape(context(…), constant: ["t", "root"])`'s signature and values, without the context.
    func shape() -> (signature: String, values: [String]) {
        var sig = ""
        sig.reserveCapacity(192 + directives.count * 48)
        var values: [String] = []
        values.reserveCapacity(12 + models.count + directives.count * 4)
        func text(_ key: String, _ value: String) {
            sig += key
            sig += ":s,"
            values.append(value)
        }
        func flag(_ key: String, _ value: Bool) {
            sig += key
            sig += value ? ":T," : ":F,"
        }
        // Keys in the order of `String`'s `<` (ASCII: "_" before letters).
        if let body { text("body", body) }
        sig += "directives:["
        for d in directives {
            sig += "{"
            text("href", d.href)
            text("kind", d.kind)
            text("number", d.number)
            text("title", d.title)
            sig += "}"
        }
        sig += "],"
        if let district { text("district", district) }
        flag("has_directives", !directives.isEmpty)
        if !models.isEmpty { flag("has_models", true) }
        flag("has_results", hasResults)
        text("kind", kind)
        if let level { text("level", level) }
        if !models.isEmpty {
            sig += "models:[\(models.count)s],"
            values += models
        }
        text("name", name)
        if let notes { text("notes", notes) }
        sig += "province:{"
        text("href", provinceHref)
        text("name", provinceName)
        sig += "},"
        if let resultsTable { text("results_table", resultsTable) }
        if let scoresTable { text("scores_table", scoresTable) }
        if let sector { text("sector", sector) }
        return (sig, values)
    }
}
