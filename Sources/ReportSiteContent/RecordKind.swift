import ReportSiteModel

/// What a record is, named in messages ("unknown column "x" in unit").
enum RecordKind: Sendable {
    case siteSettings, scheme, criterion, scoreClass, ranking
    case province, directive, unit, assessment, report, page

    var message: Message {
        switch self {
        case .siteSettings: return Message("record.site")
        case .scheme: return Message("record.scheme")
        case .criterion: return Message("record.criterion")
        case .scoreClass: return Message("record.class")
        case .ranking: return Message("record.ranking")
        case .province: return Message("record.province")
        case .directive: return Message("record.directive")
        case .unit: return Message("record.unit")
        case .assessment: return Message("record.assessment")
        case .report: return Message("record.report")
        case .page: return Message("record.page")
        }
    }
}
