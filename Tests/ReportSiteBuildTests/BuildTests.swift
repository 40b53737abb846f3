import Foundation
import Testing
import ReportSiteBuild
import ReportSiteModel

@Suite struct BuildTests {
    @Test func rankingsOfTheMinimalSite() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/rankings/2025/provinces.json"))) as? [[String: Any]] ?? []
        #expect(json.map { $0["id"] as? String } == ["an-giang", "bac-ninh", "ca-mau"])
        #expect(json.map { $0["rank"] as? Int } == [1, 2, nil])
        #expect(json.map { $0["rank_change"] as? Int } == [1, 1, nil])
        let units = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/rankings/2025/units.json"))) as? [[String: Any]] ?? []
        #expect(units.map { $0["rank_national"] as? Int } == [1, 2, 2, 4, 5, 6, 6])
        #expect(units.first { $0["id"] as? String == "bg-1" }?["province"] as? String == "bac-ninh")
    }

    @Test func everyUserStringIsEscapedForWhereItLands() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        let csv = try String(contentsOfFile: out + "/rankings/2025/units.csv", encoding: .utf8)
        #expect(csv.contains("bn-3,\"'=HYPERLINK(\"\"x\"\") <b>Đội</b> & \"\"Sao\"\"\",agency"))
        let json = try String(contentsOfFile: out + "/rankings/2025/units.json", encoding: .utf8)
        #expect(json.contains("\"=HYPERLINK(\\\"x\\\") \\u003cb\\u003eĐội\\u003c/b\\u003e \\u0026 \\\"Sao\\\"\""))
        let page = try String(contentsOfFile: out + "/units/bn-3/index.html", encoding: .utf8)
        #expect(page.contains("<h1>=HYPERLINK(&quot;x&quot;) &lt;b&gt;Đội&lt;/b&gt; &amp; &quot;Sao&quot;</h1>"))
        #expect(!page.contains("<b>Đội</b>"))
        let unit = try String(contentsOfFile: out + "/units/ag-1/index.html", encoding: .utf8)
        #expect(unit.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!unit.contains("javascript:"))
        #expect(unit.contains("<p>Bấm vào đây và <a href=\"../../units/ag-2/index.html\">trang chủ</a>.</p>"))
        let search = try String(contentsOfFile: out + "/search/index.js", encoding: .utf8)
        #expect(!search.contains("<b>"))
    }

    @Test func componentsAndLinksInReports() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        let report = try String(contentsOfFile: out + "/reports/bao-cao-2025/index.html", encoding: .utf8)
        #expect(report.contains("<caption>Bảng xếp hạng tỉnh, thành phố 2025</caption>"))
        #expect(report.contains("<td class=\"num\">85,25</td>"))
        #expect(report.contains("<td class=\"num\">50,0\u{00A0}%</td>"))
        #expect(report.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(report.components(separatedBy: "<title id=").count == 3)  // two charts
        #expect(report.contains("<code class=\"language-python\">"))
        #expect(report.contains("href=\"../../pages/gioi-thieu/index.html\""))
        let page = try String(contentsOfFile: out + "/pages/gioi-thieu/index.html", encoding: .utf8)
        #expect(page.contains("src=\"../../static/logo.svg\""))
        #expect(FileManager.default.fileExists(atPath: out + "/static/logo.svg"))
    }

    /// A page per kind of unit, linked from the rankings page and listed in the sitemap (issue 17).
    @Test func aPagePerKindOfUnit() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        let page = try String(contentsOfFile: out + "/kinds/agency/index.html", encoding: .utf8)
        #expect(page.contains("<h1>Loại hình đơn vị: Cơ quan</h1>"))
        #expect(page.contains("<caption>Bảng xếp hạng đơn vị 2025 – Cơ quan</caption>"))
        #expect(page.contains("<h2>Tất cả đơn vị (3)</h2>"))
        // Ranked among agencies: two share second place.
        #expect(page.contains("<tr><td class=\"num\">1</td><th scope=\"row\"><a href=\"../../units/bn-3/index.html\">"))
        #expect(page.contains("<tr><td class=\"num\">2</td><th scope=\"row\"><a href=\"../../units/ag-1/index.html\">Sở Tư pháp An Giang</a>"))
        #expect(page.contains("<tr><td class=\"num\">2</td><th scope=\"row\"><a href=\"../../units/bn-2/index.html\">Sở Y tế Bắc Ninh</a>"))
        let rankings = try String(contentsOfFile: out + "/rankings/index.html", encoding: .utf8)
        #expect(rankings.contains("<li><a href=\"../kinds/agency/index.html\">Cơ quan</a> <span class=\"meta\">(3)</span></li>"))
        let sitemap = try String(contentsOfFile: out + "/sitemap.xml", encoding: .utf8)
        #expect(sitemap.contains("<url><loc>https://example.gov.vn/minimal/kinds/agency/</loc></url>"))
    }

    @Test func twoBuildsGiveIdenticalBytes() throws {
        let tmp = try TempDir()
        let content = Repo.content("minimal")
        _ = Pipeline.build(options(content: content, output: tmp.path("A")))
        _ = Pipeline.build(options(content: content, output: tmp.path("B")))
        let a = tree(tmp.path("A"))
        let b = tree(tmp.path("B"))
        #expect(a.count > 30)
        #expect(a == b)
    }

    /// Skeletons (templates rendered once per shape and filled) must give Mustache's bytes: an unused
    /// template with a transform turns them off for the whole site, and every page must stay the same.
    /// A template folder without unit-link.mustache (older sites) gets the built-in item template.
    @Test func skeletonsGiveTheSameBytesAsPlainMustache() throws {
        let tmp = try TempDir()
        let content = Repo.content("minimal")
        #expect(Pipeline.build(options(content: content, output: tmp.path("A"))).outcome == .success)
        for (folder, change) in [("plain", "transform"), ("old", "no-unit-link")] {
            let templates = tmp.path(folder)
            try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates)
            if change == "transform" {
                try "{{lowercased(name)}}".write(toFile: templates + "/unused.mustache", atomically: true, encoding: .utf8)
            } else {
                try FileManager.default.removeItem(atPath: templates + "/unit-link.mustache")
            }
            var o = options(content: content, output: tmp.path("B-" + folder))
            o.templates = templates
            #expect(Pipeline.build(o).outcome == .success)
            let a = tree(tmp.path("A")).filter { $0.key.hasSuffix(".html") }
            let b = tree(tmp.path("B-" + folder)).filter { $0.key.hasSuffix(".html") }
            #expect(a.count > 20)
            #expect(a == b, "\(change): \(a.keys.filter { a[$0] != b[$0] }.sorted().prefix(5))")
        }
        let directive = try String(contentsOfFile: tmp.path("A") + "/directives/nq-51-tw/index.html", encoding: .utf8)
        #expect(directive.contains("<li><a href=\"../../units/"))
    }

    @Test func failedBuildLeavesPreviousOutputByteForByte() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        let before = tree(out)
        // Break an assessment: the build must fail and change nothing.
        try "unit,x,y\nag-1,99,1\n".write(toFile: content + "/assessments/2024.csv", atomically: true, encoding: .utf8)
        let failed = Pipeline.build(options(content: content, output: out))
        #expect(failed.outcome == .contentErrors)
        #expect(failed.diagnostics.map(\.description).contains { $0.hasSuffix("assessments/2024.csv:2:6: error: column \"x\": expected a number from 0 to 50, got 99") })
        #expect(tree(out) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.url.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func staleFilesAreRemoved() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: content, output: out))
        try "old".write(toFile: out + "/stale.html", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: content + "/pages/gioi-thieu.md")
        // The report links to the page, so remove that link too.
        let report = content + "/reports/bao-cao-2025.md"
        let text = try String(contentsOfFile: report, encoding: .utf8).replacingOccurrences(of: " và [giới thiệu](page:gioi-thieu)", with: "")
        try text.write(toFile: report, atomically: true, encoding: .utf8)
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        #expect(!FileManager.default.fileExists(atPath: out + "/stale.html"))
        #expect(!FileManager.default.fileExists(atPath: out + "/pages/gioi-thieu/index.html"))
    }

    @Test func refusesDangerousOutputFolders() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        for bad in [content, tmp.url.path, "/", content + "/static", NSHomeDirectory()] {
            let r = Pipeline.build(options(content: content, output: bad))
            guard case .usage = r.outcome else {
                Issue.record("output \(bad) was not refused")
                continue
            }
        }
        // A non-empty folder that reportsite did not write.
        let foreign = tmp.path("Foreign")
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try "mine".write(toFile: foreign + "/notes.txt", atomically: true, encoding: .utf8)
        guard case .usage = Pipeline.build(options(content: content, output: foreign)).outcome else {
            Issue.record("foreign folder was not refused")
            return
        }
        #expect(FileManager.default.fileExists(atPath: foreign + "/notes.txt"))
    }

    @Test func manifestListsEveryFileWithItsHash() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + "/build-manifest.json"))) as? [String: Any]
        let files = manifest?["files"] as? [[String: Any]] ?? []
        let built = tree(out)
        #expect(files.count == built.count - 1)
        for f in files {
            let path = f["path"] as? String ?? ""
            let data = built[path] ?? Data()
            #expect(f["size"] as? Int == data.count)
            #expect(f["sha256"] as? String == SHA256.hex([UInt8](data)))
        }
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func everyInternalLinkResolves() throws {
        let tmp = try TempDir()
        let result = Pipeline.check(options(content: Repo.content("minimal"), output: tmp.path("O")))
        #expect(!result.diagnostics.contains { $0.code == "broken-link" })
        #expect(result.files.contains { $0.path == "sitemap.xml" })
        #expect(result.files.contains { $0.path == "feed.xml" })
    }

    /// `check` lists every file `build` writes, the data downloads and search index included (it does not
    /// make those: nothing in them can fail), and gives the same diagnostics.
    @Test func checkListsWhatBuildWrites() throws {
        let tmp = try TempDir()
        let o = options(content: Repo.content("minimal"), output: tmp.path("O"))
        let checked = Pipeline.check(o)
        let built = Pipeline.build(o)
        #expect(built.outcome == .success && checked.outcome == .success)
        // The manifest is the one file only a build writes.
        #expect(checked.files.map(\.path) == built.files.map(\.path).filter { $0 != "build-manifest.json" })
        #expect(checked.files.contains { $0.path == "search/index.js" })
        #expect(checked.files.filter { $0.path.hasPrefix("rankings/") && !$0.path.hasSuffix(".html") }.count == 4 * Set(built.files.compactMap { f -> String? in
            f.path.hasPrefix("rankings/") && f.path.hasSuffix("/units.csv") ? f.path : nil }).count)
        #expect(checked.diagnostics.map(\.description) == built.diagnostics.map(\.description))
    }

    @Test func brokenTemplateLinkIsAnErrorWithStrict() throws {
        let tmp = try TempDir()
        let templates = tmp.path("Templates")
        try FileManager.default.copyItem(atPath: Repo.templates, toPath: templates)
        let home = templates + "/home.mustache"
        let text = try String(contentsOfFile: home, encoding: .utf8) + "\n<a href=\"{{root}}nowhere/index.html\">x</a>\n"
        try text.write(toFile: home, atomically: true, encoding: .utf8)
        var o = options(content: Repo.content("minimal"), output: tmp.path("O"), strict: true)
        o.templates = templates
        let result = Pipeline.check(o)
        #expect(result.outcome == .contentErrors)
        #expect(result.diagnostics.contains { $0.code == "broken-link" && $0.severity == .error && $0.message(in: .en).contains("nowhere/index.html") })
    }
}

