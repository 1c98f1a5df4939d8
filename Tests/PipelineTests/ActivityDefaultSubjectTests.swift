import Pipeline
import Testing
import Wording

/// An activity saved without a subject gets its kind's name in the language Funnel speaks, and keeps it.
@Suite("Activities: the default subject follows the language")
struct ActivityDefaultSubjectTests {
    @Test func anActivityWithoutASubjectIsNamedInTheLanguageSpoken() {
        let english = Activity(dealID: 1, kind: .call, due: nil, doneAt: Timestamp.date(seconds: 0), createdAt: Timestamp.date(seconds: 0))
        #expect(english.subject == "Call")
        let chinese = Language.$current.withValue(.simplifiedChinese) {
            Activity(dealID: 1, kind: .call, due: nil, doneAt: Timestamp.date(seconds: 0), createdAt: Timestamp.date(seconds: 0))
        }
        #expect(chinese.subject == "电话")
        #expect(Activity.Kind.sms.title(in: .english) == "SMS")
    }

    @Test func aDefaultSubjectInEitherLanguageFollowsAChangeOfKind() throws {
        for language in Language.allCases {
            var activity = Activity(dealID: 1, kind: .call, due: nil, doneAt: Timestamp.date(seconds: 0), createdAt: Timestamp.date(seconds: 0))
            activity.subject = Activity.Kind.call.title(in: language)
            let edited = try ActivityEdit(kind: .email).applied(to: activity)
            #expect(edited.subject == Activity.Kind.email.title, "a \(language) default subject stayed \(edited.subject)")
        }
        var typed = Activity(dealID: 1, kind: .call, due: nil, doneAt: Timestamp.date(seconds: 0), createdAt: Timestamp.date(seconds: 0))
        typed.subject = "Call Bob"
        #expect(try ActivityEdit(kind: .email).applied(to: typed).subject == "Call Bob")
    }
}
