/// A file under Templates/assets/ copied to Output/assets/.
public struct AssetFile: Sendable, Hashable {
    public var relativePath: String
    public var bytes: [UInt8]

    public init(relativePath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.bytes = bytes
    }
}
