import Foundation
import ReportSiteContent
import ReportSiteModel

/// The Vietnamese texts of the workbooks, in one place. Excel limits a validation's title to 32 characters
/// and its message to 255.
enum WorkbookTexts {
    static let guideSheet = Workbook.guideSheet
    static let yesNo = ["có", "không"]

    static func resultsSheet(_ year: Int) -> String { "Kết quả \(year)" }

    static func resultsTitle(year: Int, province: String?) -> String {
        "KẾT QUẢ ĐÁNH GIÁ, PHÂN LOẠI NĂM \(year)" + (province.map { " – \($0.uppercased())" } ?? "")
            + " (xem trang tính «Hướng dẫn»)"
    }

    static let unitComment = "Mã đơn vị (không sửa). Đơn vị mới: thêm vào thư mục units/ rồi tạo lại bảng tính."
    static let nameComment = "Tên đơn vị, chỉ để đọc (không sửa)."
    static let provinceComment = "Tỉnh, thành phố mà đơn vị được tính vào trong năm này, chỉ để đọc."

    static func criterionComment(_ c: Criterion) -> String {
        "\(c.name)\nĐiểm từ 0 đến \(vietnamese(c.max)), tối đa hai chữ số thập phân."
    }

    static func scorePrompt(_ c: Criterion) -> (title: String, message: String) {
        ("Điểm từ 0 đến \(vietnamese(c.max))", String(c.name.prefix(200)))
    }

    static let scoreErrorTitle = "Điểm không hợp lệ"

    static func scoreError(max: Score) -> String {
        "Chỉ nhập một số từ 0 đến \(vietnamese(max)), tối đa hai chữ số thập phân (ví dụ 18,5). Để trống cả dòng nếu đơn vị không được đánh giá năm nay."
    }

    static func totalComment(_ max: Score) -> String {
        "Tổng điểm (tối đa \(vietnamese(max))), tự tính bằng công thức để anh/chị đối chiếu. Trang web tự cộng lại từ điểm các tiêu chí."
    }

    static let classComment = "Xếp loại do Hội đồng quyết định. Để trống thì xếp loại được tính từ tổng điểm."

    static func classPrompt(_ names: [String]) -> (title: String, message: String) {
        ("Xếp loại", "Chọn trong danh sách: " + names.joined(separator: ", ") + ". Để trống: tính từ tổng điểm.")
    }

    static let yesNoColumns = [
        ("safe", "Đạt tiêu chuẩn “An toàn về an ninh, trật tự” trong năm: có hoặc không."),
        ("inspected", "Được kiểm tra trong năm: có hoặc không."),
        ("commended", "Được khen thưởng trong năm: có hoặc không."),
    ]
    static let yesNoPrompt = (title: "có / không", message: "Chọn có hoặc không. Để trống là không.")
    static let noteComment = "Ghi chú, nhập tự do."

    static let choiceErrorTitle = "Giá trị không có trong danh sách"

    static func choiceError(_ values: [String]) -> String {
        "Chỉ chọn một giá trị trong danh sách: " + values.joined(separator: ", ") + "."
    }

    static let choiceFromListError = "Chỉ chọn một giá trị trong danh sách thả xuống."

    /// The "Hướng dẫn" sheet of a results workbook, one paragraph a line.
    static func resultsGuide(year: Int, scheme: Scheme) -> [String] {
        var lines = [
            "HƯỚNG DẪN NHẬP KẾT QUẢ ĐÁNH GIÁ NĂM \(year)",
            "1. Mỗi dòng của trang tính «\(resultsSheet(year))» là một đơn vị. Các cột unit, name, province đã điền sẵn và bị khóa: không sửa, không xóa, không đổi thứ tự cột, không đổi tên cột ở dòng tiêu đề.",
            "2. Nhập điểm từng tiêu chí vào các cột tiêu chí. Điểm là số từ 0 đến điểm tối đa của tiêu chí, tối đa hai chữ số thập phân. Nhập như bình thường trên máy của anh/chị (18,5 hoặc 18.5 tùy cài đặt); ô phải là ô số, không phải ô văn bản.",
            "3. Đơn vị không được đánh giá năm nay: để trống cả dòng. Đã nhập một tiêu chí thì phải nhập đủ các tiêu chí của dòng đó.",
            "4. Cột total tự cộng điểm để anh/chị đối chiếu. Trang web luôn tự cộng lại từ điểm các tiêu chí.",
            "5. Cột class: chọn xếp loại trong danh sách nếu Hội đồng đã quyết định; để trống thì xếp loại được tính từ tổng điểm. Các cột safe, inspected, commended: chọn có hoặc không. Cột note: ghi chú tự do.",
            "6. Dán (paste) dữ liệu có thể bỏ qua kiểm tra của bảng tính; công cụ vẫn kiểm tra lại và báo lỗi kèm tên trang tính và ô (ví dụ ô D7).",
            "7. Lưu tệp dưới dạng .xlsx (hoặc .ods) rồi đặt vào thư mục Content/assessments/\(year)/ (hoặc đặt tên Content/assessments/\(year).xlsx). Nếu kết quả năm \(year) đã có trong tệp khác thì bảng tính này đã chứa chúng: chuyển tệp cũ ra khỏi thư mục Content để mỗi đơn vị chỉ có một kết quả.",
            "8. Chạy «reportsite check» để kiểm tra, rồi «reportsite build» để tạo trang web.",
            "",
            "CÁC TIÊU CHÍ",
        ]
        for c in scheme.criteria {
            lines.append("• \(c.id): \(c.name) – tối đa \(vietnamese(c.max)) điểm")
        }
        lines.append("")
        lines.append("XẾP LOẠI (từ tổng điểm)")
        for c in scheme.classes {
            lines.append("• \(c.name): từ \(vietnamese(c.min)) điểm")
        }
        return lines
    }

