/// Suggests the closest known name for a misspelt one ("did you mean").
public enum Suggestion {
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates.sorted() {
            let d = distance(target, Array(candidate.lowercased().unicodeScalars))
            if best == nil || d < best!.1 { best = (candidate, d) }
        }
        guard let (name, d) = best else { return nil }
        let limit = max(2, target.count / 3)
        return d <= limit ? name : nil
    }

    /// The "did you mean" that ends a message (its `{hint}`): the closest candidate, or nothing.
    public static func hint(for word: String, in candidates: [String]) -> Message.Argument {
        hint(closest(to: word, in: candidates))
    }

    /// " (did you mean "name"?)" for a name already chosen, or nothing.
    public static func hint(_ name: String?) -> Message.Argument {
        name.map { .message(Message("hint.did-you-mean", ["name": .text($0)])) } ?? .text("")
    }

    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
