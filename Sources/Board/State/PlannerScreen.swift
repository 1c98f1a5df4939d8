import Pipeline

/// The revenue planner (`P`): a goal typed by the user and the plan the store worked out for it.
public struct PlannerScreen: Sendable, Hashable {
    /// The longest goal one can type: 40 characters, and their bytes (marks typed on one character count).
    public static let goalLimit = TextLimit(characters: 40)

    /// The goal as typed: `250k`, `100k EUR`, `EUR 1.5m`.
    public var goalField: TextField
    public var plan: RevenuePlan?
    /// Why the last goal could not be planned, in words for the user.
    public var problem: String?
    /// First plan line shown.
    public var scroll: Int

    public init(goal: String = "", plan: RevenuePlan? = nil, problem: String? = nil, scroll: Int = 0) {
        goalField = TextField(goal)
        self.plan = plan
        self.problem = problem
        self.scroll = scroll
    }

    /// The goal as typed; setting it puts the cursor at its end.
    public var goal: String {
        get { goalField.text }
        set { goalField = TextField(newValue) }
    }

    /// Reads the typed goal: an amount with an optional ISO currency code before or after it (default USD).
    public static func parseGoal(_ text: String, decimalSeparator: DecimalSeparator? = nil) throws(PipelineError) -> Money {
        try RevenueGoal.parse(text, decimalSeparator: decimalSeparator)
    }
}