#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite struct OutputFormatTests {
    final class Collector: NSObject, XMLParserDelegate {
        var text = ""
        var elements: [String] = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements.append(name)
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }

    @Test func feedAndSitemapParseAsXMLWithEscapedTitles() throws {
        let tmp = try TempDir()
        let out = tmp.path("Output")
        _ = Pipeline.build(options(content: Repo.content("minimal"), output: out))
        for name in ["feed.xml", "sitemap.xml"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: out + "/" + name))
            let parser = XMLParser(data: data)
            let c = Collector()
            parser.delegate = c
            #expect(parser.parse(), "\(name) is not well-formed XML")
            if name == "feed.xml" {
                #expect(c.text.contains("Báo cáo năm 2025 <Đặc biệt> & \"trích dẫn\" 🚀"))
                #expect(c.elements.filter { $0 == "entry" }.count == 1)
                #expect(c.text.contains("https://example.gov.vn/minimal/reports/bao-cao-2025/"))
            } else {
                #expect(c.text.contains("https://example.gov.vn/minimal/units/bn-3/"))
            }
        }
        let report = try String(contentsOfFile: out + "/reports/bao-cao-2025/index.html", encoding: .utf8)
        #expect(report.contains("<title>Báo cáo năm 2025 &lt;Đặc biệt&gt; &amp; &quot;trích dẫn&quot; 🚀 – Minimal test site</title>"))
        // The hostile unit name inside a component table and the search index.
        #expect(report.contains("=HYPERLINK(&quot;x&quot;) &lt;b&gt;Đội&lt;/b&gt; &amp; &quot;Sao&quot;</a>"))
        let search = try String(contentsOfFile: out + "/search/index.js", encoding: .utf8)
        #expect(search.contains("\"Báo cáo năm 2025 \\u003cĐặc biệt\\u003e \\u0026 \\\"trích dẫn\\\" 🚀\""))
        let page = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.gov.vn/minimal/\">"))
    }

    @Test func symlinkOutOfStaticIsNotFollowed() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        try "secret".write(toFile: tmp.path("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: content + "/static/leak.txt", withDestinationPath: tmp.path("secret.txt"))
        let r = Pipeline.build(options(content: content, output: tmp.path("Output")))
        #expect(r.outcome == .success)
        #expect(!FileManager.default.fileExists(atPath: tmp.path("Output/static/leak.txt")))
        #expect(r.diagnostics.contains { $0.code == "symlink-outside" && $0.location.file.hasSuffix("static/leak.txt") })
    }

    @Test func linksToFoldersAreNotFollowed() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        try FileManager.default.createSymbolicLink(atPath: content + "/static/up", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: content + "/static/units", withDestinationPath: "../units")
        let r = Pipeline.check(options(content: content, output: tmp.path("Output")))
        #expect(r.outcome == .success)
        #expect(r.diagnostics.filter { $0.code == "symlink-folder" }.count == 2)
        #expect(r.files.contains { $0.path == "units/ag-1/index.html" })
    }
}

@Suite struct LanguageTests {
    @Test func englishInterfaceWithLanguageEn() throws {
        let tmp = try TempDir()
        let content = try tmp.copyFixture("minimal")
        let site = content + "/site.yaml"
        try String(contentsOfFile: site, encoding: .utf8).replacingOccurrences(of: "language: vi", with: "language: en")
            .write(toFile: site, atomically: true, encoding: .utf8)
        let out = tmp.path("Output")
        #expect(Pipeline.build(options(content: content, output: out)).outcome == .success)
        let home = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
        #expect(home.contains("<html lang=\"en\">"))
        #expect(home.contains("<caption>Province ranking 2025</caption>"))
        let ranking = try String(contentsOfFile: out + "/rankings/2025/index.html", encoding: .utf8)
        #expect(ranking.contains("<td class=\"num\">85.25</td>"))
        #expect(ranking.contains("<td class=\"num\">50.0%</td>"))
        // Data files keep machine formats whatever the language.
        let json = try String(contentsOfFile: out + "/rankings/2025/provinces.json", encoding: .utf8)
        #expect(json.contains("\"mean_score\": 85.25"))
    }
}
