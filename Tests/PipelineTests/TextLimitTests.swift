import Testing
@testable import Pipeline

/// Issue 14 item 11: a limit of 200 characters let one character carry 400 KB of combining marks.
@Suite("Text limits count characters and bytes")
struct TextLimitTests {
    /// One base letter and `count` combining acute accents: one character, `1 + 2 × count` bytes.
    static func marked(_ count: Int) -> String { "a" + String(repeating: "\u{301}", count: count) }

    @Test func aCharacterHeavyWithMarksIsRefusedByItsBytes() {
        let title = Self.marked(200_000)
        #expect(title.count == 1)
        #expect {
            try Deal.validTitle(title)
        } throws: { error in
            let message = (error as? PipelineError)?.description ?? ""
            return message.contains("200 characters and 1600 bytes") && message.contains("400001 bytes") && message.count < 300
        }
    }

    @Test("every limited field refuses text over its bytes", arguments: [("organization", 200), ("notes", 10_000), ("phone", 40), ("reason", 100)])
    func everyFieldBoundsItsBytes(field: String, limit: Int) throws {
        let tooHeavy = Self.marked(limit * TextLimit.bytesPerCharacter / 2)
        #expect(tooHeavy.count == 1)
        #expect {
            try Deal.validText(tooHeavy, field: field, maxLength: limit)
        } throws: { error in
            let message = (error as? PipelineError)?.description ?? ""
            return message.contains(field) && message.contains("\(limit * TextLimit.bytesPerCharacter) bytes")
        }
        // Exactly at the byte limit: accepted.
        let atLimit = Self.marked((limit * TextLimit.bytesPerCharacter - 1) / 2)
        #expect(try Deal.validText(atLimit, field: field, maxLength: limit) == atLimit)
    }

    @Test func namesOfStagesAndPipelinesBoundTheirBytes() {
        #expect(throws: PipelineError.self) { try Stage.validName(Self.marked(300), what: "pipeline") }
        #expect(throws: PipelineError.self) { try Stage.validName(String(repeating: "x", count: 61)) }
        #expect(throws: PipelineError.self) { try Deal.validEmail("a@b.c" + Self.marked(1_100)) }
    }

    /// The byte bound never refuses ordinary text of the allowed length: CJK (3 bytes), accented Latin
    /// written with combining marks (3 bytes), emoji (4 bytes) and flags (8 bytes).
    @Test func textOfTheAllowedLengthInAnyScriptStaysAccepted() throws {
        for character in ["汉", "e\u{301}", "😀", "🇯🇵", "x"] {
            let title = String(repeating: character, count: 200)
            #expect(try Deal.validTitle(title) == title, "\(character)")
        }
        #expect(try Stage.validName(String(repeating: "阶", count: 60)).count == 60)
        #expect(throws: PipelineError.self) { try Deal.validTitle(String(repeating: "汉", count: 201)) }
    }
}
