/// Draws successive frames on a backend, sending only the cells that changed since the last frame.
public final class ScreenRenderer {
  /// The backend drawn on.
  public let backend: TerminalBackend
  private var previous: CellBuffer
  private var needsFullRedraw = true

  /// A renderer for `backend`; the first frame is drawn in full.
  public init(backend: TerminalBackend) {
    self.backend = backend
    self.previous = CellBuffer(width: 0, height: 0)
  }

  /// A blank buffer of the backend's current size, to draw the next frame into.
  public func makeBuffer() -> CellBuffer {
    let size = backend.size
    return CellBuffer(width: size.width, height: size.height)
  }

  /// Forgets what is on screen, so the next frame clears and redraws everything (after a resize or resume).
  public func invalidate() {
    needsFullRedraw = true
  }

  /// Shows `frame`: clears first if invalidated, writes the changed cells, places the cursor, flushes.
  ///
  /// Returns the number of cells written.
  @discardableResult
  public func render(_ frame: CellBuffer, cursor: (x: Int, y: Int)? = nil) throws -> Int {
    if needsFullRedraw || frame.width != previous.width || frame.height != previous.height {
      try backend.clear()
      previous = CellBuffer(width: frame.width, height: frame.height)
      needsFullRedraw = false
    }
    let updates = frame.diff(from: previous)
    try backend.draw(updates)
    try backend.setCursor(cursor)
    try backend.flush()
    previous = frame
    return updates.count
  }
}
