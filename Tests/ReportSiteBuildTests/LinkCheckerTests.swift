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
}
