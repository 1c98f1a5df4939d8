import Foundation
import Testing
@testable import Pipeline

/// Issue 18 "Who": the one rule for the name of the person using Funnel, and which deals are theirs.
@Suite("Salesperson: who is using Funnel, and their deals")
struct SalespersonTests {
    @Test("the config's user comes first")
    func configFirst() {
        let found = Salesperson.resolve(configured: "Li Wei", environment: "Sam", fullName: "Samuel Patel,,,", login: "sam")
        #expect(found == Salesperson(name: "Li Wei", source: .config))
    }

    @Test("FUNNEL_USER without a config user")
    func environmentSecond() {
        let found = Salesperson.resolve(configured: nil, environment: "王芳", fullName: "Samuel Patel,,,", login: "sam")
        #expect(found?.name == "王芳")
        #expect(found?.source == .environment)
    }

    @Test("the login's full name, the GECOS field before its first comma, without either")
    func fullNameThird() {
        let found = Salesperson.resolve(configured: nil, environment: nil, fullName: "Samuel Patel,Room 12,555-0100,", login: "sam")
        #expect(found?.name == "Samuel Patel")
        #expect(found?.source == .fullName)
    }

    @Test("the login name when the full name is empty (or only commas and spaces), or missing")
    func loginLast() {
        for gecos in ["", ",,,", "  ,Room 12", nil] as [String?] {
            let found = Salesperson.resolve(configured: nil, environment: nil, fullName: gecos, login: "sam")
            #expect(found == Salesperson(name: "sam", source: .login), "GECOS \(String(describing: gecos))")
        }
    }

    @Test("an empty or blank candidate is skipped, not taken as a name")
    func blankSkipped() {
        let found = Salesperson.resolve(configured: "  ", environment: "", fullName: "\t", login: "sam")
        #expect(found?.source == .login)
        #expect(Salesperson.resolve(configured: nil, environment: " ", fullName: nil, login: "") == nil)
    }

    @Test("a name is cleaned: controls made visible, trimmed, cut to an owner's 200 characters")
    func cleaned() {
        #expect(Salesperson.cleaned("  Li Wei \n") == "Li Wei")
        #expect(Salesperson.cleaned("Evil\u{1B}[2J") == "Evil␛[2J")
        #expect(Salesperson.cleaned("a\u{202E}b") == "a�b")
        #expect(Salesperson.cleaned(String(repeating: "名", count: 250))?.count == 200)
        #expect(Salesperson.cleaned("\u{1B}")?.isEmpty == false)
        #expect(Salesperson.cleaned(" \t ") == nil)
    }

    @Test("my deals: those I own in any case, and those nobody owns; not someone else's")
    func owns() {
        let me = Salesperson(name: "Li Wei", source: .config)!
        #expect(me.owns(owner: "Li Wei"))
        #expect(me.owns(owner: "li wei"))
        #expect(me.owns(owner: " LI WEI "))
        #expect(me.owns(owner: nil))
        #expect(me.owns(owner: ""))
        #expect(!me.owns(owner: "Li Wei Jr"))
        #expect(!me.owns(owner: "Sam"))
        let élodie = Salesperson(name: "Élodie", source: .config)!
        #expect(élodie.owns(owner: "élodie"))
        #expect(élodie.foldedName == "élodie")
    }

    @Test("me and 我 stand for the user wherever an owner is given; other text is itself", arguments: [
        ("me", "Li Wei"), ("Me", "Li Wei"), (" ME ", "Li Wei"), ("我", "Li Wei"), ("meg", "meg"), ("Sam", "Sam"), ("", ""),
    ])
    func ownerGiven(text: String, expected: String) {
        #expect(Salesperson(name: "Li Wei", source: .config)!.owner(given: text) == expected)
    }
}
