import ReportSiteModel

/// A field or column named in a message, with what it means where the language gives a meaning
/// (`meaning.<name>` in the catalogue: empty in English, "(tổng điểm)" for `total` in Vietnamese).
enum FieldMeaning {
    /// "column "total"" in a table, "field "total"" in YAML.
    static func label(_ name: String, column: Bool) -> Message.Argument {
        .message(Message(column ? "label.column" : "label.field", ["field": .text(name), "meaning": meaning(name)]))
    }

    /// A criterion's score: "score "x"" in YAML, "column "x"" in a table.
    static func scoreLabel(_ criterion: String, column: Bool) -> Message.Argument {
        column ? label(criterion, column: true) : .message(Message("label.score", ["field": .text(criterion)]))
    }

    /// The meaning of a field the content format knows; nothing for any other name (a user's own column).
    static func meaning(_ name: String) -> Message.Argument {
        let key = "meaning." + name
        return Catalogue.table(.vi)[key] == nil ? .text("") : .message(Message(key))
    }
}
