import Pipeline
import Wording

/// The qualification form: the four answers, each with its key, and the temperature they give.
public struct QualifyView: ScreenView {
    public var form: QualifyForm
    public var language: Language

    public init(form: QualifyForm, language: Language = .english) {
        self.form = form
        self.language = language
    }

    func say(_ text: Text) -> String { text.rendered(in: language) }

    /// An answer in the form's language: `yes`, `no`, `unknown` in English, as before.
    func answer(_ answer: Qualification.Answer) -> String {
        guard language != .english else { return answer.rawValue }
        return switch answer {
        case .yes: say(.answerYes)
        case .no: say(.answerNo)
        case .unknown: say(.answerUnknown)
        }
    }

    /// A temperature's word in the form's language.
    func word(_ temperature: Temperature) -> String {
        guard language != .english else { return temperature.rawValue }
        return switch temperature {
        case .hot: say(.temperatureHot)
        case .warm: say(.temperatureWarm)
        case .cold: say(.temperatureCold)
        }
    }

    public func draw(on screen: inout Screen, in area: Rect) {
        let box = area.centered(width: 48, height: 10)
        screen.fill(box, style: CellStyle(.overlay))
        screen.box(box, title: say(.qualifyTitle(title: form.deal.shownTitle)))
        let inner = box.inset(by: 1)
        guard inner.height >= 7 else { return }
        let q = form.qualification
        let rows: [(String, String, Qualification.Answer)] = [
            ("b", say(.qualifyBudget), q.budget), ("a", say(.qualifyAuthority), q.authority), ("n", say(.qualifyNeed), q.need),
            ("t", say(.qualifyTiming), q.timing),
        ]
        for (index, row) in rows.enumerated() {
            screen.put("[\(row.0)] \(DisplayWidth.padded(row.1, to: 10)) \(answer(row.2))", x: inner.x + 1, y: inner.y + index, limit: inner.width - 2)
        }
        let temperature = say(.qualifyTemperature(
            temperature: "\(form.temperature.symbol) \(word(form.temperature))", byHand: form.temperatureByHand != nil))
        screen.put("[h] " + temperature, x: inner.x + 1, y: inner.y + 5, style: CellStyle(bold: true), limit: inner.width - 2)
        screen.put(say(.promptHintSave), x: inner.x + 1, y: inner.maxY - 1, style: CellStyle(.dim), limit: inner.width - 2)
    }
}
