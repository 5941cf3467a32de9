import StageRender
import Testing

@Suite struct DiffPropertyTests {
  /// Random frames of mixed narrow and wide text: after each diff is applied, the backend's
  /// screen equals the frame cell for cell, and unchanged frames send nothing.
  @Test func appliedDiffsReproduceEveryFrame() throws {
    var seed: UInt64 = 42
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    let pieces = ["a", "bc", "中", "文字", "🐳", "e\u{301}", " ", "─┼─", "ｱ", "한글"]
    let styles = [Style.plain, Style(foreground: .ansi(.red)), Style(attributes: .bold)]
    let backend = TestBackend(width: 17, height: 5)
    let renderer = ScreenRenderer(backend: backend)
    var frame = renderer.makeBuffer()
    for _ in 0..<300 {
      for _ in 0..<(1 + next(6)) {
        frame.write(
          pieces[next(pieces.count)], x: next(19) - 1, y: next(5), style: styles[next(styles.count)])
      }
      try renderer.render(frame)
      #expect(backend.screen == frame)
      #expect(try renderer.render(frame) == 0)
    }
  }
}
