/// What the keyboard is talking to right now.
public enum BoardMode: Sendable, Hashable {
    /// Moving the selection over lanes and cards.
    case browsing
    /// `m` was pressed: the next digit names the stage.
    case choosingStage
    case carrying(Carry)
    case detail(DetailPane)
    case form(DealForm)
    case choosingLostReason(LostReasonChooser)
    /// Typing the filter; the lanes follow each key.
    case filtering
    case choosingPipeline(selected: Int)
    case help(scroll: Int)
    /// `a`: logging or scheduling an activity.
    case loggingActivity(ActivityPrompt)
    /// `z` snooze until, or `v` park in Revisit with a revisit day.
    case askingDay(DayPrompt)
    /// `Q`: the qualifying answers.
    case qualifying(QualifyForm)
    /// `r`: the daily review.
    case reviewing(ReviewScreen)
    /// `i`: the insights report of the pipeline.
    case insights(InsightsScreen)
    /// `P`: the revenue planner, asking for a goal.
    case planner(PlannerScreen)
    /// `b`: the focused lane's totals by currency, read from the lane with this stage as it reloads.
    case laneBreakdown(stageID: Int64)
}
