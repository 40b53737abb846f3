import Foundation
import Testing
import ReportSiteBuild
import ReportSiteModel
import ReportSiteRender

/// Damaged copies of a valid site: whatever the bytes, `check` ends with success or content errors,
/// never a trap, and every diagnostic names a file and a line. A failed build leaves Output alone.
///
/// Seeded and bounded: the same mutations every run (byte flips and stray bytes, truncation, duplicated,
/// deleted and swapped lines, swapped delimiters, inserted quotes, BOMs, fences and brackets).
/// `MUTATION_VERBOSE=1` prints each one before it runs, so a crash can be traced to its file and mutation.
private enum MutationBase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = repository.appendingPathComponent("Tests/Fixtures/sites/mutation-base/Content")
    static let templates = repository.appendingPathComponent("Templates").path
    static let seed: UInt64 = 0x5EED_2025
    /// About 300 per file keeps the whole test under a minute in a debug build; `MUTATIONS_PER_FILE` changes it.
    static let mutationsPerFile = ProcessInfo.processInfo.environment["MUTATIONS_PER_FILE"].flatMap { Int($0) } ?? 300
    /// Every this many mutations, also build over an existing Output and compare it afterwards.
    static let buildEvery = 50

    static let files: [String] = {
        guard let e = FileManager.default.enumerator(at: content, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var out: [String] = []
        for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
            out.append(String(url.standardizedFileURL.path.dropFirst(content.standardizedFileURL.path.count + 1)))
        }
        return out.sorted()
    }()

    static func options(_ content: URL, output: URL) -> BuildOptions {
        BuildOptions(content: content.path, templates: templates, output: output.path,
                     context: BuildContext(buildDate: SimpleDate(year: 2025, month: 12, day: 31), version: "test"))
    }
}

/// SplitMix64: small, fast and the same on every platform.
private struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D4_9BB1_3311_1EB
        return z ^ (z >> 31)
    }
}

/// One way of damaging a file, as a content author or a broken export might.
private enum Mutation: CaseIterable {
    case flipByte, setByte, truncate, duplicateLine, deleteLine, swapLines, swapDelimiters, insertSpecial, replaceDigit

    func apply(to bytes: [UInt8], using rng: inout SeededGenerator) -> (bytes: [UInt8], what: String) {
        var b = bytes
        guard !b.isEmpty else { return (Array("\"".utf8), "empty → quote") }
        let at = Int.random(in: 0..<b.count, using: &rng)
        switch self {
        case .flipByte:
            let mask = UInt8.random(in: 1...255, using: &rng)
            b[at] ^= mask
            return (b, "flip byte \(at) ^ \(mask)")
        case .setByte:
            let value = [0x00, 0x09, 0x0A, 0x0D, 0x22, 0x2C, 0x3A, 0x3B, 0x5B, 0x7B, 0x23, 0x2D, 0x80, 0xC3, 0xE1, 0xFF].randomElement(using: &rng) ?? 0
            b[at] = UInt8(value)
            return (b, "set byte \(at) = \(value)")
        case .truncate:
            return (Array(b[..<at]), "truncate at \(at)")
        case .duplicateLine, .deleteLine, .swapLines:
            var lines = b.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            let i = Int.random(in: 0..<lines.count, using: &rng)
            let j = Int.random(in: 0..<lines.count, using: &rng)
            switch self {
            case .duplicateLine: lines.insert(lines[i], at: j)
            case .deleteLine: lines.remove(at: i)
            default: lines.swapAt(i, j)
            }
            return (Array(lines.joined(separator: [0x0A])), "\(self) \(i) \(j)")
        case .swapDelimiters:
            let pairs: [(UInt8, UInt8)] = [(0x2C, 0x3B), (0x3B, 0x2C), (0x3A, 0x20), (0x22, 0x27), (0x20, 0x09), (0x2D, 0x20), (0x0A, 0x2C)]
            let (from, to) = pairs[Int.random(in: 0..<pairs.count, using: &rng)]
            let all = Bool.random(using: &rng)
            if all {
                b = b.map { $0 == from ? to : $0 }
            } else if let k = b[at...].firstIndex(of: from) ?? b.firstIndex(of: from) {
                b[k] = to
            }
            return (b, "swap \(from)→\(to) \(all ? "everywhere" : "once from \(at)")")
        case .insertSpecial:
            let inserts: [[UInt8]] = [Array("\"".utf8), Array("---\n".utf8), Array(": ".utf8), [0xEF, 0xBB, 0xBF], [0x0D],
                                      Array("\n- ".utf8), Array("{{".utf8), Array("```rankng\n".utf8), Array("[x](unit:nope)".utf8),
                                      Array("ế".utf8), [0xFF, 0xFE], Array(String(repeating: "[", count: 200).utf8), Array("\t".utf8)]
            let insert = inserts[Int.random(in: 0..<inserts.count, using: &rng)]
            b.insert(contentsOf: insert, at: at)
            return (b, "insert \(insert.prefix(12)) at \(at)")
        case .replaceDigit:
            if let k = b[at...].firstIndex(where: { (0x30...0x39).contains($0) }) ?? b.firstIndex(where: { (0x30...0x39).contains($0) }) {
                let replacement = Array("Oo,-x99.999".utf8)
                b[k] = replacement[Int.random(in: 0..<replacement.count, using: &rng)]
            }
            return (b, "replace a digit after \(at)")
        }
    }
}

