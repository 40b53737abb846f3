/// What to answer for a request path, decided from the last good build held in memory.
///
/// Serving from memory means nothing outside the built files can be reached: a path is only a key.
public struct StaticResponse: Sendable, Equatable {
    public var status: Int
    public var contentType: String
    public var body: [UInt8]
    public var location: String?
}
