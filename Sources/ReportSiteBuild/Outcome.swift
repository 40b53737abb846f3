import ReportSiteModel

/// How a run ended, mapped to the exit status by the executable.
public enum Outcome: Sendable, Equatable {
    /// 0: done (warnings allowed).
    case success
    /// 1: the content has errors; nothing was published.
    case contentErrors
    /// 2: wrong usage, such as an output folder that must not be replaced.
    case usage(Message)
    /// 3: an I/O or internal failure.
    case failure(Message)

    public var exitCode: Int32 {
        switch self {
        case .success: return 0
        case .contentErrors: return 1
        case .usage: return 2
        case .failure: return 3
        }
    }
}
