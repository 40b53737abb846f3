import Mustache

/// HTML escaping of template values: `Escape.html`, the same escaper as markup made in Swift.
struct FastHTMLContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { Escape.html(text) }
}
