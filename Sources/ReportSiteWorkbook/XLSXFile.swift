import CXLSXWriter
import Foundation
import ReportSiteModel

/// Writes a `WorkbookPlan` as an `.xlsx` file through libxlsxwriter (with `SheetWriter`, the only code that
/// touches its pointers).
public enum XLSXFile {
    public struct WriteError: Error {
        /// Why the workbook was not written, put into words when shown.
        public var message: Message
    }

    /// Writes `plan` to `path`: into a temporary file beside it, renamed over `path` once complete, so an
    /// interrupted run leaves any earlier file whole.
    public static func write(_ plan: WorkbookPlan, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)").path
        guard let book = workbook_new(temporary) else {
            throw WriteError(message: Message("workbook.cannot-create", ["path": .text(temporary)]))
        }
        var properties = lxw_doc_properties()
        properties.created = time_t(plan.created)
        workbook_set_properties(book, &properties)
        let formats = Formats(book)
        for sheet in plan.sheets {
            guard let ws = workbook_add_worksheet(book, sheet.name) else {
                workbook_close(book)
                unlink(temporary)
                throw WriteError(message: Message("workbook.cannot-add-sheet", ["sheet": .text(sheet.name)]))
            }
            SheetWriter(sheet: ws, formats: formats).write(sheet)
        }
        let status = workbook_close(book)
        guard status == LXW_NO_ERROR else {
            unlink(temporary)
            throw WriteError(message: Message("workbook.cannot-write", ["path": .text(path), "cause": .text(String(cString: lxw_strerror(status)))]))
        }
        guard rename(temporary, path) == 0 else {
            let cause = IOCause.last
            unlink(temporary)
            throw WriteError(message: Message("workbook.cannot-write", ["path": .text(path), "cause": "\(cause)"]))
        }
    }

    /// The cell formats of a workbook, made once.
    struct Formats {
        let header, fixed, input, text, wrapped, title: UnsafeMutablePointer<lxw_format>

        init(_ book: UnsafeMutablePointer<lxw_workbook>) {
            header = workbook_add_format(book)
            format_set_bold(header)
            format_set_text_wrap(header)
            format_set_align(header, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            format_set_bg_color(header, 0xD9E1F2)
            format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
            fixed = workbook_add_format(book)
            format_set_bg_color(fixed, 0xF2F2F2)
            format_set_border(fixed, UInt8(LXW_BORDER_THIN.rawValue))
            input = workbook_add_format(book)
            format_set_unlocked(input)
            format_set_border(input, UInt8(LXW_BORDER_THIN.rawValue))
            // Text input cells hold what was typed, so a code such as 01 keeps its zero.
            text = workbook_add_format(book)
            format_set_unlocked(text)
            format_set_border(text, UInt8(LXW_BORDER_THIN.rawValue))
            format_set_num_format(text, "@")
            wrapped = workbook_add_format(book)
            format_set_text_wrap(wrapped)
            format_set_align(wrapped, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
            title = workbook_add_format(book)
            format_set_bold(title)
            format_set_font_size(title, 13)
        }
    }
}
