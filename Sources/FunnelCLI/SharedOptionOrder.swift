/// Lets the options every command shares (`--db`, `--config`) stand before the subcommand too, as in
/// `funnel --db team.sqlite summary`, by moving them behind it before parsing.
///
/// swift-argument-parser reads an option before a subcommand as the default subcommand's (the
/// board's), which then refuses the subcommand's name as an unexpected argument.
enum SharedOptionOrder {
    /// Options that every command takes, each with one value.
    static let shared: Set<String> = ["--db", "--config"]

    /// `arguments` (without the program name) with the shared options that come before the first
    /// subcommand moved to its end (before a `--`, which ends options); unchanged when no
    /// subcommand follows them.
    static func subcommandFirst(_ arguments: [String]) -> [String] {
        var moved: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if shared.contains(argument), index + 1 < arguments.count {
                moved += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first, argument.contains("="),
                      shared.contains(String(name)) {
                moved.append(argument)
                index += 1
            } else {
                break
            }
        }
        guard !moved.isEmpty, index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        var rest = Array(arguments[index...])
        let end = rest.firstIndex(of: "--") ?? rest.endIndex
        rest.insert(contentsOf: moved, at: end)
        return rest
    }
}
