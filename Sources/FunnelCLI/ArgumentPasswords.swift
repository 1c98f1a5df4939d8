import Foundation
import FunnelStore

/// Hides the passwords of server URLs in the process's own arguments, as the MySQL client does with `-p`.
///
/// `/proc/PID/cmdline`, which `ps` and `top` show to every user of the machine, reads the arguments'
/// memory as it is now: once each password byte is overwritten with `x`, `ps` shows
/// `postgresql://sam:xxxxxx@db/sales`. Swift keeps its own copy in `CommandLine.arguments`, which the
/// run reads before this and goes on using; there is a moment, between `exec` and this call, when the
/// password can still be seen, which is why `PGPASSWORD` and `~/.pgpass` are the better homes for it.
enum ArgumentPasswords {
    /// Overwrites every password in `argv[1...]` in place.
    static func hide(argc: Int32 = CommandLine.argc, argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = CommandLine.unsafeArgv) {
        for index in 1..<max(1, Int(argc)) {
            guard let argument = argv[index] else { continue }
            let length = strlen(argument)
            let bytes = UnsafeMutableRawPointer(argument).bindMemory(to: UInt8.self, capacity: length)
            let ranges = ConnectionURL.passwordRanges(in: Array(UnsafeBufferPointer(start: bytes, count: length)))
            for range in ranges {
                for offset in range { bytes[offset] = UInt8(ascii: "x") }
            }
        }
    }
}
