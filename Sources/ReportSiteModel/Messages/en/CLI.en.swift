extension Catalogue {
    /// What the commands print: the closing line, counts, refusals of the output folder, init, workbook,
    /// the summary of a flood of alike problems and the command-line mistakes.
    static let enCLI: [String: String] = [
        "summary.done": "{verb}: {files}, {warnings}",
        "summary.errors": "{verb} failed: {errors}, {warnings}; nothing was written",
        "summary.stopped": "{verb} failed: {reason}",
        "count.files.one": "{n} file",
        "count.files.other": "{n} files",
        "count.errors.one": "{n} error",
        "count.errors.other": "{n} errors",
        "count.warnings.one": "{n} warning",
        "count.warnings.other": "{n} warnings",
        "outcome.unreadable.one": "{n} file or folder could not be read; nothing was written",
        "outcome.unreadable.other": "{n} files or folders could not be read; nothing was written",
        "outcome.write-output": "could not write {output}: {cause}",
        "outcome.write-file": "could not write {path}",
        "output.folder.content": "content",
        "output.folder.templates": "templates",
        "output.refused.root": "refusing to use {output} as the output folder: it is / or the home folder",
        "output.refused.contains": "refusing to use {output} as the output folder: it is or contains the {folder} folder {dir}",
        "output.refused.inside": "refusing to use {output} as the output folder: it is inside the {folder} folder {dir}",
        "output.not-folder": "{output} exists and is not a folder",
        "output.not-ours": "{output} is not empty and was not written by reportsite (it has no build-manifest.json); empty it or choose another --output",
        "cli.unknown-command": "unknown command \"{name}\"{hint}; the commands are {commands}. See \"reportsite --help\".",
        "cli.bad-lang-env": "the environment variable REPORTSITE_LANG must be vi or en, got \"{value}\"",
        "init.created": """
        Created a new site in {dir}. Next:
          cd {dir}
          reportsite build     # renders Content/ into Output/
          reportsite serve     # preview at http://127.0.0.1:8080/
        """,
        "init.not-empty": "{dir} is not empty; init only writes into an empty or new folder",
        "init.not-folder": "{dir} exists and is not a folder",
        "init.cannot-write": "could not write {dir}: {cause}",
        "workbook.wrote": "workbook: wrote {file}",
        "workbook.site-errors": "workbook: {errors} in the site; fix them first, nothing written",
        "workbook.unknown-province": "unknown province \"{id}\"{hint}; the ids are in provinces.csv",
        "workbook.province-not-in-year": "province \"{id}\" does not exist in {year}",
        "workbook.province-not-in-year.merged": "province \"{id}\" does not exist in {year}; its units count for \"{successor}\" that year: use --province {successor}",
        "workbook.bad-subject": "expected a year such as 2025, or \"units\", got \"{value}\"",
        "workbook.cannot-create": "cannot create {path}",
        "workbook.cannot-add-sheet": "cannot add the sheet \"{sheet}\"",
        "workbook.cannot-write": "cannot write {path}: {cause}",
    ]
}
