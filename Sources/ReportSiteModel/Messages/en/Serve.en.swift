extension Catalogue {
    /// `reportsite serve`: its console lines and the error overlay in the browser.
    static let enServe: [String: String] = [
        "serve.public-host": "serving on {host} makes the preview reachable from other machines; use 127.0.0.1 unless you mean it",
        "serve.bad-port": "--port must be from 0 to 65535",
        "serve.cannot-listen": "could not serve on {host}:{port}: {cause}",
        "serve.unknown-address": "the address \"{host}\" is not known on this computer",
        "serve.cause": "{cause}",
        "serve.stopped": "stopped",
        "serve.serving": "Serving the site at {url}  (Ctrl-C to stop)",
        "serve.built": "built {files} files in {ms} ms (parsed {parsed} files, rendered {mode}, wrote {written})",
        "serve.rebuilt": "rebuilt {files} files in {ms} ms (parsed {parsed} files, rendered {mode}, wrote {written})",
        "serve.rebuild-failed": "rebuild failed: {errors}; still serving the last good site",
        "serve.changed": "changed: {files}",
        "serve.write-failed": "could not write {output}: {cause}",
        "serve.overlay.title": "reportsite: the last edit broke the site; this page shows the last good build. Fix the errors below and save; the page reloads by itself.",
    ]
}
