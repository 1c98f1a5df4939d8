// The parts of ncursesw that Funnel uses, in a form Swift can import.
//
// SwiftPM drops ncursesw's pkg-config flags, so the wide-character API is switched on here.
// Swift cannot import macros, variadic functions or the `stdscr` global in Swift 6 mode:
// each one Funnel needs has a small `static inline` wrapper below.
#ifndef FUNNEL_CNCURSESW_SHIM_H
#define FUNNEL_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <stdio.h>
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
