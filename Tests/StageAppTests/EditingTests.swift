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
