import Testing
import ReportSiteModel
@testable import ReportSiteBuild
@testable import ReportSiteRender

/// The link check's own parts: the walk over a page's links and what it reports.
@Suite struct LinkCheckerTests {
    @Test func brokenLinksAreReportedOncePerPageWithTheirLine() {
        let page = "<a href=\"#main\">x</a>\n<a href=\"../../nope/index.html\">y</a> <img src=\"../../nope/index.html\">\n"
            + "<a href=\"../../index.html\">z</a><a href=\"https://example.org/\">e</a>"
        let files = [
            OutputFile(path: "units/a/index.html", text: page),
            OutputFile(path: "units/b/index.html", text: page),
            OutputFile(path: "index.html", text: "<a href=\"units/a/index.html\">a</a><a href=\"units/c/\">c</a>"),
        ]
        let d = LinkChecker.check(files, against: Set(files.map(\.path)), outputDisplay: "Output")
        #expect(d.map { "\($0.location.file):\($0.location.line)" } == [
            "Output/units/a/index.html:2", "Output/units/b/index.html:2", "Output/index.html:1",
        ])
        #expect(d.first?.message(in: .en).contains("\"../../nope/index.html\"") == true)
        #expect(d.last?.message(in: .en).contains("\"units/c/\"") == true)
    }

    /// A target's result is remembered only for pages of one depth: "../../a/index.html" is the page a/
    /// from two folders deep, and outside the site from one folder deep.
    @Test func aRememberedTargetIsCheckedAgainAtAnotherDepth() {
        let link = "<a href=\"../../a/index.html\">a</a>"
        let files = [
            OutputFile(path: "a/index.html", text: "<p>a</p>"),
            OutputFile(path: "units/b/index.html", text: link),
            OutputFile(path: "x/index.html", text: "\n" + link),
            OutputFile(path: "units/c/index.html", text: link),
        ]
        let d = LinkChecker.check(files, against: Set(files.map(\.path)), outputDisplay: "Output")
        #expect(d.map { "\($0.location.file):\($0.location.line)" } == ["Output/x/index.html:2"])
    }

    /// Links relative to the page's folder are resolved from each page's own folder, remembered per folder.
    @Test func folderRelativeLinksAreResolvedFromEachFolder() {
        let link = "<a href=\"x/../b.html\">b</a>"
        let files = [
            OutputFile(path: "p/a.html", text: link),
            OutputFile(path: "p/b.html", text: link),
            OutputFile(path: "q/a.html", text: link),
        ]
        let d = LinkChecker.check(files, against: Set(files.map(\.path)), outputDisplay: "Output")
        #expect(d.map(\.location.file) == ["Output/q/a.html"])
    }

    /// A lookup by a page's bytes finds the copy stored for the same bytes, and no other.
    @Test func aBorrowedTargetFindsItsStoredCopy() {
        let a = Array("../../units/a/index.html".utf8), b = Array("../../units/b/index.html".utf8)
        var known: [LinkTargetKey: Bool] = [:]
        a.withUnsafeBufferPointer { known[.copying($0)] = true }
        b.withUnsafeBufferPointer { known[.copying($0)] = false }
        let page = Array("<a href=\"../../units/b/index.html\">".utf8)
        page.withUnsafeBufferPointer { p in
            #expect(known[.borrowing(UnsafeBufferPointer(rebasing: p[9..<33]))] == false)
            #expect(known[.borrowing(UnsafeBufferPointer(rebasing: p[9..<32]))] == nil)
        }
        #expect(known.count == 2)
    }

    /// Targets that climb exactly to the root and go straight down are checked without the resolver.
    @Test func rootRelativeTargets() {
        func r(_ target: String, _ depth: Int) -> String? {
            Array(target.utf8).withUnsafeBufferPointer { LinkChecker.rootRelative($0, depth: depth) }
        }
        #expect(r("../../a/index.html", 2) == "a/index.html")
        #expect(r("assets/style.css", 0) == "assets/style.css")
        #expect(r("../../a/index.html", 1) == nil)
        #expect(r("../../../a/index.html", 2) == nil)
        #expect(r("../../a/./b.html", 2) == nil)
        #expect(r("../../a/../b.html", 2) == nil)
        #expect(r("../../a/b/", 2) == nil)
        #expect(r("../..//a", 2) == nil)
        #expect(r("../.././a", 2) == nil)
        #expect(r("../../a.html#x", 2) == nil)
        #expect(r("../../a%20b.html", 2) == nil)
        #expect(r("../../", 2) == nil)
        #expect(r("https://x.org/a", 0) == nil)
    }
}
