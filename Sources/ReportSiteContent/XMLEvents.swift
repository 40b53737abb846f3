import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX pass over one XML part of a workbook with Foundation's `XMLParser` (libxml2): the reader
/// handles start tags, end tags and text, and may throw to stop. External entities are never loaded.
final class XMLEvents: NSObject, XMLParserDelegate {
    typealias Start = (_ name: String, _ attributes: [String: String]) throws -> Void
    typealias End = (_ name: String) throws -> Void

    private let start: Start
    private let end: End
    private let text: (String) -> Void
    /// Element and attribute names without their namespace prefix (`x:c` is `c`); `.ods` keeps them,
    /// since its attributes differ only by prefix (`office:value-type`, `calcext:value-type`).
    private let stripPrefixes: Bool
    private var failure: Error?

    private init(stripPrefixes: Bool, start: @escaping Start, end: @escaping End, text: @escaping (String) -> Void) {
        self.stripPrefixes = stripPrefixes
        self.start = start
        self.end = end
        self.text = text
    }

    static func parse(_ data: Data, part: String, stripPrefixes: Bool, start: @escaping Start, end: @escaping End = { _ in },
                      text: @escaping (String) -> Void = { _ in }) throws {
        let events = XMLEvents(stripPrefixes: stripPrefixes, start: start, end: end, text: text)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.delegate = events
        let ok = parser.parse()
        if let failure = events.failure { throw failure }
        if !ok { throw WorkbookError.badXML(part, line: parser.lineNumber) }
    }

    private func local(_ name: String) -> String {
        guard stripPrefixes, let colon = name.firstIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        guard failure == nil else { return }
        var attrs = attributes
        if stripPrefixes {
            attrs = [:]
            for (k, v) in attributes { attrs[local(k)] = v }
        }
        do { try start(local(elementName), attrs) } catch { failure = error; parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        guard failure == nil else { return }
        do { try end(local(elementName)) } catch { failure = error; parser.abortParsing() }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if failure == nil { text(string) }
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        if failure == nil { text(String(decoding: CDATABlock, as: UTF8.self)) }
    }
}
