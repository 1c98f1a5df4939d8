import FunnelStore

extension ServerAddress {
    /// How refusals name the server: `host:port` (`[::1]:5432` for IPv6), or the socket folder and port.
    var hostAndPort: String {
        if isSocketFolder { return "\(host) (port \(port))" }
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// The path of the server's Unix socket in a socket folder, as libpq names it.
    var socketPath: String { "\(host)/.s.PGSQL.\(port)" }
}
