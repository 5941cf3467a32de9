import CNcursesw
import StageRender

#if canImport(Glibc)
  import Glibc
#endif

/// The real terminal, through ncursesw: draws buffer diffs, reads keys and mouse, survives signals.
///
/// Opening it saves the shell's terminal mode, enters curses mode (cbreak without the interrupt
/// character, so ctrl+c is a key; no echo, keypad, no newline translation, hidden cursor, mouse
/// where supported) and installs signal handlers that restore the terminal on SIGINT/SIGTERM/SIGHUP
/// (the app is asked to quit; a second signal exits at once with 128 + signal), SIGTSTP (restore,
/// stop, redraw on resume) and crashes (restore, write out standard error, then the default
/// action). While it is open, standard error goes to a buffer that is written to the terminal
/// after the UI, so messages are neither drawn over the panes nor lost with the alternate screen.
/// `close()` or deinit restores it on normal exit.
public final class NcursesTerminal: TerminalBackend {
  public let capabilities: TerminalCapabilities
  private var pairs: ColorPairCache
  private var isOpen = true
  private var cursorVisible = false
  private var cellText = [wchar_t](repeating: 0, count: 8)
  private let inputDescriptor: Int32 = 0
  private let attributeTable: [(TextAttributes, UInt32)]
  private let crashDrill: CrashDrill?

  /// Opens the terminal on standard input and output.
  ///
  /// - Parameters:
  ///   - mouse: whether to ask for mouse reports.
  ///   - escapeDelay: milliseconds to wait after ESC for the rest of a key sequence.
  public init(mouse: Bool = true, escapeDelay: Int32 = 25) throws {
    guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
    setlocale(LC_ALL, "")
    TerminalGuard.saveShellMode(fileDescriptor: 1)
    guard initscr() != nil else {
      throw TerminalError.initializationFailed(term: getenv("TERM").map { String(cString: $0) } ?? "")
    }
    set_escdelay(escapeDelay)
    cbreak()
    noecho()
    nonl()
    intrflush(stagetui_stdscr(), false)
    keypad(stagetui_stdscr(), true)
    nodelay(stagetui_stdscr(), true)
    if TerminalGuard.disableInterruptCharacter(fileDescriptor: 1) { def_prog_mode() }
    curs_set(0)
    var colorCount = 0
    if has_colors() {
      start_color()
      use_default_colors()
      colorCount = Int(stagetui_colors())
    }
    var mouseSupported = false
    if mouse {
      mouseSupported = mousemask(stagetui_all_mouse_events(), nil) != 0
      mouseinterval(0)
    }
    capabilities = TerminalCapabilities(color: ColorCapability(colorCount: colorCount), mouse: mouseSupported)
    pairs = ColorPairCache(capacity: stagetui_color_pairs()) { pair, foreground, background in
      init_extended_pair(pair, foreground, background) != stagetui_err()
    }
    attributeTable = [
      (.bold, stagetui_a_bold()), (.dim, stagetui_a_dim()), (.italic, stagetui_a_italic()),
      (.underline, stagetui_a_underline()), (.reverse, stagetui_a_reverse()),
    ]
    guard TerminalGuard.install(mouseEnabled: mouseSupported) else {
      endwin()
      throw TerminalError.signalSetupFailed
    }
    crashDrill = CrashDrill.armed(in: getenv(CrashDrill.variable).map { String(cString: $0) })
  }

  deinit {
    close()
  }

  /// Opens the terminal, runs `body`, and restores the terminal however `body` ends.
  public static func withTerminal<T>(mouse: Bool = true, _ body: (NcursesTerminal) throws -> T) throws -> T {
    let terminal = try NcursesTerminal(mouse: mouse)
    defer { terminal.close() }
    return try body(terminal)
  }

  /// Leaves curses mode and gives the terminal back to the shell; safe to call twice.
  public func close() {
    guard isOpen else { return }
    isOpen = false
    if capabilities.mouse { mousemask(0, nil) }
    curs_set(1)
    endwin()
    TerminalGuard.remove()
  }

  public var size: (width: Int, height: Int) {
    (Int(stagetui_getmaxx(stagetui_stdscr())), Int(stagetui_getmaxy(stagetui_stdscr())))
  }

