import Foundation
import ReportSiteRender

public enum SiteResponder {
    public static let livePrefix = "/__reportsite/"
    static let liveScriptTag = "<script src=\"/__reportsite/live.js\"></script>"

    /// Answers `rawPath` (the request path as sent, still percent-encoded) from `files`.
    public static func respond(to rawPath: String, files: [String: [UInt8]], inject: Bool = true) -> StaticResponse {
        guard let path = normalise(rawPath) else {
            return StaticResponse(status: 400, contentType: "text/plain; charset=utf-8", body: Array("400 Bad Request\n".utf8))
        }
        var key = path
        if key.isEmpty || key.hasSuffix("/") { key += "index.html" }
        if let body = files[key] {
            return ok(key, body, inject: inject)
        }
        // A folder without its slash: send the browser to the slash form so relative links work.
        if files[key + "/index.html"] != nil {
            let target = "/" + key + "/"
            return StaticResponse(status: 301, contentType: "text/plain; charset=utf-8", body: Array("Moved to \(target)\n".utf8), location: target)
        }
        let notFound = files["404.html"] ?? Array("404 Not Found\n".utf8)
        var r = ok("404.html", notFound, inject: inject)
        r.status = 404
        return r
    }

    static func ok(_ key: String, _ body: [UInt8], inject: Bool) -> StaticResponse {
        let type = contentType(for: key)
        var bytes = body
        if inject, type.hasPrefix("text/html") { bytes = injectLiveScript(body) }
        return StaticResponse(status: 200, contentType: type, body: bytes)
    }

    /// Decodes and checks a request path: nil for anything that could leave the site (`..`, encoded
    /// slashes or backslashes, NUL, control characters).
    public static func normalise(_ raw: String) -> String? {
        var path = raw
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<q]) }
        guard path.hasPrefix("/") else { return nil }
        let lowered = path.lowercased()
        if lowered.contains("%2f") || lowered.contains("%5c") || lowered.contains("%00") { return nil }
        guard let decoded = path.removingPercentEncoding else { return nil }
        if decoded.contains("\\") || decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) { return nil }
        var parts: [Substring] = []
        for comp in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if comp == ".." || comp == "." { return nil }
            parts.append(comp)
        }
        var out = parts.joined(separator: "/")
        if decoded.hasSuffix("/") && !out.isEmpty { out += "/" }
        return out
    }

    static func injectLiveScript(_ body: [UInt8]) -> [UInt8] {
        let marker = Array("</body>".utf8)
        guard body.count >= marker.count else { return body + Array(liveScriptTag.utf8) }
        var i = body.count - marker.count
        while i >= 0 {
            if body[i] == 0x3C, Array(body[i..<(i + marker.count)]) == marker {
                return Array(body[..<i]) + Array(liveScriptTag.utf8) + Array(body[i...])
            }
            i -= 1
        }
        return body + Array(liveScriptTag.utf8)
    }

    public static func contentType(for path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "pdf": return "application/pdf"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "ico": return "image/x-icon"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "woff2": return "font/woff2"
        default: return "application/octet-stream"
        }
    }

    /// The reload and error-overlay script, served only by `serve`, never written to Output/.
    public static let liveScript = """
    (function () {
      "use strict";
      var first = null, box = null;
      function overlay(lines, title) {
        if (!lines.length) { if (box) { box.remove(); box = null; } return; }
        if (!box) {
          box = document.createElement("div");
          box.id = "reportsite-errors";
          box.setAttribute("role", "alert");
          box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:99999;background:#fff4f4;color:#5a0000;border-top:4px solid #b00020;font:14px/1.45 monospace;padding:12px 16px;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
          document.body.appendChild(box);
        }
        box.textContent = "";
        var h = document.createElement("strong");
        h.textContent = title;
        box.appendChild(h);
        var ul = document.createElement("ul");
        lines.forEach(function (l) { var li = document.createElement("li"); li.textContent = l; ul.appendChild(li); });
        box.appendChild(ul);
      }
      var es = new EventSource("/__reportsite/events");
      es.addEventListener("state", function (e) {
        var s = JSON.parse(e.data);
        if (first === null) first = s.generation;
        else if (s.generation !== first) { location.reload(); return; }
        overlay(s.errors, s.title);
      });
    })();
    """
}
