import ReportSiteModel
import ReportSiteRender

/// `build-manifest.json`: every file with its size and SHA-256, so a deployment can be verified.
public enum Manifest {
    public static let path = "build-manifest.json"
    /// How every manifest begins: how a folder is known to be ours.
    static let header = "{\n  \"generator\": \"reportsite\",\n"

    public static func file(for files: [OutputFile], hashes known: [String: String] = [:]) -> OutputFile {
        let sorted = files.sorted { $0.path < $1.path }
        let hashes = parallelMap(sorted) { known[$0.path] ?? SHA256.hex($0.bytes) }
        return file(entries: zip(sorted, hashes).map { ($0.path, $0.bytes.count, $1) })
    }

    /// The manifest of files already hashed, in path order. It has a line per file (100,000 and more at
    /// the sizes `make bench` runs, after every page is written, on one core), so the lines are made as
    /// bytes in slices on every core and joined.
    public static func file(entries: [(path: String, size: Int, sha256: String)]) -> OutputFile {
        let sorted = entries.sorted { $0.path < $1.path }
        let slices = stride(from: 0, to: sorted.count, by: linesPerSlice).map { $0..<min($0 + linesPerSlice, sorted.count) }
        let parts = parallelMap(slices) { range -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(range.count * 160)
            for i in range {
                let e = sorted[i]
                out += "    {\"path\": ".utf8
                out += Escape.json(e.path).utf8
                out += ", \"size\": ".utf8
                out += String(e.size).utf8
                out += ", \"sha256\": \"".utf8
                out += e.sha256.utf8
                out += (i == sorted.count - 1 ? "\"}\n" : "\"},\n").utf8
            }
            return out
        }
        var bytes = Array((header + "  \"files\": [\n").utf8)
        bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.count } + 8)
        for part in parts { bytes += part }
        bytes += "  ]\n}\n".utf8
        return OutputFile(path: path, bytes: bytes)
    }

    static let linesPerSlice = 4096
}
