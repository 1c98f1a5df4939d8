// The parts of ncursesw that Funnel uses, in a form Swift can import.
//
// SwiftPM drops ncursesw's pkg-config flags, so the wide-character API is switched on here.
// Swift cannot import macros, variadic functions or the `stdscr` global in Swift 6 mode:
// each one Funnel needs has a small `static inline` wrapper below.
#ifndef FUNNEL_CNCURSESW_SHIM_H
#define FUNNEL_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: - The standard screen

static inline WINDOW *funnel_stdscr(void) { return stdscr; }
static inline int funnel_lines(void) { return LINES; }
static inline int funnel_cols(void) { return COLS; }
static inline int funnel_colors(void) { return COLORS; }
static inline int funnel_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Starting

/// True when terminfo knows the terminal type; touches nothing on the terminal.
static inline int funnel_terminfo_knows(const char *term, int fd) {
    int status = 0;
    TERMINAL *saved = cur_term;
    if (setupterm(term, fd, &status) != OK) return 0;
    TERMINAL *probe = cur_term;
    set_curterm(saved);
    del_curterm(probe);
    return 1;
}

/// `newterm` on the process's stdout and stdin (Swift 6 cannot touch the `stdout` global).
static inline SCREEN *funnel_newterm(void) { return newterm(NULL, stdout, stdin); }

/// A string capability of the current terminal (`"rmcup"`, `"cnorm"`), or NULL when it has none.
static inline const char *funnel_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}

// MARK: - Giving the terminal back from a signal handler
//
// `endwin` is not async-signal-safe (it allocates, and takes ncurses' own state mid-update), so a
// handler must not call it. Everything the handler needs is kept here before it is installed:
// the terminal's settings from before curses changed them and the bytes that undo what curses
// sent (leave the alternate screen, show the cursor, plain attributes, no keypad or mouse mode).
// The handler then uses only write(2), tcsetattr(3), signal(2), raise(3) and _exit(2), which
// POSIX lists as async-signal-safe. The state is static in this header: only Terminal.swift may
// call these functions, so one copy of it exists in the program.

typedef struct {
    struct termios settings;
    int descriptor;
    int haveSettings;
    char bytes[1024];
    size_t count;
    volatile sig_atomic_t armed;
} funnel_terminal_saved;

static inline funnel_terminal_saved *funnel_terminal_saved_state(void) {
    static funnel_terminal_saved state;
    return &state;
}

/// Keeps the settings of the terminal on `descriptor`, before curses changes them; 0 when kept.
static inline int funnel_keep_terminal_settings(int descriptor) {
    funnel_terminal_saved *state = funnel_terminal_saved_state();
    state->descriptor = descriptor;
    state->haveSettings = tcgetattr(descriptor, &state->settings) == 0;
    return state->haveSettings ? 0 : -1;
}

/// Keeps the bytes a handler writes to give the screen back (cut at 1024); arms the handlers.
static inline void funnel_keep_terminal_bytes(const char *bytes, size_t count) {
    funnel_terminal_saved *state = funnel_terminal_saved_state();
    state->armed = 0;
    if (count > sizeof(state->bytes)) count = sizeof(state->bytes);
    memcpy(state->bytes, bytes, count);
    state->count = count;
    state->armed = 1;
}

/// Disarms the handlers: curses gives the terminal back itself (`endwin`).
static inline void funnel_forget_terminal(void) { funnel_terminal_saved_state()->armed = 0; }

/// Writes the kept bytes and settings back, once; async-signal-safe.
static inline void funnel_give_terminal_back(void) {
    funnel_terminal_saved *state = funnel_terminal_saved_state();
    if (!state->armed) return;
    state->armed = 0;
    const char *next = state->bytes;
    size_t left = state->count;
    while (left > 0) {
        ssize_t written = write(state->descriptor, next, left);
        if (written > 0) {
            next += written;
            left -= (size_t)written;
        } else if (written < 0 && errno == EINTR) {
            continue;
        } else {
            break;
        }
    }
    if (state->haveSettings) tcsetattr(state->descriptor, TCSANOW, &state->settings);
}

/// SIGTERM, SIGHUP, SIGINT, SIGQUIT: give the terminal back and end with 128 + the signal.
static inline void funnel_terminal_on_quit_signal(int signal_number) {
    funnel_give_terminal_back();
    _exit(128 + signal_number);
}

/// A crash (SIGSEGV, a Swift runtime error's SIGILL or SIGTRAP...): give the terminal back, then
/// die of the same signal as before, with its default action (a core dump where enabled).
static inline void funnel_terminal_on_crash_signal(int signal_number) {
    funnel_give_terminal_back();
    signal(signal_number, SIG_DFL);
    raise(signal_number);
}

/// Installs the handler for `signal_number`, every other signal blocked while it runs; 0 when done.
static inline int funnel_handle_signal(int signal_number, int crash) {
    struct sigaction action;
    memset(&action, 0, sizeof(action));
    action.sa_handler = crash ? funnel_terminal_on_crash_signal : funnel_terminal_on_quit_signal;
    sigfillset(&action.sa_mask);
    return sigaction(signal_number, &action, NULL);
}

// MARK: - Attributes

static inline attr_t funnel_a_normal(void) { return A_NORMAL; }
static inline attr_t funnel_a_bold(void) { return A_BOLD; }
static inline attr_t funnel_a_reverse(void) { return A_REVERSE; }
static inline attr_t funnel_a_underline(void) { return A_UNDERLINE; }
static inline attr_t funnel_a_dim(void) { return A_DIM; }

// MARK: - Drawing one cell

/// Puts one grapheme (up to 7 code points) at y, x with attributes and a colour pair.
static inline int funnel_put_cell(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

// MARK: - Keys

static inline int funnel_key_resize(void) { return KEY_RESIZE; }
static inline int funnel_key_mouse(void) { return KEY_MOUSE; }
static inline int funnel_key_up(void) { return KEY_UP; }
static inline int funnel_key_down(void) { return KEY_DOWN; }
static inline int funnel_key_left(void) { return KEY_LEFT; }
static inline int funnel_key_right(void) { return KEY_RIGHT; }
static inline int funnel_key_sleft(void) { return KEY_SLEFT; }
static inline int funnel_key_sright(void) { return KEY_SRIGHT; }
static inline int funnel_key_home(void) { return KEY_HOME; }
static inline int funnel_key_end(void) { return KEY_END; }
static inline int funnel_key_ppage(void) { return KEY_PPAGE; }
static inline int funnel_key_npage(void) { return KEY_NPAGE; }
static inline int funnel_key_enter(void) { return KEY_ENTER; }
static inline int funnel_key_backspace(void) { return KEY_BACKSPACE; }
static inline int funnel_key_dc(void) { return KEY_DC; }
static inline int funnel_key_btab(void) { return KEY_BTAB; }
static inline int funnel_ok(void) { return OK; }
static inline int funnel_err(void) { return ERR; }

// MARK: - Mouse

static inline mmask_t funnel_mouse_events(void) {
    return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int funnel_mouse_is_click(mmask_t state) { return (state & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int funnel_mouse_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int funnel_mouse_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

#endif
