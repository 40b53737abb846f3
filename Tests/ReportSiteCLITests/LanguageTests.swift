import Foundation
import Testing

/// The language of a run: `--lang`, then `REPORTSITE_LANG`, then the site's `language`, then Vietnamese;
/// help and the parser's own words before any site is read; JSON codes the same in every language.
@Suite(.serialized) struct LanguageTests {
    /// A copy of the minimal site (language: vi, one warning) at a new folder, with `language` in site.yaml.
    func site(language: String = "vi") throws -> String {
        let dir = try CLI.tempDir()
        try CLI.minimalSite(in: dir)
        let settings = dir + "/Content/site.yaml"
        let text = try String(contentsOfFile: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "language: vi", with: "language: \(language)").write(toFile: settings, atomically: true, encoding: .utf8)
        return dir
    }

    static let warningVi = "Content/units/an-giang/ag-1.md:10:15: warning: đã bỏ liên kết này vì không an toàn: không cho phép liên kết “javascript:”"
    static let warningEn = "Content/units/an-giang/ag-1.md:10:15: warning: link dropped: \"javascript:\" links are not allowed"
    static let vietnamese = [warningVi, "check: 42 tệp, 1 cảnh báo"]
    static let english = [warningEn, "check: 42 files, 1 warning"]

    @Test func theSitesLanguageUnlessTheVariableOrLangSaysOtherwise() throws {
        let vi = try site(language: "vi"), en = try site(language: "en")
        defer { try? FileManager.default.removeItem(atPath: vi); try? FileManager.default.removeItem(atPath: en) }
        let cases: [(dir: String, args: [String], variable: String?, expected: [String])] = [
            (vi, [], nil, Self.vietnamese),
            (en, [], nil, Self.english),
            (vi, [], "en", Self.english),
            (en, [], "vi", Self.vietnamese),
            (vi, ["--lang", "en"], "vi", Self.english),
            (en, ["--lang=vi"], "en", Self.vietnamese),
            (en, ["--lang", "en", "--lang", "vi"], nil, Self.vietnamese),
        ]
        for c in cases {
            let r = try CLI.run(["check"] + c.args, cwd: c.dir, language: c.variable)
            #expect(r.status == 0)
            #expect(r.stderrLines == c.expected, "\(c.args) REPORTSITE_LANG=\(c.variable ?? "-")")
        }
    }

