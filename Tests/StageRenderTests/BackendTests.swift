import StageRender
import Testing

@Suite struct BackendTests {
  @Test func diffEmitsOnlyChangedCells() {
    let before = CellBuffer(lines: ["abc", "def"])
    var after = before
    after.write("X", x: 1, y: 1, style: .plain)
    #expect(after.diff(from: before) == [CellUpdate(x: 1, y: 1, cell: Cell("X"))])
    #expect(before.diff(from: before).isEmpty)
  }

  @Test func diffSkipsContinuationsAndReportsBothHalves() {
    let before = CellBuffer(lines: ["abcd"])
    var after = before
    after.write("中", x: 1, y: 0, style: .plain)
    #expect(after.diff(from: before) == [CellUpdate(x: 1, y: 0, cell: Cell("中"))])
    var narrowed = after
    narrowed.write("z", x: 1, y: 0, style: .plain)
    #expect(
      narrowed.diff(from: after) == [
        CellUpdate(x: 1, y: 0, cell: Cell("z")), CellUpdate(x: 2, y: 0, cell: Cell(" ")),
      ])
  }

  @Test func diffAgainstOtherSizeEmitsEverything() {
    let buffer = CellBuffer(lines: ["ab"])
    #expect(buffer.diff(from: CellBuffer(width: 0, height: 0)).count == 2)
  }

  @Test func rendererSendsOnlyChangesAndRedrawsAfterInvalidate() throws {
    let backend = TestBackend(width: 6, height: 2)
    let renderer = ScreenRenderer(backend: backend)
    var frame = renderer.makeBuffer()
    frame.write("hello", x: 0, y: 0, style: .plain)
    #expect(try renderer.render(frame) == 5)
    #expect(backend.lines == ["hello ", "      "])
    frame.write("J", x: 0, y: 0, style: .plain)
    frame.write("中", x: 2, y: 1, style: .plain)
    #expect(try renderer.render(frame, cursor: (1, 1)) == 2)
    #expect(backend.lines == ["Jello ", "  中  "])
    #expect(backend.cursor.map { $0 == (1, 1) } == true)
    renderer.invalidate()
    #expect(try renderer.render(frame) == 6)
    #expect(backend.clearCount == 2)
    #expect(backend.flushCount == 3)
    #expect(backend.drawn.count == 3)
  }

  @Test func testBackendQueuesInputAndResize() throws {
    let backend = TestBackend(width: 2, height: 1)
    backend.pendingInput = [.key(KeyEvent(.character("q")))]
    backend.resize(width: 4, height: 3)
    #expect(try backend.pollInput(timeoutMilliseconds: 0) == .key(KeyEvent(.character("q"))))
    #expect(try backend.pollInput(timeoutMilliseconds: 0) == .resize(width: 4, height: 3))
    #expect(try backend.pollInput(timeoutMilliseconds: 0) == nil)
    #expect(backend.size == (4, 3) ? true : false)
  }
}
