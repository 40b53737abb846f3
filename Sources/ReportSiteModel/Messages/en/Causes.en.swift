extension Catalogue {
    /// Pieces shared by many messages: a system error's cause, "did you mean", quoted lists, link
    /// problems, and the line that sums up a flood of alike problems (ReportSiteModel).
    static let enCauses: [String: String] = [
        "io.permission-denied": "permission denied",
        "io.not-found": "it does not exist",
        "io.not-a-folder": "a part of the path is a file, not a folder",
        "io.is-a-folder": "it is a folder, not a file",
        "io.disk-full": "no space left on the disk",
        "io.read-only": "the disk is read-only",
        "io.link-loop": "it is a link that leads round in a circle",
        "io.name-too-long": "the name is too long",
        "io.too-many-open": "too many files are open",
        "io.input-output": "the disk could not be read or written (input/output error)",
        "io.port-in-use": "the port is already in use by another program; choose another with --port, or --port 0 for any free one",
        "io.address-not-here": "this address does not belong to this computer",
        "io.not-regular": "it is not a regular file",
        "io.in-the-way": "a file of that name is in the way",
        "io.other": "{detail}",
        "hint.did-you-mean": " (did you mean \"{name}\"?)",
        "quoted": "\"{text}\"",
        "list.more": "{first}, {rest}",
        "list.or": "{first} or {last}",
        "link.unsafe-scheme": "\"{scheme}\" links are not allowed",
        "link.traversal": "\"..\" leads out of the static folder; give the path of a file in the content folder's static/, such as \"static/ct-03.pdf\"",
        "floods.more.line": "{count} more like the line above{sheet}, on line {lines}; \"reportsite check --format json\" lists every one",
        "floods.more.lines": "{count} more like the line above{sheet}, on lines {lines}; \"reportsite check --format json\" lists every one",
        "floods.of-sheet": " of sheet \"{sheet}\"",
    ]
}
