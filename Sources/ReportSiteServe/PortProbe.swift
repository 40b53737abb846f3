import Foundation
import ReportSiteModel

/// Whether the server could listen on an address, asked before anything is built: a busy port is refused
/// at once, in plain words, instead of after a whole build with the socket library's text.
enum PortProbe {
    /// Why `host:port` cannot be listened on, or nil when it can (or when the port is 0, any free one).
    static func problem(host: String, port: Int) -> Message? {
        guard port != 0 else { return nil }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let first = found else {
            return Message("serve.unknown-address", ["host": .text(host)])
        }
        defer { freeaddrinfo(found) }
        let fd = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard fd >= 0 else { return Message("serve.cause", ["cause": .message(IOCause.last.message)]) }
        defer { close(fd) }
        // As the server's own socket: an address left in TIME_WAIT by a previous run is not busy.
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        if bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) != 0 { return Message("serve.cause", ["cause": .message(IOCause.last.message)]) }
        return nil
    }
}
