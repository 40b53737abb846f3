import Foundation
import ReportSiteModel
import ReportSiteRender

/// Finds links in generated pages that point at files the build does not write.
public enum LinkChecker {
    /// Checks the pages among `files` against the set of every path the build writes: one diagnostic per
    /// broken target per page, located at the page in the output folder.
    public static func check(_ files: [OutputFile], against paths: Set<String>, outputDisplay: String, parallel: Bool = true) -> [Diagnostic] {
        let pages = files.filter { $0.path.hasSuffix(".html") && $0.path != "404.html" }
        // Chunks with their own cache: pages in one folder repeat the same relative links.
        var chunks: [[OutputFile]] = []
        var i = 0
        while i < pages.count {
            chunks.append(Array(pages[i..<min(i + 256, pages.count)]))
            i += 256
        }
        let work: @Sendable ([OutputFile]) -> [Diagnostic] = { chunk in
            var results = Results()
            return chunk.flatMap { check($0, against: paths, outputDisplay: outputDisplay, results: &results) }
        }
        let results = parallel ? parallelMap(chunks, work) : chunks.map(work)
        return results.flatMap { $0 }
    }

    /// What the pages of a chunk found for their link targets, kept for the next pages.
    struct Results {
        /// By target: whether it is fine, for pages of `depth`. The menu, the layout and most template
        /// links repeat on every page of one depth, so most links are found here while still bytes.
        var byTarget: [LinkTargetKey: Bool] = [:]
        var depth = -1
        /// By the page's folder and target: for relative links that the general resolver follows.
        var byFolder: [String: Bool] = [:]
    }

