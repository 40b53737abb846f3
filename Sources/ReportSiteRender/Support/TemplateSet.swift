import Mustache
import ReportSiteModel

/// The Mustache templates of Templates/, parsed once, with parse errors as diagnostics.
struct TemplateSet {
    static let required = ["layout", "home", "rankings", "ranking-year", "provinces", "province", "unit",
                           "directives", "directive", "reports", "document", "404", "search"]

    let library: MustacheLibrary
    let names: Set<String>

    init(_ sources: [TemplateSource], templatesDisplay: String, diagnostics: inout [Diagnostic]) {
        var library = MustacheLibrary()
        var names = Set<String>()
        for s in sources {
            do {
                let template = try MustacheTemplate(string: s.text)
                library.register(template, named: s.name)
                names.insert(s.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template-syntax", at: TemplateSet.location(s, error.context),
                                          "template error: \(TemplateSet.describe(error.error))"))
            } catch {
                diagnostics.append(.error("template-syntax", at: SourceLocation(file: s.displayPath), "template error: \(error)"))
            }
        }
        let present = Set(sources.map(\.name))
        for name in TemplateSet.required where !present.contains(name) {
            diagnostics.append(.error("missing-template", at: SourceLocation(file: templatesDisplay + "/" + name + ".mustache"),
                                      "the template \"\(name).mustache\" is missing; every site needs it (see \"reportsite init\" for a full set)"))
        }
        self.library = library
        self.names = names
    }

    /// Mustache counts columns in characters from 0 on the line; ours count scalars from 1.
    static func location(_ s: TemplateSource, _ c: MustacheParserContext) -> SourceLocation {
        let prefix = String(c.line.prefix(max(c.columnNumber, 0)))
        return SourceLocation(file: s.displayPath, line: c.lineNumber, column: prefix.unicodeScalars.count + 1)
    }

    static func describe(_ e: Error) -> String {
        switch e as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a closing tag {{/…}} does not match the section it closes"
        case .unfinishedName?: return "a tag is not finished; close it with }}"
        case .expectedSectionEnd?: return "a section {{#…}} or {{^…}} is never closed with {{/…}}"
        case .invalidSetDelimiter?: return "bad set-delimiter tag"
        case .transformAppliedToInheritanceSection?: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: return "only {{$…}} blocks may appear inside a {{<…}} section"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return "bad {{% … }} configuration tag"
        case nil: return "\(e)"
        }
    }

    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
