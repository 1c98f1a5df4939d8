import Foundation

extension Deal {
    /// True while the deal is snoozed: before its snooze day.
    public func isSnoozed(today: CalendarDay) -> Bool {
        guard let snoozedUntil else { return false }
        return today < snoozedUntil
    }

    /// Where the deal's next step stands: the state of its earliest planned activity, or `.none`.
    public func nextActivityState(now: Date, timeZone: TimeZone) -> NextActivityState {
        nextActivityState(at: LocalNow(now, in: timeZone))
    }

    /// Where the deal's next step stands at a moment read on the user's clock.
    public func nextActivityState(at local: LocalNow) -> NextActivityState {
        nextActivityDue?.state(at: local) ?? .none
    }

    /// Sets the four qualifying answers; the temperature follows them unless it was set by hand.
    public mutating func qualify(_ qualification: Qualification) {
        self.qualification = qualification
        followQualification()
    }

    /// Lets the temperature follow the qualification (`Qualification.impliedTemperature`) unless it was set by hand:
    /// the one place this rule is applied, by every way a deal is made, edited, qualified or imported.
    public mutating func followQualification() {
        if !temperatureSetByHand { temperature = qualification.impliedTemperature }
    }

    /// Sets the temperature by hand, or with nil lets it follow the qualification again.
    public mutating func setTemperature(byHand temperature: Temperature?) {
        if let temperature {
            self.temperature = temperature
            temperatureSetByHand = true
        } else {
            temperatureSetByHand = false
            followQualification()
        }
    }
}
