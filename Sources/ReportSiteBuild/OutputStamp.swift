import Glibc

/// The identity of an output's `build-manifest.json` (device, inode, size, modification and change times).
/// Every commit that changes anything replaces the manifest, so while the stamp `serve` took after its last
/// commit still matches, no other run has changed the output, and files `serve` has not rendered anew since
/// need no comparison. The change time cannot be set back by hand.
public struct OutputStamp: Equatable, Sendable {
    let values: [Int]

    /// The stamp of the manifest in `output`, nil when there is none.
    init?(output: String) {
        var st = stat()
        guard lstat(output + "/" + Manifest.path, &st) == 0 else { return nil }
        values = [Int(st.st_dev), Int(st.st_ino), Int(st.st_size), st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
                  st.st_ctim.tv_sec, st.st_ctim.tv_nsec]
    }
}
