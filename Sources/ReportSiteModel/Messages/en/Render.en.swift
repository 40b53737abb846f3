extension Catalogue {
    /// Problems found while rendering and checking the pages: templates, links, the blocks (components)
    /// written in Markdown.
    static let enRender: [String: String] = [
        "template-syntax": "template error: {problem}",
        "missing-template": "the template \"{name}.mustache\" is missing; every site needs it (see \"reportsite init\" for a full set)",
        "unsafe-link": "link dropped: {problem}",
        "unknown-link": "unknown {scheme} \"{id}\" in link{hint}",
        "unknown-link.static": "link to \"{link}\", but there is no file static/{file} in the content folder",
        "link.scheme.directive": "directive",
        "link.scheme.province": "province",
        "link.scheme.unit": "unit",
        "link.scheme.report": "report",
        "link.scheme.page": "page",
        "broken-link": "the page links to \"{target}\", which the build does not write; check the template that makes this link",
        "unreadable-file.static": "cannot read this file",
        "yaml-alias.component": "component \"{component}\": {problem}",
        "yaml-syntax.component": "component \"{component}\": YAML syntax error: {problem}",
        "component-parameter.mapping": "component \"{component}\": parameters are written \"name: value\", one per line",
        "component-parameter.unknown": "component \"{component}\" has no parameter \"{name}\"{hint}; its parameters are {allowed}",
        "component-parameter.single": "component \"{component}\": \"{name}\" must be a single value",
        "component-parameter.no-year": "component \"{component}\": there are no assessments yet, so \"year\" has no default",
        "component-parameter.year": "component \"{component}\": no assessments for year \"{year}\"; years with data: {years}",
        "component-parameter.no-years": "none",
        "component-parameter.top": "component \"{component}\": \"top\" must be a whole number above 0, got \"{value}\"",
        "component-parameter.kind": "component \"{component}\": unknown kind \"{value}\"; use agency, enterprise or school{hint}",
        "component-parameter.province": "component \"{component}\": unknown province \"{value}\"{hint}",
        "component-parameter.scope": "component \"directives\": \"scope\" must be \"national\" or a province id, got \"{value}\"{hint}",
        "component-parameter.directive-kind": "component \"directives\": unknown kind \"{value}\"{hint}",
        "component-parameter.chart-of": "component \"chart\" needs \"of: classes\", \"of: provinces\" or \"of: trend\"",
        "component-parameter.chart-of-value": "component \"chart\": \"of\" must be classes, provinces or trend, got \"{value}\"{hint}",
        "unknown-component": "unknown component \"{name}\" (did you mean \"{near}\"?); components are {components}",
    ]
}
