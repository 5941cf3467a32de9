/// Text attributes a terminal cell can carry.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  public let rawValue: UInt8
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let italic = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
  public static let reverse = TextAttributes(rawValue: 1 << 4)

  /// Every attribute with its theme-file name, in a fixed order.
  public static let named: [(name: String, attribute: TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("italic", .italic), ("underline", .underline), ("reverse", .reverse),
  ]

  /// Reads one attribute name as written in theme files.
  public init?(name: String) {
    guard let match = TextAttributes.named.first(where: { $0.name == name.lowercased() }) else { return nil }
    self = match.attribute
  }

  /// The names of the attributes set, in the order of `named`.
  public var names: [String] {
    TextAttributes.named.filter { contains($0.attribute) }.map(\.name)
  }
}
