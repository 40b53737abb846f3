import ReportSiteModel

/// What could not be read, so that cross-checks do not report its consequences as more mistakes.
///
/// A unit whose record has a bad field is already reported; its assessment naming it is not an
/// "unknown unit" as well. Once the first mistake is fixed, the next check sees everything again.
struct Gaps: Sendable {
    /// Ids of records that were reported and dropped.
    var brokenProvinces: Set<String> = []
    var brokenDirectives: Set<String> = []
    var brokenUnits: Set<String> = []
    /// Units named by assessment records that were reported and dropped.
    var assessedUnits: Set<String> = []
    /// A whole file (or the part after an unreadable spot) of this kind could not be read: any id may be missing.
    var provincesIncomplete = false
    var directivesIncomplete = false
    var unitsIncomplete = false
    var assessmentsIncomplete = false
    /// The references that could be read from records dropped for another mistake (a unit's province and
    /// directives, an assessment's unit): still checked, so an unknown id in such a record is reported in
    /// the same run rather than after the first mistake is fixed.
    var danglingProvinces: [Located<String>] = []
    var danglingDirectives: [Located<String>] = []
    var danglingUnits: [Located<String>] = []

    /// A folder or file under the top folder `top` could not be read (docs/decisions.md, 53): what it held
    /// may be anything of its kind. An unreadable unit folder is not followed by an "unknown unit" for
    /// every assessment of its units.
    mutating func markUnread(top: String) {
        switch top {
        case "units": unitsIncomplete = true
        case "directives": directivesIncomplete = true
        case "assessments": assessmentsIncomplete = true
        case "provinces.yaml", "provinces.yml", "provinces.csv": provincesIncomplete = true
        default: break
        }
    }

    mutating func merge(_ other: Gaps) {
        brokenProvinces.formUnion(other.brokenProvinces)
        brokenDirectives.formUnion(other.brokenDirectives)
        brokenUnits.formUnion(other.brokenUnits)
        assessedUnits.formUnion(other.assessedUnits)
        provincesIncomplete = provincesIncomplete || other.provincesIncomplete
        directivesIncomplete = directivesIncomplete || other.directivesIncomplete
        unitsIncomplete = unitsIncomplete || other.unitsIncomplete
        assessmentsIncomplete = assessmentsIncomplete || other.assessmentsIncomplete
        danglingProvinces += other.danglingProvinces
        danglingDirectives += other.danglingDirectives
        danglingUnits += other.danglingUnits
    }

    /// Keeps the references of a unit record that was dropped, read where they can be (diagnostics of
    /// this reading are already reported by the record's reader).
    mutating func keepReferences(ofUnit record: RawRecord) {
        var r = FieldReader(record, what: .unit, allowed: record.fields.map(\.name))
        if let p = r.slug("province") { danglingProvinces.append(p) }
        danglingDirectives += r.slugList("directives")
    }

    /// Keeps the unit of an assessment record that was dropped.
    mutating func keepReferences(ofAssessment record: RawRecord) {
        var r = FieldReader(record, what: .assessment, allowed: record.fields.map(\.name))
        if let u = r.slug("unit") { danglingUnits.append(u) }
    }

    func mayExist(province id: String) -> Bool { provincesIncomplete || brokenProvinces.contains(id) }
    func mayExist(directive id: String) -> Bool { directivesIncomplete || brokenDirectives.contains(id) }
    func mayExist(unit id: String) -> Bool { unitsIncomplete || brokenUnits.contains(id) }
    func mayBeAssessed(unit id: String) -> Bool { assessmentsIncomplete || assessedUnits.contains(id) }
    /// A unit that could not be read may have implemented any directive.
    var unitsMissing: Bool { unitsIncomplete || !brokenUnits.isEmpty }

    /// The ids a record may go by when it could not be read: its `id` (or `unit`) value, else the one
    /// its file name gives, and that name made into a slug, which is what other files probably use.
    static func names(_ record: RawRecord?, field: String = "id", fileStem: String? = nil) -> [String] {
        var out: [String] = []
        if let record, let f = record.field(field), case .scalar(let s) = f.value {
            out.append(s.trimmingCharacters(in: " \t"))
        } else if let fileStem {
            out.append(fileStem)
            out.append(Slug.make(from: fileStem))
        }
        return out.filter { !$0.isEmpty }
    }
}
