import ReportSiteModel

/// A component a Markdown fence can name: its name, the parameters its fence accepts, and how it is
/// rendered. `Component.all` is the one list of them (`Component+Registry.swift`).
struct Component: Sendable {
    let name: String
    let parameters: [String]
    /// The fragment for the fence's `arguments` (problems are left in them, with an empty fragment).
    let render: @Sendable (_ arguments: inout ComponentArguments, _ renderer: ComponentRenderer) -> String

    static func named(_ name: String) -> Component? { all.first { $0.name == name } }

    /// The names of every component, in the registry's order.
    static var names: [String] { all.map(\.name) }
}
