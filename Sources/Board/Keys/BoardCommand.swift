import Wording

/// What a key asks the board to do while browsing lanes; key maps bind keys to these names.
///
/// The raw values are the names a configuration file uses (`move_next = ["L", ">"]`).
public enum BoardCommand: String, Sendable, Hashable, CaseIterable {
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
    case halfPageUp = "half_page_up"
    case halfPageDown = "half_page_down"
    case moveNext = "move_next"
    case movePrevious = "move_previous"
    case moveToStage = "move_to_stage"
    case pickUp = "pick_up"
    case openDetail = "open_detail"
    case newDeal = "new_deal"
    case editDeal = "edit_deal"
    case markWon = "mark_won"
    case markLost = "mark_lost"
    case undo = "undo"
    case redo = "redo"
    case filter = "filter"
    case clearFilter = "clear_filter"
    case switchPipeline = "switch_pipeline"
    case logActivity = "log_activity"
    case stalledFilter = "stalled_filter"
    case myDeals = "my_deals"
    case snooze = "snooze"
    case park = "park"
    case qualify = "qualify"
    case review = "review"
    case openInsights = "open_insights"
    case openPlanner = "open_planner"
    case laneBreakdown = "lane_breakdown"
    case help = "help"
    case quit = "quit"

    /// One line for the help overlay, in English (the config file's comments).
    public var summary: String { summary(in: .english) }

    /// One line for the help overlay in a language.
    public func summary(in language: Language) -> String { helpText.rendered(in: language) }

    /// The help line's text.
    var helpText: Text {
        switch self {
        case .selectLeft: .commandSelectLeft
        case .selectRight: .commandSelectRight
        case .selectUp: .commandSelectUp
        case .selectDown: .commandSelectDown
        case .firstCard: .commandFirstCard
        case .lastCard: .commandLastCard
        case .firstLane: .commandFirstLane
        case .lastLane: .commandLastLane
        case .pageUp: .commandPageUp
        case .pageDown: .commandPageDown
        case .halfPageUp: .commandHalfPageUp
        case .halfPageDown: .commandHalfPageDown
        case .moveNext: .commandMoveNext
        case .movePrevious: .commandMovePrevious
        case .moveToStage: .commandMoveToStage
        case .pickUp: .commandPickUp
        case .openDetail: .commandOpenDetail
        case .newDeal: .commandNewDeal
        case .editDeal: .commandEditDeal
        case .markWon: .commandMarkWon
        case .markLost: .commandMarkLost
        case .undo: .commandUndo
        case .redo: .commandRedo
        case .filter: .commandFilter
        case .clearFilter: .commandClearFilter
        case .switchPipeline: .commandSwitchPipeline
        case .logActivity: .commandLogActivity
        case .stalledFilter: .commandStalledFilter
        case .myDeals: .commandMyDeals
        case .snooze: .commandSnooze
        case .park: .commandPark
        case .qualify: .commandQualify
        case .review: .commandReview
        case .openInsights: .commandOpenInsights
        case .openPlanner: .commandOpenPlanner
        case .laneBreakdown: .commandLaneBreakdown
        case .help: .commandHelp
        case .quit: .commandQuit
        }
    }
}
