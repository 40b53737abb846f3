import ReportSiteModel
import Foundation
import ZIPFoundation

/// The zip container of an `.xlsx` or `.ods` file, read through ZIPFoundation with a bound on what it
/// may unpack: a part larger than `Workbook.maxPartBytes` (whatever its header claims) stops the read,
/// so a zip bomb costs at most that much memory.
struct WorkbookArchive {
    let archive: Archive

    init(path: String) throws {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw WorkbookError.notAZip
        }
    }

    func has(_ path: String) -> Bool { archive[path] != nil }

    /// The bytes of `path`, or nil when the archive has no such part.
    func part(_ path: String) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        let limit = Workbook.maxPartBytes
        if entry.uncompressedSize > UInt64(limit) { throw WorkbookError.tooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // The header's size may lie; what is unpacked is counted too.
                if data.count + chunk.count > limit { throw WorkbookError.tooLarge(path) }
                data.append(chunk)
            }
        } catch let e as WorkbookError {
            throw e
        } catch {
            throw WorkbookError.damaged(path)
        }
        return data
    }
}

/// Why a workbook could not be read at all.
enum WorkbookError: Error, Equatable {
    case notAZip
    case missingPart(String)
    case damaged(String)
    case tooLarge(String)
    case badXML(String, line: Int)
    case tooManyCells(sheet: String)

    /// The message, for an officer; `ods` names an OpenDocument spreadsheet, else an Excel workbook.
    func message(ods: Bool) -> Message {
        let kind: Message.Argument = .message(Message(ods ? "workbook.kind.ods" : "workbook.kind.xlsx"))
        switch self {
        case .notAZip: return Message("unreadable-workbook", ["kind": kind])
        case .missingPart(let p): return Message("unreadable-workbook.missing-part", ["kind": kind, "part": .text(p)])
        case .damaged(let p): return Message("unreadable-workbook.damaged", ["kind": kind, "part": .text(p)])
        case .tooLarge(let p): return Message("unreadable-workbook.too-large", ["part": .text(p), "mib": .int(Workbook.maxPartBytes >> 20)])
        case .badXML(let p, let line): return Message("unreadable-workbook.bad-xml", ["kind": kind, "part": .text(p), "line": .text(String(line))])
        case .tooManyCells(let sheet): return Message("unreadable-workbook.too-many-cells", ["sheet": .text(sheet), "max": .int(Workbook.maxCells)])
        }
    }
}
