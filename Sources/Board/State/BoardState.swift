import Foundation
import Pipeline
import Wording

/// Everything the board shows and remembers, as plain values: the reducer's input and output.
public struct BoardState: Sendable, Equatable {
    /// The window size in cells.
    public var width: Int
    public var height: Int
    public var now: Date
    /// The user's time zone: it decides which day "today" is for due dates and snoozes.
    public var timeZone: TimeZone
    public var keyMap: KeyMap
    /// What cards show (`card_fields`), how days are shown (`date_format`) and the first day of
    /// the week for due-date shortcuts (`week_starts_on`): plain values from the config file.
    public var cardFields: [CardField]
    public var dateFormat: DateFormat
    public var weekStartsOn: Weekday
    /// The language every view and message of the board speaks, chosen once at start.
    public var language: Language
    /// The config's `decimal_separator`: how the deal form reads and writes values.
    public var decimalSeparator: DecimalSeparator?
    /// The pipeline asked for on the command line; nil for the first one.
    public var requestedPipeline: String?
    /// Nil until the first load arrives.
    public var pipeline: Pipeline?
    public var pipelines: [Pipeline]
    public var lanes: [Lane]
    public var focusedLane: Int
    /// The leftmost lane on screen when lanes do not all fit.
    public var firstVisibleLane: Int
    /// Text matched against title, organization, person and owner; empty for none.
    /// The `/` filter as typed, with its cursor.
    public var filterField: TextField
    /// The `/` filter's text; setting it puts the cursor at its end.
    public var filter: String {
        get { filterField.text }
        set { filterField = TextField(newValue) }
    }
    /// `s`: only stalled deals are shown (lanes, counts and totals).
    public var stalledOnly: Bool
    /// The person using the board (`funnel whoami`): new deals' owner, and whose deals `o` shows.
    public var salesperson: Salesperson?
    /// `o`: only the salesperson's deals and the unowned ones are shown (lanes, counts, totals, stalled counts).
    public var mineOnly = false
    /// Whose deals the lanes show: the salesperson under `o`, nil for everyone's.
    public var shownMine: Salesperson? { mineOnly ? salesperson : nil }
    public var mode: BoardMode
    public var message: BoardMessage?
    /// Changes of this session that `u` can take back, latest last.
    public var undoStack: [UndoEntry]
    public var redoStack: [UndoEntry]
    /// The deal the selection should land on after the next load (it just moved or was created).
    public var follow: Int64?
    /// True while a reload asked for by another process's write is on its way: a selected deal
    /// missing from it was changed elsewhere, and the message says so.
    public var reloadingForOutsideChange: Bool
    /// True while the database server cannot be reached: the status bar says so (`storeUnreachable`).
    public var serverLost = false
    /// The last change-log entry the board has seen: after a reload for others' writes, the entries after it say
    /// who did what on the message line. Nil when the board announces nothing (`--snapshot`).
    public var lastSeenChange: Int64?
    /// Filled by the stalled-deals work; empty until then.
    public var badges: [Int64: CardBadges]
    /// Stalled deals per stage id, once known.
    public var stalledCounts: [Int64: Int]
    /// True when the pipeline's deals have more than one owner: each card shows its owner's initials.
    public var severalOwners = false
    /// True once the board asked to quit.
    public var isFinished: Bool

    public init(
        width: Int, height: Int, now: Date, timeZone: TimeZone = TimeZone(identifier: "UTC")!, keyMap: KeyMap = .standard,
        requestedPipeline: String? = nil, cardFields: [CardField] = CardField.defaults, dateFormat: DateFormat = .iso,
        weekStartsOn: Weekday = .monday, language: Language = .english, decimalSeparator: DecimalSeparator? = nil
    ) {
        self.language = language
        self.cardFields = cardFields
        self.decimalSeparator = decimalSeparator
        self.dateFormat = dateFormat
        self.weekStartsOn = weekStartsOn
        self.width = width
        self.height = height
        self.now = now
        self.timeZone = timeZone
        self.keyMap = keyMap
        self.requestedPipeline = requestedPipeline
        pipeline = nil
        pipelines = []
        lanes = []
        focusedLane = 0
        firstVisibleLane = 0
        filterField = TextField()
        stalledOnly = false
        mode = .browsing
        message = nil
        undoStack = []
        redoStack = []
        follow = nil
        reloadingForOutsideChange = false
        badges = [:]
        stalledCounts = [:]
        isFinished = false
    }

    /// A text in the board's language.
    public func text(_ text: Text) -> String { text.rendered(in: language) }

    /// The layout for the current window size.
    public var layout: BoardLayout { BoardLayout(width: width, height: height, laneCount: lanes.count) }

    public var focused: Lane? { lanes.indices.contains(focusedLane) ? lanes[focusedLane] : nil }

    /// The selected deal, when one is on screen.
    public var selectedDeal: Deal? { focused?.selectedDeal }

    /// Open deals and totals over every lane (filter-aware); the totals are nil when a currency's lanes add up
    /// to more than 64 bits hold (`MoneyTotals.tooLarge`).
    public var openTotals: (count: Int, total: MoneyTotals?) {
        var total: MoneyTotals? = MoneyTotals()
        var count = 0
        for lane in lanes {
            count += lane.count
            do { try total?.add(lane.summary.total) } catch { total = nil }
        }
        return (count, total)
    }
}
