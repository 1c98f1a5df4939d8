import Foundation

extension PostgresTestCluster {
    /// Pauses the whole server (the postmaster and every backend) with SIGSTOP, as a hung machine or a cut network
    /// looks to a client: connections stay open and nothing answers. Returns the paused processes for `resume`.
    /// For a `startSeparate()` cluster.
    public func pauseServer() throws -> [pid_t] {
        let pidFile = folder.appendingPathComponent("data/postmaster.pid").path
        guard let first = try String(contentsOfFile: pidFile, encoding: .utf8).split(separator: "\n").first,
              let postmaster = pid_t(first.trimmingCharacters(in: .whitespaces)) else {
            throw PostgresClusterFailure(message: "no postmaster pid in \(pidFile)")
        }
        var paused = [postmaster]
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
            guard let pid = pid_t(entry), let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            // After "pid (name) state ppid ...": the parent is the second field after the name.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == postmaster { paused.append(pid) }
        }
        for pid in paused { kill(pid, SIGSTOP) }
        return paused
    }

    /// Lets processes paused by `pauseServer` run again.
    public func resume(_ paused: [pid_t]) {
        for pid in paused { kill(pid, SIGCONT) }
    }
}