    /// One diagnostic per broken target of `page`.
    static func check(_ page: OutputFile, against paths: Set<String>, outputDisplay: String, results: inout Results) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var depth = 0
        for b in page.path.utf8 where b == 0x2F { depth += 1 }
        if depth != results.depth {
            results.byTarget.removeAll(keepingCapacity: true)
            results.depth = depth
        }
        var seen = Set<String>()
        page.bytes.withUnsafeBufferPointer { buf in
            forEachLink(in: buf) { bytes, offset in
                let ok = results.byTarget[.borrowing(bytes)]
                    ?? isFine(String(decoding: bytes, as: UTF8.self), key: bytes, from: page.path, depth: depth, against: paths, results: &results)
                guard !ok else { return }
                let target = String(decoding: bytes, as: UTF8.self)
                if seen.insert(target).inserted {
                    out.append(.warning("broken-link", at: SourceLocation(file: outputDisplay + "/" + page.path, line: line(of: offset, in: page.bytes), column: 1),
                                        Message("broken-link", ["target": .text(target)])))
                }
            }
        }
        return out
    }

    /// Whether `target` (not in `results.byTarget`) leads to a file of `paths` from `page`, remembered in
    /// `results` for the next pages: by its bytes `key` when the answer holds for every page of `depth`.
    static func isFine(_ target: String, key: UnsafeBufferPointer<UInt8>, from page: String, depth: Int,
                       against paths: Set<String>, results: inout Results) -> Bool {
        if let fromRoot = rootRelative(key, depth: depth) {
            // "../../x/index.html" from a page two folders deep: no need to know which folders.
            let ok = paths.contains(fromRoot)
            results.byTarget[.copying(key)] = ok
            return ok
        }
        if filePart(target) == nil {
            // "#main", "https://…", "/x": not a file of the site from any folder.
            results.byTarget[.copying(key)] = true
            return true
        }
        let dir = page.split(separator: "/").dropLast().joined(separator: "/")
        let folderKey = dir + "\u{0}" + target
        if let cached = results.byFolder[folderKey] { return cached }
        let ok = resolve(target, from: page).map { paths.contains($0) } ?? true
        results.byFolder[folderKey] = ok
        return ok
    }

    /// The root-relative path of `target` when it climbs exactly `depth` folders with "../" and has no
    /// query, fragment, "./" or "../" further on; nil otherwise (the general resolver handles it).
    static func rootRelative(_ target: UnsafeBufferPointer<UInt8>, depth: Int) -> String? {
        // On the page's bytes: the same on String's UTF-8 view took about 4,000 instructions a link.
        let t = target
        func climbs(_ k: Int) -> Bool { k + 3 <= t.count && t[k] == 0x2E && t[k + 1] == 0x2E && t[k + 2] == 0x2F }  // "../"
        var i = 0
        for _ in 0..<depth {
            guard climbs(i) else { return nil }
            i += 3
        }
        guard i < t.count, t[i] != 0x2F else { return nil }  // empty, or "/…"
        if climbs(i) { return nil }
        if i + 1 < t.count, t[i] == 0x2E, t[i + 1] == 0x2F { return nil }  // "./"
        if t[t.count - 1] == 0x2F { return nil }  // ends with "/"
        for k in i..<t.count {
            switch t[k] {
            case 0x23, 0x3F, 0x25, 0x3A: return nil  // # ? % :
            case 0x2F:
                // "/./" or "/../"
                if k + 2 < t.count, t[k + 1] == 0x2E, t[k + 2] == 0x2F { return nil }
                if k + 3 < t.count, t[k + 1] == 0x2E, t[k + 2] == 0x2E, t[k + 3] == 0x2F { return nil }
            default: continue
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: t[i...]), as: UTF8.self)
    }

    /// The part of a link that names a file (without "#…" or "?…"), or nil when it names no file of the
    /// site from any page: empty, fragment-only, with a scheme ("https:", "mailto:"), or from the server's
    /// root ("/x", "//host/x").
    static func filePart(_ raw: String) -> String? {
        var target = raw.replacingAll("&amp;", with: "&")
        if let i = target.firstIndex(where: { $0 == "#" || $0 == "?" }) { target = String(target[..<i]) }
        if target.isEmpty { return nil }
        if target.contains(":") || target.hasPrefix("//") || target.hasPrefix("/") { return nil }
        return target
    }

    /// Calls `body` with the bytes of each value of href="…" and src="…" in `buf` and its offset.
    static func forEachLink(in buf: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        guard let base = buf.baseAddress else { return }
        let n = buf.count
        var i = 0
        // Looking for `href="` or `src="`: jump from one "=" to the next.
        while i < n, let hit = memchr(base + i, 0x3D, n - i) {
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if i + 1 < n, buf[i + 1] == 0x22, i >= 3 {
                let isHref = i >= 4 && buf[i - 4] == 0x68 && buf[i - 3] == 0x72 && buf[i - 2] == 0x65 && buf[i - 1] == 0x66
                let isSrc = buf[i - 3] == 0x73 && buf[i - 2] == 0x72 && buf[i - 1] == 0x63
                if isHref || isSrc {
                    var j = i + 2
                    while j < n, buf[j] != 0x22 { j += 1 }
                    body(UnsafeBufferPointer(rebasing: buf[(i + 2)..<j]), i + 2)
                    i = j
                    continue
                }
            }
            i += 1
        }
    }

    /// The 1-based line of the byte at `offset` (only asked for a broken link).
    static func line(of offset: Int, in bytes: [UInt8]) -> Int {
        1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// The output path a relative link leads to, or nil for external, fragment-only and special links.
    static func resolve(_ raw: String, from page: String) -> String? {
        guard let target = filePart(raw) else { return nil }
        var parts = page.split(separator: "/").map(String.init)
        parts.removeLast()
        for comp in target.split(separator: "/", omittingEmptySubsequences: false) {
            switch comp {
            case ".", "": continue
            case "..": if !parts.isEmpty { parts.removeLast() } else { return "../" + target }
            default: parts.append(String(comp))
            }
        }
        var path = parts.joined(separator: "/")
        if target.hasSuffix("/") { path += path.isEmpty ? "index.html" : "/index.html" }
        return path.removingPercentEncodingSimple
    }
}
