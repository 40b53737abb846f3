import Foundation
import ReportSiteModel

/// Ids are slugs so that no id can leave the output folder.
public enum Slug {
    /// nil when `id` is a valid slug, else what is wrong with it in plain words.
    public static func problem(_ id: String) -> Message? {
        if id.isEmpty { return Message("slug.empty") }
        // Characters are never more than UTF-8 bytes: counting them (grapheme breaking) only for a long id.
        if id.utf8.count > 120, id.count > 120 { return Message("slug.too-long", ["start": .text(String(id.prefix(40)))]) }
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9", "-", "_": continue
            case "A"..."Z":
                // A suggestion must itself be valid: "Khá" lowercased still has a mark.
                let lower = id.lowercased()
                let hint = problem(lower) == nil ? suggestion(lower) : suggestion(make(from: id))
                return Message("slug.capitals", ["id": .text(Printable.clip(id)), "hint": hint])
            default:
                return Message("slug.characters", ["id": .text(Printable.clip(id)), "hint": suggestion(make(from: id))])
            }
        }
        // Only ASCII is left here: the first byte is the first character, without grapheme breaking.
        if id.utf8.first == UInt8(ascii: "-") || id.utf8.first == UInt8(ascii: "_") { return Message("slug.start", ["id": .text(id)]) }
        return nil
    }

    /// " (try "slug")", or nothing when `slug` is empty.
    static func suggestion(_ slug: String) -> Message.Argument {
        slug.isEmpty ? .text("") : .message(Message("slug.try", ["id": .text(slug)]))
    }

    /// A slug made from any text: diacritics dropped, đ → d, runs of other characters → "-".
    public static func make(from text: String) -> String {
        var out = ""
        var dash = false
        for ch in text.lowercased() {
            let base: String
            if ch == "đ" { base = "d" } else {
                base = String(String(ch).decomposedScalarsBase)
            }
            for scalar in base.unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    out.unicodeScalars.append(scalar)
                    dash = false
                } else if !dash, !out.isEmpty {
                    out.append("-")
                    dash = true
                }
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
