extension Catalogue {
    /// What the commands print: the closing line, counts, refusals of the output folder, init, workbook,
    /// the summary of a flood of alike problems and the command-line mistakes.
    static let viCLI: [String: String] = [
        "summary.done": "{verb}: {files}, {warnings}",
        "summary.errors": "{verb} không thành công: {errors}, {warnings}; chưa ghi gì. Sửa các lỗi ở trên rồi chạy lại.",
        "summary.stopped": "{verb} không thành công: {reason}",
        "count.files.one": "{n} tệp",
        "count.files.other": "{n} tệp",
        "count.errors.one": "{n} lỗi",
        "count.errors.other": "{n} lỗi",
        "count.warnings.one": "{n} cảnh báo",
        "count.warnings.other": "{n} cảnh báo",
        "outcome.unreadable.one": "không đọc được {n} tệp hoặc thư mục (xem dòng ở trên); chưa ghi gì",
        "outcome.unreadable.other": "không đọc được {n} tệp hoặc thư mục (xem các dòng ở trên); chưa ghi gì",
        "outcome.write-output": "không ghi được vào {output}: {cause}",
        "outcome.write-file": "không ghi được tệp {path}",
        "output.folder.content": "dữ liệu",
        "output.folder.templates": "mẫu trang",
        "output.refused.root": "không dùng {output} làm thư mục kết quả: đó là thư mục gốc / hoặc thư mục nhà; hãy chọn thư mục khác bằng --output",
        "output.refused.contains": "không dùng {output} làm thư mục kết quả: nó là hoặc chứa thư mục {folder} {dir}; hãy chọn thư mục khác bằng --output",
        "output.refused.inside": "không dùng {output} làm thư mục kết quả: nó nằm trong thư mục {folder} {dir}; hãy chọn thư mục khác bằng --output",
        "output.not-folder": "{output} đã có và không phải là thư mục; hãy chọn thư mục khác bằng --output",
        "output.not-ours": "{output} không trống và không do reportsite tạo ra (không có build-manifest.json); hãy làm trống thư mục đó hoặc chọn thư mục khác bằng --output",
        "cli.unknown-command": "không có lệnh “{name}”{hint}; các lệnh là: {commands}. Xem “reportsite --help”.",
        "cli.bad-lang-env": "biến môi trường REPORTSITE_LANG phải là vi hoặc en, đang là “{value}”",
        "init.created": """
        Đã tạo trang mới trong {dir}. Tiếp theo:
          cd {dir}
          reportsite build     # tạo trang từ Content/ vào Output/
          reportsite serve     # xem trước tại http://127.0.0.1:8080/
        """,
        "init.not-empty": "thư mục {dir} không trống; init chỉ ghi vào thư mục trống hoặc chưa có",
        "init.not-folder": "{dir} đã có và không phải là thư mục",
        "init.cannot-write": "không ghi được {dir}: {cause}",
        "workbook.wrote": "workbook: đã ghi {file}",
        "workbook.site-errors": "workbook: dữ liệu có {errors}; hãy sửa trước, chưa ghi gì",
        "workbook.unknown-province": "không có tỉnh mã “{id}”{hint}; các mã tỉnh ở tệp provinces.csv",
        "workbook.province-not-in-year": "tỉnh “{id}” không có trong năm {year}",
        "workbook.province-not-in-year.merged": "tỉnh “{id}” không có trong năm {year}; năm đó các đơn vị của tỉnh được tính vào “{successor}”: dùng --province {successor}",
        "workbook.bad-subject": "cần một năm (ví dụ 2025) hoặc “units”, nhận được “{value}”",
        "workbook.cannot-create": "không tạo được {path}",
        "workbook.cannot-add-sheet": "không thêm được trang tính “{sheet}”",
        "workbook.cannot-write": "không ghi được {path}: {cause}",
    ]
}
