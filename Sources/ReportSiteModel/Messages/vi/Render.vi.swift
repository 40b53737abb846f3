extension Catalogue {
    /// Problems found while rendering and checking the pages: templates, links, the blocks (components)
    /// written in Markdown.
    static let viRender: [String: String] = [
        "template-syntax": "mẫu trang có lỗi cú pháp: {problem}",
        "missing-template": "thiếu mẫu trang “{name}.mustache”; trang nào cũng cần mẫu này (lệnh “reportsite init” tạo đủ bộ mẫu)",
        "unsafe-link": "đã bỏ liên kết này vì không an toàn: {problem}",
        "unknown-link": "liên kết tới {scheme} mã “{id}”, nhưng không có {scheme} nào mang mã này{hint}",
        "unknown-link.static": "liên kết tới “{link}”, nhưng thư mục dữ liệu không có tệp static/{file}",
        "link.scheme.directive": "văn bản",
        "link.scheme.province": "tỉnh",
        "link.scheme.unit": "đơn vị",
        "link.scheme.report": "báo cáo",
        "link.scheme.page": "trang",
        "broken-link": "trang có liên kết tới “{target}”, nhưng bản dựng không có trang hay tệp đó; hãy xem lại mẫu trang tạo ra liên kết này",
        "unreadable-file.static": "không đọc được tệp này; hãy kiểm tra tệp còn đó và có quyền đọc",
        "yaml-alias.component": "khối “{component}”: {problem}",
        "yaml-syntax.component": "khối “{component}”: lỗi cú pháp YAML: {problem}",
        "component-parameter.mapping": "khối “{component}”: mỗi tham số viết trên một dòng, dạng “tên: giá trị”",
        "component-parameter.unknown": "khối “{component}” không có tham số “{name}”{hint}; các tham số là: {allowed}",
        "component-parameter.single": "khối “{component}”: tham số “{name}” chỉ nhận một giá trị",
        "component-parameter.no-year": "khối “{component}”: chưa có kết quả đánh giá nào nên “year” (năm) không có giá trị mặc định; hãy ghi “year: <năm>”",
        "component-parameter.year": "khối “{component}”: không có kết quả đánh giá năm “{year}”; các năm có dữ liệu: {years}",
        "component-parameter.no-years": "chưa có",
        "component-parameter.top": "khối “{component}”: “top” (số dòng đầu bảng) phải là số nguyên lớn hơn 0, nhận được “{value}”",
        "component-parameter.kind": "khối “{component}”: không có loại đơn vị “{value}”; dùng agency (cơ quan), enterprise (doanh nghiệp) hoặc school (trường học){hint}",
        "component-parameter.province": "khối “{component}”: không có tỉnh mã “{value}”{hint}",
        "component-parameter.scope": "khối “directives”: “scope” (phạm vi) phải là “national” (toàn quốc) hoặc mã một tỉnh, nhận được “{value}”{hint}",
        "component-parameter.directive-kind": "khối “directives”: không có loại văn bản “{value}”{hint}",
        "component-parameter.chart-of": "khối “chart” (biểu đồ) cần một dòng “of: classes”, “of: provinces” hoặc “of: trend”",
        "component-parameter.chart-of-value": "khối “chart”: “of” phải là classes, provinces hoặc trend, nhận được “{value}”{hint}",
        "unknown-component": "không có khối “{name}” (có phải ý bạn là “{near}”?); các khối là: {components}",
    ]
}
