/// Interface language of the generated site.
public enum Language: String, Sendable, Hashable {
    case vi
    case en
}

/// Settings from `site.yaml`.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var subtitle: String?
    public var language: Language
    public var baseURL: String?
    public var currentYear: Int?
    public var organization: String?
    public var sample: Bool

    public init(title: String, subtitle: String? = nil, language: Language = .vi, baseURL: String? = nil,
                currentYear: Int? = nil, organization: String? = nil, sample: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.baseURL = baseURL
        self.currentYear = currentYear
        self.organization = organization
        self.sample = sample
    }
}

/// A province or centrally-run city.
public struct Province: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var code: String?
    public var region: String?
    public var from: Int?
    public var until: Int?
    public var mergedInto: String?
    public var location: SourceLocation

    public init(id: String, name: String, code: String? = nil, region: String? = nil, from: Int? = nil,
                until: Int? = nil, mergedInto: String? = nil, location: SourceLocation = SourceLocation(file: "")) {
        self.id = id
        self.name = name
        self.code = code
        self.region = region
        self.from = from
        self.until = until
        self.mergedInto = mergedInto
        self.location = location
    }

    /// spec: a province exists in year Y when from <= Y <= until (missing bounds are open).
    public func exists(in year: Int) -> Bool {
        (from.map { $0 <= year } ?? true) && (until.map { year <= $0 } ?? true)
    }
}

/// Kinds of legal and policy documents.
public enum DirectiveKind: String, Sendable, Hashable, CaseIterable {
    case directive, resolution, conclusion, decree, circular, decision, plan, letter

    /// Accepts the Vietnamese names and the English aliases of the spec.
    public init?(word: String) {
        let w = word.lowercased()
        switch w {
        case "chỉ thị", "directive": self = .directive
        case "nghị quyết", "resolution": self = .resolution
        case "kết luận", "conclusion": self = .conclusion
        case "nghị định", "decree": self = .decree
        case "thông tư", "circular": self = .circular
        case "quyết định", "decision": self = .decision
        case "kế hoạch", "plan": self = .plan
        case "công văn", "letter": self = .letter
        default: return nil
        }
    }

    public static let allWords = [
        "chỉ thị", "nghị quyết", "kết luận", "nghị định", "thông tư", "quyết định", "kế hoạch", "công văn",
        "directive", "resolution", "conclusion", "decree", "circular", "decision", "plan", "letter",
    ]
}

