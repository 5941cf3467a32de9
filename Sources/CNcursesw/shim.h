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

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* term.h defines macros named like common identifiers (lines, columns, ...). */
#undef lines
#undef columns

/* Globals and macros do not import into Swift 6 (shared mutable state, or
   function-like macros); these accessors are the only way Swift reads them. */
static inline WINDOW *stagetui_stdscr(void) { return stdscr; }
static inline WINDOW *stagetui_curscr(void) { return curscr; }
static inline int stagetui_lines(void) { return LINES; }
static inline int stagetui_cols(void) { return COLS; }
static inline int stagetui_colors(void) { return COLORS; }
static inline int stagetui_color_pairs(void) { return COLOR_PAIRS; }
static inline int stagetui_err(void) { return ERR; }
static inline int stagetui_ok(void) { return OK; }
static inline int stagetui_key_resize(void) { return KEY_RESIZE; }
static inline int stagetui_key_code_yes(void) { return KEY_CODE_YES; }
static inline int stagetui_key_mouse(void) { return KEY_MOUSE; }
static inline int stagetui_key_f0(void) { return KEY_F0; }
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
static inline mmask_t stagetui_button2_clicked(void) { return BUTTON2_CLICKED; }
static inline mmask_t stagetui_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t stagetui_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t stagetui_button3_clicked(void) { return BUTTON3_CLICKED; }
static inline mmask_t stagetui_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t stagetui_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t stagetui_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t stagetui_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline mmask_t stagetui_button_shift(void) { return BUTTON_SHIFT; }
static inline mmask_t stagetui_button_ctrl(void) { return BUTTON_CTRL; }
static inline mmask_t stagetui_button_alt(void) { return BUTTON_ALT; }
static inline int stagetui_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int stagetui_getmaxx(WINDOW *w) { return getmaxx(w); }

/* Writes one cell: up to CCHARW_MAX code points (a grapheme), attributes and an
   extended colour pair (passed through setcchar's opts, so pairs above 32767 work). */
static inline int stagetui_put_cell(int y, int x, const wchar_t *text, attr_t attrs, int pair) {
  cchar_t cell;
  wchar_t buffer[CCHARW_MAX + 1];
  int count = 0;
  while (count < CCHARW_MAX && text[count] != 0) {
    buffer[count] = text[count];
    count++;
  }
  buffer[count] = 0;
  int extended = pair;
  if (setcchar(&cell, buffer, attrs, 0, &extended) == ERR) return ERR;
  return mvwadd_wch(stdscr, y, x, &cell);
}

/* Sends a terminfo string capability (e.g. "smcup") at once, if the terminal has it. */
static inline void stagetui_put_capability(const char *name) {
  char *value = tigetstr((char *)name);
  if (value == NULL || value == (char *)-1) return;
  fflush(stdout);
  putp(value);
  fflush(stdout);
}

/* ---------------------------------------------------------------------------
   Terminal safety. The state below has internal linkage, so every Swift object
   file that calls these functions would get its own copy: StageTerminal calls
   them from a single file (TerminalGuard.swift) only.

   Handlers only touch sig_atomic_t flags (lock-free atomics where another
   thread writes them too), a self-pipe, tcsetattr(), write(), sigaction(),
   sigprocmask(), raise(), kill() and _exit(), all async-signal-safe.
   --------------------------------------------------------------------------- */

struct stagetui_guard_state {
  volatile sig_atomic_t quit_signal;
  volatile sig_atomic_t redraw_requested;
  volatile sig_atomic_t active;
  volatile sig_atomic_t updating;
  volatile sig_atomic_t stop_deferred;
  int tty_fd;
  int have_termios;
  struct termios saved_termios;
  int wake_pipe[2];
  char reset_sequence[256];
  size_t reset_length;
  int saved_stderr;
  int stderr_buffer;
};

/* One state per program (a function-local static with a non-zero initialiser,
   which Swift's C code generation emits reliably, unlike zero-filled globals). */
static inline struct stagetui_guard_state *stagetui_guard(void) {
  static struct stagetui_guard_state state = {
      .tty_fd = -1, .wake_pipe = {-1, -1}, .saved_stderr = -1, .stderr_buffer = -1};
  return &state;
}

