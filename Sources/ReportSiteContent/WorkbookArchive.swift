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

    /// The message, for an officer.
    func message(ext: String) -> String {
        let kind = ext == "ods" ? "OpenDocument spreadsheet (.ods)" : "Excel workbook (.xlsx)"
        let resave = "open it in the spreadsheet and save it again as \(kind)"
        switch self {
        case .notAZip:
            return "this file is not a readable \(kind) (it may be damaged, protected with a password, or another format renamed); \(resave)"
        case .missingPart(let p):
            return "this \(kind) has no \"\(p)\" part, so it cannot be read; \(resave)"
        case .damaged(let p):
            return "the part \"\(p)\" of this \(kind) is damaged; \(resave)"
        case .tooLarge(let p):
            return "the part \"\(p)\" of this workbook unpacks to more than \(Workbook.maxPartBytes >> 20) MiB, more than a data file may hold; split the data into several files"
        case .badXML(let p, let line):
            return "the part \"\(p)\" of this \(kind) is not valid XML (line \(line)); \(resave)"
        case .tooManyCells(let sheet):
            return "the sheet \"\(sheet)\" spans more than \(Workbook.maxCells) cells, more than a data file may hold; delete the unused rows and columns, or split the data into several files"
        }
    }
}
