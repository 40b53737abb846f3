import Foundation

enum BoolWords {
    static func parse(_ s: String) -> Bool? {
        // The words spreadsheets write, as they are, before trimming and lowercasing.
        switch s {
        case "true", "TRUE", "x", "1": return true
        case "false", "FALSE", "", "0": return false
        default: break
        }
        switch s.trimmingCharacters(in: " \t").lowercased() {
        case "true", "yes", "có", "x", "1", "đúng", "on": return true
        case "false", "no", "không", "", "0", "sai", "off": return false
        default: return nil
        }
    }
}