    @Test func vietnameseWhenTheSiteCannotBeRead() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["check"], cwd: dir, language: nil)
        #expect(r.status == 1)
        #expect(r.stderrLines.last == "check không thành công: 1 lỗi, 0 cảnh báo; chưa ghi gì. Sửa các lỗi ở trên rồi chạy lại.")
        let en = try CLI.run(["check"], cwd: dir, language: "en")
        #expect(en.stderrLines.last == "check failed: 1 error, 0 warnings; nothing was written")
    }

    /// site.yaml says `en` but scheme.yaml is broken: the site cannot be assembled, its language still holds.
    @Test func theSitesLanguageHoldsWhenOnlyTheSchemeIsBroken() throws {
        let dir = try site(language: "en")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "classes: [".write(toFile: dir + "/Content/scheme.yaml", atomically: true, encoding: .utf8)
        let r = try CLI.run(["check"], cwd: dir, language: nil)
        #expect(r.status == 1)
        #expect(r.stderrLines.last?.hasPrefix("check failed: ") == true, "\(r.stderrLines)")
        #expect(r.stderrLines.contains { $0.hasPrefix("Content/scheme.yaml:") && $0.contains(": error: ") })
    }

    @Test func buildSummaryAndRefusalInBothLanguages() throws {
        let dir = try site()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(["build"], cwd: dir, language: nil).stderrLines.last == "build: 43 tệp, 1 cảnh báo")
        try "mine".write(toFile: dir + "/Other", atomically: true, encoding: .utf8)
        let vi = try CLI.run(["build", "--output", "Other"], cwd: dir, language: nil)
        #expect(vi.status == 2)
        #expect(vi.stderrLines == ["build không thành công: Other đã có và không phải là thư mục; hãy chọn thư mục khác bằng --output"])
        let en = try CLI.run(["build", "--output", "Other"], cwd: dir, language: "en")
        #expect(en.stderrLines == ["build failed: Other exists and is not a folder"])
    }

    @Test func jsonCodesAndPlacesAreTheSameInBothLanguages() throws {
        let fixture = CLI.root.appendingPathComponent("Tests/Fixtures/invalid/unknown-component-parameter").path
        func problems(_ lang: String) throws -> [[String: Any]] {
            let templates = CLI.root.appendingPathComponent("Templates").path
            let r = try CLI.run(["check", "--format", "json", "--templates", templates], cwd: fixture, language: lang)
            #expect(r.status == 1)
            return try #require(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        }
        let vi = try problems("vi"), en = try problems("en")
        let keys = ["file", "line", "column", "severity", "code"]
        func stable(_ p: [[String: Any]]) -> [String] { p.map { d in keys.map { "\(d[$0]!)" }.joined(separator: "|") } }
        #expect(!vi.isEmpty)
        #expect(stable(vi) == stable(en))
        #expect(vi.map { $0["code"] as! String }.contains("component-parameter"))
        let messages = zip(vi, en).filter { $0.0["code"] as! String == "component-parameter" }.map { ($0.0["message"] as! String, $0.1["message"] as! String) }
        #expect(messages.allSatisfy { $0.0 != $0.1 && $0.0.hasPrefix("khối “") && $0.1.hasPrefix("component \"") }, "\(messages)")
    }

    @Test func helpIsVietnameseUnlessEnglishIsAsked() throws {
        let vi = try CLI.run(["build", "--help"], language: nil)
        #expect(vi.status == 0)
        let lines = vi.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(6)) == [
            "GIỚI THIỆU: Tạo trang vào thư mục kết quả (chỉ khi dữ liệu không có lỗi).",
            "",
            "Ví dụ:",
            "  reportsite build",
            "  reportsite build --output /srv/bao-cao --strict",
            "Có lỗi thì không ghi gì: trang đã đăng vẫn nguyên như trước.",
        ])
        for line in ["CÁCH DÙNG: reportsite build [--content <content>] [--templates <templates>] [--lang <lang>] [--output <output>] [--strict]",
                     "TÙY CHỌN:", "  --strict                Coi mọi cảnh báo là lỗi.", "  -h, --help              Xem hướng dẫn này.",
                     "  --templates <templates> Thư mục mẫu trang (.mustache). (mặc định: Templates)"] {
            #expect(lines.contains(line), "\(line)")
        }
        for cmd in ["check", "serve", "init", "workbook"] {
            let h = try CLI.run([cmd, "--help"], language: nil)
            #expect(h.status == 0)
            #expect(h.stdout.hasPrefix("GIỚI THIỆU: "), "\(cmd)")
            #expect(h.stdout.contains("\nVí dụ:\n  reportsite \(cmd)"), "\(cmd)")
            #expect(h.stdout.contains("\nCÁCH DÙNG: reportsite \(cmd)"), "\(cmd)")
            #expect(!h.stdout.contains("OPTIONS:") && !h.stdout.contains("Show help"), "\(cmd)")
        }
        let root = try CLI.run(["--help"], language: nil)
        #expect(root.stdout.hasSuffix("\n  Xem “reportsite help <lệnh>” để có hướng dẫn chi tiết.\n"))
        #expect(root.stdout.contains("\nCÁC LỆNH:\n  build                   Tạo trang vào thư mục kết quả"))
        for (args, variable) in [(["build", "--help", "--lang", "en"], "vi"), (["build", "--help"], "en")] {
            let en = try CLI.run(args, language: variable)
            #expect(en.stdout.hasPrefix("OVERVIEW: Render the site into the output folder (only when there is no error).\n\nExamples:\n"))
            #expect(en.stdout.contains("\n  --strict                Treat warnings as errors.\n"))
        }
    }

    @Test func usageMistakesInVietnameseExitTwo() throws {
        let format = try CLI.run(["check", "--format", "xml"], language: nil)
        #expect(format.status == 2)
        #expect(format.stderrLines.first == "Lỗi: giá trị “xml” không dùng được cho “--format <format>”; hãy chọn một trong: text, json")
        #expect(format.stderrLines.last == "  Xem “reportsite check --help” để biết thêm.")
        let missing = try CLI.run(["init"], language: nil)
        #expect((missing.status, missing.stderrLines.first) == (2, "Lỗi: thiếu “<directory>”"))
        let unknown = try CLI.run(["build", "--no-such-flag"], language: nil)
        #expect((unknown.status, unknown.stderrLines.first) == (2, "Lỗi: không có tùy chọn “--no-such-flag”; xem “--help” để biết các tùy chọn"))
        let english = try CLI.run(["build", "--no-such-flag"], language: "en")
        #expect((english.status, english.stderrLines.first) == (2, "Error: Unknown option '--no-such-flag'"))
        let variable = try CLI.run(["check"], language: "fr")
        #expect((variable.status, variable.stderr) == (2, "error: biến môi trường REPORTSITE_LANG phải là vi hoặc en, đang là “fr”\n"))
        let lang = try CLI.run(["check", "--lang", "fr"], language: nil)
        #expect((lang.status, lang.stderrLines.first) == (2, "Lỗi: giá trị “fr” không dùng được cho “--lang <lang>”; hãy chọn một trong: vi, en"))
    }

    @Test func aMistypedCommandGetsDidYouMean() throws {
        let vi = try CLI.run(["biuld"], language: nil)
        #expect(vi.status == 2)
        #expect(vi.stderr == "error: không có lệnh “biuld” (có phải là “build”?); các lệnh là: build, check, serve, init, workbook, help. Xem “reportsite --help”.\n")
        let en = try CLI.run(["--lang", "en", "chek", "--strict"], language: nil)
        #expect(en.status == 2)
        #expect(en.stderr == "error: unknown command \"chek\" (did you mean \"check\"?); the commands are build, check, serve, init, workbook, help. See \"reportsite --help\".\n")
        let far = try CLI.run(["publish"], language: "en")
        #expect(far.stderr == "error: unknown command \"publish\"; the commands are build, check, serve, init, workbook, help. See \"reportsite --help\".\n")
    }

    @Test func initSpeaksTheChosenLanguage() throws {
        let dir = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(["init", "site"], cwd: dir, language: nil)
        #expect(r.status == 0)
        #expect(r.stdout == "Đã tạo trang mới trong site. Tiếp theo:\n  cd site\n  reportsite build     # tạo trang từ Content/ vào Output/\n  reportsite serve     # xem trước tại http://127.0.0.1:8080/\n")
        let again = try CLI.run(["init", "site"], cwd: dir, language: nil)
        #expect((again.status, again.stderr) == (2, "error: thư mục site không trống; init chỉ ghi vào thư mục trống hoặc chưa có\n"))
    }
}
