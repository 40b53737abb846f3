/// What a commit changed in the output.
public struct OutputChanges: Equatable, Sendable {
    /// Files written (new or replaced).
    public var written: Int
    /// Files removed because the build no longer makes them.
    public var removed: Int
    /// The output's manifest as the commit left it.
    public var stamp: OutputStamp? = nil
}
