/// Something a key does on the board, as named in the config file's `[keys]` table.
///
/// Key bindings name commands (what the user asks for); the board's reducer turns them into its
/// own actions (what happened).
public enum BoardCommand: String, CaseIterable, Sendable, Hashable {
    case selectLeft = "select_left"
    case selectRight = "select_right"
    case selectUp = "select_up"
    case selectDown = "select_down"
    case firstCard = "first_card"
    case lastCard = "last_card"
    case firstLane = "first_lane"
    case lastLane = "last_lane"
    case pageUp = "page_up"
    case pageDown = "page_down"
    case moveNext = "move_next"
    case movePrev = "move_prev"
    case moveToStage = "move_to_stage"
    case pickUp = "pick_up"
    case drop
    case cancel
    case markWon = "mark_won"
    case markLost = "mark_lost"
    case undo
    case redo
    case filter
    case switchPipeline = "switch_pipeline"
    case help
    case quit

    /// The keys of the board's contract (issue 3, docs/keys.md).
    public var defaultKeys: [KeyName] {
        switch self {
        case .selectLeft: [.named(.left), .character("h")]
        case .selectRight: [.named(.right), .character("l")]
        case .selectUp: [.named(.up), .character("k")]
        case .selectDown: [.named(.down), .character("j")]
        case .firstCard: [.character("g")]
        case .lastCard: [.character("G")]
        case .firstLane: [.named(.home)]
        case .lastLane: [.named(.end)]
        case .pageUp: [.named(.pageUp)]
        case .pageDown: [.named(.pageDown)]
        case .moveNext: [.character("L"), .character(">")]
        case .movePrev: [.character("H"), .character("<")]
        case .moveToStage: [.character("m")]
        case .pickUp: [.named(.space)]
        case .drop: [.named(.enter)]
        case .cancel: [.named(.escape)]
        case .markWon: [.character("w")]
        case .markLost: [.character("x")]
        case .undo: [.character("u")]
        case .redo: [.control("r")]
        case .filter: [.character("/")]
        case .switchPipeline: [.character("p")]
        case .help: [.character("?")]
        case .quit: [.character("q"), .control("c")]
        }
    }

    /// One line for the commented defaults file and the help overlay.
    public var summary: String {
        switch self {
        case .selectLeft: "select the lane to the left"
        case .selectRight: "select the lane to the right"
        case .selectUp: "select the card above"
        case .selectDown: "select the card below"
        case .firstCard: "first card of the lane"
        case .lastCard: "last card of the lane"
        case .firstLane: "first lane"
        case .lastLane: "last lane"
        case .pageUp: "a page of cards up"
        case .pageDown: "a page of cards down"
        case .moveNext: "move the deal to the next stage"
        case .movePrev: "move the deal to the previous stage"
        case .moveToStage: "then a digit: move the deal to stage N"
        case .pickUp: "pick the card up to carry it (space also drops it)"
        case .drop: "drop a carried card and save"
        case .cancel: "put a carried card back / clear the filter"
        case .markWon: "mark the deal won"
        case .markLost: "mark the deal lost, with a reason"
        case .undo: "undo the last change"
        case .redo: "redo"
        case .filter: "filter cards as you type"
        case .switchPipeline: "switch pipeline"
        case .help: "help: every key"
        case .quit: "quit"
        }
    }
}
