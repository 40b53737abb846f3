import ArgumentParser
import Foundation
import ReportSiteBuild
import ReportSiteModel
import ReportSiteWorkbook

struct Workbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: words("help.workbook.abstract"),
        discussion: words("help.workbook.discussion")
    )

    @OptionGroup var paths: SitePaths

    @Argument(help: ArgumentHelp(words("help.workbook.subject"), valueName: "YEAR|units"))
    var subject: String

    @Option(help: helpText("help.workbook.province"))
    var province: String?

    @Option(help: helpText("help.workbook.output"))
    var output: String?

    func validate() throws {
        _ = try parsedSubject()
    }

    func parsedSubject() throws -> WorkbookExport.Subject {
        if subject == "units" { return .units }
        guard let year = Int(subject), (1900...2200).contains(year) else {
            throw ValidationError(words("workbook.bad-subject", ["value": .text(subject)]))
        }
        return .results(year: year)
    }

    func run() throws {
        let what = try parsedSubject()
        let file = output ?? WorkbookExport.defaultOutput(what, province: province)
        var err = FileHandle.standardError
        // The workbook's site is read below the executable; its words are in --lang's language, else Vietnamese.
        let language = RunLanguage.beforeSite
        // The workbook's creation time: SOURCE_DATE_EPOCH when set, for the same bytes from the same input.
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        let created = epoch ?? Int64(Date().timeIntervalSince1970)
        do {
            let warnings = try WorkbookExport.run(what, content: paths.content, templates: paths.templates,
                                                  province: province, output: file, created: created)
            for line in DiagnosticFloods.textLines(warnings, in: language) { print(line, to: &err) }
            print(words("workbook.wrote", ["file": .text(file)]), to: &err)
        } catch let loaded as WorkbookExport.Loaded {
            for line in DiagnosticFloods.textLines(loaded.diagnostics, in: language) { print(line, to: &err) }
            print(words("workbook.site-errors", ["errors": Pipeline.count("errors", loaded.diagnostics.errorCount)]), to: &err)
            throw ExitWith(code: 1)
        } catch WorkbookExport.Failure.unknownProvince(let id, let near) {
            let hint: Message.Argument = near.map { .message(Message("hint.did-you-mean", ["name": .text($0)])) } ?? ""
            print("error: " + words("workbook.unknown-province", ["id": .text(id), "hint": hint]), to: &err)
            throw ExitWith(code: 2)
        } catch WorkbookExport.Failure.provinceNotInYear(let id, let year, let successor) {
            let key = successor == nil ? "workbook.province-not-in-year" : "workbook.province-not-in-year.merged"
            print("error: " + words(key, ["id": .text(id), "year": .text(String(year)), "successor": .text(successor ?? "")]), to: &err)
            throw ExitWith(code: 2)
        } catch let e as XLSXFile.WriteError {
            print("error: " + e.message.text(in: language), to: &err)
            throw ExitWith(code: 3)
        }
    }
}
