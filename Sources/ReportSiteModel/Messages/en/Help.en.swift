extension Catalogue {
    /// `--help` of every command and option, and the words of the argument parser itself (its English as is).
    static let enHelp: [String: String] = [
        "help.root.abstract": "Builds the reporting site of the all-people movement to protect national security from Content/ (the data) and Templates/ (the page templates).",
        "help.root.discussion": """
        Examples:
          reportsite init bao-cao     write a new site into the folder bao-cao
          reportsite check            check the data, write nothing
          reportsite serve            preview at http://127.0.0.1:8080/
          reportsite build            write the site into Output/ for publishing

        Language of the messages: --lang vi or --lang en; otherwise the environment variable \
        REPORTSITE_LANG, then "language" in site.yaml; Vietnamese by default.
        """,
        "help.option.content": "The content folder (site.yaml, units, results…).",
        "help.option.templates": "The templates folder (.mustache).",
        "help.option.lang": "Language of messages and help: vi (Vietnamese) or en (English). Default: REPORTSITE_LANG, then \"language\" in site.yaml, then vi.",
        "help.option.strict": "Treat warnings as errors.",
        "help.build.abstract": "Render the site into the output folder (only when there is no error).",
        "help.build.discussion": """
        Examples:
          reportsite build
          reportsite build --output /srv/bao-cao --strict
        With an error nothing is written: the published site stays as it was.
        """,
        "help.build.output": "The output folder; replaced as a whole when the build succeeds.",
        "help.check.abstract": "Load and validate everything, render in memory, write nothing.",
        "help.check.discussion": """
        Examples:
          reportsite check
          reportsite check --format json > problems.json
        One problem a line: file:line:column: error|warning: message.
        """,
        "help.check.format": "text: one line per problem; json: a JSON array, one object per problem with file, line, column, severity, code and message.",
        "help.serve.abstract": "Build, serve the output, rebuild on change and reload open pages.",
        "help.serve.discussion": """
        Examples:
          reportsite serve
          reportsite serve --port 0      (picks a free port)
        Open the address it prints in a browser; Ctrl-C stops it.
        """,
        "help.serve.output": "The output folder.",
        "help.serve.port": "Port to listen on; 0 picks a free one.",
        "help.serve.host": "Address to listen on (only this machine by default).",
        "help.init.abstract": "Write a new, working site (Content and Templates) into an empty folder.",
        "help.init.discussion": """
        Examples:
          reportsite init bao-cao
          cd bao-cao && reportsite serve
        """,
        "help.init.directory": "The folder to create the site in; must be empty or not exist.",
        "help.workbook.abstract": "Write an .xlsx workbook for entering one year's results (YEAR), or the units (units).",
        "help.workbook.discussion": """
        Examples:
          reportsite workbook 2025 --province hue     writes ket-qua-2025-hue.xlsx
          reportsite workbook units                   writes don-vi.xlsx
        Fill it in, save it into Content/assessments/2025/ (or Content/units/), then run \
        "reportsite check". Guide (Vietnamese): docs/nhap-ket-qua-bang-tinh.md.
        """,
        "help.workbook.subject": "A year (such as 2025), or units (the list of units).",
        "help.workbook.province": "Only the units of this province (its id, such as hue).",
        "help.workbook.output": "The file to write (default ket-qua-YEAR[-PROVINCE].xlsx or don-vi[-PROVINCE].xlsx).",
        // The argument parser's own words.
        "parser.overview": "OVERVIEW:",
        "parser.usage": "USAGE:",
        "parser.arguments": "ARGUMENTS:",
        "parser.subcommand": "<subcommand>",
        "parser.options": "OPTIONS:",
        "parser.subcommands": "SUBCOMMANDS:",
        "parser.show-help": "Show help information.",
        "parser.show-version": "Show the version.",
        "parser.more-information": "See '{command}' for more information.",
        "parser.see-help": "See '{command} <subcommand>' for detailed help.",
        "parser.default": "(default: {value})",
        "parser.values": "(values: {values})",
        "parser.values-default": "(values: {values}; default: {value})",
        "parser.error": "Error:",
        "parser.error-help": "Help:",
        "parser.error-usage": "Usage:",
        "parser.unknown-option": "Unknown option '{name}'",
        "parser.unexpected-argument": "Unexpected argument '{name}'",
        "parser.missing-argument": "Missing expected argument '{name}'",
        "parser.missing-value": "Missing value for '{name}'",
        "parser.invalid-value": "The value '{value}' is invalid for '{name}'",
        "parser.choose-one": ". Please provide one of {values}.",
    ]
}