@Suite struct MutationTests {
    @Test func theBaseSiteIsValid() {
        #expect(MutationBase.files.count >= 10)
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("reportsite-mutation-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let result = Pipeline.check(MutationBase.options(MutationBase.content, output: tmp))
        #expect(result.outcome == .success)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test(arguments: MutationBase.files)
    func damagedFileNeverTrapsAndIsReportedWithAPosition(_ file: String) throws {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("reportsite-mutation-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: tmp) }
        let content = tmp.appendingPathComponent("Content")
        let output = tmp.appendingPathComponent("Output")
        try fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        try fm.copyItem(at: MutationBase.content, to: content)
        let target = content.appendingPathComponent(file)
        let original = try [UInt8](Data(contentsOf: target))

        // A good build to protect.
        let first = Pipeline.build(MutationBase.options(content, output: output))
        #expect(first.outcome == .success)
        var goodOutput = snapshot(output)

        // Each file has its own stream, so adding a file does not change the others' mutations.
        var rng = SeededGenerator(state: MutationBase.seed ^ UInt64(truncatingIfNeeded: file.utf8.reduce(5381) { ($0 &* 33) &+ Int($1) }))
        let verbose = ProcessInfo.processInfo.environment["MUTATION_VERBOSE"] == "1"
        var outcomes: [String: Int] = [:]
        for n in 0..<MutationBase.mutationsPerFile {
            let kind = Mutation.allCases[Int.random(in: 0..<Mutation.allCases.count, using: &rng)]
            var (bytes, what) = kind.apply(to: original, using: &rng)
            // Now and then a second mutation on top of the first.
            if Int.random(in: 0..<4, using: &rng) == 0 {
                let second = Mutation.allCases[Int.random(in: 0..<Mutation.allCases.count, using: &rng)]
                let more = second.apply(to: bytes, using: &rng)
                bytes = more.bytes
                what += ", then " + more.what
            }
            let label = "\(file) #\(n): \(what)"
            if verbose { FileHandle.standardError.write(Data("mutation \(label)\n".utf8)) }
            try Data(bytes).write(to: target)

            let build = n % MutationBase.buildEvery == 0
            let result = build ? Pipeline.build(MutationBase.options(content, output: output)) : Pipeline.check(MutationBase.options(content, output: output))
            switch result.outcome {
            case .success: outcomes["success", default: 0] += 1
            case .contentErrors: outcomes["errors", default: 0] += 1
            default: Issue.record("\(label): ended with \(result.outcome)")
            }
            #expect(result.outcome != .success || !result.diagnostics.hasErrors, "\(label)")
            #expect(result.outcome != .contentErrors || result.diagnostics.hasErrors, "\(label)")
            for d in result.diagnostics {
                let named = d.location.file.hasPrefix(content.path) || d.location.file.hasPrefix(MutationBase.templates) || d.location.file.hasPrefix(output.path)
                #expect(named && d.location.line >= 1 && d.location.column >= 1 && !d.message(in: .en).isEmpty, "\(label): \(d)")
            }
            if build {
                if result.outcome == .success {
                    // A good build replaces the protected output; it is the one to protect from now on.
                    goodOutput = snapshot(output)
                } else {
                    #expect(snapshot(output) == goodOutput, "\(label): a failed build changed Output")
                    // Nor left its staging folder behind (it is made early, while references are checked).
                    #expect(Set((try? fm.contentsOfDirectory(atPath: tmp.path)) ?? []) == ["Content", "Output"], "\(label)")
                }
            }
        }
        try Data(original).write(to: target)
        if ProcessInfo.processInfo.environment["MUTATION_VERBOSE"] == "1" { print("\(file): \(outcomes)") }
        // Both outcomes happen, or the mutations are not reaching the checks.
        #expect(outcomes["errors", default: 0] > 0, "\(file): \(outcomes)")
    }
}

/// Every file under `root` with its bytes, to see that a folder did not change.
private func snapshot(_ root: URL) -> [String: Data] {
    var out: [String: Data] = [:]
    guard let e = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
    for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        out[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))] = try? Data(contentsOf: url)
    }
    return out
}
