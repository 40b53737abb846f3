extension Suggestion {
    /// The "did you mean" of a message, in its reader's language (`hint.did-you-mean`), or nothing when no
    /// known name is close to `word`.
    public static func hintArgument(for word: String, in candidates: [String]) -> Message.Argument {
        closest(to: word, in: candidates).map { .message(Message("hint.did-you-mean", ["name": .text($0)])) } ?? .text("")
    }
}
