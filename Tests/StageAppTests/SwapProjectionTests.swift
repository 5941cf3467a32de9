import DockerfileSyntax
import StageAnalysis
import StageApp
import StageRender
import Testing

/// The swap picker's projections: sized like `stagetui swap` (measured records included), and a
/// typed reference projected before it is applied.
@Suite("Swap picker projections")
struct SwapProjectionTests {
  static func record(_ reference: String, bytes: Int64) -> ImageRecord {
    ImageRecord(
      reference: reference, totalBytes: bytes, sizeKind: .content,
      history: [ImageRecord.HistoryEntry(createdBy: "/bin/sh -c #(nop) ADD file:base in /", bytes: bytes, isEmptyLayer: false)],
      origin: "engine test")
  }

  /// The projection `SwapAnalysis` gives for swapping the runtime stage of the fixture to `image` with `measured`.
  static func expected(_ image: String, measured: MeasuredImages) throws -> ByteFigure {
    let analysis = try SwapAnalysis(
      dockerfile: Dockerfile.parse(Array(Fixtures.goService.utf8)), swaps: SwapSet([BaseImageSwap(stage: 2, imageText: image)]),
      catalog: PinnedCatalog.catalog,
      sizing: SwapSizing(model: PinnedCatalog.model, context: nil, measured: measured, file: "Dockerfile"))
    return try #require(analysis.sizes?.after)
  }

  static func picker(_ driver: AppDriver) throws -> SwapPicker {
    guard case .swapPicker(let picker) = driver.state.overlay else { throw PickerClosed() }
    return picker
  }

  struct PickerClosed: Error {}

  @Test("candidates are projected with the engine's measured records, theirs and the file's")
  func measuredCandidates() throws {
    var driver = AppDriver(Fixtures.goService)
    let slim = Self.record("alpine:3.20", bytes: 5_234_567)
    let bookworm = Self.record("debian:bookworm", bytes: 117_000_000)
    driver.engine = ["alpine:3.20": slim, "debian:bookworm": bookworm]
    driver.start(engine: true)
    driver.press(.swap, in: .global)
    let picker = try Self.picker(driver)
    let measured = MeasuredImages(bases: ["alpine:3.20": slim, "debian:bookworm": bookworm])
    let projected = try #require(picker.projections["alpine:3.20"])
    #expect(projected == (try Self.expected("alpine:3.20", measured: measured)))
    #expect(projected != (try Self.expected("alpine:3.20", measured: .none)))
    #expect(picker.unswapped == driver.state.sizes?.finalImage)
    #expect(picker.pending.isEmpty)
    let known = picker.choices.compactMap { picker.projections[$0.key].flatMap { $0.isKnown ? $0.bytes : nil } }
    #expect(known == known.sorted(), "candidates ordered by projected size")
    #expect(driver.state.measured.bases["alpine:3.20"] == slim, "the picker asked the engine about candidates")
  }

  @Test("a typed reference is projected once typing pauses, before it is applied")
  func typedProjection() throws {
    var driver = AppDriver(Fixtures.goService)
    let base = Self.record("registry.example/base:1", bytes: 33_000_000)
    driver.engine = ["registry.example/base:1": base]
    driver.start(engine: true)
    driver.press(.swap, in: .global)
    driver.type("registry.example/base:1")
    #expect(try Self.picker(driver).typedWaiting == "registry.example/base:1")
    #expect(driver.state.isBusy)
    #expect(try Self.picker(driver).projections["registry.example/base:1"] == nil, "nothing is sized while typing")
    for _ in 0..<SwapPicker.typingPause { driver.send(.tick) }
    let picker = try Self.picker(driver)
    #expect(picker.typedWaiting == nil)
    let projected = try #require(picker.projections["registry.example/base:1"])
    #expect(projected == (try Self.expected("registry.example/base:1", measured: MeasuredImages(bases: ["registry.example/base:1": base]))))
    #expect(projected.isKnown)
    #expect(driver.state.document.swaps.isEmpty, "not applied")
    let row = try #require(driver.screen().first { $0.contains("registry.example/base:1") && $0.contains("typed") })
    #expect(row.contains(SizeText.figure(projected)))
  }

  @Test("a typed reference nobody knows reads unknown, with the reason, before it is applied")
  func typedUnknown() throws {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("registry.example/nobody:7")
    for _ in 0..<SwapPicker.typingPause { driver.send(.tick) }
    let picker = try Self.picker(driver)
    let choice = try #require(picker.selectedChoice)
    #expect(choice.image == "registry.example/nobody:7")
    let problem = try #require(picker.projectionProblem(for: choice))
    #expect(problem.hasPrefix("projected size unknown: "))
    let screen = driver.screen()
    let row = try #require(screen.first { $0.contains("registry.example/nobody:7") && $0.contains("typed") })
    #expect(row.contains("unknown"))
    #expect(screen.contains { $0.contains(problem.prefix(60)) }, "the reason is under the list")
  }

  @Test("an invalid typed reference says why once typing pauses")
  func typedInvalid() throws {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("Not A Ref")
    for _ in 0..<SwapPicker.typingPause { driver.send(.tick) }
    #expect(try Self.picker(driver).problem?.contains("not a valid image reference") == true)
  }

  @Test("before and after read unknown, not a number, when the file as read cannot be sized")
  func unknownBaseline() {
    var driver = AppDriver("FROM registry.example/app:1\nUSER nobody\n")
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("debian:bookworm")
    driver.press(.select, in: .picker)
    #expect(driver.screenText.contains("final image unknown → 120 MB"))
    driver.press(.nextPane, in: .global)
    #expect(driver.screenText.contains("1 swap unknown→120 MB"))
  }

  @Test("a build stage's picker shows no catalog change of its base as a change of the final image")
  func buildStageDelta() throws {
    let file = "FROM golang:1.22 AS build\nRUN go build -o /out/app .\nFROM registry.example/runtime:1\nCOPY --from=build /out/app /app\n"
    var driver = AppDriver(file)
    driver.start()
    driver.press(.swap, in: .global)
    #expect(try Self.picker(driver).isBuildStage == false)
    driver.press(.cancel, in: .picker)
    driver.press(.up, in: .graph)
    #expect(driver.state.selectedStage == 0)
    driver.press(.swap, in: .global)
    var picker = try Self.picker(driver)
    #expect(picker.isBuildStage)
    let alpine = try #require(picker.choices.first { $0.image == "golang:1.22-alpine" })
    #expect(alpine.catalogDelta == -550_000_000, "the catalog's change of the base, not of the final image")
    picker.projections = [:]
    picker.pending = [alpine.key]
    driver.state.overlay = .swapPicker(picker)
    let row = try #require(driver.screen().first { $0.contains("golang:1.22-alpine") })
    #expect(!row.contains("-550 MB"))
  }
}