/// A calendar date without time.
public struct SimpleDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` and checks the day exists.
    public static func parse(_ text: String) -> SimpleDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard d <= days else { return nil }
        return SimpleDate(year: y, month: m, day: d)
    }

    public static func < (a: SimpleDate, b: SimpleDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// ISO form `YYYY-MM-DD`.
    public var description: String {
        String(format4(year)) + "-" + two(month) + "-" + two(day)
    }

    private func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    private func format4(_ v: Int) -> String {
        var s = String(v)
        while s.count < 4 { s = "0" + s }
        return s
    }
}

/// A Markdown body with where it starts in its file, so positions inside it are file-absolute.
public struct MarkdownSource: Sendable, Hashable {
    public var text: String
    public var file: String
    /// 1-based line of the first body line in the file.
    public var firstLine: Int

    public init(text: String, file: String, firstLine: Int) {
        self.text = text
        self.file = file
        self.firstLine = firstLine
    }
}

/// A directive, resolution, decree or other document.
public struct Directive: Sendable, Hashable, Identifiable {
    public var id: String
    public var number: String
    public var kind: DirectiveKind
    public var kindWord: String
    public var title: String
    public var issuer: String
    public var issued: SimpleDate
    /// `national` or a province id; nil when not given.
    public var scope: String?
    public var replaces: [String]
    public var source: String?
    public var body: MarkdownSource
    public var location: SourceLocation

    public init(id: String, number: String, kind: DirectiveKind, kindWord: String, title: String, issuer: String,
                issued: SimpleDate, scope: String?, replaces: [String], source: String?, body: MarkdownSource,
                location: SourceLocation) {
        self.id = id
        self.number = number
        self.kind = kind
        self.kindWord = kindWord
        self.title = title
        self.issuer = issuer
        self.issued = issued
        self.scope = scope
        self.replaces = replaces
        self.source = source
        self.body = body
        self.location = location
    }
}

/// Kinds of participating units.
public enum UnitKind: String, Sendable, Hashable, CaseIterable {
    case agency, enterprise, school

    public init?(word: String) {
        switch word.lowercased() {
        case "agency", "cơ quan": self = .agency
        case "enterprise", "doanh nghiệp": self = .enterprise
        case "school", "cơ sở giáo dục", "nhà trường": self = .school
        default: return nil
        }
    }

    public static let allWords = ["agency", "cơ quan", "enterprise", "doanh nghiệp", "school", "cơ sở giáo dục", "nhà trường"]
}

/// Which level manages a unit.
public enum ManagementLevel: String, Sendable, Hashable {
    case province, district
}

/// An agency, enterprise or school taking part in the movement.
public struct SiteUnit: Sendable, Hashable, Identifiable {
    struct Fields: Hashable, Sendable {
        var id: String
        var name: String
        var kind: UnitKind
        var province: String
        var district: String?
        var sector: String?
        var level: ManagementLevel?
        var directives: [String]
        var models: [String]
        var body: MarkdownSource?
        var location: SourceLocation
    }

    /// In a shared box: see CopyOnWrite.
    private var fields: CopyOnWrite<Fields>

    public var id: String {
        get { fields.value.id }
        set { fields.value.id = newValue }
    }
    public var name: String {
        get { fields.value.name }
        set { fields.value.name = newValue }
    }
    public var kind: UnitKind {
        get { fields.value.kind }
        set { fields.value.kind = newValue }
    }
    public var province: String {
        get { fields.value.province }
        set { fields.value.province = newValue }
    }
    public var district: String? {
        get { fields.value.district }
        set { fields.value.district = newValue }
    }
    public var sector: String? {
        get { fields.value.sector }
        set { fields.value.sector = newValue }
    }
    public var level: ManagementLevel? {
        get { fields.value.level }
        set { fields.value.level = newValue }
    }
    public var directives: [String] {
        get { fields.value.directives }
        set { fields.value.directives = newValue }
    }
    public var models: [String] {
        get { fields.value.models }
        set { fields.value.models = newValue }
    }
    public var body: MarkdownSource? {
        get { fields.value.body }
        set { fields.value.body = newValue }
    }
    public var location: SourceLocation {
        get { fields.value.location }
        set { fields.value.location = newValue }
    }

    public init(id: String, name: String, kind: UnitKind, province: String, district: String? = nil,
                sector: String? = nil, level: ManagementLevel? = nil, directives: [String] = [],
                models: [String] = [], body: MarkdownSource? = nil,
                location: SourceLocation = SourceLocation(file: "")) {
        fields = CopyOnWrite(Fields(id: id, name: name, kind: kind, province: province, district: district, sector: sector, level: level, directives: directives, models: models, body: body, location: location))
    }
}

/// One scored criterion of the scheme.
public struct Criterion: Sendable, Hashable {
    public var id: String
    public var name: String
    public var max: Score

    public init(id: String, name: String, max: Score) {
        self.id = id
        self.name = name
        self.max = max
    }
}

/// One class of result ("Xuất sắc", "Khá", …).
public struct ScoreClass: Sendable, Hashable {
    public var id: String
    public var name: String
    public var min: Score

    public init(id: String, name: String, min: Score) {
        self.id = id
        self.name = name
        self.min = min
    }
}

/// A key of the province ranking.
public enum RankingKey: String, Sendable, Hashable, CaseIterable {
    case meanScore = "mean_score"
    case shareExcellent = "share_excellent"
    case shareSafe = "share_safe"
}

/// The assessment scheme from `scheme.yaml`.
public struct Scheme: Sendable, Hashable {
    public var criteria: [Criterion]
    /// Best first; the last has `min` 0.
    public var classes: [ScoreClass]
    public var rankingKeys: [RankingKey]

    public init(criteria: [Criterion], classes: [ScoreClass],
                rankingKeys: [RankingKey] = [.meanScore, .shareExcellent, .shareSafe]) {
        self.criteria = criteria
        self.classes = classes
        self.rankingKeys = rankingKeys
    }

    public var maxTotal: Score { criteria.reduce(.zero) { $0 + $1.max } }

    /// spec: a result takes the first class whose `min` its total reaches.
    public func classFor(total: Score) -> String {
        for c in classes where total >= c.min { return c.id }
        return classes.last?.id ?? ""
    }

    public func scoreClass(id: String) -> ScoreClass? { classes.first { $0.id == id } }
}

/// One unit's result in one year.
public struct Assessment: Sendable, Hashable {
    struct Fields: Hashable, Sendable {
        var unit: String
        var year: Int
        var scores: [Score]
        var givenClass: String?
        var safe: Bool
        var inspected: Bool
        var commended: Bool
        var note: String?
        var location: SourceLocation
    }

    /// In a shared box: see CopyOnWrite.
    private var fields: CopyOnWrite<Fields>

    public var unit: String {
        get { fields.value.unit }
        set { fields.value.unit = newValue }
    }
    public var year: Int {
        get { fields.value.year }
        set { fields.value.year = newValue }
    }
    public var scores: [Score] {
        get { fields.value.scores }
        set { fields.value.scores = newValue }
    }
    public var givenClass: String? {
        get { fields.value.givenClass }
        set { fields.value.givenClass = newValue }
    }
    public var safe: Bool {
        get { fields.value.safe }
        set { fields.value.safe = newValue }
    }
    public var inspected: Bool {
        get { fields.value.inspected }
        set { fields.value.inspected = newValue }
    }
    public var commended: Bool {
        get { fields.value.commended }
        set { fields.value.commended = newValue }
    }
    public var note: String? {
        get { fields.value.note }
        set { fields.value.note = newValue }
    }
    public var location: SourceLocation {
        get { fields.value.location }
        set { fields.value.location = newValue }
    }

    public init(unit: String, year: Int, scores: [Score], givenClass: String? = nil, safe: Bool = false,
                inspected: Bool = false, commended: Bool = false, note: String? = nil,
                location: SourceLocation = SourceLocation(file: "")) {
        fields = CopyOnWrite(Fields(unit: unit, year: year, scores: scores, givenClass: givenClass, safe: safe, inspected: inspected, commended: commended, note: note, location: location))
    }

    public var total: Score { scores.reduce(.zero, +) }
}

/// A narrative report or a free page.
public struct Document: Sendable, Hashable, Identifiable {
    public enum Section: String, Sendable, Hashable {
        case reports, pages
    }

    public var id: String
    public var section: Section
    public var title: String
    public var date: SimpleDate?
    public var summary: String?
    public var weight: Int
    public var body: MarkdownSource
    public var location: SourceLocation

    public init(id: String, section: Section, title: String, date: SimpleDate? = nil, summary: String? = nil,
                weight: Int = 0, body: MarkdownSource, location: SourceLocation) {
        self.id = id
        self.section = section
        self.title = title
        self.date = date
        self.summary = summary
        self.weight = weight
        self.body = body
        self.location = location
    }
}

/// A file under `static/` to copy as is.
public struct StaticFile: Sendable, Hashable {
    /// Path relative to `static/`, with `/` separators.
    public var relativePath: String
    public var sourcePath: String

    public init(relativePath: String, sourcePath: String) {
        self.relativePath = relativePath
        self.sourcePath = sourcePath
    }
}

/// Everything loaded from Content/, validated.
public struct Site: Sendable {
    public var settings: SiteSettings
    public var scheme: Scheme
    public var provinces: [Province]
    public var directives: [Directive]
    public var units: [SiteUnit]
    public var assessments: [Assessment]
    public var reports: [Document]
    public var pages: [Document]
    public var staticFiles: [StaticFile]

    public init(settings: SiteSettings, scheme: Scheme, provinces: [Province], directives: [Directive] = [],
                units: [SiteUnit] = [], assessments: [Assessment] = [], reports: [Document] = [],
                pages: [Document] = [], staticFiles: [StaticFile] = []) {
        self.settings = settings
        self.scheme = scheme
        self.provinces = provinces
        self.directives = directives
        self.units = units
        self.assessments = assessments
        self.reports = reports
        self.pages = pages
        self.staticFiles = staticFiles
    }

    /// Years with at least one assessment, ascending.
    public var years: [Int] { Array(Set(assessments.map(\.year))).sorted() }

    /// The year the home page shows: `current_year`, else the latest assessed year.
    public var currentYear: Int? { currentYear(years: years) }

    /// The current year given the site's `years`, for callers that have them already.
    public func currentYear(years: [Int]) -> Int? { settings.currentYear ?? years.last }
}
