extension Catalogue {
    /// `reportsite serve`: its console lines and the error overlay in the browser.
    static let viServe: [String: String] = [
        "serve.public-host": "phục vụ trên {host} thì máy khác cũng xem được bản xem trước; hãy dùng 127.0.0.1 nếu không cố ý",
        "serve.bad-port": "--port phải là số từ 0 đến 65535",
        "serve.cannot-listen": "không mở được bản xem trước trên {host}:{port}: {cause}",
        "serve.unknown-address": "máy này không có địa chỉ “{host}”",
        "serve.cause": "{cause}",
        "serve.stopped": "đã dừng",
        "serve.serving": "Đang phục vụ trang tại {url}  (nhấn Ctrl-C để dừng)",
        "serve.built": "đã tạo {files} tệp trong {ms} ms (đọc {parsed} tệp, dựng {mode}, ghi {written})",
        "serve.rebuilt": "đã tạo lại {files} tệp trong {ms} ms (đọc {parsed} tệp, dựng {mode}, ghi {written})",
        "serve.rebuild-failed": "tạo lại không thành công: {errors}; vẫn đang phục vụ bản tốt gần nhất",
        "serve.changed": "có thay đổi: {files}",
        "serve.write-failed": "không ghi được vào {output}: {cause}",
        "serve.overlay.title": "reportsite: lần sửa vừa rồi làm trang bị lỗi; đây là bản tốt gần nhất. Sửa các lỗi dưới đây rồi lưu lại, trang sẽ tự tải lại.",
    ]
}
