#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A deliberate crash after the first frame, for the terminal-safety tests only.
///
/// Armed by the environment variable `STAGETUI_TEST_CRASH` set to exactly `fatal-error` (a Swift
/// runtime error, as a failed precondition gives) or `segfault` (SIGSEGV). The end-to-end tests use
/// it to check that a crash inside the UI gives the terminal back and leaves the reason on the main
/// screen. Any other value, or none, does nothing, so a stray setting cannot end a user's session.
enum CrashDrill: String {
  case fatalError = "fatal-error"
  case segmentationFault = "segfault"

  /// The environment variable that arms the drill.
  static let variable = "STAGETUI_TEST_CRASH"

  /// The drill `value` asks for, or nil when it names none.
  static func armed(in value: String?) -> CrashDrill? {
    value.flatMap(CrashDrill.init(rawValue:))
  }

  /// Crashes the program the way the drill says.
  func trigger() -> Never {
    switch self {
    case .fatalError:
      Swift.fatalError("deliberate crash requested by \(CrashDrill.variable)=\(rawValue)")
    case .segmentationFault:
      raise(SIGSEGV)
      Swift.fatalError("SIGSEGV did not end the program")
    }
  }
}
