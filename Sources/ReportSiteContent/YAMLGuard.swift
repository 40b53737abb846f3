import ReportSiteModel
import Yams

/// Composes YAML with anchors (`&name`) and aliases (`*name`) refused before any value is built
/// (docs/decisions.md, 52). Every YAML of a site goes through here: front matter, data files,
/// site.yaml, scheme.yaml and component parameters.
///
/// Yams answers an alias with the anchored node itself, so ten lines of ten aliases each describe
/// 10^10 values in 3 KB; any walk of that tree (ours, building values, and Yams' own, hashing a mapping's
/// keys to find duplicates) never ends. The text is therefore first composed with every anchor blanked
/// out (same length, so every line and column stays): then an alias has nothing to point to, and Yams
/// stops at the first one with "undefined alias", at its line and column, before anything is expanded.
/// Only when the text has something that looks like an anchor (`&` and a name, as in `?a=1&b=2` too)
/// is it composed a second time as written, and the first real anchor refused.
public enum YAMLGuard {
    /// An anchor or alias, at its 1-based line and column in the composed text.
    public struct Refused: Error, Sendable, Equatable {
        public var line: Int
        public var column: Int
        public var isAlias: Bool

        public static let code = "yaml-alias"

        public var message: Message {
            Message(isAlias ? "yaml-alias" : "yaml-alias.anchor")
        }
    }

    /// Yams' node tree of `text`, or nil for an empty document. Throws `Refused` or Yams' `YamlError`.
    public static func compose(_ text: String, _ constructor: Constructor) throws -> Node? {
        let blanked = blankingAnchors(text)
        do {
            let node = try Yams.compose(yaml: blanked ?? text, .basic, constructor, .utf8)
            if blanked == nil { return node }
        } catch let YamlError.composer(_, problem, mark, _) where problem == "found undefined alias" {
            throw Refused(line: mark.line, column: mark.column, isAlias: true)
        } catch {
            // Blanking can only have changed text inside values; the text as written decides the error.
        }
        // Through a Parser kept alive: nodes hold their anchors weakly, and the parser owns them.
        let parser = try Parser(yaml: text, resolver: .basic, constructor: constructor, encoding: .utf8)
        let node = try parser.singleRoot()
        let anchored = withExtendedLifetime(parser) { node.flatMap(firstAnchor(in:)) }
        if let mark = anchored { throw Refused(line: mark.line, column: mark.column, isAlias: false) }
        return node
    }

    /// `text` with every `&` followed by a name blanked with spaces, or nil when there is none. A name is
    /// what libyaml scans after `&`: ASCII letters, digits, `-` and `_`; each is one column.
    static func blankingAnchors(_ text: String) -> String? {
        guard text.utf8.contains(0x26) else { return nil }
        var bytes = Array(text.utf8)
        var found = false
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x26, i + 1 < bytes.count, isNameByte(bytes[i + 1]) {
                found = true
                bytes[i] = 0x20
                i += 1
                while i < bytes.count, isNameByte(bytes[i]) { bytes[i] = 0x20; i += 1 }
            } else {
                i += 1
            }
        }
        return found ? String(decoding: bytes, as: UTF8.self) : nil
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
    }

    /// The first node, in document order, that carries an anchor. The tree has no alias here (the blanked
    /// pass would have stopped at it), so this walk is as long as the text.
    static func firstAnchor(in node: Node) -> Mark? {
        if node.anchor != nil { return node.mark }
        switch node {
        case .scalar, .alias: return nil
        case .sequence(let s): return s.lazy.compactMap { firstAnchor(in: $0) }.first
        case .mapping(let m):
            for (k, v) in m {
                if let mark = firstAnchor(in: k) ?? firstAnchor(in: v) { return mark }
            }
            return nil
        }
    }
}
