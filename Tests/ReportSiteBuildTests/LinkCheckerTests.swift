import Testing
import ReportSiteModel
@testable import ReportSiteBuild
@testable import ReportSiteRender

/// The link check's own parts: the byte-keyed cache and the walk over a page's links.
@Suite struct LinkCheckerTests {
    func withBytes<T>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        Array(s.utf8).withUnsafeBufferPointer(body)
    }

    @Test func cacheFindsWhatWasStoredThroughGrowthAndForgetsOnRemoveAll() {
        var cache = LinkCache(capacity: 16)
        let targets = (0..<1000).map { "../../units/dv-\($0)/index.html" }
        for (i, t) in targets.enumerated() {
            withBytes(t) { cache.store(i % 3 != 0, for: $0, hash: LinkCache.hash($0)) }
        }
        for (i, t) in targets.enumerated() {
            #expect(withBytes(t) { cache.result(for: $0, hash: LinkCache.hash($0)) } == (i % 3 != 0))
        }
        #expect(withBytes("../../units/dv-1000/index.html") { cache.result(for: $0, hash: LinkCache.hash($0)) } == nil)
        // Same hash, other bytes (a forced collision) is not a hit.
        let h = withBytes(targets[1]) { LinkCache.hash($0) }
        #expect(withBytes("#main") { cache.result(for: $0, hash: h) } == nil)
        cache.removeAll()
        #expect(withBytes(targets[1]) { cache.result(for: $0, hash: LinkCache.hash($0)) } == nil)
        withBytes("#main") { cache.store(true, for: $0, hash: LinkCache.hash($0)) }
        #expect(withBytes("#main") { cache.result(for: $0, hash: LinkCache.hash($0)) } == true)
    }

    @Test func brokenLinksAreReportedOncePerPageWithTheirLine() {
        let page = "<a href=\"#main\">x</a>\n<a href=\"../../nope/index.html\">y</a> <img src=\"../../nope/index.html\">\n"
            + "<a href=\"../../index.html\">z</a><a href=\"https://example.org/\">e</a>"
        let files = [
            OutputFile(path: "units/a/index.html", text: page),
            OutputFile(path: "units/b/index.html", text: page),
            OutputFile(path: "index.html", text: "<a href=\"units/a/index.html\">a</a><a href=\"units/c/\">c</a>"),
        ]
        let d = LinkChecker.check(files, outputDisplay: "Output")
        #expect(d.map { "\($0.location.file):\($0.location.line)" } == [
            "Output/units/a/index.html:2", "Output/units/b/index.html:2", "Output/index.html:1",
        ])
        #expect(d.first?.message.contains("\"../../nope/index.html\"") == true)
        #expect(d.last?.message.contains("\"units/c/\"") == true)
    }
}
