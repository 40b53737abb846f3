import ReportSiteModel

/// The `class` of an assessment: a class id of scheme.yaml (`good`) or a class name (`Khá`), as boards
/// write it; case and surrounding blanks do not matter.
enum ClassNames {
    /// The class id `given` names, or nil after reporting it. A suggestion is always a value that would be
    /// accepted; with none near, every accepted value is listed.
    static func resolve(_ given: Located<String>, scheme: Scheme, reader r: inout FieldReader) -> String? {
        let text = given.value.trimmedWhitespace
        let folded = text.lowercased()
        if let c = scheme.classes.first(where: { $0.id.lowercased() == folded || $0.name.lowercased() == folded }) { return c.id }
        let accepted = scheme.classes.flatMap { [$0.id, $0.name] }
        let message: Message
        if let near = Suggestion.closest(to: text, in: accepted) ?? closestWithoutMarks(text, scheme: scheme) {
            message = Message("unknown-class", ["class": .text(Printable.clip(text)), "hint": Suggestion.hint(near)])
        } else {
            message = Message("unknown-class.choices", ["class": .text(Printable.clip(text)), "classes": choices(scheme.classes)])
        }
        r.error("unknown-class", given.location, message)
        return nil
    }

    /// Every class as "good" (Khá), joined by ", ", quoted the language's way.
    static func choices(_ classes: [ScoreClass]) -> Message.Argument {
        QuotedList.joined(classes.map { .message(Message("unknown-class.choice", ["id": .text($0.id), "name": .text($0.name)])) }, last: nil)
    }

    /// The class name that `text` matches once diacritics are dropped ("kha" for "Khá").
    static func closestWithoutMarks(_ text: String, scheme: Scheme) -> String? {
        let bare = Slug.make(from: text)
        guard !bare.isEmpty else { return nil }
        return scheme.classes.first { Slug.make(from: $0.name) == bare }?.name
    }
}
