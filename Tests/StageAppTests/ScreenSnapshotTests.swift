import StageApp
import StageRender
import Testing

/// Whole screens rendered into a cell buffer, against golden files and literal lines.
@Suite("Whole screens")
struct ScreenSnapshotTests {
  @Test("the explorer at 80×24 and 200×60", arguments: [(80, 24), (200, 60)])
  func explorer(width: Int, height: Int) {
    var driver = AppDriver(Fixtures.goService, width: width, height: height)
    driver.start()
    Snapshot.assert(driver.screen(), named: "explorer-\(width)x\(height)")
  }

  @Test("the layers pane focused on a build stage, in file order, at 120×40")
  func layers() {
    var driver = AppDriver(Fixtures.goService, width: 120, height: 40)
    driver.start()
    driver.press(.up, in: .graph)
    driver.press(.nextPane, in: .global)
    driver.press(.toggleSort, in: .layers)
    driver.press(.down, in: .layers)
    Snapshot.assert(driver.screen(), named: "layers-120x40")
  }

  @Test("the swap picker and the export diff at 120×40")
  func pickerAndDiff() {
    var driver = AppDriver(Fixtures.goService, width: 120, height: 40)
    driver.start()
    driver.press(.swap, in: .global)
    Snapshot.assert(driver.screen(), named: "swap-picker-120x40")
    driver.type("debian:bookworm-slim")
    driver.press(.select, in: .picker)
    driver.press(.export, in: .global)
    Snapshot.assert(driver.screen(), named: "export-diff-120x40")
  }

  @Test("a terminal too small says so, down to 1×1", arguments: [(1, 1), (2, 3), (39, 30), (120, 11), (0, 0)])
  func tooSmall(width: Int, height: Int) {
    var driver = AppDriver(Fixtures.goService, width: width, height: height)
    driver.start()
    driver.press(.swap, in: .global)
    driver.send(.mouse(MouseEvent(action: .press(.left), column: 0, row: 0)))
    let screen = driver.screen()
    #expect(screen.count == height)
    if width >= 18 && height >= 3 {
      #expect(screen.contains { $0.contains("Terminal too small") })
    }
  }

  @Test("a too-small screen reads as literal lines")
  func tooSmallLiteral() {
    var driver = AppDriver(Fixtures.goService, width: 24, height: 5)
    driver.start()
    #expect(
      driver.screen() == [
        "                        ",
        "   Terminal too small   ",
        "    24×5, need 40×12    ",
        "        q quits         ",
        "                        ",
      ])
  }

  @Test("resizing re-lays out at once and keeps the selected stage in view")
  func resize() throws {
    var driver = AppDriver(Fixtures.goService, width: 200, height: 60)
    driver.start()
    driver.send(.resize(width: 44, height: 14))
    let panes = AppLayout(width: 44, height: 14)
    let rect = try #require(driver.state.graphCache?.layout.rect(of: AppState.nodeID(stage: driver.state.selectedStage)))
    let viewport = panes.graph.inset(by: 1)
    #expect(rect.x >= driver.state.graphScrollX)
    #expect(rect.y >= driver.state.graphScrollY)
    #expect(rect.y - driver.state.graphScrollY < viewport.height)
    #expect(driver.screen().count == 14)
  }
}
