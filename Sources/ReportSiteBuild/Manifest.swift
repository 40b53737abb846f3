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

    /// The manifest of files already hashed, in path order.
    public static func file(entries: [(path: String, size: Int, sha256: String)]) -> OutputFile {
        let sorted = entries.sorted { $0.path < $1.path }
        var out = header + "  \"files\": [\n"
        out.reserveCapacity(out.utf8.count + sorted.count * 150)
        for (i, e) in sorted.enumerated() {
            // Appended piece by piece: the manifest has a line per file (100,000 and more).
            out += "    {\"path\": "
            out += Escape.json(e.path)
            out += ", \"size\": "
            out += String(e.size)
            out += ", \"sha256\": \""
            out += e.sha256
            out += i == sorted.count - 1 ? "\"}\n" : "\"},\n"
        }
        out += "  ]\n}\n"
        return OutputFile(path: path, text: out)
    }
}
