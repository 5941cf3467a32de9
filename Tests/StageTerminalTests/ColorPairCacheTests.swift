import StageRender
import Testing

@testable import StageTerminal

@Suite struct ColorPairCacheTests {
  final class Recorder {
    var created: [(Int32, Int32, Int32)] = []
  }

  @Test func createsEachCombinationOnce() {
    let recorder = Recorder()
    var cache = ColorPairCache(capacity: 8) { pair, foreground, background in
      recorder.created.append((pair, foreground, background))
      return true
    }
    #expect(cache.pair(foreground: -1, background: -1) == 0)
    #expect(cache.pair(foreground: 1, background: -1) == 1)
    #expect(cache.pair(foreground: -1, background: 4) == 2)
    #expect(cache.pair(foreground: 1, background: -1) == 1)
    #expect(cache.count == 2)
    #expect(recorder.created.map(\.0) == [1, 2])
    #expect(recorder.created.map(\.1) == [1, -1])
    #expect(recorder.created.map(\.2) == [-1, 4])
  }

  @Test func fallsBackToDefaultPairWhenFull() {
    var cache = ColorPairCache(capacity: 3) { _, _, _ in true }
    #expect(cache.pair(foreground: 1, background: 2) == 1)
    #expect(cache.pair(foreground: 2, background: 3) == 2)
    #expect(cache.pair(foreground: 3, background: 4) == 0)
    #expect(cache.pair(foreground: 1, background: 2) == 1)
  }

  @Test func failedInitialisationIsNotCached() {
    var allow = false
    var cache = ColorPairCache(capacity: 4) { _, _, _ in allow }
    #expect(cache.pair(foreground: 5, background: 6) == 0)
    allow = true
    #expect(cache.pair(foreground: 5, background: 6) == 1)
  }

  @Test func colourNumbersFollowCapability() {
    #expect(CursesStyle.colorNumber(.default, capability: .truecolor) == -1)
    #expect(CursesStyle.colorNumber(.ansi(.brightRed), capability: .indexed256) == 9)
    #expect(CursesStyle.colorNumber(.rgb(255, 0, 0), capability: .indexed256) == 196)
    #expect(CursesStyle.colorNumber(.rgb(0x12, 0x34, 0x56), capability: .truecolor) == 0x123456)
    #expect(CursesStyle.colorNumber(.indexed(200), capability: .ansi8) == 5)
    #expect(CursesStyle.colorNumber(.ansi(.red), capability: .monochrome) == -1)
  }

  @Test func attributeBits() {
    let table: [(TextAttributes, UInt32)] = [
      (.bold, 1), (.dim, 2), (.italic, 4), (.underline, 8), (.reverse, 16),
    ]
    #expect(CursesStyle.attributeBits([.bold, .reverse], table: table) == 17)
    #expect(CursesStyle.attributeBits([], table: table) == 0)
  }

  @Test func quitRequestExitCode() {
    #expect(TerminalRequest.quit(signal: 2).exitCode == 130)
    #expect(TerminalRequest.quit(signal: 15).exitCode == 143)
    #expect(TerminalRequest.redraw.exitCode == 0)
  }
}
