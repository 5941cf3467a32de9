import Foundation
import StageApp
import StageRender
import StageTerminal

/// Runs the explorer on the real terminal: draw, wait for input or answers, update, draw the difference.
///
/// After every wait it asks the terminal for signal requests: a quit request ends the loop with
/// 128 + the signal, a redraw request (after SIGCONT) repaints everything.
struct AppRunLoop: Sendable {
  var state: AppState
  var theme: Theme
  var runner: LiveEffectRunner
  var engine: Bool

  /// Milliseconds between spinner frames while work is pending.
  static let tickInterval = 0.1

  /// Runs until quit on a thread of its own; returns the exit status.
  ///
  /// The loop blocks while it waits for keys. On a thread of Swift's shared pool it would hold
  /// back the engine look-ups that answer it (on a one-core machine, every one of them).
  func runOnOwnThread() async throws -> Int32 {
    try await withCheckedThrowingContinuation { continuation in
      let thread = Thread { continuation.resume(with: Result { try run() }) }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Runs until quit on the calling thread; returns the exit status.
  func run() throws -> Int32 {
    try NcursesTerminal.withTerminal { terminal in
      let renderer = ScreenRenderer(backend: terminal)
      let drawTheme = self.theme.effective(
        environment: ProcessInfo.processInfo.environment, capability: terminal.capabilities.color)
      let mailbox = Mailbox()
      let send: @Sendable (Message) -> Void = { mailbox.post($0) }
      var state = self.state
      let size = terminal.size
      _ = state.update(.resize(width: size.width, height: size.height))
      let initial = state.start(engine: engine)
      try draw(state, renderer: renderer, theme: drawTheme)
      for effect in initial { runner.run(effect, send: send) }
      var lastTick = Date()
      while true {
        let busy = state.isBusy
        let event = try terminal.pollInput(timeoutMilliseconds: busy ? 40 : 500)
        var repaint = false
        if let request = terminal.takeRequest() {
          switch request {
          case .quit:
            return request.exitCode
          case .redraw:
            renderer.invalidate()
            repaint = true
          }
        }
        var messages = event.map { [AppRunLoop.message(for: $0)] } ?? []
        messages += mailbox.drain()
        if busy && Date().timeIntervalSince(lastTick) >= AppRunLoop.tickInterval {
          messages.append(.tick)
          lastTick = Date()
        }
        for message in messages {
          for effect in state.update(message) { runner.run(effect, send: send) }
          if let code = state.exitCode { return code }
        }
        if repaint || !messages.isEmpty {
          try draw(state, renderer: renderer, theme: drawTheme)
        }
      }
    }
  }

  private func draw(_ state: AppState, renderer: ScreenRenderer, theme: Theme) throws {
    var buffer = renderer.makeBuffer()
    AppView.render(state, into: &buffer, theme: theme)
    try renderer.render(buffer, cursor: AppView.cursor(for: state))
  }

  /// The app message for a terminal event.
  static func message(for event: InputEvent) -> Message {
    switch event {
    case .key(let key): .key(key)
    case .mouse(let mouse): .mouse(mouse)
    case .resize(let width, let height): .resize(width: width, height: height)
    }
  }
}
