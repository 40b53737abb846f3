import Foundation

extension String {
    /// The text with combining marks removed (Huế → Hue), for slugs.
    var decomposedScalarsBase: String {
        var out = String.UnicodeScalarView()
        for scalar in decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(scalar.value) {
            out.append(scalar)
        }
        return String(out)
    }
}