/* Puts the terminal back as the shell had it: saved termios, then the reset strings. */
static void stagetui_restore_from_signal(void) {
  if (stagetui_guard()->have_termios) tcsetattr(stagetui_guard()->tty_fd, TCSAFLUSH, &stagetui_guard()->saved_termios);
  if (stagetui_guard()->reset_length > 0) {
    ssize_t ignored = write(stagetui_guard()->tty_fd, stagetui_guard()->reset_sequence, stagetui_guard()->reset_length);
    (void)ignored;
  }
}

/* Points standard error back at the terminal and writes out what was written to it while
   the UI ran (a crash message included), so it appears on the main screen after the UI. */
static void stagetui_release_stderr(void) {
  int saved = stagetui_guard()->saved_stderr;
  int buffer = stagetui_guard()->stderr_buffer;
  if (saved < 0 || buffer < 0) return;
  stagetui_guard()->saved_stderr = -1;
  stagetui_guard()->stderr_buffer = -1;
  dup2(saved, STDERR_FILENO);
  close(saved);
  char bytes[4096];
  if (lseek(buffer, 0, SEEK_SET) == 0) {
    ssize_t count;
    while ((count = read(buffer, bytes, sizeof bytes)) > 0) {
      ssize_t written = 0;
      while (written < count) {
        ssize_t step = write(STDERR_FILENO, bytes + written, (size_t)(count - written));
        if (step <= 0) break;
        written += step;
      }
      if (written < count) break;
    }
  }
  close(buffer);
}

/* Sends standard error to an unlinked temporary file while the UI runs: a message written
   on the alternate screen would vanish with it (and garble the panes meanwhile). */
static void stagetui_capture_stderr(void) {
  if (stagetui_guard()->stderr_buffer >= 0) return;
  const char *directory = getenv("TMPDIR");
  if (directory == NULL || directory[0] == 0 || strlen(directory) > 200) directory = "/tmp";
  char path[256];
  strcpy(path, directory);
  strcat(path, "/stagetui-stderr-XXXXXX");
  int buffer = mkstemp(path);
  if (buffer < 0) return;
  unlink(path);
  fcntl(buffer, F_SETFD, FD_CLOEXEC);
  int saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
  if (saved < 0) {
    close(buffer);
    return;
  }
  fflush(stderr);
  if (dup2(buffer, STDERR_FILENO) < 0) {
    close(saved);
    close(buffer);
    return;
  }
  stagetui_guard()->saved_stderr = saved;
  stagetui_guard()->stderr_buffer = buffer;
}

static void stagetui_wake(void) {
  if (stagetui_guard()->wake_pipe[1] >= 0) {
    char byte = 1;
    ssize_t ignored = write(stagetui_guard()->wake_pipe[1], &byte, 1);
    (void)ignored;
  }
}

static void stagetui_on_quit_signal(int signo) {
  if (stagetui_guard()->quit_signal != 0) {
    /* Asked twice: the program is not responding, so leave now. */
    stagetui_restore_from_signal();
    stagetui_release_stderr();
    _exit(128 + signo);
  }
  stagetui_guard()->quit_signal = signo;
  stagetui_wake();
}

static void stagetui_install(int signo, void (*handler)(int), int flags) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = flags;
  sigaction(signo, &action, NULL);
}

static void stagetui_on_stop_signal(int signo) {
  struct stagetui_guard_state *guard = stagetui_guard();
  if (__atomic_load_n(&guard->updating, __ATOMIC_SEQ_CST)) {
    /* Mid-frame: stopping now would leave the rest of the frame to be written on the shell's
       screen after the resume, so stagetui_guard_end_update() sends the stop again. The frame
       is usually written on another thread (the process signal goes to a thread that does not
       block it), so it may end between the two checks here: whichever side takes the flag back
       acts on it, and the stop is never dropped. */
    __atomic_store_n(&guard->stop_deferred, 1, __ATOMIC_SEQ_CST);
    if (__atomic_load_n(&guard->updating, __ATOMIC_SEQ_CST) ||
        !__atomic_exchange_n(&guard->stop_deferred, 0, __ATOMIC_SEQ_CST)) {
      return;
    }
  }
  int saved_errno = errno;
  stagetui_restore_from_signal();
  stagetui_install(SIGTSTP, SIG_DFL, 0);
  raise(SIGTSTP);
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &set, NULL);
  /* Stopped here until SIGCONT. */
  stagetui_install(SIGTSTP, stagetui_on_stop_signal, SA_RESTART);
  stagetui_guard()->redraw_requested = 1;
  stagetui_wake();
  errno = saved_errno;
  (void)signo;
}

