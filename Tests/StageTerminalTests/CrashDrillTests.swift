import Testing

@testable import StageTerminal

@Suite struct CrashDrillTests {
  @Test(
    "only the exact drill names arm the crash",
    arguments: [
      ("fatal-error", CrashDrill.fatalError), ("segfault", .segmentationFault),
    ])
  func names(value: String, drill: CrashDrill) {
    #expect(CrashDrill.armed(in: value) == drill)
  }

  @Test(
    "anything else, or nothing, arms nothing",
    arguments: [nil, "", "1", "true", "yes", "FATAL-ERROR", " segfault"])
  func strayValues(value: String?) {
    #expect(CrashDrill.armed(in: value) == nil)
  }
}
