import Foundation
import ReportSiteBuild
import ReportSiteRender

/// Paths inside the repository, found from this file so trees stay as committed.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var templates: String { root.appendingPathComponent("Templates").path }
    static func fixture(_ name: String) -> URL { root.appendingPathComponent("Tests/Fixtures/sites/\(name)") }
    /// The Content folder of a fixture site, as a path.
    static func content(_ name: String) -> String { fixture(name).appendingPathComponent("Content").path }
    static var golden: URL { root.appendingPathComponent("Tests/Fixtures/golden") }
}

/// A temporary folder removed when the test ends.
final class TempDir {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ rel: String) -> String { url.appendingPathComponent(rel).path }

    /// Copies a fixture site's Content into this folder and returns its path.
    func copyFixture(_ name: String) throws -> String {
        let dest = url.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: Repo.fixture(name).appendingPathComponent("Content"), to: dest)
        return dest.path
    }
}

/// Every file under `root` (relative path → bytes).
func tree(_ root: String) -> [String: Data] {
    var out: [String: Data] = [:]
    let base = URL(fileURLWithPath: root)
    guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
    for case let url as URL in e {
        guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
        let rel = String(url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1))
        out[rel] = try? Data(contentsOf: url)
    }
    return out
}

func options(content: String, output: String, strict: Bool = false) -> BuildOptions {
    BuildOptions(content: content, templates: Repo.templates, output: output, strict: strict,
                 context: BuildContext(buildDate: nil, version: "test"))
}