static void stagetui_on_continue_signal(int signo) {
  int saved_errno = errno;
  stagetui_guard()->redraw_requested = 1;
  stagetui_wake();
  errno = saved_errno;
  (void)signo;
}

static void stagetui_on_crash_signal(int signo) {
  /* SA_RESETHAND already restored the default action: give the terminal back first, then
     show what went to standard error (the runtime's crash message), then re-raise. */
  stagetui_restore_from_signal();
  stagetui_release_stderr();
  raise(signo);
}

static void stagetui_append_capability(const char *name) {
  char *value = tigetstr((char *)name);
  if (value == NULL || value == (char *)-1) return;
  size_t length = strlen(value);
  if (stagetui_guard()->reset_length + length >= sizeof stagetui_guard()->reset_sequence) return;
  memcpy(stagetui_guard()->reset_sequence + stagetui_guard()->reset_length, value, length);
  stagetui_guard()->reset_length += length;
}

static void stagetui_at_exit(void) {
  if (stagetui_guard()->active && !isendwin()) endwin();
  stagetui_release_stderr();
}

/* Call after initscr: saves the shell's termios (taken before initscr by
   stagetui_save_shell_mode), prepares the reset bytes, opens the self-pipe and
   installs every handler. Returns the read end of the self-pipe, or -1. */
static inline int stagetui_guard_install(int mouse_enabled) {
  stagetui_guard()->reset_length = 0;
  stagetui_append_capability("rmcup");
  stagetui_append_capability("sgr0");
  stagetui_append_capability("cnorm");
  stagetui_append_capability("rmkx");
  if (mouse_enabled) {
    const char *mouse_off = "\033[?1000l\033[?1002l\033[?1003l\033[?1006l";
    size_t length = strlen(mouse_off);
    if (stagetui_guard()->reset_length + length < sizeof stagetui_guard()->reset_sequence) {
      memcpy(stagetui_guard()->reset_sequence + stagetui_guard()->reset_length, mouse_off, length);
      stagetui_guard()->reset_length += length;
    }
  }
  if (stagetui_guard()->wake_pipe[0] < 0) {
    if (pipe(stagetui_guard()->wake_pipe) != 0) return -1;
    for (int end = 0; end < 2; end++) {
      fcntl(stagetui_guard()->wake_pipe[end], F_SETFL, fcntl(stagetui_guard()->wake_pipe[end], F_GETFL) | O_NONBLOCK);
      fcntl(stagetui_guard()->wake_pipe[end], F_SETFD, FD_CLOEXEC);
    }
  }
  if (!stagetui_guard()->active) {
    /* An alternate stack lets the crash handler run after a stack overflow. */
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_size = 65536;
    stack.ss_sp = malloc(stack.ss_size);
    if (stack.ss_sp != NULL) sigaltstack(&stack, NULL);
  }
  stagetui_guard()->quit_signal = 0;
  stagetui_guard()->redraw_requested = 0;
  stagetui_install(SIGINT, stagetui_on_quit_signal, SA_RESTART);
  stagetui_install(SIGTERM, stagetui_on_quit_signal, SA_RESTART);
  stagetui_install(SIGHUP, stagetui_on_quit_signal, SA_RESTART);
  stagetui_install(SIGTSTP, stagetui_on_stop_signal, SA_RESTART);
  stagetui_install(SIGCONT, stagetui_on_continue_signal, SA_RESTART);
  int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT};
  for (size_t index = 0; index < sizeof crashes / sizeof crashes[0]; index++) {
    stagetui_install(crashes[index], stagetui_on_crash_signal, SA_RESETHAND | SA_NODEFER | SA_ONSTACK);
  }
  if (!stagetui_guard()->active) atexit(stagetui_at_exit);
  stagetui_capture_stderr();
  stagetui_guard()->active = 1;
  return stagetui_guard()->wake_pipe[0];
}

