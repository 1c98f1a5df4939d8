import Board
import CNcursesw

/// What one read from the terminal brought.
enum TerminalInput {
    case key(Key)
    case resized
    case mouse(x: Int, y: Int, click: Bool, wheelDown: Bool?)
    case nothing
}

/// Turns ncurses' wide-character input (`wget_wch`) into board keys.
enum KeyDecoder {
    static func read(_ window: UnsafeMutablePointer<WINDOW>) -> TerminalInput {
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == funnel_err() { return .nothing }
        let value = Int32(bitPattern: code)
        if result == KEY_CODE_YES { return special(value) }
        return character(UInt32(code))
    }

    static func special(_ code: Int32) -> TerminalInput {
        switch code {
        case funnel_key_resize(): return .resized
        case funnel_key_mouse():
            var event = MEVENT()
            guard getmouse(&event) == funnel_ok() else { return .nothing }
            let state = event.bstate
            if funnel_mouse_is_wheel_up(state) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), click: false, wheelDown: false) }
            if funnel_mouse_is_wheel_down(state) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), click: false, wheelDown: true) }
            if funnel_mouse_is_click(state) != 0 { return .mouse(x: Int(event.x), y: Int(event.y), click: true, wheelDown: nil) }
            return .nothing
        case funnel_key_up(): return .key(.up)
        case funnel_key_down(): return .key(.down)
        case funnel_key_left(): return .key(.left)
        case funnel_key_right(): return .key(.right)
        case funnel_key_sleft(): return .key(.shiftLeft)
        case funnel_key_sright(): return .key(.shiftRight)
        case funnel_key_home(): return .key(.home)
        case funnel_key_end(): return .key(.end)
        case funnel_key_ppage(): return .key(.pageUp)
        case funnel_key_npage(): return .key(.pageDown)
        case funnel_key_enter(): return .key(.enter)
        case funnel_key_backspace(): return .key(.backspace)
        case funnel_key_dc(): return .key(.delete)
        case funnel_key_btab(): return .key(.backTab)
        default: return .nothing
        }
    }

    static func character(_ code: UInt32) -> TerminalInput {
        switch code {
        case 27: return .key(.escape)
        case 13, 10: return .key(.enter)
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        case 1...26:
            return .key(.control(Character(Unicode.Scalar(code + 96)!)))
        default:
            guard let scalar = Unicode.Scalar(code), code >= 32 else { return .nothing }
            return .key(.character(Character(scalar)))
        }
    }
}
