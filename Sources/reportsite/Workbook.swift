import ArgumentParser
import Foundation
import ReportSiteModel
import ReportSiteWorkbook

struct Workbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Tạo bảng tính .xlsx để nhập kết quả một năm (YEAR) hoặc danh sách đơn vị (units). Write an .xlsx workbook for entering one year's results, or the units.",
        discussion: """
        Ví dụ: "reportsite workbook 2025 --province hue" ghi ket-qua-2025-hue.xlsx, kết quả năm 2025 của \
        các đơn vị thuộc Huế; "reportsite workbook units" ghi don-vi.xlsx. Điền xong, lưu và đặt tệp vào \
        Content/assessments/2025/ (hoặc Content/units/), rồi chạy "reportsite check". Hướng dẫn: \
        docs/nhap-ket-qua-bang-tinh.md.
        """
    )

    @OptionGroup var paths: SitePaths

    @Argument(help: ArgumentHelp("Năm (ví dụ 2025) hoặc units. A year, or \"units\".", valueName: "YEAR|units"))
    var subject: String

    @Option(help: "Chỉ các đơn vị của tỉnh này (mã tỉnh). Only the units of this province id.")
    var province: String?

    @Option(help: "Tệp .xlsx được tạo (mặc định ket-qua-YEAR[-PROVINCE].xlsx hoặc don-vi[-PROVINCE].xlsx). The file to write.")
    var output: String?

    func validate() throws {
        _ = try parsedSubject()
    }

    func parsedSubject() throws -> WorkbookExport.Subject {
        if subject == "units" { return .units }
        guard let year = Int(subject), (1900...2200).contains(year) else {
            throw ValidationError("expected a year such as 2025, or \"units\", got \"\(subject)\"")
        }
        return .results(year: year)
    }

    func run() throws {
        let what = try parsedSubject()
        let file = output ?? WorkbookExport.defaultOutput(what, province: province)
        var err = FileHandle.standardError
        // The workbook's creation time: SOURCE_DATE_EPOCH when set, for the same bytes from the same input.
        let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0.trimmingCharacters(in: .whitespaces)) }
        let created = epoch ?? Int64(Date().timeIntervalSince1970)
        do {
            let warnings = try WorkbookExport.run(what, content: paths.content, templates: paths.templates,
                                                  province: province, output: file, created: created)
            for line in DiagnosticFloods.textLines(warnings, in: .en) { print(line, to: &err) }
            print("workbook: wrote \(file)", to: &err)
        } catch let loaded as WorkbookExport.Loaded {
            for line in DiagnosticFloods.textLines(loaded.diagnostics, in: .en) { print(line, to: &err) }
            print("workbook: \(loaded.diagnostics.errorCount) error(s) in the site; fix them first, nothing written", to: &err)
            throw ExitWith(code: 1)
        } catch WorkbookExport.Failure.unknownProvince(let id, let near) {
            print("error: unknown province \"\(id)\"" + (near.map { " (did you mean \"\($0)\"?)" } ?? "") + "; the ids are in provinces.csv", to: &err)
            throw ExitWith(code: 2)
        } catch WorkbookExport.Failure.provinceNotInYear(let id, let year, let successor) {
            print("error: province \"\(id)\" does not exist in \(year)" + (successor.map { "; its units count for \"\($0)\" that year: use --province \($0)" } ?? ""), to: &err)
            throw ExitWith(code: 2)
        } catch let e as XLSXFile.WriteError {
            print("error: \(e.description)", to: &err)
            throw ExitWith(code: 3)
        }
    }
}
