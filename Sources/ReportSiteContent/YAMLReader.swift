import Foundation
import ReportSiteModel
import Yams

/// Turns YAML text into raw values, reporting syntax errors at Yams' position.
enum YAMLReader {
    /// Parses `text`; `firstLine` is the file line of its first line (front matter starts at line 2).
    /// The simplest texts are read by `SimpleYAML`, which gives the same tree; every other one by Yams.
    static func parse(_ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> RawItem? {
        if let item = SimpleYAML.parse(text, file: file, offset: firstLine - 1) {
            #if DEBUG
            // Checked against Yams on every text it takes in debug builds, which the tests run. The raw
            // types are Equatable only there: in a release build the conformance alone made reading table
            // rows 1.5 % more instructions (RawField copies where there were none).
            assert({
                var yamsDiagnostics: [Diagnostic] = []
                return parseWithYams(text, file: file, firstLine: firstLine, diagnostics: &yamsDiagnostics) == item && yamsDiagnostics.isEmpty
            }(), "SimpleYAML differs from Yams on \(text.debugDescription)")
            #endif
            return item
        }
        return parseWithYams(text, file: file, firstLine: firstLine, diagnostics: &diagnostics)
    }

    /// Parses `text` through Yams, the authority on YAML and on every syntax error and its position.
    static func parseWithYams(_ text: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> RawItem? {
        let offset = firstLine - 1
        do {
            guard let node = try compose(text) else {
                return RawItem(value: .null, location: SourceLocation(file: file, line: firstLine, column: 1))
            }
            return convert(node, file: file, offset: offset, diagnostics: &diagnostics)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error, text: text, file: file, offset: offset))
            return nil
        } catch let refused as YAMLGuard.Refused {
            diagnostics.append(.error(YAMLGuard.Refused.code, at: SourceLocation(file: file, line: refused.line + offset, column: refused.column), refused.message))
            return nil
        } catch {
            diagnostics.append(.error("yaml-syntax", at: SourceLocation(file: file, line: firstLine), syntax(Message("yaml.library", ["detail": .text("\(error)")]))))
            return nil
        }
    }

    /// Yams' node tree of `text`, anchors and aliases refused (`YAMLGuard`). Every value is read as text by
    /// our own readers, so the basic resolver (no regular expressions to guess ints, floats and dates) is
    /// enough; the encoding is given because Yams' default looks it up in the process environment on every
    /// call (both showed in profiles).
    static func compose(_ text: String) throws -> Node? {
        try YAMLGuard.compose(text, constructor)
    }

    /// One constructor for every parse: `Constructor.default` builds its three tables of tag handlers
    /// anew on each use. We only compose nodes, so the constructor is never asked to build a value, and
    /// its tables are constants.
    nonisolated(unsafe) static let constructor = Constructor([:], [:], [:])

    /// A plain scalar that YAML reads as null.
    static func isNullWord(_ text: String) -> Bool {
        text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    static func location(_ node: Node, file: String, offset: Int) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: (mark?.line ?? 1) + offset, column: mark?.column ?? 1)
    }

    static func convert(_ node: Node, file: String, offset: Int, diagnostics: inout [Diagnostic]) -> RawItem {
        let loc = location(node, file: file, offset: offset)
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, isNullWord(scalar.string) {
                return RawItem(value: .null, location: loc)
            }
            return RawItem(value: .scalar(scalar.string), location: loc)
        case .sequence(let seq):
            return RawItem(value: .list(seq.map { convert($0, file: file, offset: offset, diagnostics: &diagnostics) }), location: loc)
        case .mapping(let mapping):
            var fields: [RawField] = []
            for (key, value) in mapping {
                let keyLoc = location(key, file: file, offset: offset)
                guard case .scalar(let k) = key else {
                    diagnostics.append(.error("yaml-structure", at: keyLoc, Message("yaml-structure.key")))
                    continue
                }
                let v = convert(value, file: file, offset: offset, diagnostics: &diagnostics)
                fields.append(RawField(name: k.string, nameLocation: keyLoc, value: v.value, location: v.location))
            }
            return RawItem(value: .mapping(RawRecord(fields: fields, location: loc, origin: .yaml)), location: loc)
        case .alias:
            // Yams' parser never gives one (it answers an alias with the anchored node), and YAMLGuard
            // refused every anchor and alias before this tree was made.
            return RawItem(value: .null, location: loc)
        }
    }
}
