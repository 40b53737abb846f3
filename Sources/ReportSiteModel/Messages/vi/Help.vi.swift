extension Catalogue {
    /// `--help` of every command and option, and the words of the argument parser itself.
    static let viHelp: [String: String] = [
        "help.root.abstract": "Tạo trang báo cáo của Phong trào toàn dân bảo vệ an ninh Tổ quốc từ hai thư mục Content/ (dữ liệu) và Templates/ (mẫu trang).",
        "help.root.discussion": """
        Ví dụ:
          reportsite init bao-cao     tạo một trang mới trong thư mục bao-cao
          reportsite check            kiểm tra dữ liệu, không ghi gì
          reportsite serve            xem trước tại http://127.0.0.1:8080/
          reportsite build            tạo trang vào thư mục Output/ để đăng

        Ngôn ngữ của thông báo: --lang vi hoặc --lang en; nếu không có thì theo biến môi trường \
        REPORTSITE_LANG, rồi theo “language” trong site.yaml; mặc định là tiếng Việt.
        """,
        "help.option.content": "Thư mục dữ liệu (site.yaml, đơn vị, kết quả…).",
        "help.option.templates": "Thư mục mẫu trang (.mustache).",
        "help.option.lang": "Ngôn ngữ của thông báo và hướng dẫn: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: biến REPORTSITE_LANG, rồi “language” trong site.yaml, rồi vi.",
        "help.option.strict": "Coi mọi cảnh báo là lỗi.",
        "help.build.abstract": "Tạo trang vào thư mục kết quả (chỉ khi dữ liệu không có lỗi).",
        "help.build.discussion": """
        Ví dụ:
          reportsite build
          reportsite build --output /srv/bao-cao --strict
        Có lỗi thì không ghi gì: trang đã đăng vẫn nguyên như trước.
        """,
        "help.build.output": "Thư mục kết quả; được thay toàn bộ khi tạo trang thành công.",
        "help.check.abstract": "Đọc và kiểm tra toàn bộ dữ liệu, dựng thử các trang trong bộ nhớ, không ghi gì.",
        "help.check.discussion": """
        Ví dụ:
          reportsite check
          reportsite check --format json > van-de.json
        Mỗi vấn đề một dòng: tệp:dòng:cột: error|warning: nội dung.
        """,
        "help.check.format": "text: mỗi vấn đề một dòng; json: một mảng JSON, mỗi vấn đề một đối tượng có file, line, column, severity, code và message.",
        "help.serve.abstract": "Tạo trang, mở xem trước trên máy này, tự tạo lại và tải lại trang khi dữ liệu thay đổi.",
        "help.serve.discussion": """
        Ví dụ:
          reportsite serve
          reportsite serve --port 0      (chọn một cổng còn trống)
        Mở địa chỉ in ra trong trình duyệt; nhấn Ctrl-C để dừng.
        """,
        "help.serve.output": "Thư mục kết quả.",
        "help.serve.port": "Cổng để phục vụ; 0 để chọn một cổng còn trống.",
        "help.serve.host": "Địa chỉ để phục vụ (mặc định chỉ máy này).",
        "help.init.abstract": "Tạo một trang mới chạy được ngay (Content và Templates) trong một thư mục trống.",
        "help.init.discussion": """
        Ví dụ:
          reportsite init bao-cao
          cd bao-cao && reportsite serve
        """,
        "help.init.directory": "Thư mục để tạo trang; phải trống hoặc chưa có.",
        "help.workbook.abstract": "Tạo bảng tính .xlsx để nhập kết quả một năm (YEAR) hoặc danh sách đơn vị (units).",
        "help.workbook.discussion": """
        Ví dụ:
          reportsite workbook 2025 --province hue     ghi ket-qua-2025-hue.xlsx
          reportsite workbook units                   ghi don-vi.xlsx
        Điền xong, lưu và đặt tệp vào Content/assessments/2025/ (hoặc Content/units/), rồi chạy \
        “reportsite check”. Hướng dẫn: docs/nhap-ket-qua-bang-tinh.md.
        """,
        "help.workbook.subject": "Năm (ví dụ 2025) hoặc units (danh sách đơn vị).",
        "help.workbook.province": "Chỉ các đơn vị của tỉnh này (mã tỉnh, ví dụ hue).",
        "help.workbook.output": "Tệp .xlsx được tạo (mặc định ket-qua-YEAR[-PROVINCE].xlsx hoặc don-vi[-PROVINCE].xlsx).",
        // The argument parser's own words.
        "parser.overview": "GIỚI THIỆU:",
        "parser.usage": "CÁCH DÙNG:",
        "parser.arguments": "ĐỐI SỐ:",
        "parser.subcommand": "<lệnh>",
        "parser.options": "TÙY CHỌN:",
        "parser.subcommands": "CÁC LỆNH:",
        "parser.show-help": "Xem hướng dẫn này.",
        "parser.show-version": "Xem phiên bản.",
        "parser.more-information": "Xem “{command}” để biết thêm.",
        "parser.see-help": "Xem “{command} <lệnh>” để có hướng dẫn chi tiết.",
        "parser.default": "(mặc định: {value})",
        "parser.values": "(giá trị: {values})",
        "parser.values-default": "(giá trị: {values}; mặc định: {value})",
        "parser.error": "Lỗi:",
        "parser.error-help": "Hướng dẫn:",
        "parser.error-usage": "Cách dùng:",
        "parser.unknown-option": "không có tùy chọn “{name}”; xem “--help” để biết các tùy chọn",
        "parser.unexpected-argument": "không dùng được “{name}” ở đây; xem “--help”",
        "parser.missing-argument": "thiếu “{name}”",
        "parser.missing-value": "thiếu giá trị sau “{name}”",
        "parser.invalid-value": "giá trị “{value}” không dùng được cho “{name}”",
        "parser.choose-one": "; hãy chọn một trong: {values}",
    ]
}
