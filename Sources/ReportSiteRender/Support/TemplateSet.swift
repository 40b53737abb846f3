import Mustache
import ReportSiteModel

/// The Mustache templates of Templates/, parsed once, with parse errors as diagnostics.
struct TemplateSet {
    static let required = ["layout", "home", "rankings", "ranking-year", "provinces", "province", "unit",
                           "directives", "directive", "reports", "document", "404", "search"]

    /// Templates a site may leave out, with the text used then: templates that older template folders did
    /// not have (the same text as the file in Templates/).
    static let defaults = [
        "unit-link": "<li><a href=\"{{href}}\">{{name}}</a> <span class=\"meta\">({{kind}})</span></li>",
        "unit-kind": "<h1>{{title}}</h1>\n{{#units_table}}\n<h2>{{t.unit_ranking}} {{latest_year}}</h2>\n{{{units_table}}}\n{{/units_table}}\n<h2>{{t.all_units}} ({{units_count}})</h2>\n<ul class=\"columns\">{{{unit_links}}}</ul>\n",
    ]

    let library: MustacheLibrary
    let names: Set<String>
    /// True when no template has a tag that can look at a value other than by printing it or testing
    /// it for presence: transforms such as `{{uppercased(x)}}`, dynamic partials `{{>*x}}`, or changed
    /// delimiters (which would hide those from this check). Then page templates may be rendered once per
    /// shape of context and filled (see ContextShape).
    let skeletonSafe: Bool

    /// swift-mustache escapes `{{value}}` one Character at a time through a dictionary; ours works on UTF-8
    /// bytes with the same five replacements. It is selected by a pragma put in front of every template,
    /// on the template's first line so line numbers in errors do not move.
    static let contentTypeName = "REPORTSITE_HTML"
    static let pragma = "{{% CONTENT_TYPE: \(contentTypeName) }}"
    static let registered: Bool = {
        MustacheContentTypes.register(FastHTMLContentType(), named: contentTypeName)
        return true
    }()

    init(_ sources: [TemplateSource], templatesDisplay: String, diagnostics: inout [Diagnostic]) {
        _ = TemplateSet.registered
        var library = MustacheLibrary()
        var names = Set<String>()
        for s in sources {
            do {
                let template = try MustacheTemplate(string: TemplateSet.pragma + s.text)
                library.register(template, named: s.name)
                names.insert(s.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template-syntax", at: TemplateSet.location(s, error.context),
                                          Message("template-syntax", ["problem": TemplateSet.describe(error.error)])))
            } catch {
                diagnostics.append(.error("template-syntax", at: SourceLocation(file: s.displayPath), Message("template-syntax", ["problem": "\(error)"])))
            }
        }
        let present = Set(sources.map(\.name))
        for (name, text) in TemplateSet.defaults.sorted(by: { $0.key < $1.key }) where !present.contains(name) {
            if let template = try? MustacheTemplate(string: TemplateSet.pragma + text) {
                library.register(template, named: name)
                names.insert(name)
            }
        }
        for name in TemplateSet.required where !present.contains(name) {
            diagnostics.append(.error("missing-template", at: SourceLocation(file: templatesDisplay + "/" + name + ".mustache"),
                                      Message("missing-template", ["name": .text(name)])))
        }
        self.library = library
        self.names = names
        skeletonSafe = sources.allSatisfy { TemplateSet.onlyPlainTags($0.text) }
    }

    /// Whether every `{{…}}` tag of `text` is free of "(", "*" and "=" (transforms, dynamic partials,
    /// set-delimiter tags).
    static func onlyPlainTags(_ text: String) -> Bool {
        let b = Array(text.utf8)
        var i = 0
        while i + 1 < b.count {
            if b[i] == 0x7B, b[i + 1] == 0x7B {  // {{
                var j = i + 2
                while j + 1 < b.count, !(b[j] == 0x7D && b[j + 1] == 0x7D) {
                    if b[j] == 0x28 || b[j] == 0x2A || b[j] == 0x3D { return false }  // ( * =
                    j += 1
                }
                i = j + 2
            } else {
                i += 1
            }
        }
        return true
    }

    /// Mustache counts columns in characters from 0 on the line; ours count scalars from 1.
    static func location(_ s: TemplateSource, _ c: MustacheParserContext) -> SourceLocation {
        var line = c.line
        var column = max(c.columnNumber, 0)
        if c.lineNumber == 1, line.hasPrefix(pragma) {
            line = String(line.dropFirst(pragma.count))
            column = max(column - pragma.count, 0)
        }
        let prefix = String(line.prefix(column))
        return SourceLocation(file: s.displayPath, line: c.lineNumber, column: prefix.unicodeScalars.count + 1)
    }

    /// What is wrong with a template, in words (the tags are arguments: braces in a catalogue text are
    /// placeholders).
    static func describe(_ e: Error) -> Message.Argument {
        func words(_ key: String, _ tags: [String: Message.Argument] = [:]) -> Message.Argument {
            .message(Message("template-syntax." + key, tags))
        }
        switch e as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return words("close-mismatch", ["close": "{{/…}}"])
        case .unfinishedName?: return words("unfinished", ["end": "}}"])
        case .expectedSectionEnd?: return words("never-closed", ["open": "{{#…}}", "inverted": "{{^…}}", "close": "{{/…}}"])
        case .invalidSetDelimiter?: return words("set-delimiter")
        case .transformAppliedToInheritanceSection?: return words("transform")
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: return words("inheritance", ["block": "{{$…}}", "section": "{{<…}}"])
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return words("configuration", ["tag": "{{% … }}"])
        case nil: return .text("\(e)")
        }
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
