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

/// A file under Templates/assets/ copied to Output/assets/.
public struct AssetFile: Sendable, Hashable {
    public var relativePath: String
    public var bytes: [UInt8]

    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.bytes = bytes
    }
}

