import ReportSiteModel

/// What rendering needs beyond the content: the build date and options, passed down, never global.
public struct BuildContext: Sendable {
    /// From SOURCE_DATE_EPOCH when set; nil means no date is shown.
    public var buildDate: SimpleDate?
    public var version: String

    public init(buildDate: SimpleDate? = nil, version: String = "") {
        self.buildDate = buildDate
        self.version = version
    }

    /// The calendar date (UTC) of a Unix time.
    public static func date(fromEpoch seconds: Int64) -> SimpleDate {
        var days = seconds / 86_400
        if seconds < 0 && seconds % 86_400 != 0 { days -= 1 }
        // Civil-from-days (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return SimpleDate(year: Int(m <= 2 ? y + 1 : y), month: Int(m), day: Int(d))
    }
}