  /// A request made by a signal since the last call, if any; `.redraw` has already re-entered curses mode.
  public func takeRequest() -> TerminalRequest? {
    if let signal = TerminalGuard.quitSignal { return .quit(signal: signal) }
    if TerminalGuard.takeRedrawRequest() {
      resumeAfterStop()
      return .redraw
    }
    return nil
  }

  /// Re-enters curses mode after the stop handler gave the terminal back to the shell.
  private func resumeAfterStop() {
    reset_prog_mode()
    stagetui_put_capability("smcup")
    stagetui_put_capability("smkx")
    if capabilities.mouse { mousemask(stagetui_all_mouse_events(), nil) }
    curs_set(cursorVisible ? 1 : 0)
    clearok(stagetui_curscr(), true)
    wclear(stagetui_stdscr())
  }

  public func draw(_ updates: [CellUpdate]) throws {
    for update in updates where !update.cell.isContinuation {
      let style = update.cell.style
      let pair = pairs.pair(
        foreground: CursesStyle.colorNumber(style.foreground, capability: capabilities.color),
        background: CursesStyle.colorNumber(style.background, capability: capabilities.color))
      let attributes = CursesStyle.attributeBits(style.attributes, table: attributeTable)
      var count = 0
      for scalar in update.cell.symbol.unicodeScalars where count < 5 {
        cellText[count] = wchar_t(bitPattern: scalar.value)
        count += 1
      }
      if count == 0 {
        cellText[0] = 0x20
        count = 1
      }
      cellText[count] = 0
      _ = stagetui_put_cell(Int32(update.y), Int32(update.x), cellText, attributes, pair)
    }
  }

  public func clear() throws {
    wclear(stagetui_stdscr())
  }

  public func setCursor(_ position: (x: Int, y: Int)?) throws {
    if let position {
      wmove(stagetui_stdscr(), Int32(position.y), Int32(position.x))
      if !cursorVisible { curs_set(1) }
      cursorVisible = true
    } else if cursorVisible {
      curs_set(0)
      cursorVisible = false
    }
  }

  public func flush() throws {
    TerminalGuard.update {
      wnoutrefresh(stagetui_stdscr())
      doupdate()
    }
    if let drill = crashDrill { drill.trigger() }
  }

  /// Waits up to `timeout` ms for input; returns nil early when a signal made a request (see
  /// `takeRequest()`).
  public func pollInput(timeoutMilliseconds timeout: Int) throws -> InputEvent? {
    if let event = readEvent() { return event }
    if TerminalGuard.quitSignal != nil { return nil }
    _ = TerminalGuard.wait(inputDescriptor: inputDescriptor, timeoutMilliseconds: timeout)
    return readEvent()
  }

  private func readEvent() -> InputEvent? {
    let window = stagetui_stdscr()
    var code: wint_t = 0
    while true {
      let status = wget_wch(window, &code)
      if status == stagetui_err() { return nil }
      if status == stagetui_key_code_yes() {
        let key = Int32(bitPattern: code)
        if key == stagetui_key_resize() {
          // The terminal moved or dropped lines while resizing (tmux and xterm push rows into
          // their history), so what ncurses believes is on screen is stale: repaint it all.
          clearok(stagetui_curscr(), true)
          return .resize(width: size.width, height: size.height)
        }
        if key == stagetui_key_mouse() {
          var report = MEVENT()
          guard getmouse(&report) == stagetui_ok() else { continue }
          if let mouse = KeyDecoder.mouse(state: report.bstate, column: Int(report.x), row: Int(report.y)) {
            return .mouse(mouse)
          }
          continue
        }
        let name = keyname(key).map { String(cString: $0) }
        if let event = KeyDecoder.keyCode(key, name: name) { return .key(event) }
        continue
      }
      if code == 0x1B {
        var next: wint_t = 0
        let followStatus = wget_wch(window, &next)
        if followStatus == stagetui_ok(), let alt = KeyDecoder.alt(UInt32(next)) {
          return .key(alt)
        }
        if followStatus == stagetui_ok() {
          unget_wch(wchar_t(bitPattern: UInt32(next)))
        } else if followStatus == stagetui_key_code_yes() {
          ungetch(Int32(bitPattern: next))
        }
      }
      if let event = KeyDecoder.character(UInt32(code)) { return .key(event) }
    }
  }
}
