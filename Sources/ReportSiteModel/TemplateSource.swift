/// A Mustache template read from Templates/.
public struct TemplateSource: Sendable, Hashable {
    /// Name used to render it and in partial tags: the path under Templates/ without `.mustache`.
    public var name: String
    public var text: String
    public var displayPath: String

    public init(name: String, text: String, displayPath: String) {
        self.name = name
        self.text = text
        self.displayPath = displayPath
    }
}
