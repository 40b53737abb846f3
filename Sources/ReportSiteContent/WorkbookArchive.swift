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
