/// An in-memory terminal for tests: applies draws to a buffer, records them, and replays queued input.
public final class TestBackend: TerminalBackend {
  /// What the screen shows now.
  public private(set) var screen: CellBuffer
  /// Every batch of updates passed to `draw`, in order.
  public private(set) var drawn: [[CellUpdate]] = []
  /// How many times `flush` was called.
  public private(set) var flushCount = 0
  /// How many times `clear` was called.
  public private(set) var clearCount = 0
  /// Where the cursor is, or nil when hidden.
  public private(set) var cursor: (x: Int, y: Int)?
  /// Events `pollInput` returns, first one first.
  public var pendingInput: [InputEvent] = []
  public var capabilities: TerminalCapabilities

  /// A blank screen of the given size.
  public init(
    width: Int, height: Int,
    capabilities: TerminalCapabilities = TerminalCapabilities(color: .truecolor, mouse: true)
  ) {
    self.screen = CellBuffer(width: width, height: height)
    self.capabilities = capabilities
  }

  public var size: (width: Int, height: Int) { (screen.width, screen.height) }

  /// The screen's rows as text, for whole-screen assertions.
  public var lines: [String] { screen.lines() }

  /// Changes the screen size (content cleared) and queues the resize event a terminal would send.
  public func resize(width: Int, height: Int) {
    screen.resize(width: width, height: height)
    pendingInput.append(.resize(width: width, height: height))
  }

  public func draw(_ updates: [CellUpdate]) throws {
    drawn.append(updates)
    for update in updates {
      let columns = DisplayWidth.of(update.cell.symbol)
      screen.set(update.cell.symbol, columns: columns, x: update.x, y: update.y, style: update.cell.style)
    }
  }

  public func clear() throws {
    clearCount += 1
    screen.clear()
  }

  public func setCursor(_ position: (x: Int, y: Int)?) throws {
    cursor = position
  }

  public func flush() throws {
    flushCount += 1
  }

  public func pollInput(timeoutMilliseconds timeout: Int) throws -> InputEvent? {
    pendingInput.isEmpty ? nil : pendingInput.removeFirst()
  }
}
