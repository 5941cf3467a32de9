import DockerfileSyntax
import StageAnalysis
import StageApp
import Testing

@Suite("Swap edits and the export diff")
struct EditingTests {
  @Test("a swap edits only the FROM image span; comments, spacing and case survive")
  func onlyTheSpan() throws {
    let text = "# base\nfrom   python:3.12   as App  # keep\nRUN echo hi\n"
    var document = StageDocument(fileName: "Dockerfile", bytes: Array(text.utf8))
    document.changeSwaps { $0.set(try! BaseImageSwap(stage: 0, imageText: "python:3.12-slim")) }
    #expect(String(decoding: document.editedBytes, as: UTF8.self) == "# base\nfrom   python:3.12-slim   as App  # keep\nRUN echo hi\n")
    document.changeSwaps { $0.undo() }
    #expect(document.editedBytes == Array(text.utf8))
    #expect(!document.isEdited)
  }

  @Test("a base partly built from variables is refused with the reason, and the file is left alone")
  func variableBase() throws {
    let text = "ARG V=3.12\nFROM python:${V}\n"
    let document = StageDocument(fileName: "Dockerfile", bytes: Array(text.utf8))
    let swap = try BaseImageSwap(stage: 0, imageText: "alpine:3.20")
    guard case .failure(let error) = document.trying({ $0.set(swap) }) else {
      Issue.record("a partial variable base was edited")
      return
    }
    #expect(error.description.contains("cannot swap FROM python:${V}"))
    #expect(document.editedBytes == Array(text.utf8))
  }

  @Test("the export diff shows the removed and added FROM lines and nothing else changed")
  func exportDiff() {
    var driver = AppDriver(Fixtures.goService)
    driver.start()
    driver.press(.swap, in: .global)
    driver.type("debian:bookworm-slim")
    driver.press(.select, in: .picker)
    driver.press(.export, in: .global)
    let screen = driver.screen()
    #expect(screen.filter { $0.contains("-FROM ") }.count == 1)
    #expect(screen.contains { $0.contains("+FROM debian:bookworm-slim AS runtime") })
    #expect(!screen.contains { $0.contains("+FROM golang") })
  }

  @Test("the export diff is made once when the overlay opens and scrolls within its lines")
  func exportDiffScroll() throws {
    let text = "FROM golang:1.22 AS build\nRUN go build\nFROM debian:bookworm\nCOPY --from=build /app /app\n"
    var document = StageDocument(fileName: "Dockerfile", bytes: Array(text.utf8))
    document.changeSwaps { $0.set(try! BaseImageSwap(stage: 1, imageText: "gcr.io/distroless/static")) }
    var diff = ExportDiff(document: document)
    #expect(diff.lines.first == "--- Dockerfile (as read)")
    #expect(diff.lines.contains("-FROM debian:bookworm"))
    #expect(diff.lines.contains("+FROM gcr.io/distroless/static"))
    diff.scroll(by: 1_000)
    #expect(diff.scroll == diff.lines.count - 1)
    diff.scroll(by: -1)
    #expect(diff.scroll == diff.lines.count - 2)
    diff.scroll(by: -1_000)
    #expect(diff.scroll == 0)
  }

  @Test("sizes read as Docker prints them")
  func sizeText() {
    #expect(SizeText.bytes(0) == "0 B")
    #expect(SizeText.bytes(999) == "999 B")
    #expect(SizeText.bytes(1_500) == "1.5 kB")
    #expect(SizeText.bytes(74_800_000) == "74.8 MB")
    #expect(SizeText.bytes(814_000_000) == "814 MB")
    #expect(SizeText.bytes(1_230_000_000) == "1.2 GB")
    #expect(SizeText.delta(-800_000_000) == "-800 MB")
    #expect(SizeText.delta(0) == "±0 B")
  }
}
