import Testing
@testable import ReportSiteContent

@Suite struct ContentPathTests {
    /// Split on bytes or on characters, every path gives the parts `split(separator: "/")` gives.
    @Test func partsAreThoseOfASplitOnCharacters() {
        let paths = ["units/ho-chi-minh/dv-086866.md", "site.yaml", "assessments/2024/Đợt 1.csv", "static/a/b/c.PNG",
                     "units/e\u{302}\u{301}/x.md", "units/\u{301}x/y.md", "a/\u{301}/b", "units/.hidden", "reports/.md"]
        for path in paths {
            #expect(ContentPath.parts(path) == path.split(separator: "/").map(String.init), "\(path.debugDescription)")
        }
        let p = ContentPath("units/ho-chi-minh/dv-086866.MD")
        #expect([p.top, p.second, p.afterTop, p.last, p.name, p.ext] == ["units", "ho-chi-minh", "ho-chi-minh/dv-086866.MD", "dv-086866.MD", "dv-086866", "md"])
        #expect(p.partCount == 3)
        // A combining accent right after "/" joins it: one part, as before.
        #expect(ContentPath.parts("a/\u{301}b").count == 1)
    }
}
