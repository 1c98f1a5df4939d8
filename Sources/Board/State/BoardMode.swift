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
}
