#ifndef STAGETUI_CNCURSESW_SHIM_H
#define STAGETUI_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags of ncursesw.pc; without these the wide-character
   API (cchar_t, setcchar, wget_wch, mvwadd_wch) is not declared. */
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <ncursesw/curses.h>

/* Globals and macros do not import into Swift 6 (shared mutable state, or
   function-like macros); these accessors are the only way Swift reads them. */
static inline WINDOW *stagetui_stdscr(void) { return stdscr; }
static inline int stagetui_lines(void) { return LINES; }
static inline int stagetui_cols(void) { return COLS; }
static inline int stagetui_colors(void) { return COLORS; }
static inline int stagetui_color_pairs(void) { return COLOR_PAIRS; }
static inline int stagetui_err(void) { return ERR; }
static inline int stagetui_ok(void) { return OK; }
static inline int stagetui_key_resize(void) { return KEY_RESIZE; }
static inline int stagetui_key_code_yes(void) { return KEY_CODE_YES; }
static inline int stagetui_key_mouse(void) { return KEY_MOUSE; }
static inline attr_t stagetui_a_normal(void) { return A_NORMAL; }
static inline attr_t stagetui_a_bold(void) { return A_BOLD; }
static inline attr_t stagetui_a_dim(void) { return A_DIM; }
static inline attr_t stagetui_a_underline(void) { return A_UNDERLINE; }
static inline attr_t stagetui_a_reverse(void) { return A_REVERSE; }
static inline attr_t stagetui_a_italic(void) { return A_ITALIC; }
static inline attr_t stagetui_a_standout(void) { return A_STANDOUT; }
static inline mmask_t stagetui_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t stagetui_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t stagetui_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t stagetui_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t stagetui_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t stagetui_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int stagetui_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int stagetui_getmaxx(WINDOW *w) { return getmaxx(w); }

#endif
