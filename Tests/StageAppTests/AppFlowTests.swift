import StageAnalysis
import StageApp
import StageRender
import Testing

/// The app driven with the configured keys, asserting on state and screen.
@Suite("Driving the explorer with its keys")
struct AppFlowTests {
  @Test("the first frame shows the graph before any size is known, then sizes arrive")
  func firstFrameThenSizes() {
    var driver = AppDriver(Fixtures.goService)
    _ = driver.state.start(engine: false)
    #expect(driver.screenText.contains("sizing…"))
    #expect(driver.state.isBusy)
    driver = AppDriver(Fixtures.goService)
    driver.start()
    #expect(!driver.state.isBusy)
    #expect(driver.state.sizes?.finalImage != nil)
    #expect(!driver.screenText.contains("sizing…"))
    #expect(driver.screenText.contains("target runtime"))
  }

  @Test("graph keys move the selection between stage boxes; the target is selected first")
  func navigateGraph() throws {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    #expect(driver.state.selectedStage == 2)
    driver.press(.up, in: .graph)
    #expect(driver.state.selectedStage == 0)
    driver.press(.down, in: .graph)
    #expect(driver.state.selectedStage != 0)
    driver.press(.nextPane, in: .global)
    #expect(driver.state.focus == .layers)
    driver.press(.previousPane, in: .global)
    #expect(driver.state.focus == .graph)
  }

