/// How a swap fares: it works, it may not, or it cannot.
public enum VerdictLevel: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
  /// Nothing the tool can see stops the swap from working.
  case ok
  /// The swap may fail, or the tool cannot know; the reason says which.
  case warning
  /// The swap cannot work as the file is written.
  case breaks

  /// `ok` ranks lowest, `breaks` highest.
  public static func < (lhs: VerdictLevel, rhs: VerdictLevel) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .ok: 0
    case .warning: 1
    case .breaks: 2
    }
  }
}
