/// The values `unit.mustache` is given, typed, and written out once by `write(to:)`. Most unit pages never
/// need them as a `[String: Any]` context: with skeletons, a page needs only its shape's signature and its
/// text values in order, which `shape()` gets from the same `write(to:)` through `ShapeWriter`, the writer
/// `ContextShape` uses for dictionaries (making the dictionary, then walking and sorting it back with a
/// dynamic cast per value, was slower: decision 44). `context(…)` is still made for a shape's first page
/// (its skeleton is rendered from it) and when templates cannot use skeletons; debug builds check on every
/// unit page that `shape()` equals `ContextShape` of `context(…)`, and that keys come in order.
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

    /// Every value, once, in key order (see `ContextWriter`): the one definition of the template's context,
    /// written as the dictionary by `context(…)` and as the shape by `shape()`.
    func write<W: ContextWriter>(to w: inout W) {
        if let body { w.text("body", body) }
        w.list("directives", count: directives.count) { w, i in
            let d = directives[i]
            w.text("href", d.href)
            w.text("kind", d.kind)
            w.text("number", d.number)
            w.text("title", d.title)
        }
        if let district { w.text("district", district) }
        w.flag("has_directives", !directives.isEmpty)
        if !models.isEmpty { w.flag("has_models", true) }
        w.flag("has_results", hasResults)
        w.text("kind", kind)
        if let level { w.text("level", level) }
        if !models.isEmpty { w.texts("models", models) }
        w.text("name", name)
        if let notes { w.text("notes", notes) }
        w.map("province") { w in
            w.text("href", provinceHref)
            w.text("name", provinceName)
        }
        if let resultsTable { w.text("results_table", resultsTable) }
        if let scoresTable { w.text("scores_table", scoresTable) }
        if let sector { w.text("sector", sector) }
    }

    /// The context the template is rendered with (`root` and the translations `t` included).
    func context(root: String, t: [String: String]) -> [String: Any] {
        var w = DictionaryWriter()
        write(to: &w)
        var ctx = w.dictionary
        ctx["root"] = root
        ctx["t"] = t
        return ctx
    }

    /// `ContextShape(context(…), constant: ["t", "root"])`'s signature and values, without the context.
    func shape() -> (signature: String, values: [String]) {
        var w = ShapeWriter(capacity: 192 + directives.count * 48, values: 12 + models.count + directives.count * 4)
        write(to: &w)
        return (w.signature, w.values)
    }
}
