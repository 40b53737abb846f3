import ReportSiteModel

/// Interface text in Vietnamese (default) or English.
public struct Strings: Sendable {
    public let language: Language

    public init(language: Language) {
        self.language = language
        var out: [String: String] = [:]
        for (k, v) in (language == .vi ? Strings.vi : Strings.en) { out[k.replacingOccurrences(of: ".", with: "_")] = v }
        all = out
    }

    public subscript(_ key: String) -> String {
        (language == .vi ? Strings.vi[key] : Strings.en[key]) ?? key
    }

    public func kind(_ k: UnitKind) -> String { self["kind." + k.rawValue] }
    public func kindPlural(_ k: UnitKind) -> String { self["kinds." + k.rawValue] }
    public func directiveKind(_ k: DirectiveKind) -> String { self["dkind." + k.rawValue] }

    /// All keys, for templates (`{{t.home}}`).
    public let all: [String: String]

    static let vi: [String: String] = [
        "home": "Trang chủ", "rankings": "Xếp hạng", "provinces": "Tỉnh, thành phố", "units": "Đơn vị",
        "directives": "Văn bản chỉ đạo", "reports": "Báo cáo", "pages": "Trang", "search": "Tìm kiếm",
        "skip": "Bỏ qua, đến nội dung chính", "menu": "Danh mục chính", "sample_notice": "Dữ liệu minh họa: các số liệu trên trang này không phải số liệu chính thức.",
        "rank": "Hạng", "province": "Tỉnh, thành phố", "assessed": "Đơn vị được đánh giá", "mean_score": "Điểm trung bình",
        "share_excellent": "Tỷ lệ xuất sắc", "share_safe": "Tỷ lệ đạt chuẩn an toàn", "rank_change": "Thay đổi hạng",
        "unranked": "Chưa xếp hạng", "rank_new": "mới", "rank_new_note": "«mới»: được xếp hạng năm nay, không có thứ hạng năm",
        "rank_new_years_note": "«mới»: được xếp hạng năm đó, không có thứ hạng năm trước. «–»: không có số liệu.",
        "unranked_list": "Không có đơn vị được đánh giá, nên không xếp hạng năm", "unit": "Đơn vị", "kind": "Loại hình", "total": "Tổng điểm", "class": "Xếp loại",
        "safe": "An toàn về ANTT", "rank_in_province": "Hạng trong tỉnh", "rank_national": "Hạng toàn quốc",
        "yes": "Có", "no": "Không", "year": "Năm", "years": "Các năm", "ranking_of": "Xếp hạng năm",
        "province_ranking": "Bảng xếp hạng tỉnh, thành phố", "unit_ranking": "Bảng xếp hạng đơn vị",
        "units_count": "Số đơn vị", "units_own": "của tỉnh, thành phố", "units_of": "của", "units_merged_from": "Đơn vị của",
        "merged_counts_from": "Kết quả của các đơn vị này được tính cho tỉnh, thành phố kế thừa từ năm", "inspected": "Được kiểm tra", "commended": "Được khen thưởng",
        "number": "Số hiệu", "issuer": "Cơ quan ban hành", "issued": "Ngày ban hành", "scope": "Phạm vi",
        "national": "Toàn quốc", "replaces": "Thay thế", "source": "Văn bản gốc", "implemented_by": "Đơn vị thực hiện",
        "district": "Địa bàn", "sector": "Lĩnh vực", "level": "Cấp quản lý", "level.province": "Cấp tỉnh",
        "level.district": "Cấp huyện, xã", "models": "Mô hình phòng ngừa", "results_by_year": "Kết quả theo năm",
        "scores_by_criterion": "Điểm theo tiêu chí", "criterion": "Tiêu chí", "max": "Tối đa",
        "figures_by_year": "Số liệu theo năm", "rank_history": "Diễn biến thứ hạng", "data": "Dữ liệu",
        "download": "Tải dữ liệu", "latest_reports": "Báo cáo mới nhất", "headline": "Số liệu chính năm",
        "not_found": "Không tìm thấy trang", "not_found_text": "Trang bạn tìm không có trên trang web này. Hãy về trang chủ hoặc dùng ô tìm kiếm.",
        "merged_into": "Sáp nhập vào", "existed_until": "Tồn tại đến năm", "code": "Mã", "region": "Vùng",
        "no_data": "Chưa có số liệu.", "top": "đứng đầu", "change_prev": "so với năm trước",
        "note": "Ghi chú", "board_notes": "Ghi chú theo năm", "date": "Ngày", "summary": "Tóm tắt", "generated": "Tạo bởi ReportSite",
        "published": "Cập nhật", "all_units": "Tất cả đơn vị", "units_by_kind": "Đơn vị theo loại hình", "kind_page_title": "Loại hình đơn vị", "implemented_directives": "Văn bản thực hiện",
        "not_assessed": "Chưa có kết quả đánh giá.", "search_placeholder": "Tên đơn vị, tỉnh, số văn bản…",
        "search_button": "Tìm", "search_results": "Kết quả tìm kiếm", "search_none": "Không có kết quả phù hợp.",
        "search_count": "Tìm thấy {n} kết quả.", "search_more": "… và {n} kết quả khác: gõ thêm từ để thu hẹp.",
        "search_hint": "Gõ không dấu cũng được: \"hue\" tìm thấy \"Huế\".", "type.unit": "Đơn vị", "type.province": "Tỉnh, thành phố",
        "type.directive": "Văn bản", "type.report": "Báo cáo", "type.page": "Trang",
        "kind.agency": "Cơ quan", "kind.enterprise": "Doanh nghiệp", "kind.school": "Cơ sở giáo dục",
        "kinds.agency": "Cơ quan", "kinds.enterprise": "Doanh nghiệp", "kinds.school": "Cơ sở giáo dục",
        "dkind.directive": "Chỉ thị", "dkind.resolution": "Nghị quyết", "dkind.conclusion": "Kết luận",
        "dkind.decree": "Nghị định", "dkind.circular": "Thông tư", "dkind.decision": "Quyết định",
        "dkind.plan": "Kế hoạch", "dkind.letter": "Công văn",
        "chart.classes": "Phân bố xếp loại", "chart.provinces": "Điểm trung bình theo tỉnh, thành phố",
        "chart.trend": "Diễn biến qua các năm", "chart.data": "Số liệu của biểu đồ", "chart.count": "Số đơn vị",
        "chart.axis_from": "Trục dọc từ {lo} đến {hi} điểm, không bắt đầu từ 0.", "chart.axis_from_zero": "Trục dọc từ {lo} đến {hi} điểm.",
        "chart.rank_axis": "Hạng 1 ở trên cùng.", "chart.bars_from_zero": "Thanh bắt đầu từ 0; điểm tối đa {max}.",
        "ranked_provinces_count": "Số tỉnh, thành phố được xếp hạng",
        "stat.units": "Đơn vị tham gia", "stat.assessed": "Được đánh giá", "stat.inspected": "Được kiểm tra",
        "stat.commended": "Được khen thưởng", "stat.share_safe": "Đạt chuẩn an toàn", "stat.mean": "Điểm trung bình",
        "provinces_with_units": "Tỉnh, thành phố có đơn vị", "unit_count": "đơn vị", "history": "Lịch sử",
        "page_of": "Trang", "print": "In báo cáo", "rank_moved": "Thay đổi so với năm trước",
        "ranked_provinces": "tỉnh, thành phố được xếp hạng", "description": "Báo cáo kết quả xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường.",
    ]

