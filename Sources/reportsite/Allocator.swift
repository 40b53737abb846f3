#if canImport(CMimalloc)
import CMimalloc
#endif

/// Settings of the allocator the executable links (mimalloc on Linux; docs/decisions.md, 43 and 92).
enum Allocator {
    /// For a run that builds once and exits (`build`, `check`): memory freed during the run stays with the
    /// process until it exits. By default mimalloc hands freed pages back to the kernel within milliseconds,
    /// and a build allocates again at once, so each page came back zeroed on its next touch: at 100,000
    /// units, about a gigabyte more of page faults and zeroing in the kernel. `serve` keeps the default,
    /// so that memory freed between rebuilds goes back to the system.
    static func keepFreedMemory() {
        #if canImport(CMimalloc)
        mi_option_disable(mi_option_allow_decommit)
        #endif
    }
}