/* Call before initscr: remembers the terminal mode the shell had, and takes SIGTSTP. ncurses
   installs its own SIGTSTP handler only when the action is the default, and that handler sets
   SIGTSTP to SIG_IGN during every doupdate(), so a ctrl+z typed while a frame was written was
   lost; with ours in place first, ncurses leaves SIGTSTP alone and a stop mid-frame is deferred. */
static inline void stagetui_save_shell_mode(int fd) {
  stagetui_guard()->tty_fd = fd;
  stagetui_guard()->have_termios = tcgetattr(fd, &stagetui_guard()->saved_termios) == 0;
  stagetui_install(SIGTSTP, stagetui_on_stop_signal, SA_RESTART);
}

/* Brackets writing a frame: a stop that arrives meanwhile waits for the end of the frame. */
static inline void stagetui_guard_begin_update(void) {
  __atomic_store_n(&stagetui_guard()->updating, 1, __ATOMIC_SEQ_CST);
}

static inline void stagetui_guard_end_update(void) {
  struct stagetui_guard_state *guard = stagetui_guard();
  __atomic_store_n(&guard->updating, 0, __ATOMIC_SEQ_CST);
  if (__atomic_exchange_n(&guard->stop_deferred, 0, __ATOMIC_SEQ_CST)) {
    /* To the process, not this thread: the loop's thread blocks SIGTSTP (threads of Swift's pool
       and their children do), and a stop raised on it would wait there for ever. */
    kill(getpid(), SIGTSTP);
  }
}

/* Puts every handler back to its default action; the guard stops acting. */
static inline void stagetui_guard_remove(void) {
  int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT, SIGSEGV,
                   SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGQUIT};
  for (size_t index = 0; index < sizeof signals / sizeof signals[0]; index++) {
    stagetui_install(signals[index], SIG_DFL, 0);
  }
  stagetui_release_stderr();
  stagetui_guard()->active = 0;
}

/* Makes ctrl+c an ordinary key (the app decides whether it quits) by removing the interrupt
   character from the terminal mode; ctrl+z and ctrl+\ keep their signals. Returns 0 on success. */
static inline int stagetui_disable_interrupt_character(int fd) {
  struct termios mode;
  if (tcgetattr(fd, &mode) != 0) return -1;
  mode.c_cc[VINTR] = _POSIX_VDISABLE;
  return tcsetattr(fd, TCSANOW, &mode);
}

/* The signal number that asked the program to quit (0: none). */
static inline int stagetui_guard_quit_signal(void) { return stagetui_guard()->quit_signal; }

/* Whether a resume asked for a full redraw; clears the request. */
static inline int stagetui_guard_take_redraw(void) {
  int requested = stagetui_guard()->redraw_requested;
  stagetui_guard()->redraw_requested = 0;
  return requested;
}

/* Empties the self-pipe after a wake-up. */
static inline void stagetui_guard_drain(void) {
  char bytes[64];
  if (stagetui_guard()->wake_pipe[0] < 0) return;
  while (1) {
    struct pollfd ready = {stagetui_guard()->wake_pipe[0], POLLIN, 0};
    if (poll(&ready, 1, 0) <= 0) break;
    if (read(stagetui_guard()->wake_pipe[0], bytes, sizeof bytes) <= 0) break;
  }
}

/* Waits until the terminal or the self-pipe is readable, or the timeout passes.
   Returns 1 when the terminal has input, 0 otherwise. */
static inline int stagetui_guard_wait(int input_fd, int timeout_ms) {
  struct pollfd fds[2] = {{input_fd, POLLIN, 0}, {stagetui_guard()->wake_pipe[0], POLLIN, 0}};
  int count = poll(fds, stagetui_guard()->wake_pipe[0] >= 0 ? 2 : 1, timeout_ms);
  if (count <= 0) return 0;
  return (fds[0].revents & POLLIN) != 0;
}

#endif
