import Pipeline

extension BoardReducer {
    static func carryKey(_ key: Key, _ state: inout BoardState) -> [BoardEffect] {
        switch key {
        case .left, .character("h"), .shiftLeft, .character("H"): return cardCarriedAcross(-1, &state)
        case .right, .character("l"), .shiftRight, .character("L"): return cardCarriedAcross(1, &state)
        case .up, .character("k"): return cardCarriedAlong(-1, &state)
        case .down, .character("j"): return cardCarriedAlong(1, &state)
        case .character(" "), .enter: return dealDropped(&state)
        case .escape: return carryCancelled(&state)
        default:
            state.message = BoardMessage(state.text(.carryingHint))
            return []
        }
    }

    static func cardPickedUp(_ state: inout BoardState) -> [BoardEffect] {
        guard state.mode == .browsing, let lane = state.focused, let deal = lane.selectedDeal else {
            return nothingSelected(&state)
        }
        let carry = Carry(
            deal: deal, fromLane: state.focusedLane, fromIndex: lane.selected,
            toLane: state.focusedLane, toIndex: lane.selected)
        state.mode = .carrying(carry)
        state.message = BoardMessage(state.text(.carrying(title: deal.shownTitle)))
        return []
    }

    /// The cards a carried card can be placed between in a lane: the loaded ones, without the card itself.
    static func placesRange(lane index: Int, carry: Carry, _ state: BoardState) -> ClosedRange<Int> {
        let lane = state.lanes[index]
        let others = lane.deals.filter { $0.id != carry.deal.id }
        return lane.firstIndex...(lane.firstIndex + others.count)
    }

    static func cardCarriedAcross(_ step: Int, _ state: inout BoardState) -> [BoardEffect] {
        guard case .carrying(var carry) = state.mode else { return [] }
        let target = max(0, min(state.lanes.count - 1, carry.toLane + step))
        guard target != carry.toLane else { return [] }
        carry.toLane = target
        let wanted = target == carry.fromLane ? carry.fromIndex : state.lanes[target].selected
        let places = placesRange(lane: target, carry: carry, state)
        carry.toIndex = min(max(wanted, places.lowerBound), places.upperBound)
        state.mode = .carrying(carry)
        state.focusedLane = target
        showFocusedLane(&state)
        return []
    }

    static func cardCarriedAlong(_ step: Int, _ state: inout BoardState) -> [BoardEffect] {
        guard case .carrying(var carry) = state.mode else { return [] }
        let places = placesRange(lane: carry.toLane, carry: carry, state)
        carry.toIndex = min(max(carry.toIndex + step, places.lowerBound), places.upperBound)
        state.mode = .carrying(carry)
        return []
    }

    static func dealDropped(_ state: inout BoardState) -> [BoardEffect] {
        guard case .carrying(let carry) = state.mode else { return [] }
        state.mode = .browsing
        if carry.toLane == carry.fromLane, carry.toIndex == carry.fromIndex {
            state.focusedLane = carry.fromLane
            state.message = BoardMessage(state.text(.staysWhereItWas(title: carry.deal.shownTitle)))
            return []
        }
        let lane = state.lanes[carry.toLane]
        let others = lane.deals.filter { $0.id != carry.deal.id }
        let local = carry.toIndex - lane.firstIndex
        let place: DropPlace
        if local > 0 {
            place = .below(others[local - 1].id)
        } else if carry.toIndex > 0, let first = others.first {
            place = .above(first.id)
        } else {
            place = .top
        }
        state.message = nil
        return [.saveMove(DealMove(deal: carry.deal, toStage: lane.stage, place: place))]
    }

    static func carryCancelled(_ state: inout BoardState) -> [BoardEffect] {
        guard case .carrying(let carry) = state.mode else { return [] }
        state.mode = .browsing
        state.focusedLane = carry.fromLane
        state.lanes[carry.fromLane].selected = carry.fromIndex
        showFocusedLane(&state)
        state.message = BoardMessage(state.text(.putBack(title: carry.deal.shownTitle)))
        return []
    }
}