    /// A score as Vietnamese readers write it: `18,5`.
    static func vietnamese(_ s: Score) -> String {
        s.description.replacingOccurrences(of: ".", with: ",")
    }
}

// The units workbook.
extension WorkbookTexts {
    static let unitsSheet = "Đơn vị"

    static func unitsTitle(province: String?) -> String {
        "DANH SÁCH ĐƠN VỊ" + (province.map { " – \($0.uppercased())" } ?? "") + " (xem trang tính «Hướng dẫn»)"
    }

    static let unitIDComment = "Mã đơn vị: chữ thường không dấu, số và dấu gạch ngang, ví dụ so-y-te-hue. Không trùng với đơn vị khác; không đổi mã khi đã có kết quả."
    static let unitNameComment = "Tên đầy đủ của đơn vị, ví dụ Sở Y tế thành phố Huế."
    static let kindComment = "Loại đơn vị: cơ quan, doanh nghiệp hoặc cơ sở giáo dục."
    static let unitProvinceComment = "Mã tỉnh, thành phố (chọn trong danh sách)."
    static let districtComment = "Quận, huyện, thị xã hoặc phường, nhập tự do (không bắt buộc)."
    static let sectorComment = "Ngành, lĩnh vực, ví dụ giáo dục, điện lực (không bắt buộc)."
    static let levelComment = "Cấp quản lý: province (cấp tỉnh) hoặc district (cấp huyện) (không bắt buộc)."
    static let directivesComment = "Mã các văn bản đơn vị thực hiện, cách nhau bằng dấu ; (danh sách mã ở trang tính «Hướng dẫn»)."
    static let modelsComment = "Các mô hình đơn vị thực hiện, cách nhau bằng dấu ;."

    /// The Vietnamese word of each kind, in the order of the drop-down.
    static let kindWords = ["cơ quan", "doanh nghiệp", "cơ sở giáo dục"]

    static func kindWord(_ kind: UnitKind) -> String {
        switch kind {
        case .agency: return kindWords[0]
        case .enterprise: return kindWords[1]
        case .school: return kindWords[2]
        }
    }

    /// The "Hướng dẫn" sheet of a units workbook, with the directive ids.
    static func unitsGuide(_ site: Site) -> [String] {
        var lines = [
            "HƯỚNG DẪN NHẬP DANH SÁCH ĐƠN VỊ",
            "1. Mỗi dòng của trang tính «\(unitsSheet)» là một đơn vị. Các cột id, name, kind, province là bắt buộc; không đổi tên cột ở dòng tiêu đề.",
            "2. Cột kind, province, level: chọn trong danh sách thả xuống. Cột directives: mã văn bản trong danh sách dưới đây, cách nhau bằng dấu ;.",
            "3. Lưu tệp dưới dạng .xlsx (hoặc .ods) rồi đặt vào thư mục Content/units/, thay cho tệp cũ chứa các đơn vị này (mỗi mã đơn vị chỉ được có một lần).",
            "4. Chạy «reportsite check» để kiểm tra, rồi «reportsite build» để tạo trang web.",
            "",
            "MÃ CÁC VĂN BẢN (cột directives)",
        ]
        for d in WorkbookUnits.sorted(site.directives, name: \.id, id: \.id) {
            lines.append("• \(d.id): \(d.title)")
        }
        return lines
    }
}