    static let en: [String: String] = [
        "home": "Home", "rankings": "Rankings", "provinces": "Provinces", "units": "Units",
        "directives": "Directives", "reports": "Reports", "pages": "Pages", "search": "Search",
        "skip": "Skip to main content", "menu": "Main menu", "sample_notice": "Sample data: the figures on this page are illustrative, not official.",
        "rank": "Rank", "province": "Province", "assessed": "Units assessed", "mean_score": "Mean score",
        "share_excellent": "Share excellent", "share_safe": "Share safe", "rank_change": "Rank change",
        "unranked": "Unranked", "rank_new": "new", "rank_new_note": "“new”: ranked this year, with no rank in",
        "rank_new_years_note": "“new”: ranked that year, with no rank the year before. “–”: no data.",
        "unranked_list": "No unit assessed, so not ranked in", "unit": "Unit", "kind": "Kind", "total": "Total", "class": "Class",
        "safe": "Safe (security and order)", "rank_in_province": "Rank in province", "rank_national": "National rank",
        "yes": "Yes", "no": "No", "year": "Year", "years": "Years", "ranking_of": "Ranking",
        "province_ranking": "Province ranking", "unit_ranking": "Unit ranking",
        "units_count": "Units", "units_own": "its own", "units_of": "of", "units_merged_from": "Units of",
        "merged_counts_from": "Results of these units count for the successor province from", "inspected": "Inspected", "commended": "Commended",
        "number": "Number", "issuer": "Issued by", "issued": "Date of issue", "scope": "Scope",
        "national": "National", "replaces": "Replaces", "source": "Official text", "implemented_by": "Implemented by",
        "district": "District", "sector": "Sector", "level": "Managed at", "level.province": "Province level",
        "level.district": "District level", "models": "Prevention models", "results_by_year": "Results by year",
        "scores_by_criterion": "Scores by criterion", "criterion": "Criterion", "max": "Max",
        "figures_by_year": "Figures by year", "rank_history": "Rank history", "data": "Data",
        "download": "Download data", "latest_reports": "Latest reports", "headline": "Headline figures",
        "not_found": "Page not found", "not_found_text": "The page you are looking for is not on this site. Go to the home page or use search.",
        "merged_into": "Merged into", "existed_until": "Existed until", "code": "Code", "region": "Region",
        "no_data": "No data yet.", "top": "top", "change_prev": "against the previous year",
        "note": "Note", "board_notes": "Notes by year", "date": "Date", "summary": "Summary", "generated": "Made with ReportSite",
        "published": "Updated", "all_units": "All units", "units_by_kind": "Units by kind", "kind_page_title": "Kind of unit", "implemented_directives": "Directives implemented",
        "not_assessed": "No assessment yet.", "search_placeholder": "Unit, province, document number…",
        "search_button": "Search", "search_results": "Search results", "search_none": "Nothing matches.",
        "search_count": "{n} results found.", "search_more": "… and {n} more: type more words to narrow the search.",
        "search_hint": "Diacritics are optional: \"hue\" finds \"Huế\".", "type.unit": "Units", "type.province": "Provinces",
        "type.directive": "Documents", "type.report": "Reports", "type.page": "Pages",
        "kind.agency": "Agency", "kind.enterprise": "Enterprise", "kind.school": "School",
        "kinds.agency": "Agencies", "kinds.enterprise": "Enterprises", "kinds.school": "Schools",
        "dkind.directive": "Directive", "dkind.resolution": "Resolution", "dkind.conclusion": "Conclusion",
        "dkind.decree": "Decree", "dkind.circular": "Circular", "dkind.decision": "Decision",
        "dkind.plan": "Plan", "dkind.letter": "Letter",
        "chart.classes": "Classes", "chart.provinces": "Mean score by province",
        "chart.trend": "Trend over the years", "chart.data": "Chart data", "chart.count": "Units",
        "chart.axis_from": "Vertical axis from {lo} to {hi} points, not from 0.", "chart.axis_from_zero": "Vertical axis from {lo} to {hi} points.",
        "chart.rank_axis": "Rank 1 at the top.", "chart.bars_from_zero": "Bars start at 0; the maximum is {max}.",
        "ranked_provinces_count": "Provinces ranked",
        "stat.units": "Units taking part", "stat.assessed": "Assessed", "stat.inspected": "Inspected",
        "stat.commended": "Commended", "stat.share_safe": "Meeting the safety standard", "stat.mean": "Mean score",
        "provinces_with_units": "Provinces with units", "unit_count": "units", "history": "History",
        "page_of": "Page", "print": "Print report", "rank_moved": "Change against the previous year",
        "ranked_provinces": "provinces ranked", "description": "Results of the all-people movement to protect national security in agencies, enterprises and schools.",
    ]
}
