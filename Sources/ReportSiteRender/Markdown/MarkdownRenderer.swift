import CCmark
import Foundation
import ReportSiteModel

/// Markdown to HTML through libcmark; the only file that imports CCmark.
///
/// Raw HTML written by authors is shown as text, never passed through. Links with an id scheme
/// (`unit:…`) are resolved by the caller; `javascript:` and similar links are dropped. Fenced blocks
/// whose info string is a component name are replaced by the caller's HTML.
public enum MarkdownRenderer {
    /// What the caller decides for a link: a URL to use, or nil to drop the link and keep its text.
    public typealias LinkResolver = (_ url: String, _ location: SourceLocation) -> String?
    public typealias ComponentHandler = (_ request: ComponentRequest) -> String

    public static func render(_ source: MarkdownSource, diagnostics: inout [Diagnostic],
                              link: LinkResolver, component: ComponentHandler) -> String {
        let text = source.text
        guard let doc = text.withCString({ cmark_parse_document($0, strlen($0), CMARK_OPT_DEFAULT) }) else { return "" }
        defer { cmark_node_free(doc) }

        // Collect first: the tree must not change while the iterator walks it.
        var codeBlocks: [OpaquePointer] = []
        var htmlBlocks: [OpaquePointer] = []
        var htmlInlines: [OpaquePointer] = []
        var links: [(OpaquePointer, Int)] = []
        let iter = cmark_iter_new(doc)
        var blockLine = 1
        while true {
            let ev = cmark_iter_next(iter)
            if ev == CMARK_EVENT_DONE { break }
            guard ev == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iter) else { continue }
            let type = cmark_node_get_type(node)
            let l = Int(cmark_node_get_start_line(node))
            if l > 0 { blockLine = l }
            switch type {
            case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
            case CMARK_NODE_HTML_BLOCK: htmlBlocks.append(node)
            case CMARK_NODE_HTML_INLINE: htmlInlines.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append((node, blockLine))
            default: break
            }
        }
        cmark_iter_free(iter)

        let componentNames = Component.names
        for node in codeBlocks {
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let name = info.split(separator: " ").first.map(String.init) ?? ""
            guard !name.isEmpty else { continue }
            let line = Int(cmark_node_get_start_line(node)) + source.firstLine - 1
            let column = Int(cmark_node_get_start_column(node))
            let loc = SourceLocation(file: source.file, line: line, column: column)
            if componentNames.contains(name) {
                let body = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
                let html = component(ComponentRequest(name: name, parameters: body, location: loc, parametersFirstLine: line + 1))
                replace(node, withHTML: html)
            } else if let near = Suggestion.closest(to: name, in: componentNames), near != name, Suggestion.distance(Array(name.unicodeScalars), Array(near.unicodeScalars)) <= 2, name.count >= 4 {
                diagnostics.append(.error("unknown-component", at: loc, Message("unknown-component", ["name": .text(name), "near": .text(near), "components": .list(componentNames)])))
            }
        }
        for node in htmlBlocks {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let para = cmark_node_new(CMARK_NODE_PARAGRAPH)
            let textNode = cmark_node_new(CMARK_NODE_TEXT)
            literal.trimmingTrailingNewlines.withCString { _ = cmark_node_set_literal(textNode, $0) }
            cmark_node_append_child(para, textNode)
            cmark_node_replace(node, para)
            cmark_node_free(node)
        }
        for node in htmlInlines {
            let literal = cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
            let textNode = cmark_node_new(CMARK_NODE_TEXT)
            literal.withCString { _ = cmark_node_set_literal(textNode, $0) }
            cmark_node_replace(node, textNode)
            cmark_node_free(node)
        }
        // Only links need source lines (to locate them); most bodies have none, and splitting a long
        // Vietnamese text into lines by Character showed in profiles.
        let lines = links.isEmpty ? [] : text.split(separator: "\n", omittingEmptySubsequences: false)
        var cursors: [String: (line: Int, column: Int)] = [:]
        for (node, line) in links {
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            // The same link twice: search on after the previous match.
            let loc = locate(url, in: lines, from: line, after: cursors[url], source: source)
            cursors[url] = (loc.line - source.firstLine + 1, loc.column)
            if let resolved = link(url, loc) {
                resolved.withCString { _ = cmark_node_set_url(node, $0) }
            } else if cmark_node_get_type(node) == CMARK_NODE_IMAGE {
                "".withCString { _ = cmark_node_set_url(node, $0) }
            } else {
                unwrap(node)
            }
        }
        guard let out = cmark_render_html(doc, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(out) }
        return String(cString: out)
    }

    static func replace(_ node: OpaquePointer, withHTML html: String) {
        let block = cmark_node_new(CMARK_NODE_HTML_BLOCK)
        html.withCString { _ = cmark_node_set_literal(block, $0) }
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    /// Moves a link's children before it and removes the link.
    static func unwrap(_ node: OpaquePointer) {
        while let child = cmark_node_first_child(node) {
            cmark_node_insert_before(node, child)
        }
        cmark_node_unlink(node)
        cmark_node_free(node)
    }

    /// Finds `(url` in the source from the block's line on; cmark does not give inline positions.
    static func locate(_ url: String, in lines: [Substring], from line: Int, after previous: (line: Int, column: Int)?,
                       source: MarkdownSource) -> SourceLocation {
        let needle = "(" + url
        var i = max(line - 1, 0)
        if let previous, previous.line - 1 > i { i = previous.line - 1 }
        while i < lines.count {
            var text = lines[i]
            var skipped = 0
            if let previous, previous.line - 1 == i {
                // Skip past the previous match on this line (columns count scalars from 1).
                let drop = min(previous.column - 1, text.unicodeScalars.count)
                let idx = text.unicodeScalars.index(text.unicodeScalars.startIndex, offsetBy: drop)
                text = text[idx...]
                skipped = drop
            }
            if let r = text.range(of: needle) {
                let col = skipped + text[..<r.lowerBound].unicodeScalars.count + 2
                return SourceLocation(file: source.file, line: i + source.firstLine, column: col)
            }
            i += 1
        }
        return SourceLocation(file: source.file, line: line + source.firstLine - 1, column: 1)
    }
}