  @Test("layers are sorted by size first, the toggle key puts them in file order")
  func layerSort() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.nextPane, in: .global)
    let bySize = LayerRow.rows(for: driver.state)
    #expect(bySize.first?.keyword == "FROM")
    let sizes = bySize.dropFirst().compactMap { $0.figure?.bytes }
    #expect(sizes == sizes.sorted(by: >))
    driver.press(.toggleSort, in: .layers)
    #expect(LayerRow.rows(for: driver.state).map(\.line) == [9, 10, 11, 12, 13])
  }

  @Test("swap, undo, redo and export with the configured keys")
  func swapUndoRedoExport() throws {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    let before = try #require(driver.state.sizes?.finalImage)
    driver.press(.swap, in: .global)
    guard case .swapPicker(let picker) = driver.state.overlay else {
      Issue.record("the swap key did not open the picker")
      return
    }
    #expect(!picker.choices.isEmpty)
    #expect(picker.choices.contains { $0.image == "scratch" && $0.verdicts.worstLevel == .breaks })
    #expect(!picker.projections.isEmpty)
    driver.type("debian:bookworm-slim")
    guard case .swapPicker(let typed) = driver.state.overlay else { return }
    #expect(typed.selectedChoice?.image == "debian:bookworm-slim")
    driver.press(.select, in: .picker)
    #expect(driver.state.document.swaps.swaps.map(\.imageText) == ["debian:bookworm-slim"])
    let after = try #require(driver.state.sizes?.finalImage)
    #expect(after.bytes < before.bytes)
    #expect(driver.screenText.contains("⇄ debian:bookworm-slim"))
    driver.press(.nextPane, in: .global)
    #expect(driver.screenText.contains("1 swap"))
    driver.press(.previousPane, in: .global)

    driver.press(.undo, in: .global)
    #expect(driver.state.document.swaps.isEmpty)
    #expect(driver.state.sizes?.finalImage?.bytes == before.bytes)
    driver.press(.redo, in: .global)
    #expect(driver.state.document.swaps.swaps.count == 1)

    driver.files["Dockerfile"] = Array(Fixtures.goService.utf8)
    driver.press(.export, in: .global)
    #expect(driver.screenText.contains("-FROM debian:bookworm AS runtime"))
    #expect(driver.screenText.contains("+FROM debian:bookworm-slim AS runtime"))
    driver.press(.write, in: .diff)
    driver.press(.select, in: .prompt)
    guard case .confirmOverwrite = driver.state.overlay else {
      Issue.record("an existing file was not protected")
      return
    }
    #expect(driver.files["Dockerfile"] == Array(Fixtures.goService.utf8))
    driver.press(.confirm, in: .prompt)
    let expected = Fixtures.goService.replacingOccurrences(
      of: "FROM debian:bookworm AS", with: "FROM debian:bookworm-slim AS")
    #expect(driver.files["Dockerfile"] == Array(expected.utf8))
    #expect(!driver.state.hasUnsavedEdits)
  }

  @Test("a typed reference is swapped in; an invalid one is refused with the reason")
  func typedReference() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("Not A Ref")
    driver.press(.select, in: .picker)
    guard case .swapPicker(let picker) = driver.state.overlay else {
      Issue.record("the picker closed on an invalid reference")
      return
    }
    #expect(picker.problem?.contains("not a valid image reference") == true)
    driver.press(.cancel, in: .picker)
    driver.press(.swap, in: .global)
    driver.type("registry.example/base:1")
    driver.press(.select, in: .picker)
    #expect(driver.state.document.swaps.swaps.map(\.imageText) == ["registry.example/base:1"])
  }

  @Test("quitting with unsaved swaps asks first; no and yes do what they say")
  func quitAsks() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.quit, in: .global)
    #expect(driver.state.exitCode == 0)
    driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("debian:bookworm-slim")
    driver.press(.select, in: .picker)
    driver.press(.quit, in: .global)
    #expect(driver.state.exitCode == nil)
    #expect(driver.screenText.contains("Quit anyway?"))
    driver.press(.deny, in: .prompt)
    #expect(driver.state.exitCode == nil)
    driver.press(.quit, in: .global)
    driver.press(.confirm, in: .prompt)
    #expect(driver.state.exitCode == 0)
  }

  @Test("choosing another target re-sizes and dims what it does not build")
  func chooseTarget() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.chooseTarget, in: .global)
    driver.press(.up, in: .picker)
    driver.press(.select, in: .picker)
    #expect(driver.state.document.graph.target?.displayName == "test")
    #expect(driver.state.document.graph.stages[2].isReachable == false)
    #expect(driver.state.sizes?.target == "test")
  }

  @Test("the filter narrows the layers and dims stages that do not match")
  func filter() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.filter, in: .global)
    driver.type("apt-get")
    driver.press(.select, in: .prompt)
    #expect(driver.state.filter == "apt-get")
    #expect(LayerRow.rows(for: driver.state).map(\.keyword) == ["FROM", "RUN"])
    let dimmed = driver.state.graphCache?.layout.nodes.filter { $0.flags.contains(.dimmed) }.map(\.id)
    #expect(dimmed == [AppState.nodeID(stage: 0), AppState.nodeID(stage: 1)])
    driver.press(.cancel, in: .global)
    #expect(driver.state.filter.isEmpty)
  }

  @Test("engine answers replace catalog figures with measured ones")
  func engineAnswers() {
    var driver = AppDriver(Fixtures.goService)
    driver.engine["debian:bookworm"] = ImageRecord(
      reference: "debian:bookworm", totalBytes: 116_000_000, sizeKind: .content,
      history: [ImageRecord.HistoryEntry(createdBy: "/bin/sh -c #(nop) ADD file:abc in /", bytes: 116_000_000, isEmptyLayer: false)],
      origin: "engine test")
    driver.start(engine: true)
    #expect(driver.state.lookupsAsked == 2)
    #expect(driver.state.lookupsFound == 1)
    #expect(driver.state.pendingLookups.isEmpty)
    let runtime = driver.state.sizes?.stages[2].layers.first?.figure
    #expect(runtime?.provenance == .measured)
  }

  @Test("a mouse click on a stage box selects it")
  func mouseSelects() throws {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    let layout = try #require(driver.state.graphCache?.layout)
    let rect = try #require(layout.rect(of: AppState.nodeID(stage: 0)))
    let panes = AppLayout(width: driver.state.width, height: driver.state.height)
    let column = panes.graph.x + 1 + rect.x - driver.state.graphScrollX + 1
    let row = panes.graph.y + 1 + rect.y - driver.state.graphScrollY + 1
    driver.send(.mouse(MouseEvent(action: .press(.left), column: column, row: row)))
    #expect(driver.state.selectedStage == 0)
  }

  @Test("the help overlay lists every binding from the key table")
  func help() {
    var driver = AppDriver(Fixtures.goService)
    driver.state.height = 60
    driver.start()
    driver.press(.help, in: .global)
    let screen = driver.screen().joined(separator: "\n")
    for binding in driver.state.keys.bindings(in: .global) {
      #expect(screen.contains(binding.summary))
    }
    driver.press(.cancel, in: .help)
    guard case .none = driver.state.overlay else {
      Issue.record("help did not close")
      return
    }
  }
}
