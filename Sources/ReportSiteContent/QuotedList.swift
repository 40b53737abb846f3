import ReportSiteModel

/// Values named in a message, each in the language's quotation marks ("a" in English, “a” in Vietnamese).
enum QuotedList {
    /// "a", "b", "c".
    static func commas(_ items: [String]) -> Message.Argument {
        joined(items.map(quoted), last: nil)
    }

    /// "a", "b" or "c".
    static func or(_ items: [String]) -> Message.Argument {
        joined(items.map(quoted), last: "list.or")
    }

    static func quoted(_ item: String) -> Message.Argument {
        .message(Message("quoted", ["text": .text(item)]))
    }

    /// The items joined by ", ", the last two by the message `last` when given.
    static func joined(_ items: [Message.Argument], last: String?) -> Message.Argument {
        guard var out = items.last else { return .text("") }
        var rest = items.dropLast()
        if let last, let before = rest.popLast() { out = .message(Message(last, ["first": before, "last": out])) }
        for item in rest.reversed() { out = .message(Message("list.more", ["first": item, "rest": out])) }
        return out
    }
}
