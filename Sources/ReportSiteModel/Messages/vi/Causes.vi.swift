extension Catalogue {
    /// Các phần dùng chung: nguyên nhân lỗi hệ thống, “có phải là”, danh sách trong ngoặc kép, lỗi
    /// liên kết, và dòng tóm tắt nhiều lỗi giống nhau (ReportSiteModel).
    static let viCauses: [String: String] = [
        "io.permission-denied": "không có quyền truy cập",
        "io.not-found": "không tồn tại",
        "io.not-a-folder": "một phần của đường dẫn là tệp, không phải thư mục",
        "io.is-a-folder": "đây là thư mục, không phải tệp",
        "io.disk-full": "ổ đĩa đã hết chỗ trống",
        "io.read-only": "ổ đĩa chỉ cho phép đọc",
        "io.link-loop": "đây là liên kết vòng quanh, trỏ mãi về chính nó",
        "io.name-too-long": "tên quá dài",
        "io.too-many-open": "đang mở quá nhiều tệp",
        "io.input-output": "không đọc hoặc ghi được ổ đĩa (lỗi vào/ra)",
        "io.port-in-use": "cổng đang được chương trình khác dùng; chọn cổng khác bằng --port, hoặc --port 0 để lấy cổng trống bất kỳ",
        "io.address-not-here": "địa chỉ này không thuộc máy tính này",
        "io.not-regular": "đây không phải tệp thông thường",
        "io.in-the-way": "đã có một tệp cùng tên chắn chỗ",
        "io.other": "{detail}",
        "hint.did-you-mean": " (có phải là “{name}”?)",
        "quoted": "“{text}”",
        "list.more": "{first}, {rest}",
        "list.or": "{first} hoặc {last}",
        "link.unsafe-scheme": "không cho phép liên kết “{scheme}”",
        "link.traversal": "“..” dẫn ra ngoài thư mục static; hãy ghi đường dẫn tới một tệp trong thư mục static/ của nội dung, ví dụ “static/ct-03.pdf”",
        "floods.more.line": "còn {count} vấn đề giống dòng trên{sheet}, ở dòng {lines}; lệnh “reportsite check --format json” liệt kê đầy đủ",
        "floods.more.lines": "còn {count} vấn đề giống dòng trên{sheet}, ở các dòng {lines}; lệnh “reportsite check --format json” liệt kê đầy đủ",
        "floods.of-sheet": " của trang tính “{sheet}”",
    ]
}
